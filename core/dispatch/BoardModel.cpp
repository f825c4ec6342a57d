#include "core/dispatch/BoardModel.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <memory>
#include <mutex>

#include <QCoreApplication>
#include <QSet>

#include "core/dispatch/scheduling/Solver.h"

namespace ops::dispatch {

namespace {

constexpr double kEps = 1e-6;

// The last few travel matrices by point set and settings: the assistant asks again and again for the same day, the
// optimizer for the day it just loaded. Node 0 is "somewhere unknown" (no coordinates): zero travel to and from it.
struct MatrixKey
{
    std::vector<sched::GeoPoint> points;
    int roadFactorPct = 0;
    int speedKmh = 0;
    bool operator==(const MatrixKey &o) const
    {
        if (roadFactorPct != o.roadFactorPct || speedKmh != o.speedKmh || points.size() != o.points.size())
            return false;
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (points[i].lat != o.points[i].lat || points[i].lon != o.points[i].lon)
                return false;
        }
        return true;
    }
};

std::shared_ptr<const sched::TravelMatrix> travelMatrix(const MatrixKey &key)
{
    static std::mutex mutex;
    static std::deque<std::pair<MatrixKey, std::shared_ptr<const sched::TravelMatrix>>> cache;
    constexpr std::size_t kKept = 4;
    {
        std::lock_guard lock(mutex);
        for (auto it = cache.begin(); it != cache.end(); ++it) {
            if (it->first == key) {
                auto hit = *it;
                cache.erase(it);
                cache.push_front(hit);
                return hit.second;
            }
        }
    }
    auto m = std::make_shared<sched::TravelMatrix>(
        sched::TravelMatrix::haversine(key.points, key.roadFactorPct / 100.0, double(std::max(1, key.speedKmh))));
    for (int i = 0; i < m->size(); ++i) {
        m->set(0, i, 0, 0);
        m->set(i, 0, 0, 0);
    }
    std::lock_guard lock(mutex);
    cache.emplace_front(key, m);
    while (cache.size() > kKept)
        cache.pop_back();
    return m;
}

std::vector<sched::TagLevel> sortedTags(const QList<TagLevel> &tags)
{
    std::vector<sched::TagLevel> out;
    out.reserve(std::size_t(tags.size()));
    for (const TagLevel &t : tags)
        out.push_back(sched::TagLevel{t.tagId, t.level});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.tag < b.tag; });
    return out;
}

// Jobs that stay where they are whatever the mode: work under way or done cannot be moved.
bool underWayOrDone(JobStatus s)
{
    return s == JobStatus::EnRoute || s == JobStatus::OnSite || s == JobStatus::Completed;
}

QList<qint64> techniciansOf(const Job &j)
{
    QList<qint64> out;
    if (j.leadTechnicianId)
        out << j.leadTechnicianId;
    out << j.crew;
    return out;
}

} // namespace

BoardModel::BoardModel(const Board &board, const QDate &day, const BoardModelOptions &options)
    : m_board(board)
    , m_day(day)
    , m_options(options)
    , m_now(options.now.isValid()        ? options.now
              : board.loadedAt.isValid() ? board.loadedAt
                                         : QDateTime::currentDateTimeUtc())
    , m_midnight(localDayTime(day, 0))
    , m_nextMidnight(localDayTime(day.addDays(1), 0))
{
    m_board.reindex();
    const QDateTime &dayEnd = m_nextMidnight;
    const double nowMin = minutes(m_now);

    // Travel nodes: 0 unknown, then one per distinct point (job locations, homes, live positions).
    MatrixKey key;
    key.roadFactorPct = m_board.travel.roadFactorPct;
    key.speedKmh = m_board.travel.averageSpeedKmh;
    key.points.push_back(sched::GeoPoint{});
    QHash<QPair<double, double>, int> nodeOf;
    const auto node = [&](const std::optional<GeoPoint> &p) -> int {
        if (!p)
            return 0;
        const QPair<double, double> k(p->lat, p->lon);
        const auto it = nodeOf.constFind(k);
        if (it != nodeOf.cend())
            return *it;
        const int n = int(key.points.size());
        key.points.push_back(sched::GeoPoint{p->lat, p->lon});
        nodeOf.insert(k, n);
        return n;
    };

    // Technicians: every active one; those who do not work that day get no route.
    std::vector<std::optional<GeoPoint>> startPoint;
    for (const Technician &t : std::as_const(m_board.technicians)) {
        sched::Technician st;
        st.id = t.id;
        st.endNode = node(t.home);
        std::optional<GeoPoint> from = t.home;
        if (m_options.restOfToday && t.lastPosition && t.lastPosition->at.isValid() && onDay(t.lastPosition->at))
            from = t.lastPosition->point;
        st.startNode = node(from);
        st.shiftStart = t.shiftStartMin;
        st.shiftEnd = t.shiftEndMin;
        st.departEarliest = m_options.restOfToday ? std::max(st.shiftStart, nowMin) : st.shiftStart;
        if (m_options.driveBeforeShift)
            st.departEarliest -= 24 * 60;
        st.tags = sortedTags(t.tags);
        st.works = t.worksOn(day);
        m_techIndex.insert(t.id, int(m_model.technicians.size()));
        m_model.technicians.push_back(std::move(st));
    }
    for (const Absence &a : std::as_const(m_board.absences)) {
        const int ti = technicianIndex(a.technicianId);
        if (ti < 0 || a.end <= m_midnight || a.start >= dayEnd)
            continue;
        m_model.technicians[std::size_t(ti)].unavailable.push_back(sched::Interval{minutes(a.start), minutes(a.end)});
    }
    for (auto &t : m_model.technicians)
        std::sort(
            t.unavailable.begin(), t.unavailable.end(), [](const auto &a, const auto &b) { return a.start < b.start; });

    // Jobs: the day's rows and the queue jobs that could be done that day. Only they get a travel node (the queue of
    // the other days would make the matrix larger for nothing).
    for (const Job &j : std::as_const(m_board.jobs)) {
        if (j.status == JobStatus::Cancelled)
            continue;
        const bool placed = j.scheduled() && occupiesRow(j.status);
        const QList<qint64> techs = techniciansOf(j);
        if (placed) {
            if (!onDay(j.start))
                continue;
            if (j.point)
                m_nodeOfJob.insert(j.id, node(j.point));
            // On the row of a technician who is not on the board (inactive): not the optimizer's business.
            if (techs.isEmpty()
                || std::any_of(techs.cbegin(), techs.cend(), [&](qint64 t) { return technicianIndex(t) < 0; }))
                continue;
        } else if (j.status == JobStatus::Unscheduled) {
            // The queue: no window, a window that meets the day, or a window already passed (overdue).
            const bool hasWindow = j.windowStart.isValid() && j.windowEnd.isValid();
            const bool expired = hasWindow && j.windowEnd < m_now;
            if (hasWindow && !expired && (j.windowEnd <= m_midnight || j.windowStart >= dayEnd))
                continue;
        } else {
            continue;
        }
        if (j.point && !placed)
            m_nodeOfJob.insert(j.id, node(j.point));
        sched::Job sj;
        sj.id = j.id;
        sj.node = m_nodeOfJob.value(j.id, 0);
        sj.duration = j.durationMin;
        sj.priority = std::clamp(j.priority, 1, 5);
        sj.region = j.regionTagId;
        sj.required = sortedTags(j.required);
        if (j.windowStart.isValid() && j.windowEnd.isValid()) {
            if (j.windowEnd < m_now) {
                // An expired window binds nothing any more (the board's rule says so too): lateness counts.
                sj.due = minutes(j.windowEnd) - j.durationMin;
            } else {
                sj.earliest = minutes(j.windowStart);
                sj.latest = minutes(j.windowEnd) - j.durationMin;
            }
        }
        if (placed) {
            sj.crewSize = int(techs.size());
            std::vector<std::int64_t> ids(techs.cbegin(), techs.cend());
            if (j.pinned || underWayOrDone(j.status) || m_options.holdRows) {
                sj.fixed = true;
                sj.fixedTechnicians = ids;
                sj.fixedStart = minutes(j.start);
            } else {
                sj.currentTechnicians = ids;
                sj.currentStart = minutes(j.start);
            }
        }
        if (m_options.restOfToday && !sj.fixed)
            sj.earliest = std::max(sj.earliest, nowMin);
        m_jobIndex.insert(j.id, int(m_model.jobs.size()));
        m_model.jobs.push_back(std::move(sj));
    }

    m_points = key.points;
    TravelAnswer answer;
    if (m_options.travel)
        answer = m_options.travel(m_points);
    if (answer.matrix && answer.matrix->size() == int(m_points.size())) {
        m_model.travel = *answer.matrix;
        m_travelSource = answer.source;
    } else {
        m_model.travel = *travelMatrix(key);
        m_travelSource = QStringLiteral("haversine");
    }
    m_travelWarning = answer.warning;

    // Fixed visits: a technician may leave early enough to reach the first one (it was placed by hand, or is under
    // way); new visits still start at the shift (and, for the rest of today, at now) at the earliest.
    struct Fixed
    {
        double start;
        double end;
        int node;
    };
    std::vector<std::vector<Fixed>> fixedOf(m_model.technicians.size());
    for (const sched::Job &j : m_model.jobs) {
        if (!j.fixed)
            continue;
        for (std::int64_t t : j.fixedTechnicians) {
            const int ti = technicianIndex(t);
            if (ti >= 0)
                fixedOf[std::size_t(ti)].push_back(Fixed{j.fixedStart, j.fixedStart + j.duration, j.node});
        }
    }
    for (std::size_t ti = 0; ti < m_model.technicians.size(); ++ti) {
        sched::Technician &t = m_model.technicians[ti];
        auto &fixed = fixedOf[ti];
        std::sort(fixed.begin(), fixed.end(), [](const Fixed &a, const Fixed &b) { return a.start < b.start; });
        if (!fixed.empty()) {
            const double reach = fixed.front().start - m_model.travel.time(t.startNode, fixed.front().node);
            t.departEarliest = std::min(t.departEarliest, reach);
        }
        // Lunch: only when the shift covers it, it is still ahead, and the fixed visits leave a free half hour.
        if (!m_options.lunchBreak || !t.works)
            continue;
        sched::Break b;
        b.earliest = m_options.lunchEarliestMin;
        b.latest = m_options.lunchLatestMin;
        b.duration = m_options.lunchMinutes;
        if (m_options.restOfToday)
            b.earliest = std::max(b.earliest, nowMin);
        if (b.earliest > b.latest || t.shiftStart > b.earliest || t.shiftEnd < b.latest + b.duration)
            continue;
        bool room = false;
        for (double s = b.earliest; s <= b.latest + kEps && !room; s += 5) {
            // The break plus a margin for the drive on either side.
            const double from = s - 15, to = s + b.duration + 15;
            room = std::none_of(
                fixed.cbegin(), fixed.cend(), [&](const Fixed &f) { return f.start < to && from < f.end; });
        }
        if (room)
            t.breaks.push_back(b);
    }
}

bool BoardModel::onDay(const QDateTime &utc) const
{
    return utc >= m_midnight && utc < m_nextMidnight;
}

double BoardModel::minutes(const QDateTime &utc) const
{
    return double(m_midnight.msecsTo(utc)) / 60000.0;
}

QDateTime BoardModel::utc(double minutes) const
{
    return m_midnight.addSecs(qint64(std::ceil(minutes - kEps)) * 60);
}

BoardModel::RowStats BoardModel::rowStats(int technician, const QList<const Job *> &row) const
{
    RowStats s;
    if (technician < 0 || row.isEmpty())
        return s;
    const sched::Technician &t = m_model.technicians[std::size_t(technician)];
    const sched::TravelMatrix &m = m_model.travel;
    int at = t.startNode;
    for (const Job *j : row) {
        const int n = m_nodeOfJob.value(j->id, 0);
        s.km += m.distance(at, n);
        s.minutes += m.time(at, n);
        at = n;
    }
    s.km += m.distance(at, t.endNode);
    s.minutes += m.time(at, t.endNode);
    return s;
}

QString BoardModel::reasonText(sched::Reason reason)
{
    switch (reason) {
    case sched::Reason::NoQualifiedTechnician:
        return QCoreApplication::translate(
            "ops::dispatch", "No technician has the required skills at the required levels.");
    case sched::Reason::OutsideRegions:
        return QCoreApplication::translate("ops::dispatch", "No qualified technician covers this job's region.");
    case sched::Reason::NoTechnicianWorking:
        return QCoreApplication::translate(
            "ops::dispatch", "The qualified technicians do not work that day or are absent.");
    case sched::Reason::NoTimeFits:
        return QCoreApplication::translate("ops::dispatch",
            "The qualified technicians' days are full, or the customer's window cannot be reached in time.");
    case sched::Reason::CrewUnavailable:
        return QCoreApplication::translate(
            "ops::dispatch", "Not enough qualified technicians are free at the same time for the crew.");
    case sched::Reason::Capacity:
        return QCoreApplication::translate("ops::dispatch", "Over every route's capacity.");
    }
    return {};
}

DayProposal BoardModel::proposal(const sched::Plan &plan) const
{
    DayProposal p;
    p.day = m_day;
    p.restOfToday = m_options.restOfToday;
    p.plannedAt = m_now;

    // Where the plan puts each job: its technicians (route order) and its start.
    struct Placement
    {
        QList<qint64> techs;
        double start = -1;
    };
    std::vector<Placement> placed(m_model.jobs.size());
    for (const sched::Route &r : plan.routes) {
        const qint64 techId = m_model.technicians[std::size_t(r.technician)].id;
        for (const sched::Visit &v : r.visits) {
            Placement &pl = placed[std::size_t(v.job)];
            pl.techs << techId;
            pl.start = v.start;
        }
    }

    // Rows before (the board) and after (the plan), in start order.
    QHash<qint64, QList<const Job *>> before, after;
    QHash<qint64, QDateTime> startAfter;
    for (const Job &j : m_board.jobs) {
        if (!j.scheduled() || !occupiesRow(j.status) || !onDay(j.start))
            continue;
        for (qint64 t : techniciansOf(j))
            before[t].append(&j);
    }
    for (std::size_t i = 0; i < m_model.jobs.size(); ++i) {
        const sched::Job &sj = m_model.jobs[i];
        const Job *j = m_board.job(sj.id);
        if (!j)
            continue;
        QList<qint64> toTechs;
        QDateTime toStart;
        if (sj.fixed) {
            toTechs = techniciansOf(*j);
            toStart = j->start;
        } else if (!placed[i].techs.isEmpty()) {
            toTechs = placed[i].techs;
            // The lead stays the lead when they keep the job.
            if (j->leadTechnicianId && toTechs.contains(j->leadTechnicianId)) {
                toTechs.removeOne(j->leadTechnicianId);
                toTechs.prepend(j->leadTechnicianId);
            }
            // Rounded up to the minute (never earlier than planned, so nothing overlaps what the plan put before
            // it); the current start is kept when it lies between the planned start and that minute.
            toStart = utc(placed[i].start);
            if (j->scheduled() && j->start <= toStart && minutes(j->start) >= placed[i].start - kEps)
                toStart = j->start;
        }
        for (qint64 t : std::as_const(toTechs))
            after[t].append(j);
        if (toStart.isValid())
            startAfter.insert(j->id, toStart);
        if (sj.fixed)
            continue;
        const QList<qint64> fromTechs = j->scheduled() ? techniciansOf(*j) : QList<qint64>();
        const QDateTime fromStart = j->scheduled() ? j->start : QDateTime();
        QList<qint64> fromSorted = fromTechs.mid(1), toSorted = toTechs.mid(1);
        std::sort(fromSorted.begin(), fromSorted.end());
        std::sort(toSorted.begin(), toSorted.end());
        if (fromTechs.value(0) == toTechs.value(0) && fromSorted == toSorted && fromStart == toStart)
            continue;
        JobChange c;
        c.jobId = j->id;
        c.code = j->code;
        c.expectedVersion = j->version;
        c.fromLead = fromTechs.value(0);
        c.fromCrew = fromTechs.mid(1);
        c.fromStart = fromStart;
        c.toLead = toTechs.value(0);
        c.toCrew = toTechs.mid(1);
        c.toStart = toStart;
        p.changes.append(c);
    }
    // Jobs of the day the model left out (on an inactive technician's row) stay where they are.
    for (const Job &j : m_board.jobs) {
        if (j.scheduled() && occupiesRow(j.status) && onDay(j.start) && jobIndex(j.id) < 0) {
            for (qint64 t : techniciansOf(j))
                after[t].append(&j);
            startAfter.insert(j.id, j.start);
        }
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        std::sort(it->begin(), it->end(),
            [&](const Job *a, const Job *b) { return startAfter.value(a->id) < startAfter.value(b->id); });
    }

    // Per technician: everyone who works that day or has jobs before or after.
    QSet<qint64> placedAfter;
    for (const Technician &t : m_board.technicians) {
        const int ti = technicianIndex(t.id);
        const QList<const Job *> &b = before[t.id];
        const QList<const Job *> &a = after[t.id];
        if (!t.worksOn(m_day) && b.isEmpty() && a.isEmpty())
            continue;
        TechnicianDiff d;
        d.technicianId = t.id;
        d.name = t.name;
        d.jobsBefore = int(b.size());
        d.jobsAfter = int(a.size());
        QHash<qint64, QDateTime> startBefore;
        for (const Job *j : b)
            startBefore.insert(j->id, j->start);
        QSet<qint64> inAfter;
        for (const Job *j : a) {
            inAfter.insert(j->id);
            placedAfter.insert(j->id);
            const auto it = startBefore.constFind(j->id);
            if (it == startBefore.cend())
                d.added << j->id;
            else if (*it != startAfter.value(j->id))
                d.moved << j->id;
        }
        for (const Job *j : b) {
            if (!inAfter.contains(j->id))
                d.removed << j->id;
        }
        const RowStats sb = rowStats(ti, b);
        const RowStats sa = rowStats(ti, a);
        d.kmBefore = std::round(sb.km * 10) / 10;
        d.kmAfter = std::round(sa.km * 10) / 10;
        d.minutesBefore = int(std::lround(sb.minutes));
        d.minutesAfter = int(std::lround(sa.minutes));
        p.kmBefore += sb.km;
        p.kmAfter += sa.km;
        p.minutesBefore += d.minutesBefore;
        p.minutesAfter += d.minutesAfter;
        p.technicians.append(d);
    }
    p.kmBefore = std::round(p.kmBefore * 10) / 10;
    p.kmAfter = std::round(p.kmAfter * 10) / 10;
    p.jobsPlaced = int(placedAfter.size());

    for (const sched::Unassigned &u : plan.unassigned) {
        const sched::Job &sj = m_model.jobs[std::size_t(u.job)];
        if (sj.fixed)
            continue;
        const Job *j = m_board.job(sj.id);
        p.unassigned.append(LeftOut{
            sj.id, j ? j->code : QString(), QString::fromLatin1(sched::reasonCode(u.reason)), reasonText(u.reason)});
    }
    return p;
}

DayProposal BoardModel::unchanged(const sched::Plan &solved) const
{
    std::vector<sched::Reason> reasons(m_model.jobs.size(), sched::Reason::NoTimeFits);
    for (const sched::Unassigned &u : solved.unassigned)
        reasons[std::size_t(u.job)] = u.reason;
    sched::Plan board;
    std::vector<std::vector<sched::Visit>> rows(m_model.technicians.size());
    for (std::size_t i = 0; i < m_model.jobs.size(); ++i) {
        const sched::Job &j = m_model.jobs[i];
        const auto &techs = j.fixed ? j.fixedTechnicians : j.currentTechnicians;
        const double start = j.fixed ? j.fixedStart : j.currentStart;
        if (techs.empty()) {
            board.unassigned.push_back(sched::Unassigned{int(i), reasons[i]});
            continue;
        }
        for (std::int64_t t : techs) {
            const int ti = technicianIndex(t);
            if (ti >= 0)
                rows[std::size_t(ti)].push_back(sched::Visit{int(i), start, start});
        }
    }
    for (std::size_t ti = 0; ti < rows.size(); ++ti) {
        sched::Route r;
        r.technician = int(ti);
        r.visits = std::move(rows[ti]);
        std::sort(r.visits.begin(), r.visits.end(),
            [](const sched::Visit &a, const sched::Visit &b) { return a.start < b.start; });
        board.routes.push_back(std::move(r));
    }
    return proposal(board);
}

QList<CandidateSlot> BoardModel::candidates(const std::vector<sched::Candidate> &ranked) const
{
    QList<CandidateSlot> out;
    for (const sched::Candidate &c : ranked) {
        const sched::Technician &t = m_model.technicians[std::size_t(c.technician)];
        const Technician *bt = m_board.technician(t.id);
        CandidateSlot s;
        s.technicianId = t.id;
        s.technicianName = bt ? bt->name : QString();
        s.start = utc(c.start);
        s.travelBeforeMin = int(std::lround(c.travelBefore));
        s.travelAfterMin = int(std::lround(c.travelAfter));
        s.addedTravelMin = int(std::lround(c.addedTravel));
        s.latenessMin = int(std::lround(c.lateness));
        s.skillMargin = c.skillMargin;
        s.cost = c.cost;
        out.append(s);
    }
    return out;
}

} // namespace ops::dispatch
