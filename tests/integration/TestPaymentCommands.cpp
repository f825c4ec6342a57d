// targo-opsctl payments add / payments reverse / billing verify, as a script runs them on the embedded database:
// a payment allocated oldest first (JSON), an overpayment kept as credit, bad input refused in words with exit code 2
// and nothing written, a reversal (and a second one refused with 3), and the balance check (0 when right, 4 and the
// customer named when a balance is off).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "tests/support/OpsctlRunner.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

namespace {
using Run = test::OpsctlRun;
} // namespace

class TestPaymentCommands : public QObject
{
    Q_OBJECT

private:
    test::OpsctlRunner m_ctl{u"/tmp/ops-ctl-payments-XXXXXX"_s};

    Run opsctl(const QStringList &args) { return m_ctl.run(args); }
    std::unique_ptr<db::PgConnection> connect() { return m_ctl.connect(); }
    QString scalar(const QString &sql) { return m_ctl.scalar(sql); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ctl.init(&error), qPrintable(error));
        auto c = connect();
        QVERIFY(c);
        // CUST-00001 owes INV-00001 (1000, due first) and INV-00002 (2000).
        const char *seed[] = {
            "INSERT INTO customers (id, code, display_name, language, balance_cents) VALUES"
            " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 3000), (2, 'CUST-00002', 'John Smith', 'en', 0)",
            "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date,"
            " subtotal_cents, gst_cents, qst_cents, total_cents, status) VALUES"
            " (1, 'INV-00001', 1, '2026-09-01', '2026-09-30', '2026-10-01', '2026-10-31', 1000, 0, 0, 1000, 'issued'),"
            " (2, 'INV-00002', 1, '2026-10-01', '2026-10-31', '2026-11-01', '2026-11-30', 2000, 0, 0, 2000, 'issued')",
        };
        for (const char *sql : seed) {
            auto r = c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
    }

    void cleanupTestCase() { m_ctl.stop(); }

    void addAllocatesOldestFirst()
    {
        const Run r = opsctl({u"--json"_s, u"payments"_s, u"add"_s, u"cust-00001"_s, u"--amount"_s, u"1500"_s,
            u"--method"_s, u"cheque"_s, u"--reference"_s, u"CHQ 512"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"customer").toString(), u"CUST-00001"_s);
        QCOMPARE(o.value(u"amount_cents").toInteger(), 1500);
        QCOMPARE(o.value(u"method").toString(), u"cheque"_s);
        QCOMPARE(o.value(u"status").toString(), u"succeeded"_s);
        const QJsonArray a = o.value(u"allocations").toArray();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).toObject().value(u"invoice").toString(), u"INV-00001"_s);
        QCOMPARE(a.at(0).toObject().value(u"amount_cents").toInteger(), 1000);
        QCOMPARE(a.at(1).toObject().value(u"invoice").toString(), u"INV-00002"_s);
        QCOMPARE(a.at(1).toObject().value(u"amount_cents").toInteger(), 500);
        QCOMPARE(o.value(u"balance_cents").toInteger(), 1500);
        QCOMPARE(scalar(u"SELECT reference FROM payments WHERE code = '%1'"_s.arg(o.value(u"payment").toString())),
            u"CHQ 512"_s);
        QCOMPARE(scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM invoices"_s), u"paid,partially_paid"_s);
    }

    void overpaymentIsCredit()
    {
        const Run r =
            opsctl({u"payments"_s, u"add"_s, u"CUST-00001"_s, u"--amount"_s, u"2000"_s, u"--method"_s, u"etransfer"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"INV-00002: 1500 cents"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"customer's credit: 500 cents; balance: -500 cents"_s), qPrintable(r.out));
    }

    void badInputExitsTwoAndWritesNothing()
    {
        const QString before = scalar(u"SELECT count(*) FROM payments"_s);
        const QList<QStringList> cases{
            {u"payments"_s, u"add"_s, u"CUST-00001"_s, u"--amount"_s, u"0"_s, u"--method"_s, u"cash"_s},
            {u"payments"_s, u"add"_s, u"CUST-00001"_s, u"--amount"_s, u"-500"_s, u"--method"_s, u"cash"_s},
            {u"payments"_s, u"add"_s, u"CUST-00001"_s, u"--amount"_s, u"12.50"_s, u"--method"_s, u"cash"_s},
            {u"payments"_s, u"add"_s, u"CUST-00001"_s, u"--amount"_s, u"500"_s, u"--method"_s, u"bitcoin"_s},
            {u"payments"_s, u"add"_s, u"CUST-99999"_s, u"--amount"_s, u"500"_s, u"--method"_s, u"cash"_s},
            {u"payments"_s, u"add"_s, u"CUST-00001"_s, u"--amount"_s, u"500"_s},
        };
        for (const QStringList &args : cases) {
            const Run r = opsctl(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + u" → "_s + QString::number(r.code) + u" "_s + r.err));
            QVERIFY2(r.err.startsWith(u"error: "_s), qPrintable(r.err));
        }
        const Run zero = opsctl(cases.at(0));
        QVERIFY2(zero.err.contains(u"above zero"_s), qPrintable(zero.err));
        const Run method = opsctl(cases.at(3));
        QVERIFY2(method.err.contains(u"bitcoin"_s), qPrintable(method.err));
        const Run customer = opsctl(cases.at(4));
        QVERIFY2(customer.err.contains(u"CUST-99999"_s), qPrintable(customer.err));
        QCOMPARE(scalar(u"SELECT count(*) FROM payments"_s), before);
        QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 1"_s), u"-500"_s);
    }

    void reverseOnceThenRefused()
    {
        const QString code = scalar(u"SELECT code FROM payments ORDER BY id LIMIT 1"_s);
        const Run r = opsctl({u"--json"_s, u"payments"_s, u"reverse"_s, code, u"--reason"_s, u"NSF cheque"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"status").toString(), u"reversed"_s);
        // The first payment's 1500 comes back (INV-00001 1000, INV-00002 500); the second's 500 of credit goes to
        // INV-00001, the oldest open again.
        QCOMPARE(r.json().value(u"balance_cents").toInteger(), 1000);
        QCOMPARE(scalar(u"SELECT string_agg(status || ':' || paid_cents, ',' ORDER BY id) FROM invoices"_s),
            u"partially_paid:500,partially_paid:1500"_s);
        const Run again = opsctl({u"payments"_s, u"reverse"_s, code, u"--reason"_s, u"NSF cheque"_s});
        QCOMPARE(again.code, 3);
        QVERIFY2(again.err.contains(u"already reversed"_s), qPrintable(again.err));
        const Run noReason = opsctl({u"payments"_s, u"reverse"_s, code});
        QCOMPARE(noReason.code, 2);
    }

    void verifyReportsDifferences()
    {
        const Run ok = opsctl({u"--json"_s, u"billing"_s, u"verify"_s});
        QVERIFY2(ok.code == 0, qPrintable(ok.err + ok.out));
        QCOMPARE(ok.json().value(u"customers").toInt(), 2);
        QCOMPARE(ok.json().value(u"differences").toInt(), 0);
        QCOMPARE(ok.json().value(u"clean").toBool(), true);
        auto c = connect();
        QVERIFY(c);
        QVERIFY(c->exec("UPDATE customers SET balance_cents = balance_cents + 25 WHERE id = 2").ok());
        const Run bad = opsctl({u"--json"_s, u"billing"_s, u"verify"_s});
        QCOMPARE(bad.code, 4);
        QCOMPARE(bad.json().value(u"differences").toInt(), 1);
        const QJsonObject d = bad.json().value(u"difference_list").toArray().at(0).toObject();
        QCOMPARE(d.value(u"customer").toString(), u"CUST-00002"_s);
        QCOMPARE(d.value(u"difference_cents").toInteger(), 25);
        const Run text = opsctl({u"billing"_s, u"verify"_s});
        QCOMPARE(text.code, 4);
        QVERIFY2(text.out.contains(u"CUST-00002: balance 25 cents, expected 0 cents"_s), qPrintable(text.out));
        QVERIFY(c->exec("UPDATE customers SET balance_cents = balance_cents - 25 WHERE id = 2").ok());
    }
};

QTEST_GUILESS_MAIN(TestPaymentCommands)
#include "TestPaymentCommands.moc"
