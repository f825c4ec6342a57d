#pragma once

#include "core/payments/PaymentMethodService.h"

namespace ops::integrations {
struct ProviderSettings;
}

namespace ops::payments {

struct SetupLinkSender;

// The customer file's Stripe calls (Remove → detach, "Send a link…" → sendSetupLink) with Stripe's settings and key
// closed over; each call makes its own NetExecutor and StripeClient (blocking, DB executor thread). A payment method
// Stripe no longer knows (404, resource_missing) counts as detached.
PaymentMethodRunners stripePaymentMethodRunners(
    const integrations::ProviderSettings &stripe, const SetupLinkSender &sender);

} // namespace ops::payments
