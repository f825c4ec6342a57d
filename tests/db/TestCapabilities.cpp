// What the UI believes a role may do, read from a real server as a member of each group: the group, the superuser
// flag and the privileges each screen needs (CapabilitiesRepository, one query); a role in no group reads as allowed
// nothing, never as an error; the Session reads them at start when the opener did not; and a statement the server
// refuses (42501) comes back as Error::Kind::Forbidden with a translated message, never the server's text.
//
// Login roles are members of the ops_* groups; the test cluster's superuser takes them on with SET ROLE (current_user
// changes, session_user stays the superuser), or with the `role` startup option for the Session's own connections.
#include <QSignalSpy>
#include <QTest>

#include "core/customers/CustomerWriteRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/PgError.h"
#include "core/session/Capabilities.h"
#include "core/session/CapabilitiesRepository.h"
#include "core/session/DatabaseOpener.h"
#include "core/session/HealthService.h"
#include "core/session/Session.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

namespace {

// A login member of each group (the groups and their grants come from migration 0012; docs/security.md), and one of
// no group.
const char *const kSetup[] = {
    "DO $$ DECLARE g text; BEGIN"
    " FOREACH g IN ARRAY ARRAY['dispatcher', 'billing', 'manager', 'admin', 'technician'] LOOP"
    "  EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', 'caps_' || g, 'ops_' || g); END LOOP;"
    " CREATE ROLE caps_nogroup LOGIN; END $$",
};

} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;

    // Capabilities as `role` (SET ROLE on the test's superuser connection), back to the superuser afterwards.
    Result<Capabilities> readAs(const QString &role)
    {
        auto set = m_c->exec(u"SET ROLE %1"_s.arg(db::quoteIdentifier(role)));
        if (!set.ok())
            return set.error();
        auto caps = CapabilitiesRepository(*m_c).read();
        (void)m_c->exec("RESET ROLE");
        return caps;
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase();
        QVERIFY(db.ok());
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_c = std::move(c).value();
        for (const char *sql : kSetup) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        auto seeded = m_c->exec(
            "INSERT INTO customers (code, kind, first_name, last_name, display_name, language, status) VALUES "
            "('CUST-00001', 'residential', 'Zoé', 'Lévesque', 'Zoé Lévesque', 'fr', 'active')");
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().detail));
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
    }

    void superuserHasEveryCapability()
    {
        auto caps = CapabilitiesRepository(*m_c).read();
        QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().detail));
        const Capabilities &c = caps.value();
        QVERIFY(c.known);
        QVERIFY(c.superuser);
        QCOMPARE(c.group, u"admin"_s);
        QCOMPARE(c.role, m_c->user());
        QVERIFY(c.editCustomers && c.createCustomers && c.editLocations && c.editSubscriptions && c.writeTickets);
        QVERIFY(c.writeMessages);
        QVERIFY(c.readAudit && c.manageStaff && c.revealRadius && c.billing && c.readSecrets);
        QVERIFY(c.enqueueOutbox && c.readOutbox && c.manageOutbox);
        QVERIFY(c.readDispatch && c.writeDispatch && c.manageRegions);
        QVERIFY(c.whyNot(Capabilities::Action::EditCustomers).isEmpty());
    }

    // The matrix of docs/security.md, as the screens see it: one character per flag, 'x' allowed, '-' denied, in the
    // order of kFlags below.
    void groupFlags_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("flags");
        //                                                                 CLSTMABREOUKDWG
        QTest::newRow("dispatcher") << u"caps_dispatcher"_s << u"dispatcher"_s << u"---xx---xxx-xx-"_s;
        QTest::newRow("billing") << u"caps_billing"_s << u"billing"_s << u"--x---xxxxx----"_s;
        QTest::newRow("manager") << u"caps_manager"_s << u"manager"_s << u"-----x---x--x--"_s;
        QTest::newRow("admin") << u"caps_admin"_s << u"admin"_s << u"xxxxxxxxxxxxxxx"_s;
        QTest::newRow("technician") << u"caps_technician"_s << u"technician"_s << u"------------x--"_s;
        QTest::newRow("no group") << u"caps_nogroup"_s << QString() << u"---------------"_s;
    }

    void groupFlags()
    {
        QFETCH(QString, role);
        QFETCH(QString, group);
        QFETCH(QString, flags);
        auto caps = readAs(role);
        QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().detail));
        const Capabilities &c = caps.value();
        QVERIFY(c.known);
        QVERIFY(!c.superuser);
        QCOMPARE(c.role, role);
        QCOMPARE(c.group, group);
        // C customers, L locations and equipment, S subscriptions, T tickets, M messages, A audit, B billing,
        // R RADIUS reveal, E enqueue outbox, O read outbox, U retry/cancel outbox, K integration secrets, D read the
        // dispatch board, W write on it, G edit the region rules.
        const bool got[] = {c.editCustomers, c.editLocations, c.editSubscriptions, c.writeTickets, c.writeMessages,
            c.readAudit, c.billing, c.revealRadius, c.enqueueOutbox, c.readOutbox, c.manageOutbox, c.readSecrets,
            c.readDispatch, c.writeDispatch, c.manageRegions};
        QString actual;
        for (bool b : got)
            actual += b ? u'x' : u'-';
        QCOMPARE(actual, flags);
        QCOMPARE(c.createCustomers, c.editCustomers);
        // Staff management: EXECUTE on ops_staff_add (migration 0014), admins only; false while it does not exist.
        auto staffFn = m_c->exec("SELECT count(*) FROM pg_proc WHERE proname = 'ops_staff_add'");
        QVERIFY(staffFn.ok());
        QCOMPARE(c.manageStaff, group == "admin"_L1 && staffFn.value().int64(0, 0) > 0);
    }

    // Bootstrap's migrate-then-open path reads them on the opening thread, on the migrated schema.
    void migrateDatabaseReadsThem()
    {
        Capabilities caps;
        auto migrated = migrateDatabase(m_conninfo, &caps);
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().detail));
        QVERIFY(migrated.value().upToDate());
        QVERIFY(caps.known);
        QVERIFY(caps.superuser);
        QCOMPARE(caps.group, u"admin"_s);
    }

    void whyNotNamesTheRole()
    {
        auto caps = readAs(u"caps_dispatcher"_s);
        QVERIFY(caps.ok());
        QCOMPARE(caps.value().whyNot(Capabilities::Action::EditCustomers),
            u"Your role (dispatcher) does not allow editing customers."_s);
        QVERIFY(caps.value().whyNot(Capabilities::Action::WriteTickets).isEmpty());
    }

    // The Session reads them on a DB thread when the opener did not (and emits the change), as the connected role.
    void sessionReadsCapabilitiesAtStart()
    {
        SessionInfo info;
        info.conninfo = m_conninfo + u" options='-c role=caps_manager'"_s;
        info.dbPoolSize = 1;
        info.cpuThreads = 1;
        info.liveUpdates = false;
        Session session(info);
        QVERIFY(!session.capabilities().known);
        QSignalSpy changed(&session, &Session::capabilitiesChanged);
        QVERIFY(changed.wait(10000));
        QVERIFY(session.capabilities().known);
        QCOMPARE(session.capabilities().group, u"manager"_s);
        QVERIFY(session.capabilities().readAudit);
        QVERIFY(!session.capabilities().editCustomers);
        QCOMPARE(changed.first().first().value<Capabilities>().group, u"manager"_s);

        // A re-read that finds the same capabilities says nothing.
        session.refreshCapabilities();
        QVERIFY(!changed.wait(1000));
        QCOMPARE(changed.size(), 1);
    }

    // After a reconnection the session reads them again: grants changed meanwhile reach the screens.
    void sessionReadsThemAgainAfterAReconnect()
    {
        SessionInfo info;
        info.conninfo = m_conninfo + u" options='-c role=caps_manager'"_s;
        info.dbPoolSize = 1;
        info.cpuThreads = 1;
        info.liveUpdates = true; // the listener's reconnection is the session's "reconnected"
        Session session(info);
        QSignalSpy changed(&session, &Session::capabilitiesChanged);
        QVERIFY(changed.wait(10000));
        QVERIFY(!session.capabilities().editCustomers);
        QTRY_VERIFY_WITH_TIMEOUT(session.health().isListening(), 10000);

        QVERIFY(m_c->exec("GRANT INSERT, UPDATE ON customers TO caps_manager").ok());
        QVERIFY(m_c->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'"
                          " AND pid <> pg_backend_pid() AND datname = current_database()")
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 15000);
        QVERIFY(session.capabilities().editCustomers);
        QCOMPARE(session.capabilities().group, u"manager"_s);
        QVERIFY(m_c->exec("REVOKE INSERT, UPDATE ON customers FROM caps_manager").ok());
    }

    // A real save through the repository as a role without UPDATE on customers: the server's 42501 becomes the
    // translated Forbidden message naming what was refused; the server's own text stays in detail (the log).
    void deniedSaveIsForbiddenWithAClearMessage()
    {
        customers::CustomerWriteRepository owner(*m_c);
        auto current = owner.customer(1);
        QVERIFY2(current.ok(), qPrintable(current.ok() ? QString() : current.error().detail));
        customers::CustomerEdit edit = current.value();
        edit.lastName = u"Gagnon"_s;

        QVERIFY(m_c->exec("SET ROLE caps_dispatcher").ok());
        customers::CustomerWriteRepository repo(*m_c);
        auto saved = repo.saveCustomer(edit);
        (void)m_c->exec("RESET ROLE");
        QVERIFY(!saved.ok());
        const Error &e = saved.error();
        QCOMPARE(e.kind, Error::Kind::Forbidden);
        QCOMPARE(e.code, u"42501"_s);
        QCOMPARE(e.userMessage, u"Your role does not allow this operation on customers."_s);
        QVERIFY(!e.userMessage.contains(u"permission denied"_s));
        QVERIFY(e.detail.contains(u"permission denied"_s));
        QCOMPARE(errorKindName(e.kind), u"forbidden"_s);

        // Nothing changed.
        auto after = owner.customer(1);
        QVERIFY(after.ok());
        QCOMPARE(after.value().lastName, u"Lévesque"_s);
        QCOMPARE(after.value().version, current.value().version);
    }

    void forbiddenMessages_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("message");
        QTest::newRow("table") << u"ERROR:  permission denied for table invoices"_s
                               << u"Your role does not allow this operation on invoices."_s;
        QTest::newRow("column") << u"ERROR:  permission denied for column radius_pwd of relation subscriptions"_s
                                << u"Your role does not allow this operation on RADIUS passwords."_s;
        QTest::newRow("audit") << u"ERROR:  permission denied for table audit_log"_s
                               << u"Your role does not allow this operation on the audit log."_s;
        QTest::newRow("function") << u"ERROR:  permission denied for function ops_staff_invite"_s
                                  << u"Your role does not allow this operation."_s;
        QTest::newRow("unknown table") << u"ERROR:  permission denied for table secret_stuff"_s
                                       << u"Your role does not allow this operation."_s;
    }

    void forbiddenMessages()
    {
        QFETCH(QString, detail);
        QFETCH(QString, message);
        const Error e = db::errorFromSqlState(u"42501"_s, detail);
        QCOMPARE(e.kind, Error::Kind::Forbidden);
        QCOMPARE(e.userMessage, message);
        QCOMPARE(e.detail, detail);
        QVERIFY(!e.retryable);
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "TestCapabilities.moc"
