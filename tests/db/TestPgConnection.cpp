// core/db against a real PostgreSQL: parameters, typed rows, SQLSTATE mapping, transactions with retry, COPY,
// the pool (bounds, health check, reconnect), cancel, LISTEN/NOTIFY.
#include <atomic>
#include <mutex>
#include <thread>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgConnectionPool.h"
#include "core/db/PgError.h"
#include "core/db/PgListener.h"
#include "core/db/Transaction.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::db;

class TestPgConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void parametersNeverSpliced();
    void typedAccess();
    void sqlStateMapping();
    void connectionErrors();
    void transactionCommitAndRollback();
    void transactionRetriesSerializationFailure();
    void copyIn();
    void copyInRejectsBadRowAndKeepsNothing();
    void poolBoundsAndReuse();
    void poolReconnectsAfterBackendKilled();
    void poolReplacesAConnectionTheServerClosed();
    void cancelLongQuery();
    void listenNotify();
    void maskConninfoHidesPasswords();
    void siblingConnectsLikeItsSource();

private:
    std::unique_ptr<PgConnection> open();
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
};

std::unique_ptr<PgConnection> TestPgConnection::open()
{
    auto c = PgConnection::open(m_conninfo);
    if (!c.ok())
        qFatal("cannot connect: %s", qPrintable(c.error().detail));
    return std::move(c).value();
}

void TestPgConnection::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(false);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    m_conninfo = db.value();
    auto c = open();
    QVERIFY(c->exec("CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL, amount bigint, at timestamptz, "
                    "d date, flag boolean)")
                .ok());
}

void TestPgConnection::cleanupTestCase()
{
    m_cluster.reset();
}

void TestPgConnection::parametersNeverSpliced()
{
    auto c = open();
    const QString hostile = QStringLiteral("x'); DROP TABLE t; -- \\ % _ \" 😀 é");
    auto ins = c->exec("INSERT INTO t (id, name) VALUES ($1, $2)", SqlParams().add(qint64(1)).add(hostile));
    QVERIFY2(ins.ok(), qPrintable(ins.ok() ? QString() : ins.error().detail));
    QCOMPARE(ins.value().affectedRows(), 1);
    auto r = c->exec("SELECT name FROM t WHERE id = $1", SqlParams().add(1));
    QVERIFY(r.ok());
    QCOMPARE(r.value().text(0, 0), hostile);
    auto still = c->exec("SELECT count(*) FROM t");
    QVERIFY(still.ok());
    QCOMPARE(still.value().int64(0, 0), 1);
    auto empty = c->exec("SELECT $1::text = '', $1::text IS NULL", SqlParams().add(QStringLiteral("")));
    QVERIFY(empty.ok());
    QVERIFY(empty.value().boolean(0, 0));
    QVERIFY(!empty.value().boolean(0, 1));
    auto null = c->exec("SELECT $1::text IS NULL", SqlParams().add(QString()));
    QVERIFY(null.value().boolean(0, 0));
}

void TestPgConnection::typedAccess()
{
    auto c = open();
    const QDateTime at = QDateTime(QDate(2026, 3, 8), QTime(7, 30, 15, 250), Qt::UTC);
    auto ins = c->exec("INSERT INTO t (id, name, amount, at, d, flag) VALUES ($1, 'n', $2, $3, $4, $5)",
        SqlParams().add(qint64(2)).add(qint64(9007199254740993)).add(at).add(QDate(2026, 2, 28)).add(true));
    QVERIFY(ins.ok());
    auto r = c->exec("SELECT amount, at, d, flag, NULL::bigint, id FROM t WHERE id = 2");
    QVERIFY(r.ok());
    QCOMPARE(r.value().int64(0, 0), qint64(9007199254740993));
    QCOMPARE(r.value().timestamp(0, 1), at);
    QCOMPARE(r.value().date(0, 2), QDate(2026, 2, 28));
    QVERIFY(r.value().boolean(0, 3));
    QVERIFY(r.value().isNull(0, 4));
    QCOMPARE(r.value().int64(0, 4, -7), qint64(-7));
    QCOMPARE(r.value().column("id"), 5);
    QCOMPARE(r.value().column("nope"), -1);
}

void TestPgConnection::sqlStateMapping()
{
    auto c = open();
    auto dup = c->exec("INSERT INTO t (id, name) VALUES (1, 'again')");
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, QStringLiteral("23505"));
    QCOMPARE(dup.error().kind, Error::Kind::Conflict);
    QVERIFY(!dup.error().userMessage.isEmpty());
    auto notNull = c->exec("INSERT INTO t (id) VALUES (99)");
    QCOMPARE(notNull.error().kind, Error::Kind::Validation);
    auto syntax = c->exec("SELEC 1");
    QCOMPARE(syntax.error().code, QStringLiteral("42601"));
    QCOMPARE(syntax.error().kind, Error::Kind::Database);
    auto missing = c->exec("SELECT * FROM no_such_table");
    QCOMPARE(missing.error().kind, Error::Kind::Schema);
    // More parameters than the statement uses: a protocol violation (our bug), not an outage to wait out.
    auto protocol = c->exec("SELECT $1::int", SqlParams().add(1).add(2));
    QCOMPARE(protocol.error().code, QStringLiteral("08P01"));
    QCOMPARE(protocol.error().kind, Error::Kind::Internal);
    QVERIFY(!protocol.error().retryable);
    QVERIFY(isRetryableSqlState(QStringLiteral("40001")));
    QVERIFY(isRetryableSqlState(QStringLiteral("40P01")));
    QVERIFY(!isRetryableSqlState(QStringLiteral("23505")));
    QVERIFY(c->ping()); // the connection survives errors
}

void TestPgConnection::connectionErrors()
{
    auto bad = PgConnection::open(QStringLiteral("host=127.0.0.1 port=1 dbname=x connect_timeout=2"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, Error::Kind::Unavailable);
    QVERIFY(bad.error().retryable);
    auto garbage = PgConnection::open(QStringLiteral("this is = not 'valid"));
    QVERIFY(!garbage.ok());
    auto noDb = PgConnection::open(m_cluster->conninfo(QStringLiteral("does_not_exist_db")));
    QVERIFY(!noDb.ok());
    QCOMPARE(noDb.error().kind, Error::Kind::NotFound);
    // A server that is read-only (a standby not yet promoted) is skipped by target_session_attrs=read-write: an
    // outage the pool waits out, not a settings error.
    auto readOnly = PgConnection::open(
        m_conninfo + QStringLiteral(" target_session_attrs=read-write options='-c default_transaction_read_only=on'"));
    QVERIFY(!readOnly.ok());
    QVERIFY2(readOnly.error().detail.contains(QLatin1String("read-only")), qPrintable(readOnly.error().detail));
    QCOMPARE(readOnly.error().kind, Error::Kind::Unavailable);
    QVERIFY(readOnly.error().retryable);
    // A TLS connection the server dropped (a crash, a failover) is an outage, not a certificate problem.
    for (const char *dropped : {"SSL SYSCALL error: EOF detected",
             "SSL connection has been closed unexpectedly\nserver closed the connection unexpectedly"}) {
        const Error e = connectionError(QString::fromLatin1(dropped));
        QCOMPARE(e.kind, Error::Kind::Unavailable);
        QVERIFY(e.retryable);
    }
    // Access rules without the word "encryption": the generic refusal, not "unreachable".
    const Error hba = connectionError(
        QStringLiteral("connection to server at \"10.0.0.5\", port 5432 failed: FATAL:  no pg_hba.conf entry for host "
                       "\"10.0.0.9\", user \"bob\", database \"targo\", SSL encryption"));
    QCOMPARE(hba.kind, Error::Kind::Auth);
    QVERIFY(!hba.retryable);
    QVERIFY(hba.userMessage.contains(QLatin1String("access rules")));
}

void TestPgConnection::transactionCommitAndRollback()
{
    auto c = open();
    {
        Transaction tx(*c);
        QVERIFY(tx.begun().ok());
        QVERIFY(c->exec("INSERT INTO t (id, name) VALUES (10, 'rolled back')").ok());
    } // destructor rolls back
    QCOMPARE(c->exec("SELECT count(*) FROM t WHERE id = 10").value().int64(0, 0), 0);
    QVERIFY(!c->inTransaction());
    auto r = withTransaction<qint64>(*c, [](PgConnection &cc) -> Result<qint64> {
        auto ins = cc.exec("INSERT INTO t (id, name) VALUES (11, 'kept') RETURNING id");
        if (!ins.ok())
            return ins.error();
        return ins.value().int64(0, 0);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value(), 11);
    QCOMPARE(c->exec("SELECT count(*) FROM t WHERE id = 11").value().int64(0, 0), 1);
    // A failing body leaves nothing.
    auto f = withTransaction<Unit>(*c, [](PgConnection &cc) -> Result<Unit> {
        (void)cc.exec("INSERT INTO t (id, name) VALUES (12, 'half')");
        auto dup = cc.exec("INSERT INTO t (id, name) VALUES (11, 'dup')");
        if (!dup.ok())
            return dup.error();
        return Unit{};
    });
    QVERIFY(!f.ok());
    QCOMPARE(c->exec("SELECT count(*) FROM t WHERE id = 12").value().int64(0, 0), 0);
}

void TestPgConnection::transactionRetriesSerializationFailure()
{
    auto a = open();
    auto b = open();
    QVERIFY(a->exec("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)").ok());
    QVERIFY(a->exec("INSERT INTO counter VALUES (1, 0)").ok());
    int attempts = 0;
    auto r = withTransaction<Unit>(
        *a,
        [&](PgConnection &cc) -> Result<Unit> {
            ++attempts;
            auto read = cc.exec("SELECT n FROM counter WHERE id = 1");
            if (!read.ok())
                return read.error();
            if (attempts == 1) {
                // Another session commits a change to the same row between our read and our write.
                if (!b->exec("UPDATE counter SET n = n + 100 WHERE id = 1").ok())
                    return Error::internal(QStringLiteral("b failed"));
            }
            auto upd = cc.exec("UPDATE counter SET n = $1 WHERE id = 1", SqlParams().add(read.value().int32(0, 0) + 1));
            if (!upd.ok())
                return upd.error();
            return Unit{};
        },
        Isolation::RepeatableRead);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(attempts, 2);
    QCOMPARE(a->exec("SELECT n FROM counter WHERE id = 1").value().int32(0, 0), 101);
}

void TestPgConnection::copyIn()
{
    auto c = open();
    QVERIFY(c->exec("CREATE TABLE bulk (id bigint PRIMARY KEY, label text, note text)").ok());
    int produced = 0;
    auto n = c->copyIn(QStringLiteral("COPY bulk (id, label, note) FROM STDIN"), [&](QByteArray &chunk) {
        for (int i = 0; i < 5000; ++i, ++produced)
            chunk += QByteArray::number(produced) + "\tlabel " + QByteArray::number(produced) + "\t\\N\n";
        return produced < 50000;
    });
    QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().detail));
    QCOMPARE(n.value(), 50000);
    auto r = c->exec("SELECT count(*), count(note), max(id) FROM bulk");
    QCOMPARE(r.value().int64(0, 0), 50000);
    QCOMPARE(r.value().int64(0, 1), 0);
    QCOMPARE(r.value().int64(0, 2), 49999);
    QCOMPARE(c->exec("SELECT label FROM bulk WHERE id = 1234").value().text(0, 0), QStringLiteral("label 1234"));
}

void TestPgConnection::copyInRejectsBadRowAndKeepsNothing()
{
    auto c = open();
    QVERIFY(c->exec("CREATE TABLE bulk2 (id bigint PRIMARY KEY, n int)").ok());
    bool first = true;
    auto n = c->copyIn(QStringLiteral("COPY bulk2 FROM STDIN"), [&](QByteArray &chunk) {
        chunk = first ? QByteArray("1\t1\n2\tnot-a-number\n") : QByteArray();
        first = false;
        return false;
    });
    QVERIFY(!n.ok());
    QCOMPARE(n.error().kind, Error::Kind::Validation);
    QCOMPARE(c->exec("SELECT count(*) FROM bulk2").value().int64(0, 0), 0);
    QVERIFY(c->ping());
}

void TestPgConnection::poolBoundsAndReuse()
{
    PgConnectionPool pool(m_conninfo, 2);
    int pid1 = 0;
    {
        auto a = pool.acquire();
        QVERIFY(a.ok());
        pid1 = a.value()->backendPid();
        auto b = pool.acquire();
        QVERIFY(b.ok());
        QCOMPARE(pool.openCount(), 2);
        auto c = pool.acquire(200); // bounded: a third waits, then fails with a translated message
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, Error::Kind::Unavailable);
        QVERIFY(!c.error().userMessage.isEmpty());
    }
    QCOMPARE(pool.idleCount(), 2);
    auto again = pool.acquire();
    QVERIFY(again.ok());
    QVERIFY(again.value()->backendPid() > 0);
    // A waiter is woken when a lease comes back.
    auto held1 = pool.acquire();
    std::atomic<bool> got{false};
    std::thread waiter([&] {
        auto w = pool.acquire(5000);
        got = w.ok();
    });
    QThread::msleep(100);
    QVERIFY(!got.load());
    held1 = Result<PgLease>(Error::internal(QString())); // returns the lease
    waiter.join();
    QVERIFY(got.load());
    Q_UNUSED(pid1);
}

void TestPgConnection::poolReconnectsAfterBackendKilled()
{
    PgConnectionPool pool(m_conninfo, 1);
    int pid = 0;
    {
        auto a = pool.acquire();
        QVERIFY(a.ok());
        pid = a.value()->backendPid();
    }
    auto killer = open();
    QVERIFY(killer->exec("SELECT pg_terminate_backend($1)", SqlParams().add(pid)).ok());
    QThread::msleep(200);
    {
        auto b = pool.acquire();
        QVERIFY(b.ok());
        // The idle connection looked fine locally; the first query finds it dead.
        auto r = b.value()->exec("SELECT 1");
        if (!r.ok())
            QCOMPARE(r.error().kind, Error::Kind::Unavailable);
    }
    auto c = pool.acquire();
    QVERIFY(c.ok());
    QVERIFY(c.value()->ping());
    QVERIFY(c.value()->backendPid() != pid);
}

void TestPgConnection::poolReplacesAConnectionTheServerClosed()
{
    // A connection the server closed while it sat idle (a restart, a failover) is replaced before it is handed out:
    // the job's first statement works, and the pool reports the loss, then the reconnection.
    PgConnectionPool pool(m_conninfo, 2);
    std::vector<std::pair<PgConnectionPool::Event, QString>> events;
    std::mutex eventsMutex;
    pool.setEventHandler([&](PgConnectionPool::Event e, const QString &detail) {
        std::lock_guard lock(eventsMutex);
        events.emplace_back(e, detail);
    });
    int pid1 = 0;
    int pid2 = 0;
    {
        auto a = pool.acquire();
        auto b = pool.acquire();
        QVERIFY(a.ok() && b.ok());
        pid1 = a.value()->backendPid();
        pid2 = b.value()->backendPid();
    }
    QCOMPARE(pool.idleCount(), 2);
    auto killer = open();
    QVERIFY(killer->exec("SELECT pg_terminate_backend($1)", SqlParams().add(pid1)).ok());
    QVERIFY(killer->exec("SELECT pg_terminate_backend($1)", SqlParams().add(pid2)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        killer->exec("SELECT count(*) FROM pg_stat_activity WHERE pid IN ($1, $2)", SqlParams().add(pid1).add(pid2))
            .value()
            .int64(0, 0),
        qint64(0), 5000);
    // A backend leaves pg_stat_activity before its process (and so its socket) is gone: wait for the processes, so
    // the pool's check sees the closed sockets (the server runs on this machine).
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid1))
            && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid2)),
        5000);
    {
        auto c = pool.acquire();
        QVERIFY(c.ok());
        QVERIFY(c.value()->backendPid() != pid1 && c.value()->backendPid() != pid2);
        auto r = c.value()->exec("SELECT 1");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    QCOMPARE(pool.openCount(), 1); // both dead ones were closed
    pool.setEventHandler({});
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events.at(0).first, PgConnectionPool::Event::ConnectionLost);
    QCOMPARE(events.at(1).first, PgConnectionPool::Event::Reconnected);
    QVERIFY(!events.at(1).second.isEmpty());
}

void TestPgConnection::cancelLongQuery()
{
    auto c = open();
    PgConnection *raw = c.get();
    std::thread canceller([raw] {
        QThread::msleep(300);
        raw->requestCancel();
    });
    auto r = c->exec("SELECT pg_sleep(30)");
    canceller.join();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    QVERIFY(c->ping());
}

void TestPgConnection::listenNotify()
{
    PgListener listener(m_conninfo);
    QSignalSpy connected(&listener, &PgListener::connected);
    QSignalSpy notified(&listener, &PgListener::notified);
    listener.listen(QStringLiteral("ops_change"));
    listener.start();
    QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 1, 10000);
    auto c = open();
    QVERIFY(c->exec("SELECT pg_notify('ops_change', $1)", SqlParams().add(QStringLiteral("{\"t\":\"x\"}"))).ok());
    QVERIFY(c->exec("SELECT pg_notify('other_channel', 'ignored')").ok());
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 5000);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("ops_change"));
    QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("{\"t\":\"x\"}"));
    // A channel added later takes effect on the running listener.
    listener.listen(QStringLiteral("other_channel"));
    QTest::qWait(300);
    QVERIFY(c->exec("SELECT pg_notify('other_channel', 'now')").ok());
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 2, 5000);
    // The listener survives its backend being killed, and reconnects.
    QSignalSpy lost(&listener, &PgListener::connectionLost);
    QVERIFY(c->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> "
                    "pg_backend_pid()")
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 2, 10000);
    QVERIFY(c->exec("SELECT pg_notify('ops_change', 'after')").ok());
    QTRY_VERIFY_WITH_TIMEOUT(notified.last().at(1).toString() == QStringLiteral("after"), 5000);
    listener.stop();
}

// The demo seed's second connection: the same server, database, user and session settings, another backend; it sees
// what its source committed and not what it has not.
void TestPgConnection::siblingConnectsLikeItsSource()
{
    auto c = open();
    QVERIFY(c->exec("SET application_name = 'sibling-source'").ok());
    auto s = c->openSibling();
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().detail));
    PgConnection &sib = *s.value();
    QVERIFY(sib.backendPid() != c->backendPid());
    QCOMPARE(sib.user(), c->user());
    QCOMPARE(sib.database(), c->database());
    QCOMPARE(sib.exec("SHOW TimeZone").value().text(0, 0), QStringLiteral("UTC"));
    QVERIFY(c->exec("BEGIN").ok());
    QVERIFY(c->exec("INSERT INTO t (id, name) VALUES (9001, 'sibling')").ok());
    QCOMPARE(sib.exec("SELECT count(*) FROM t WHERE id = 9001").value().int64(0, 0), qint64(0));
    QVERIFY(c->exec("COMMIT").ok());
    QCOMPARE(sib.exec("SELECT count(*) FROM t WHERE id = 9001").value().int64(0, 0), qint64(1));
    QVERIFY(sib.exec("DELETE FROM t WHERE id = 9001").ok());
}

void TestPgConnection::maskConninfoHidesPasswords()
{
    QCOMPARE(
        maskConninfo(QStringLiteral("host=a password=s3cr3t user=u")), QStringLiteral("host=a password=***** user=u"));
    QCOMPARE(maskConninfo(QStringLiteral("host=a password = 'p w\\'x' user=u")),
        QStringLiteral("host=a password = ***** user=u"));
    QCOMPARE(
        maskConninfo(QStringLiteral("postgresql://bob:hunter2@db1:5432,db2/targo?target_session_attrs=read-write")),
        QStringLiteral("postgresql://bob:*****@db1:5432,db2/targo?target_session_attrs=read-write"));
    QCOMPARE(maskConninfo(QStringLiteral("postgres://db/x?sslmode=require&password=zz")),
        QStringLiteral("postgres://db/x?sslmode=require&password=*****"));
    QVERIFY(!maskConninfo(QStringLiteral("PASSWORD=abc")).contains(QLatin1String("abc")));
}

QTEST_GUILESS_MAIN(TestPgConnection)
#include "TestPgConnection.moc"
