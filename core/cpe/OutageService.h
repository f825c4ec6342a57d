#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>

#include "core/common/Result.h"
#include "core/cpe/CpeTypes.h"
#include "core/cpe/OutageTypes.h"

namespace ops {
class DbExecutor;
}

namespace ops::cpe {

// The outage list's service (ui/network/OutagesWidget): OutageRepository and OutageActions on the DB executor, every
// call returning at once (GUI thread in, result through the future). now: the scan's clock (invalid: the time the
// job runs). Opening and closing are what targo-opsctl's `outage open|close` do, as the connected role: a dispatcher
// opens the tickets without the campaign draft (OpenedOutage::campaignProblem), a manager is refused by PostgreSQL.
class OutageService
{
public:
    explicit OutageService(DbExecutor &db);

    QFuture<Result<QList<PortHealth>>> scan(const OutageOptions &options, const QDateTime &now = {});
    QFuture<Result<QList<AffectedCustomer>>> affected(
        const QString &olt, const QString &port, const OutageOptions &options, const QDateTime &now = {});
    QFuture<Result<OpenedOutage>> open(
        const QString &olt, const QString &port, const OutageOptions &options, const QDateTime &now = {});
    QFuture<Result<ClosedOutage>> close(const QString &olt, const QString &port, const QString &recoveryMessage);

private:
    DbExecutor &m_db;
};

} // namespace ops::cpe
