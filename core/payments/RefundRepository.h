#pragma once

#include <functional>
#include <optional>

#include <QMetaType>
#include <QString>

#include "core/common/Result.h"
#include "core/payments/RefundTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::outbox {
struct OutboxRequest;
}

namespace ops::payments {

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
