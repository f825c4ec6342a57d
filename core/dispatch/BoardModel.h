#pragma once

// The dispatch board as the scheduling library sees it (issue #11), and back: a loaded Board and one local day become
// a sched::Model (travel nodes, technicians, jobs in minutes from local midnight), and a sched::Plan on that model
// becomes a DayProposal (the diff against the board) or the assistant's CandidateSlots.
//
// Times: minutes elapsed since local midnight of the day (America/Toronto), the same convention as the board's rules
// (localDayTime / localMinutes), so that a plan the model accepts passes checkSlot on the server, DST days included.

#include <vector>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include "core/dispatch/DispatchTypes.h"
#include "core/dispatch/OptimizerApi.h"
#include "core/dispatch/TravelSource.h"
#include "core/dispatch/scheduling/Model.h"

namespace ops::sched {
struct Plan;
struct Candidate;
enum class Reason : std::uint8_t;
} // namespace ops::sched

namespace ops::dispatch {

struct BoardModelOptions
{
    // "Optimize rest of today": en route, on site and completed jobs stay (they always do), nothing new starts before
    // now, each technician leaves from their live position (else home) at now.
    bool restOfToday = false;
    QDateTime now; // UTC; invalid: the board's loadedAt
    // A lunch break of lunchMinutes starting between lunchEarliestMin and lunchLatestMin (minutes after local
    // midnight), for technicians whose shift covers it and whose fixed jobs leave room for it. The assistant turns it
    // off: it ranks insertions into the rows as they are.
    bool lunchBreak = true;
    int lunchEarliestMin = 11 * 60 + 30;
    int lunchLatestMin = 13 * 60; // so that it ends by 13:30
    int lunchMinutes = 30;
    // The board's rules do not count the drive from home against the shift (only job times are checked): the
    // assistant, which ranks insertions into the rows as the board has them, lets technicians leave home early
    // enough to start at their shift start. The optimizer does not: its days start with the drive.
    bool driveBeforeShift = false;
    // The assistant: every job on a row is held exactly where it is (fixed), so that the rows are the board's and a
    // candidate fits a real gap. The optimizer leaves them movable (current placements).
    bool holdRows = false;
    // Travel between the model's points (TravelSource::lookup): called once, with points() in node order, on the
    // constructing thread. Unset, or no matrix of the right size in the answer: straight line × road factor.
    TravelLookup travel;
};

class BoardModel
{
public:
    BoardModel(const Board &board, const QDate &day, const BoardModelOptions &options = {});

    const sched::Model &model() const { return m_model; }
    sched::Job &job(int index) { return m_model.jobs[std::size_t(index)]; } // the assistant's per-call tweak
    const QDate &day() const { return m_day; }
    const Board &board() const { return m_board; }
    const QDateTime &now() const { return m_now; }
    bool restOfToday() const { return m_options.restOfToday; }
    // The travel nodes' places (node 0: unknown, no coordinates), and where their travel times came from:
    // "haversine" | "osrm" | "file", with the translated warning when the configured source failed.
    const std::vector<sched::GeoPoint> &points() const { return m_points; }
    const QString &travelSource() const { return m_travelSource; }
    const QString &travelWarning() const { return m_travelWarning; }

    int jobIndex(qint64 jobId) const { return m_jobIndex.value(jobId, -1); } // -1: not in the model
    int technicianIndex(qint64 technicianId) const { return m_techIndex.value(technicianId, -1); }

    // Minutes since local midnight of day() <-> UTC. utc() rounds up to the whole minute (a start never earlier than
    // the plan's; durations are whole minutes, so no end moves past a bound).
    double minutes(const QDateTime &utc) const;
    QDateTime utc(double minutes) const;

    // The diff from the board to the plan: per technician added/removed/moved, km and driving minutes before and
    // after (the board's rows in start order, from the same start node), jobs left unassigned with their reasons.
    DayProposal proposal(const sched::Plan &plan) const;
    // The board as it is (no changes): what the optimizer proposes when it found nothing better. The jobs left in the
    // queue take their reasons from `solved` when it has them.
    DayProposal unchanged(const sched::Plan &solved) const;
    // The assistant's slots from the solver's ranked insertions.
    QList<CandidateSlot> candidates(const std::vector<sched::Candidate> &ranked) const;

    // Translated sentence for an unassigned reason.
    static QString reasonText(sched::Reason reason);

private:
    struct RowStats
    {
        double km = 0;
        double minutes = 0;
    };
    RowStats rowStats(int technician, const QList<const Job *> &row) const;
    bool onDay(const QDateTime &utc) const; // within the local day (cheaper than localDay())

    Board m_board;
    QDate m_day;
    BoardModelOptions m_options;
    QDateTime m_now;
    QDateTime m_midnight; // UTC of local midnight
    QDateTime m_nextMidnight;
    sched::Model m_model;
    QHash<qint64, int> m_jobIndex;
    QHash<qint64, int> m_techIndex;
    QHash<qint64, int> m_nodeOfJob;
    std::vector<sched::GeoPoint> m_points;
    QString m_travelSource = QStringLiteral("haversine");
    QString m_travelWarning; // the day's jobs with a point (in the model, or on an inactive technician's row)
};

} // namespace ops::dispatch
