#include "core/dispatch/DispatchService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/dispatch/DispatchRepository.h"

namespace ops::dispatch {

DispatchService::DispatchService(DbExecutor &db, QObject *parent)
    : DispatchApi(parent)
    , m_db(db)
{}

QFuture<Result<Board>> DispatchService::loadBoard(const QDate &from, const QDate &to)
{
    return m_db.run([from, to](db::PgConnection &c) { return DispatchRepository(c).loadBoard(from, to); });
}

QFuture<Result<QList<Job>>> DispatchService::jobs(const QList<qint64> &ids)
{
    return m_db.run([ids](db::PgConnection &c) { return DispatchRepository(c).jobs(ids); });
}

QFuture<DispatchWriteResult> DispatchService::assign(const Slot &slot, int expectedVersion)
{
    return m_db.run(
        [slot, expectedVersion](db::PgConnection &c) { return DispatchRepository(c).assign(slot, expectedVersion); });
}

QFuture<DispatchWriteResult> DispatchService::unassign(qint64 jobId, int expectedVersion)
{
    return m_db.run([jobId, expectedVersion](
                        db::PgConnection &c) { return DispatchRepository(c).unassign(jobId, expectedVersion); });
}

QFuture<DispatchWriteResult> DispatchService::removeCrewMember(qint64 jobId, qint64 technicianId, int expectedVersion)
{
    return m_db.run([jobId, technicianId, expectedVersion](db::PgConnection &c) {
        return DispatchRepository(c).removeCrewMember(jobId, technicianId, expectedVersion);
    });
}

QFuture<DispatchWriteResult> DispatchService::setPinned(qint64 jobId, bool pinned, int expectedVersion)
{
    return m_db.run([jobId, pinned, expectedVersion](db::PgConnection &c) {
        return DispatchRepository(c).setPinned(jobId, pinned, expectedVersion);
    });
}

QFuture<DispatchWriteResult> DispatchService::setStatus(
    qint64 jobId, JobStatus status, const QString &reason, int expectedVersion)
{
    return m_db.run([jobId, status, reason, expectedVersion](db::PgConnection &c) {
        return DispatchRepository(c).setStatus(jobId, status, reason, expectedVersion);
    });
}

QFuture<Result<QList<StatusChange>>> DispatchService::history(qint64 jobId)
{
    return m_db.run([jobId](db::PgConnection &c) { return DispatchRepository(c).history(jobId); });
}

} // namespace ops::dispatch
