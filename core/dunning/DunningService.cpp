#include "core/dunning/DunningService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/dunning/DunningRepository.h"

namespace ops::dunning {

DunningService::DunningService(DbExecutor &db, QObject *parent)
    : DunningApi(parent)
    , m_db(db)
{}

DunningService::~DunningService() = default;

QFuture<Result<DunningConfig>> DunningService::config()
{
    return m_db.run([](db::PgConnection &c) { return DunningRepository(c).config(); });
}

QFuture<Status> DunningService::saveConfig(const DunningConfig &config)
{
    return m_db.run([config](db::PgConnection &c) { return DunningRepository(c).saveConfig(config); });
}

QFuture<Result<DunningRunReport>> DunningService::preview(const QDate &date)
{
    return m_db.run([date](db::PgConnection &c) { return DunningRepository(c).preview(date); });
}

QFuture<Result<DunningRunReport>> DunningService::run(const QDate &date)
{
    return m_db.run(
        [date, senders = m_senders](db::PgConnection &c) { return DunningRepository(c).run(date, senders); });
}

QFuture<Result<QList<SuspensionCandidate>>> DunningService::suspensionPreview(const QDate &date)
{
    return m_db.run([date](db::PgConnection &c) { return DunningRepository(c).suspensionPreview(date); });
}

QFuture<Result<qint64>> DunningService::addHold(qint64 customerId, const QDate &until, const QString &reason)
{
    return m_db.run([customerId, until, reason](
                        db::PgConnection &c) { return DunningRepository(c).addHold(customerId, until, reason); });
}

QFuture<Status> DunningService::releaseHold(qint64 holdId)
{
    return m_db.run([holdId](db::PgConnection &c) { return DunningRepository(c).releaseHold(holdId); });
}

} // namespace ops::dunning
