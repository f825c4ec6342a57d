// Manual payments on a real database (migrations through 0020_payments): allocation oldest first (exact, partial,
// spanning, over → the customer's credit), manual allocation (and its refusals: above the open amount, another
// customer's invoice), bad input refused with nothing written, reversal (invoices re-open, balance restored, once),
// the credit applied by the billing run, the balance check against the seeded demo data and after random sequences
// of payments, reversals, credit notes and billing runs over many seeds, two workstations paying the same invoice at
// once, and who may do what.
#include <random>
#include <thread>

#include <QTest>

#include "core/billing/BillingRepository.h"
#include "core/billing/InvoiceRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/demo/DemoSeeder.h"
#include "core/payments/PaymentRepository.h"
#include "tests/support/PaymentSeed.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::payments;

class TestPayments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void proposesOldestFirst();
    void exactPaymentPaysTheOldestInvoice();
    void partialPaymentLeavesItPartiallyPaid();
    void paymentSpansInvoicesAndTheRestIsCredit();
    void manualAllocationOverridesTheOrder();
    void manualAllocationAboveOpenIsRefused();
    void manualAllocationToAnotherCustomersInvoiceIsRefused();
    void badInputIsRefusedAndNothingWritten();
    void reversalReopensTheInvoices();
    void reversalIsRefusedTwiceAndWithoutReason();
    void reversalAppliesTheCustomersOtherCredit();
    void creditNoteLeavesLessToAllocate();
    void billingRunAppliesTheCredit();
    void verifyFindsADifference();
    void twoWorkstationsNeverOverAllocate();
    void onlyBillingMayRecordPayments();
    void pageFiltersAndKeyset();
    void demoBalancesAgree();
    void randomSequencesKeepBalancesRight();

private:
    qint64 scalar(const QString &sql);
    qint64 count(const QString &table) { return scalar(u"SELECT count(*) FROM "_s + table); }
    Result<PaymentResult> pay(qint64 customer, qint64 cents, QList<AllocationInput> manual = {}, bool isManual = false);
    void expectClean();

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
};

void TestPayments::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestPayments::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestPayments::init()
{
    m_c.reset();
    auto db = m_cluster->freshDatabase(true);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    if (QByteArray(QTest::currentTestFunction()) == "demoBalancesAgree")
        return;
    for (const char *sql : test::kPaymentSeed) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    // The billing group records payments (grants of migration 0012, functions of 0020_payments).
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
}

qint64 TestPayments::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().detail));
        return -999999;
    }
    return r.value().int64(0, 0);
}

Result<PaymentResult> TestPayments::pay(qint64 customer, qint64 cents, QList<AllocationInput> manual, bool isManual)
{
    PaymentInput in;
    in.customerId = customer;
    in.amountCents = cents;
    in.method = u"cheque"_s;
    in.reference = u"123"_s;
    in.manualAllocation = isManual || !manual.isEmpty();
    in.allocations = manual;
    return PaymentRepository(*m_c).record(in);
}

void TestPayments::expectClean()
{
    auto v = PaymentRepository(*m_c).verify();
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().detail));
    QVERIFY2(v.value().clean(),
        qPrintable(u"differences %1 (first %2: %3 vs %4), paid mismatches %5, over-allocated %6/%7"_s
                       .arg(v.value().differenceCount)
                       .arg(v.value().differences.value(0).customerCode)
                       .arg(v.value().differences.value(0).balanceCents)
                       .arg(v.value().differences.value(0).expectedCents)
                       .arg(v.value().paidMismatches)
                       .arg(v.value().overAllocatedInvoices)
                       .arg(v.value().overAllocatedPayments)));
}

void TestPayments::proposesOldestFirst()
{
    auto open = PaymentRepository(*m_c).openInvoices(1);
    QVERIFY(open.ok());
    QCOMPARE(open.value().size(), 3); // the draft is not open
    QCOMPARE(open.value().at(0).code, u"INV-00001"_s);
    QCOMPARE(open.value().at(1).code, u"INV-00002"_s);
    QCOMPARE(open.value().at(2).code, u"INV-00003"_s);
    const auto p = PaymentRepository::proposeAllocation(open.value(), 2500);
    QCOMPARE(p.size(), 2);
    QCOMPARE(p.at(0), (AllocationInput{1, 1000}));
    QCOMPARE(p.at(1), (AllocationInput{2, 1500}));
    QCOMPARE(PaymentRepository::proposeAllocation(open.value(), 9000).size(), 3);
}

void TestPayments::exactPaymentPaysTheOldestInvoice()
{
    auto r = pay(1, 1000);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().allocations.size(), 1);
    QCOMPARE(r.value().allocations.at(0).invoiceCode, u"INV-00001"_s);
    QCOMPARE(r.value().allocatedCents, 1000);
    QCOMPARE(r.value().creditCents, 0);
    QCOMPARE(r.value().balanceCents, 5000);
    QVERIFY(r.value().code.startsWith(u"PAY-"_s));
    QCOMPARE(scalar(u"SELECT paid_cents FROM invoices WHERE id = 1"_s), 1000);
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE id = 1 AND status = 'paid'"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE id IN (2, 3) AND status = 'issued' AND paid_cents = 0"_s), 2);
    expectClean();
}

void TestPayments::partialPaymentLeavesItPartiallyPaid()
{
    auto r = pay(1, 400);
    QVERIFY(r.ok());
    QCOMPARE(
        scalar(u"SELECT count(*) FROM invoices WHERE id = 1 AND status = 'partially_paid' AND paid_cents = 400"_s), 1);
    auto open = PaymentRepository(*m_c).openInvoices(1);
    QCOMPARE(open.value().at(0).openCents, 600);
    QCOMPARE(r.value().balanceCents, 5600);
    expectClean();
}

void TestPayments::paymentSpansInvoicesAndTheRestIsCredit()
{
    auto r = pay(1, 7000);
    QVERIFY(r.ok());
    QCOMPARE(r.value().allocations.size(), 3);
    QCOMPARE(r.value().allocatedCents, 6000);
    QCOMPARE(r.value().creditCents, 1000);
    QCOMPARE(r.value().balanceCents, -1000);
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE customer_id = 1 AND status = 'paid'"_s), 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE id = 5 AND status = 'draft' AND paid_cents = 0"_s), 1);
    QCOMPARE(PaymentRepository(*m_c).creditCents(1).value(), 1000);
    expectClean();
}

void TestPayments::manualAllocationOverridesTheOrder()
{
    auto r = pay(1, 2000, {{3, 1500}});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QCOMPARE(r.value().allocations.size(), 1);
    QCOMPARE(r.value().allocations.at(0).invoiceCode, u"INV-00003"_s);
    QCOMPARE(r.value().creditCents, 500); // the rest stays as credit, not on INV-00001
    QCOMPARE(scalar(u"SELECT paid_cents FROM invoices WHERE id = 1"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE id = 3 AND status = 'partially_paid'"_s), 1);
    // A manual allocation of nothing: all of it is credit.
    auto none = pay(1, 300, {}, true);
    QVERIFY(none.ok());
    QCOMPARE(none.value().allocations.size(), 0);
    QCOMPARE(none.value().creditCents, 800);
    QCOMPARE(none.value().balanceCents, 6000 - 2300);
    expectClean();
}

void TestPayments::manualAllocationAboveOpenIsRefused()
{
    QVERIFY(pay(1, 600).ok()); // INV-00001: 400 left open
    const qint64 payments = count(u"payments"_s), allocations = count(u"payment_allocations"_s);
    auto r = pay(1, 1000, {{1, 401}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY2(r.error().userMessage.contains(u"INV-00001"_s), qPrintable(r.error().userMessage));
    QCOMPARE(count(u"payments"_s), payments);
    QCOMPARE(count(u"payment_allocations"_s), allocations);
    QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 1"_s), 5400);
    // More allocated than paid.
    auto over = pay(1, 500, {{1, 300}, {2, 300}});
    QVERIFY(!over.ok());
    QCOMPARE(over.error().kind, Error::Kind::Validation);
    QCOMPARE(count(u"payments"_s), payments);
    // Exactly the open amount is fine.
    QVERIFY(pay(1, 400, {{1, 400}}).ok());
    expectClean();
}

void TestPayments::manualAllocationToAnotherCustomersInvoiceIsRefused()
{
    const qint64 payments = count(u"payments"_s);
    auto r = pay(1, 500, {{4, 500}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    auto draft = pay(1, 500, {{5, 500}}); // a draft is not open
    QVERIFY(!draft.ok());
    QCOMPARE(count(u"payments"_s), payments);
}

void TestPayments::badInputIsRefusedAndNothingWritten()
{
    const qint64 payments = count(u"payments"_s);
    PaymentRepository repo(*m_c);
    PaymentInput in;
    in.customerCode = u"CUST-00001"_s;
    in.method = u"cash"_s;
    for (qint64 amount : {qint64(0), qint64(-100)}) {
        in.amountCents = amount;
        auto r = repo.record(in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
    }
    in.amountCents = 100;
    in.method = u"card"_s; // Stripe's, not a clerk's
    QCOMPARE(repo.record(in).error().kind, Error::Kind::Validation);
    in.method = u"bitcoin"_s;
    QCOMPARE(repo.record(in).error().kind, Error::Kind::Validation);
    in.method = u"cash"_s;
    in.customerCode = u"CUST-99999"_s;
    QCOMPARE(repo.record(in).error().kind, Error::Kind::Validation);
    in.customerCode = u"cust-00001"_s;
    in.receivedOn = QDate::currentDate().addDays(3);
    QCOMPARE(repo.record(in).error().kind, Error::Kind::Validation);
    QCOMPARE(count(u"payments"_s), payments);
    QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 1"_s), 6000);
    // A past date is kept (at noon, local time); the code is found case-insensitively.
    in.receivedOn = QDate(2026, 11, 5);
    auto ok = repo.record(in);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().userMessage));
    QCOMPARE(
        scalar(u"SELECT count(*) FROM payments WHERE received_at = timestamptz '2026-11-05 12:00 America/Toronto'"_s),
        1);
}

void TestPayments::reversalReopensTheInvoices()
{
    QVERIFY(pay(1, 1000).ok()); // INV-00001 paid by an earlier payment
    auto r = pay(1, 3000); // INV-00002 paid, INV-00003 1000
    QVERIFY(r.ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE id = 3 AND status = 'partially_paid'"_s), 1);
    auto rev = PaymentRepository(*m_c).reverse(r.value().id, u"Chèque retourné NSF"_s);
    QVERIFY2(rev.ok(), qPrintable(rev.ok() ? QString() : rev.error().detail));
    QCOMPARE(rev.value().status, u"reversed"_s);
    QCOMPARE(rev.value().allocations.size(), 2);
    QCOMPARE(rev.value().balanceCents, 5000);
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE id IN (2, 3) AND status = 'issued' AND paid_cents = 0"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE id = 1 AND status = 'paid'"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM payment_allocations WHERE payment_id = %1"_s.arg(r.value().id)), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM payments WHERE id = %1 AND status = 'reversed' AND reversed_at IS NOT NULL"
                    " AND reversal_reason = 'Chèque retourné NSF'"_s.arg(r.value().id)),
        1);
    // The audit log has the allocations removed.
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'payment_allocation' AND action = 'delete'"_s), 2);
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    expectClean();
}

void TestPayments::reversalIsRefusedTwiceAndWithoutReason()
{
    auto r = pay(1, 1000);
    QVERIFY(r.ok());
    PaymentRepository repo(*m_c);
    QCOMPARE(repo.reverse(r.value().id, u"  "_s).error().kind, Error::Kind::Validation);
    QCOMPARE(scalar(u"SELECT count(*) FROM payments WHERE status = 'succeeded'"_s), 1);
    QVERIFY(repo.reverse(r.value().id, u"NSF"_s).ok());
    auto again = repo.reverse(r.value().id, u"NSF"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 1"_s), 6000);
    QCOMPARE(repo.reverse(987654, u"NSF"_s).error().kind, Error::Kind::NotFound);
    expectClean();
}

void TestPayments::reversalAppliesTheCustomersOtherCredit()
{
    // 500 of credit from a manual payment; a later payment of INV-00001 is reversed: the credit goes to it.
    QVERIFY(pay(1, 500, {}, true).ok());
    auto r = pay(1, 1000, {{1, 1000}});
    QVERIFY(r.ok());
    QVERIFY(PaymentRepository(*m_c).reverse(r.value().id, u"NSF"_s).ok());
    QCOMPARE(scalar(u"SELECT paid_cents FROM invoices WHERE id = 1"_s), 500);
    QCOMPARE(PaymentRepository(*m_c).creditCents(1).value(), 0);
    QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 1"_s), 5500);
    expectClean();
}

void TestPayments::creditNoteLeavesLessToAllocate()
{
    auto note = billing::InvoiceRepository(*m_c).createCreditNote(1);
    QVERIFY2(note.ok(), qPrintable(note.ok() ? QString() : note.error().detail));
    auto open = PaymentRepository(*m_c).openInvoices(1);
    QCOMPARE(open.value().size(), 2); // INV-00001 is credited in full: nothing open on it
    QCOMPARE(open.value().at(0).code, u"INV-00002"_s);
    auto r = pay(1, 2500);
    QVERIFY(r.ok());
    QCOMPARE(r.value().allocations.at(0).invoiceCode, u"INV-00002"_s);
    QCOMPARE(r.value().balanceCents, 6000 - 1000 - 2500);
    expectClean();
}

void TestPayments::billingRunAppliesTheCredit()
{
    // Customer 3 pays ahead (credit 5000), then the run bills January 2027: the credit pays the new invoice.
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec("INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code)"
                      " VALUES (1, 'LOC-00001', 3, '1', 'rue A', 'Mirabel', 'J7J 1A1')")
                .ok());
    QVERIFY(m_c->exec("INSERT INTO subscriptions (id, code, customer_id, location_id, item_id, price_cents, start_date)"
                      " VALUES (1, 'SUB-00001', 3, 1, 1, 6995, '2026-01-01')")
                .ok());
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    auto ahead = pay(3, 5000);
    QVERIFY(ahead.ok());
    QCOMPARE(ahead.value().creditCents, 5000);
    auto run = billing::BillingRepository(*m_c).commit(QDate(2027, 1, 1));
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().detail));
    QCOMPARE(run.value().invoices, 1); // only customer 3 has a subscription
    // 6995 + GST 350 + QST 698 = 8043, of which the credit pays 5000.
    QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE customer_id = 3 AND total_cents = 8043 AND paid_cents = 5000"
                    " AND status = 'partially_paid'"_s),
        1);
    QCOMPARE(PaymentRepository(*m_c).creditCents(3).value(), 0);
    QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 3"_s), 3043);
    expectClean();
}

void TestPayments::verifyFindsADifference()
{
    QVERIFY(pay(1, 1500).ok());
    expectClean();
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec("UPDATE customers SET balance_cents = balance_cents + 7 WHERE id = 2").ok());
    QVERIFY(m_c->exec("UPDATE invoices SET paid_cents = 0 WHERE id = 1").ok());
    auto v = PaymentRepository(*m_c).verify();
    QVERIFY(v.ok());
    QVERIFY(!v.value().clean());
    QCOMPARE(v.value().customers, 3);
    QCOMPARE(v.value().differenceCount, 1);
    QCOMPARE(v.value().differences.at(0).customerCode, u"CUST-00002"_s);
    QCOMPARE(v.value().differences.at(0).balanceCents, 507);
    QCOMPARE(v.value().differences.at(0).expectedCents, 500);
    QCOMPARE(v.value().paidMismatches, 1);
}

void TestPayments::twoWorkstationsNeverOverAllocate()
{
    // Two connections allocate all of INV-00001 by hand at the same moment, many times over fresh invoices: one
    // wins, the other is refused (its amount is then above what is open); nothing is ever over-allocated.
    for (int round = 0; round < 8; ++round) {
        const qint64 invoiceId = 200 + round;
        QVERIFY(m_c->exec(u"INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date,"
                          " due_date, subtotal_cents, gst_cents, qst_cents, total_cents, status)"
                          " SELECT %1, 'INV-%2', 1, d, d + 27, d, d + 27, 900, 0, 0, 900, 'issued'"
                          "   FROM make_date(2025, %3, 1) d"_s.arg(invoiceId)
                              .arg(invoiceId, 5, 10, QLatin1Char('0'))
                              .arg(round + 1))
                    .ok());
        QVERIFY(m_c->exec("RESET ROLE").ok());
        QVERIFY(m_c->exec("UPDATE customers SET balance_cents = balance_cents + 900 WHERE id = 1").ok());
        QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
        std::vector<int> results(2, -1);
        std::vector<std::thread> threads;
        for (int w = 0; w < 2; ++w) {
            threads.emplace_back([this, w, invoiceId, round, &results] {
                auto c = db::PgConnection::open(m_conninfo);
                if (!c.ok() || !c.value()->exec("SET ROLE ops_billing").ok())
                    return;
                PaymentInput in;
                in.customerId = 1;
                in.amountCents = 900;
                in.method = u"cash"_s;
                // Even rounds: both by hand to the same invoice; odd rounds: both oldest first.
                in.manualAllocation = round % 2 == 0;
                if (in.manualAllocation)
                    in.allocations = {{invoiceId, 900}};
                auto r = PaymentRepository(*c.value()).record(in);
                results[static_cast<size_t>(w)] = r.ok() ? 1 : r.error().kind == Error::Kind::Validation ? 0 : 2;
            });
        }
        for (auto &t : threads)
            t.join();
        if (round % 2 == 0) {
            QCOMPARE(results[0] + results[1], 1); // one recorded, one refused
        } else {
            QCOMPARE(results[0], 1);
            QCOMPARE(results[1], 1);
        }
        QVERIFY(scalar(u"SELECT paid_cents FROM invoices WHERE id = %1"_s.arg(invoiceId)) <= 900);
        expectClean();
    }
}

void TestPayments::onlyBillingMayRecordPayments()
{
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec("SET ROLE ops_dispatcher").ok());
    auto r = pay(1, 1000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Forbidden);
    QVERIFY(!m_c->exec("SELECT ops_apply_credit(ARRAY[1::bigint])").ok());
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(count(u"payments"_s), 0);
    for (const char *group : {"ops_manager", "ops_technician"}) {
        QVERIFY(m_c->exec(u"SET ROLE %1"_s.arg(QLatin1String(group))).ok());
        QVERIFY(!pay(1, 1000).ok());
        QVERIFY(m_c->exec("RESET ROLE").ok());
    }
    QVERIFY(m_c->exec("SET ROLE ops_admin").ok());
    QVERIFY(pay(1, 1000).ok());
    auto p = PaymentRepository(*m_c).page({}, {}, 10);
    QVERIFY(p.ok());
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec("SET ROLE ops_dispatcher").ok());
    QVERIFY(PaymentRepository(*m_c).page({}, {}, 10).ok()); // dispatchers read payments (0012)
    QVERIFY(!PaymentRepository(*m_c).reverse(p.value().rows.at(0).id, u"NSF"_s).ok());
}

void TestPayments::pageFiltersAndKeyset()
{
    PaymentRepository repo(*m_c);
    for (int i = 0; i < 7; ++i) {
        PaymentInput in;
        in.customerId = i % 2 ? 2 : 1;
        in.amountCents = 100 + i;
        in.method = i % 3 == 0 ? u"cash"_s : u"etransfer"_s;
        in.receivedOn = QDate(2026, 11, 1 + i);
        QVERIFY(repo.record(in).ok());
    }
    QVERIFY(repo.reverse(repo.idByCode(u"PAY-00001"_s).value(), u"NSF"_s).ok());
    QList<qint64> seen;
    PaymentCursor cursor;
    do {
        auto page = repo.page({}, cursor, 3);
        QVERIFY(page.ok());
        for (const PaymentListRow &row : page.value().rows)
            seen << row.amountCents;
        cursor = page.value().next;
    } while (!cursor.isNull());
    QCOMPARE(seen, (QList<qint64>{106, 105, 104, 103, 102, 101, 100}));
    PaymentListFilter f;
    f.method = u"cash"_s;
    QCOMPARE(repo.page(f, {}, 50).value().rows.size(), 3); // 0, 3, 6
    f = {};
    f.from = QDate(2026, 11, 3);
    f.to = QDate(2026, 11, 4);
    QCOMPARE(repo.page(f, {}, 50).value().rows.size(), 2);
    f = {};
    f.customer = u"smith"_s;
    QCOMPARE(repo.page(f, {}, 50).value().rows.size(), 3);
    f = {};
    f.status = u"reversed"_s;
    auto reversed = repo.page(f, {}, 50);
    QCOMPARE(reversed.value().rows.size(), 1);
    QCOMPARE(reversed.value().rows.at(0).reversalReason, u"NSF"_s);
    f.status = u"bogus"_s;
    QCOMPARE(repo.page(f, {}, 50).error().kind, Error::Kind::Validation);
}

void TestPayments::demoBalancesAgree()
{
    // The seeded demo's balances (invoice total − paid, per customer) are the ones the check recomputes.
    demo::DemoOptions o;
    o.scale = 0.04;
    o.today = QDate(2026, 11, 20);
    auto seeded = demo::DemoSeeder(*m_c, o).run();
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().detail));
    QVERIFY(count(u"payments"_s) > 1000);
    expectClean();
    // And a payment recorded on it keeps them right.
    const qint64 customer =
        scalar(u"SELECT customer_id FROM invoices WHERE status IN ('issued', 'partially_paid') ORDER BY id LIMIT 1"_s);
    QVERIFY(customer > 0);
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    auto r = pay(customer, 12345);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QVERIFY(!r.value().allocations.isEmpty());
    expectClean();
}

void TestPayments::randomSequencesKeepBalancesRight()
{
    // Four customers with a subscription; each seed bills one more month and then runs random payments (oldest
    // first, manual), reversals and credit notes. After every seed, the maintained balances equal the recomputation,
    // and an independent formula (open amounts of invoices, credit notes, unallocated credit) agrees.
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec("INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code)"
                      " SELECT c, 'LOC-0000' || c, c, '1', 'rue A', 'Mirabel', 'J7J 1A1' FROM generate_series(1, 3) c")
                .ok());
    QVERIFY(m_c->exec("INSERT INTO subscriptions (code, customer_id, location_id, item_id, price_cents, start_date)"
                      " SELECT 'SUB-0000' || c, c, c, 1, 2000 + c * 1000, '2024-01-01' FROM generate_series(1, 3) c")
                .ok());
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    PaymentRepository repo(*m_c);
    billing::InvoiceRepository invoices(*m_c);
    const QDate first(2025, 1, 1);
    for (int seed = 1; seed <= 20; ++seed) {
        std::mt19937 rng(static_cast<unsigned>(seed));
        const auto below = [&rng](int n) {
            return static_cast<int>(rng() % static_cast<unsigned>(n));
        };
        auto run = billing::BillingRepository(*m_c).commit(first.addMonths(seed - 1));
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().detail));
        for (int op = 0; op < 12; ++op) {
            const qint64 customer = 1 + below(3);
            switch (below(5)) {
            case 0:
            case 1: {
                auto r = pay(customer, 1 + below(9000));
                QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
                break;
            }
            case 2: {
                auto open = repo.openInvoices(customer);
                QVERIFY(open.ok());
                QList<AllocationInput> manual;
                qint64 sum = 0;
                for (const OpenInvoice &o : open.value()) {
                    if (below(2) == 0) {
                        const qint64 a = 1 + below(static_cast<int>(o.openCents));
                        manual.push_back({o.id, a});
                        sum += a;
                    }
                }
                auto r = pay(customer, sum + below(3000) + 1, manual, true);
                QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
                break;
            }
            case 3: {
                const qint64 id = scalar(u"SELECT coalesce((SELECT id FROM payments WHERE status = 'succeeded'"
                                         " ORDER BY md5(id::text || '%1') LIMIT 1), 0)"_s.arg(seed * 100 + op));
                if (id > 0) {
                    auto r = repo.reverse(id, u"NSF"_s);
                    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
                }
                break;
            }
            default: {
                const qint64 id = scalar(u"SELECT coalesce((SELECT i.id FROM invoices i WHERE i.kind = 'invoice'"
                                         " AND i.status IN ('issued', 'partially_paid', 'paid') AND NOT EXISTS"
                                         " (SELECT 1 FROM invoices n WHERE n.corrects_invoice_id = i.id)"
                                         " ORDER BY md5(i.id::text || '%1') LIMIT 1), 0)"_s.arg(seed * 100 + op));
                if (id > 0) {
                    auto r = invoices.createCreditNote(id);
                    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
                }
                break;
            }
            }
        }
        expectClean();
        // Independent: balance = Σ (invoice total − paid) + Σ credit notes − Σ unallocated remainders.
        QCOMPARE(scalar(u"SELECT count(*) FROM customers c WHERE c.balance_cents <>"
                        " (SELECT coalesce(sum(total_cents - CASE WHEN kind = 'invoice' THEN paid_cents ELSE 0 END), 0)"
                        "    FROM invoices WHERE customer_id = c.id AND status NOT IN ('draft', 'void'))"
                        " - (SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.customer_id = c.id"
                        "     AND p.status = 'succeeded')"
                        " + (SELECT coalesce(sum(a.amount_cents), 0) FROM payment_allocations a"
                        "     JOIN payments p ON p.id = a.payment_id WHERE p.customer_id = c.id)"_s),
            0);
        QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE paid_cents > total_cents AND kind = 'invoice'"_s), 0);
    }
    QVERIFY(count(u"payments"_s) > 50);
    QVERIFY(scalar(u"SELECT count(*) FROM payments WHERE status = 'reversed'"_s) > 5);
    QVERIFY(scalar(u"SELECT count(*) FROM invoices WHERE kind = 'credit_note'"_s) > 5);
}

QTEST_GUILESS_MAIN(TestPayments)
#include "TestPayments.moc"
