#pragma once

#include <optional>

#include <QMetaType>
#include <QString>

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

} // namespace ops::payments

Q_DECLARE_METATYPE(ops::payments::RefundResult)
