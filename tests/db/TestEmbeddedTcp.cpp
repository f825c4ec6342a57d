// The embedded cluster's TCP + password mode (EmbeddedOptions::tcp: the Windows default, TARGO_PG_TCP=1 on Linux),
// through the same launcher as the app (TestCluster → EmbeddedServer): 127.0.0.1 only on a remembered free port,
// scram-sha-256 with the password, no Unix socket; a wrong or missing password refused; a restart reuses the data, the
// port and the password; a port taken by another program is replaced.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "tests/support/TestCluster.h"

using namespace ops;

class TestEmbeddedTcp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listensOnLoopbackWithPassword();
    void noUnixSocket();
    void wrongPasswordIsRefused();
    void missingPasswordStartsNothing();
    void refusesSocketModeCluster();
    void restartReusesDataPortAndPassword();
    void takenPortIsReplaced();
    void cleanupTestCase();

private:
    EmbeddedServer *server() const { return m_cluster->server(); }
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_password;
};

namespace {
QString errorText(const Error &e)
{
    return e.userMessage + QStringLiteral(" | ") + e.detail;
}

int rememberedPort(const EmbeddedServer &s)
{
    QFile f(s.portFile());
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed().toInt() : 0;
}

QString scalar(const QString &conninfo, const char *sql)
{
    auto c = db::PgConnection::open(conninfo, 5);
    if (!c.ok())
        return QStringLiteral("<no connection: %1>").arg(c.error().detail);
    auto r = c.value()->exec(sql);
    return r.ok() ? r.value().text(0, 0) : QStringLiteral("<error: %1>").arg(r.error().detail);
}
} // namespace

void TestEmbeddedTcp::initTestCase()
{
    EmbeddedOptions options;
    options.tcp = true;
    m_password = EmbeddedServer::newPassword();
    options.password = m_password;
    m_cluster = std::make_unique<test::TestCluster>(options);
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QVERIFY(server()->tcpMode());
}

void TestEmbeddedTcp::listensOnLoopbackWithPassword()
{
    QCOMPARE(m_password.size(), 32); // 192 bits, base64url
    QVERIFY(m_password != EmbeddedServer::newPassword());
    auto st = server()->status();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : errorText(st.error())));
    QVERIFY(st.value().running);
    QVERIFY(st.value().tcp);
    QVERIFY(st.value().port > 0);
    QCOMPARE(rememberedPort(*server()), st.value().port);
    QVERIFY(st.value().conninfo.contains(QStringLiteral("host=127.0.0.1")));
    QVERIFY(!db::maskConninfo(st.value().conninfo).contains(m_password));
    const QString info = m_cluster->adminConninfo();
    QCOMPARE(scalar(info, "SELECT host(inet_server_addr())"), QStringLiteral("127.0.0.1"));
    QCOMPARE(scalar(info, "SHOW listen_addresses"), QStringLiteral("127.0.0.1"));
    QCOMPARE(scalar(info, "SHOW password_encryption"), QStringLiteral("scram-sha-256"));
    // The role's stored password is a SCRAM verifier (initdb --pwfile with --auth=scram-sha-256).
    QVERIFY(scalar(info, "SELECT rolpassword FROM pg_authid WHERE rolname = 'targo'").startsWith(u"SCRAM-SHA-256$"));
    // Every rule but the loopback one rejects; none is a local (socket) or trust/peer rule.
    QCOMPARE(scalar(info,
                 "SELECT string_agg(type || ' ' || coalesce(address, '-') || ' ' || auth_method, ',' ORDER BY "
                 "line_number) FROM pg_hba_file_rules"),
        QStringLiteral("host 127.0.0.1 scram-sha-256,host all reject"));
    // The initdb password file is gone.
    QVERIFY(!QFileInfo::exists(QFileInfo(server()->dataDir()).absolutePath() + QStringLiteral("/initdb-password")));
}

void TestEmbeddedTcp::noUnixSocket()
{
    QCOMPARE(scalar(m_cluster->adminConninfo(), "SHOW unix_socket_directories"), QString());
    QVERIFY(server()->status().value().socketDir.isEmpty());
    // No socket file anywhere in the cluster's folders, and no run folder was made.
    const QString base = QFileInfo(server()->dataDir()).absolutePath();
    QVERIFY(!QFileInfo::exists(base + QStringLiteral("/run")));
    QDirIterator it(base, {QStringLiteral(".s.PGSQL.*")}, QDir::AllEntries | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
    // The socket-mode conninfo (a folder as host) does not reach it.
    QVERIFY(!db::PgConnection::open(QStringLiteral("host=%1 port=%2 user=targo dbname=postgres")
                                        .arg(base + QStringLiteral("/run"))
                                        .arg(server()->port()),
        3)
                 .ok());
}

void TestEmbeddedTcp::wrongPasswordIsRefused()
{
    const int port = server()->port();
    auto direct = db::PgConnection::open(
        QStringLiteral("host=127.0.0.1 port=%1 user=targo password=wrong dbname=postgres").arg(port), 5);
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error().kind, Error::Kind::Auth);
    auto none = db::PgConnection::open(QStringLiteral("host=127.0.0.1 port=%1 user=targo dbname=postgres "
                                                      "password=''")
                                           .arg(port),
        5);
    QVERIFY(!none.ok());
    // Another role, even with the right password, is rejected.
    auto other = db::PgConnection::open(
        QStringLiteral("host=127.0.0.1 port=%1 user=postgres password=%2 dbname=postgres").arg(port).arg(m_password),
        5);
    QVERIFY(!other.ok());

    // The launcher with the wrong password: sees a server it may not use, and says so instead of starting another.
    EmbeddedOptions wrong;
    wrong.tcp = true;
    wrong.password = EmbeddedServer::newPassword();
    EmbeddedServer intruder(QFileInfo(server()->dataDir()).absolutePath(), wrong);
    auto st = intruder.status();
    QVERIFY(st.ok());
    QVERIFY(!st.value().running);
    QVERIFY(st.value().passwordRefused);
    auto started = intruder.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, Error::Kind::Auth);
    QVERIFY(!started.error().userMessage.isEmpty());
    QVERIFY(server()->status().value().running); // untouched
}

void TestEmbeddedTcp::missingPasswordStartsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EmbeddedOptions options;
    options.tcp = true;
    EmbeddedServer s(dir.path() + QStringLiteral("/pg"), options);
    auto st = s.start();
    QVERIFY(!st.ok());
    QVERIFY(!st.error().userMessage.isEmpty());
    QVERIFY(!QFileInfo::exists(s.dataDir()));
}

void TestEmbeddedTcp::refusesSocketModeCluster()
{
    // A cluster made for the private socket (peer, no password), then opened in TCP mode: refused before any start.
    const QString base = m_cluster->baseDir() + QStringLiteral("/socket-made");
    EmbeddedOptions socketMode;
    socketMode.tcp = false;
    EmbeddedServer made(base, socketMode);
    QVERIFY(made.init().ok());
    QVERIFY(!QFileInfo::exists(made.portFile()));
    EmbeddedOptions options;
    options.tcp = true;
    options.password = m_password;
    EmbeddedServer tcp(base, options);
    auto st = tcp.start();
    QVERIFY(!st.ok());
    QVERIFY(st.error().userMessage.contains(QStringLiteral("TARGO_PG_TCP")));
    QVERIFY(!tcp.status().value().running);
    QVERIFY(!QFileInfo::exists(tcp.dataDir() + QStringLiteral("/postmaster.pid")));
}

void TestEmbeddedTcp::restartReusesDataPortAndPassword()
{
    const QString db = [&] {
        auto fresh = m_cluster->freshDatabase(false);
        return fresh.ok() ? fresh.value() : QString();
    }();
    QVERIFY(!db.isEmpty());
    {
        auto c = db::PgConnection::open(db, 5);
        QVERIFY(c.ok());
        QVERIFY(c.value()->exec("CREATE TABLE kept (v int)").ok());
        QVERIFY(c.value()->exec("INSERT INTO kept VALUES (42)").ok());
    }
    const int port = server()->port();
    QVERIFY(server()->stop().ok());
    QVERIFY(!server()->status().value().running);

    // A new launcher (the next run of the app) with the password from the credential store.
    EmbeddedOptions options;
    options.tcp = true;
    options.password = m_password;
    EmbeddedServer again(QFileInfo(server()->dataDir()).absolutePath(), options);
    QCOMPARE(again.dataDir(), server()->dataDir());
    QCOMPARE(again.port(), port); // read back from the port file
    auto st = again.start();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : errorText(st.error())));
    QCOMPARE(st.value().port, port);
    QCOMPARE(scalar(db, "SELECT v FROM kept"), QStringLiteral("42"));
}

void TestEmbeddedTcp::takenPortIsReplaced()
{
    const int port = server()->port();
    QVERIFY(server()->stop().ok());
    // Another program takes the port while the app is closed.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, static_cast<quint16>(port)));

    EmbeddedOptions options;
    options.tcp = true;
    options.password = m_password;
    EmbeddedServer again(QFileInfo(server()->dataDir()).absolutePath(), options);
    auto st = again.start();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : errorText(st.error())));
    QVERIFY(st.value().port != port);
    QCOMPARE(rememberedPort(again), st.value().port);
    QCOMPARE(scalar(st.value().conninfo, "SELECT 1"), QStringLiteral("1"));
    // The test cluster's launcher follows the new port (read from the port file) for the clean-up.
    QVERIFY(again.stop().ok());
    squatter.close();
}

void TestEmbeddedTcp::cleanupTestCase()
{
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestEmbeddedTcp)
#include "TestEmbeddedTcp.moc"
