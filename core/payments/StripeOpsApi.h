#pragma once

#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
#include "core/payments/StripeOpsTypes.h"

namespace ops::payments {

// The Billing → Stripe tab's view of the database: PPA runs and their attempts, the events applied, disputes,
// refunds waiting for Stripe, setup links waiting for the customer. Every call returns at once; the work runs off the
// GUI thread. The two actions are optional: a service that cannot run them says so (the tab then hides their
// buttons) and answers Unsupported. UI tests use a fake.
class StripeOpsApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~StripeOpsApi() override = default;

    // outcome: empty for all, else applied, ignored, unmatched or failed.
    virtual QFuture<Result<StripeOverview>> overview(const QString &eventOutcome) = 0;
    virtual QFuture<Result<QList<PpaAttemptRow>>> attempts(qint64 runId) = 0;

    virtual bool canRunPpa() const { return false; }
    virtual bool canApplyEvents() const { return false; }
    // The run's id.
    virtual QFuture<Result<qint64>> runPpa(const QDate &date);
    // The number of events read.
    virtual QFuture<Result<int>> applyEvents();

signals:
    // Something the tab shows changed through this API (a run, events applied).
    void stripeChanged();
};

} // namespace ops::payments
