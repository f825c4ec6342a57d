#include "core/payments/StripeAccountEvents.h"

#include "core/payments/StripeAccountEventRepository.h"

namespace ops::payments {

Result<StripeEventOutcome> applyAccountEvent(db::PgConnection &tx, const integrations::StripeEvent &e)
{
    return StripeAccountEventRepository(tx).apply(e);
}

} // namespace ops::payments
