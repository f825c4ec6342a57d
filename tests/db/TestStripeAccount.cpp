// Stripe on a real database (migration 0021_stripe): refunds (partial, full, refused with nothing written, out of the
// allocations newest invoice first, the balance as `billing verify` recomputes it, Stripe's answer recorded once) and
// the account events (setup_intent.succeeded / setup_failed, charge.refunded, charge.dispute.*), each applied twice
// to show that the second time changes nothing.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/integrations/StripeClient.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxTypes.h"
#include "core/payments/PaymentRepository.h"
#include "core/payments/RefundRepository.h"
#include "core/payments/StripeAccountEvents.h"
#include "core/payments/StripeOpsService.h"
#include "core/payments/StripeSetupLinks.h"
#include "tests/support/Await.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::payments;

namespace {

// Customer 1: INV-00001 due Oct 31 (1000), INV-00002 due Nov 30 (2000), INV-00003 due Dec 31 (3000); a card payment
// PAY-00001 of 3500 (pi_1 / ch_1) allocated oldest first (1000, 2000, 500) and a cheque PAY-00002 of 100 (credit).
// Balance 6000 - 3600 = 2400. A setup request waiting for seti_1 (card).
const char *const kSeed[] = {
    "INSERT INTO customers (id, code, display_name, language, balance_cents, stripe_id) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 2400, 'cus_1'), (2, 'CUST-00002', 'John Smith', 'en', 0, 'cus_2')",
    "SELECT setval(pg_get_serial_sequence('customers', 'id'), 100)",
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,"
    " gst_cents, qst_cents, total_cents, status) VALUES"
    " (1, 'INV-00001', 1, '2026-09-01', '2026-09-30', '2026-10-01', '2026-10-31', 1000, 0, 0, 1000, 'issued'),"
    " (2, 'INV-00002', 1, '2026-10-01', '2026-10-31', '2026-11-01', '2026-11-30', 2000, 0, 0, 2000, 'issued'),"
    " (3, 'INV-00003', 1, '2026-11-01', '2026-11-30', '2026-12-01', '2026-12-31', 3000, 0, 0, 3000, 'issued')",
    "UPDATE document_counters SET next_value = 4 WHERE name = 'invoice'",
    "SELECT setval(pg_get_serial_sequence('invoices', 'id'), 100)",
    "INSERT INTO payments (id, code, customer_id, received_at, amount_cents, method, status, stripe_payment_intent_id,"
    " stripe_charge_id) VALUES (1, 'PAY-00001', 1, '2026-12-01 12:00-05', 3500, 'card', 'succeeded', 'pi_1', 'ch_1'),"
    " (2, 'PAY-00002', 1, '2026-12-02 12:00-05', 100, 'cheque', 'succeeded', NULL, NULL)",
    "SELECT setval(pg_get_serial_sequence('payments', 'id'), 100)",
    "INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (1, 1, 1000), (1, 2, 2000),"
    " (1, 3, 500)",
    "SELECT ops_refresh_invoice_paid(ARRAY[1, 2, 3]::bigint[])",
    "INSERT INTO stripe_setup_requests (customer_id, method_type, channel, recipient, idempotency_key,"
    " setup_intent_id, status) VALUES (1, 'card', 'email', 'elise@example.com', 'ops-setup-1', 'seti_1', 'sent'),"
    " (1, 'acss_debit', 'sms', '+15145550100', 'ops-setup-2', 'seti_2', 'sent')",
};

integrations::StripeEvent stripeEvent(const QString &id, const QString &type, const QJsonObject &object)
{
    integrations::StripeEvent e;
    e.id = id;
    e.type = type;
    e.created = QDateTime(QDate(2026, 12, 5), QTime(15, 0), Qt::UTC);
    e.object = object;
    return e;
}

QJsonObject expandedCard(const QString &id, const QString &last4)
{
    return QJsonObject{{u"id"_s, id}, {u"type"_s, u"card"_s},
        {u"card"_s,
            QJsonObject{{u"brand"_s, u"visa"_s}, {u"last4"_s, last4}, {u"exp_month"_s, 4}, {u"exp_year"_s, 2029}}}};
}

} // namespace

class TestStripeAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void partialRefundComesOutOfTheNewestInvoice();
    void fullRefundReopensEverythingAndMarksTheRefund();
    void refundRefusalsWriteNothing();
    void stripesAnswerIsRecordedOnce();
    void pendingRefundWaitsForChargeRefunded();
    void chargeRefundedFromTheDashboardMovesTheMoney();
    void setupSucceededSavesTheMethodOnce();
    void secondMethodIsNotTheDefault();
    void setupFailedAndUnmatched();
    void disputesAreUpsertedOnce();
    void otherTypesAreIgnored();
    void setupRequestIsRecordedOncePerKey();
    void queuedRefundGoesThroughTheOutboxAndWaitsForStripe();
    void tabRunnersRunOnTheExecutor();

private:
    qint64 scalar(const QString &sql);
    QString text(const QString &sql);
    StripeEventOutcome apply(const integrations::StripeEvent &e);
    QString snapshot();
    void expectClean();

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
};

void TestStripeAccount::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestStripeAccount::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestStripeAccount::init()
{
    m_c.reset();
    auto c = test::seededDatabase(*m_cluster, kSeed, &m_conninfo);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
    m_c = std::move(c).value();
    // The billing group refunds and applies Stripe's events (grants of migration 0021_stripe).
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    expectClean();
}

qint64 TestStripeAccount::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().detail));
        return -999999;
    }
    return r.value().int64(0, 0);
}

QString TestStripeAccount::text(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok() || r.value().rows() < 1)
        return u"<error>"_s;
    return r.value().text(0, 0);
}

// In a transaction, as the event applier calls it.
StripeEventOutcome TestStripeAccount::apply(const integrations::StripeEvent &e)
{
    if (!m_c->exec("BEGIN").ok())
        return {u"<begin failed>"_s, 0, 0, {}};
    auto r = applyAccountEvent(*m_c, e);
    if (!r.ok()) {
        (void)m_c->exec("ROLLBACK");
        return {u"<error> "_s + r.error().detail, 0, 0, {}};
    }
    if (!m_c->exec("COMMIT").ok())
        return {u"<commit failed>"_s, 0, 0, {}};
    return r.value();
}

// Everything an event or a refund may change, as one text.
QString TestStripeAccount::snapshot()
{
    return text(uR"SQL(
SELECT concat_ws(' | ',
  (SELECT string_agg(concat_ws(',', id, amount_cents, refunded_cents, status), ';' ORDER BY id) FROM payments),
  (SELECT string_agg(concat_ws(',', payment_id, invoice_id, amount_cents), ';' ORDER BY payment_id, invoice_id)
     FROM payment_allocations),
  (SELECT string_agg(concat_ws(',', id, paid_cents, status), ';' ORDER BY id) FROM invoices),
  (SELECT string_agg(concat_ws(',', id, balance_cents), ';' ORDER BY id) FROM customers),
  (SELECT string_agg(concat_ws(',', id, status, stripe_refund_id, amount_cents), ';' ORDER BY id) FROM payment_refunds),
  (SELECT string_agg(concat_ws(',', id, stripe_payment_method_id, brand, last4, is_default, version), ';' ORDER BY id)
     FROM customer_payment_methods),
  (SELECT string_agg(concat_ws(',', id, status, payment_method_id, version), ';' ORDER BY id)
     FROM stripe_setup_requests),
  (SELECT string_agg(concat_ws(',', dispute_id, payment_id, status, amount_cents, version), ';' ORDER BY id)
     FROM stripe_disputes))
)SQL"_s);
}

void TestStripeAccount::expectClean()
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

void TestStripeAccount::partialRefundComesOutOfTheNewestInvoice()
{
    RefundRepository repo(*m_c);
    QCOMPARE(repo.refundableCents(1).value(), 3500);
    auto r = repo.prepare({1, 700, u"service outage credit"_s});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().status, u"requested"_s);
    QCOMPARE(r.value().idempotencyKey, u"ops-refund-%1"_s.arg(r.value().refundId));
    QCOMPARE(r.value().paymentIntentId, u"pi_1"_s);
    // The key is committed before Stripe is called, and nothing moved yet.
    QCOMPARE(scalar(u"SELECT count(*) FROM payment_refunds WHERE idempotency_key LIKE 'ops-refund-%'"_s), 1);
    QCOMPARE(scalar(u"SELECT refunded_cents FROM payments WHERE id = 1"_s), 0);
    QCOMPARE(repo.refundableCents(1).value(), 2800);

    auto done = repo.complete(r.value().refundId, u"re_1"_s, u"succeeded"_s);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().detail));
    QCOMPARE(done.value().status, u"succeeded"_s);
    QCOMPARE(done.value().paymentRefundedCents, 700);
    QCOMPARE(done.value().paymentStatus, u"succeeded"_s);
    // 500 from INV-00003 (newest: gone, issued again), 200 from INV-00002 (partially paid); INV-00001 untouched.
    QCOMPARE(scalar(u"SELECT count(*) FROM payment_allocations WHERE payment_id = 1 AND invoice_id = 3"_s), 0);
    QCOMPARE(scalar(u"SELECT amount_cents FROM payment_allocations WHERE payment_id = 1 AND invoice_id = 2"_s), 1800);
    QCOMPARE(scalar(u"SELECT amount_cents FROM payment_allocations WHERE payment_id = 1 AND invoice_id = 1"_s), 1000);
    QCOMPARE(text(u"SELECT status FROM invoices WHERE id = 2"_s), u"partially_paid"_s);
    QCOMPARE(text(u"SELECT status FROM invoices WHERE id = 1"_s), u"paid"_s);
    // The cheque's 100 of credit went to what re-opened (oldest open first: INV-00002).
    QCOMPARE(scalar(u"SELECT paid_cents FROM invoices WHERE id = 2"_s), 1900);
    QCOMPARE(scalar(u"SELECT paid_cents FROM invoices WHERE id = 3"_s), 0);
    QCOMPARE(done.value().balanceCents, 2400 + 700);
    QCOMPARE(repo.refundableCents(1).value(), 2800);
    expectClean();
}

void TestStripeAccount::fullRefundReopensEverythingAndMarksTheRefund()
{
    RefundRepository repo(*m_c);
    auto r = repo.prepare({1, std::nullopt, u"customer moved away"_s});
    QVERIFY(r.ok());
    QCOMPARE(r.value().amountCents, 3500); // all that is left
    auto done = repo.complete(r.value().refundId, u"re_2"_s, u"succeeded"_s);
    QVERIFY(done.ok());
    QCOMPARE(done.value().paymentStatus, u"refunded"_s);
    QCOMPARE(done.value().paymentRefundedCents, 3500);
    QCOMPARE(scalar(u"SELECT count(*) FROM payment_allocations WHERE payment_id = 1"_s), 0);
    QCOMPARE(done.value().balanceCents, 5900); // 6000 less the cheque
    QCOMPARE(scalar(u"SELECT paid_cents FROM invoices WHERE id = 1"_s), 100); // the cheque's credit
    QCOMPARE(repo.refundableCents(1).value(), 0);
    // A refunded payment is not refunded again.
    auto again = repo.prepare({1, 1, u"again"_s});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    expectClean();
}

void TestStripeAccount::refundRefusalsWriteNothing()
{
    RefundRepository repo(*m_c);
    const QString before = snapshot();
    const auto refused = [&](const RefundInput &in, Error::Kind kind) {
        auto r = repo.prepare(in);
        if (r.ok())
            return QString(u"accepted"_s);
        if (r.error().kind != kind)
            return u"kind %1: %2"_s.arg(int(r.error().kind)).arg(r.error().userMessage);
        return r.error().userMessage.isEmpty() ? u"no message"_s : QString();
    };
    QCOMPARE(refused({1, 0, u"r"_s}, Error::Kind::Validation), QString());
    QCOMPARE(refused({1, -5, u"r"_s}, Error::Kind::Validation), QString());
    QCOMPARE(refused({1, 3501, u"r"_s}, Error::Kind::Validation), QString());
    QCOMPARE(refused({1, 100, u"   "_s}, Error::Kind::Validation), QString());
    QCOMPARE(refused({2, 50, u"r"_s}, Error::Kind::Conflict), QString()); // a cheque is reversed, not refunded
    QCOMPARE(refused({999, 50, u"r"_s}, Error::Kind::NotFound), QString());
    QCOMPARE(snapshot(), before);
    // A refund waiting for Stripe counts: only what is left beside it.
    auto first = repo.prepare({1, 3000, u"first"_s});
    QVERIFY(first.ok());
    const QString withFirst = snapshot();
    auto above = repo.prepare({1, 600, u"second"_s});
    QVERIFY(!above.ok());
    QCOMPARE(above.error().kind, Error::Kind::Validation);
    QVERIFY2(above.error().userMessage.contains(u"500"_s), qPrintable(above.error().userMessage));
    QCOMPARE(snapshot(), withFirst);
    QVERIFY(repo.prepare({1, 500, u"second"_s}).ok());
    QCOMPARE(repo.refundableCents(1).value(), 0);
}

void TestStripeAccount::stripesAnswerIsRecordedOnce()
{
    RefundRepository repo(*m_c);
    auto r = repo.prepare({1, 1200, u"double billed"_s});
    QVERIFY(r.ok());
    QVERIFY(repo.complete(r.value().refundId, u"re_3"_s, u"succeeded"_s).ok());
    const QString once = snapshot();
    // A resend with the same key gets the same answer: nothing changes.
    auto twice = repo.complete(r.value().refundId, u"re_3"_s, u"succeeded"_s);
    QVERIFY(twice.ok());
    QCOMPARE(twice.value().paymentRefundedCents, 1200);
    QCOMPARE(snapshot(), once);
    // And charge.refunded saying the same.
    const auto e = stripeEvent(u"evt_r3"_s, u"charge.refunded"_s,
        QJsonObject{
            {u"id"_s, u"ch_1"_s}, {u"payment_intent"_s, u"pi_1"_s}, {u"amount"_s, 3500}, {u"amount_refunded"_s, 1200}});
    QCOMPARE(apply(e).outcome, u"ignored"_s);
    QCOMPARE(snapshot(), once);
    expectClean();
}

void TestStripeAccount::pendingRefundWaitsForChargeRefunded()
{
    RefundRepository repo(*m_c);
    auto r = repo.prepare({1, 900, u"pad refund"_s});
    QVERIFY(r.ok());
    auto pending = repo.complete(r.value().refundId, u"re_4"_s, u"pending"_s);
    QVERIFY(pending.ok());
    QCOMPARE(pending.value().status, u"pending"_s);
    QCOMPARE(pending.value().paymentRefundedCents, 0);
    QCOMPARE(repo.refundableCents(1).value(), 2600);
    expectClean();
    const auto e = stripeEvent(u"evt_r4"_s, u"charge.refunded"_s,
        QJsonObject{{u"id"_s, u"ch_1"_s}, {u"payment_intent"_s, u"pi_1"_s}, {u"amount"_s, 3500},
            {u"amount_refunded"_s, 900},
            {u"refunds"_s,
                QJsonObject{{u"data"_s,
                    QJsonArray{
                        QJsonObject{{u"id"_s, u"re_4"_s}, {u"status"_s, u"succeeded"_s}, {u"amount"_s, 900}}}}}}});
    const StripeEventOutcome o = apply(e);
    QCOMPARE(o.outcome, u"applied"_s);
    QCOMPARE(o.paymentId, 1);
    QCOMPARE(o.customerId, 1);
    QCOMPARE(text(u"SELECT status FROM payment_refunds WHERE stripe_refund_id = 're_4'"_s), u"succeeded"_s);
    QCOMPARE(scalar(u"SELECT refunded_cents FROM payments WHERE id = 1"_s), 900);
    QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 1"_s), 3300);
    expectClean();
    const QString once = snapshot();
    QCOMPARE(apply(e).outcome, u"ignored"_s);
    QCOMPARE(snapshot(), once);
    // The late answer of the call changes nothing either.
    QVERIFY(repo.complete(r.value().refundId, u"re_4"_s, u"succeeded"_s).ok());
    QCOMPARE(snapshot(), once);
}

void TestStripeAccount::chargeRefundedFromTheDashboardMovesTheMoney()
{
    // A refund made in Stripe's dashboard (no row of ours): the payment follows Stripe's total.
    const auto e = stripeEvent(u"evt_d1"_s, u"charge.refunded"_s,
        QJsonObject{{u"id"_s, u"ch_1"_s}, {u"amount"_s, 3500}, {u"amount_refunded"_s, 3500}});
    const StripeEventOutcome o = apply(e);
    QCOMPARE(o.outcome, u"applied"_s);
    QCOMPARE(text(u"SELECT status FROM payments WHERE id = 1"_s), u"refunded"_s);
    expectClean();
    const QString once = snapshot();
    QCOMPARE(apply(e).outcome, u"ignored"_s);
    QCOMPARE(snapshot(), once);
    // An unknown charge is unmatched and changes nothing.
    QCOMPARE(apply(stripeEvent(u"evt_d2"_s, u"charge.refunded"_s,
                       QJsonObject{{u"id"_s, u"ch_unknown"_s}, {u"amount_refunded"_s, 10}}))
                 .outcome,
        u"unmatched"_s);
    QCOMPARE(snapshot(), once);
}

void TestStripeAccount::setupSucceededSavesTheMethodOnce()
{
    const auto e = stripeEvent(u"evt_s1"_s, u"setup_intent.succeeded"_s,
        QJsonObject{{u"id"_s, u"seti_1"_s}, {u"customer"_s, u"cus_1"_s}, {u"status"_s, u"succeeded"_s},
            {u"payment_method"_s, expandedCard(u"pm_1"_s, u"4242"_s)}});
    const StripeEventOutcome o = apply(e);
    QCOMPARE(o.outcome, u"applied"_s);
    QCOMPARE(o.customerId, 1);
    QCOMPARE(text(u"SELECT concat_ws(',', customer_id, type, brand, last4, exp_month, exp_year, is_default)"
                  " FROM customer_payment_methods WHERE stripe_payment_method_id = 'pm_1'"_s),
        u"1,card,visa,4242,4,2029,t"_s);
    QCOMPARE(text(u"SELECT status FROM stripe_setup_requests WHERE setup_intent_id = 'seti_1'"_s), u"succeeded"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM stripe_setup_requests r JOIN customer_payment_methods m"
                    " ON m.id = r.payment_method_id WHERE r.setup_intent_id = 'seti_1'"_s),
        1);
    const QString once = snapshot();
    QCOMPARE(apply(e).outcome, u"applied"_s); // the same state again: no row, no version moved
    QCOMPARE(snapshot(), once);
}

void TestStripeAccount::secondMethodIsNotTheDefault()
{
    QCOMPARE(apply(stripeEvent(u"evt_s1"_s, u"setup_intent.succeeded"_s,
                       QJsonObject{{u"id"_s, u"seti_1"_s}, {u"customer"_s, u"cus_1"_s},
                           {u"payment_method"_s, expandedCard(u"pm_1"_s, u"4242"_s)}}))
                 .outcome,
        u"applied"_s);
    // The bank account: payment_method not expanded, so the type comes from the request and no details yet.
    QCOMPARE(
        apply(stripeEvent(u"evt_s2"_s, u"setup_intent.succeeded"_s,
                  QJsonObject{{u"id"_s, u"seti_2"_s}, {u"customer"_s, u"cus_1"_s}, {u"payment_method"_s, u"pm_2"_s}}))
            .outcome,
        u"applied"_s);
    QCOMPARE(text(u"SELECT concat_ws(',', type, coalesce(last4, '-'), is_default) FROM customer_payment_methods"
                  " WHERE stripe_payment_method_id = 'pm_2'"_s),
        u"acss_debit,-,f"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM customer_payment_methods WHERE customer_id = 1 AND is_default"_s), 1);
    // A setup made without a request of ours (found by the customer's Stripe id), expanded later: details filled.
    QCOMPARE(apply(stripeEvent(u"evt_s3"_s, u"setup_intent.succeeded"_s,
                       QJsonObject{{u"id"_s, u"seti_x"_s}, {u"customer"_s, u"cus_2"_s},
                           {u"payment_method"_s, expandedCard(u"pm_3"_s, u"0005"_s)}}))
                 .outcome,
        u"applied"_s);
    QCOMPARE(text(u"SELECT concat_ws(',', customer_id, last4, is_default) FROM customer_payment_methods"
                  " WHERE stripe_payment_method_id = 'pm_3'"_s),
        u"2,0005,t"_s);
}

void TestStripeAccount::setupFailedAndUnmatched()
{
    const auto failed = stripeEvent(u"evt_f1"_s, u"setup_intent.setup_failed"_s,
        QJsonObject{{u"id"_s, u"seti_2"_s},
            {u"last_setup_error"_s, QJsonObject{{u"message"_s, u"The bank account could not be verified."_s}}}});
    QCOMPARE(apply(failed).outcome, u"applied"_s);
    QCOMPARE(
        text(u"SELECT status || ': ' || error_message FROM stripe_setup_requests WHERE setup_intent_id = 'seti_2'"_s),
        u"failed: The bank account could not be verified."_s);
    const QString once = snapshot();
    QCOMPARE(apply(failed).outcome, u"applied"_s);
    QCOMPARE(snapshot(), once);
    QCOMPARE(apply(stripeEvent(u"evt_f2"_s, u"setup_intent.setup_failed"_s, QJsonObject{{u"id"_s, u"seti_unknown"_s}}))
                 .outcome,
        u"unmatched"_s);
    QCOMPARE(apply(stripeEvent(u"evt_f3"_s, u"setup_intent.succeeded"_s,
                       QJsonObject{{u"id"_s, u"seti_unknown"_s}, {u"customer"_s, u"cus_unknown"_s},
                           {u"payment_method"_s, u"pm_9"_s}}))
                 .outcome,
        u"unmatched"_s);
    QCOMPARE(snapshot(), once);
}

void TestStripeAccount::disputesAreUpsertedOnce()
{
    const auto created = stripeEvent(u"evt_x1"_s, u"charge.dispute.created"_s,
        QJsonObject{{u"id"_s, u"dp_1"_s}, {u"charge"_s, u"ch_1"_s}, {u"amount"_s, 3500}, {u"reason"_s, u"fraudulent"_s},
            {u"status"_s, u"needs_response"_s}, {u"created"_s, 1796500000}});
    const StripeEventOutcome o = apply(created);
    QCOMPARE(o.outcome, u"applied"_s);
    QCOMPARE(o.paymentId, 1);
    const QString once = snapshot();
    QCOMPARE(apply(created).outcome, u"applied"_s);
    QCOMPARE(snapshot(), once);
    QCOMPARE(
        text(u"SELECT concat_ws(',', payment_id, customer_id, status, amount_cents, version) FROM stripe_disputes"_s),
        u"1,1,needs_response,3500,1"_s);
    auto updated = created;
    updated.id = u"evt_x2"_s;
    updated.type = u"charge.dispute.updated"_s;
    updated.object.insert(u"status"_s, u"under_review"_s);
    QCOMPARE(apply(updated).outcome, u"applied"_s);
    QCOMPARE(text(u"SELECT concat_ws(',', status, version) FROM stripe_disputes"_s), u"under_review,2"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM stripe_disputes"_s), 1);
    // On a charge we do not know: recorded, unmatched.
    QCOMPARE(apply(stripeEvent(u"evt_x3"_s, u"charge.dispute.created"_s,
                       QJsonObject{{u"id"_s, u"dp_2"_s}, {u"charge"_s, u"ch_zz"_s}, {u"amount"_s, 10},
                           {u"status"_s, u"needs_response"_s}}))
                 .outcome,
        u"unmatched"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM stripe_disputes WHERE payment_id IS NULL"_s), 1);
}

void TestStripeAccount::otherTypesAreIgnored()
{
    const QString before = snapshot();
    QCOMPARE(apply(stripeEvent(u"evt_o1"_s, u"customer.updated"_s, QJsonObject{{u"id"_s, u"cus_1"_s}})).outcome,
        u"ignored"_s);
    QCOMPARE(snapshot(), before);
}

void TestStripeAccount::setupRequestIsRecordedOncePerKey()
{
    SetupLinkRepository repo(*m_c);
    auto first = repo.record(2, u"card"_s, u"email"_s, u"john@example.com"_s, u"ops-setup-retry"_s);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
    auto again = repo.record(2, u"card"_s, u"email"_s, u"john@example.com"_s, u"ops-setup-retry"_s);
    QVERIFY(again.ok());
    QCOMPARE(again.value().requestId, first.value().requestId);
    QCOMPARE(scalar(u"SELECT count(*) FROM stripe_setup_requests WHERE customer_id = 2"_s), 1);
    // Without a key, each request gets its own, made from its id.
    auto fresh = repo.record(2, u"acss_debit"_s, u"sms"_s, u"+15145550100"_s);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh.value().idempotencyKey, u"ops-setup-%1"_s.arg(fresh.value().requestId));
    QCOMPARE(fresh.value().status, u"requested"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM stripe_setup_requests WHERE customer_id = 2"_s), 2);
}

void TestStripeAccount::queuedRefundGoesThroughTheOutboxAndWaitsForStripe()
{
    net::NetExecutor unused(1);
    integrations::StripeClient client(unused, integrations::StripeConfig());
    const RefundRequestBuilder build = [&client](const RefundResult &row) {
        return client.createRefundRequest(row.paymentIntentId, row.amountCents, QString(), row.idempotencyKey);
    };
    RefundRepository repo(*m_c);
    // Refused: nothing written, no outbox row.
    const qint64 outboxBefore = scalar(u"SELECT count(*) FROM outbox"_s);
    QVERIFY(!repo.queue({1, 3501, u"too much"_s}, build).ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), outboxBefore);
    QCOMPARE(scalar(u"SELECT count(*) FROM payment_refunds"_s), 0);

    auto r = repo.queue({1, 800, u"billed twice"_s}, build);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().status, u"pending"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), outboxBefore + 1);
    QCOMPARE(text(u"SELECT concat_ws(',', provider, operation, idempotency_key, business_entity, business_id)"
                  " FROM outbox ORDER BY id DESC LIMIT 1"_s),
        u"stripe,refund.create,%1,payment,1"_s.arg(r.value().idempotencyKey));
    QCOMPARE(scalar(u"SELECT refunded_cents FROM payments WHERE id = 1"_s), 0); // not until Stripe says so
    QCOMPARE(repo.refundableCents(1).value(), 2700);
    QVERIFY(repo.unsent(1).value().isEmpty()); // the outbox sends it, not a resend
    // charge.refunded without a list: the pending refund that fits succeeds, the money moves.
    QCOMPARE(apply(stripeEvent(u"evt_q1"_s, u"charge.refunded"_s,
                       QJsonObject{{u"id"_s, u"ch_1"_s}, {u"amount"_s, 3500}, {u"amount_refunded"_s, 800}}))
                 .outcome,
        u"applied"_s);
    QCOMPARE(text(u"SELECT status FROM payment_refunds"_s), u"succeeded"_s);
    QCOMPARE(scalar(u"SELECT refunded_cents FROM payments WHERE id = 1"_s), 800);
    expectClean();
}

QTEST_GUILESS_MAIN(TestStripeAccount)
// The Stripe tab's two buttons (the composition root hands ops_stripe's run and applier in): hidden until runners are
// set, each runs on one of the executor's connections with the date given, and unset again hides them.
void TestStripeAccount::tabRunnersRunOnTheExecutor()
{
    DbExecutor executor(m_conninfo, 1);
    StripeOpsService service(executor);
    QSignalSpy changed(&service, &StripeOpsApi::stripeChanged);
    QVERIFY(!service.canRunPpa());
    QVERIFY(!service.canApplyEvents());
    auto refused = test::await(service.runPpa(QDate(2026, 12, 7)), this, 30000);
    QVERIFY(refused.has_value() && !refused->ok());

    StripeOpsRunners runners;
    runners.runPpa = [](db::PgConnection &c, const QDate &date) -> Result<qint64> {
        auto r = c.exec(
            "SELECT extract(day FROM $1::date)::bigint * 1000 + pg_backend_pid() % 1000", db::SqlParams().add(date));
        if (!r.ok())
            return r.error();
        return r.value().int64(0, 0);
    };
    service.setRunners(runners);
    QCOMPARE(changed.count(), 1);
    QVERIFY(service.canRunPpa());
    QVERIFY(!service.canApplyEvents()); // only what was given
    auto ran = test::await(service.runPpa(QDate(2026, 12, 7)), this, 30000);
    QVERIFY(ran.has_value() && ran->ok());
    QCOMPARE(ran->value() / 1000, qint64(7)); // the date reached the runner
    auto notSet = test::await(service.applyEvents(), this, 30000);
    QVERIFY(notSet.has_value() && !notSet->ok());

    service.setRunners({});
    QCOMPARE(changed.count(), 2);
    QVERIFY(!service.canRunPpa());
}

#include "TestStripeAccount.moc"
