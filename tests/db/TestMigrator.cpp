// Migrations: applied in order with checksums, idempotent, one migrator at a time under the advisory lock, a failed
// step keeps nothing, a modified applied migration and a newer database are refused without changes.
#include <thread>

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include "core/db/Migrator.h"
#include "core/db/PgConnection.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::db;
using namespace Qt::Literals::StringLiterals;

namespace {
Migration mig(int v, const char *name, const char *sql)
{
    Migration m;
    m.version = v;
    m.name = QString::fromLatin1(name);
    m.sql = QString::fromUtf8(sql);
    m.checksum = QString::fromLatin1(QCryptographicHash::hash(m.sql.toUtf8(), QCryptographicHash::Sha256).toHex());
    return m;
}
} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void embeddedMigrationsAreNumberedAndComplete();
    void appliesRealSchemaAndIsIdempotent();
    void schemaHasConstraintsAndSequences();
    void refusesModifiedMigration();
    void refusesNewerDatabase();
    void failedStepKeepsNothing();
    void concurrentMigratorsApplyOnce();
    void checksumIgnoresLineEndings();

private:
    std::unique_ptr<PgConnection> freshConnection();
    std::unique_ptr<test::TestCluster> m_cluster;
};

void TestMigrator::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestMigrator::cleanupTestCase()
{
    m_cluster.reset();
}

std::unique_ptr<PgConnection> TestMigrator::freshConnection()
{
    auto db = m_cluster->freshDatabase(false);
    if (!db.ok())
        qFatal("%s", qPrintable(db.error().detail));
    auto c = PgConnection::open(db.value());
    if (!c.ok())
        qFatal("%s", qPrintable(c.error().detail));
    return std::move(c).value();
}

void TestMigrator::embeddedMigrationsAreNumberedAndComplete()
{
    const auto list = Migrator::embedded();
    QVERIFY(list.size() >= 2);
    for (int i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).version, i + 1);
        QVERIFY(!list.at(i).sql.isEmpty());
        QCOMPARE(list.at(i).checksum.size(), 64);
    }
}

void TestMigrator::appliesRealSchemaAndIsIdempotent()
{
    auto c = freshConnection();
    Migrator m(*c);
    auto before = m.inspect();
    QVERIFY(before.ok());
    QCOMPARE(before.value().applied, 0);
    QCOMPARE(before.value().pendingNames.size(), Migrator::embedded().size());
    auto after = m.migrate();
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().detail));
    QVERIFY(after.value().upToDate());
    auto rows = c->exec("SELECT count(*) FROM schema_migrations");
    QCOMPARE(rows.value().int64(0, 0), Migrator::embedded().size());
    auto again = m.migrate();
    QVERIFY(again.ok());
    QCOMPARE(c->exec("SELECT count(*) FROM schema_migrations").value().int64(0, 0), Migrator::embedded().size());
}

void TestMigrator::schemaHasConstraintsAndSequences()
{
    auto c = freshConnection();
    QVERIFY(Migrator(*c).migrate().ok());
    auto ins = c->exec("INSERT INTO customers (display_name) VALUES ('Hélène Côté') RETURNING code, version");
    QVERIFY(ins.ok());
    QCOMPARE(ins.value().text(0, 0), QStringLiteral("CUST-00001"));
    QCOMPARE(ins.value().int32(0, 1), 1);
    auto upd = c->exec("UPDATE customers SET phone = '(450) 555-0101' WHERE code = 'CUST-00001' RETURNING version");
    QCOMPARE(upd.value().int32(0, 0), 2); // bumped by trigger
    auto badPostal = c->exec("INSERT INTO customers (display_name, billing_postal_code) VALUES ('x', 'J7Z3B8')");
    QCOMPARE(badPostal.error().kind, Error::Kind::Validation);
    auto badLang = c->exec("INSERT INTO customers (display_name, language) VALUES ('x', 'de')");
    QCOMPARE(badLang.error().kind, Error::Kind::Validation);
    auto badTotal = c->exec("INSERT INTO invoices (customer_id, period_start, period_end, issue_date, due_date,"
                            " subtotal_cents, gst_cents, qst_cents, total_cents) SELECT id, '2026-01-01', '2026-01-31',"
                            " '2026-02-01', '2026-02-15', 10000, 500, 998, 9999 FROM customers");
    QCOMPARE(badTotal.error().kind, Error::Kind::Validation);
    auto orphan = c->exec("INSERT INTO service_locations (customer_id, civic_number, street, city, postal_code)"
                          " VALUES (999999, '1', 'rue A', 'Mirabel', 'J7J 1A1')");
    QCOMPARE(orphan.error().code, QStringLiteral("23503"));
    // Search documents follow inserts through the statement triggers.
    auto doc = c->exec("SELECT terms, keys FROM search_doc WHERE kind = 1");
    QVERIFY(doc.ok());
    QCOMPARE(doc.value().rows(), 1);
    QVERIFY(doc.value().text(0, 0).contains(QLatin1String("helene cote")));
    QVERIFY(doc.value().text(0, 1).contains(QLatin1String("4505550101")));

    // Codes past 99,999 keep every digit (0001's defaults cut "100000" to "10000", a duplicate): every column whose
    // default draws a code sequence, evaluated with its sequence moved past 100,000.
    auto defaults = c->exec("SELECT c.relname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d"
                            " JOIN pg_class c ON c.oid = d.adrelid JOIN pg_attribute a"
                            " ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
                            " WHERE a.attname = 'code' AND pg_get_expr(d.adbin, d.adrelid) LIKE '%seq_%_code%'"
                            " ORDER BY 1");
    QVERIFY(defaults.ok());
    QCOMPARE(defaults.value().rows(), 8); // invoices: the gap-free counter of 0018
    QVERIFY(c->exec("SELECT setval(s.oid::regclass, 123455) FROM pg_class s WHERE s.relkind = 'S'"
                    " AND s.relname LIKE 'seq\\_%\\_code'")
                .ok());
    for (int i = 0; i < defaults.value().rows(); ++i) {
        auto code = c->exec(u"SELECT "_s + defaults.value().text(i, 1));
        QVERIFY2(code.ok(), qPrintable(defaults.value().text(i, 0)));
        QVERIFY2(code.value().text(0, 0).endsWith(u"-123456"_s), qPrintable(code.value().text(0, 0)));
    }
}

void TestMigrator::refusesModifiedMigration()
{
    auto c = freshConnection();
    QList<Migration> v1{mig(1, "one", "CREATE TABLE a (id int)"), mig(2, "two", "CREATE TABLE b (id int)")};
    QVERIFY(Migrator(*c, v1).migrate().ok());
    QList<Migration> changed{mig(1, "one", "CREATE TABLE a (id bigint)"), mig(2, "two", "CREATE TABLE b (id int)"),
        mig(3, "three", "CREATE TABLE c (id int)")};
    auto r = Migrator(*c, changed).migrate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Schema);
    QCOMPARE(r.error().code, QStringLiteral("OPS-SCHEMA-MODIFIED"));
    QVERIFY(r.error().userMessage.contains(QLatin1String("1")));
    QCOMPARE(c->exec("SELECT to_regclass('c') IS NULL").value().boolean(0, 0), true); // nothing applied
}

void TestMigrator::refusesNewerDatabase()
{
    auto c = freshConnection();
    QList<Migration> v3{mig(1, "one", "CREATE TABLE a (id int)"), mig(2, "two", "CREATE TABLE b (id int)"),
        mig(3, "three", "CREATE TABLE c (id int)")};
    QVERIFY(Migrator(*c, v3).migrate().ok());
    QList<Migration> older{v3.at(0), v3.at(1)};
    auto insp = Migrator(*c, older).inspect();
    QVERIFY(!insp.ok());
    QCOMPARE(insp.error().code, QStringLiteral("OPS-SCHEMA-NEWER"));
    auto r = Migrator(*c, older).migrate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("OPS-SCHEMA-NEWER"));
    QCOMPARE(c->exec("SELECT count(*) FROM schema_migrations").value().int64(0, 0), 3);
}

void TestMigrator::failedStepKeepsNothing()
{
    auto c = freshConnection();
    QList<Migration> list{mig(1, "one", "CREATE TABLE a (id int)"),
        mig(2, "broken", "CREATE TABLE b (id int); INSERT INTO b VALUES (1); SELECT 1/0;")};
    auto r = Migrator(*c, list).migrate();
    QVERIFY(!r.ok());
    QVERIFY(r.error().userMessage.contains(QLatin1String("2")));
    QCOMPARE(c->exec("SELECT to_regclass('a') IS NOT NULL").value().boolean(0, 0), true);
    QCOMPARE(c->exec("SELECT to_regclass('b') IS NULL").value().boolean(0, 0), true);
    QCOMPARE(c->exec("SELECT max(version) FROM schema_migrations").value().int32(0, 0), 1);
    // The lock was released: a corrected list applies.
    QList<Migration> fixed{list.at(0), mig(2, "broken", "CREATE TABLE b (id int)")};
    QVERIFY(Migrator(*c, fixed).migrate().ok());
}

void TestMigrator::concurrentMigratorsApplyOnce()
{
    auto db = m_cluster->freshDatabase(false);
    QVERIFY(db.ok());
    // A slow first step widens the race window; both clients start at once.
    QList<Migration> list{
        mig(1, "slow", "SELECT pg_sleep(0.5); CREATE TABLE a (id int)"), mig(2, "two", "INSERT INTO a VALUES (1)")};
    Result<SchemaState> r1 = Error::internal(QString());
    Result<SchemaState> r2 = Error::internal(QString());
    auto run = [&](Result<SchemaState> *out) {
        auto c = PgConnection::open(db.value());
        if (c.ok())
            *out = Migrator(*c.value(), list).migrate();
    };
    std::thread t1(run, &r1);
    std::thread t2(run, &r2);
    t1.join();
    t2.join();
    QVERIFY2(r1.ok(), r1.ok() ? "" : qPrintable(r1.error().detail));
    QVERIFY2(r2.ok(), r2.ok() ? "" : qPrintable(r2.error().detail));
    auto c = PgConnection::open(db.value());
    QCOMPARE(c.value()->exec("SELECT count(*) FROM a").value().int64(0, 0), 1); // step 2 ran once
}

void TestMigrator::checksumIgnoresLineEndings()
{
    // A Windows checkout with CRLF line endings must produce the checksums recorded from the LF files.
    const QList<Migration> all = Migrator::embedded();
    QVERIFY(!all.isEmpty());
    for (const Migration &m : all) {
        QFile f(QStringLiteral(":/migrations/%1_%2.sql").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray lf = f.readAll();
        QVERIFY2(!lf.contains('\r'), qPrintable(f.fileName() + QStringLiteral(" is not LF (.gitattributes)")));
        // Files already applied keep their checksum: plain SHA-256 of the LF text.
        QCOMPARE(m.checksum, QString::fromLatin1(QCryptographicHash::hash(lf, QCryptographicHash::Sha256).toHex()));
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QVERIFY(crlf != lf);
        QCOMPARE(Migrator::checksumOf(crlf), m.checksum);
        QCOMPARE(Migrator::checksumOf(lf), m.checksum);
    }
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
