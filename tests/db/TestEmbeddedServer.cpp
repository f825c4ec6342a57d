// The embedded cluster launcher: create, start, reuse, stop, crash recovery, stale postmaster.pid, refusals.
#include <csignal>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"

using namespace ops;

class TestEmbeddedServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startReuseStop();
    void crashRecoveryKeepsCommittedData();
    void stalePidFileFromAnotherProgram();
    void refusesForeignFolder();
    void refusesDamagedOrOtherVersion();
    void missingBinaries();

private:
    QString newBase();
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;
};

void TestEmbeddedServer::initTestCase()
{
    qputenv("TARGO_PG_FAST", "1");
    auto bin = EmbeddedServer::findBinDir();
    QVERIFY2(bin.ok(), "PostgreSQL server binaries are required for these tests");
}

QString TestEmbeddedServer::newBase()
{
    auto d = std::make_shared<QTemporaryDir>(QStringLiteral("/tmp/ops-emb-XXXXXX"));
    ::chmod(QFile::encodeName(d->path()).constData(), 0755);
    m_dirs << d;
    return d->path() + QStringLiteral("/pg");
}

void TestEmbeddedServer::startReuseStop()
{
    const QString base = newBase();
    EmbeddedServer s(base);
    auto before = s.status();
    QVERIFY(before.ok());
    QVERIFY(!before.value().initialized);
    QVERIFY(!before.value().running);

    auto st = s.start();
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().userMessage + st.error().detail));
    QVERIFY(st.value().running);
    QVERIFY(s.startedByUs());
    QFileInfo sock(st.value().socketDir);
    QCOMPARE(sock.permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther | QFile::ReadGroup),
        QFileDevice::Permissions());
    auto c = db::PgConnection::open(st.value().conninfo);
    QVERIFY(c.ok());
    QCOMPARE(c.value()->database(), QStringLiteral("targo"));
    // Only the private socket: no TCP listener.
    QCOMPARE(c.value()->exec("SHOW listen_addresses").value().text(0, 0), QString());

    // A second instance reuses the running server.
    EmbeddedServer second(base);
    auto st2 = second.start();
    QVERIFY(st2.ok());
    QCOMPARE(st2.value().pid, st.value().pid);
    QVERIFY(!second.startedByUs());
    // ...and does not stop it while another client is connected.
    QVERIFY(second.stop(true).ok());
    QVERIFY(s.status().value().running);
    QVERIFY(c.value()->ping());
    c = Error::internal(QString()); // disconnect
    QVERIFY(s.stop().ok());
    QVERIFY(!s.status().value().running);
    // Start twice is fast and changes nothing.
    QVERIFY(s.start().ok());
    QVERIFY(s.start().ok());
    QVERIFY(s.stop().ok());
}

void TestEmbeddedServer::crashRecoveryKeepsCommittedData()
{
    const QString base = newBase();
    EmbeddedServer s(base);
    auto st = s.start();
    QVERIFY(st.ok());
    {
        auto c = db::PgConnection::open(st.value().conninfo);
        QVERIFY(c.ok());
        // Tests run the server with synchronous_commit off for speed; this commit must be durable.
        QVERIFY(c.value()->exec("SET synchronous_commit = on").ok());
        QVERIFY(c.value()->exec("CREATE TABLE kept (id int)").ok());
        QVERIFY(c.value()->exec("INSERT INTO kept VALUES (42)").ok());
    }
    QVERIFY(::kill(static_cast<pid_t>(st.value().pid), SIGKILL) == 0);
    QTest::qWait(500);
    QVERIFY(QFileInfo::exists(s.dataDir() + QStringLiteral("/postmaster.pid"))); // left behind by the crash
    auto again = s.start();
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().userMessage + again.error().detail));
    QVERIFY(again.value().pid != st.value().pid);
    auto c = db::PgConnection::open(again.value().conninfo);
    QVERIFY(c.ok());
    auto kept = c.value()->exec("SELECT id FROM kept");
    QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().detail));
    QCOMPARE(kept.value().int32(0, 0), 42);
    c = Error::internal(QString());
    QVERIFY(s.stop().ok());
}

void TestEmbeddedServer::stalePidFileFromAnotherProgram()
{
    const QString base = newBase();
    EmbeddedServer s(base);
    QVERIFY(s.start().ok());
    QVERIFY(s.stop().ok());
    // postmaster.pid naming a live process that is not PostgreSQL (this test).
    QFile pid(s.dataDir() + QStringLiteral("/postmaster.pid"));
    QVERIFY(pid.open(QIODevice::WriteOnly));
    pid.write(QByteArray::number(QCoreApplication::applicationPid()) + "\n" + QFile::encodeName(s.dataDir()) + "\n");
    pid.close();
    auto st = s.start();
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().userMessage + st.error().detail));
    QVERIFY(st.value().running);
    QVERIFY(s.stop().ok());
}

void TestEmbeddedServer::refusesForeignFolder()
{
    const QString base = newBase();
    EmbeddedServer s(base);
    QVERIFY(QDir().mkpath(s.dataDir()));
    QFile f(s.dataDir() + QStringLiteral("/my-thesis.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    auto st = s.start();
    QVERIFY(!st.ok());
    QVERIFY(st.error().userMessage.contains(s.dataDir()));
    QVERIFY(QFileInfo::exists(f.fileName())); // untouched
}

void TestEmbeddedServer::refusesDamagedOrOtherVersion()
{
    const QString base = newBase();
    EmbeddedServer s(base);
    QVERIFY(s.start().ok());
    QVERIFY(s.stop().ok());
    const QString pgVersion = s.dataDir() + QStringLiteral("/PG_VERSION");
    QFile v(pgVersion);
    QVERIFY(v.open(QIODevice::WriteOnly | QIODevice::Truncate));
    v.write("garbage\n");
    v.close();
    auto damaged = s.start();
    QVERIFY(!damaged.ok());
    QVERIFY(!damaged.error().userMessage.isEmpty());
    QVERIFY(QFileInfo::exists(s.dataDir() + QStringLiteral("/base"))); // nothing deleted
    QVERIFY(v.open(QIODevice::WriteOnly | QIODevice::Truncate));
    v.write("9\n");
    v.close();
    auto other = s.start();
    QVERIFY(!other.ok());
    QVERIFY(other.error().userMessage.contains(QLatin1String("9")));
}

void TestEmbeddedServer::missingBinaries()
{
    const QByteArray saved = qgetenv("TARGO_PG_BINDIR");
    qputenv("TARGO_PG_BINDIR", "/nonexistent/pg/bin");
    auto bin = EmbeddedServer::findBinDir();
    QVERIFY(!bin.ok());
    QVERIFY(bin.error().userMessage.contains(QLatin1String("TARGO_PG_BINDIR")));
    EmbeddedServer s(newBase());
    auto st = s.start();
    QVERIFY(!st.ok());
    QVERIFY(!QFileInfo::exists(s.dataDir() + QStringLiteral("/PG_VERSION")));
    if (saved.isEmpty())
        qunsetenv("TARGO_PG_BINDIR");
    else
        qputenv("TARGO_PG_BINDIR", saved);
}

QTEST_GUILESS_MAIN(TestEmbeddedServer)
#include "TestEmbeddedServer.moc"
