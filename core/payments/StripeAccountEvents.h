#pragma once

#include "core/common/Result.h"
#include "core/payments/StripeEventOutcome.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {
struct StripeEvent;
}

namespace ops::payments {

// Applies one of Stripe's account events inside the caller's transaction (the event applier's, which recorded the
// event id first, so an event is applied once), and is itself idempotent (applied twice, it changes nothing):
//   setup_intent.succeeded     the saved method appears (customer_payment_methods, default when the customer has
//                              none) and its setup request succeeds;
//   setup_intent.setup_failed  the setup request fails, with Stripe's message;
//   charge.refunded            payments.refunded_cents follows Stripe's amount_refunded (the money out of the
//                              payment's allocations, newest invoice first; the balance moves back), the refunds
//                              Stripe lists (or the pending ones that fit) succeed, a full refund makes the payment
//                              refunded;
//   charge.dispute.created / charge.dispute.updated   the stripe_disputes row, linked to the payment by its charge.
// Other types: outcome "ignored". No network here: the card's brand, last four and expiry come from the event's
// object when Stripe expanded payment_method, else they stay empty (docs/billing.md, "Stripe").
Result<StripeEventOutcome> applyAccountEvent(db::PgConnection &tx, const integrations::StripeEvent &e);

} // namespace ops::payments
