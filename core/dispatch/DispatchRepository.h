#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>

#include "core/common/Result.h"
#include "core/dispatch/DispatchApi.h"

namespace ops::db {
class PgConnection;
}

namespace ops::dispatch {

// The dispatch board's reads and writes (PostgreSQL). Writes: one transaction each, based on the version the caller
// read (UPDATE … WHERE id = $1 AND version = $2); the technician row is locked (FOR UPDATE) so two writes on the same
// row are serialised, and the hard rules are checked again inside the transaction from the row as it is now. Changes
// are announced by the ops_change triggers of dispatch_jobs (every write updates the job row).
class DispatchRepository
{
public:
    explicit DispatchRepository(db::PgConnection &c);

    // Local days [from, to]: active technicians (with tags and last position), jobs scheduled in the range, the whole
    // unscheduled queue, absences overlapping the range, tags, travel settings. Five round trips.
    Result<Board> loadBoard(const QDate &from, const QDate &to);
    Result<QList<Job>> jobs(const QList<qint64> &ids);
    // By human code (DJ-…, DT-…): 0 when there is none.
    Result<qint64> jobIdByCode(const QString &code);
    Result<qint64> technicianIdByCode(const QString &code);
    // The local day in [from, to] with the most scheduled jobs (benchmarks, demo checks); from when none has any.
    Result<QDate> busiestDay(const QDate &from, const QDate &to);
    // Every technician's code by id (active or not).
    Result<QHash<qint64, QString>> technicianCodes();

    // The rules for a slot, from the database as it is now (the headless `dispatch check`).
    Result<Verdict> check(const Slot &slot);

    DispatchWriteResult assign(const Slot &slot, int expectedVersion);
    DispatchWriteResult unassign(qint64 jobId, int expectedVersion);
    DispatchWriteResult removeCrewMember(qint64 jobId, qint64 technicianId, int expectedVersion);
    DispatchWriteResult setPinned(qint64 jobId, bool pinned, int expectedVersion);
    DispatchWriteResult setStatus(qint64 jobId, JobStatus status, const QString &reason, int expectedVersion);
    Result<QList<StatusChange>> history(qint64 jobId);

    // Presence (PresenceTracker): NOTIFY ops_dispatch_presence with "job:staff:mode:session", the staff id of this
    // connection's role added by the server. jobModeSession: "job:mode:session".
    Status announcePresence(const QString &jobModeSession);
    Result<QString> staffName(qint64 staffId);

    static constexpr int kMaxReasonChars = 500;

private:
    db::PgConnection &m_c;
};

} // namespace ops::dispatch
