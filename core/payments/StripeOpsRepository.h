#pragma once

#include "core/common/Result.h"
#include "core/payments/StripeOpsTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::payments {

// The reads of the Billing → Stripe tab. Synchronous: DB executor threads only.
class StripeOpsRepository
{
public:
    explicit StripeOpsRepository(db::PgConnection &c);

    Result<StripeOverview> overview(const QString &eventOutcome);
    Result<QList<PpaAttemptRow>> attempts(qint64 runId);

private:
    db::PgConnection &m_c;
};

} // namespace ops::payments
