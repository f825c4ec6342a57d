#include "tests/support/FakeDispatchApi.h"

#include <QCoreApplication>

using namespace ops::dispatch;

namespace ops::test {

namespace {

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

QString hhmm(const QDateTime &utc)
{
    const int m = localMinutes(utc);
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void FakeDispatchApi::moveElsewhere(qint64 jobId, const QDateTime &start, const QString &by, qint64 technicianId)
{
    Job *j = board.job(jobId);
    if (!j)
        return;
    j->start = start;
    if (technicianId)
        j->leadTechnicianId = technicianId;
    if (j->status == JobStatus::Unscheduled)
        j->status = JobStatus::Scheduled;
    ++j->version;
    m_movedBy.insert(jobId, by);
}

QFuture<Result<Board>> FakeDispatchApi::loadBoard(const QDate &from, const QDate &to)
{
    ++loadCalls;
    if (failNextLoad) {
        Error e = *failNextLoad;
        failNextLoad.reset();
        return ready(Result<Board>(e));
    }
    Board b = board;
    b.from = from;
    b.to = to;
    b.reindex();
    return ready(Result<Board>(b));
}

QFuture<Result<QList<Job>>> FakeDispatchApi::jobs(const QList<qint64> &ids)
{
    ++jobsCalls;
    lastJobsIds = ids;
    QList<Job> out;
    for (qint64 id : ids)
        if (const Job *j = board.job(id))
            out << *j;
    return ready(Result<QList<Job>>(out));
}

std::optional<DispatchWriteResult> FakeDispatchApi::precheck(qint64 jobId, int expectedVersion)
{
    const Job *j = board.job(jobId);
    if (!j)
        return DispatchWriteResult(Error::make(Error::Kind::NotFound, QStringLiteral("No such job.")));
    if (j->version != expectedVersion) {
        const QString who = m_movedBy.value(jobId, QStringLiteral("Someone"));
        const QString where = j->scheduled() ? hhmm(j->start) : QStringLiteral("the queue");
        return DispatchWriteResult::stale(
            QStringLiteral("%1 moved %2 to %3 a moment ago").arg(who, j->code, where), *j);
    }
    if (refuseNext) {
        QList<Violation> v = *refuseNext;
        refuseNext.reset();
        return DispatchWriteResult::refused(v);
    }
    return std::nullopt;
}

QFuture<DispatchWriteResult> FakeDispatchApi::assign(const Slot &slot, int expectedVersion)
{
    Write w;
    w.op = QStringLiteral("assign");
    w.jobId = slot.jobId;
    w.expectedVersion = expectedVersion;
    w.slot = slot;
    writes << w;
    if (auto early = precheck(slot.jobId, expectedVersion))
        return ready(std::move(*early));
    // The server re-checks the hard rules in the write's transaction.
    const BoardIndex index(board);
    const Verdict verdict = checkSlot(board, index, slot);
    if (!verdict.allowed())
        return ready(DispatchWriteResult::refused(verdict.violations));
    Job &j = *board.job(slot.jobId);
    if (slot.crew) {
        if (!j.hasTechnician(slot.technicianId))
            j.crew << slot.technicianId;
    } else {
        j.crew.removeAll(slot.technicianId);
        j.leadTechnicianId = slot.technicianId;
        j.start = slot.start;
        if (slot.durationMin > 0)
            j.durationMin = slot.durationMin;
        if (j.status == JobStatus::Unscheduled)
            j.status = JobStatus::Scheduled;
    }
    ++j.version;
    return ready(DispatchWriteResult(j));
}

QFuture<DispatchWriteResult> FakeDispatchApi::unassign(qint64 jobId, int expectedVersion)
{
    Write w;
    w.op = QStringLiteral("unassign");
    w.jobId = jobId;
    w.expectedVersion = expectedVersion;
    writes << w;
    if (auto early = precheck(jobId, expectedVersion))
        return ready(std::move(*early));
    Job &j = *board.job(jobId);
    if (j.pinned)
        return ready(DispatchWriteResult(Error::make(Error::Kind::Validation, QStringLiteral("Unpin it first."))));
    j.leadTechnicianId = 0;
    j.crew.clear();
    j.start = QDateTime();
    j.status = JobStatus::Unscheduled;
    ++j.version;
    return ready(DispatchWriteResult(j));
}

QFuture<DispatchWriteResult> FakeDispatchApi::removeCrewMember(qint64 jobId, qint64 technicianId, int expectedVersion)
{
    Write w;
    w.op = QStringLiteral("crew-remove");
    w.jobId = jobId;
    w.expectedVersion = expectedVersion;
    w.technicianId = technicianId;
    writes << w;
    if (auto early = precheck(jobId, expectedVersion))
        return ready(std::move(*early));
    Job &j = *board.job(jobId);
    j.crew.removeAll(technicianId);
    ++j.version;
    return ready(DispatchWriteResult(j));
}

QFuture<DispatchWriteResult> FakeDispatchApi::setPinned(qint64 jobId, bool pinned, int expectedVersion)
{
    Write w;
    w.op = QStringLiteral("pin");
    w.jobId = jobId;
    w.expectedVersion = expectedVersion;
    w.pinned = pinned;
    writes << w;
    if (auto early = precheck(jobId, expectedVersion))
        return ready(std::move(*early));
    Job &j = *board.job(jobId);
    j.pinned = pinned;
    ++j.version;
    return ready(DispatchWriteResult(j));
}

QFuture<DispatchWriteResult> FakeDispatchApi::setStatus(
    qint64 jobId, JobStatus status, const QString &reason, int expectedVersion)
{
    Write w;
    w.op = QStringLiteral("status");
    w.jobId = jobId;
    w.expectedVersion = expectedVersion;
    w.status = status;
    writes << w;
    if (auto early = precheck(jobId, expectedVersion))
        return ready(std::move(*early));
    Job &j = *board.job(jobId);
    if (!statusChangeAllowed(j.status, status) || (status == JobStatus::Cancelled && reason.trimmed().isEmpty()))
        return ready(DispatchWriteResult(
            Error::make(Error::Kind::Validation, QStringLiteral("This status change is not allowed."))));
    m_history[jobId] << StatusChange{
        statusKey(j.status), statusKey(status), reason, QStringLiteral("Test"), QDateTime::currentDateTimeUtc()};
    j.status = status;
    j.statusReason = reason;
    ++j.version;
    return ready(DispatchWriteResult(j));
}

QFuture<Result<QList<StatusChange>>> FakeDispatchApi::history(qint64 jobId)
{
    return ready(Result<QList<StatusChange>>(m_history.value(jobId)));
}

} // namespace ops::test
