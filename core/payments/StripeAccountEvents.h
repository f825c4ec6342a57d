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

// The account-side Stripe events (setup_intent.succeeded, charge.refunded, charge.dispute.created) applied inside the
// caller's open transaction (StripeEventApplier's, which records the event as applied in the same transaction).
// Anything else: outcome "ignored".
Result<StripeEventOutcome> applyAccountEvent(db::PgConnection &tx, const integrations::StripeEvent &e);

} // namespace ops::payments
