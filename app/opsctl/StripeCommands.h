#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// stripe setup-link CUST-CODE --method card|acss_debit --via email|sms [--to RECIPIENT] [--json]: a SetupIntent and
// the link to the payment page (TARGO_STRIPE_SETUP_PAGE_URL, else the "Payment page URL" of File → Integrations →
// Stripe) put in the outbox for the customer, in the customer's
// language. Bad input exits with 2 and writes nothing; other errors with 1.
int runStripeSetupLink(QStringList args, CommandContext &ctx);
} // namespace ops
