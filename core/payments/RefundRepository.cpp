#include "core/payments/RefundRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/outbox/OutboxRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

namespace {

Error invalid(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Validation, message, detail);
}

Result<qint64> customerOfPayment(db::PgConnection &c, qint64 paymentId)
{
    auto r = c.exec("SELECT customer_id FROM payments WHERE id = $1", db::SqlParams().add(paymentId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::payments::RefundRepository", "There is no such payment."),
            QString::number(paymentId));
    return r.value().int64(0, 0);
}

Status lockCustomer(db::PgConnection &c, qint64 customerId)
{
    auto r = c.exec("SELECT 1 FROM customers WHERE id = $1 FOR UPDATE", db::SqlParams().add(customerId));
    if (!r.ok())
        return r.error();
    return success();
}

// What is left to refund of a payment (the rows are read as the caller locked them).
Result<qint64> leftToRefund(db::PgConnection &c, qint64 paymentId)
{
    auto r = c.exec(R"SQL(
SELECT p.amount_cents - p.refunded_cents
       - coalesce((SELECT sum(amount_cents) FROM payment_refunds
                    WHERE payment_id = p.id AND status IN ('requested', 'pending')), 0)
  FROM payments p WHERE p.id = $1
)SQL",
        db::SqlParams().add(paymentId));
    if (!r.ok())
        return r.error();
    return r.value().rows() == 1 ? r.value().int64(0, 0) : qint64(0);
}

const char *const kSelectRefund = R"SQL(
SELECT r.id, r.payment_id, p.code, r.customer_id, c.code, coalesce(p.stripe_payment_intent_id, ''), r.amount_cents,
       r.idempotency_key, r.status, coalesce(r.stripe_refund_id, ''), coalesce(r.error_message, ''),
       p.refunded_cents, p.status, c.balance_cents
  FROM payment_refunds r JOIN payments p ON p.id = r.payment_id JOIN customers c ON c.id = r.customer_id
)SQL";

RefundResult refundRow(const db::PgResult &res, int row)
{
    RefundResult x;
    x.refundId = res.int64(row, 0);
    x.paymentId = res.int64(row, 1);
    x.paymentCode = res.text(row, 2);
    x.customerId = res.int64(row, 3);
    x.customerCode = res.text(row, 4);
    x.paymentIntentId = res.text(row, 5);
    x.amountCents = res.int64(row, 6);
    x.idempotencyKey = res.text(row, 7);
    x.status = res.text(row, 8);
    x.stripeRefundId = res.text(row, 9);
    x.errorMessage = res.text(row, 10);
    x.paymentRefundedCents = res.int64(row, 11);
    x.paymentStatus = res.text(row, 12);
    x.balanceCents = res.int64(row, 13);
    return x;
}

Result<RefundResult> loadRefund(db::PgConnection &c, qint64 refundId)
{
    auto r = c.exec(QString::fromLatin1(kSelectRefund) + u" WHERE r.id = $1"_s, db::SqlParams().add(refundId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::payments::RefundRepository", "There is no such refund."),
            QString::number(refundId));
    return refundRow(r.value(), 0);
}

QString bigintArray(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return u"{"_s + parts.join(QLatin1Char(',')) + u"}"_s;
}

} // namespace

Result<qint64> applyRefundedTotal(db::PgConnection &c, qint64 paymentId, qint64 refundedCents)
{
    auto p = c.exec("SELECT customer_id, amount_cents, refunded_cents,"
                    " coalesce((SELECT sum(amount_cents) FROM payment_allocations WHERE payment_id = p.id), 0)"
                    " FROM payments p WHERE id = $1 FOR UPDATE",
        db::SqlParams().add(paymentId));
    if (!p.ok())
        return p.error();
    if (p.value().rows() != 1)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::payments::RefundRepository", "There is no such payment."),
            QString::number(paymentId));
    const qint64 customerId = p.value().int64(0, 0);
    const qint64 amount = p.value().int64(0, 1);
    const qint64 before = p.value().int64(0, 2);
    const qint64 allocated = p.value().int64(0, 3);
    const qint64 after = qMin(refundedCents, amount);
    if (after <= before)
        return qint64(0);
    const qint64 delta = after - before;
    auto upd = c.exec("UPDATE payments SET refunded_cents = $2,"
                      " status = CASE WHEN $2 = amount_cents THEN 'refunded' ELSE status END WHERE id = $1",
        db::SqlParams().add(paymentId).add(after));
    if (!upd.ok())
        return upd.error();
    // What the payment has allocated beyond what it still holds comes out, newest invoice first.
    const qint64 excess = allocated - (amount - after);
    if (excess > 0) {
        auto cut = c.exec(R"SQL(
WITH a AS (
    SELECT pa.invoice_id, pa.amount_cents,
           sum(pa.amount_cents) OVER (ORDER BY i.due_date DESC, i.issue_date DESC, i.id DESC) AS run
      FROM payment_allocations pa JOIN invoices i ON i.id = pa.invoice_id
     WHERE pa.payment_id = $1),
cut AS (
    SELECT invoice_id, amount_cents, least(amount_cents, $2 - (run - amount_cents)) AS take
      FROM a WHERE run - amount_cents < $2),
del AS (
    DELETE FROM payment_allocations pa USING cut
     WHERE pa.payment_id = $1 AND pa.invoice_id = cut.invoice_id AND cut.take = cut.amount_cents
    RETURNING pa.invoice_id),
upd AS (
    UPDATE payment_allocations pa SET amount_cents = pa.amount_cents - cut.take FROM cut
     WHERE pa.payment_id = $1 AND pa.invoice_id = cut.invoice_id AND cut.take < cut.amount_cents
    RETURNING pa.invoice_id)
SELECT invoice_id FROM del UNION SELECT invoice_id FROM upd
)SQL",
            db::SqlParams().add(paymentId).add(excess));
        if (!cut.ok())
            return cut.error();
        QList<qint64> touched;
        for (int row = 0; row < cut.value().rows(); ++row)
            touched << cut.value().int64(row, 0);
        if (!touched.isEmpty()) {
            auto refresh =
                c.exec("SELECT ops_refresh_invoice_paid($1::bigint[])", db::SqlParams().add(bigintArray(touched)));
            if (!refresh.ok())
                return refresh.error();
        }
    }
    auto balance = c.exec("UPDATE customers SET balance_cents = balance_cents + $2 WHERE id = $1",
        db::SqlParams().add(customerId).add(delta));
    if (!balance.ok())
        return balance.error();
    // The customer's other credit (an earlier overpayment) goes to what re-opened, as after a reversal.
    auto applied = c.exec("SELECT ops_apply_credit(ARRAY[$1::bigint])", db::SqlParams().add(customerId));
    if (!applied.ok())
        return applied.error();
    return delta;
}

RefundRepository::RefundRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<qint64> RefundRepository::refundableCents(qint64 paymentId)
{
    return leftToRefund(m_c, paymentId);
}

Result<RefundResult> RefundRepository::prepare(const RefundInput &in)
{
    return queue(in, {});
}

Result<RefundResult> RefundRepository::queue(const RefundInput &in, const RefundRequestBuilder &build)
{
    const QString reason = in.reason.trimmed();
    if (reason.isEmpty())
        return invalid(
            QCoreApplication::translate("ops::payments::RefundRepository", "Give the reason of the refund."));
    if (reason.size() > 500)
        return invalid(QCoreApplication::translate(
            "ops::payments::RefundRepository", "The reason is longer than 500 characters."));
    if (in.amountCents && *in.amountCents <= 0)
        return invalid(QCoreApplication::translate(
                           "ops::payments::RefundRepository", "The amount of a refund must be above zero."),
            QString::number(*in.amountCents));
    std::function<Result<RefundResult>(db::PgConnection &)> fn = [&in, &reason, &build](
                                                                     db::PgConnection &c) -> Result<RefundResult> {
        auto owner = customerOfPayment(c, in.paymentId);
        if (!owner.ok())
            return owner.error();
        if (Status s = lockCustomer(c, owner.value()); !s.ok())
            return s.error();
        auto p = c.exec("SELECT code, method, status, coalesce(stripe_payment_intent_id, '') FROM payments"
                        " WHERE id = $1 FOR UPDATE",
            db::SqlParams().add(in.paymentId));
        if (!p.ok())
            return p.error();
        const QString code = p.value().text(0, 0);
        const QString method = p.value().text(0, 1);
        const QString status = p.value().text(0, 2);
        if (method != u"card"_s && method != u"pad"_s)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::payments::RefundRepository",
                    "Payment %1 was not taken by Stripe (%2): it is reversed, not refunded.")
                    .arg(code, method));
        if (status != u"succeeded"_s)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::payments::RefundRepository",
                    "Payment %1 is %2: only a payment that went through is refunded.")
                    .arg(code, status));
        if (p.value().text(0, 3).isEmpty())
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate(
                    "ops::payments::RefundRepository", "Payment %1 has no Stripe payment to refund.")
                    .arg(code));
        auto left = leftToRefund(c, in.paymentId);
        if (!left.ok())
            return left.error();
        const qint64 amount = in.amountCents.value_or(left.value());
        if (amount <= 0)
            return invalid(QCoreApplication::translate(
                "ops::payments::RefundRepository", "Nothing is left to refund on payment %1.")
                               .arg(code));
        if (amount > left.value())
            return invalid(QCoreApplication::translate(
                "ops::payments::RefundRepository", "%1 cents is above what is left to refund on payment %2 (%3 cents).")
                               .arg(amount)
                               .arg(code)
                               .arg(left.value()));
        // The key is committed with the row, before Stripe is called.
        auto ins = c.exec(R"SQL(
WITH n AS (SELECT nextval(pg_get_serial_sequence('payment_refunds', 'id')) AS id)
INSERT INTO payment_refunds (id, payment_id, customer_id, amount_cents, reason, idempotency_key, requested_by)
SELECT n.id, $1, $2, $3, $4, 'ops-refund-' || n.id, ops_current_staff_id() FROM n
RETURNING id
)SQL",
            db::SqlParams().add(in.paymentId).add(owner.value()).add(amount).add(reason));
        if (!ins.ok())
            return ins.error();
        auto row = loadRefund(c, ins.value().int64(0, 0));
        if (!row.ok() || !build)
            return row;
        // Through the outbox: the request goes with the row, in its transaction, with the row's key.
        auto request = build(row.value());
        if (!request.ok())
            return request.error();
        outbox::OutboxRequest r = request.value();
        r.idempotencyKey = row.value().idempotencyKey;
        r.businessEntity = u"payment"_s;
        r.businessId = row.value().paymentId;
        auto item = outbox::OutboxRepository(c).enqueue(r);
        if (!item.ok())
            return item.error();
        auto upd = c.exec(
            "UPDATE payment_refunds SET status = 'pending' WHERE id = $1", db::SqlParams().add(row.value().refundId));
        if (!upd.ok())
            return upd.error();
        return loadRefund(c, row.value().refundId);
    };
    return db::withTransaction(m_c, fn);
}

Result<QList<RefundResult>> RefundRepository::unsent(qint64 paymentId)
{
    auto r = m_c.exec(QString::fromLatin1(kSelectRefund)
            + u" WHERE r.payment_id = $1 AND r.status = 'requested'"
              " ORDER BY r.id"_s,
        db::SqlParams().add(paymentId));
    if (!r.ok())
        return r.error();
    QList<RefundResult> out;
    for (int row = 0; row < r.value().rows(); ++row)
        out << refundRow(r.value(), row);
    return out;
}

Result<RefundResult> RefundRepository::complete(
    qint64 refundId, const QString &stripeRefundId, const QString &stripeStatus)
{
    std::function<Result<RefundResult>(db::PgConnection &)> fn = [&](db::PgConnection &c) -> Result<RefundResult> {
        auto row = loadRefund(c, refundId);
        if (!row.ok())
            return row.error();
        if (Status s = lockCustomer(c, row.value().customerId); !s.ok())
            return s.error();
        row = loadRefund(c, refundId); // the payment as it is now that no one else changes it
        if (!row.ok())
            return row.error();
        auto locked = c.exec(
            "SELECT status, amount_cents FROM payment_refunds WHERE id = $1 FOR UPDATE", db::SqlParams().add(refundId));
        if (!locked.ok())
            return locked.error();
        const QString was = locked.value().text(0, 0);
        if (was == u"succeeded"_s || was == u"failed"_s || was == u"canceled"_s)
            return loadRefund(c, refundId); // already final: Stripe's answer to a resend changes nothing
        QString status = u"pending"_s;
        if (stripeStatus == u"succeeded"_s || stripeStatus == u"failed"_s || stripeStatus == u"canceled"_s)
            status = stripeStatus;
        auto upd = c.exec("UPDATE payment_refunds SET status = $2, stripe_refund_id = coalesce(nullif($3, ''),"
                          " stripe_refund_id), error_message = NULL WHERE id = $1",
            db::SqlParams().add(refundId).add(status).add(stripeRefundId));
        if (!upd.ok())
            return upd.error();
        if (status == u"succeeded"_s) {
            auto moved = applyRefundedTotal(
                c, row.value().paymentId, row.value().paymentRefundedCents + locked.value().int64(0, 1));
            if (!moved.ok())
                return moved.error();
        }
        return loadRefund(c, refundId);
    };
    return db::withTransaction(m_c, fn);
}

Result<RefundResult> RefundRepository::fail(qint64 refundId, const QString &message)
{
    auto upd = m_c.exec("UPDATE payment_refunds SET status = 'failed', error_message = left($2, 1000)"
                        " WHERE id = $1 AND status = 'requested'",
        db::SqlParams().add(refundId).add(message));
    if (!upd.ok())
        return upd.error();
    return loadRefund(m_c, refundId);
}

Result<RefundResult> RefundRepository::load(qint64 refundId)
{
    return loadRefund(m_c, refundId);
}

} // namespace ops::payments
