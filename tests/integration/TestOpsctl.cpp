// targo-opsctl end to end, as an operator runs it: db init/start/status/stop, migrate, search --json, and the
// one-line errors with a non-zero exit for a dead server, a wrong password, an unknown command, a newer schema.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/db/Migrator.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"

using namespace ops;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestOpsctl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void lifecycle();
    void migrateAndSearchJson();
    void hostileSearchText();
    void errorsAreOneLineAndNonZero();
    void wrongPassword();
    void newerSchemaIsRefused();
    void olderSchemaOnServerAsksForMigrate();
    void demoReplaceOnServerNeedsTheDatabaseName();
    void dbPasswordNeverOnCommandLine();
    void workerIsNotDumpable();

private:
    Run opsctl(const QStringList &args, const QMap<QString, QString> &extraEnv = {});
    QTemporaryDir m_dir{QStringLiteral("/tmp/ops-ctl-XXXXXX")};
    QString m_embedded;
};

Run TestOpsctl::opsctl(const QStringList &args, const QMap<QString, QString> &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TARGO_PG_FAST"), QStringLiteral("1"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("OPS_BINARY_DIR") + QStringLiteral("/app/targo-opsctl"),
        args.contains(QStringLiteral("--lang")) ? args
                                                : QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    Run r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestOpsctl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther | QFile::ExeGroup | QFile::ReadGroup
            | QFile::ReadOther);
    m_embedded = m_dir.path() + QStringLiteral("/pg");
    QVERIFY(QFileInfo(qEnvironmentVariable("OPS_BINARY_DIR") + QStringLiteral("/app/targo-opsctl")).isExecutable());
}

void TestOpsctl::cleanupTestCase()
{
    (void)opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("db"), QStringLiteral("stop")});
}

void TestOpsctl::lifecycle()
{
    auto status = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("--json"), QStringLiteral("db"),
        QStringLiteral("status")});
    QCOMPARE(status.code, 0);
    auto o = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("initialized")).toBool(), false);

    auto init = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY2(init.code == 0, qPrintable(init.err));
    auto start = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("--json"), QStringLiteral("db"),
        QStringLiteral("start")});
    QVERIFY2(start.code == 0, qPrintable(start.err));
    o = QJsonDocument::fromJson(start.out.toUtf8()).object();
    QVERIFY(o.value(QStringLiteral("running")).toBool());
    const qint64 pid = o.value(QStringLiteral("pid")).toInteger();
    // Starting again reuses the same server and changes nothing.
    auto again = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("--json"), QStringLiteral("db"),
        QStringLiteral("start")});
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("pid")).toInteger(), pid);
    auto stop = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("db"), QStringLiteral("stop")});
    QCOMPARE(stop.code, 0);
    status = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("--json"), QStringLiteral("db"),
        QStringLiteral("status")});
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("running")).toBool(), false);
}

void TestOpsctl::migrateAndSearchJson()
{
    auto m = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("--json"), QStringLiteral("db"),
        QStringLiteral("migrate")});
    QVERIFY2(m.code == 0, qPrintable(m.err));
    auto mo = QJsonDocument::fromJson(m.out.toUtf8()).object();
    QVERIFY(mo.value(QStringLiteral("to")).toInt() >= 2);
    auto m2 = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("--json"), QStringLiteral("db"),
        QStringLiteral("migrate")});
    QCOMPARE(QJsonDocument::fromJson(m2.out.toUtf8()).object().value(QStringLiteral("applied")).toArray().size(), 0);

    EmbeddedServer server(m_embedded);
    auto c = db::PgConnection::open(server.status().value().conninfo);
    QVERIFY(c.ok());
    QVERIFY(c.value()
                ->exec("INSERT INTO customers (display_name, phone) VALUES ('Anne-Marie Lévesque', "
                       "'(450) 555-0142')")
                .ok());
    auto s = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("search"), QStringLiteral("--json"),
        QStringLiteral("levesque")});
    QVERIFY2(s.code == 0, qPrintable(s.err));
    const auto arr = QJsonDocument::fromJson(s.out.toUtf8()).array();
    QCOMPARE(arr.size(), 1);
    QCOMPARE(arr.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("customer"));
    QCOMPARE(arr.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Anne-Marie Lévesque"));
    auto phone =
        opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("search"), QStringLiteral("450.555.0142")});
    QCOMPARE(phone.code, 0);
    QVERIFY(phone.out.contains(QLatin1String("CUST-")));
}

void TestOpsctl::hostileSearchText()
{
    for (const QString &q : {QStringLiteral("%_\\'\""), QStringLiteral("😀"), QString(10240, QLatin1Char('x'))}) {
        auto s =
            opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("--json"), QStringLiteral("search"), q});
        QVERIFY2(s.code == 0, qPrintable(s.err));
        QVERIFY(QJsonDocument::fromJson(s.out.toUtf8()).isArray());
    }
}

void TestOpsctl::errorsAreOneLineAndNonZero()
{
    auto dead = opsctl({QStringLiteral("--db"), QStringLiteral("host=127.0.0.1 port=1 connect_timeout=2"),
        QStringLiteral("search"), QStringLiteral("x")});
    QCOMPARE(dead.code, 1);
    QCOMPARE(dead.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(dead.err.startsWith(QLatin1String("error: ")));
    QVERIFY(!dead.err.contains(QLatin1String("port=1"))); // no raw libpq text
    auto unknown = opsctl({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.code, 2);
    auto both = opsctl({QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--embedded"), QStringLiteral("y"),
        QStringLiteral("db"), QStringLiteral("status")});
    QCOMPARE(both.code, 2);
    auto noBins = [this] {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TARGO_PG_BINDIR"), QStringLiteral("/nonexistent"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("OPS_BINARY_DIR") + QStringLiteral("/app/targo-opsctl"),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--embedded"),
                m_dir.path() + QStringLiteral("/other"), QStringLiteral("db"), QStringLiteral("start")});
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    }();
    QCOMPARE(noBins.first, 1);
    QVERIFY(noBins.second.contains(QLatin1String("TARGO_PG_BINDIR")));
    // French messages.
    auto fr = opsctl({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("frobnicate")});
    QCOMPARE(fr.code, 2);
    QVERIFY2(fr.err.contains(QLatin1String("erreur")), qPrintable(fr.err));
}

void TestOpsctl::wrongPassword()
{
    // Require a password for one role on the embedded cluster, then give the wrong one.
    EmbeddedServer server(m_embedded);
    auto st = server.start();
    QVERIFY(st.ok());
    auto c = db::PgConnection::open(st.value().conninfo);
    QVERIFY(c.ok());
    QVERIFY(c.value()->exec("CREATE ROLE clerk LOGIN PASSWORD 'right-one'").ok());
    QFile hba(server.dataDir() + QStringLiteral("/pg_hba.conf"));
    QVERIFY(hba.open(QIODevice::ReadOnly));
    const QByteArray old = hba.readAll();
    hba.close();
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("local all clerk scram-sha-256\n" + old);
    hba.close();
    QVERIFY(c.value()->exec("SELECT pg_reload_conf()").ok());
    QTest::qWait(300);
    const QString base = st.value().conninfo;
    QString bad = base;
    bad.replace(QLatin1String("user=targo"), QLatin1String("user=clerk password=wrong-one"));
    auto r = opsctl({QStringLiteral("--db"), bad, QStringLiteral("search"), QStringLiteral("x")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("wrong-one")));
}

void TestOpsctl::newerSchemaIsRefused()
{
    EmbeddedServer server(m_embedded);
    auto c = db::PgConnection::open(server.status().value().conninfo);
    QVERIFY(c.ok());
    QVERIFY(
        c.value()->exec("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'future', 'x')").ok());
    auto r = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("search"), QStringLiteral("x")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("newer")), qPrintable(r.err));
    auto m = opsctl({QStringLiteral("--embedded"), m_embedded, QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(m.code, 1);
    QVERIFY(c.value()->exec("DELETE FROM schema_migrations WHERE version = 9999").ok());
}

void TestOpsctl::olderSchemaOnServerAsksForMigrate()
{
    EmbeddedServer server(m_embedded);
    auto admin = db::PgConnection::open(server.status().value().conninfo);
    QVERIFY(admin.ok());
    QVERIFY(admin.value()->exec("CREATE DATABASE older").ok());
    QString info = server.status().value().conninfo;
    info.replace(QLatin1String("dbname='targo'"), QLatin1String("dbname='older'"));
    {
        auto c = db::PgConnection::open(info);
        QVERIFY(c.ok());
        auto first = db::Migrator::embedded().mid(0, 1);
        QVERIFY(db::Migrator(*c.value(), first).migrate().ok());
    }
    // A shared server is never migrated behind the operator's back.
    auto r = opsctl({QStringLiteral("--db"), info, QStringLiteral("search"), QStringLiteral("x")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("db migrate")), qPrintable(r.err));
    auto m = opsctl({QStringLiteral("--db"), info, QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(m.code == 0, qPrintable(m.err));
    auto ok = opsctl({QStringLiteral("--db"), info, QStringLiteral("search"), QStringLiteral("x")});
    QCOMPARE(ok.code, 0);
}

void TestOpsctl::demoReplaceOnServerNeedsTheDatabaseName()
{
    EmbeddedServer server(m_embedded);
    const QString info = server.status().value().conninfo; // as a server: --db, database "targo"
    auto c = db::PgConnection::open(info);
    QVERIFY(c.ok());
    const auto customers = [&c] {
        return c.value()->exec("SELECT count(*) FROM customers").value().int64(0, 0);
    };
    const qint64 before = customers();
    QVERIFY(before > 0); // the customer added by migrateAndSearchJson

    const QStringList seed{QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--scale"),
        QStringLiteral("0.01"), QStringLiteral("--today"), QStringLiteral("2026-11-27"), QStringLiteral("--replace")};
    auto refused = opsctl(QStringList{QStringLiteral("--db"), info} + seed);
    QCOMPARE(refused.code, 1);
    QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(refused.err.contains(QLatin1String("--confirm-database targo")), qPrintable(refused.err));
    QCOMPARE(customers(), before);

    auto wrongName = opsctl(QStringList{QStringLiteral("--db"), info} + seed
        + QStringList{QStringLiteral("--confirm-database"), QStringLiteral("other")});
    QCOMPARE(wrongName.code, 1);
    QCOMPARE(customers(), before);

    auto fr = opsctl(QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), info} + seed);
    QCOMPARE(fr.code, 1);
    QVERIFY2(fr.err.contains(QLatin1String("confirmer")), qPrintable(fr.err));

    auto confirmed = opsctl(QStringList{QStringLiteral("--db"), info} + seed
        + QStringList{QStringLiteral("--confirm-database"), QStringLiteral("targo")});
    QVERIFY2(confirmed.code == 0, qPrintable(confirmed.err));
    QCOMPARE(customers(), 67);
}

void TestOpsctl::dbPasswordNeverOnCommandLine()
{
    // A role that must give its password (scram), reached with --db.
    EmbeddedServer server(m_embedded);
    auto st = server.start();
    QVERIFY(st.ok());
    auto c = db::PgConnection::open(st.value().conninfo);
    QVERIFY(c.ok());
    QVERIFY(c.value()->exec("CREATE ROLE teller LOGIN SUPERUSER PASSWORD 'teller-pass'").ok());
    QFile hba(server.dataDir() + QStringLiteral("/pg_hba.conf"));
    QVERIFY(hba.open(QIODevice::ReadOnly));
    const QByteArray old = hba.readAll();
    hba.close();
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("local all teller scram-sha-256\n" + old);
    hba.close();
    QVERIFY(c.value()->exec("SELECT pg_reload_conf()").ok());
    QTest::qWait(300);
    QString info = st.value().conninfo;
    info.replace(QLatin1String("user=targo"), QLatin1String("user=teller"));
    const QStringList args{QStringLiteral("--db"), info, QStringLiteral("search"), QStringLiteral("x")};
    const QString noPassFile = m_dir.path() + QStringLiteral("/no-such-pgpass");

    auto none = opsctl(args, {{QStringLiteral("PGPASSFILE"), noPassFile}});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(QLatin1String("password")), qPrintable(none.err));

    // TARGO_DB_PASSWORD.
    auto fromEnv = opsctl(args,
        {{QStringLiteral("PGPASSFILE"), noPassFile},
            {QStringLiteral("TARGO_DB_PASSWORD"), QStringLiteral("teller-pass")}});
    QVERIFY2(fromEnv.code == 0, qPrintable(fromEnv.err));
    QVERIFY2(!fromEnv.err.contains(QLatin1String("warning")), qPrintable(fromEnv.err));

    // PGPASSFILE, read by libpq itself: nothing in opsctl may get in its way.
    const QString passFile = m_dir.path() + QStringLiteral("/pgpass");
    QFile pf(passFile);
    QVERIFY(pf.open(QIODevice::WriteOnly));
    pf.write("*:*:*:teller:teller-pass\n");
    pf.close();
    QVERIFY(pf.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    auto fromFile = opsctl(args, {{QStringLiteral("PGPASSFILE"), passFile}});
    QVERIFY2(fromFile.code == 0, qPrintable(fromFile.err));

    // Still accepted inside CONNINFO for old scripts, with a warning that does not repeat it.
    auto inline_ = opsctl({QStringLiteral("--db"), info + QStringLiteral(" password=teller-pass"),
                              QStringLiteral("search"), QStringLiteral("x")},
        {{QStringLiteral("PGPASSFILE"), noPassFile}});
    QVERIFY2(inline_.code == 0, qPrintable(inline_.err));
    QVERIFY2(inline_.err.contains(QLatin1String("warning")), qPrintable(inline_.err));
    QVERIFY(!inline_.err.contains(QLatin1String("teller-pass")));
    auto fr = opsctl({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"),
                         info + QStringLiteral(" password=teller-pass"), QStringLiteral("search"), QStringLiteral("x")},
        {{QStringLiteral("PGPASSFILE"), noPassFile}});
    QVERIFY2(fr.err.contains(QLatin1String("avertissement")), qPrintable(fr.err));

    // The keychain entry the app saves for a profile (the tests run with a private Secret Service).
    SecretStore store;
    const QString profile = QStringLiteral("opsctl-test-%1").arg(QCoreApplication::applicationPid());
    auto written =
        store.write(QStringLiteral("db/") + profile + QStringLiteral("/password"), QStringLiteral("teller-pass"));
    QTRY_VERIFY(written.isFinished());
    QVERIFY2(written.result().ok(), qPrintable(written.result().ok() ? QString() : written.result().error().detail));
    auto fromKeychain = opsctl(
        args + QStringList{QStringLiteral("--db-keychain"), profile}, {{QStringLiteral("PGPASSFILE"), noPassFile}});
    QVERIFY2(fromKeychain.code == 0, qPrintable(fromKeychain.err));
    auto missing = opsctl(args + QStringList{QStringLiteral("--db-keychain"), profile + QStringLiteral("-none")},
        {{QStringLiteral("PGPASSFILE"), noPassFile}});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QLatin1String("keychain")), qPrintable(missing.err));
    auto removed = store.remove(QStringLiteral("db/") + profile + QStringLiteral("/password"));
    QTRY_VERIFY(removed.isFinished());

    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write(old);
    hba.close();
    QVERIFY(c.value()->exec("SELECT pg_reload_conf()").ok());
}

void TestOpsctl::workerIsNotDumpable()
{
    // A process that is not dumpable has its /proc/<pid>/* files (environ, mem, fd...) owned by root, whoever runs
    // it, so other processes of its account cannot read them. The process is run as an ordinary account (nobody,
    // when the test runs as root) and the owner of /proc/<pid>/environ is read while it waits for a database that
    // never answers (a TCP listener on 127.0.0.1 that accepts and stays silent).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString db = QStringLiteral("host=127.0.0.1 port=%1 user=nobody dbname=none sslmode=disable "
                                      "connect_timeout=60")
                           .arg(silent.serverPort());
    auto ownerWhileWaiting = [&](const QString &command) -> qint64 {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TARGO_TWILIO_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
        env.insert(QStringLiteral("TARGO_TWILIO_ACCOUNT_SID"), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        env.insert(QStringLiteral("TARGO_TWILIO_AUTH_TOKEN"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        env.insert(QStringLiteral("TARGO_TWILIO_FROM"), QStringLiteral("+15145550100"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] {
            if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
                ::_exit(126);
        });
        QStringList args{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, command};
        if (command == QLatin1String("search"))
            args << QStringLiteral("x");
        p.start(qEnvironmentVariable("OPS_BINARY_DIR") + QStringLiteral("/app/targo-opsctl"), args);
        if (!p.waitForStarted(10000))
            return -1;
        qint64 owner = -2;
        // Its connection attempt arrives after the start-up code (where the worker gives up dumpability) has run.
        if (silent.waitForNewConnection(30000)) {
            struct stat st
            {
            };
            if (::stat(QStringLiteral("/proc/%1/environ").arg(p.processId()).toLocal8Bit().constData(), &st) == 0)
                owner = st.st_uid;
            delete silent.nextPendingConnection();
        } else {
            qWarning() << p.readAllStandardError();
        }
        p.kill();
        p.waitForFinished(10000);
        return owner;
    };
    const qint64 account = ::geteuid() == 0 ? 65534 : ::geteuid();
    QVERIFY(account != 0);
    // Control: another command stays dumpable, so /proc/<pid>/environ belongs to its account.
    QCOMPARE(ownerWhileWaiting(QStringLiteral("search")), account);
    QCOMPARE(ownerWhileWaiting(QStringLiteral("worker")), qint64(0));
}

QTEST_GUILESS_MAIN(TestOpsctl)
#include "TestOpsctl.moc"
