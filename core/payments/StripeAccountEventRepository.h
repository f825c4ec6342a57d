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

// The SQL of applyAccountEvent (StripeAccountEvents.h): runs in the caller's transaction.
class StripeAccountEventRepository
{
public:
    explicit StripeAccountEventRepository(db::PgConnection &c);
    Result<StripeEventOutcome> apply(const integrations::StripeEvent &e);

private:
    db::PgConnection &m_c;
};

} // namespace ops::payments
