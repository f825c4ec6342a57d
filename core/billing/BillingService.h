#pragma once

#include <memory>

#include <QFuture>
#include <QObject>

#include "core/billing/BillingRepository.h"

namespace ops {
class DbExecutor;
}

namespace ops::billing {

// GUI-thread facade over BillingRepository: every call returns at once and runs on a DB executor thread. A commit
// reports its progress through runProgress (queued to this object's thread) and stops when its token is cancelled.
class BillingService : public QObject
{
    Q_OBJECT
public:
    explicit BillingService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<BillingSummary>> preview(const QDate &periodStart);
    // cancel: keep it to call cancel() from the GUI thread; the future then ends with Error::Kind::Cancelled and
    // nothing of the run is written.
    QFuture<Result<BillingSummary>> commit(const QDate &periodStart, std::shared_ptr<CancelToken> cancel);
    QFuture<Result<qint64>> addCharge(const ChargeInput &charge);

signals:
    void runProgress(int done, int total);
    void periodCommitted(const QDate &periodStart);

private:
    DbExecutor &m_db;
};

} // namespace ops::billing
