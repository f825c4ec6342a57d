// The billing run on a real cluster: a small book of customers whose January invoices were computed by hand (a start
// on the 31st, an end mid-month, a plan change as two subscriptions, quantity, a discount, a non-taxable item, a tax
// of exactly half a cent, one-time charges and credits), run as the billing group; then idempotence, gap-free codes,
// balances, a cancelled and a killed run that leave nothing behind, the refusals, and the whole demo period against
// an independent SQL computation written here.
#include <QSignalSpy>
#include <QTest>

#include "core/billing/BillingRepository.h"
#include "core/billing/BillingRule.h"
#include "core/billing/BillingService.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/demo/DemoSeeder.h"
#include "tests/support/Await.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::billing;

namespace {

const QDate kJanuary(2027, 1, 1);

// Items: 1 INT-100 6995, 2 INT-500 8995, 3 TEL-RES 2495, 4 DSC-LOYAL -1000 (discount), 5 EQP-RTR 500 not taxable,
// 6 INT-FREE 0, 7 TV-BASE 1995.
// Customers (hand-computed January 2027 invoice, 31 days):
//  1 fr, INT-500 from the 31st: 8995 × 1/31 = 290.16 → 290; GST 14.5 → 15; QST 28.93 → 29; total 334.
//  2 en, INT-100 until the 11th (cancelled): 6995 × 11/31 → 2482; INT-500 from the 12th: 8995 × 20/31 → 5803;
//    TEL-RES × 3 from the 10th: 7485 × 22/31 = 5311.94 → 5312; DSC-LOYAL from the 16th: -1000 × 16/31 → -516;
//    EQP-RTR whole month 500, not taxable. Subtotal 13581, taxable 13081, GST 654.05 → 654,
//    QST 1304.83 → 1305, total 15540.
//  3 fr, no e-mail, INT-500 until the 15th (cancelled): 8995 × 15/31 = 4352.42 → 4352; GST 217.6 → 218;
//    QST 434.11 → 434; total 5004.
//  4 fr, only a pending subscription: no invoice.
//  5 fr, no address, INT-100 at a negotiated 2000 whole month and INT-FREE at 0 (anomaly): subtotal 2000,
//    GST 100, QST 199.5 → 200 (exactly half a cent), total 2300.
//  6 fr, already invoiced for January (INV-00001): skipped, its subscription listed as already billed.
//  7 en, no subscription: an installation fee 4999 (taxable) and a goodwill credit -1500 (tax-exempt):
//    subtotal 3499, taxable 4999, GST 249.95 → 250, QST 498.65 → 499, total 4248.
const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Targo', gst_number = '123456789 RT0001',"
    " qst_number = '1234567890 TQ0001', due_days = 30",
    "INSERT INTO items (id, sku, kind, name_fr, name_en, monthly_price_cents, taxable) VALUES"
    " (1, 'INT-100', 'internet', 'Internet 100', 'Internet 100', 6995, true),"
    " (2, 'INT-500', 'internet', 'Internet 500', 'Internet 500', 8995, true),"
    " (3, 'TEL-RES', 'phone', 'Téléphonie', 'Phone', 2495, true),"
    " (4, 'DSC-LOYAL', 'discount', 'Rabais fidélité', 'Loyalty discount', -1000, true),"
    " (5, 'EQP-RTR', 'equipment', 'Location de routeur', 'Router rental', 500, false),"
    " (6, 'INT-FREE', 'internet', 'Internet offert', 'Free Internet', 0, true),"
    " (7, 'TV-BASE', 'tv', 'Télé de base', 'Basic TV', 1995, true)",
    "INSERT INTO customers (id, code, display_name, language, email, billing_street, billing_city,"
    " billing_postal_code, balance_cents) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', '1 rue A', 'Saint-Jérôme', 'J7Z 1A1', 1000),"
    " (2, 'CUST-00002', 'John Smith', 'en', 'john@example.com', '2 rue B', 'Mirabel', 'J7J 1A1', 0),"
    " (3, 'CUST-00003', 'Marc Roy', 'fr', NULL, '3 rue C', 'Mirabel', 'J7J 1A2', -500),"
    " (4, 'CUST-00004', 'Anne Côté', 'fr', 'anne@example.com', '4 rue D', 'Mirabel', 'J7J 1A3', 0),"
    " (5, 'CUST-00005', 'Luc Fortin', 'fr', 'luc@example.com', NULL, NULL, NULL, 0),"
    " (6, 'CUST-00006', 'Julie Gagnon', 'fr', 'julie@example.com', '6 rue F', 'Mirabel', 'J7J 1A4', 0),"
    " (7, 'CUST-00007', 'Mary Brown', 'en', 'mary@example.com', '7 rue G', 'Mirabel', 'J7J 1A5', 0)",
    "INSERT INTO subscriptions (id, code, customer_id, item_id, price_cents, quantity, start_date, end_date, status)"
    " VALUES"
    " (1, 'SUB-00001', 1, 2, 8995, 1, '2027-01-31', NULL, 'active'),"
    " (2, 'SUB-00002', 2, 1, 6995, 1, '2025-05-02', '2027-01-11', 'cancelled'),"
    " (3, 'SUB-00003', 2, 2, 8995, 1, '2027-01-12', NULL, 'active'),"
    " (4, 'SUB-00004', 2, 3, 2495, 3, '2027-01-10', NULL, 'active'),"
    " (5, 'SUB-00005', 2, 4, -1000, 1, '2027-01-16', NULL, 'active'),"
    " (6, 'SUB-00006', 2, 5, 500, 1, '2025-05-02', NULL, 'active'),"
    " (7, 'SUB-00007', 3, 2, 8995, 1, '2024-06-01', '2027-01-15', 'cancelled'),"
    " (8, 'SUB-00008', 4, 2, 8995, 1, '2027-01-20', NULL, 'pending'),"
    " (9, 'SUB-00009', 5, 1, 2000, 1, '2026-03-01', NULL, 'active'),"
    " (10, 'SUB-00010', 5, 6, 0, 1, '2026-03-01', NULL, 'active'),"
    " (11, 'SUB-00011', 6, 7, 1995, 1, '2026-03-01', NULL, 'suspended'),"
    " (12, 'SUB-00012', 1, 1, 6995, 1, '2024-01-01', '2026-12-31', 'cancelled')",
    // Customer 6's January invoice, made before the run (its code from the counter: INV-00001).
    "INSERT INTO invoices (customer_id, period_start, period_end, issue_date, due_date, subtotal_cents, gst_cents,"
    " qst_cents, total_cents, status) VALUES (6, '2027-01-01', '2027-01-31', '2027-01-01', '2027-01-31', 1995, 100,"
    " 199, 2294, 'issued')",
};

} // namespace

class TestBillingRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void previewCountsTotalsPlansAndAnomalies();
    void commitCreatesTheHandComputedInvoices();
    void aSecondRunCreatesNothing();
    void aCancelledRunLeavesNothing();
    void aKilledRunLeavesNothing();
    void refusesANegativeTaxablePriceAndMissingNumbers();
    void chargesAreCheckedInWords();
    void theServiceRunsOnTheExecutorWithProgressAndCancel();
    void theWholeDemoPeriodMatchesAnIndependentComputation();

private:
    QString scalar(const QString &sql);
    void addCharges();
    // Everything a run writes, as one string: invoices, lines, taxes, balances, counter, billed charges.
    QString footprint();

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
};

QString TestBillingRun::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return u"<error>"_s;
    }
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

QString TestBillingRun::footprint()
{
    return scalar(
        u"SELECT concat_ws(' | ', (SELECT count(*) FROM invoices), (SELECT count(*) FROM invoice_lines),"
        " (SELECT count(*) FROM invoice_taxes), (SELECT string_agg(id || ':' || balance_cents, ',' ORDER BY id)"
        " FROM customers), (SELECT next_value FROM document_counters WHERE name = 'invoice'),"
        " (SELECT count(*) FROM customer_charges WHERE invoice_line_id IS NOT NULL))"_s);
}

void TestBillingRun::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestBillingRun::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestBillingRun::init()
{
    m_c.reset();
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    if (QByteArray(QTest::currentTestFunction()) == "theWholeDemoPeriodMatchesAnIndependentComputation")
        return;
    for (const char *sql : kSeed) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    addCharges();
    // The billing group runs it (every grant it needs is in migration 0018).
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
}

void TestBillingRun::addCharges()
{
    BillingRepository repo(*m_c);
    auto fee = repo.addCharge({u"cust-00007"_s, 4999, u"Frais d’installation"_s, 1, true});
    QVERIFY2(fee.ok(), qPrintable(fee.ok() ? QString() : fee.error().detail));
    auto credit = repo.addCharge({u"CUST-00007"_s, -1500, u"Goodwill credit"_s, 1, false});
    QVERIFY2(credit.ok(), qPrintable(credit.ok() ? QString() : credit.error().detail));
}

void TestBillingRun::previewCountsTotalsPlansAndAnomalies()
{
    const QString before = footprint();
    auto p = BillingRepository(*m_c).preview(kJanuary);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().detail));
    const BillingSummary &s = p.value();
    QCOMPARE(s.invoices, 5);
    QCOMPARE(s.lines, 1 + 5 + 1 + 1 + 2); // customer 5's price-0 line is left off
    QCOMPARE(s.subscriptionLines, 8);
    QCOMPARE(s.chargeLines, 2);
    QCOMPARE(s.skippedCustomers, 1);
    QCOMPARE(s.subtotalCents, qint64(290 + 13581 + 4352 + 2000 + 3499));
    QCOMPARE(s.gstCents, qint64(15 + 654 + 218 + 100 + 250));
    QCOMPARE(s.qstCents, qint64(29 + 1305 + 434 + 200 + 499));
    QCOMPARE(s.totalCents, qint64(334 + 15540 + 5004 + 2300 + 4248));
    QCOMPARE(s.totalCents, s.subtotalCents + s.gstCents + s.qstCents);
    QCOMPARE(s.anomalyCounts.value(AnomalyKind::NoPrice), 1);
    QCOMPARE(s.anomalyCounts.value(AnomalyKind::NoEmail), 1);
    QCOMPARE(s.anomalyCounts.value(AnomalyKind::NoAddress), 1);
    QCOMPARE(s.anomalyCounts.value(AnomalyKind::AlreadyBilled), 1);
    QCOMPARE(s.anomalyCounts.value(AnomalyKind::NegativeInvoice), 0);
    QCOMPARE(s.anomalyCounts.value(AnomalyKind::NegativeTaxable), 0);
    bool sawFree = false, sawRoy = false, sawFortin = false, sawSkipped = false;
    for (const Anomaly &a : s.anomalies) {
        sawFree |= a.kind == AnomalyKind::NoPrice && a.subscriptionCode == u"SUB-00010"_s;
        sawRoy |= a.kind == AnomalyKind::NoEmail && a.customerCode == u"CUST-00003"_s;
        sawFortin |= a.kind == AnomalyKind::NoAddress && a.customerCode == u"CUST-00005"_s;
        sawSkipped |= a.kind == AnomalyKind::AlreadyBilled && a.subscriptionCode == u"SUB-00011"_s;
    }
    QVERIFY(sawFree && sawRoy && sawFortin && sawSkipped);
    // Per plan: INT-500 three lines (290 + 5803 + 4352), the discount, the charges without an item.
    QHash<QString, PlanTotal> plans;
    for (const PlanTotal &pl : s.plans)
        plans.insert(pl.sku, pl);
    QCOMPARE(plans.value(u"INT-500"_s).lines, 3);
    QCOMPARE(plans.value(u"INT-500"_s).amountCents, qint64(290 + 5803 + 4352));
    QCOMPARE(plans.value(u"DSC-LOYAL"_s).amountCents, qint64(-516));
    QCOMPARE(plans.value(QString()).lines, 2);
    QCOMPARE(plans.value(QString()).amountCents, qint64(3499));
    // Nothing but the preview's record.
    QCOMPARE(footprint(), before);
    QCOMPARE(scalar(u"SELECT status || ' ' || invoices_count || ' ' || total_cents FROM billing_runs"_s),
        u"previewed 5 27426"_s);
}

void TestBillingRun::commitCreatesTheHandComputedInvoices()
{
    QList<int> steps;
    auto r = BillingRepository(*m_c).commit(kJanuary, nullptr, [&steps](int done, int total) {
        QCOMPARE(total, 8);
        steps << done;
    });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(steps, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(r.value().invoices, 5);
    QCOMPARE(r.value().totalCents, qint64(27426));
    QCOMPARE(r.value().firstInvoiceCode, u"INV-00002"_s);
    QCOMPARE(r.value().lastInvoiceCode, u"INV-00006"_s);
    // Each invoice as computed by hand, with its code (gap-free, by customer), language, dates and status.
    QCOMPARE(
        scalar(u"SELECT string_agg(concat_ws(' ', i.code, c.code, i.language, subtotal_cents, gst_cents, qst_cents,"
               " total_cents, issue_date, due_date, i.status, i.billing_run, i.kind), '; ' ORDER BY i.code)"
               " FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.billing_run IS NOT NULL"_s),
        u"INV-00002 CUST-00001 fr 290 15 29 334 2027-01-01 2027-01-31 issued RUN-2027-01 invoice; "
        "INV-00003 CUST-00002 en 13581 654 1305 15540 2027-01-01 2027-01-31 issued RUN-2027-01 invoice; "
        "INV-00004 CUST-00003 fr 4352 218 434 5004 2027-01-01 2027-01-31 issued RUN-2027-01 invoice; "
        "INV-00005 CUST-00005 fr 2000 100 200 2300 2027-01-01 2027-01-31 issued RUN-2027-01 invoice; "
        "INV-00006 CUST-00007 en 3499 250 499 4248 2027-01-01 2027-01-31 issued RUN-2027-01 invoice"_s);
    // Customer 2's lines: subscriptions by start date, in English, prorated ones with their days.
    QCOMPARE(scalar(u"SELECT string_agg(concat_ws(' ', line_no, quantity, unit_price_cents, amount_cents, taxable,"
                    " description), '; ' ORDER BY line_no) FROM invoice_lines WHERE invoice_id ="
                    " (SELECT id FROM invoices WHERE code = 'INV-00003')"_s),
        u"1 1 6995 2482 t Internet 100 (2027-01-01 – 2027-01-11); 2 1 500 500 f Router rental; "
        "3 3 2495 5312 t Phone (2027-01-10 – 2027-01-31); 4 1 8995 5803 t Internet 500 (2027-01-12 – "
        "2027-01-31); 5 1 -1000 -516 t Loyalty discount (2027-01-16 – 2027-01-31)"_s);
    // Two tax rows per invoice, on the taxable base, with the registration numbers; never a combined rate.
    QCOMPARE(scalar(u"SELECT string_agg(concat_ws(' ', tax, rate_ppm, base_cents, amount_cents, registration_number),"
                    " '; ' ORDER BY tax) FROM invoice_taxes WHERE invoice_id ="
                    " (SELECT id FROM invoices WHERE code = 'INV-00003')"_s),
        u"GST 50000 13081 654 123456789 RT0001; QST 99750 13081 1305 1234567890 TQ0001"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM invoice_taxes t JOIN invoices i ON i.id = t.invoice_id"
                    " WHERE i.billing_run IS NOT NULL"_s),
        u"10"_s);
    // The charges are lines of customer 7's invoice and know it.
    QCOMPARE(scalar(u"SELECT string_agg(concat_ws(' ', ch.description, l.line_no, l.amount_cents, l.taxable, i.code),"
                    " '; ' ORDER BY l.line_no) FROM customer_charges ch JOIN invoice_lines l ON l.id ="
                    " ch.invoice_line_id JOIN invoices i ON i.id = l.invoice_id"_s),
        u"Frais d’installation 1 4999 t INV-00006; Goodwill credit 2 -1500 f INV-00006"_s);
    // Balances moved by each invoice's total; the counter is past the last code; the run says committed.
    QCOMPARE(scalar(u"SELECT string_agg(id || ':' || balance_cents, ',' ORDER BY id) FROM customers"_s),
        u"1:1334,2:15540,3:4504,4:0,5:2300,6:0,7:4248"_s);
    QCOMPARE(scalar(u"SELECT next_value FROM document_counters WHERE name = 'invoice'"_s), u"7"_s);
    QCOMPARE(scalar(u"SELECT concat_ws(' ', status, invoices_count, lines_count, charges_count, skipped_customers,"
                    " subtotal_cents, gst_cents, qst_cents, total_cents, first_invoice_code, last_invoice_code,"
                    " created_by, finished_at IS NOT NULL) FROM billing_runs"_s),
        u"committed 5 10 2 1 23722 1237 2467 27426 INV-00002 INV-00006 ops_billing t"_s);
    // The same amounts by the C++ rule (BillingRule), line by line.
    auto lines = m_c->exec("SELECT s.price_cents, s.quantity, s.start_date, s.end_date, l.amount_cents"
                           "  FROM invoice_lines l JOIN subscriptions s ON s.id = l.subscription_id");
    QVERIFY(lines.ok());
    QCOMPARE(lines.value().rows(), 8);
    for (int i = 0; i < lines.value().rows(); ++i) {
        const db::PgResult &row = lines.value();
        RuleSubscription sub{row.int64(i, 0), row.int32(i, 1), row.date(i, 2),
            row.isNull(i, 3) ? std::optional<QDate>() : std::optional<QDate>(row.date(i, 3)),
            SubscriptionStatus::Active};
        QCOMPARE(lineAmount(kJanuary, sub), row.int64(i, 4));
    }
}

void TestBillingRun::aSecondRunCreatesNothing()
{
    BillingRepository repo(*m_c);
    auto first = repo.commit(kJanuary);
    QVERIFY(first.ok());
    const QString after = footprint();
    auto second = repo.commit(kJanuary);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().detail));
    QCOMPARE(second.value().invoices, 0);
    QCOMPARE(second.value().totalCents, qint64(0));
    QCOMPARE(second.value().skippedCustomers, 5); // customers 1, 2, 3, 5 and 6
    QVERIFY(second.value().firstInvoiceCode.isEmpty());
    QCOMPARE(footprint(), after);
    // A charge entered after the first run waits for the next period rather than reopening January.
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(BillingRepository(*m_c).addCharge({u"CUST-00001"_s, 2500, u"Déplacement"_s, 1, true}).ok());
    auto third = repo.commit(kJanuary);
    QVERIFY(third.ok());
    QCOMPARE(third.value().invoices, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM customer_charges WHERE invoice_line_id IS NULL"_s), u"1"_s);
    // The database itself refuses a second January invoice for a customer.
    auto dup = m_c->exec("INSERT INTO invoices (customer_id, period_start, period_end, issue_date, due_date,"
                         " subtotal_cents, gst_cents, qst_cents, total_cents) VALUES (1, '2027-01-01', '2027-01-31',"
                         " '2027-01-01', '2027-01-31', 0, 0, 0, 0)");
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, u"23505"_s);
    QCOMPARE(
        scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM billing_runs"_s), u"committed,committed,committed"_s);
}

void TestBillingRun::aCancelledRunLeavesNothing()
{
    const QString before = footprint();
    for (int at : {1, 3, 5, 7}) {
        CancelToken token;
        auto r = BillingRepository(*m_c).commit(kJanuary, &token, [&token, at](int done, int) {
            if (done == at)
                token.cancel();
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(!r.error().userMessage.isEmpty());
        QCOMPARE(footprint(), before);
    }
    QCOMPARE(scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM billing_runs"_s),
        u"cancelled,cancelled,cancelled,cancelled"_s);
    // The codes that were taken came back: the next run starts at INV-00002.
    auto r = BillingRepository(*m_c).commit(kJanuary);
    QVERIFY(r.ok());
    QCOMPARE(r.value().firstInvoiceCode, u"INV-00002"_s);
}

void TestBillingRun::aKilledRunLeavesNothing()
{
    // The run's backend is terminated (as when the workstation dies) after its invoices, lines and taxes are written.
    auto killer = db::PgConnection::open(m_conninfo);
    QVERIFY(killer.ok());
    const int pid = m_c->backendPid();
    const QString before = footprint();
    auto r = BillingRepository(*m_c).commit(kJanuary, nullptr, [&](int done, int) {
        if (done == 5)
            QVERIFY(killer.value()->exec("SELECT pg_terminate_backend($1)", db::SqlParams().add(pid)).ok());
    });
    QVERIFY(!r.ok());
    m_c = std::move(killer).value();
    QCOMPARE(footprint(), before);
    // Its row still says running; the next run marks it failed (its session, and so its "alive" lock, is gone) and
    // bills the period. A run whose session is still there (here: waiting) is left running.
    QCOMPARE(scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM billing_runs"_s), u"running"_s);
    auto waiting = db::PgConnection::open(m_conninfo);
    QVERIFY(waiting.ok());
    QVERIFY(waiting.value()
                ->exec("WITH r AS (INSERT INTO billing_runs (period_start, status) VALUES ('2027-01-01', 'running')"
                       " RETURNING id) SELECT pg_advisory_lock(hashtext('ops_billing_run_alive'), id::int) FROM r")
                .ok());
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    auto again = BillingRepository(*m_c).commit(kJanuary);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().detail));
    QCOMPARE(again.value().invoices, 5);
    QCOMPARE(again.value().firstInvoiceCode, u"INV-00002"_s);
    QCOMPARE(scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM billing_runs"_s), u"failed,running,committed"_s);
    QVERIFY(scalar(u"SELECT error FROM billing_runs ORDER BY id LIMIT 1"_s).startsWith(u"interrupted"_s));
}

void TestBillingRun::refusesANegativeTaxablePriceAndMissingNumbers()
{
    QVERIFY(m_c->exec("RESET ROLE").ok());
    // A negative price on a taxable TV line (not a discount): the run refuses, naming it; nothing written.
    QVERIFY(m_c->exec("INSERT INTO subscriptions (id, code, customer_id, item_id, price_cents, start_date, status)"
                      " VALUES (13, 'SUB-00013', 1, 7, -1995, '2026-01-01', 'active')")
                .ok());
    const QString before = footprint();
    auto preview = BillingRepository(*m_c).preview(kJanuary);
    QVERIFY(preview.ok());
    QCOMPARE(preview.value().anomalyCounts.value(AnomalyKind::NegativeTaxable), 1);
    auto r = BillingRepository(*m_c).commit(kJanuary);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY2(r.error().userMessage.contains(u"SUB-00013"_s), qPrintable(r.error().userMessage));
    QVERIFY2(r.error().userMessage.contains(u"negative price"_s), qPrintable(r.error().userMessage));
    QCOMPARE(footprint(), before);
    QVERIFY(m_c->exec("UPDATE subscriptions SET price_cents = 1995 WHERE id = 13").ok());
    // No registration numbers: refused before anything is computed.
    QVERIFY(m_c->exec("UPDATE billing_settings SET qst_number = ''").ok());
    auto numbers = BillingRepository(*m_c).commit(kJanuary);
    QVERIFY(!numbers.ok());
    QCOMPARE(numbers.error().kind, Error::Kind::Validation);
    QVERIFY2(numbers.error().userMessage.contains(u"registration numbers"_s), qPrintable(numbers.error().userMessage));
    QCOMPARE(footprint(), before);
    QCOMPARE(scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM billing_runs"_s), u"previewed,failed,failed"_s);
}

void TestBillingRun::chargesAreCheckedInWords()
{
    BillingRepository repo(*m_c);
    const struct
    {
        ChargeInput in;
        const char *says;
    } bad[] = {
        {{u"CUST-00001"_s, -1500, u"Crédit"_s, 1, true}, "negative price"},
        {{u"CUST-00001"_s, 0, u"Rien"_s, 1, true}, "zero"},
        {{u"CUST-00001"_s, 500, u"   "_s, 1, true}, "Describe"},
        {{u"CUST-00001"_s, 500, u"Frais"_s, 0, true}, "quantity"},
    };
    for (const auto &b : bad) {
        auto r = repo.addCharge(b.in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QVERIFY2(r.error().userMessage.contains(QLatin1String(b.says)), qPrintable(r.error().userMessage));
    }
    auto missing = repo.addCharge({u"CUST-09999"_s, 500, u"Frais"_s, 1, true});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    // The table refuses a taxable credit whoever writes it.
    auto direct = m_c->exec("INSERT INTO customer_charges (customer_id, description, amount_cents, taxable)"
                            " VALUES (1, 'Crédit', -100, true)");
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error().code, u"23514"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM customer_charges"_s), u"2"_s);
    // A dispatcher may read them but not add one.
    QVERIFY(m_c->exec("SET ROLE ops_dispatcher").ok());
    auto forbidden = repo.addCharge({u"CUST-00001"_s, 500, u"Frais"_s, 1, true});
    QVERIFY(!forbidden.ok());
    QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);
}

void TestBillingRun::theServiceRunsOnTheExecutorWithProgressAndCancel()
{
    DbExecutor executor(m_conninfo, 2);
    BillingService service(executor);
    // A cancel before the run starts its statements: nothing written, the future says cancelled.
    auto token = std::make_shared<CancelToken>();
    token->cancel();
    const QString before = footprint();
    auto cancelled = test::await(service.commit(kJanuary, token), this, 30000);
    QVERIFY(cancelled.has_value());
    QVERIFY(!cancelled->ok());
    QCOMPARE(cancelled->error().kind, Error::Kind::Cancelled);
    QCOMPARE(footprint(), before);
    // Preview, then a commit whose progress reaches this thread through the event loop.
    auto preview = test::await(service.preview(kJanuary), this, 30000);
    QVERIFY(preview.has_value() && preview->ok());
    QCOMPARE(preview->value().invoices, 5);
    QSignalSpy progress(&service, &BillingService::runProgress);
    QSignalSpy committed(&service, &BillingService::periodCommitted);
    auto done = test::await(service.commit(kJanuary, std::make_shared<CancelToken>()), this, 30000);
    QVERIFY(done.has_value());
    QVERIFY2(done->ok(), qPrintable(done->ok() ? QString() : done->error().detail));
    QCOMPARE(done->value().totalCents, qint64(27426));
    QVERIFY(QTest::qWaitFor([&] { return committed.count() == 1 && progress.count() == 8; }, 5000));
    QCOMPARE(progress.last().at(0).toInt(), 8);
    QCOMPARE(committed.first().at(0).toDate(), kJanuary);
    auto charge = test::await(service.addCharge({u"CUST-00002"_s, 1200, u"Frais de papier"_s, 1, true}), this);
    QVERIFY(charge.has_value() && charge->ok());
    executor.shutdown();
}

void TestBillingRun::theWholeDemoPeriodMatchesAnIndependentComputation()
{
    demo::DemoOptions o;
    o.scale = 0.04;
    o.today = QDate(2030, 3, 14);
    auto seeded = demo::DemoSeeder(*m_c, o).run();
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().detail));
    // A few charges and credits beside the subscriptions.
    QVERIFY(m_c->exec("INSERT INTO customer_charges (customer_id, description, amount_cents, taxable, quantity)"
                      " SELECT id, 'Frais', 4999 + id, true, 1 + id::int % 3 FROM customers WHERE id % 7 = 0")
                .ok());
    QVERIFY(m_c->exec("INSERT INTO customer_charges (customer_id, description, amount_cents, taxable)"
                      " SELECT id, 'Crédit', -1000 - id, false FROM customers WHERE id % 11 = 0")
                .ok());
    // Catalogue prices changed today (migration 0019): the two first Internet plans cost 5.00 $ more from next month,
    // long before April 2030; some subscriptions get a negotiated price (custom: billed at their own price).
    QVERIFY(m_c->exec("SELECT ops_schedule_item_price(id, monthly_price_cents + 500) FROM (SELECT id,"
                      " monthly_price_cents FROM items WHERE kind = 'internet' AND active ORDER BY id LIMIT 2) x")
                .ok());
    QVERIFY(
        m_c->exec("UPDATE subscriptions SET price_cents = price_cents - 100 WHERE id % 13 = 0 AND price_cents > 1000")
            .ok());
    QVERIFY(scalar(u"SELECT count(*) FROM subscriptions WHERE custom_price"_s).toInt() > 0);
    const QDate april(2030, 4, 1);
    const QString counter = scalar(u"SELECT next_value FROM document_counters"_s);
    QVERIFY(m_c->exec("CREATE TEMP TABLE balances_before AS SELECT id, balance_cents FROM customers").ok());
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    auto r = BillingRepository(*m_c).commit(april);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QVERIFY(r.value().invoices > 100);
    QVERIFY(m_c->exec("RESET ROLE").ok());

    // The rule computed again, differently: days counted with generate_series, integer rounding half away from zero
    // written out, taxes from the per-line sums; compared invoice by invoice.
    const char *expected = R"sql(
CREATE TEMP TABLE expected AS
WITH price AS (
  -- A custom subscription's own price; else the catalogue's row in effect on April 1st, else the item's price.
  SELECT s.id, CASE WHEN s.custom_price THEN s.price_cents
                    ELSE coalesce((SELECT p.price_cents FROM item_prices p WHERE p.item_id = s.item_id
                                      AND p.effective_from = (SELECT max(q.effective_from) FROM item_prices q
                                                               WHERE q.item_id = s.item_id
                                                                 AND q.effective_from <= date '2030-04-01')),
                                  i.monthly_price_cents) END AS unit
    FROM subscriptions s JOIN items i ON i.id = s.item_id),
days AS (
  SELECT s.id, s.customer_id, pr.unit * s.quantity AS monthly, i.taxable, count(d.day) AS n
    FROM subscriptions s JOIN items i ON i.id = s.item_id JOIN price pr ON pr.id = s.id
    JOIN generate_series(date '2030-04-01', date '2030-04-30', interval '1 day') d (day)
      ON d.day::date >= s.start_date AND (s.end_date IS NULL OR d.day::date <= s.end_date)
   WHERE s.status <> 'pending'
   GROUP BY s.id, s.customer_id, pr.unit, s.quantity, i.taxable),
lines AS (
  SELECT customer_id, taxable,
         CASE WHEN monthly * n < 0 THEN -((-monthly * n * 2 + 30) / 60) ELSE (monthly * n * 2 + 30) / 60 END AS amount
    FROM days
  UNION ALL
  SELECT customer_id, taxable, amount_cents * quantity FROM customer_charges),
per AS (
  SELECT customer_id, sum(amount)::bigint AS subtotal,
         coalesce(sum(amount) FILTER (WHERE taxable), 0)::bigint AS base
    FROM lines WHERE amount <> 0 GROUP BY customer_id)
SELECT customer_id, subtotal,
       CASE WHEN base < 0 THEN -((-base * 10 + 100) / 200) ELSE (base * 10 + 100) / 200 END AS gst,
       CASE WHEN base < 0 THEN -((-base * 19950 + 100000) / 200000) ELSE (base * 19950 + 100000) / 200000 END AS qst
  FROM per
)sql";
    QVERIFY2(m_c->exec(expected).ok(), "the independent computation failed");
    QCOMPARE(scalar(u"SELECT count(*) FROM expected"_s), QString::number(r.value().invoices));
    QCOMPARE(scalar(u"SELECT count(*) FROM expected e FULL JOIN (SELECT * FROM invoices WHERE period_start ="
                    " '2030-04-01') i ON i.customer_id = e.customer_id WHERE i.id IS NULL OR e.customer_id IS NULL"
                    " OR i.subtotal_cents <> e.subtotal OR i.gst_cents <> e.gst OR i.qst_cents <> e.qst"
                    " OR i.total_cents <> e.subtotal + e.gst + e.qst"_s),
        u"0"_s);
    QCOMPARE(scalar(u"SELECT concat_ws(' ', sum(subtotal), sum(gst), sum(qst), sum(subtotal + gst + qst))"
                    " FROM expected"_s),
        u"%1 %2 %3 %4"_s.arg(r.value().subtotalCents)
            .arg(r.value().gstCents)
            .arg(r.value().qstCents)
            .arg(r.value().totalCents));
    // Every line's amount summed is the invoice's subtotal; every invoice has its two taxes.
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices i WHERE period_start = '2030-04-01' AND (subtotal_cents <>"
                    " (SELECT sum(amount_cents) FROM invoice_lines WHERE invoice_id = i.id) OR 2 <> (SELECT count(*)"
                    " FROM invoice_taxes WHERE invoice_id = i.id))"_s),
        u"0"_s);
    // Codes: a gap-free block right after the demo's, the counter just past it.
    QCOMPARE(scalar(u"SELECT min(substr(code, 5)::bigint) || ' ' || max(substr(code, 5)::bigint) || ' ' || count(*)"
                    " FROM invoices WHERE period_start = '2030-04-01'"_s),
        u"%1 %2 %3"_s.arg(counter).arg(counter.toLongLong() + r.value().invoices - 1).arg(r.value().invoices));
    QCOMPARE(scalar(u"SELECT next_value FROM document_counters"_s),
        QString::number(counter.toLongLong() + r.value().invoices));
    // Balances moved by exactly each invoice's total.
    QCOMPARE(scalar(u"SELECT count(*) FROM customers c JOIN balances_before b ON b.id = c.id"
                    " LEFT JOIN invoices i ON i.customer_id = c.id AND i.period_start = '2030-04-01'"
                    " WHERE c.balance_cents <> b.balance_cents + coalesce(i.total_cents, 0)"_s),
        u"0"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM customer_charges WHERE invoice_line_id IS NULL"_s), u"0"_s);
    // The new catalogue prices were billed (to the subscriptions that follow the catalogue), and only those.
    QVERIFY(scalar(u"SELECT count(*) FROM invoice_lines l JOIN invoices v ON v.id = l.invoice_id"
                   " JOIN item_prices p ON p.item_id = l.item_id AND p.effective_from > '2000-01-01'"
                   " JOIN subscriptions s ON s.id = l.subscription_id AND NOT s.custom_price"
                   " WHERE v.period_start = '2030-04-01' AND l.unit_price_cents = p.price_cents"_s)
                .toInt()
        > 0);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM invoice_lines l JOIN invoices v ON v.id = l.invoice_id"
               " JOIN subscriptions s ON s.id = l.subscription_id"
               " WHERE v.period_start = '2030-04-01' AND s.custom_price AND l.unit_price_cents <> s.price_cents"_s),
        u"0"_s);
}

QTEST_GUILESS_MAIN(TestBillingRun)
#include "TestBillingRun.moc"
