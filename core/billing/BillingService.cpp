#include "core/billing/BillingService.h"

#include <QCoreApplication>
#include <QPointer>

#include "core/concurrency/DbExecutor.h"

namespace ops::billing {

BillingService::BillingService(DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QFuture<Result<BillingSummary>> BillingService::preview(const QDate &periodStart)
{
    return m_db.run([periodStart](db::PgConnection &c) { return BillingRepository(c).preview(periodStart); });
}

QFuture<Result<BillingSummary>> BillingService::commit(const QDate &periodStart, std::shared_ptr<CancelToken> cancel)
{
    if (!cancel)
        cancel = std::make_shared<CancelToken>();
    QPointer<BillingService> self(this);
    return m_db.run([periodStart, cancel, self](db::PgConnection &c) {
        // Posted to the application object (alive longer than any service); the service is looked at only there, on
        // its own thread, so a service deleted meanwhile is simply skipped.
        const auto progress = [self](int done, int total) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, done, total] {
                    if (self)
                        emit self->runProgress(done, total);
                },
                Qt::QueuedConnection);
        };
        auto r = BillingRepository(c).commit(periodStart, cancel.get(), progress);
        if (r.ok()) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, periodStart] {
                    if (self)
                        emit self->periodCommitted(periodStart);
                },
                Qt::QueuedConnection);
        }
        return r;
    });
}

QFuture<Result<qint64>> BillingService::addCharge(const ChargeInput &charge)
{
    return m_db.run([charge](db::PgConnection &c) { return BillingRepository(c).addCharge(charge); });
}

} // namespace ops::billing
