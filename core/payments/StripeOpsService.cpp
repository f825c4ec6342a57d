#include "core/payments/StripeOpsService.h"

#include <QCoreApplication>
#include <QFuture>

#include "core/concurrency/DbExecutor.h"
#include "core/payments/StripeOpsRepository.h"

namespace ops::payments {

namespace {

Error unsupported()
{
    return Error::make(Error::Kind::Internal,
        QCoreApplication::translate("ops::payments::StripeOpsApi", "This workstation cannot do that yet."));
}

} // namespace

QFuture<Result<qint64>> StripeOpsApi::runPpa(const QDate &)
{
    return QtFuture::makeReadyFuture(Result<qint64>(unsupported()));
}

QFuture<Result<int>> StripeOpsApi::applyEvents()
{
    return QtFuture::makeReadyFuture(Result<int>(unsupported()));
}

StripeOpsService::StripeOpsService(DbExecutor &db, QObject *parent)
    : StripeOpsApi(parent)
    , m_db(db)
{}

StripeOpsService::~StripeOpsService() = default;

void StripeOpsService::setRunners(StripeOpsRunners runners)
{
    m_runners = std::move(runners);
    emit stripeChanged(); // the tab shows or hides its buttons
}

QFuture<Result<qint64>> StripeOpsService::runPpa(const QDate &date)
{
    if (!m_runners.runPpa)
        return StripeOpsApi::runPpa(date);
    return m_db.run([run = m_runners.runPpa, date](db::PgConnection &c) { return run(c, date); });
}

QFuture<Result<int>> StripeOpsService::applyEvents()
{
    if (!m_runners.applyEvents)
        return StripeOpsApi::applyEvents();
    return m_db.run([apply = m_runners.applyEvents](db::PgConnection &c) { return apply(c); });
}

QFuture<Result<StripeOverview>> StripeOpsService::overview(const QString &eventOutcome)
{
    return m_db.run([eventOutcome](db::PgConnection &c) { return StripeOpsRepository(c).overview(eventOutcome); });
}

QFuture<Result<QList<PpaAttemptRow>>> StripeOpsService::attempts(qint64 runId)
{
    return m_db.run([runId](db::PgConnection &c) { return StripeOpsRepository(c).attempts(runId); });
}

} // namespace ops::payments
