// One ticket on a real database: loadTicket in two round trips, thread paging, messages (limits, HTML and SQL
// metacharacters stored literally), assign / status / link with their audit rows, stale versions refused with the
// current row, dispatch jobs created unscheduled for the ticket's customer and location, and nothing half-stored when
// a step inside the transaction fails.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/tickets/TicketRepository.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::tickets;
using namespace Qt::Literals::StringLiterals;

class TestTicketActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void loadTicketInTwoRoundTrips();
    void longThreadPagesEveryMessageOnce();
    void newerMessages();
    void addMessageStoresTextLiterally_data();
    void addMessageStoresTextLiterally();
    void addMessageLimits();
    void assignWithAudit();
    void setStatusWithAudit();
    void linkLocationAndEquipment();
    void staleVersionIsAConflictWithTheCurrentRow();
    void createDispatchJobLandsUnscheduled();
    void nothingHalfStoredWhenAStepFails();

private:
    QString scalar(const QString &sql);
    int version(qint64 ticketId)
    {
        return scalar(u"SELECT version FROM tickets WHERE id = %1"_s.arg(ticketId)).toInt();
    }
    QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    std::unique_ptr<db::PgConnection> m_other; // "another workstation"
};

QString TestTicketActions::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return {};
    }
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

void TestTicketActions::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    auto o = db::PgConnection::open(db.value());
    QVERIFY(o.ok());
    m_other = std::move(o).value();
    const char *setup[] = {
        // Staff 1 is the connection's own role: "me".
        "INSERT INTO staff (id, pg_role, display_name, role_group, active) VALUES"
        " (1, current_user, 'Alice Roy', 'dispatcher', true), (2, 'bob', 'Bob Gagnon', 'dispatcher', true),"
        " (3, 'old', 'Ancien Employé', 'dispatcher', false)",
        "INSERT INTO customers (id, code, display_name) VALUES (1, 'CUST-00001', 'Hélène Côté'),"
        " (2, 'CUST-00002', 'Marc Tremblay')",
        "INSERT INTO service_locations (id, code, customer_id, civic_number, street, unit, city, postal_code) VALUES"
        " (10, 'LOC-00010', 1, '123', 'rue Principale', '4', 'Saint-Jérôme', 'J7Z 1A1'),"
        " (11, 'LOC-00011', 1, '9', 'chemin du Lac', NULL, 'Prévost', 'J0R 1T0'),"
        " (12, 'LOC-00012', 2, '77', 'boulevard Labelle', NULL, 'Blainville', 'J7C 2H4')",
        "INSERT INTO service_equipment (id, code, location_id, kind, make, model, serial) VALUES"
        " (20, 'EQP-00020', 10, 'ont', 'Nokia', 'G-010G-Q', 'ALCL0001'),"
        " (21, 'EQP-00021', 11, 'router', 'TP-Link', 'Deco X20', 'TPL0002'),"
        " (22, 'EQP-00022', 12, 'ont', 'Nokia', 'G-010G-Q', 'ALCL0003')",
        "INSERT INTO tickets (id, code, customer_id, location_id, equipment_id, subject, issue_type, status,"
        " is_important, assigned_staff_id) VALUES"
        " (100, 'TCK-00100', 1, 10, 20, 'Pas d''Internet', 'no_internet', 'open', true, 2),"
        " (101, 'TCK-00101', 1, NULL, NULL, 'Long fil', 'wifi', 'open', false, NULL),"
        " (102, 'TCK-00102', NULL, NULL, NULL, 'Panne OLT-Nord', 'outage', 'open', true, NULL)",
        "UPDATE tickets SET parent_id = 102 WHERE id = 100",
        "INSERT INTO ticket_messages (ticket_id, author_name, channel, is_internal, body, created_at) VALUES"
        " (100, 'Client', 'email', false, 'Bonjour, plus d''Internet.', now() - interval '2 hours'),"
        " (100, 'Bob Gagnon', 'note', true, 'Vérifier l''ONT', now() - interval '1 hour')",
        // 450 messages, pairs sharing created_at exactly.
        "INSERT INTO ticket_messages (ticket_id, author_name, channel, body, created_at)"
        " SELECT 101, 'Client', 'email', 'Message ' || g,"
        "  timestamptz '2024-01-01 00:00:00+00' + (g / 2) * interval '1 minute' FROM generate_series(1, 450) g",
    };
    for (const char *sql : setup) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    }
}

void TestTicketActions::cleanupTestCase()
{
    m_other.reset();
    m_c.reset();
    m_cluster.reset();
}

void TestTicketActions::loadTicketInTwoRoundTrips()
{
    m_c->resetRoundTrips();
    auto r = TicketRepository(*m_c).loadTicket(100);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QVERIFY(m_c->roundTrips() <= 2);
    QCOMPARE(r.value().roundTrips, m_c->roundTrips());
    const TicketDetail &t = r.value().ticket;
    QCOMPARE(t.code, u"TCK-00100"_s);
    QCOMPARE(t.subject, u"Pas d'Internet"_s);
    QCOMPARE(t.status, u"open"_s);
    QVERIFY(t.important);
    QCOMPARE(t.customerId, qint64(1));
    QCOMPARE(t.customerCode, u"CUST-00001"_s);
    QCOMPARE(t.customerName, u"Hélène Côté"_s);
    QCOMPARE(t.locationCode, u"LOC-00010"_s);
    QCOMPARE(t.locationAddress, u"123 rue Principale #4, Saint-Jérôme"_s);
    QCOMPARE(t.equipmentCode, u"EQP-00020"_s);
    QVERIFY(t.equipmentLabel.contains(u"ALCL0001"_s));
    QCOMPARE(t.assignedStaffId, qint64(2));
    QCOMPARE(t.assignedStaffName, u"Bob Gagnon"_s);
    QCOMPARE(t.parentCode, u"TCK-00102"_s);
    QCOMPARE(t.version, version(100));
    QCOMPARE(r.value().messageCount, 2);
    const auto &m = r.value().thread.messages;
    QCOMPARE(m.size(), 2);
    QCOMPARE(m.at(0).body, u"Bonjour, plus d'Internet."_s); // oldest first
    QVERIFY(!m.at(0).internal);
    QVERIFY(m.at(1).internal);
    QCOMPARE(m.at(1).authorName, u"Bob Gagnon"_s);
    QVERIFY(!r.value().thread.hasOlder);

    auto parent = TicketRepository(*m_c).loadTicket(102);
    QVERIFY(parent.ok());
    QCOMPARE(parent.value().ticket.childCount, 1);
    QCOMPARE(parent.value().ticket.customerId, qint64(0));

    auto gone = TicketRepository(*m_c).loadTicket(999999);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
}

void TestTicketActions::longThreadPagesEveryMessageOnce()
{
    auto r = TicketRepository(*m_c).loadTicket(101, 200);
    QVERIFY(r.ok());
    QCOMPARE(r.value().messageCount, 450);
    QCOMPARE(r.value().thread.messages.size(), 200);
    QVERIFY(r.value().thread.hasOlder);
    QCOMPARE(r.value().thread.messages.last().body, u"Message 450"_s);
    QList<TicketMessage> all = r.value().thread.messages;
    MessageCursor cursor = r.value().thread.olderCursor;
    int pages = 1;
    while (!cursor.isNull()) {
        auto p = TicketRepository(*m_c).olderMessages(101, cursor, 200);
        QVERIFY(p.ok());
        all = p.value().messages + all;
        cursor = p.value().olderCursor;
        QVERIFY(++pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(all.size(), 450);
    QSet<qint64> seen;
    for (int i = 0; i < all.size(); ++i) {
        seen.insert(all.at(i).id);
        QCOMPARE(all.at(i).body, u"Message %1"_s.arg(i + 1));
    }
    QCOMPARE(seen.size(), 450);
}

void TestTicketActions::newerMessages()
{
    auto r = TicketRepository(*m_c).loadTicket(100);
    QVERIFY(r.ok());
    const TicketMessage &last = r.value().thread.messages.last();
    auto none = TicketRepository(*m_c).newerMessages(100, {last.createdMicros, last.id});
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());
    auto added = TicketRepository(*m_other).addMessage(100, u"Du poste voisin"_s, false);
    QVERIFY(added.ok());
    auto one = TicketRepository(*m_c).newerMessages(100, {last.createdMicros, last.id});
    QVERIFY(one.ok());
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().at(0).id, added.value().id);
}

void TestTicketActions::addMessageStoresTextLiterally_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("internal");
    QTest::newRow("html") << u"<b>gras</b><script>alert('x')</script> &amp; <img src=x onerror=alert(1)>"_s << false;
    QTest::newRow("sql") << u"'; DROP TABLE tickets; -- $1 \\ \" %_ E'\\x00'"_s << true;
    QTest::newRow("unicode") << u"Été à Québec — « ça marche » 😀\nligne 2\n\tindentée"_s << false;
}

void TestTicketActions::addMessageStoresTextLiterally()
{
    QFETCH(QString, body);
    QFETCH(bool, internal);
    const QString auditsBefore = scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'ticket_message'"_s);
    auto r = TicketRepository(*m_c).addMessage(100, body, internal);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r.value().body, body);
    QCOMPARE(r.value().internal, internal);
    QCOMPARE(r.value().channel, internal ? u"note"_s : u"portal"_s);
    QCOMPARE(r.value().authorStaffId, qint64(1)); // me: staff whose pg_role is current_user
    QCOMPARE(r.value().authorName, u"Alice Roy"_s);
    QCOMPARE(scalar(u"SELECT body FROM ticket_messages WHERE id = %1"_s.arg(r.value().id)), body);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'ticket_message'"_s).toInt(), auditsBefore.toInt() + 1);
    const QJsonObject after = json(
        scalar(u"SELECT after FROM audit_log WHERE entity = 'ticket_message' AND entity_id = %1"_s.arg(r.value().id)));
    QCOMPARE(after.value(u"ticket_id"_s).toInteger(), 100);
    QCOMPARE(after.value(u"is_internal"_s).toBool(), internal);
    QVERIFY(scalar(u"SELECT count(*) FROM tickets"_s).toInt() >= 3); // still there
}

void TestTicketActions::addMessageLimits()
{
    TicketRepository repo(*m_c);
    const int before = scalar(u"SELECT count(*) FROM ticket_messages"_s).toInt();
    auto empty = repo.addMessage(100, u"  \n\t "_s, false);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Error::Kind::Validation);
    QVERIFY(!empty.error().userMessage.isEmpty());

    const QString tooBig(TicketRepository::kMaxMessageBytes + 1, QLatin1Char('a'));
    auto big = repo.addMessage(100, tooBig, false);
    QVERIFY(!big.ok());
    QCOMPARE(big.error().kind, Error::Kind::Validation);
    QVERIFY(big.error().userMessage.contains(u"1"_s));
    // Surrounding white space does not count; multi-byte characters count as their UTF-8 size.
    auto padded = repo.addMessage(
        100, u"\n  "_s + QString(TicketRepository::kMaxMessageBytes, QLatin1Char('b')) + u"  \n"_s, true);
    QVERIFY2(padded.ok(), padded.ok() ? "" : qPrintable(padded.error().detail));
    QCOMPARE(padded.value().body.size(), TicketRepository::kMaxMessageBytes);
    const QString accents(TicketRepository::kMaxMessageBytes / 2 + 1, QChar(0xe9)); // é: 2 bytes
    QVERIFY(!repo.addMessage(100, accents, false).ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM ticket_messages"_s).toInt(), before + 1);

    auto nowhere = repo.addMessage(999999, u"Allô"_s, false);
    QVERIFY(!nowhere.ok());
    QCOMPARE(nowhere.error().kind, Error::Kind::NotFound);
    auto stranger = repo.addMessage(100, u"Allô"_s, false, 424242);
    QVERIFY(!stranger.ok());
    QCOMPARE(stranger.error().kind, Error::Kind::Validation);
    auto asBob = repo.addMessage(100, u"Signé Bob"_s, true, 2);
    QVERIFY(asBob.ok());
    QCOMPARE(asBob.value().authorName, u"Bob Gagnon"_s);
    // The audit row still names who did it (me), not the author.
    QCOMPARE(scalar(u"SELECT staff_id FROM audit_log WHERE entity = 'ticket_message' AND entity_id = %1"_s.arg(
                 asBob.value().id)),
        u"1"_s);
}

void TestTicketActions::assignWithAudit()
{
    TicketRepository repo(*m_c);
    const int v = version(100);
    auto r = repo.assign(100, 1, v);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r.value().assignedStaffId, qint64(1));
    QCOMPARE(r.value().assignedStaffName, u"Alice Roy"_s);
    QCOMPARE(r.value().version, v + 1);
    QCOMPARE(r.value().lastChangedBy, u"Alice Roy"_s);
    QVERIFY(r.value().lastChangedAt.isValid());
    QCOMPARE(version(100), v + 1);
    auto a = m_c->exec("SELECT staff_id, action, db_role = current_user, before, after FROM audit_log"
                       " WHERE entity = 'ticket' AND entity_id = 100 ORDER BY id DESC LIMIT 1");
    QVERIFY(a.ok());
    QCOMPARE(a.value().int64(0, 0), qint64(1));
    QCOMPARE(a.value().text(0, 1), u"update"_s);
    QVERIFY(a.value().boolean(0, 2));
    const QJsonObject before = json(a.value().text(0, 3));
    const QJsonObject after = json(a.value().text(0, 4));
    QCOMPARE(before.value(u"assigned_staff_id"_s).toInteger(), 2);
    QCOMPARE(after.value(u"assigned_staff_id"_s).toInteger(), 1);
    QCOMPARE(before.value(u"version"_s).toInt(), v);
    QCOMPARE(after.value(u"version"_s).toInt(), v + 1);

    auto none = repo.assign(100, 0, v + 1);
    QVERIFY(none.ok());
    QCOMPARE(none.value().assignedStaffId, qint64(0));
    QVERIFY(json(scalar(u"SELECT after FROM audit_log WHERE entity = 'ticket' ORDER BY id DESC LIMIT 1"_s))
                .value(u"assigned_staff_id"_s)
                .isNull());

    auto inactive = repo.assign(100, 3, v + 2);
    QVERIFY(!inactive.ok());
    QCOMPARE(inactive.error().kind, Error::Kind::Validation);
    QVERIFY(!inactive.isConflict());
    QCOMPARE(version(100), v + 2);
}

void TestTicketActions::setStatusWithAudit()
{
    TicketRepository repo(*m_c);
    const int v = version(100);
    auto closed = repo.setStatus(100, u"closed"_s, v);
    QVERIFY2(closed.ok(), closed.ok() ? "" : qPrintable(closed.error().detail));
    QCOMPARE(closed.value().status, u"closed"_s);
    QVERIFY(closed.value().closedAt.isValid());
    const QJsonObject before =
        json(scalar(u"SELECT before FROM audit_log WHERE entity = 'ticket' ORDER BY id DESC LIMIT 1"_s));
    const QJsonObject after =
        json(scalar(u"SELECT after FROM audit_log WHERE entity = 'ticket' ORDER BY id DESC LIMIT 1"_s));
    QCOMPARE(before.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(after.value(u"status"_s).toString(), u"closed"_s);
    QVERIFY(before.value(u"closed_at"_s).isNull());
    QVERIFY(!after.value(u"closed_at"_s).isNull());

    auto reopened = repo.setStatus(100, u"in_progress"_s, v + 1);
    QVERIFY(reopened.ok());
    QVERIFY(!reopened.value().closedAt.isValid());

    auto bogus = repo.setStatus(100, u"'; DROP TABLE tickets; --"_s, v + 2);
    QVERIFY(!bogus.ok());
    QCOMPARE(bogus.error().kind, Error::Kind::Validation);
    QCOMPARE(version(100), v + 2);
}

void TestTicketActions::linkLocationAndEquipment()
{
    TicketRepository repo(*m_c);
    int v = version(101);
    auto loc = repo.linkLocation(101, 11, v);
    QVERIFY2(loc.ok(), loc.ok() ? "" : qPrintable(loc.error().detail));
    QCOMPARE(loc.value().locationId, qint64(11));
    QCOMPARE(loc.value().locationCode, u"LOC-00011"_s);
    QCOMPARE(loc.value().locationAddress, u"9 chemin du Lac, Prévost"_s);
    const QJsonObject after =
        json(scalar(u"SELECT after FROM audit_log WHERE entity = 'ticket' ORDER BY id DESC LIMIT 1"_s));
    QCOMPARE(after.value(u"location_id"_s).toInteger(), 11);

    // A device at another location of the same customer: the ticket's location follows the device.
    auto eq = repo.linkEquipment(101, 20, v + 1);
    QVERIFY(eq.ok());
    QCOMPARE(eq.value().equipmentId, qint64(20));
    QCOMPARE(eq.value().locationId, qint64(10));
    // Moving to a location where that device is not: the device link is dropped.
    auto back = repo.linkLocation(101, 11, v + 2);
    QVERIFY(back.ok());
    QCOMPARE(back.value().equipmentId, qint64(0));

    // Another customer's location or device is refused, and nothing changes.
    auto foreignLoc = repo.linkLocation(101, 12, v + 3);
    QVERIFY(!foreignLoc.ok());
    QCOMPARE(foreignLoc.error().kind, Error::Kind::Validation);
    auto foreignEq = repo.linkEquipment(101, 22, v + 3);
    QVERIFY(!foreignEq.ok());
    QCOMPARE(foreignEq.error().kind, Error::Kind::Validation);
    QCOMPARE(version(101), v + 3);

    auto unlink = repo.linkLocation(101, 0, v + 3);
    QVERIFY(unlink.ok());
    QCOMPARE(unlink.value().locationId, qint64(0));

    auto options = repo.linkOptions(1);
    QVERIFY(options.ok());
    QCOMPARE(options.value().locations.size(), 2);
    QCOMPARE(options.value().equipment.size(), 2);
    QCOMPARE(options.value().equipment.at(0).locationId, qint64(10));
}

void TestTicketActions::staleVersionIsAConflictWithTheCurrentRow()
{
    TicketRepository mine(*m_c);
    auto seen = mine.detail(100);
    QVERIFY(seen.ok());
    const int v = seen.value().version;
    // Bob, on another workstation, closes it first (recorded with his role name in the audit).
    auto theirs = TicketRepository(*m_other).setStatus(100, u"waiting"_s, v);
    QVERIFY(theirs.ok());

    auto r = mine.assign(100, 2, v);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Conflict);
    QVERIFY(r.isConflict());
    QVERIFY(!r.error().userMessage.isEmpty());
    QCOMPARE(r.conflict->current.status, u"waiting"_s);
    QCOMPARE(r.conflict->current.version, v + 1);
    QCOMPARE(r.conflict->current.assignedStaffId, seen.value().assignedStaffId);
    QVERIFY(r.conflict->current.lastChangedAt.isValid());
    QCOMPARE(version(100), v + 1);
    for (auto &&w :
        {mine.setStatus(100, u"open"_s, v), mine.linkLocation(100, 11, v), mine.linkEquipment(100, 21, v)}) {
        QVERIFY(w.isConflict());
        QCOMPARE(w.conflict->current.version, v + 1);
    }
    auto job = mine.createDispatchJob(100, {}, v);
    QVERIFY(!job.ok());
    QCOMPARE(job.error().kind, Error::Kind::Conflict);
    // Applying mine again on the current version works.
    QVERIFY(mine.assign(100, 2, v + 1).ok());
}

void TestTicketActions::createDispatchJobLandsUnscheduled()
{
    TicketRepository repo(*m_c);
    const int v = version(100);
    DispatchJobRequest req;
    req.jobType = u"repair"_s;
    req.priority = 2;
    req.durationMinutes = 90;
    req.notes = u"Apporter un ONT de rechange; code porte 1234 'B'"_s;
    auto r = repo.createDispatchJob(100, req, v);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QVERIFY(r.value().code.startsWith(u"DJ-"_s));
    auto j =
        m_c->exec("SELECT status, customer_id, location_id, ticket_id, job_type, priority, duration_minutes, notes,"
                  " scheduled_start IS NULL FROM dispatch_jobs WHERE id = $1",
            db::SqlParams().add(r.value().id));
    QVERIFY(j.ok());
    QCOMPARE(j.value().rows(), 1);
    QCOMPARE(j.value().text(0, 0), u"unscheduled"_s);
    QCOMPARE(j.value().int64(0, 1), qint64(1));
    QCOMPARE(j.value().int64(0, 2), qint64(10));
    QCOMPARE(j.value().int64(0, 3), qint64(100));
    QCOMPARE(j.value().text(0, 4), u"repair"_s);
    QCOMPARE(j.value().int32(0, 5), 2);
    QCOMPARE(j.value().int32(0, 6), 90);
    QCOMPARE(j.value().text(0, 7), req.notes);
    QVERIFY(j.value().boolean(0, 8));
    QCOMPARE(version(100), v); // the ticket itself is unchanged
    const QJsonObject after = json(
        scalar(u"SELECT after FROM audit_log WHERE entity = 'dispatch_job' AND entity_id = %1"_s.arg(r.value().id)));
    QCOMPARE(after.value(u"ticket_id"_s).toInteger(), 100);
    QCOMPARE(after.value(u"status"_s).toString(), u"unscheduled"_s);

    // A ticket without a location needs one chosen among its customer's.
    const int v101 = version(101);
    auto noLoc = repo.createDispatchJob(101, {}, v101);
    QVERIFY(!noLoc.ok());
    QCOMPARE(noLoc.error().kind, Error::Kind::Validation);
    DispatchJobRequest other;
    other.locationId = 12; // another customer's
    QCOMPARE(repo.createDispatchJob(101, other, v101).error().kind, Error::Kind::Validation);
    other.locationId = 11;
    auto chosen = repo.createDispatchJob(101, other, v101);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value().locationId, qint64(11));
    QCOMPARE(chosen.value().customerId, qint64(1));

    DispatchJobRequest bad;
    bad.priority = 9;
    QCOMPARE(repo.createDispatchJob(100, bad, v).error().kind, Error::Kind::Validation);
    bad = {};
    bad.jobType = u"teleportation"_s;
    QCOMPARE(repo.createDispatchJob(100, bad, v).error().kind, Error::Kind::Validation);
    QCOMPARE(repo.createDispatchJob(102, {}, version(102)).error().kind, Error::Kind::Validation); // no customer
}

void TestTicketActions::nothingHalfStoredWhenAStepFails()
{
    // The audit insert fails inside the transaction: the change it records must not be stored either.
    auto t = m_c->exec("CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS"
                       " $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$");
    QVERIFY(t.ok());
    QVERIFY(m_c->exec("CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW"
                      " EXECUTE FUNCTION test_fail_audit()")
                .ok());
    TicketRepository repo(*m_c);
    const int v = version(100);
    const QString assigned = scalar(u"SELECT assigned_staff_id FROM tickets WHERE id = 100"_s);
    const QString messages = scalar(u"SELECT count(*) FROM ticket_messages"_s);
    const QString jobs = scalar(u"SELECT count(*) FROM dispatch_jobs"_s);

    auto a = repo.assign(100, 1, v);
    QVERIFY(!a.ok());
    QVERIFY(!a.isConflict());
    QCOMPARE(a.error().kind, Error::Kind::Database);
    QVERIFY(!m_c->inTransaction());
    auto s = repo.setStatus(100, u"resolved"_s, v);
    QVERIFY(!s.ok());
    auto m = repo.addMessage(100, u"perdu?"_s, false);
    QVERIFY(!m.ok());
    auto j = repo.createDispatchJob(100, {}, v);
    QVERIFY(!j.ok());

    QCOMPARE(version(100), v);
    QCOMPARE(scalar(u"SELECT assigned_staff_id FROM tickets WHERE id = 100"_s), assigned);
    QCOMPARE(scalar(u"SELECT status FROM tickets WHERE id = 100"_s) == u"resolved"_s, false);
    QCOMPARE(scalar(u"SELECT count(*) FROM ticket_messages"_s), messages);
    QCOMPARE(scalar(u"SELECT count(*) FROM dispatch_jobs"_s), jobs);

    QVERIFY(m_c->exec("DROP TRIGGER test_fail_audit ON audit_log").ok());
    QVERIFY(repo.assign(100, 1, v).ok());
}

QTEST_GUILESS_MAIN(TestTicketActions)
#include "TestTicketActions.moc"
