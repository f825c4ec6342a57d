// The allocation editor's core on a real database (migrations through 0021): a payment's allocation read back
// (allocationState: its invoices and the customer's other open ones, the cap counting what it holds), replaced
// (reallocate: moved between invoices, taken back to credit, refused above what is open, on another customer's
// invoice, with a stale version, on a reversed payment, above the payment less its refunds), the balance never moving
// with allocations, the customer's credit applied oldest first (applyCredit), and random reallocations that keep
// `billing verify` clean.
#include <random>

#include <QTest>

#include "core/db/PgConnection.h"
#include "core/payments/PaymentRepository.h"
#include "tests/support/PaymentSeed.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::payments;

class TestPaymentAllocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void stateShowsHeldAndOpenInvoices();
    void movesMoneyBetweenInvoices();
    void unallocatedMoneyBecomesCredit();
    void aboveOpenIsRefused();
    void otherCustomersInvoiceIsRefused();
    void badShapeIsRefused();
    void staleVersionIsAConflict();
    void reversedPaymentIsRefused();
    void refundedMoneyCannotBeAllocated();
    void applyCreditPaysOldestFirst();
    void randomReallocationsKeepVerifyClean();

private:
    qint64 scalar(const QString &sql);
    qint64 balance(qint64 customer)
    {
        return scalar(u"SELECT balance_cents FROM customers WHERE id = %1"_s.arg(customer));
    }
    qint64 paid(qint64 invoice) { return scalar(u"SELECT paid_cents FROM invoices WHERE id = %1"_s.arg(invoice)); }
    QString status(qint64 invoice);
    PaymentResult pay(qint64 customer, qint64 cents, QList<AllocationInput> manual, bool isManual);
    int version(qint64 payment) { return int(scalar(u"SELECT version FROM payments WHERE id = %1"_s.arg(payment))); }
    void expectClean();

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestPaymentAllocation::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestPaymentAllocation::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestPaymentAllocation::init()
{
    m_c.reset();
    auto db = m_cluster->freshDatabase(true);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    for (const char *sql : test::kPaymentSeed) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
}

qint64 TestPaymentAllocation::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().detail));
        return -999999;
    }
    return r.value().int64(0, 0);
}

QString TestPaymentAllocation::status(qint64 invoice)
{
    auto r = m_c->exec(u"SELECT status FROM invoices WHERE id = %1"_s.arg(invoice));
    return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : QString();
}

PaymentResult TestPaymentAllocation::pay(qint64 customer, qint64 cents, QList<AllocationInput> manual, bool isManual)
{
    PaymentInput in;
    in.customerId = customer;
    in.amountCents = cents;
    in.method = u"cheque"_s;
    in.manualAllocation = isManual;
    in.allocations = manual;
    auto r = PaymentRepository(*m_c).record(in);
    if (!r.ok())
        qWarning("record: %s", qPrintable(r.error().detail + r.error().userMessage));
    return r.ok() ? r.value() : PaymentResult{};
}

void TestPaymentAllocation::expectClean()
{
    auto v = PaymentRepository(*m_c).verify();
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().detail));
    QVERIFY2(v.value().clean(),
        qPrintable(u"differences %1, paid mismatches %2, over-allocated %3/%4"_s.arg(v.value().differenceCount)
                       .arg(v.value().paidMismatches)
                       .arg(v.value().overAllocatedInvoices)
                       .arg(v.value().overAllocatedPayments)));
}

void TestPaymentAllocation::stateShowsHeldAndOpenInvoices()
{
    // 1500 oldest first: INV-00001 paid (1000), INV-00002 partially (500).
    const PaymentResult p = pay(1, 1500, {}, false);
    QVERIFY(p.id > 0);
    QCOMPARE(status(1), u"paid"_s);
    auto st = PaymentRepository(*m_c).allocationState(p.id);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().detail));
    QCOMPARE(st.value().paymentCode, p.code);
    QCOMPARE(st.value().customerCode, u"CUST-00001"_s);
    QCOMPARE(st.value().status, u"succeeded"_s);
    QCOMPARE(st.value().allocatableCents, 1500);
    QCOMPARE(st.value().version, version(p.id));
    // The paid invoice stays (this payment holds it); the draft and customer 2's invoice do not appear.
    QCOMPARE(st.value().invoices.size(), 3);
    QCOMPARE(st.value().invoices.at(0).code, u"INV-00001"_s);
    QCOMPARE(st.value().invoices.at(0).openCents, 1000); // 0 open + 1000 held
    QCOMPARE(st.value().invoices.at(1).openCents, 2000); // 1500 open + 500 held
    QCOMPARE(st.value().invoices.at(2).openCents, 3000);
    const QList<AllocationInput> held{{1, 1000}, {2, 500}};
    QCOMPARE(st.value().allocations, held);
    QCOMPARE(st.value().customerCreditCents, 0);
    auto missing = PaymentRepository(*m_c).allocationState(999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestPaymentAllocation::movesMoneyBetweenInvoices()
{
    const PaymentResult p = pay(1, 1500, {}, false);
    const qint64 before = balance(1);
    const int v = version(p.id);
    auto r = PaymentRepository(*m_c).reallocate(p.id, {{3, 1200}, {2, 300}}, v);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QCOMPARE(r.value().allocatedCents, 1500);
    QCOMPARE(r.value().creditCents, 0);
    QCOMPARE(r.value().balanceCents, before);
    QCOMPARE(balance(1), before); // allocations never move the balance
    QCOMPARE(paid(1), 0);
    QCOMPARE(status(1), u"issued"_s);
    QCOMPARE(paid(2), 300);
    QCOMPARE(status(2), u"partially_paid"_s);
    QCOMPARE(paid(3), 1200);
    QVERIFY(version(p.id) > v);
    expectClean();
}

void TestPaymentAllocation::unallocatedMoneyBecomesCredit()
{
    const PaymentResult p = pay(1, 1500, {}, false);
    const qint64 before = balance(1);
    auto r = PaymentRepository(*m_c).reallocate(p.id, {{2, 400}}, version(p.id));
    QVERIFY(r.ok());
    QCOMPARE(r.value().allocatedCents, 400);
    QCOMPARE(r.value().creditCents, 1100);
    QCOMPARE(balance(1), before);
    QCOMPARE(paid(1), 0);
    QCOMPARE(paid(2), 400);
    // Everything back to credit: no allocation left, and the credit is not applied by itself.
    auto none = PaymentRepository(*m_c).reallocate(p.id, {}, version(p.id));
    QVERIFY(none.ok());
    QCOMPARE(none.value().creditCents, 1500);
    QCOMPARE(scalar(u"SELECT count(*) FROM payment_allocations"_s), 0);
    QCOMPARE(scalar(u"SELECT sum(paid_cents) FROM invoices"_s), 0);
    QCOMPARE(balance(1), before);
    expectClean();
}

void TestPaymentAllocation::aboveOpenIsRefused()
{
    QVERIFY(pay(1, 1500, {{2, 1500}}, true).id > 0); // INV-00002: 500 left open
    const PaymentResult p = pay(1, 4000, {{3, 600}}, true);
    // INV-00002 has 500 open; this payment holds nothing there.
    auto r = PaymentRepository(*m_c).reallocate(p.id, {{2, 501}}, version(p.id));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY(r.error().userMessage.contains(u"INV-00002"_s));
    QCOMPARE(paid(2), 1500);
    QCOMPARE(paid(3), 600); // nothing written
    // Counting what it holds: INV-00003 may take 3000 (2400 open + 600 held), not 3001.
    auto above = PaymentRepository(*m_c).reallocate(p.id, {{3, 3001}}, version(p.id));
    QVERIFY(!above.ok());
    QVERIFY(above.error().userMessage.contains(u"INV-00003"_s));
    auto ok = PaymentRepository(*m_c).reallocate(p.id, {{3, 3000}, {2, 500}}, version(p.id));
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().userMessage));
    QCOMPARE(paid(3), 3000);
    QCOMPARE(status(3), u"paid"_s);
    QCOMPARE(status(2), u"paid"_s);
    QCOMPARE(ok.value().creditCents, 500);
    expectClean();
}

void TestPaymentAllocation::otherCustomersInvoiceIsRefused()
{
    const PaymentResult p = pay(1, 1000, {}, false);
    for (qint64 invoice : {4, 5, 12345}) { // customer 2's, a draft, none
        auto r = PaymentRepository(*m_c).reallocate(p.id, {{invoice, 100}}, version(p.id));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
    }
    QCOMPARE(paid(1), 1000);
    QCOMPARE(paid(4), 0);
    expectClean();
}

void TestPaymentAllocation::badShapeIsRefused()
{
    const PaymentResult p = pay(1, 1000, {}, false);
    const int v = version(p.id);
    const QList<QList<AllocationInput>> bad{
        {{2, 0}}, {{2, -5}}, {{2, 100}, {2, 100}}, {{2, 600}, {3, 401}}}; // zero, negative, twice, above the payment
    for (const auto &lines : bad) {
        auto r = PaymentRepository(*m_c).reallocate(p.id, lines, v);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
    }
    QCOMPARE(version(p.id), v);
    QCOMPARE(paid(1), 1000);
    auto missing = PaymentRepository(*m_c).reallocate(999, {}, 1);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestPaymentAllocation::staleVersionIsAConflict()
{
    const PaymentResult p = pay(1, 1000, {}, false);
    const int opened = version(p.id);
    // Another workstation moves it first.
    QVERIFY(PaymentRepository(*m_c).reallocate(p.id, {{2, 1000}}, opened).ok());
    auto r = PaymentRepository(*m_c).reallocate(p.id, {{3, 1000}}, opened);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Conflict);
    QCOMPARE(paid(2), 1000);
    QCOMPARE(paid(3), 0);
    // Without the check (the command line reads and writes at once), it goes through.
    QVERIFY(PaymentRepository(*m_c).reallocate(p.id, {{3, 1000}}, -1).ok());
    QCOMPARE(paid(3), 1000);
    expectClean();
}

void TestPaymentAllocation::reversedPaymentIsRefused()
{
    const PaymentResult p = pay(1, 1000, {}, false);
    QVERIFY(PaymentRepository(*m_c).reverse(p.id, u"NSF"_s).ok());
    auto r = PaymentRepository(*m_c).reallocate(p.id, {{2, 500}}, version(p.id));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Conflict);
    QCOMPARE(scalar(u"SELECT count(*) FROM payment_allocations"_s), 0);
    QCOMPARE(paid(2), 0);
    expectClean();
}

void TestPaymentAllocation::refundedMoneyCannotBeAllocated()
{
    const PaymentResult p = pay(1, 1000, {}, true); // all credit
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec(u"UPDATE payments SET refunded_cents = 300 WHERE id = %1"_s.arg(p.id)).ok());
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    auto st = PaymentRepository(*m_c).allocationState(p.id);
    QVERIFY(st.ok());
    QCOMPARE(st.value().allocatableCents, 700);
    QCOMPARE(st.value().customerCreditCents, 700);
    auto over = PaymentRepository(*m_c).reallocate(p.id, {{1, 701}}, st.value().version);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().kind, Error::Kind::Validation);
    auto ok = PaymentRepository(*m_c).reallocate(p.id, {{1, 700}}, st.value().version);
    QVERIFY(ok.ok());
    QCOMPARE(ok.value().creditCents, 0);
}

void TestPaymentAllocation::applyCreditPaysOldestFirst()
{
    const PaymentResult a = pay(1, 1500, {}, true); // all credit
    const PaymentResult b = pay(1, 700, {{3, 200}}, true); // 500 credit
    const qint64 before = balance(1);
    auto moved = PaymentRepository(*m_c).applyCredit(1);
    QVERIFY(moved.ok());
    QCOMPARE(moved.value(), 2000);
    QCOMPARE(paid(1), 1000); // oldest invoice first, from the oldest payment first
    QCOMPARE(paid(2), 1000);
    QCOMPARE(paid(3), 200);
    QCOMPARE(
        scalar(u"SELECT amount_cents FROM payment_allocations WHERE payment_id = %1 AND invoice_id = 1"_s.arg(a.id)),
        1000);
    QCOMPARE(
        scalar(u"SELECT amount_cents FROM payment_allocations WHERE payment_id = %1 AND invoice_id = 2"_s.arg(b.id)),
        500);
    QCOMPARE(balance(1), before);
    // Nothing left to apply.
    auto again = PaymentRepository(*m_c).applyCredit(1);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    QCOMPARE(PaymentRepository(*m_c).creditCents(1).value(), 0);
    expectClean();
    // Topping up an allocation the payment already has counts only what it adds.
    QVERIFY(PaymentRepository(*m_c).reallocate(b.id, {{3, 200}, {2, 1}}, version(b.id)).ok());
    auto topUp = PaymentRepository(*m_c).applyCredit(1);
    QVERIFY(topUp.ok());
    QCOMPARE(topUp.value(), 499);
    QCOMPARE(paid(2), 1000);
    expectClean();
}

void TestPaymentAllocation::randomReallocationsKeepVerifyClean()
{
    // Payments of customer 1 and 2, then random reallocations (some refused): after each, the balances are the ones
    // before, and the verification is clean.
    PaymentRepository repo(*m_c);
    QList<qint64> payments;
    for (qint64 cents : {1200, 2500, 800})
        payments << pay(1, cents, {}, false).id;
    payments << pay(2, 300, {}, false).id;
    const qint64 before1 = balance(1);
    const qint64 before2 = balance(2);
    std::mt19937 rng(13);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < 60; ++round) {
        const qint64 id = payments.at(static_cast<int>(rng() % payments.size()));
        auto st = repo.allocationState(id);
        QVERIFY(st.ok());
        QList<AllocationInput> lines;
        for (const OpenInvoice &o : st.value().invoices) {
            if (rng() % 2 == 0)
                continue;
            // Mostly within the cap, sometimes one cent above it.
            const qint64 cap = o.openCents;
            const qint64 cents = rng() % 8 == 0 ? cap + 1 : 1 + static_cast<qint64>(rng() % static_cast<quint64>(cap));
            lines.push_back({o.id, cents});
        }
        auto r = repo.reallocate(id, lines, st.value().version);
        if (r.ok()) {
            ++accepted;
            qint64 sum = 0;
            for (const AllocationInput &l : lines)
                sum += l.amountCents;
            QCOMPARE(r.value().allocatedCents, sum);
        } else {
            QCOMPARE(r.error().kind, Error::Kind::Validation);
            ++refused;
        }
        if (round % 7 == 3)
            QVERIFY(repo.applyCredit(st.value().customerId).ok());
        QCOMPARE(balance(1), before1);
        QCOMPARE(balance(2), before2);
        expectClean();
    }
    QVERIFY(accepted > 10);
    QVERIFY(refused > 3);
}

QTEST_GUILESS_MAIN(TestPaymentAllocation)

#include "TestPaymentAllocation.moc"
