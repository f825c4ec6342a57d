#pragma once

// An in-memory DispatchApi for the board's UI tests and benchmark: it holds one Board as "the database", answers with
// ready futures (delivered through the event loop like real ones), applies the same version rule as the database (a
// stale version is refused with who moved the job and the job as it now is), re-checks the hard rules with checkSlot
// like the server does, and records every write so a test can assert what the screen sent.
#include <optional>

#include <QList>

#include "core/dispatch/DispatchApi.h"

namespace ops::test {

class FakeDispatchApi : public dispatch::DispatchApi
{
    Q_OBJECT
public:
    using DispatchApi::DispatchApi;

    struct Write
    {
        QString op; // assign | unassign | crew-remove | pin | status
        qint64 jobId = 0;
        int expectedVersion = 0;
        dispatch::Slot slot; // assign
        qint64 technicianId = 0; // crew-remove
        bool pinned = false; // pin
        dispatch::JobStatus status = dispatch::JobStatus::Scheduled; // status
    };

    dispatch::Board board; // the "database"; call board.reindex() after filling it
    QList<Write> writes;
    int loadCalls = 0;
    int jobsCalls = 0;
    QList<qint64> lastJobsIds;
    std::optional<QList<dispatch::Violation>> refuseNext; // the next write is refused with these, nothing written
    std::optional<Error> failNextLoad;

    // Another dispatcher moves a job "in the database": new start (and lead when given), version bumped; the next
    // write based on the old version is stale with "<by> moved <code> to HH:MM a moment ago".
    void moveElsewhere(qint64 jobId, const QDateTime &start, const QString &by, qint64 technicianId = 0);

    QFuture<Result<dispatch::Board>> loadBoard(const QDate &from, const QDate &to) override;
    QFuture<Result<QList<dispatch::Job>>> jobs(const QList<qint64> &ids) override;
    QFuture<dispatch::DispatchWriteResult> assign(const dispatch::Slot &slot, int expectedVersion) override;
    QFuture<dispatch::DispatchWriteResult> unassign(qint64 jobId, int expectedVersion) override;
    QFuture<dispatch::DispatchWriteResult> removeCrewMember(
        qint64 jobId, qint64 technicianId, int expectedVersion) override;
    QFuture<dispatch::DispatchWriteResult> setPinned(qint64 jobId, bool pinned, int expectedVersion) override;
    QFuture<dispatch::DispatchWriteResult> setStatus(
        qint64 jobId, dispatch::JobStatus status, const QString &reason, int expectedVersion) override;
    QFuture<Result<QList<dispatch::StatusChange>>> history(qint64 jobId) override;

private:
    // Version and refusal checks common to every write; nullopt: go ahead.
    std::optional<dispatch::DispatchWriteResult> precheck(qint64 jobId, int expectedVersion);
    QHash<qint64, QString> m_movedBy;
    QHash<qint64, QList<dispatch::StatusChange>> m_history;
};

} // namespace ops::test
