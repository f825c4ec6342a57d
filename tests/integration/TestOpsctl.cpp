// targo-opsctl end to end, as an operator runs it: db init/start/status/stop, migrate, search --json, and the
// one-line errors with a non-zero exit for a dead server, a wrong password, an unknown command, a newer schema.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/Migrator.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"

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

private:
    Run opsctl(const QStringList &args);
    QTemporaryDir m_dir{QStringLiteral("/tmp/ops-ctl-XXXXXX")};
    QString m_embedded;
};

Run TestOpsctl::opsctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TARGO_PG_FAST"), QStringLiteral("1"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
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

QTEST_GUILESS_MAIN(TestOpsctl)
#include "TestOpsctl.moc"
