#pragma once

#include <QDate>
#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
#include "core/dispatch/DispatchRules.h"
#include "core/dispatch/DispatchTypes.h"

namespace ops::dispatch {

// One line of a job's status history (job_status_history).
struct StatusChange
{
    QString fromStatus; // empty for the creation
    QString toStatus;
    QString reason;
    QString who; // staff name, else the database role
    QDateTime at; // UTC
};

// The outcome of a board write. ok(): the job as it now is (new version). Refused: the rules that broke (each with
// its code), nothing written. Stale: someone changed the job since it was read; message says who and what ("Alice
// Roy moved DJ-01234 to 13:30 a moment ago") and current holds the job as it now is, nothing written.
class [[nodiscard]] DispatchWriteResult : public Result<Job>
{
public:
    using Result<Job>::Result;
    static DispatchWriteResult refused(QList<Violation> violations);
    static DispatchWriteResult stale(QString message, std::optional<Job> current);

    bool isRefused() const { return !ok() && !violations.isEmpty(); }
    bool isStale() const { return !ok() && staleVersion; }
    QList<Violation> violations; // refused: every broken hard rule (and the warnings)
    bool staleVersion = false;
    std::optional<Job> current; // stale: the job as it is now
};

// What the dispatch screens need from the dispatch domain. The Session hands the widgets its DispatchService
// (PostgreSQL, on the DB executor); UI tests hand them an in-memory fake. Every call returns at once.
// Every write carries the version it was based on; the server re-checks the hard rules inside the write's transaction.
class DispatchApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~DispatchApi() override = default;

    // Local days [from, to] (one day, or a week).
    virtual QFuture<Result<Board>> loadBoard(const QDate &from, const QDate &to) = 0;
    // Jobs by id, as they now are (live refresh after ops_change). Missing ids are deleted jobs.
    virtual QFuture<Result<QList<Job>>> jobs(const QList<qint64> &ids) = 0;

    // Place the job (or move/resize it) on slot.technicianId's row at slot.start; slot.crew adds that technician to
    // the job's crew instead. The job becomes scheduled when it was unscheduled.
    virtual QFuture<DispatchWriteResult> assign(const Slot &slot, int expectedVersion) = 0;
    // Back to the queue: no technicians, no start, status unscheduled. Pinned jobs must be unpinned first.
    virtual QFuture<DispatchWriteResult> unassign(qint64 jobId, int expectedVersion) = 0;
    virtual QFuture<DispatchWriteResult> removeCrewMember(qint64 jobId, qint64 technicianId, int expectedVersion) = 0;
    virtual QFuture<DispatchWriteResult> setPinned(qint64 jobId, bool pinned, int expectedVersion) = 0;
    // reason: required for cancelled.
    virtual QFuture<DispatchWriteResult> setStatus(
        qint64 jobId, JobStatus status, const QString &reason, int expectedVersion) = 0;
    virtual QFuture<Result<QList<StatusChange>>> history(qint64 jobId) = 0;
};

} // namespace ops::dispatch
