#include "core/payments/StripeAccountEvents.h"

#include "core/integrations/StripeClient.h"

namespace ops::payments {

// Placeholder of this branch: the "stripe" work (saved methods, refunds, disputes) replaces it with the real
// implementation, same signature. Until then these events are recorded as ignored.
Result<StripeEventOutcome> applyAccountEvent(db::PgConnection &tx, const integrations::StripeEvent &e)
{
    Q_UNUSED(tx);
    StripeEventOutcome out;
    out.outcome = QStringLiteral("ignored");
    out.detail = QStringLiteral("not handled: %1").arg(e.type);
    return out;
}

} // namespace ops::payments
