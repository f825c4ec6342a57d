#pragma once

#include "core/payments/StripeOpsApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::payments {

// StripeOpsApi over StripeOpsRepository on the DB executor. The PPA run and the event applier are not part of it
// (they belong to the PPA service): canRunPpa() and canApplyEvents() are false here.
class StripeOpsService : public StripeOpsApi
{
    Q_OBJECT
public:
    explicit StripeOpsService(DbExecutor &db, QObject *parent = nullptr);
    ~StripeOpsService() override;

    QFuture<Result<StripeOverview>> overview(const QString &eventOutcome) override;
    QFuture<Result<QList<PpaAttemptRow>>> attempts(qint64 runId) override;

private:
    DbExecutor &m_db;
};

} // namespace ops::payments
