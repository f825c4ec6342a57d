#pragma once

#include "core/common/Result.h"
#include "core/payments/RefundRepository.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {
class StripeClient;
}

namespace ops::payments {

// A refund through Stripe, blocking (a DB executor thread or targo-opsctl, never the GUI thread): first the
// payment's refunds still waiting for Stripe's first answer are resent with their own keys (a crash or a network
// failure never leads to a second refund), then the new one is recorded with its key (RefundRepository::prepare,
// committed), asked to Stripe (POST /v1/refunds with that Idempotency-Key; the NetExecutor retries 5xx with the same
// key) and Stripe's answer recorded (RefundRepository::complete). When Stripe refuses the request (4xx) the row fails
// with its message; when it does not answer, the row stays "requested" and the error is returned.
Result<RefundResult> refundThroughStripe(
    db::PgConnection &c, integrations::StripeClient &client, const RefundInput &in);

// Sends one recorded refund row (status requested) and records the answer.
Result<RefundResult> sendRefund(db::PgConnection &c, integrations::StripeClient &client, const RefundResult &row);

} // namespace ops::payments
