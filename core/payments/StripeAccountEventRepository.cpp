#include "core/payments/StripeAccountEventRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/integrations/StripeClient.h"
#include "core/payments/RefundRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

namespace {

// A field that Stripe sends either as an id or, expanded, as the object.
QString idOf(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value(u"id").toString() : v.toString();
}

StripeEventOutcome outcome(const QString &what, const QString &detail, qint64 customerId = 0, qint64 paymentId = 0)
{
    StripeEventOutcome o;
    o.outcome = what;
    o.detail = detail;
    o.customerId = customerId;
    o.paymentId = paymentId;
    return o;
}

Status lockCustomer(db::PgConnection &c, qint64 customerId)
{
    auto r = c.exec("SELECT 1 FROM customers WHERE id = $1 FOR UPDATE", db::SqlParams().add(customerId));
    if (!r.ok())
        return r.error();
    return success();
}

// setup_intent.succeeded: the saved method appears (or its details are refreshed), default when the customer has
// no default yet; the setup request succeeds.
Result<StripeEventOutcome> setupSucceeded(db::PgConnection &c, const QJsonObject &si)
{
    const QString intentId = si.value(u"id").toString();
    const QString stripeCustomer = idOf(si.value(u"customer"));
    const QJsonValue pmValue = si.value(u"payment_method");
    const QString pmId = idOf(pmValue);
    auto req = c.exec("SELECT id, customer_id, method_type FROM stripe_setup_requests WHERE setup_intent_id = $1",
        db::SqlParams().add(intentId));
    if (!req.ok())
        return req.error();
    qint64 requestId = 0;
    qint64 customerId = 0;
    QString type;
    if (req.value().rows() == 1) {
        requestId = req.value().int64(0, 0);
        customerId = req.value().int64(0, 1);
        type = req.value().text(0, 2);
    } else if (!stripeCustomer.isEmpty()) {
        auto cust = c.exec("SELECT id FROM customers WHERE stripe_id = $1", db::SqlParams().add(stripeCustomer));
        if (!cust.ok())
            return cust.error();
        if (cust.value().rows() == 1)
            customerId = cust.value().int64(0, 0);
    }
    if (customerId == 0)
        return outcome(u"unmatched"_s, u"no setup request or customer for %1 (%2)"_s.arg(intentId, stripeCustomer));
    if (pmId.isEmpty())
        return outcome(u"ignored"_s, u"%1 succeeded without a payment method"_s.arg(intentId), customerId);
    // The method's details when Stripe expanded it; else the type the request asked for.
    const QJsonObject pm = pmValue.toObject();
    if (!pm.isEmpty())
        type = pm.value(u"type").toString();
    if (type.isEmpty()) {
        const QJsonArray types = si.value(u"payment_method_types").toArray();
        type = types.size() == 1 ? types.first().toString() : QString();
    }
    if (type != u"card"_s && type != u"acss_debit"_s)
        return outcome(u"ignored"_s, u"%1: payment method type “%2” is not used here"_s.arg(pmId, type), customerId);
    std::optional<QString> brand, last4;
    std::optional<int> expMonth, expYear;
    if (type == u"card"_s && pm.value(u"card").isObject()) {
        const QJsonObject card = pm.value(u"card").toObject();
        brand = card.value(u"brand").toString();
        last4 = card.value(u"last4").toString();
        expMonth = card.value(u"exp_month").toInt();
        expYear = card.value(u"exp_year").toInt();
    } else if (type == u"acss_debit"_s && pm.value(u"acss_debit").isObject()) {
        const QJsonObject bank = pm.value(u"acss_debit").toObject();
        brand = bank.value(u"bank_name").toString();
        last4 = bank.value(u"last4").toString();
    }
    if (Status s = lockCustomer(c, customerId); !s.ok())
        return s.error();
    auto ins = c.exec(R"SQL(
INSERT INTO customer_payment_methods (customer_id, stripe_payment_method_id, type, brand, last4, exp_month, exp_year,
                                      is_default)
VALUES ($1, $2, $3, nullif($4, ''), CASE WHEN $5 ~ '^[0-9]{4}$' THEN $5 END,
        CASE WHEN $6::int BETWEEN 1 AND 12 THEN $6::int END, CASE WHEN $7::int BETWEEN 2000 AND 2200 THEN $7::int END,
        NOT EXISTS (SELECT 1 FROM customer_payment_methods
                     WHERE customer_id = $1 AND is_default AND detached_at IS NULL))
ON CONFLICT (stripe_payment_method_id) DO UPDATE
   SET brand = coalesce(excluded.brand, customer_payment_methods.brand),
       last4 = coalesce(excluded.last4, customer_payment_methods.last4),
       exp_month = coalesce(excluded.exp_month, customer_payment_methods.exp_month),
       exp_year = coalesce(excluded.exp_year, customer_payment_methods.exp_year)
 WHERE customer_payment_methods.customer_id = excluded.customer_id
   AND (customer_payment_methods.brand, customer_payment_methods.last4, customer_payment_methods.exp_month,
        customer_payment_methods.exp_year)
       IS DISTINCT FROM (coalesce(excluded.brand, customer_payment_methods.brand),
                         coalesce(excluded.last4, customer_payment_methods.last4),
                         coalesce(excluded.exp_month, customer_payment_methods.exp_month),
                         coalesce(excluded.exp_year, customer_payment_methods.exp_year))
RETURNING id
)SQL",
        db::SqlParams()
            .add(customerId)
            .add(pmId)
            .add(type)
            .add(brand.value_or(QString()))
            .add(last4.value_or(QString()))
            .add(expMonth.value_or(0))
            .add(expYear.value_or(0)));
    if (!ins.ok())
        return ins.error();
    auto method = c.exec("SELECT id, customer_id FROM customer_payment_methods WHERE stripe_payment_method_id = $1",
        db::SqlParams().add(pmId));
    if (!method.ok())
        return method.error();
    if (method.value().int64(0, 1) != customerId)
        return outcome(u"unmatched"_s, u"%1 is saved for another customer"_s.arg(pmId), customerId);
    const qint64 methodId = method.value().int64(0, 0);
    if (requestId != 0) {
        auto upd = c.exec("UPDATE stripe_setup_requests SET status = 'succeeded', payment_method_id = $2,"
                          " completed_at = coalesce(completed_at, now()), error_message = NULL"
                          " WHERE id = $1 AND (status <> 'succeeded' OR payment_method_id IS DISTINCT FROM $2)",
            db::SqlParams().add(requestId).add(methodId));
        if (!upd.ok())
            return upd.error();
    }
    return outcome(u"applied"_s,
        u"%1 %2 %3 saved"_s.arg(pmId, type, last4.value_or(QString()).isEmpty() ? u"…"_s : *last4), customerId);
}

// setup_intent.setup_failed: the request fails with Stripe's message (a request that already succeeded stays so).
Result<StripeEventOutcome> setupFailed(db::PgConnection &c, const QJsonObject &si)
{
    const QString intentId = si.value(u"id").toString();
    const QJsonObject err = si.value(u"last_setup_error").toObject();
    QString message = err.value(u"message").toString();
    if (message.isEmpty())
        message = err.value(u"code").toString();
    auto req = c.exec("SELECT id, customer_id, status FROM stripe_setup_requests WHERE setup_intent_id = $1",
        db::SqlParams().add(intentId));
    if (!req.ok())
        return req.error();
    if (req.value().rows() != 1)
        return outcome(u"unmatched"_s, u"no setup request for %1"_s.arg(intentId));
    const qint64 customerId = req.value().int64(0, 1);
    if (req.value().text(0, 2) == u"succeeded"_s)
        return outcome(u"ignored"_s, u"%1 already succeeded"_s.arg(intentId), customerId);
    auto upd = c.exec("UPDATE stripe_setup_requests SET status = 'failed', error_message = nullif(left($2, 1000), ''),"
                      " completed_at = coalesce(completed_at, now()) WHERE id = $1 AND status <> 'failed'",
        db::SqlParams().add(req.value().int64(0, 0)).add(message));
    if (!upd.ok())
        return upd.error();
    return outcome(u"applied"_s, u"%1 failed: %2"_s.arg(intentId, message), customerId);
}

Result<qint64> paymentByCharge(db::PgConnection &c, const QString &chargeId, const QString &intentId)
{
    auto p = c.exec("SELECT id FROM payments WHERE (stripe_charge_id = $1 AND $1 <> '')"
                    " OR (stripe_payment_intent_id = $2 AND $2 <> '') ORDER BY id LIMIT 1",
        db::SqlParams().add(chargeId).add(intentId));
    if (!p.ok())
        return p.error();
    return p.value().rows() == 1 ? p.value().int64(0, 0) : qint64(0);
}

// charge.refunded: Stripe's amount_refunded is the truth for the payment; the refund rows it lists succeed (or,
// when it lists none, the pending ones that fit in what it refunded).
Result<StripeEventOutcome> chargeRefunded(db::PgConnection &c, const QJsonObject &charge)
{
    const QString chargeId = charge.value(u"id").toString();
    auto found = paymentByCharge(c, chargeId, idOf(charge.value(u"payment_intent")));
    if (!found.ok())
        return found.error();
    const qint64 paymentId = found.value();
    if (paymentId == 0)
        return outcome(u"unmatched"_s, u"no payment for charge %1"_s.arg(chargeId));
    auto owner = c.exec("SELECT customer_id FROM payments WHERE id = $1", db::SqlParams().add(paymentId));
    if (!owner.ok())
        return owner.error();
    const qint64 customerId = owner.value().int64(0, 0);
    if (Status s = lockCustomer(c, customerId); !s.ok())
        return s.error();
    const qint64 refunded = charge.value(u"amount_refunded").toInteger();
    QStringList listed;
    const QJsonArray refunds = charge.value(u"refunds").toObject().value(u"data").toArray();
    for (const QJsonValue &v : refunds) {
        const QJsonObject r = v.toObject();
        if (r.value(u"status").toString() == u"succeeded"_s)
            listed << r.value(u"id").toString();
    }
    qint64 rows = 0;
    if (!listed.isEmpty()) {
        auto upd = c.exec("UPDATE payment_refunds SET status = 'succeeded', error_message = NULL"
                          " WHERE payment_id = $1 AND stripe_refund_id = ANY ($2::text[]) AND status <> 'succeeded'",
            db::SqlParams().add(paymentId).add(u"{"_s + listed.join(QLatin1Char(',')) + u"}"_s));
        if (!upd.ok())
            return upd.error();
        rows = upd.value().affectedRows();
    } else {
        // No list: the refunds Stripe answered "pending" to, oldest first, as far as amount_refunded covers them.
        auto upd = c.exec(R"SQL(
WITH s AS (SELECT coalesce(sum(amount_cents), 0) AS done FROM payment_refunds
            WHERE payment_id = $1 AND status = 'succeeded'),
     w AS (SELECT r.id, sum(r.amount_cents) OVER (ORDER BY r.id) AS run FROM payment_refunds r
            WHERE r.payment_id = $1 AND r.status = 'pending')
UPDATE payment_refunds r SET status = 'succeeded' FROM w, s
 WHERE r.id = w.id AND s.done + w.run <= $2
)SQL",
            db::SqlParams().add(paymentId).add(refunded));
        if (!upd.ok())
            return upd.error();
        rows = upd.value().affectedRows();
    }
    auto moved = applyRefundedTotal(c, paymentId, refunded);
    if (!moved.ok())
        return moved.error();
    if (moved.value() == 0 && rows == 0)
        return outcome(u"ignored"_s, u"charge %1: %2 cents refunded, already recorded"_s.arg(chargeId).arg(refunded),
            customerId, paymentId);
    return outcome(u"applied"_s,
        u"charge %1: %2 cents refunded (%3 newly)"_s.arg(chargeId).arg(refunded).arg(moved.value()), customerId,
        paymentId);
}

// charge.dispute.created / charge.dispute.updated: the dispute row, linked to the payment by its charge.
Result<StripeEventOutcome> dispute(db::PgConnection &c, const QJsonObject &d, const QDateTime &eventCreated)
{
    const QString disputeId = d.value(u"id").toString();
    const QString chargeId = idOf(d.value(u"charge"));
    if (disputeId.isEmpty() || chargeId.isEmpty())
        return outcome(u"ignored"_s, u"dispute without id or charge"_s);
    auto found = paymentByCharge(c, chargeId, idOf(d.value(u"payment_intent")));
    if (!found.ok())
        return found.error();
    const qint64 paymentId = found.value();
    qint64 customerId = 0;
    if (paymentId != 0) {
        auto owner = c.exec("SELECT customer_id FROM payments WHERE id = $1", db::SqlParams().add(paymentId));
        if (!owner.ok())
            return owner.error();
        customerId = owner.value().int64(0, 0);
    }
    const qint64 created = d.value(u"created").toInteger();
    const QDateTime opened = created > 0 ? QDateTime::fromSecsSinceEpoch(created, Qt::UTC) : eventCreated;
    const QString status = d.value(u"status").toString().isEmpty() ? u"unknown"_s : d.value(u"status").toString();
    auto up = c.exec(R"SQL(
INSERT INTO stripe_disputes (dispute_id, charge_id, payment_id, customer_id, amount_cents, reason, status, opened_at)
VALUES ($1, $2, nullif($3, 0), nullif($4, 0), $5, nullif($6, ''), $7, $8)
ON CONFLICT (dispute_id) DO UPDATE
   SET amount_cents = excluded.amount_cents, reason = excluded.reason, status = excluded.status,
       payment_id = coalesce(stripe_disputes.payment_id, excluded.payment_id),
       customer_id = coalesce(stripe_disputes.customer_id, excluded.customer_id)
 WHERE (stripe_disputes.amount_cents, stripe_disputes.reason, stripe_disputes.status, stripe_disputes.payment_id,
        stripe_disputes.customer_id)
       IS DISTINCT FROM (excluded.amount_cents, excluded.reason, excluded.status,
                         coalesce(stripe_disputes.payment_id, excluded.payment_id),
                         coalesce(stripe_disputes.customer_id, excluded.customer_id))
)SQL",
        db::SqlParams()
            .add(disputeId)
            .add(chargeId)
            .add(paymentId)
            .add(customerId)
            .add(qMax<qint64>(0, d.value(u"amount").toInteger()))
            .add(d.value(u"reason").toString())
            .add(status)
            .add(opened));
    if (!up.ok())
        return up.error();
    const QString detail = u"dispute %1 on charge %2: %3"_s.arg(disputeId, chargeId, status);
    return outcome(paymentId == 0 ? u"unmatched"_s : u"applied"_s, detail, customerId, paymentId);
}

} // namespace

StripeAccountEventRepository::StripeAccountEventRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<StripeEventOutcome> StripeAccountEventRepository::apply(const integrations::StripeEvent &e)
{
    db::PgConnection &tx = m_c;
    if (e.type == u"setup_intent.succeeded"_s)
        return setupSucceeded(tx, e.object);
    if (e.type == u"setup_intent.setup_failed"_s)
        return setupFailed(tx, e.object);
    if (e.type == u"charge.refunded"_s)
        return chargeRefunded(tx, e.object);
    if (e.type == u"charge.dispute.created"_s || e.type == u"charge.dispute.updated"_s)
        return dispute(tx, e.object, e.created);
    return outcome(u"ignored"_s, u"%1 is not an account event"_s.arg(e.type));
}

} // namespace ops::payments
