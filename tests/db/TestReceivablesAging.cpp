// Receivables aging on a real cluster: hand-computed cases (buckets at their edges, a partial payment, a payment
// received after the date, a credit note, drafts and void invoices left out, a failed payment that pays nothing),
// then a generated ledger of 400 invoices and 600 payments whose report equals, on 30 dates, an independent query
// that sums the allocations of payments received by each date (no paid_cents, the date compared per row in Quebec
// time); the customers' drill-down adds up to the buckets, and a bad date is refused.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/billing/ReceivablesRepository.h"
#include "core/billing/ReceivablesService.h"
#include "core/common/Money.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::billing;

namespace {

// Totals per bucket (0..4) and the total (5), computed without paid_cents and without the late-payment shortcut.
constexpr const char *kIndependent =
    "SELECT b, coalesce(sum(open), 0)::bigint, count(open), count(DISTINCT customer_id) FROM ("
    "  SELECT i.customer_id,"
    "         i.total_cents"
    "         - (SELECT coalesce(sum(a.amount_cents), 0) FROM payment_allocations a JOIN payments p ON p.id = "
    "a.payment_id"
    "             WHERE a.invoice_id = i.id AND p.status = 'succeeded'"
    "               AND (p.received_at AT TIME ZONE 'America/Montreal')::date <= $1::date)"
    "         + (SELECT coalesce(sum(n.total_cents), 0) FROM invoices n WHERE n.corrects_invoice_id = i.id"
    "             AND n.kind = 'credit_note' AND n.status NOT IN ('draft', 'void') AND n.issue_date <= $1::date)"
    "           AS open,"
    "         CASE WHEN $1::date <= i.due_date THEN 0 WHEN $1::date - i.due_date <= 30 THEN 1"
    "              WHEN $1::date - i.due_date <= 60 THEN 2 WHEN $1::date - i.due_date <= 90 THEN 3 ELSE 4 END AS b0"
    "    FROM invoices i WHERE i.kind = 'invoice' AND i.status NOT IN ('draft', 'void') AND i.issue_date <= $1::date"
    ") x CROSS JOIN LATERAL (VALUES (b0), (5)) v(b) WHERE open > 0 GROUP BY b ORDER BY b";

} // namespace

class TestReceivablesAging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void handComputedCases();
    void generatedLedgerMatchesIndependentQuery();
    void drillDownAddsUp();
    void badDateIsRefused();
    void exportWritesEveryCustomerOfTheBucket();

private:
    void exec(const char *sql);
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestReceivablesAging::exec(const char *sql)
{
    auto r = m_c->exec(sql);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail + u" in "_s + QString::fromUtf8(sql)));
}

void TestReceivablesAging::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto conninfo = m_cluster->freshDatabase();
    QVERIFY(conninfo.ok());
    auto opened = db::PgConnection::open(conninfo.value());
    QVERIFY(opened.ok());
    m_c = std::move(opened.value());
    // Hand-made ledger for customers 1..3 (invoices 1..8, payments 1..4), issued in 2026.
    exec("INSERT INTO customers (id, code, display_name) VALUES (1, 'CUST-00001', 'Élise Tremblay'),"
         " (2, 'CUST-00002', 'Garage Roy'), (3, 'CUST-00003', 'Ferme Dion')");
    exec("INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,"
         " gst_cents, qst_cents, total_cents, paid_cents, status, kind, corrects_invoice_id) VALUES"
         // 1: due 2026-03-31, 10000 total, 4000 paid on 2026-04-10 (payment 1) -> 6000 open until then 10000.
         " (1, 'INV-00001', 1, '2026-03-01', '2026-03-31', '2026-03-01', '2026-03-31', 10000, 0, 0, 10000, 4000,"
         "  'partially_paid', 'invoice', NULL),"
         // 2: due 2026-01-31, 5000, paid in full on 2026-06-01 (payment 2, received after some report dates).
         " (2, 'INV-00002', 1, '2026-01-01', '2026-01-31', '2026-01-01', '2026-01-31', 5000, 0, 0, 5000, 5000,"
         "  'paid', 'invoice', NULL),"
         // 3: due 2026-05-31, 2000, a credit note of -2000 issued 2026-05-15 (invoice 4).
         " (3, 'INV-00003', 2, '2026-05-01', '2026-05-31', '2026-05-01', '2026-05-31', 2000, 0, 0, 2000, 0,"
         "  'issued', 'invoice', NULL),"
         " (4, 'INV-00004', 2, '2026-05-01', '2026-05-31', '2026-05-15', '2026-05-15', -2000, 0, 0, -2000, 0,"
         "  'issued', 'credit_note', 3),"
         // 5: a draft and 6: a void invoice never count.
         " (5, 'INV-00005', 2, '2026-02-01', '2026-02-28', '2026-02-01', '2026-03-03', 700, 0, 0, 700, 0, 'draft',"
         "  'invoice', NULL),"
         " (6, 'INV-00006', 2, '2026-03-01', '2026-03-31', '2026-03-01', '2026-03-31', 800, 0, 0, 800, 0, 'void',"
         "  'invoice', NULL),"
         // 7: due 2026-02-28, 3000, only a failed payment (payment 3) -> open 3000.
         " (7, 'INV-00007', 3, '2026-02-01', '2026-02-28', '2026-02-01', '2026-02-28', 3000, 0, 0, 3000, 0, 'issued',"
         "  'invoice', NULL),"
         // 8: due 2026-06-30, 1000, paid 2026-06-30 23:30 Quebec time (= 2026-07-01 03:30 UTC, payment 4).
         " (8, 'INV-00008', 3, '2026-06-01', '2026-06-30', '2026-06-01', '2026-06-30', 1000, 0, 0, 1000, 1000, 'paid',"
         "  'invoice', NULL)");
    exec("INSERT INTO payments (id, code, customer_id, received_at, amount_cents, method, status) VALUES"
         " (1, 'PAY-00001', 1, '2026-04-10 15:00:00+00', 4000, 'cheque', 'succeeded'),"
         " (2, 'PAY-00002', 1, '2026-06-01 15:00:00+00', 5000, 'etransfer', 'succeeded'),"
         " (3, 'PAY-00003', 3, '2026-03-05 15:00:00+00', 3000, 'pad', 'failed'),"
         " (4, 'PAY-00004', 3, '2026-07-01 03:30:00+00', 1000, 'cash', 'succeeded')");
    exec("INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (1, 1, 4000), (2, 2, 5000),"
         " (4, 8, 1000)");
}

void TestReceivablesAging::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestReceivablesAging::handComputedCases()
{
    ReceivablesRepository repo(*m_c);
    struct Case
    {
        QDate asOf;
        std::array<qint64, 5> cents;
        qint64 total;
        int invoices;
        int customers;
    };
    const Case cases[] = {
        // Jan 31: invoice 2 due that day (current, 5000).
        {QDate(2026, 1, 31), {5000, 0, 0, 0, 0}, 5000, 1, 1},
        // Mar 2: invoice 2 one month late (1-30: 30 days), invoice 7 two days late (1-30), invoice 1 issued (current).
        {QDate(2026, 3, 2), {10000, 8000, 0, 0, 0}, 18000, 3, 2},
        // Apr 10 (payment 1 that day): invoice 1 at 6000 (1-30), invoice 2 69 days late (61-90), 7 at 41 (31-60).
        {QDate(2026, 4, 10), {0, 6000, 3000, 5000, 0}, 14000, 3, 2},
        // May 15: the credit note closes invoice 3 on its issue day; invoice 2 is 104 days late (over 90).
        {QDate(2026, 5, 15), {0, 0, 6000, 3000, 5000}, 14000, 3, 2},
        // Jun 1: payment 2 closes invoice 2; invoice 1 is 62 days late; invoice 7 at 93 days; invoice 8 is issued.
        {QDate(2026, 6, 1), {1000, 0, 0, 6000, 3000}, 10000, 3, 2},
        // Jun 30 (Quebec): invoice 8 paid at 23:30 that day is closed; invoice 1 at 91 days.
        {QDate(2026, 6, 30), {0, 0, 0, 0, 9000}, 9000, 2, 2},
    };
    for (const Case &c : cases) {
        auto r = repo.aging(c.asOf);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        for (int b = 0; b < kAgingBuckets; ++b)
            QVERIFY2(r.value().buckets[size_t(b)].cents == c.cents[size_t(b)],
                qPrintable(u"%1 bucket %2: %3"_s.arg(c.asOf.toString(Qt::ISODate))
                               .arg(b)
                               .arg(r.value().buckets[size_t(b)].cents)));
        QCOMPARE(r.value().total.cents, c.total);
        QCOMPARE(r.value().total.invoices, c.invoices);
        QCOMPARE(r.value().total.customers, c.customers);
    }
    // The customer's drill-down: invoice 1 on Apr 10, with what was paid by then.
    auto inv = repo.invoices(1, QDate(2026, 4, 9));
    QVERIFY(inv.ok());
    QCOMPARE(inv.value().size(), 2);
    QCOMPARE(inv.value().at(0).code, u"INV-00002"_s); // the oldest due first
    QCOMPARE(inv.value().at(0).daysLate, 68);
    QCOMPARE(inv.value().at(0).bucket, AgingBucket::Days61To90);
    QCOMPARE(inv.value().at(1).paidCents, 0); // payment 1 comes the next day
    QCOMPARE(inv.value().at(1).openCents, 10000);
    QCOMPARE(inv.value().at(1).daysLate, 9);
    auto credited = repo.invoices(2, QDate(2026, 5, 14));
    QVERIFY(credited.ok());
    QCOMPARE(credited.value().size(), 1);
    QCOMPARE(credited.value().at(0).creditedCents, 0);
    QVERIFY(repo.invoices(2, QDate(2026, 5, 15)).value().isEmpty());
    QCOMPARE(agingBucketFor(QDate(2026, 1, 31), QDate(2026, 3, 2)), AgingBucket::Days1To30);
    QCOMPARE(agingBucketFor(QDate(2026, 1, 31), QDate(2026, 3, 3)), AgingBucket::Days31To60);
}

void TestReceivablesAging::generatedLedgerMatchesIndependentQuery()
{
    // 100 more customers, 400 invoices over 2025, payments on random dates allocated to them (some over two
    // invoices, some failed), credit notes on a few; paid_cents kept as the allocations of succeeded payments.
    exec("INSERT INTO customers (id, code, display_name)"
         " SELECT n, 'CUST-' || lpad(n::text, 5, '0'), 'Client ' || n FROM generate_series(10, 109) n");
    exec("SELECT setseed(0.42)");
    exec("INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,"
         " gst_cents, qst_cents, total_cents, paid_cents, status)"
         " SELECT 100 + n, 'INV-' || lpad((100 + n)::text, 5, '0'), 10 + n % 100, date '2000-01-01' + n,"
         "        date '2000-01-01' + n, d, d + 30, t, 0, 0, t, 0,"
         "        CASE WHEN n % 37 = 0 THEN 'void' WHEN n % 41 = 0 THEN 'draft' ELSE 'issued' END"
         "   FROM (SELECT n, (date '2025-01-01' + (random() * 330)::int) AS d, 1000 + (random() * 20000)::int AS t"
         "           FROM generate_series(1, 400) n) x");
    exec("INSERT INTO payments (id, code, customer_id, received_at, amount_cents, method, status)"
         " SELECT 100 + n, 'PAY-' || lpad((100 + n)::text, 5, '0'), i.customer_id,"
         "        ((i.issue_date + (random() * 150)::int)::timestamp + make_interval(mins => (random() * 1439)::int))"
         "          AT TIME ZONE 'America/Montreal',"
         "        greatest(1, (i.total_cents * (0.2 + random() * 0.5))::bigint), 'cheque',"
         "        CASE WHEN n % 13 = 0 THEN 'failed' ELSE 'succeeded' END"
         "   FROM generate_series(1, 600) n JOIN invoices i ON i.id = 100 + 1 + (n * 7) % 400"
         "  WHERE i.status = 'issued'");
    // Each payment goes to its invoice, at most the open amount (payments in id order).
    exec("DO $$ DECLARE p record; open bigint; amt bigint; BEGIN"
         " FOR p IN SELECT pm.id, pm.amount_cents, pm.status, 100 + 1 + ((pm.id - 100) * 7) % 400 AS inv"
         "            FROM payments pm WHERE pm.id >= 100 ORDER BY pm.id LOOP"
         "  SELECT total_cents - coalesce((SELECT sum(amount_cents) FROM payment_allocations WHERE invoice_id ="
         "     p.inv), 0) INTO open FROM invoices WHERE id = p.inv;"
         "  amt := least(open, p.amount_cents);"
         "  IF amt > 0 THEN INSERT INTO payment_allocations VALUES (p.id, p.inv, amt); END IF;"
         " END LOOP; END $$");
    // A failed payment pays nothing: its allocations are removed as a reversal would.
    exec("DELETE FROM payment_allocations a USING payments p WHERE p.id = a.payment_id AND p.status = 'failed'");
    exec("UPDATE invoices i SET paid_cents = coalesce((SELECT sum(a.amount_cents) FROM payment_allocations a"
         " WHERE a.invoice_id = i.id), 0) WHERE i.id >= 100");
    exec("UPDATE invoices SET status = CASE WHEN paid_cents = total_cents THEN 'paid' WHEN paid_cents > 0 THEN"
         " 'partially_paid' ELSE status END WHERE id >= 100 AND status = 'issued'");
    exec("INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,"
         " gst_cents, qst_cents, total_cents, status, kind, corrects_invoice_id)"
         " SELECT 1000 + id, 'INV-' || lpad((1000 + id)::text, 5, '0'), customer_id, period_start, period_end,"
         "        issue_date + 20, issue_date + 20, -total_cents / 2, 0, 0, -total_cents / 2, 'issued', 'credit_note', "
         "id"
         "   FROM invoices WHERE id >= 100 AND id % 17 = 0 AND status IN ('issued', 'partially_paid')");
    exec("ANALYZE"); // statistics, as autovacuum would give them: the independent query's correlated plans need them
    auto counts = m_c->exec("SELECT count(*) FILTER (WHERE status = 'partially_paid'), count(*) FILTER (WHERE kind ="
                            " 'credit_note'), (SELECT count(*) FROM payments WHERE status = 'failed') FROM invoices");
    QVERIFY(counts.ok());
    QVERIFY(counts.value().int64(0, 0) > 10);
    QVERIFY(counts.value().int64(0, 1) > 3);
    QVERIFY(counts.value().int64(0, 2) > 10);

    ReceivablesRepository repo(*m_c);
    int nonEmpty = 0;
    for (int k = 0; k < 30; ++k) {
        const QDate asOf = QDate(2025, 1, 15).addDays(k * 17);
        auto r = repo.aging(asOf);
        QVERIFY(r.ok());
        auto ind = m_c->exec(kIndependent, db::SqlParams().add(asOf));
        QVERIFY2(ind.ok(), qPrintable(ind.ok() ? QString() : ind.error().detail));
        std::array<AgingCell, 6> expected{};
        for (int i = 0; i < ind.value().rows(); ++i)
            expected[size_t(ind.value().int64(i, 0))] =
                AgingCell{ind.value().int64(i, 1), int(ind.value().int64(i, 2)), int(ind.value().int64(i, 3))};
        for (int b = 0; b < 6; ++b) {
            const AgingCell &got = b < 5 ? r.value().buckets[size_t(b)] : r.value().total;
            const QString where = u"%1 bucket %2"_s.arg(asOf.toString(Qt::ISODate)).arg(b);
            QVERIFY2(got.cents == expected[size_t(b)].cents, qPrintable(where));
            QVERIFY2(got.invoices == expected[size_t(b)].invoices, qPrintable(where));
            QVERIFY2(got.customers == expected[size_t(b)].customers, qPrintable(where));
        }
        if (r.value().total.invoices > 0)
            ++nonEmpty;
    }
    QVERIFY(nonEmpty >= 25);
}

void TestReceivablesAging::drillDownAddsUp()
{
    ReceivablesRepository repo(*m_c);
    const QDate asOf(2025, 9, 1);
    auto report = repo.aging(asOf);
    QVERIFY(report.ok());
    QVERIFY(report.value().total.customers > 5);
    auto customers = repo.customers(asOf, -1, 5000);
    QVERIFY(customers.ok());
    QCOMPARE(customers.value().size(), report.value().total.customers);
    std::array<qint64, 5> sums{};
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const AgingCustomerRow &row : customers.value()) {
        QVERIFY(row.totalCents <= previous); // the largest first
        previous = row.totalCents;
        qint64 rowSum = 0;
        for (int b = 0; b < kAgingBuckets; ++b) {
            sums[size_t(b)] += row.cents[size_t(b)];
            rowSum += row.cents[size_t(b)];
        }
        QCOMPARE(rowSum, row.totalCents);
        // Each customer's invoices add up to its line.
        auto inv = repo.invoices(row.customerId, asOf);
        QVERIFY(inv.ok());
        QCOMPARE(inv.value().size(), row.invoices);
        qint64 open = 0;
        for (const AgingInvoiceRow &i : inv.value()) {
            open += i.openCents;
            QCOMPARE(i.openCents, i.totalCents - i.paidCents - i.creditedCents);
            QCOMPARE(i.bucket, agingBucketFor(i.dueDate, asOf));
        }
        QCOMPARE(open, row.totalCents);
    }
    for (int b = 0; b < kAgingBuckets; ++b)
        QCOMPARE(sums[size_t(b)], report.value().buckets[size_t(b)].cents);
    // Only the customers with something over 90 days, when asked.
    auto over = repo.customers(asOf, int(AgingBucket::Over90), 5000);
    QVERIFY(over.ok());
    QCOMPARE(over.value().size(), report.value().buckets[size_t(AgingBucket::Over90)].customers);
    for (const AgingCustomerRow &row : over.value())
        QVERIFY(row.cents[size_t(AgingBucket::Over90)] > 0);
    auto limited = repo.customers(asOf, -1, 3);
    QVERIFY(limited.ok());
    QCOMPARE(limited.value().size(), 3);
    QCOMPARE(limited.value().at(0).code, customers.value().at(0).code);
}

void TestReceivablesAging::badDateIsRefused()
{
    ReceivablesRepository repo(*m_c);
    auto r = repo.aging(QDate());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY(!r.error().userMessage.isEmpty());
    QVERIFY(!repo.customers(QDate(), -1, 10).ok());
    QVERIFY(!repo.invoices(1, QDate()).ok());
    QVERIFY(!repo.customers(QDate(2026, 1, 1), 7, 10).ok());
}

// The Receivables tab's "Export…": every customer of the bucket (not a page), the report's order, plain money.
void TestReceivablesAging::exportWritesEveryCustomerOfTheBucket()
{
    const QDate asOf(2025, 9, 1);
    auto over = ReceivablesRepository(*m_c).customers(asOf, int(AgingBucket::Over90), 5000);
    QVERIFY(over.ok());
    QVERIFY(over.value().size() > 1);
    QTemporaryDir dir;
    AgingExportRequest request;
    request.path = dir.filePath(u"aging.csv"_s);
    request.asOf = asOf;
    request.bucket = int(AgingBucket::Over90);
    request.options.byteOrderMark = false;
    request.options.crlf = false;
    request.headers = {u"Code"_s, u"Client"_s, u"Courant"_s, u"1-30"_s, u"31-60"_s, u"61-90"_s, u"Plus de 90"_s,
        u"Total"_s, u"Factures"_s, u"Plus ancienne"_s};
    std::atomic<bool> cancel{false};
    std::atomic<qint64> progress{0};
    auto written = ReceivablesService::writeCustomers(*m_c, request, &cancel, &progress);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().detail));
    QCOMPARE(written.value(), qint64(over.value().size()));
    QCOMPARE(progress.load(), written.value());
    QFile f(request.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), over.value().size() + 1);
    QCOMPARE(lines.at(0), request.headers.join(u';'));
    for (int i = 0; i < over.value().size(); ++i) {
        const AgingCustomerRow &row = over.value().at(i);
        const QStringList cells = lines.at(i + 1).split(u';');
        QCOMPARE(cells.size(), 10);
        QCOMPARE(cells.at(0), row.code);
        QCOMPARE(
            cells.at(6), Money::fromCents(row.cents[size_t(AgingBucket::Over90)]).toPlainString().replace(u'.', u','));
        QCOMPARE(cells.at(7), Money::fromCents(row.totalCents).toPlainString().replace(u'.', u','));
        QCOMPARE(cells.at(8).toInt(), row.invoices);
        QCOMPARE(cells.at(9), row.oldestDue.toString(Qt::ISODate));
    }
    // Cancelled: nothing at the path.
    request.path = dir.filePath(u"cancelled.csv"_s);
    cancel.store(true);
    auto cancelled = ReceivablesService::writeCustomers(*m_c, request, &cancel, &progress);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(request.path));
}

QTEST_GUILESS_MAIN(TestReceivablesAging)
#include "TestReceivablesAging.moc"
