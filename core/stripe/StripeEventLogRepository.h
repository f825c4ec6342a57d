#pragma once

#include <QString>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}
namespace ops::integrations {
struct StripeEvent;
}
namespace ops::payments {
struct StripeEventOutcome;
}

namespace ops::stripe {

// stripe_events_applied (migration 0021): the log that makes each Stripe event apply once. The billing group may
// insert into it but not update it, so an event's row goes in last, with its outcome, in the transaction that
// applied it; the per-event advisory lock keeps two appliers from applying the same event at once.
class StripeEventLogRepository
{
public:
    explicit StripeEventLogRepository(db::PgConnection &c)
        : m_c(c)
    {}

    // Inside the caller's transaction: the event's lock taken (held to the end of the transaction), then whether
    // the event was already applied.
    Result<bool> lockAndCheckApplied(const QString &eventId);
    // The event applied, with its outcome (inside the same transaction).
    Status recordApplied(const integrations::StripeEvent &event, const payments::StripeEventOutcome &outcome);
    // An event this version cannot apply, recorded as failed (never retried); nothing when already recorded.
    Status recordFailed(const integrations::StripeEvent &event, const QString &detail);

private:
    db::PgConnection &m_c;
};

} // namespace ops::stripe
