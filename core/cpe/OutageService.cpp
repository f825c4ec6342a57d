#include "core/cpe/OutageService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/cpe/OutageActions.h"
#include "core/cpe/OutageRepository.h"

namespace ops::cpe {

namespace {

QDateTime clock(const QDateTime &now)
{
    return now.isValid() ? now : QDateTime::currentDateTimeUtc();
}

} // namespace

OutageService::OutageService(DbExecutor &db)
    : m_db(db)
{}

QFuture<Result<QList<PortHealth>>> OutageService::scan(const OutageOptions &options, const QDateTime &now)
{
    return m_db.run([options, now](db::PgConnection &c) { return OutageRepository(c).scan(options, clock(now)); });
}

QFuture<Result<QList<AffectedCustomer>>> OutageService::affected(
    const QString &olt, const QString &port, const OutageOptions &options, const QDateTime &now)
{
    return m_db.run([olt, port, options, now](db::PgConnection &c) {
        return OutageRepository(c).affectedCustomers(olt, port, options, clock(now));
    });
}

QFuture<Result<OpenedOutage>> OutageService::open(
    const QString &olt, const QString &port, const OutageOptions &options, const QDateTime &now)
{
    return m_db.run(
        [olt, port, options, now](db::PgConnection &c) { return openOutage(c, olt, port, options, clock(now)); });
}

QFuture<Result<ClosedOutage>> OutageService::close(
    const QString &olt, const QString &port, const QString &recoveryMessage)
{
    return m_db.run(
        [olt, port, recoveryMessage](db::PgConnection &c) { return closeOutage(c, olt, port, recoveryMessage); });
}

} // namespace ops::cpe
