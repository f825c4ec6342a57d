// The model precomputed for the search (Prep) and the exact route simulation of Model.h's rules.
#include <algorithm>
#include <cmath>
#include <map>

#include "core/dispatch/scheduling/Engine.h"

namespace ops::sched::detail {

namespace {

bool waivedBit(std::uint32_t mask, int i)
{
    return i < 32 && ((mask >> i) & 1u) != 0;
}

// The earliest start >= s such that [start - travel, start + duration) overlaps no absence.
double pushAbsences(const Technician &t, double s, double travel, double duration)
{
    for (int guard = 0; guard < 64; ++guard) {
        bool moved = false;
        for (const Interval &a : t.unavailable) {
            if (a.start < s + duration - kEps && s - travel < a.end - kEps) {
                s = a.end + travel;
                moved = true;
            }
        }
        if (!moved) {
            break;
        }
    }
    return s;
}

// How much of [a, b) the intervals cover (they may overlap each other). Sorts `intervals`.
double coveredWithin(std::vector<Interval> &intervals, double a, double b)
{
    std::sort(
        intervals.begin(), intervals.end(), [](const Interval &x, const Interval &y) { return x.start < y.start; });
    double total = 0;
    double cursor = a;
    for (const Interval &i : intervals) {
        if (i.end <= a || i.start >= b) {
            continue;
        }
        const double from = std::max(cursor, std::max(a, i.start));
        const double to = std::min(b, i.end);
        if (to > from) {
            total += to - from;
        }
        cursor = std::max(cursor, to);
    }
    return total;
}

bool overlapsAbsence(const Technician &t, double s, double travel, double duration)
{
    for (const Interval &a : t.unavailable) {
        if (a.start < s + duration - kEps && s - travel < a.end - kEps) {
            return true;
        }
    }
    return false;
}

bool sameTechnician(const Technician &a, const Technician &b)
{
    if (a.startNode != b.startNode || a.endNode != b.endNode || a.departEarliest != b.departEarliest
        || a.shiftStart != b.shiftStart || a.shiftEnd != b.shiftEnd || a.returnBy != b.returnBy
        || a.capacity != b.capacity || a.works != b.works || a.tags.size() != b.tags.size() || !a.unavailable.empty()
        || !b.unavailable.empty() || !a.breaks.empty() || !b.breaks.empty()) {
        return false;
    }
    for (std::size_t i = 0; i < a.tags.size(); ++i) {
        if (a.tags[i].tag != b.tags[i].tag || a.tags[i].level != b.tags[i].level) {
            return false;
        }
    }
    return true;
}

} // namespace

Tuning &tuning()
{
    static Tuning t;
    return t;
}

// ---------------------------------------------------------------------------------------------------------------
// Prep

Prep::Prep(const Model &model)
    : m(model)
    , nJobs(int(model.jobs.size()))
    , nTechs(int(model.technicians.size()))
{
    const auto nt = std::size_t(nTechs);
    const int size = model.travel.size();
    auto validNode = [size](int node) {
        return node >= 0 && node < size;
    };
    usable.resize(nt);
    for (int t = 0; t < nTechs; ++t) {
        const Technician &tech = model.technicians[std::size_t(t)];
        usable[std::size_t(t)] = tech.works && validNode(tech.startNode) && validNode(tech.endNode);
    }
    eligibleTable.assign(std::size_t(nJobs) * nt, 0);
    for (int j = 0; j < nJobs; ++j) {
        if (!validNode(model.jobs[std::size_t(j)].node)) {
            continue; // nobody can reach it
        }
        for (int t = 0; t < nTechs; ++t) {
            eligibleTable[std::size_t(j) * nt + std::size_t(t)] =
                (usable[std::size_t(t)] && qualified(j, t) && inRegion(j, t)) ? 1 : 0;
        }
    }
    simpleTech.resize(nt);
    techClass.resize(nt);
    breaks.resize(nt);
    waived.assign(nt, 0);
    capAllowed.resize(nt);
    fixedVisits.resize(nt);
    for (int t = 0; t < nTechs; ++t) {
        const Technician &tech = model.technicians[std::size_t(t)];
        simpleTech[std::size_t(t)] = tech.breaks.empty() && tech.unavailable.empty();
        breaks[std::size_t(t)] = tech.breaks;
        std::stable_sort(breaks[std::size_t(t)].begin(), breaks[std::size_t(t)].end(),
            [](const Break &a, const Break &b) { return a.earliest < b.earliest; });
        techClass[std::size_t(t)] = t;
        for (int u = 0; u < t; ++u) {
            if (techClass[std::size_t(u)] == u && sameTechnician(model.technicians[std::size_t(u)], tech)) {
                techClass[std::size_t(t)] = u;
                break;
            }
        }
        capAllowed[std::size_t(t)] = tech.capacity;
    }
    std::map<std::int64_t, int> techById;
    for (int t = 0; t < nTechs; ++t) {
        techById.emplace(model.technicians[std::size_t(t)].id, t);
    }
    pin.assign(std::size_t(nJobs), Pin::Free);
    pinStart.assign(std::size_t(nJobs), 0);
    weight.resize(std::size_t(nJobs));
    placeable.assign(std::size_t(nJobs), 1);
    std::vector<double> fixedLoad(nt, 0);
    for (int j = 0; j < nJobs; ++j) {
        const Job &job = model.jobs[std::size_t(j)];
        const int pr = std::clamp(job.priority, 1, 5);
        weight[std::size_t(j)] = model.objective.unassignedWeight[pr - 1];
        if (job.fixed) {
            pin[std::size_t(j)] = Pin::Fixed;
            pinStart[std::size_t(j)] = job.fixedStart;
            placeable[std::size_t(j)] = 0;
            for (std::int64_t id : job.fixedTechnicians) {
                auto it = techById.find(id);
                if (it != techById.end() && usable[std::size_t(it->second)] && validNode(job.node)) {
                    auto &list = fixedVisits[std::size_t(it->second)];
                    if (std::find(list.begin(), list.end(), j) == list.end()) {
                        list.push_back(j);
                        fixedLoad[std::size_t(it->second)] += job.demand;
                    }
                }
            }
        }
    }
    for (int t = 0; t < nTechs; ++t) {
        auto &list = fixedVisits[std::size_t(t)];
        std::stable_sort(list.begin(), list.end(),
            [this](int a, int b) { return pinStart[std::size_t(a)] < pinStart[std::size_t(b)]; });
        capAllowed[std::size_t(t)] = std::max(capAllowed[std::size_t(t)], fixedLoad[std::size_t(t)]);
    }
    computeWaivers();
    wVehicle = model.objective.minimizeVehicles ? 1e6 : 0;
    jobNode.resize(std::size_t(nJobs));
    jobDur.resize(std::size_t(nJobs));
    jobEarliest.resize(std::size_t(nJobs));
    jobLatest.resize(std::size_t(nJobs));
    jobDue.resize(std::size_t(nJobs));
    jobDemand.resize(std::size_t(nJobs));
    for (int j = 0; j < nJobs; ++j) {
        const Job &job = model.jobs[std::size_t(j)];
        jobNode[std::size_t(j)] = job.node;
        jobDur[std::size_t(j)] = job.duration;
        jobEarliest[std::size_t(j)] = job.earliest;
        jobLatest[std::size_t(j)] = job.latest;
        jobDue[std::size_t(j)] = job.due;
        jobDemand[std::size_t(j)] = job.demand;
    }
    nodes = model.travel.size();
    timeTable.resize(std::size_t(nodes) * std::size_t(nodes));
    for (int a = 0; a < nodes; ++a) {
        for (int b = 0; b < nodes; ++b) {
            timeTable[std::size_t(a) * std::size_t(nodes) + std::size_t(b)] = model.travel.time(a, b);
        }
    }
}

void Prep::computeWaivers()
{
    for (int t = 0; t < nTechs; ++t) {
        const auto &list = fixedVisits[std::size_t(t)];
        const auto &brk = breaks[std::size_t(t)];
        std::uint32_t failed = 0;
        // A break whose window is over when the technician may leave is not owed any more ("rest of today").
        for (int b = 0; b < int(std::min<std::size_t>(brk.size(), 32)); ++b) {
            if (brk[std::size_t(b)].latest < m.technicians[std::size_t(t)].departEarliest - kEps) {
                failed |= 1u << b;
            }
        }
        if (!brk.empty() && !list.empty()) {
            SimOut out;
            std::uint32_t more = 0;
            simulate(t, list.data(), int(list.size()), out, nullptr, nullptr, nullptr, &more, true);
            failed |= more;
        }
        waived[std::size_t(t)] = failed;
    }
}

bool Prep::qualified(int job, int tech) const
{
    const Technician &t = m.technicians[std::size_t(tech)];
    for (const TagLevel &need : m.jobs[std::size_t(job)].required) {
        if (t.level(need.tag) < std::max(1, need.level)) {
            return false;
        }
    }
    return true;
}

bool Prep::inRegion(int job, int tech) const
{
    const std::int64_t region = m.jobs[std::size_t(job)].region;
    return region == 0 || m.technicians[std::size_t(tech)].level(region) > 0;
}

bool Prep::working(int tech) const
{
    const Technician &t = m.technicians[std::size_t(tech)];
    if (!usable[std::size_t(tech)]) {
        return false;
    }
    const double from = std::max(t.shiftStart, t.departEarliest);
    const double to = std::min(t.shiftEnd, t.returnBy);
    if (to <= from) {
        return false;
    }
    // Absent over the whole shift?
    double covered = from;
    bool progress = true;
    while (progress && covered < to) {
        progress = false;
        for (const Interval &a : t.unavailable) {
            if (a.start <= covered + kEps && a.end > covered + kEps) {
                covered = a.end;
                progress = true;
            }
        }
    }
    return covered < to;
}

bool Prep::simulate(int tech, const int *seq, int n, SimOut &out, double *arrivals, double *starts, double *breakStarts,
    std::uint32_t *failedBreaks, bool ignoreCapacity) const
{
    const Technician &T = m.technicians[std::size_t(tech)];
    const TravelMatrix &tm = m.travel;
    const std::vector<Break> &brk = breaks[std::size_t(tech)];
    const int nb = int(brk.size());
    const std::uint32_t skip = failedBreaks ? 0u : waived[std::size_t(tech)];
    if (breakStarts) {
        for (int b = 0; b < nb; ++b) {
            breakStarts[b] = -1;
        }
    }
    int bi = 0;
    while (bi < nb && waivedBit(skip, bi)) {
        ++bi;
    }
    double t0 = T.departEarliest;
    int node = T.startNode;
    bool prevFixed = true; // the start counts as fixed: a fixed first visit that cannot be reached is tolerated
    out = SimOut{};
    thread_local std::vector<Interval> gapBreaks; // breaks taken in the current gap
    thread_local std::vector<Interval> busy;
    for (int k = 0; k < n; ++k) {
        const int j = seq[k];
        const Job &J = m.jobs[std::size_t(j)];
        const Pin pk = pin[std::size_t(j)];
        const double tau = tm.time(node, J.node);
        auto startFrom = [&](double ready) {
            if (pk != Pin::Free) {
                return pinStart[std::size_t(j)];
            }
            const double s = std::max({ready, J.earliest, T.shiftStart});
            return T.unavailable.empty() ? s : pushAbsences(T, s, tau, J.duration);
        };
        auto okStart = [&](double ready, double s) {
            if (s >= kNever) {
                return false;
            }
            if (pk == Pin::Fixed) {
                // Tolerated after the start or another fixed visit; after a free visit, reached in time and with
                // the drive into it clear of absences.
                return prevFixed || (ready <= s + kEps && !(tau > kEps && overlapsAbsence(T, s, tau, 0.0)));
            }
            if (ready > s + kEps) {
                return false;
            }
            if (s < J.earliest - kEps || s > J.latest + kEps || s < T.shiftStart - kEps
                || s + J.duration > T.shiftEnd + kEps) {
                return false;
            }
            return pk == Pin::Free || !overlapsAbsence(T, s, tau, J.duration);
        };
        double ready = t0 + tau;
        double s = startFrom(ready);
        double gapStart = t0;
        gapBreaks.clear();
        // With breaks in the gap and absences, the gap must leave the drive its minutes outside both.
        auto fitFree = [&](double st, double extraStart, double extraDuration) {
            if (T.unavailable.empty() || (gapBreaks.empty() && extraDuration <= 0) || (pk == Pin::Fixed && prevFixed)) {
                return st;
            }
            for (int guard = 0; guard < 16; ++guard) {
                busy.clear();
                for (const Interval &a : T.unavailable) {
                    busy.push_back(a);
                }
                busy.insert(busy.end(), gapBreaks.begin(), gapBreaks.end());
                if (extraDuration > 0) {
                    busy.push_back({extraStart, extraStart + extraDuration});
                }
                const double free = (st - t0) - coveredWithin(busy, t0, st);
                if (free >= tau - kEps) {
                    return st;
                }
                if (pk != Pin::Free) {
                    return kNever;
                }
                st = pushAbsences(T, st + (tau - free), tau, J.duration);
            }
            return kNever;
        };
        while (bi < nb) {
            const Break &b = brk[std::size_t(bi)];
            const double bs = std::max(b.earliest, gapStart);
            const bool canNow = bs <= b.latest + kEps;
            const double ready1 = std::max(ready + b.duration, bs + b.duration);
            const double s1 = canNow ? fitFree(startFrom(ready1), bs, b.duration) : kNever;
            const bool okWith = canNow && s1 < kNever && ready1 <= s1 + kEps && okStart(ready1, s1);
            const bool mustNow = std::max(b.earliest, s + J.duration) > b.latest + kEps;
            if (okWith && (s1 <= s + kEps || mustNow)) {
                if (breakStarts) {
                    breakStarts[bi] = bs;
                }
                ready = ready1;
                s = s1;
                gapStart = bs + b.duration;
                gapBreaks.push_back({bs, bs + b.duration});
            } else if (mustNow) {
                if (!failedBreaks) {
                    return false;
                }
                if (bi < 32) {
                    *failedBreaks |= 1u << bi;
                }
            } else {
                break;
            }
            ++bi;
            while (bi < nb && waivedBit(skip, bi)) {
                ++bi;
            }
        }
        if (!okStart(ready, s)) {
            return false;
        }
        if (arrivals) {
            arrivals[k] = std::min(ready, s);
        }
        if (starts) {
            starts[k] = s;
        }
        if (J.due < kNever && s > J.due) {
            out.lateness += s - J.due;
        }
        out.load += J.demand;
        out.travel += tau;
        out.distance += tm.distance(node, J.node);
        out.work += tau + J.duration;
        t0 = s + J.duration;
        node = J.node;
        prevFixed = pk == Pin::Fixed;
    }
    if (n > 0) {
        // Breaks still due are taken after the last visit (they do not delay the return).
        double tb = t0;
        while (bi < nb) {
            const Break &b = brk[std::size_t(bi)];
            const double bs = std::max(b.earliest, tb);
            if (bs > b.latest + kEps) {
                if (!failedBreaks) {
                    return false;
                }
                if (bi < 32) {
                    *failedBreaks |= 1u << bi;
                }
            } else {
                if (breakStarts) {
                    breakStarts[bi] = bs;
                }
                tb = bs + b.duration;
            }
            ++bi;
            while (bi < nb && waivedBit(skip, bi)) {
                ++bi;
            }
        }
        const double tau = tm.time(node, T.endNode);
        out.travel += tau;
        out.distance += tm.distance(node, T.endNode);
        out.work += tau;
        out.end = t0 + tau;
        if (!prevFixed && out.end > T.returnBy + kEps) {
            return false;
        }
    } else {
        out.end = T.departEarliest;
    }
    if (!ignoreCapacity && out.load > capAllowed[std::size_t(tech)] + kEps) {
        return false;
    }
    return true;
}

Reason Prep::diagnose(int job, const std::vector<std::pair<int, std::vector<int>>> &routes) const
{
    bool anyQualified = false;
    bool anyRegion = false;
    bool anyWorking = false;
    int workingCount = 0;
    for (int t = 0; t < nTechs; ++t) {
        if (!qualified(job, t)) {
            continue;
        }
        anyQualified = true;
        if (!inRegion(job, t)) {
            continue;
        }
        anyRegion = true;
        if (!working(t)) {
            continue;
        }
        anyWorking = true;
        ++workingCount;
    }
    if (!anyQualified) {
        return Reason::NoQualifiedTechnician;
    }
    if (!anyRegion) {
        return Reason::OutsideRegions;
    }
    if (!anyWorking) {
        return Reason::NoTechnicianWorking;
    }
    if (m.jobs[std::size_t(job)].crewSize > 1) {
        return Reason::CrewUnavailable;
    }
    // Would it fit somewhere if capacity did not count?
    const Job &J = m.jobs[std::size_t(job)];
    if (J.demand > 0) {
        std::vector<int> seq;
        SimOut out;
        for (const auto &[t, visits] : routes) {
            if (!eligible(job, t)) {
                continue;
            }
            for (std::size_t p = 0; p <= visits.size(); ++p) {
                seq = visits;
                seq.insert(seq.begin() + std::ptrdiff_t(p), job);
                if (simulate(t, seq.data(), int(seq.size()), out, nullptr, nullptr, nullptr, nullptr, true)) {
                    return Reason::Capacity;
                }
            }
        }
    }
    return Reason::NoTimeFits;
}

bool breaksFit(const Model &m, int tech, const std::vector<Break> &sortedBreaks, const std::vector<TimedVisit> &visits,
    std::uint32_t check)
{
    if (visits.empty()) {
        return true;
    }
    const Technician &T = m.technicians[std::size_t(tech)];
    const int gaps = int(visits.size()) + 1;
    std::vector<std::vector<Interval>> taken(static_cast<std::size_t>(gaps)); // breaks placed in each gap
    std::vector<Interval> busy;
    for (int b = 0; b < int(sortedBreaks.size()); ++b) {
        if (!waivedBit(check, b)) {
            continue;
        }
        const Break &br = sortedBreaks[std::size_t(b)];
        bool placed = false;
        for (int g = 0; g < gaps && !placed; ++g) {
            const bool last = g == gaps - 1;
            const double gapStart = g == 0 ? T.departEarliest : visits[std::size_t(g - 1)].end;
            const double gapEnd = last ? gapStart + 1e7 : visits[std::size_t(g)].start;
            const int fromNode = g == 0 ? T.startNode : visits[std::size_t(g - 1)].node;
            const double tau = last ? 0 : m.travel.time(fromNode, visits[std::size_t(g)].node);
            const double lo = std::max(br.earliest, gapStart);
            const double hi = std::min(br.latest, gapEnd - br.duration);
            if (lo > hi + kEps) {
                continue;
            }
            // Candidate starts: the ends of the window and the edges of absences and breaks already there; keep
            // the one that leaves the drive the most minutes outside absences and breaks.
            std::vector<double> starts = {lo, hi};
            for (const Interval &a : T.unavailable) {
                starts.insert(starts.end(), {a.start, a.end, a.start - br.duration, a.end - br.duration});
            }
            for (const Interval &x : taken[std::size_t(g)]) {
                starts.insert(starts.end(), {x.end, x.start - br.duration});
            }
            double bestFree = -1;
            double best = lo;
            for (double c : starts) {
                c = std::clamp(c, lo, std::max(lo, hi));
                bool clash = false;
                for (const Interval &x : taken[std::size_t(g)]) {
                    clash = clash || (c < x.end - kEps && c + br.duration > x.start + kEps);
                }
                if (clash) {
                    continue;
                }
                busy = taken[std::size_t(g)];
                busy.push_back({c, c + br.duration});
                busy.insert(busy.end(), T.unavailable.begin(), T.unavailable.end());
                const double free = (gapEnd - gapStart) - coveredWithin(busy, gapStart, gapEnd);
                if (free > bestFree) {
                    bestFree = free;
                    best = c;
                }
            }
            if (bestFree >= tau - kEps) {
                taken[std::size_t(g)].push_back({best, best + br.duration});
                placed = true;
            }
        }
        if (!placed) {
            return false;
        }
    }
    return true;
}

} // namespace ops::sched::detail
