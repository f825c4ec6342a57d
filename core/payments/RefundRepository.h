#pragma once

#include <functional>
#include <optional>

#include <QMetaType>
#include <QString>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::outbox {
struct OutboxRequest;
}

namespace ops::payments {

// A refund as the clerk asks it: all that is left when amountCents is empty.
struct RefundInput
{
    qint64 paymentId = 0;
    std::optional<qint64> amountCents;
    QString reason;
};

// A payment_refunds row and what it did to its payment.
struct RefundResult
{
    qint64 refundId = 0;
    qint64 paymentId = 0;
    QString paymentCode;
    qint64 customerId = 0;
    QString customerCode;
    QString paymentIntentId; // the Stripe payment refunded
    qint64 amountCents = 0;
    QString idempotencyKey;
    QString status; // requested, pending, succeeded, failed, canceled
    QString stripeRefundId;
    QString errorMessage;
    qint64 paymentRefundedCents = 0; // payments.refunded_cents after the change
    QString paymentStatus;
    qint64 balanceCents = 0; // the customer's balance after the change
};

// The refund of a Stripe payment (card or pre-authorized debit) in two steps around Stripe's call: prepare() checks
// and records the row with its idempotency key (committed BEFORE the call, so a retry, a crash or a second
// workstation resends the same key and Stripe refunds once); complete() records Stripe's answer. Synchronous: DB
// executor threads or targo-opsctl. The rules are in docs/billing.md ("Stripe: saved methods, links, refunds,
// disputes").
// Builds the Stripe request of a recorded refund row (StripeClient::createRefundRequest); the key is the row's.
using RefundRequestBuilder = std::function<Result<outbox::OutboxRequest>(const RefundResult &)>;

class RefundRepository
{
public:
    explicit RefundRepository(db::PgConnection &c);

    // What is left to refund: amount − refunded − refunds requested or pending.
    Result<qint64> refundableCents(qint64 paymentId);
    // Validation (nothing written): no reason (or longer than 500), an amount not above zero or above what is left;
    // NotFound: no such payment; Conflict: not a succeeded Stripe payment (manual payments are reversed instead).
    Result<RefundResult> prepare(const RefundInput &in);
    // The same checks and row, and the Stripe request put in the outbox in the same transaction (with the row's key):
    // the row is then "pending" until charge.refunded reports it (the workstation needs no Stripe key).
    Result<RefundResult> queue(const RefundInput &in, const RefundRequestBuilder &build);
    // The refund rows of a payment still waiting for Stripe's first answer (status requested), oldest first: they
    // are resent with their own key before anything new is asked.
    Result<QList<RefundResult>> unsent(qint64 paymentId);
    // Stripe's answer: succeeded moves the money (once: a row already succeeded stays as it is); pending and
    // requires_action wait for charge.refunded; failed and canceled end the row.
    Result<RefundResult> complete(qint64 refundId, const QString &stripeRefundId, const QString &stripeStatus);
    // Stripe refused the request for good (not a network failure): the row fails with the message.
    Result<RefundResult> fail(qint64 refundId, const QString &message);
    Result<RefundResult> load(qint64 refundId);

private:
    db::PgConnection &m_c;
};

// In the caller's transaction, with the customer's row already locked: payments.refunded_cents raised to
// refundedCents (never lowered, at most the amount); what the payment has allocated beyond what it still holds comes
// out of its allocations, newest invoice first; those invoices re-open; the balance moves back by the difference;
// the customer's other credit then goes to what re-opened; a full refund makes the payment refunded. Returns the
// cents newly refunded (0: nothing changed).
Result<qint64> applyRefundedTotal(db::PgConnection &c, qint64 paymentId, qint64 refundedCents);

} // namespace ops::payments

Q_DECLARE_METATYPE(ops::payments::RefundResult)
