// DbExecutor + runThen: jobs run off the calling thread on leased connections, results reach a live context only,
// failures come back as Result errors (never exceptions), and the customer file loads in few round trips.
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "core/concurrency/Async.h"
#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerService.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "tests/support/TestCluster.h"

using namespace ops;

class TestDbExecutor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void runsOffTheCallingThread();
    void errorsComeBackAsResults();
    void deadContextGetsNothing();
    void customerFileLoadsInFewRoundTrips();
    void customerFileNotFound();
    void readOnlyConnectionIsDroppedAndTheJobRunsAgain();

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
};

void TestDbExecutor::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    const char *setup[] = {
        "INSERT INTO customers (id, code, display_name, phone, balance_cents, language, ppa_enabled) VALUES"
        " (7, 'CUST-00007', 'Élise Gagnon', '(819) 555-0107', 12345, 'fr', true)",
        "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, latitude, "
        "longitude) VALUES (70, 'LOC-00070', 7, '12', 'rue des Érables', 'Joliette', 'J6E 3Z1', 46.02, -73.44),"
        " (71, 'LOC-00071', 7, '8', 'chemin du Lac', 'Rawdon', 'J0K 1S0', NULL, NULL)",
        "INSERT INTO items (id, sku, kind, name_fr, name_en, download_mbps, upload_mbps, monthly_price_cents) VALUES"
        " (1, 'NET-500', 'internet', 'Internet 500', 'Internet 500', 500, 500, 6995)",
        "INSERT INTO subscriptions (code, customer_id, location_id, item_id, price_cents, start_date) VALUES"
        " ('SUB-00001', 7, 70, 1, 6995, '2025-05-01'), ('SUB-00002', 7, 71, 1, 5995, '2026-01-15')",
    };
    for (const char *sql : setup) {
        auto r = c.value()->exec(sql);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    }
}

void TestDbExecutor::cleanupTestCase()
{
    m_cluster.reset();
}

void TestDbExecutor::runsOffTheCallingThread()
{
    DbExecutor exec(m_conninfo, 2);
    QThread *caller = QThread::currentThread();
    auto f = exec.run([caller](db::PgConnection &c) -> Result<qint64> {
        if (QThread::currentThread() == caller)
            return Error::internal(QStringLiteral("ran on the caller's thread"));
        auto r = c.exec("SELECT count(*) FROM customers");
        if (!r.ok())
            return r.error();
        return r.value().int64(0, 0);
    });
    QObject ctx;
    std::optional<Result<qint64>> got;
    runThen(f, &ctx, [&](Result<qint64> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().detail));
    QCOMPARE(got->value(), 1);
}

void TestDbExecutor::errorsComeBackAsResults()
{
    DbExecutor exec(m_conninfo, 1);
    QObject ctx;
    std::optional<Result<int>> sqlError;
    runThen(exec.run([](db::PgConnection &c) -> Result<int> {
        auto r = c.exec("SELECT * FROM nowhere");
        if (!r.ok())
            return r.error();
        return 1;
    }),
        &ctx, [&](Result<int> r) { sqlError = std::move(r); });
    std::optional<Result<int>> thrown;
    runThen(exec.run([](db::PgConnection &) -> Result<int> { throw std::runtime_error("boom"); }), &ctx,
        [&](Result<int> r) { thrown = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(sqlError.has_value() && thrown.has_value(), 5000);
    QVERIFY(!sqlError->ok());
    QCOMPARE(sqlError->error().kind, Error::Kind::Schema);
    QVERIFY(!thrown->ok());
    QCOMPARE(thrown->error().kind, Error::Kind::Internal);
    QCOMPARE(thrown->error().detail, QStringLiteral("boom"));
    // A dead server is an error result too, not a hang.
    DbExecutor dead(QStringLiteral("host=127.0.0.1 port=1 connect_timeout=2"), 1);
    std::optional<Result<int>> unreachable;
    runThen(dead.run([](db::PgConnection &) -> Result<int> { return 1; }), &ctx,
        [&](Result<int> r) { unreachable = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(unreachable.has_value(), 10000);
    QVERIFY(!unreachable->ok());
    QCOMPARE(unreachable->error().kind, Error::Kind::Unavailable);
}

void TestDbExecutor::deadContextGetsNothing()
{
    DbExecutor exec(m_conninfo, 1);
    bool called = false;
    auto *ctx = new QObject;
    runThen(exec.run([](db::PgConnection &c) -> Result<int> {
        (void)c.exec("SELECT pg_sleep(0.3)");
        return 1;
    }),
        ctx, [&](Result<int>) { called = true; });
    delete ctx;
    QTest::qWait(800);
    QVERIFY(!called);
}

void TestDbExecutor::customerFileLoadsInFewRoundTrips()
{
    DbExecutor exec(m_conninfo, 1);
    customers::CustomerService service(exec);
    QObject ctx;
    std::optional<Result<customers::CustomerFile>> got;
    runThen(service.loadFile(7), &ctx, [&](Result<customers::CustomerFile> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().detail));
    const auto &f = got->value();
    QCOMPARE(f.customer.code, QStringLiteral("CUST-00007"));
    QCOMPARE(f.customer.displayName, QStringLiteral("Élise Gagnon"));
    QCOMPARE(f.customer.balance.cents(), 12345);
    QVERIFY(f.customer.ppaEnabled);
    QCOMPARE(f.locations.size(), 2);
    QCOMPARE(f.locations.at(0).code, QStringLiteral("LOC-00070"));
    QVERIFY(f.locations.at(0).hasGps);
    QVERIFY(!f.locations.at(1).hasGps);
    QCOMPARE(f.subscriptions.size(), 2);
    QCOMPARE(f.subscriptions.at(0).code, QStringLiteral("SUB-00002")); // newest active first
    QCOMPARE(f.subscriptions.at(0).price.cents(), 5995);
    QVERIFY(f.roundTrips <= 5);
    // Opening the file was recorded (Law 25).
    auto c = db::PgConnection::open(m_conninfo);
    auto audit = c.value()->exec("SELECT count(*) FROM audit_log WHERE action = 'view' AND entity_id = 7");
    QCOMPARE(audit.value().int64(0, 0), 1);
}

void TestDbExecutor::customerFileNotFound()
{
    auto c = db::PgConnection::open(m_conninfo);
    auto r = customers::CustomerRepository(*c.value()).loadFile(424242);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::NotFound);
    auto id = customers::CustomerRepository(*c.value()).idForCode(QStringLiteral("cust-00007"));
    QVERIFY(id.ok());
    QCOMPARE(id.value(), 7);
}

void TestDbExecutor::readOnlyConnectionIsDroppedAndTheJobRunsAgain()
{
    // A connection that reached a server refusing writes (25006: a standby, or a demoted primary) is dropped, and
    // the job, which changed nothing, runs once more on a new connection.
    auto admin = db::PgConnection::open(m_conninfo);
    QVERIFY(admin.ok());
    QVERIFY(admin.value()->exec("CREATE TABLE read_only_probe (n int)").ok());
    DbExecutor exec(m_conninfo, 1);
    auto pids = std::make_shared<QList<int>>(); // only the one DB thread touches it until the result is in
    auto job = exec.run([pids](db::PgConnection &c) -> Result<int> {
        pids->append(c.backendPid());
        if (pids->size() == 1) {
            // From now on this connection behaves like one to a standby.
            auto ro = c.exec("SET default_transaction_read_only = on");
            if (!ro.ok())
                return ro.error();
        }
        auto r = c.exec("INSERT INTO read_only_probe (n) VALUES (1)");
        if (!r.ok())
            return r.error();
        return 1;
    });
    QObject ctx;
    std::optional<Result<int>> got;
    runThen(job, &ctx, [&](Result<int> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().detail));
    QCOMPARE(pids->size(), 2);
    QVERIFY(pids->at(0) != pids->at(1));
    auto rows = admin.value()->exec("SELECT count(*) FROM read_only_probe");
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().int64(0, 0), qint64(1));
    // The read-only connection was closed, not kept: the next job gets the second one.
    QCOMPARE(exec.pool().openCount(), 1);
    std::optional<Result<int>> next;
    runThen(exec.run([](db::PgConnection &c) -> Result<int> { return c.backendPid(); }), &ctx,
        [&](Result<int> r) { next = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(next.has_value(), 10000);
    QVERIFY(next->ok());
    QCOMPARE(next->value(), pids->at(1));
    QTRY_COMPARE_WITH_TIMEOUT(
        admin.value()
            ->exec("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", db::SqlParams().add(pids->at(0)))
            .value()
            .int64(0, 0),
        qint64(0), 5000);
}

QTEST_GUILESS_MAIN(TestDbExecutor)
#include "TestDbExecutor.moc"
