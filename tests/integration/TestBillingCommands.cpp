// targo-opsctl billing ...: as a script runs it on the embedded database. A preview and a run as JSON (counts and the
// four totals in cents), a second run that creates nothing, a one-time charge, and bad input refused in words with
// its exit code (2: a period in another shape or beyond next month, a taxable credit; 3: the data refuses the run).
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

QString month(int offset)
{
    const QDate d = QDate::currentDate();
    return QDate(d.year(), d.month(), 1).addMonths(offset).toString(u"yyyy-MM"_s);
}
} // namespace

class TestBillingCommands : public QObject
{
    Q_OBJECT

private:
    test::OpsctlRunner m_ctl{u"/tmp/ops-ctl-billing-XXXXXX"_s};

    Run opsctl(const QStringList &args, const QString &lang = u"en"_s) { return m_ctl.run(args, lang); }
    std::unique_ptr<db::PgConnection> connect() { return m_ctl.connect(); }
    QString scalar(const QString &sql) { return m_ctl.scalar(sql); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ctl.init(&error), qPrintable(error));
        auto c = connect();
        QVERIFY(c);
        // One customer with Internet at 50.00 $ since last year: every month is 5000 + GST 250 + QST 498.75 → 499.
        const char *seed[] = {
            "UPDATE billing_settings SET gst_number = '123456789 RT0001', qst_number = '1234567890 TQ0001'",
            "INSERT INTO items (id, sku, kind, name_fr, name_en, monthly_price_cents) VALUES"
            " (1, 'INT-100', 'internet', 'Internet 100', 'Internet 100', 5000)",
            "INSERT INTO customers (id, code, display_name, language, email, billing_street, billing_city,"
            " billing_postal_code) VALUES (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'e@example.com', '1 rue A',"
            " 'Mirabel', 'J7J 1A1')",
            "INSERT INTO subscriptions (id, code, customer_id, item_id, price_cents, start_date, status) VALUES"
            " (1, 'SUB-00001', 1, 1, 5000, current_date - 400, 'active')",
        };
        for (const char *sql : seed) {
            auto r = c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
    }

    void cleanupTestCase() { m_ctl.stop(); }

    void previewAsJson()
    {
        const Run r = opsctl({u"--json"_s, u"billing"_s, u"run"_s, u"--period"_s, month(1), u"--preview"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"period").toString(), month(1));
        QCOMPARE(o.value(u"preview").toBool(), true);
        QCOMPARE(o.value(u"invoices").toInt(), 1);
        QCOMPARE(o.value(u"lines").toInt(), 1);
        QCOMPARE(o.value(u"subtotal_cents").toInteger(), 5000);
        QCOMPARE(o.value(u"gst_cents").toInteger(), 250);
        QCOMPARE(o.value(u"qst_cents").toInteger(), 499);
        QCOMPARE(o.value(u"total_cents").toInteger(), 5749);
        QCOMPARE(o.value(u"plans").toArray().at(0).toObject().value(u"sku").toString(), u"INT-100"_s);
        QCOMPARE(o.value(u"anomalies").toObject().size(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM invoices"_s), u"0"_s);
        // The text form names the four totals in cents.
        const Run text = opsctl({u"billing"_s, u"run"_s, u"--period"_s, month(1), u"--preview"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"total: 5749 cents"_s) && text.out.contains(u"GST: 250 cents"_s)
                && text.out.contains(u"QST: 499 cents"_s) && text.out.contains(u"subtotal: 5000 cents"_s),
            qPrintable(text.out));
    }

    void chargeThenRunThenNothingMore()
    {
        const Run charge = opsctl({u"--json"_s, u"billing"_s, u"charge"_s, u"CUST-00001"_s, u"--amount"_s, u"4999"_s,
            u"--description"_s, u"Frais d’installation"_s});
        QVERIFY2(charge.code == 0, qPrintable(charge.err));
        QVERIFY(charge.json().value(u"charge_id").toInteger() > 0);
        QCOMPARE(charge.json().value(u"taxable").toBool(), true);
        const Run r = opsctl({u"--json"_s, u"billing"_s, u"run"_s, u"--period"_s, month(0)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"preview").toBool(), false);
        QCOMPARE(o.value(u"invoices").toInt(), 1);
        QCOMPARE(o.value(u"charge_lines").toInt(), 1);
        // 5000 + 4999 = 9999; GST 499.95 → 500; QST 997.40 → 997.
        QCOMPARE(o.value(u"subtotal_cents").toInteger(), 9999);
        QCOMPARE(o.value(u"gst_cents").toInteger(), 500);
        QCOMPARE(o.value(u"qst_cents").toInteger(), 997);
        QCOMPARE(o.value(u"total_cents").toInteger(), 11496);
        QCOMPARE(o.value(u"first_invoice").toString(), u"INV-00001"_s);
        QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 1"_s), u"11496"_s);
        // Again: nothing new, exit 0, zero totals.
        const Run again = opsctl({u"--json"_s, u"billing"_s, u"run"_s, u"--period"_s, month(0)});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(again.json().value(u"invoices").toInt(), 0);
        QCOMPARE(again.json().value(u"total_cents").toInteger(), 0);
        QCOMPARE(again.json().value(u"skipped_customers").toInt(), 1);
        QCOMPARE(scalar(u"SELECT count(*) || ' ' || sum(total_cents) FROM invoices"_s), u"1 11496"_s);
    }

    void badInputIsRefusedInWords()
    {
        Run r = opsctl({u"billing"_s, u"run"_s, u"--period"_s, u"2026-1"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"is not a billing period"_s), qPrintable(r.err));
        r = opsctl({u"billing"_s, u"run"_s, u"--period"_s, month(2), u"--preview"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"too far ahead"_s), qPrintable(r.err));
        r = opsctl({u"billing"_s, u"run"_s, u"--period"_s, month(2)}, u"fr"_s);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"trop loin"_s), qPrintable(r.err));
        r = opsctl(
            {u"billing"_s, u"charge"_s, u"CUST-00001"_s, u"--amount"_s, u"-1500"_s, u"--description"_s, u"Crédit"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"negative price"_s), qPrintable(r.err));
        r = opsctl(
            {u"billing"_s, u"charge"_s, u"CUST-00001"_s, u"--amount"_s, u"12,50"_s, u"--description"_s, u"Frais"_s});
        QCOMPARE(r.code, 2);
        r = opsctl(
            {u"billing"_s, u"charge"_s, u"CUST-09999"_s, u"--amount"_s, u"500"_s, u"--description"_s, u"Frais"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(opsctl({u"billing"_s, u"run"_s}).code, 2);
        QCOMPARE(opsctl({u"billing"_s, u"frobnicate"_s}).code, 2);
        // A credit entered as tax-exempt is accepted.
        r = opsctl({u"--json"_s, u"billing"_s, u"charge"_s, u"CUST-00001"_s, u"--amount"_s, u"-1500"_s,
            u"--description"_s, u"Crédit de bonne volonté"_s, u"--tax-exempt"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"taxable").toBool(), false);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_charges"_s), u"2"_s);
    }

    void aRunTheDataRefusesExitsWith3()
    {
        auto c = connect();
        QVERIFY(c);
        QVERIFY(c->exec("UPDATE billing_settings SET gst_number = ''").ok());
        const Run r = opsctl({u"billing"_s, u"run"_s, u"--period"_s, month(1)});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"registration numbers"_s), qPrintable(r.err));
        QCOMPARE(scalar(u"SELECT count(*) FROM invoices"_s), u"1"_s);
        QCOMPARE(scalar(u"SELECT status FROM billing_runs ORDER BY id DESC LIMIT 1"_s), u"failed"_s);
    }

    // receivables aging as a script reads it: the one invoice the run made, unpaid, moves from "current" to the
    // buckets as the date goes by; the customers' list names the customer; bad dates and buckets exit with 2.
    void receivablesAgingAsJson()
    {
        const QString due = scalar(u"SELECT due_date FROM invoices WHERE kind = 'invoice'"_s);
        const qint64 total = scalar(u"SELECT total_cents FROM invoices WHERE kind = 'invoice'"_s).toLongLong();
        QVERIFY(total > 0);
        const QDate dueDate = QDate::fromString(due, Qt::ISODate);
        QVERIFY(dueDate.isValid());
        const struct
        {
            int days;
            int bucket;
        } cases[] = {{0, 0}, {1, 1}, {30, 1}, {31, 2}, {75, 3}, {91, 4}};
        for (const auto &k : cases) {
            const Run r = opsctl({u"--json"_s, u"receivables"_s, u"aging"_s, u"--as-of"_s,
                dueDate.addDays(k.days).toString(Qt::ISODate), u"--customers"_s, u"5"_s});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonArray buckets = r.json().value(u"buckets").toArray();
            QCOMPARE(buckets.size(), 5);
            for (int b = 0; b < 5; ++b) {
                const QJsonObject cell = buckets.at(b).toObject();
                QCOMPARE(cell.value(u"cents").toInteger(), b == k.bucket ? total : 0);
                QCOMPARE(cell.value(u"customers").toInt(), b == k.bucket ? 1 : 0);
            }
            QCOMPARE(r.json().value(u"total").toObject().value(u"cents").toInteger(), total);
            const QJsonArray customers = r.json().value(u"customers").toArray();
            QCOMPARE(customers.size(), 1);
            QCOMPARE(customers.at(0).toObject().value(u"customer").toString(), u"CUST-00001"_s);
        }
        // The day before the invoice was issued, nothing is owed.
        const QString issued = scalar(u"SELECT issue_date FROM invoices WHERE kind = 'invoice'"_s);
        const Run before = opsctl({u"--json"_s, u"receivables"_s, u"aging"_s, u"--as-of"_s,
            QDate::fromString(issued, Qt::ISODate).addDays(-1).toString(Qt::ISODate)});
        QCOMPARE(before.code, 0);
        QCOMPARE(before.json().value(u"total").toObject().value(u"invoices").toInt(), 0);
        const Run text = opsctl({u"receivables"_s, u"aging"_s, u"--as-of"_s, due}, u"fr"_s);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"Courant"_s), qPrintable(text.out));
        QCOMPARE(opsctl({u"receivables"_s, u"aging"_s, u"--as-of"_s, u"2026-02-30"_s}).code, 2);
        QCOMPARE(opsctl({u"receivables"_s, u"aging"_s}).code, 2);
        const Run badBucket = opsctl({u"receivables"_s, u"aging"_s, u"--as-of"_s, due, u"--bucket"_s, u"old"_s});
        QCOMPARE(badBucket.code, 2);
    }

    // The catalogue headless (migration 0019): each item with its current price and the change scheduled for the
    // first day of next month; the price of the month is unchanged until then.
    void itemsListCurrentAndScheduledPrices()
    {
        QCOMPARE(scalar(u"SELECT ops_schedule_item_price(1, 5500)"_s), month(1) + u"-01"_s);
        const Run r = opsctl({u"--json"_s, u"billing"_s, u"items"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(items.size(), 1);
        const QJsonObject i = items.at(0).toObject();
        QCOMPARE(i.value(u"sku").toString(), u"INT-100"_s);
        QCOMPARE(i.value(u"price_cents").toInteger(), 5000);
        QCOMPARE(i.value(u"next_price_cents").toInteger(), 5500);
        QCOMPARE(i.value(u"next_price_from").toString(), month(1) + u"-01"_s);
        QCOMPARE(i.value(u"subscriptions").toInt(), 1);
        const Run text = opsctl({u"billing"_s, u"items"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"5000 cents  then 5500 cents from %1-01"_s.arg(month(1))), qPrintable(text.out));
        QCOMPARE(opsctl({u"billing"_s, u"items"_s, u"extra"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestBillingCommands)
#include "TestBillingCommands.moc"
