#include "core/stripe/StripeEventLogRepository.h"

#include <QDateTime>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/integrations/StripeClient.h"
#include "core/payments/StripeEventOutcome.h"

namespace ops::stripe {

namespace {

constexpr qint64 kEventLockSeed = 7513; // hashtextextended seed for the per-event advisory lock

QDateTime createdOf(const integrations::StripeEvent &event)
{
    return event.created.isValid() ? event.created : QDateTime::currentDateTimeUtc();
}

} // namespace

Result<bool> StripeEventLogRepository::lockAndCheckApplied(const QString &eventId)
{
    auto lock = m_c.exec(
        "SELECT pg_advisory_xact_lock(hashtextextended($1, $2))", db::SqlParams().add(eventId).add(kEventLockSeed));
    if (!lock.ok())
        return lock.error();
    auto seen = m_c.exec("SELECT 1 FROM stripe_events_applied WHERE event_id = $1", db::SqlParams().add(eventId));
    if (!seen.ok())
        return seen.error();
    return seen.value().rows() == 1;
}

Status StripeEventLogRepository::recordApplied(
    const integrations::StripeEvent &event, const payments::StripeEventOutcome &o)
{
    auto ins = m_c.exec("INSERT INTO stripe_events_applied (event_id, type, event_created, outcome, payment_id,"
                        " customer_id, detail) VALUES ($1, $2, $3, $4, nullif($5, 0), nullif($6, 0), nullif($7, ''))",
        db::SqlParams()
            .add(event.id)
            .add(event.type)
            .add(createdOf(event))
            .add(o.outcome)
            .add(o.paymentId)
            .add(o.customerId)
            .add(o.detail.left(1000)));
    if (!ins.ok())
        return ins.error();
    return success();
}

Status StripeEventLogRepository::recordFailed(const integrations::StripeEvent &event, const QString &detail)
{
    auto logged = m_c.exec("INSERT INTO stripe_events_applied (event_id, type, event_created, outcome, detail)"
                           " VALUES ($1, $2, $3, 'failed', $4) ON CONFLICT (event_id) DO NOTHING",
        db::SqlParams().add(event.id).add(event.type).add(createdOf(event)).add(detail.left(1000)));
    if (!logged.ok())
        return logged.error();
    return success();
}

} // namespace ops::stripe
