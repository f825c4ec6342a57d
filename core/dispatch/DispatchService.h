#pragma once

#include "core/dispatch/DispatchApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::dispatch {

// GUI-thread facade over DispatchRepository: every call returns at once and runs on a DB executor thread.
class DispatchService : public DispatchApi
{
    Q_OBJECT
public:
    explicit DispatchService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<Board>> loadBoard(const QDate &from, const QDate &to) override;
    QFuture<Result<QList<Job>>> jobs(const QList<qint64> &ids) override;
    QFuture<DispatchWriteResult> assign(const Slot &slot, int expectedVersion) override;
    QFuture<DispatchWriteResult> unassign(qint64 jobId, int expectedVersion) override;
    QFuture<DispatchWriteResult> removeCrewMember(qint64 jobId, qint64 technicianId, int expectedVersion) override;
    QFuture<DispatchWriteResult> setPinned(qint64 jobId, bool pinned, int expectedVersion) override;
    QFuture<DispatchWriteResult> setStatus(
        qint64 jobId, JobStatus status, const QString &reason, int expectedVersion) override;
    QFuture<Result<QList<StatusChange>>> history(qint64 jobId) override;

private:
    DbExecutor &m_db;
};

} // namespace ops::dispatch
