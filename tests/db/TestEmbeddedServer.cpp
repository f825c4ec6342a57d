// The embedded cluster launcher: create, start, reuse, stop, crash recovery, stale postmaster.pid, refusals; and its
// hardening: peer authentication through one ident map, no TCP, private socket folders, foreign folders untouched,
// a cleaned environment for the server.
#include <csignal>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

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
    void peerAuthenticationAndNoTcp();
    void upgradesTrustClusterInPlace();
    void refusesSymlinkedOrOpenSocketFolder();
    void fallbackSocketFolderIsFreshAndPrivate();
    void refusesForeignNonEmptyBaseFolder();
    void serverEnvironmentHasNoSecrets();
    void relocationDecidedBeforeTheFolderExists();

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

namespace {
QString errorText(const Result<EmbeddedStatus> &r)
{
    return r.ok() ? QString() : r.error().userMessage + QStringLiteral(" | ") + r.error().detail;
}

uid_t serverUid()
{
    if (::geteuid() != 0)
        return ::geteuid();
    const passwd *pw = ::getpwnam("targo-pg");
    return pw ? pw->pw_uid : 0;
}

// lstat: a real folder, owned by the server's account, nothing for group or others.
bool isPrivateDir(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == serverUid()
        && (st.st_mode & 077) == 0;
}

QString asRole(QString conninfo, const QString &role)
{
    conninfo.replace(QStringLiteral("user=targo"), QStringLiteral("user=") + role);
    return conninfo;
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void chownToServer(const QString &path)
{
    if (::geteuid() == 0)
        QVERIFY(::lchown(QFile::encodeName(path).constData(), serverUid(), static_cast<gid_t>(-1)) == 0);
}
} // namespace

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

void TestEmbeddedServer::peerAuthenticationAndNoTcp()
{
    EmbeddedServer s(newBase());
    auto st = s.start();
    QVERIFY2(st.ok(), qPrintable(errorText(st)));
    auto c = db::PgConnection::open(st.value().conninfo);
    QVERIFY(c.ok());
    // The server's own reading of pg_hba.conf: the socket authenticates by peer through the map, TCP is rejected,
    // and nothing trusts.
    auto rules = c.value()->exec("SELECT type, auth_method, coalesce(array_to_string(options, ','), ''), "
                                 "coalesce(error, '') FROM pg_hba_file_rules ORDER BY line_number");
    QVERIFY(rules.ok());
    int local = 0;
    int host = 0;
    for (int i = 0; i < rules.value().rows(); ++i) {
        const QString type = rules.value().text(i, 0);
        const QString method = rules.value().text(i, 1);
        QVERIFY2(rules.value().text(i, 3).isEmpty(), qPrintable(rules.value().text(i, 3)));
        QVERIFY2(method != QLatin1String("trust"), qPrintable(type));
        if (type == QLatin1String("local")) {
            ++local;
            QCOMPARE(method, QStringLiteral("peer"));
            QCOMPARE(rules.value().text(i, 2), QStringLiteral("map=targo"));
        } else {
            ++host;
            QCOMPARE(method, QStringLiteral("reject"));
        }
    }
    QCOMPARE(local, 1);
    QVERIFY(host >= 1);
    // One mapping: the system account running us (root in CI, mapped while the server runs as targo-pg) → targo.
    auto map = c.value()->exec("SELECT map_name, sys_name, pg_username FROM pg_ident_file_mappings");
    QVERIFY(map.ok());
    QCOMPARE(map.value().rows(), 1);
    QCOMPARE(map.value().text(0, 0), QStringLiteral("targo"));
    QCOMPARE(map.value().text(0, 1), QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name));
    QCOMPARE(map.value().text(0, 2), QStringLiteral("targo"));

    // Another role, even a superuser, cannot be used from this account.
    QVERIFY(c.value()->exec("CREATE ROLE intruder LOGIN SUPERUSER").ok());
    auto intruder = db::PgConnection::open(asRole(st.value().conninfo, QStringLiteral("intruder")), 3);
    QVERIFY(!intruder.ok());
    QVERIFY2(intruder.error().detail.contains(QLatin1String("authentication failed"))
            || intruder.error().detail.contains(QLatin1String("no pg_hba")),
        qPrintable(intruder.error().detail));

    // listen_addresses is also on the server's command line, so even ALTER SYSTEM cannot open TCP.
    const QByteArray cmdline = procFile(st.value().pid, "cmdline");
    QVERIFY2(cmdline.split('\0').contains("listen_addresses="), cmdline.constData());
    QVERIFY(c.value()->exec("ALTER SYSTEM SET listen_addresses = '127.0.0.1'").ok());
    c = Error::internal(QString());
    QVERIFY(s.stop().ok());
    auto again = s.start();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    c = db::PgConnection::open(again.value().conninfo);
    QVERIFY(c.ok());
    QCOMPARE(c.value()->exec("SHOW listen_addresses").value().text(0, 0), QString());
    // A TCP attempt on the cluster's port gets nowhere.
    auto tcp = db::PgConnection::open(
        QStringLiteral("host=127.0.0.1 port=%1 user=targo dbname=postgres sslmode=disable").arg(EmbeddedServer::kPort),
        3);
    QVERIFY(!tcp.ok());
    QVERIFY(c.value()->exec("ALTER SYSTEM RESET listen_addresses").ok());
    c = Error::internal(QString());
    QVERIFY(s.stop().ok());
}

void TestEmbeddedServer::upgradesTrustClusterInPlace()
{
    // A cluster made by an earlier version trusted every local connection; the next start replaces that.
    EmbeddedServer s(newBase());
    auto st = s.start();
    QVERIFY2(st.ok(), qPrintable(errorText(st)));
    {
        auto c = db::PgConnection::open(st.value().conninfo);
        QVERIFY(c.ok());
        QVERIFY(c.value()->exec("CREATE ROLE intruder LOGIN").ok());
    }
    QVERIFY(s.stop().ok());
    const QString hbaPath = s.dataDir() + QStringLiteral("/pg_hba.conf");
    QFile hba(hbaPath);
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("local all all trust\nhost all all 127.0.0.1/32 trust\n");
    hba.close();
    auto again = s.start();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    auto intruder = db::PgConnection::open(asRole(again.value().conninfo, QStringLiteral("intruder")), 3);
    QVERIFY(!intruder.ok());
    auto c = db::PgConnection::open(again.value().conninfo);
    QVERIFY(c.ok());
    QCOMPARE(c.value()->exec("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust'").value().int64(0, 0),
        qint64(0));
    QVERIFY(hba.open(QIODevice::ReadOnly));
    QVERIFY(!hba.readAll().contains("trust"));
    hba.close();
    struct stat info
    {
    };
    QVERIFY(::stat(QFile::encodeName(hbaPath).constData(), &info) == 0);
    QCOMPARE(info.st_uid, serverUid());
    QCOMPARE(info.st_mode & 077, 0u);
    c = Error::internal(QString());
    QVERIFY(s.stop().ok());
}

void TestEmbeddedServer::refusesSymlinkedOrOpenSocketFolder()
{
    const QString base = newBase();
    EmbeddedServer s(base);
    QVERIFY(s.start().ok());
    QVERIFY(s.stop().ok());
    const QString run = QFileInfo(s.dataDir()).absolutePath() + QStringLiteral("/run");
    QVERIFY(isPrivateDir(run));

    // Replaced by a symbolic link (to a folder that is itself private): refused, never followed.
    const QString elsewhere = m_dirs.last()->path() + QStringLiteral("/elsewhere");
    QVERIFY(QDir().rename(run, elsewhere));
    QVERIFY(QFile::link(elsewhere, run));
    chownToServer(run);
    auto linked = s.start();
    QVERIFY(!linked.ok());
    QVERIFY2(linked.error().userMessage.contains(run), qPrintable(linked.error().userMessage));
    QVERIFY(!s.status().value().running);
    QVERIFY(!QFileInfo::exists(elsewhere + QStringLiteral("/.s.PGSQL.5432")));
    QVERIFY(QFile::remove(run));
    QVERIFY(QDir().rename(elsewhere, run));

    // Open to the group: refused too, and left as it is (someone changed it; we do not guess why).
    QVERIFY(::chmod(QFile::encodeName(run).constData(), 0770) == 0);
    auto open = s.start();
    QVERIFY(!open.ok());
    QVERIFY(!s.status().value().running);
    QCOMPARE(QFileInfo(run).permissions() & QFile::WriteGroup, QFile::WriteGroup);
    QVERIFY(::chmod(QFile::encodeName(run).constData(), 0700) == 0);
    auto fine = s.start();
    QVERIFY2(fine.ok(), qPrintable(errorText(fine)));
    QVERIFY(s.stop().ok());
}

void TestEmbeddedServer::fallbackSocketFolderIsFreshAndPrivate()
{
    // A cluster path too long for a socket path gets its socket folder elsewhere.
    newBase();
    const QString deep = m_dirs.last()->path() + QLatin1Char('/') + QString(70, QLatin1Char('d'));
    QVERIFY(QDir().mkpath(deep));
    const QString base = deep + QStringLiteral("/pg");
    QTemporaryDir runtime(QStringLiteral("/tmp/ops-xdg-XXXXXX"));
    QVERIFY(runtime.isValid());
    QVERIFY(::chmod(QFile::encodeName(runtime.path()).constData(), 0700) == 0);
    const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    auto restore = qScopeGuard([&] {
        if (savedRuntime.isEmpty())
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", savedRuntime);
    });

    EmbeddedServer s(base);
    // Earlier versions used a predictable name in /tmp: one planted there (a link to a decoy) must not be used.
    const QByteArray h = QCryptographicHash::hash(s.dataDir().toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    const QString planted = QStringLiteral("/tmp/targo-pg-%1-%2").arg(::geteuid()).arg(QString::fromLatin1(h));
    const QString decoy = m_dirs.last()->path() + QStringLiteral("/decoy");
    QVERIFY(QDir().mkpath(decoy));
    QFile::remove(planted);
    QVERIFY(QFile::link(decoy, planted));
    auto unplant = qScopeGuard([&] { QFile::remove(planted); });

    auto st = s.start();
    QVERIFY2(st.ok(), qPrintable(errorText(st)));
    const QString sock = st.value().socketDir;
    QVERIFY(sock != planted);
    QVERIFY2(isPrivateDir(sock), qPrintable(sock));
    // Non-root: under $XDG_RUNTIME_DIR. Root: the server's account cannot enter root's runtime folder, so /tmp.
    QCOMPARE(QFileInfo(sock).absolutePath(), ::geteuid() == 0 ? QStringLiteral("/tmp") : runtime.path());
    QVERIFY(QFileInfo(sock).fileName().startsWith(QLatin1String("targo-pg-")));
    QVERIFY(QDir(decoy).isEmpty());

    // A second instance finds it through postmaster.pid and reuses the server.
    EmbeddedServer second(base);
    auto st2 = second.start();
    QVERIFY2(st2.ok(), qPrintable(errorText(st2)));
    QCOMPARE(st2.value().pid, st.value().pid);
    QCOMPARE(st2.value().socketDir, sock);

    // ...but not once the folder is open to the group: it is checked before anything connects through it.
    QVERIFY(::chmod(QFile::encodeName(sock).constData(), 0770) == 0);
    EmbeddedServer third(base);
    auto st3 = third.start();
    QVERIFY(!st3.ok());
    QVERIFY2(st3.error().userMessage.contains(sock), qPrintable(st3.error().userMessage));
    QVERIFY(::chmod(QFile::encodeName(sock).constData(), 0700) == 0);

    // After a crash the next start makes a new folder and clears the old one.
    QVERIFY(::kill(static_cast<pid_t>(st.value().pid), SIGKILL) == 0);
    QTest::qWait(500);
    auto again = s.start();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QVERIFY(again.value().socketDir != sock);
    QVERIFY(isPrivateDir(again.value().socketDir));
    QVERIFY(!QFileInfo::exists(sock));
    QVERIFY(s.stop().ok());
    QVERIFY(!QFileInfo::exists(again.value().socketDir));
}

void TestEmbeddedServer::refusesForeignNonEmptyBaseFolder()
{
    const QString base = newBase();
    QVERIFY(QDir().mkpath(base));
    QVERIFY(::chmod(QFile::encodeName(base).constData(), 0755) == 0);
    QFile f(base + QStringLiteral("/notes.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("mine");
    f.close();
    struct stat before
    {
    };
    QVERIFY(::stat(QFile::encodeName(base).constData(), &before) == 0);

    EmbeddedServer s(base);
    auto st = s.start();
    QVERIFY(!st.ok());
    QVERIFY2(st.error().userMessage.contains(base), qPrintable(st.error().userMessage));
    // Untouched: same owner and mode, nothing added, the file as it was.
    struct stat after
    {
    };
    QVERIFY(::stat(QFile::encodeName(base).constData(), &after) == 0);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(QDir(base).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList{QStringLiteral("notes.txt")});
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("mine"));

    // A folder the app made itself (an interrupted first start, say) is fine.
    EmbeddedServer fresh(newBase());
    QVERIFY(fresh.start().ok());
    QVERIFY(fresh.stop().ok());
    QVERIFY(fresh.start().ok());
    QVERIFY(fresh.stop().ok());
}

void TestEmbeddedServer::serverEnvironmentHasNoSecrets()
{
    qputenv("TARGO_TWILIO_AUTH_TOKEN", "tw-secret-4242");
    qputenv("PGPASSWORD", "pg-secret-4242");
    auto restore = qScopeGuard([] {
        qunsetenv("TARGO_TWILIO_AUTH_TOKEN");
        qunsetenv("PGPASSWORD");
    });
    EmbeddedServer s(newBase());
    auto st = s.start();
    QVERIFY2(st.ok(), qPrintable(errorText(st)));
    const QByteArray serverEnv = procFile(st.value().pid, "environ");
    QVERIFY(serverEnv.contains("PATH="));
    QVERIFY(!serverEnv.contains("tw-secret-4242"));
    QVERIFY(!serverEnv.contains("TARGO_"));
    QVERIFY(!serverEnv.contains("PGPASSWORD"));
    QVERIFY(!serverEnv.contains("pg-secret-4242"));
    QVERIFY(s.stop().ok());
}

void TestEmbeddedServer::relocationDecidedBeforeTheFolderExists()
{
    // As root, a base folder under a parent the server's account cannot enter (a 0700 home) moves the cluster to
    // /var/lib/targo-ops. The decision must be the same before the base folder exists (the first start) and after,
    // or initdb gets the unreachable path.
    if (::geteuid() != 0)
        QSKIP("the data folder is relocated only when the app runs as root");
    auto home = std::make_shared<QTemporaryDir>(QStringLiteral("/tmp/ops-home-XXXXXX")); // 0700
    m_dirs << home;
    const QString base = home->path() + QStringLiteral("/.local/share/TARGO/Targo Ops/pg");
    EmbeddedServer s(base);
    const QString before = s.dataDir();
    QVERIFY2(before.startsWith(QStringLiteral("/var/lib/targo-ops/")), qPrintable(before));
    auto st = s.start();
    QVERIFY2(st.ok(), qPrintable(errorText(st)));
    QCOMPARE(st.value().dataDir, before);
    QCOMPARE(s.dataDir(), before);
    QVERIFY(s.stop().ok());
    QDir(QFileInfo(before).absolutePath()).removeRecursively();
}

QTEST_GUILESS_MAIN(TestEmbeddedServer)
#include "TestEmbeddedServer.moc"
