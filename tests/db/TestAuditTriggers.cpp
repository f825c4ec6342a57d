// Audit by triggers (migration 0012): every change to a business table writes audit_log whoever makes it (here plain
// SQL, as psql would), with who (the login role and its staff row), the customer, and only the changed columns;
// secrets and message bodies never reach it; the log is append-only; views and reveals go through functions.
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/embedded/EmbeddedServer.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

class TestAuditTriggers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void plainSqlChangeIsRecordedWithWhoAndWhat();
    void bookkeepingOnlyUpdateIsNotRecorded();
    void secretsAndBodiesNeverReachTheLog();
    void deleteKeepsTheRowAsItWas();
    void logIsAppendOnlyAndReadByManagersOnly();
    void viewsAndRevealsGoThroughFunctions();

private:
    // Runs statements as `role` in one committed transaction; returns the first error's SQLSTATE, or "".
    QString as(const QString &role, const QStringList &statements);
    qint64 scalar(const QString &sql);
    QJsonObject json(const QString &sql);

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    qint64 m_customer = 0;
    qint64 m_location = 0;
    qint64 m_ticket = 0;
    qint64 m_subscription = 0;
};

void TestAuditTriggers::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c.value());
    for (const char *g : {"dispatcher", "billing", "manager", "admin"}) {
        QVERIFY(m_c->exec(u"CREATE ROLE audit_%1 LOGIN IN ROLE ops_%1"_s.arg(QLatin1String(g))).ok());
        QVERIFY(
            m_c->exec(
                   u"INSERT INTO staff (pg_role, display_name, role_group) VALUES ('audit_%1', 'Audit %1', '%1')"_s.arg(
                       QLatin1String(g)))
                .ok());
    }
    m_customer = scalar(u"INSERT INTO customers (display_name, phone) VALUES ('Hélène Tremblay', '418-555-0101')"
                        " RETURNING id"_s);
    m_location = scalar(u"INSERT INTO service_locations (customer_id, civic_number, street, city, postal_code)"
                        " VALUES (%1, '12', 'rue Principale', 'Rimouski', 'G5L 1A1') RETURNING id"_s.arg(m_customer));
    const qint64 item = scalar(u"INSERT INTO items (sku, kind, name_fr, name_en, monthly_price_cents)"
                               " VALUES ('FIB-100', 'internet', 'Fibre 100', 'Fibre 100', 5995) RETURNING id"_s);
    m_subscription =
        scalar(u"INSERT INTO subscriptions (customer_id, location_id, item_id, price_cents, start_date,"
               " radius_user, radius_pwd) VALUES (%1, %2, %3, 5995, '2026-01-01', 'ht0101', 'S3cr3t-initial')"
               " RETURNING id"_s.arg(m_customer)
                   .arg(m_location)
                   .arg(item));
    m_ticket = scalar(u"INSERT INTO tickets (customer_id, subject, issue_type) VALUES (%1, 'Pas de lien', 'no_service')"
                      " RETURNING id"_s.arg(m_customer));
    QVERIFY(m_customer > 0 && m_location > 0 && m_subscription > 0 && m_ticket > 0);
}

void TestAuditTriggers::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

QString TestAuditTriggers::as(const QString &role, const QStringList &statements)
{
    if (!m_c->exec("BEGIN").ok())
        return u"begin"_s;
    QString state;
    if (!m_c->exec(u"SET LOCAL ROLE %1"_s.arg(role)).ok())
        state = u"set role"_s;
    for (const QString &sql : statements) {
        if (!state.isEmpty())
            break;
        auto r = m_c->exec(sql);
        if (!r.ok())
            state = r.error().code.isEmpty() ? r.error().detail : r.error().code;
    }
    (void)m_c->exec(state.isEmpty() ? "COMMIT" : "ROLLBACK");
    return state;
}

qint64 TestAuditTriggers::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok())
        qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().detail));
    if (!r.ok() || r.value().rows() == 0)
        return -1;
    return r.value().int64(0, 0);
}

QJsonObject TestAuditTriggers::json(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok() || r.value().rows() == 0 || r.value().isNull(0, 0))
        return {};
    return QJsonDocument::fromJson(r.value().text(0, 0).toUtf8()).object();
}

void TestAuditTriggers::plainSqlChangeIsRecordedWithWhoAndWhat()
{
    // The creation, by the superuser of the test cluster, was recorded too.
    QCOMPARE(
        scalar(
            u"SELECT count(*) FROM audit_log WHERE entity = 'customer' AND action = 'insert' AND entity_id = %1"_s.arg(
                m_customer)),
        1);
    const qint64 before = scalar(u"SELECT count(*) FROM audit_log"_s);
    QCOMPARE(as(u"audit_admin"_s, {u"UPDATE customers SET phone = '418-555-0199' WHERE id = %1"_s.arg(m_customer)}),
        QString());
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), before + 1);
    auto r = m_c->exec(u"SELECT al.db_role, st.pg_role, al.action, al.entity, al.entity_id, al.customer_id, al.client"
                       " FROM audit_log al LEFT JOIN staff st ON st.id = al.staff_id ORDER BY al.id DESC LIMIT 1"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.value().text(0, 0), u"audit_admin"_s);
    QCOMPARE(r.value().text(0, 1), u"audit_admin"_s);
    QCOMPARE(r.value().text(0, 2), u"update"_s);
    QCOMPARE(r.value().text(0, 3), u"customer"_s);
    QCOMPARE(r.value().int64(0, 4), m_customer);
    QCOMPARE(r.value().int64(0, 5), m_customer);
    // Only the changed column, with the row version (updated_at left out).
    const QJsonObject b = json(u"SELECT before FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    const QJsonObject a = json(u"SELECT after FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    QCOMPARE(b.keys(), (QStringList{u"phone"_s, u"version"_s}));
    QCOMPARE(a.value(u"version"_s).toInt(), b.value(u"version"_s).toInt() + 1);
    QCOMPARE(b.value(u"phone"_s).toString(), u"418-555-0101"_s);
    QCOMPARE(a.value(u"phone"_s).toString(), u"418-555-0199"_s);

    // A child row finds its customer through its parent.
    QCOMPARE(as(u"audit_dispatcher"_s,
                 {u"UPDATE tickets SET status = 'in_progress' WHERE id = %1"_s.arg(m_ticket),
                     u"INSERT INTO ticket_messages (ticket_id, author_name, channel, is_internal, body)"
                     " VALUES (%1, 'Audit', 'note', true, 'Technicien en route')"_s.arg(m_ticket)}),
        QString());
    QCOMPARE(scalar(u"SELECT customer_id FROM audit_log WHERE entity = 'ticket_message' ORDER BY id DESC LIMIT 1"_s),
        m_customer);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'ticket' AND action = 'update'"
                    " AND db_role = 'audit_dispatcher' AND after ->> 'status' = 'in_progress'"_s),
        1);
}

void TestAuditTriggers::bookkeepingOnlyUpdateIsNotRecorded()
{
    const qint64 before = scalar(u"SELECT count(*) FROM audit_log"_s);
    // Same values: the touch trigger bumps version and updated_at, nothing a person changed.
    QCOMPARE(as(u"audit_admin"_s, {u"UPDATE customers SET phone = phone WHERE id = %1"_s.arg(m_customer)}), QString());
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), before);
}

void TestAuditTriggers::secretsAndBodiesNeverReachTheLog()
{
    QCOMPARE(as(u"audit_billing"_s,
                 {u"UPDATE subscriptions SET radius_pwd = 'N0uveau-Secret' WHERE id = %1"_s.arg(m_subscription)}),
        QString());
    // Sealed at rest (migration 0013): no clear value in the row, the ciphertext does not contain it.
    QCOMPARE(
        scalar(u"SELECT count(*) FROM subscriptions WHERE id = %1 AND radius_pwd IS NULL"
               " AND radius_pwd_enc IS NOT NULL AND position('N0uveau' IN encode(radius_pwd_enc, 'escape')) = 0"_s.arg(
                   m_subscription)),
        1);
    const QJsonObject a = json(u"SELECT after FROM audit_log WHERE entity = 'subscription' ORDER BY id DESC LIMIT 1"_s);
    QVERIFY(a.value(u"radius_pwd_enc"_s).toObject().value(u"hidden"_s).toBool());
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE before::text LIKE '%Secret%' OR after::text LIKE '%Secret%'"
                    " OR before::text LIKE '%S3cr3t%' OR after::text LIKE '%S3cr3t%'"_s),
        0);
    // The ciphertext is written only by the trigger.
    QCOMPARE(as(u"audit_billing"_s,
                 {u"UPDATE subscriptions SET radius_pwd_enc = '\\x00' WHERE id = %1"_s.arg(m_subscription)}),
        u"42501"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE after::text LIKE '%Technicien en route%'"_s), 0);
    QCOMPARE(scalar(u"SELECT (after -> 'body' ->> 'length')::bigint FROM audit_log WHERE entity = 'ticket_message'"
                    " ORDER BY id DESC LIMIT 1"_s),
        19);
}

void TestAuditTriggers::deleteKeepsTheRowAsItWas()
{
    const qint64 loc =
        scalar(u"INSERT INTO service_locations (customer_id, civic_number, street, city, postal_code)"
               " VALUES (%1, '99', 'chemin du Lac', 'Sept-Îles', 'G4R 2B2') RETURNING id"_s.arg(m_customer));
    QCOMPARE(as(u"audit_admin"_s, {u"DELETE FROM service_locations WHERE id = %1"_s.arg(loc)}), QString());
    const QJsonObject b = json(
        u"SELECT before FROM audit_log WHERE entity = 'service_location' AND action = 'delete' AND entity_id = %1"_s
            .arg(loc));
    QCOMPARE(b.value(u"street"_s).toString(), u"chemin du Lac"_s);
    QCOMPARE(b.value(u"city"_s).toString(), u"Sept-Îles"_s);
}

void TestAuditTriggers::logIsAppendOnlyAndReadByManagersOnly()
{
    for (const QString &role : {u"audit_admin"_s, u"audit_manager"_s, u"audit_dispatcher"_s}) {
        QCOMPARE(as(role, {u"UPDATE audit_log SET entity = 'x' WHERE true"_s}), u"42501"_s);
        QCOMPARE(as(role, {u"DELETE FROM audit_log"_s}), u"42501"_s);
        QCOMPARE(as(role, {u"TRUNCATE audit_log"_s}), u"42501"_s);
    }
    QCOMPARE(as(u"audit_manager"_s, {u"SELECT count(*) FROM audit_log"_s}), QString());
    QCOMPARE(as(u"audit_dispatcher"_s, {u"SELECT count(*) FROM audit_log"_s}), u"42501"_s);
    QCOMPARE(as(u"audit_billing"_s, {u"SELECT count(*) FROM audit_log"_s}), u"42501"_s);
}

void TestAuditTriggers::viewsAndRevealsGoThroughFunctions()
{
    QCOMPARE(as(u"audit_dispatcher"_s, {u"SELECT ops_record_access('view', 'customer', %1, %1)"_s.arg(m_customer)}),
        QString());
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'view' AND db_role = 'audit_dispatcher'"
                    " AND customer_id = %1 AND staff_id IS NOT NULL"_s.arg(m_customer)),
        1);
    // Only views and exports: the function cannot be used to forge a change.
    QCOMPARE(as(u"audit_dispatcher"_s, {u"SELECT ops_record_access('delete', 'customer', 1, 1)"_s}), u"22023"_s);

    // The password itself: never readable as a column, revealed by billing through the function, and recorded.
    QCOMPARE(as(u"audit_billing"_s, {u"SELECT radius_pwd FROM subscriptions"_s}), u"42501"_s);
    QCOMPARE(as(u"audit_dispatcher"_s, {u"SELECT ops_reveal_radius_pwd(%1)"_s.arg(m_subscription)}), u"42501"_s);
    QVERIFY(m_c->exec("BEGIN").ok());
    QVERIFY(m_c->exec("SET LOCAL ROLE audit_billing").ok());
    auto pwd = m_c->exec(u"SELECT ops_reveal_radius_pwd(%1)"_s.arg(m_subscription));
    QVERIFY(m_c->exec("COMMIT").ok());
    QVERIFY(pwd.ok());
    QCOMPARE(pwd.value().text(0, 0), u"N0uveau-Secret"_s);
    // The RADIUS server's role reads active credentials; no staff group can.
    QVERIFY(m_c->exec("CREATE ROLE audit_radius LOGIN IN ROLE ops_radius").ok());
    QVERIFY(m_c->exec("BEGIN").ok());
    QVERIFY(m_c->exec("SET LOCAL ROLE audit_radius").ok());
    auto cred = m_c->exec("SELECT password FROM ops_radius_credentials('ht0101')");
    QVERIFY(m_c->exec("COMMIT").ok());
    QVERIFY(cred.ok());
    QCOMPARE(cred.value().text(0, 0), u"N0uveau-Secret"_s);
    QCOMPARE(as(u"audit_admin"_s, {u"SELECT * FROM ops_radius_credentials('ht0101')"_s}), u"42501"_s);

    // Without its key file the server refuses to seal or reveal, with a clear error, and keeps the row as it was.
    const QString key = QFileInfo(m_cluster->server()->dataDir()).absolutePath() + u"/targo-radius.key"_s;
    QVERIFY(QFile::exists(key));
    QVERIFY(QFile::rename(key, key + u".away"_s));
    const QString missing = as(u"audit_billing"_s, {u"SELECT ops_reveal_radius_pwd(%1)"_s.arg(m_subscription)});
    const QString refused =
        as(u"audit_billing"_s, {u"UPDATE subscriptions SET radius_pwd = 'autre' WHERE id = %1"_s.arg(m_subscription)});
    QVERIFY(QFile::rename(key + u".away"_s, key));
    QCOMPARE(missing, u"55000"_s);
    QCOMPARE(refused, u"55000"_s);
    QCOMPARE(as(u"audit_billing"_s, {u"SELECT ops_reveal_radius_pwd(%1)"_s.arg(m_subscription)}), QString());
    // Two reveals recorded: the one refused for want of the key left no row.
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'reveal' AND db_role = 'audit_billing'"
                    " AND entity_id = %1 AND customer_id = %2"_s.arg(m_subscription)
                        .arg(m_customer)),
        2);
}

QTEST_GUILESS_MAIN(TestAuditTriggers)
#include "TestAuditTriggers.moc"
