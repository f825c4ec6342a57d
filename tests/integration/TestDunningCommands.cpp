// targo-opsctl billing dunning / billing hold, as a daily script runs them on the embedded database: --preview --json
// lists the actions and writes nothing, a run without a Mailjet sender is refused with 2 and writes nothing, the run
// records the reminder once (a second run of the same date records nothing), a bad date or option exits with 2, and
// a hold makes the next stage skip the customer.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/support/OpsctlRunner.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

using test::OpsctlRun;

class TestDunningCommands : public QObject
{
    Q_OBJECT

private:
    test::OpsctlRunner m_ctl{u"/tmp/ops-ctl-dunning-XXXXXX"_s};

    OpsctlRun opsctl(const QStringList &args, bool mail = true)
    {
        QProcessEnvironment env = test::opsctlEnvironment();
        env.remove(u"TARGO_MAILJET_FROM_EMAIL"_s);
        if (mail)
            env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, u"facturation@targo.example"_s);
        return m_ctl.run(args, env);
    }

    QString scalar(const QString &sql) { return m_ctl.scalar(sql); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ctl.init(&error), qPrintable(error));
        // CUST-00001 (fr, e-mail) owes INV-00001, 100.00 $ due 2026-10-01.
        QCOMPARE(scalar(u"WITH c AS (INSERT INTO customers (id, code, display_name, language, email, balance_cents)"
                        u" VALUES (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', 10000) RETURNING id)"
                        u" INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date,"
                        u" subtotal_cents, gst_cents, qst_cents, total_cents, status)"
                        u" SELECT 1, 'INV-00001', id, '2026-08-01', '2026-08-31', '2026-09-01', '2026-10-01', 10000, 0,"
                        u" 0, 10000, 'issued' FROM c RETURNING id"_s),
            u"1"_s);
    }

    void cleanupTestCase() { m_ctl.stop(); }

    void previewWritesNothing()
    {
        const OpsctlRun r =
            opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-08"_s, u"--preview"_s});
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
        const OpsctlRun r = opsctl({u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-08"_s}, false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"E-mail is not set up"_s), qPrintable(r.err));
        QCOMPARE(scalar(u"SELECT count(*) FROM dunning_actions"_s), u"0"_s);
    }

    void runRecordsOnce()
    {
        const OpsctlRun r = opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-08"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"preview").toBool(), false);
        QCOMPARE(r.json().value(u"actions").toArray().size(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM dunning_actions WHERE status = 'queued' AND outbox_id IS NOT NULL"_s),
            u"1"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE provider = 'mailjet'"_s), u"1"_s);
        const OpsctlRun again = opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-08"_s});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().value(u"actions").toArray().size(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), u"1"_s);
        const OpsctlRun text = opsctl({u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-09"_s, u"--preview"_s});
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
            const OpsctlRun r = opsctl(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + u": "_s + QString::number(r.code) + r.err));
            QVERIFY2(r.err.startsWith(u"error: "_s), qPrintable(r.err));
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM dunning_holds"_s), u"0"_s);
    }

    void holdSkipsTheCustomer()
    {
        const OpsctlRun before =
            opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-15"_s, u"--preview"_s});
        QCOMPARE(before.json().value(u"actions").toArray().size(), 1); // the SMS (no phone: skipped)
        const OpsctlRun hold = opsctl({u"--json"_s, u"billing"_s, u"hold"_s, u"cust-00001"_s, u"--until"_s,
            u"2026-10-31"_s, u"--reason"_s, u"Payment arrangement"_s});
        QVERIFY2(hold.code == 0, qPrintable(hold.err));
        QCOMPARE(hold.json().value(u"customer").toString(), u"CUST-00001"_s);
        const OpsctlRun after =
            opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-10-15"_s, u"--preview"_s});
        QCOMPARE(after.code, 0);
        QCOMPARE(after.json().value(u"actions").toArray().size(), 0);
        const OpsctlRun later =
            opsctl({u"--json"_s, u"billing"_s, u"dunning"_s, u"--date"_s, u"2026-11-01"_s, u"--preview"_s});
        QVERIFY(later.json().value(u"actions").toArray().size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDunningCommands)
#include "TestDunningCommands.moc"
