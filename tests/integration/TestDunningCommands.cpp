// targo-opsctl billing dunning / billing hold, as a daily script runs them on the embedded database: --preview --json
// lists the actions and writes nothing, a run without a Mailjet sender is refused with 2 and writes nothing, the run
// records the reminder once (a second run of the same date records nothing), a bad date or option exits with 2, and
// a hold makes the next stage skip the customer.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/embedded/EmbeddedServer.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};
} // namespace

class TestDunningCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{u"/tmp/ops-ctl-dunning-XXXXXX"_s};
    QString m_embedded;

    Run opsctl(const QStringList &args, bool mail = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TARGO_PG_FAST"_s, u"1"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"TARGO_MAILJET_FROM_EMAIL"_s);
        if (mail)
            env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, u"facturation@targo.example"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
            QStringList{u"--lang"_s, u"en"_s, u"--embedded"_s, m_embedded} + args);
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

    QString scalar(const QString &sql)
    {
        EmbeddedServer server(m_embedded);
        auto st = server.start();
        if (!st.ok())
            return u"<no server>"_s;
        auto c = db::PgConnection::open(st.value().conninfo);
        if (!c.ok())
            return u"<no connection>"_s;
        auto r = c.value()->exec(sql);
        return r.ok() && r.value().rows() ? r.value().text(0, 0) : u"<error>"_s;
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
        // CUST-00001 (fr, e-mail) owes INV-00001, 100.00 $ due 2026-10-01.
        QCOMPARE(scalar(u"WITH c AS (INSERT INTO customers (id, code, display_name, language, email, balance_cents)"
                        u" VALUES (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', 10000) RETURNING id)"
                        u" INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date,"
                        u" subtotal_cents, gst_cents, qst_cents, total_cents, status)"
                        u" SELECT 1, 'INV-00001', id, '2026-08-01', '2026-08-31', '2026-09-01', '2026-10-01', 10000, 0,"
                        u" 0, 10000, 'issued' FROM c RETURNING id"_s),
            u"1"_s);
    }

    void cleanupTestCase() { (void)opsctl({u"db"_s, u"stop"_s}); }

    void previewWritesNothing()
    {
        const Run r = opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-08"_s, u"--preview"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"date").toString(), u"2026-10-08"_s);
        QCOMPARE(o.value(u"preview").toBool(), true);
        const QJsonArray actions = o.value(u"actions").toArray();
        QCOMPARE(actions.size(), 1);
        const QJsonObject a = actions.first().toObject();
        QCOMPARE(a.value(u"customer").toString(), u"CUST-00001"_s);
        QCOMPARE(a.value(u"invoice").toString(), u"INV-00001"_s);
        QCOMPARE(a.value(u"action").toString(), u"email"_s);
        QCOMPARE(a.value(u"amount_cents").toInteger(), 10000);
        QCOMPARE(a.value(u"days_late").toInt(), 7);
        QCOMPARE(a.value(u"channel").toString(), u"email"_s);
        QCOMPARE(a.value(u"status").toString(), u"queued"_s);
        QCOMPARE(o.value(u"counts").toObject().value(u"email").toInt(), 1);
        QVERIFY(o.contains(u"elapsed_ms"_s));
        QVERIFY(o.value(u"suspended_customers").isArray());
        QCOMPARE(scalar(u"SELECT count(*) FROM dunning_actions"_s), u"0"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);
    }

    void runWithoutSenderIsRefused()
    {
        const Run r = opsctl({u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-08"_s}, false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"E-mail is not set up"_s), qPrintable(r.err));
        QCOMPARE(scalar(u"SELECT count(*) FROM dunning_actions"_s), u"0"_s);
    }

    void runRecordsOnce()
    {
        const Run r = opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-08"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"preview").toBool(), false);
        QCOMPARE(r.json().value(u"actions").toArray().size(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM dunning_actions WHERE status = 'queued' AND outbox_id IS NOT NULL"_s),
            u"1"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE provider = 'mailjet'"_s), u"1"_s);
        const Run again = opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-08"_s});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().value(u"actions").toArray().size(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), u"1"_s);
        const Run text = opsctl({u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-09"_s, u"--preview"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"preview, nothing written"_s), qPrintable(text.out));
    }

    void badInputExitsWith2()
    {
        for (const QStringList &args : {QStringList{u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-13-01"_s},
                 QStringList{u"billing"_s, u"dunning"_s, u"--date"_s, u"tomorrow"_s, u"--preview"_s},
                 QStringList{u"billing"_s, u"dunning"_s},
                 QStringList{u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-08"_s, u"--force"_s},
                 QStringList{
                     u"billing"_s, u"hold"_s, u"CUST-00001"_s, u"--until"_s, u"2026-10-40"_s, u"--reason"_s, u"x"_s},
                 QStringList{
                     u"billing"_s, u"hold"_s, u"CUST-99999"_s, u"--until"_s, u"2026-12-31"_s, u"--reason"_s, u"x"_s},
                 QStringList{u"billing"_s, u"hold"_s, u"CUST-00001"_s, u"--until"_s, u"2026-12-31"_s}}) {
            const Run r = opsctl(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + u": "_s + QString::number(r.code) + r.err));
            QVERIFY2(r.err.startsWith(u"error: "_s), qPrintable(r.err));
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM dunning_holds"_s), u"0"_s);
    }

    void holdSkipsTheCustomer()
    {
        const Run before =
            opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-15"_s, u"--preview"_s});
        QCOMPARE(before.json().value(u"actions").toArray().size(), 1); // the SMS (no phone: skipped)
        const Run hold = opsctl({u"--json"_s, u"billing"_s, u"hold"_s, u"cust-00001"_s, u"--until"_s, u"2026-10-31"_s,
            u"--reason"_s, u"Payment arrangement"_s});
        QVERIFY2(hold.code == 0, qPrintable(hold.err));
        QCOMPARE(hold.json().value(u"customer").toString(), u"CUST-00001"_s);
        const Run after =
            opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-15"_s, u"--preview"_s});
        QCOMPARE(after.code, 0);
        QCOMPARE(after.json().value(u"actions").toArray().size(), 0);
        const Run later =
            opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-11-01"_s, u"--preview"_s});
        QVERIFY(later.json().value(u"actions").toArray().size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDunningCommands)
#include "TestDunningCommands.moc"
