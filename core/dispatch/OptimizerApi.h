#pragma once

// The scheduling assistant and the day optimizer as the dispatch screens see them (issue #11). The Session hands the
// widgets its OptimizerService (loads from PostgreSQL on the DB executor, solves on the CPU pool); UI tests hand them
// a fake. Every call returns at once.

#include <atomic>
#include <memory>

#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include "core/common/Result.h"

namespace ops::dispatch {

struct Board;

// One ranked (technician, start) for a job, with what it costs.
struct CandidateSlot
{
    qint64 technicianId = 0;
    QString technicianName;
    QDateTime start; // UTC
    int travelBeforeMin = 0; // from the previous job (or home / live position)
    int travelAfterMin = 0; // to the next job (or home)
    int addedTravelMin = 0; // minutes of driving added to the technician's day
    int latenessMin = 0; // past the customer's promised time
    int skillMargin = 0; // levels above the minimum required (5 when nothing is required)
    double cost = 0; // what they are ranked by (lower is better)
};

// One job that the proposal places differently from the board.
struct JobChange
{
    qint64 jobId = 0;
    QString code; // DJ-01234
    int expectedVersion = 0; // the version the plan was based on
    qint64 fromLead = 0; // 0: in the queue
    QList<qint64> fromCrew; // the other technicians
    QDateTime fromStart; // invalid: unscheduled
    qint64 toLead = 0; // 0: back to the queue
    QList<qint64> toCrew;
    QDateTime toStart;
};

// Per technician: what the proposal changes on that row.
struct TechnicianDiff
{
    qint64 technicianId = 0;
    QString name;
    QList<qint64> added; // job ids that come onto the row
    QList<qint64> removed; // that leave the row
    QList<qint64> moved; // that stay on the row at another time
    int jobsBefore = 0;
    int jobsAfter = 0;
    double kmBefore = 0;
    double kmAfter = 0;
    int minutesBefore = 0; // driving
    int minutesAfter = 0;
};

// A job the optimizer could not place, and why (translated sentence and a stable code).
struct LeftOut
{
    qint64 jobId = 0;
    QString code;
    QString reasonCode; // no_qualified_technician, outside_regions, no_technician_working, no_time_fits, …
    QString reason;
};

struct DayProposal
{
    QDate day; // local
    bool restOfToday = false; // kept en route / on site / done; technicians start from their live position
    QDateTime plannedAt; // UTC
    QList<JobChange> changes;
    QList<TechnicianDiff> technicians; // every technician of the day, changed or not
    QList<LeftOut> unassigned;
    double kmBefore = 0;
    double kmAfter = 0;
    int minutesBefore = 0; // total driving
    int minutesAfter = 0;
    int jobsPlaced = 0; // jobs on rows after the plan
    double firstPlanMs = 0; // the construction's plan
    double solveMs = 0; // the whole solve
    bool cancelled = false; // stopped early by the caller: the best plan so far
    // Where the travel times came from: "haversine" (straight line × road factor), "osrm" (the routing server) or
    // "file" (a matrix file); travelWarning (translated) when the configured source failed and the straight line
    // was used instead.
    QString travelSource = QStringLiteral("haversine");
    QString travelWarning;
};

// The outcome of Apply. ok(): the number of jobs written. Stale: a job changed since the plan was made (message says
// which); nothing was written, the caller plans again. Refused: a hard rule failed on the server (message says which);
// nothing was written.
class [[nodiscard]] ApplyResult : public Result<int>
{
public:
    using Result<int>::Result;
    bool stale = false;
    QList<qint64> staleJobs;
};

class OptimizerApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~OptimizerApi() override = default;

    // The assistant: the best n slots for the job on the given board snapshot (no SQL; runs on the CPU pool; a few
    // milliseconds). now: slots never start before it.
    virtual QFuture<Result<QList<CandidateSlot>>> candidates(
        std::shared_ptr<const Board> board, qint64 jobId, int n, const QDateTime &now) = 0;
    // "Optimize day" (restOfToday false) or "Optimize rest of today": loads the day, solves for `seconds`, returns
    // the diff. Setting *cancel stops the solver soon with the best plan so far (cancelled = true).
    virtual QFuture<Result<DayProposal>> proposeDay(
        const QDate &day, bool restOfToday, double seconds, std::shared_ptr<std::atomic<bool>> cancel) = 0;
    // Writes every change in one transaction with version checks and the server's rule check.
    virtual QFuture<ApplyResult> apply(const DayProposal &proposal) = 0;
};

} // namespace ops::dispatch
