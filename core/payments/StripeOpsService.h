#pragma once

#include <functional>

#include "core/payments/StripeOpsApi.h"

namespace ops {
class DbExecutor;
}
namespace ops::db {
class PgConnection;
}

namespace ops::payments {

// The PPA run and the event applier live in ops_stripe, above this library: the composition root (app/gui) hands
// them in once the Stripe key is known. Each runs on one of the DB executor's connections (blocking: Stripe is
// called from there, never from the GUI thread). runPpa answers the run's id, applyEvents the events read.
struct StripeOpsRunners
{
    std::function<Result<qint64>(db::PgConnection &, const QDate &)> runPpa;
    std::function<Result<int>(db::PgConnection &)> applyEvents;
};

// StripeOpsApi over StripeOpsRepository on the DB executor, plus the runners when set (canRunPpa() and
// canApplyEvents() say whether they are).
class StripeOpsService : public StripeOpsApi
{
    Q_OBJECT
public:
    explicit StripeOpsService(DbExecutor &db, QObject *parent = nullptr);
    ~StripeOpsService() override;

    QFuture<Result<StripeOverview>> overview(const QString &eventOutcome) override;
    QFuture<Result<QList<PpaAttemptRow>>> attempts(qint64 runId) override;

    // GUI thread. Empty runners hide the tab's two buttons again (Stripe no longer set up).
    void setRunners(StripeOpsRunners runners);
    bool canRunPpa() const override { return bool(m_runners.runPpa); }
    bool canApplyEvents() const override { return bool(m_runners.applyEvents); }
    QFuture<Result<qint64>> runPpa(const QDate &date) override;
    QFuture<Result<int>> applyEvents() override;

private:
    DbExecutor &m_db;
    StripeOpsRunners m_runners;
};

} // namespace ops::payments
