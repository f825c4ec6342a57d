// targo-opsctl payments allocate / payments apply-credit, as a script runs them on the embedded database: a payment's
// allocation moved by invoice code (JSON), taken back to credit, redone oldest first, the credit applied; bad input
// refused in words with exit code 2 and nothing written (an amount above what is open, another customer's invoice,
// both or neither of --oldest-first and --invoice, an unknown payment or customer), a reversed payment refused
// with 3; the balance never moves and `billing verify` stays clean.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "tests/support/OpsctlRunner.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

class TestPaymentAllocationCommands : public QObject
{
    Q_OBJECT

private:
    test::OpsctlRunner m_ctl{u"/tmp/ops-ctl-alloc-XXXXXX"_s};
    QString m_payment; // CUST-00001's 1500 cheque

    QString paid()
    {
        return m_ctl.scalar(u"SELECT string_agg(status || ':' || paid_cents, ',' ORDER BY id) FROM invoices"_s);
    }
    QString balance() { return m_ctl.scalar(u"SELECT balance_cents FROM customers WHERE id = 1"_s); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ctl.init(&error), qPrintable(error));
        auto c = m_ctl.connect();
        QVERIFY(c);
        // CUST-00001 owes INV-00001 (1000, due first) and INV-00002 (2000); CUST-00002 owes INV-00003 (700).
        const char *seed[] = {
            "INSERT INTO customers (id, code, display_name, language, balance_cents) VALUES"
            " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 3000), (2, 'CUST-00002', 'John Smith', 'en', 700)",
            "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date,"
            " subtotal_cents, gst_cents, qst_cents, total_cents, status) VALUES"
            " (1, 'INV-00001', 1, '2026-09-01', '2026-09-30', '2026-10-01', '2026-10-31', 1000, 0, 0, 1000, 'issued'),"
            " (2, 'INV-00002', 1, '2026-10-01', '2026-10-31', '2026-11-01', '2026-11-30', 2000, 0, 0, 2000, 'issued'),"
            " (3, 'INV-00003', 2, '2026-10-01', '2026-10-31', '2026-11-01', '2026-11-30', 700, 0, 0, 700, 'issued')",
        };
        for (const char *sql : seed) {
            auto r = c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        const auto add = m_ctl.run({u"--json"_s, u"payments"_s, u"add"_s, u"CUST-00001"_s, u"--amount"_s, u"1500"_s,
            u"--method"_s, u"cheque"_s});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        m_payment = add.json().value(u"payment").toString();
        QCOMPARE(paid(), u"paid:1000,partially_paid:500,issued:0"_s);
        QCOMPARE(balance(), u"1500"_s);
    }

    void cleanupTestCase() { m_ctl.stop(); }

    void allocateByInvoice()
    {
        const auto r = m_ctl.run({u"--json"_s, u"payments"_s, u"allocate"_s, m_payment.toLower(), u"--invoice"_s,
            u"INV-00002=1200"_s, u"--invoice"_s, u"inv-00001=100"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"payment").toString(), m_payment);
        const QJsonArray a = o.value(u"allocations").toArray();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).toObject().value(u"invoice").toString(), u"INV-00001"_s);
        QCOMPARE(a.at(0).toObject().value(u"amount_cents").toInteger(), 100);
        QCOMPARE(a.at(1).toObject().value(u"invoice").toString(), u"INV-00002"_s);
        QCOMPARE(a.at(1).toObject().value(u"amount_cents").toInteger(), 1200);
        QCOMPARE(o.value(u"allocated_cents").toInteger(), 1300);
        QCOMPARE(o.value(u"credit_cents").toInteger(), 200);
        QCOMPARE(o.value(u"balance_cents").toInteger(), 1500);
        QCOMPARE(paid(), u"partially_paid:100,partially_paid:1200,issued:0"_s);
        QCOMPARE(m_ctl.run({u"billing"_s, u"verify"_s}).code, 0);
    }

    void badInputExitsTwoAndWritesNothing()
    {
        const QString before = paid();
        const QList<QStringList> cases{
            {u"payments"_s, u"allocate"_s, m_payment, u"--invoice"_s, u"INV-00001=1001"_s}, // above open
            {u"payments"_s, u"allocate"_s, m_payment, u"--invoice"_s, u"INV-00003=100"_s}, // CUST-00002's
            {u"payments"_s, u"allocate"_s, m_payment, u"--invoice"_s, u"INV-00001=0"_s},
            {u"payments"_s, u"allocate"_s, m_payment, u"--invoice"_s, u"INV-00001=ten"_s},
            {u"payments"_s, u"allocate"_s, m_payment, u"--invoice"_s, u"INV-00001=1000"_s, u"--invoice"_s,
                u"INV-00002=501"_s}, // above the payment
            {u"payments"_s, u"allocate"_s, m_payment},
            {u"payments"_s, u"allocate"_s, m_payment, u"--oldest-first"_s, u"--invoice"_s, u"INV-00001=1"_s},
            {u"payments"_s, u"allocate"_s, u"PAY-99999"_s, u"--oldest-first"_s},
            {u"payments"_s, u"apply-credit"_s, u"CUST-99999"_s},
            {u"payments"_s, u"apply-credit"_s},
        };
        for (const QStringList &args : cases) {
            const auto r = m_ctl.run(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + u" → "_s + QString::number(r.code) + u" "_s + r.err));
            QVERIFY2(r.err.startsWith(u"error: "_s), qPrintable(r.err));
        }
        QVERIFY2(m_ctl.run(cases.at(0)).err.contains(u"above what is open"_s), "above open");
        QVERIFY2(m_ctl.run(cases.at(1)).err.contains(u"INV-00003 is not an open invoice of CUST-00001"_s), "other");
        QCOMPARE(paid(), before);
        QCOMPARE(balance(), u"1500"_s);
    }

    void toCreditThenApplyCredit()
    {
        // The payment's invoices kept but emptied: everything back to credit.
        const auto none = m_ctl.run({u"payments"_s, u"allocate"_s, m_payment, u"--invoice"_s, u"INV-00002=1"_s});
        QVERIFY2(none.code == 0, qPrintable(none.err));
        QVERIFY2(none.out.contains(u"customer's credit: 1499 cents; balance: 1500 cents"_s), qPrintable(none.out));
        const auto r = m_ctl.run({u"--json"_s, u"payments"_s, u"apply-credit"_s, u"cust-00001"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"customer").toString(), u"CUST-00001"_s);
        QCOMPARE(r.json().value(u"applied_cents").toInteger(), 1499);
        QCOMPARE(r.json().value(u"credit_cents").toInteger(), 0);
        QCOMPARE(paid(), u"paid:1000,partially_paid:500,issued:0"_s);
        const auto again = m_ctl.run({u"payments"_s, u"apply-credit"_s, u"CUST-00001"_s});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(u"0 cents of credit applied"_s), qPrintable(again.out));
        QCOMPARE(balance(), u"1500"_s);
    }

    void oldestFirst()
    {
        QCOMPARE(m_ctl.run({u"payments"_s, u"allocate"_s, m_payment, u"--invoice"_s, u"INV-00002=1500"_s}).code, 0);
        QCOMPARE(paid(), u"issued:0,partially_paid:1500,issued:0"_s);
        const auto r = m_ctl.run({u"--json"_s, u"payments"_s, u"allocate"_s, m_payment, u"--oldest-first"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"allocated_cents").toInteger(), 1500);
        QCOMPARE(paid(), u"paid:1000,partially_paid:500,issued:0"_s);
        QCOMPARE(m_ctl.run({u"billing"_s, u"verify"_s}).code, 0);
    }

    void reversedPaymentExitsThree()
    {
        QCOMPARE(m_ctl.run({u"payments"_s, u"reverse"_s, m_payment, u"--reason"_s, u"NSF"_s}).code, 0);
        const auto r = m_ctl.run({u"payments"_s, u"allocate"_s, m_payment, u"--oldest-first"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"reversed"_s), qPrintable(r.err));
        QCOMPARE(paid(), u"issued:0,issued:0,issued:0"_s);
        QCOMPARE(m_ctl.run({u"billing"_s, u"verify"_s}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentAllocationCommands)
#include "TestPaymentAllocationCommands.moc"
