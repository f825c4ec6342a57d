// targo-opsctl staff ...: as an operator runs it on the embedded database (whose own user is the admin). The
// temporary password is printed once, alone on standard output; refusals are one translated line on standard error,
// exit 1, and change nothing; usage errors exit 2.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestOpsctlStaff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{u"/tmp/ops-ctl-staff-XXXXXX"_s};
    QString m_embedded;

    Run opsctl(QStringList args, const QByteArray &stdinText = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TARGO_PG_FAST"_s, u"1"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        if (!args.contains(u"--lang"_s))
            args = QStringList{u"--lang"_s, u"en"_s} + args;
        p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
            QStringList{u"--embedded"_s, m_embedded} + args);
        p.write(stdinText);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    std::unique_ptr<db::PgConnection> connect()
    {
        EmbeddedServer server(m_embedded);
        auto st = server.start();
        if (!st.ok())
            return nullptr;
        auto c = db::PgConnection::open(st.value().conninfo);
        return c.ok() ? std::move(c.value()) : nullptr;
    }

    QJsonObject member(const QString &login)
    {
        const Run r = opsctl({u"staff"_s, u"list"_s, u"--json"_s});
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue &v : all) {
            if (v.toObject().value(u"login").toString() == login)
                return v.toObject();
        }
        return {};
    }

    QString stateOfEverything()
    {
        auto c = connect();
        if (!c)
            return u"<no connection>"_s;
        auto r = c->exec("SELECT concat_ws(' | ',"
                         " (SELECT string_agg(concat_ws(',', rolname, rolcanlogin, md5(coalesce(rolpassword, ''))),"
                         "   ';' ORDER BY rolname) FROM pg_authid),"
                         " (SELECT string_agg(r.rolname || '>' || g.rolname, ';' ORDER BY 1) FROM pg_auth_members m"
                         "   JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid),"
                         " (SELECT string_agg(concat_ws(',', pg_role, role_group, active, version), ';' ORDER BY id)"
                         "   FROM staff))");
        return r.ok() ? r.value().text(0, 0) : u"<error>"_s;
    }

    void refused(const QStringList &args, int code, const QString &message, const QByteArray &stdinText = {})
    {
        const QString before = stateOfEverything();
        const Run r = opsctl(args, stdinText);
        QCOMPARE(r.code, code);
        QCOMPARE(r.out, QString());
        QVERIFY2((r.err.startsWith(u"error: "_s) || r.err.startsWith(u"erreur"_s)) && r.err.count(u'\n') == 1,
            qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(stateOfEverything(), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther | QFile::ExeGroup
                | QFile::ReadGroup | QFile::ReadOther);
        m_embedded = m_dir.path() + u"/pg"_s;
        QCOMPARE(opsctl({u"db"_s, u"init"_s}).code, 0);
        const Run migrate = opsctl({u"db"_s, u"migrate"_s});
        QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
    }

    void cleanupTestCase() { (void)opsctl({u"db"_s, u"stop"_s}); }

    void addPrintsTheTemporaryPasswordOnce()
    {
        const Run r = opsctl({u"staff"_s, u"add"_s, u"ana.roy"_s, u"--group"_s, u"billing"_s, u"--name"_s, u"Ana Roy"_s,
            u"--email"_s, u"ana@targo.example"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QString password = lines.first();
        QVERIFY(password.size() >= 16);
        QVERIFY(!r.err.contains(password));
        QVERIFY(r.err.contains(u"7 days"_s));

        const QJsonObject m = member(u"ana.roy"_s);
        QCOMPARE(m.value(u"group").toString(), u"billing"_s);
        QCOMPARE(m.value(u"email").toString(), u"ana@targo.example"_s);
        QVERIFY(m.value(u"can_login").toBool());
        QVERIFY(m.value(u"must_change_password").toBool());
        auto c = connect();
        QVERIFY(c);
        auto stored = c->exec("SELECT rolpassword FROM pg_authid WHERE rolname = 'ana.roy'");
        QVERIFY(stored.ok());
        QVERIFY(stored.value().text(0, 0).startsWith(u"SCRAM-SHA-256$"_s));
        QVERIFY(!stored.value().text(0, 0).contains(password));

        // The text list shows it too.
        const Run list = opsctl({u"staff"_s, u"list"_s});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(u"ana.roy"_s) && list.out.contains(u"must change password"_s));
    }

    void passwordFromStandardInputIsNotPrinted()
    {
        const Run r = opsctl({u"staff"_s, u"add"_s, u"bo.stdin"_s, u"--group"_s, u"manager"_s, u"--name"_s, u"Bo"_s,
                                 u"--password-stdin"_s},
            "un mot de passe choisi 42\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QVERIFY(!r.err.contains(u"choisi"_s));
        QCOMPARE(member(u"bo.stdin"_s).value(u"group").toString(), u"manager"_s);
        refused({u"staff"_s, u"add"_s, u"cy.short"_s, u"--group"_s, u"manager"_s, u"--name"_s, u"Cy"_s,
                    u"--password-stdin"_s},
            1, u"12 characters"_s, "short\n");
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QCOMPARE(
            opsctl({u"staff"_s, u"add"_s, u"dup.login"_s, u"--group"_s, u"dispatcher"_s, u"--name"_s, u"D"_s}).code, 0);
        refused(
            {u"staff"_s, u"add"_s, u"ed.x"_s, u"--group"_s, u"boss"_s, u"--name"_s, u"Ed"_s}, 1, u"Unknown group"_s);
        refused({u"staff"_s, u"add"_s, u"dup.login"_s, u"--group"_s, u"billing"_s, u"--name"_s, u"Ed"_s}, 1,
            u"already used"_s);
        refused({u"staff"_s, u"add"_s, u"Ed X"_s, u"--group"_s, u"billing"_s, u"--name"_s, u"Ed"_s}, 1,
            u"A login has 2 to 63 characters"_s);
        refused(
            {u"staff"_s, u"add"_s, u"ops_ed"_s, u"--group"_s, u"billing"_s, u"--name"_s, u"Ed"_s}, 1, u"A login has"_s);
        refused({u"staff"_s, u"set-group"_s, u"dup.login"_s, u"root"_s}, 1, u"Unknown group"_s);
        refused({u"staff"_s, u"set-group"_s, u"no.body"_s, u"billing"_s}, 1, u"No staff member"_s);
        refused({u"staff"_s, u"deactivate"_s, u"targo"_s}, 1, u"not managed"_s);
        refused({u"staff"_s, u"reset-password"_s, u"no.body"_s}, 1, u"No staff member"_s);
        // Usage errors: exit 2.
        refused({u"staff"_s, u"add"_s, u"ed.x"_s, u"--name"_s, u"Ed"_s}, 2, u"usage: staff add"_s);
        refused({u"staff"_s, u"set-group"_s, u"dup.login"_s}, 2, u"usage: staff set-group"_s);
        refused({u"staff"_s, u"frobnicate"_s}, 2, u"usage: staff"_s);
        // Translated.
        refused({u"--lang"_s, u"fr"_s, u"staff"_s, u"add"_s, u"ed.x"_s, u"--group"_s, u"boss"_s, u"--name"_s, u"Ed"_s},
            1, u"Groupe inconnu"_s);
    }

    void setGroupDeactivateAndReset()
    {
        QCOMPARE(
            opsctl({u"staff"_s, u"add"_s, u"fay.admin"_s, u"--group"_s, u"admin"_s, u"--name"_s, u"Fay"_s}).code, 0);
        // The embedded cluster's own user is a superuser without a staff row: fay.admin is the last active admin.
        refused({u"staff"_s, u"deactivate"_s, u"fay.admin"_s}, 1, u"last active administrator"_s);
        refused({u"staff"_s, u"set-group"_s, u"fay.admin"_s, u"billing"_s}, 1, u"last active administrator"_s);
        QCOMPARE(
            opsctl({u"staff"_s, u"add"_s, u"gus.admin"_s, u"--group"_s, u"admin"_s, u"--name"_s, u"Gus"_s}).code, 0);

        Run r = opsctl({u"staff"_s, u"set-group"_s, u"fay.admin"_s, u"dispatcher"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(member(u"fay.admin"_s).value(u"group").toString(), u"dispatcher"_s);

        r = opsctl({u"staff"_s, u"reset-password"_s, u"fay.admin"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject issued = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(issued.value(u"login").toString(), u"fay.admin"_s);
        QVERIFY(issued.value(u"temporary_password").toString().size() >= 16);

        r = opsctl({u"staff"_s, u"deactivate"_s, u"fay.admin"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"history is kept"_s));
        const QJsonObject m = member(u"fay.admin"_s);
        QCOMPARE(m.value(u"active").toBool(), false);
        QCOMPARE(m.value(u"can_login").toBool(), false);
        refused({u"staff"_s, u"reset-password"_s, u"fay.admin"_s}, 1, u"deactivated"_s);
    }
};

QTEST_GUILESS_MAIN(TestOpsctlStaff)
#include "TestOpsctlStaff.moc"
