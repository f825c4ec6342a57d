#include "core/dispatch/scheduling/Engine.h"

#include <algorithm>
#include <cmath>
#include <map>

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

// ---------------------------------------------------------------------------------------------------------------
// Engine

Engine::Engine(Prep &prep, std::uint64_t seed)
    : p(prep)
    , rng(seed)
{
    const Model &m = p.m;
    const int n = p.nJobs;
    std::vector<int> jobs;
    for (int j = 0; j < n; ++j) {
        if (p.placeable[std::size_t(j)]) {
            jobs.push_back(j);
        }
    }
    m_neighbours.resize(std::size_t(n));
    const int keep = std::min(int(jobs.size()) - 1, 100);
    std::vector<std::pair<double, int>> d;
    double arcSum = 0;
    long arcCount = 0;
    for (int j : jobs) {
        d.clear();
        for (int k : jobs) {
            if (k != j) {
                d.emplace_back(m.travel.time(m.jobs[std::size_t(j)].node, m.jobs[std::size_t(k)].node), k);
            }
        }
        if (keep > 0) {
            std::partial_sort(d.begin(), d.begin() + keep, d.end());
            auto &list = m_neighbours[std::size_t(j)];
            list.reserve(std::size_t(keep));
            for (int i = 0; i < keep; ++i) {
                list.push_back(d[std::size_t(i)].second);
            }
            arcSum += d[0].first;
            ++arcCount;
        }
    }
    m_depotDistance.assign(std::size_t(n), 0);
    double depotSum = 0;
    for (int j = 0; j < n; ++j) {
        double best = kNever;
        for (int t = 0; t < p.nTechs; ++t) {
            const int from = m.technicians[std::size_t(t)].startNode;
            const int to = m.jobs[std::size_t(j)].node;
            // Nodes outside the matrix (bad input) were left out of the plan: they have no distance to learn from.
            if ((p.techClass[std::size_t(t)] == t || t == 0) && from >= 0 && from < m.travel.size() && to >= 0
                && to < m.travel.size()) {
                best = std::min(best, m.travel.time(from, to));
            }
        }
        m_depotDistance[std::size_t(j)] = best < kNever ? best : 0;
        depotSum += m_depotDistance[std::size_t(j)];
    }
    m_avgArc = arcCount > 0 ? std::max(1e-3, arcSum / double(arcCount)) : 1.0;
    if (n > 0) {
        m_avgArc = std::max(m_avgArc, 0.25 * depotSum / n);
    }
    m_classSeen.assign(std::size_t(p.nTechs), 0);
}

bool Engine::refresh(RouteData &r) const
{
    const Technician &T = p.m.technicians[std::size_t(r.tech)];
    const TravelMatrix &tm = p.m.travel;
    const int n = int(r.seq.size());
    r.es.resize(std::size_t(n));
    r.ls.resize(std::size_t(n));
    double t0 = T.departEarliest;
    int node = T.startNode;
    bool prevFixed = true;
    bool ok = true;
    double load = 0;
    double travel = 0;
    double late = 0;
    int due = 0;
    for (int k = 0; k < n; ++k) {
        const int j = r.seq[std::size_t(k)];
        const Job &J = p.m.jobs[std::size_t(j)];
        const Pin pk = p.pin[std::size_t(j)];
        const double tau = tm.time(node, J.node);
        const double arr = t0 + tau;
        double s = 0;
        if (pk == Pin::Free) {
            s = std::max({arr, J.earliest, T.shiftStart});
            if (s > J.latest + kEps || s + J.duration > T.shiftEnd + kEps) {
                ok = false;
            }
            if (J.due < kNever) {
                ++due;
            }
        } else {
            s = p.pinStart[std::size_t(j)];
            if (arr > s + kEps && (pk == Pin::Crew || !prevFixed)) {
                ok = false;
            }
        }
        if (J.due < kNever && s > J.due) {
            late += s - J.due;
        }
        r.es[std::size_t(k)] = s;
        load += J.demand;
        travel += tau;
        t0 = s + J.duration;
        node = J.node;
        prevFixed = pk == Pin::Fixed;
    }
    if (n > 0) {
        const double tau = tm.time(node, T.endNode);
        travel += tau;
        if (!prevFixed && t0 + tau > T.returnBy + kEps) {
            ok = false;
        }
    }
    if (load > p.capAllowed[std::size_t(r.tech)] + kEps) {
        ok = false;
    }
    double lateNext = T.returnBy; // latest arrival at the next stop
    int next = T.endNode;
    for (int k = n - 1; k >= 0; --k) {
        const int j = r.seq[std::size_t(k)];
        const Job &J = p.m.jobs[std::size_t(j)];
        double l = 0;
        if (p.pin[std::size_t(j)] == Pin::Free) {
            l = std::min({J.latest, T.shiftEnd - J.duration, lateNext - tm.time(J.node, next) - J.duration});
        } else {
            l = p.pinStart[std::size_t(j)];
        }
        r.ls[std::size_t(k)] = l;
        lateNext = l;
        next = J.node;
    }
    r.load = load;
    r.dueCount = due;
    r.exactFast = p.simpleTech[std::size_t(r.tech)] && due == 0;
    if (p.simpleTech[std::size_t(r.tech)]) {
        r.travel = travel;
        r.lateness = late;
        r.cost = travel + p.wLate * late + (n > 0 ? p.wVehicle : 0);
        return ok;
    }
    if (!ok) {
        return false;
    }
    SimOut out;
    if (!p.simulate(r.tech, r.seq.data(), n, out)) {
        return false;
    }
    r.travel = out.travel;
    r.lateness = out.lateness;
    r.cost = p.routeCost(out, n);
    return true;
}

void Engine::recost(Sol &sol) const
{
    double c = 0;
    int v = 0;
    for (const RouteData &r : sol.routes) {
        c += r.cost;
        v += r.seq.empty() ? 0 : 1;
    }
    for (int j : sol.unassigned) {
        c += p.wUnassigned * p.weight[std::size_t(j)];
    }
    sol.cost = c;
    sol.vehicles = v;
}

bool Engine::evalInsert(const RouteData &r, int j, int pos, double &delta) const
{
    const Technician &T = p.m.technicians[std::size_t(r.tech)];
    const Job &J = p.m.jobs[std::size_t(j)];
    if (r.load + J.demand > p.capAllowed[std::size_t(r.tech)] + kEps) {
        return false;
    }
    const TravelMatrix &tm = p.m.travel;
    const int n = int(r.seq.size());
    int prevNode = T.startNode;
    double prevEnd = T.departEarliest;
    if (pos > 0) {
        const int pj = r.seq[std::size_t(pos - 1)];
        prevNode = p.m.jobs[std::size_t(pj)].node;
        prevEnd = r.es[std::size_t(pos - 1)] + p.m.jobs[std::size_t(pj)].duration;
    }
    const int nextNode = pos < n ? p.m.jobs[std::size_t(r.seq[std::size_t(pos)])].node : T.endNode;
    const double tauIn = tm.time(prevNode, J.node);
    const double s = std::max({prevEnd + tauIn, J.earliest, T.shiftStart});
    if (s > J.latest + kEps || s + J.duration > T.shiftEnd + kEps) {
        return false;
    }
    const double tauOut = tm.time(J.node, nextNode);
    const double latestNext = pos < n ? r.ls[std::size_t(pos)] : T.returnBy;
    if (s + J.duration + tauOut > latestNext + kEps) {
        return false;
    }
    if (r.exactFast) {
        delta = tauIn + tauOut - (n > 0 ? tm.time(prevNode, nextNode) : 0) + (n == 0 ? p.wVehicle : 0);
        if (J.due < kNever && s > J.due) {
            delta += p.wLate * (s - J.due);
        }
        return true;
    }
    m_scratch.assign(r.seq.begin(), r.seq.end());
    m_scratch.insert(m_scratch.begin() + pos, j);
    SimOut out;
    if (!p.simulate(r.tech, m_scratch.data(), n + 1, out)) {
        return false;
    }
    delta = p.routeCost(out, n + 1) - r.cost;
    return true;
}

bool Engine::bestInsertion(
    const Sol &sol, int j, bool allowEmpty, double blink, int &bestRoute, int &bestPos, double &bestDelta)
{
    bestRoute = -1;
    bestPos = -1;
    bestDelta = kNever;
    std::fill(m_classSeen.begin(), m_classSeen.end(), 0);
    const double latest = p.m.jobs[std::size_t(j)].latest;
    for (int ri = 0; ri < int(sol.routes.size()); ++ri) {
        const RouteData &r = sol.routes[std::size_t(ri)];
        if (!p.eligible(j, r.tech)) {
            continue;
        }
        const int n = int(r.seq.size());
        if (n == 0) {
            if (!allowEmpty && !(ri < int(m_keepOpen.size()) && m_keepOpen[std::size_t(ri)])) {
                continue;
            }
            char &seen = m_classSeen[std::size_t(p.techClass[std::size_t(r.tech)])];
            if (seen) {
                continue;
            }
            seen = 1;
        }
        if (r.exactFast) {
            fastPositions(r, ri, j, blink, bestRoute, bestPos, bestDelta);
            continue;
        }
        for (int pos = 0; pos <= n; ++pos) {
            // Starts only grow along a route: once the previous visit ends after the job's latest start, no later
            // position can take it.
            if (pos > 0
                && r.es[std::size_t(pos - 1)] + p.jobDur[std::size_t(r.seq[std::size_t(pos - 1)])] > latest + kEps) {
                break;
            }
            if (blink > 0 && rng.uniform() < blink) {
                continue;
            }
            {
                // The travel added bounds the cost delta from below (lateness only grows when a visit is added).
                const Technician &T = p.m.technicians[std::size_t(r.tech)];
                const std::size_t N = std::size_t(p.nodes);
                const std::size_t jn = std::size_t(p.jobNode[std::size_t(j)]);
                const std::size_t prev = pos > 0 ? std::size_t(p.jobNode[std::size_t(r.seq[std::size_t(pos - 1)])])
                                                 : std::size_t(T.startNode);
                const std::size_t next =
                    pos < n ? std::size_t(p.jobNode[std::size_t(r.seq[std::size_t(pos)])]) : std::size_t(T.endNode);
                const double lower = p.timeTable[prev * N + jn] + p.timeTable[jn * N + next]
                    - (n > 0 ? p.timeTable[prev * N + next] : 0);
                if (lower >= bestDelta - 1e-9) {
                    continue;
                }
            }
            double d = 0;
            if (evalInsert(r, j, pos, d) && d < bestDelta - 1e-9) {
                bestDelta = d;
                bestRoute = ri;
                bestPos = pos;
            }
        }
    }
    return bestRoute >= 0;
}

void Engine::fastPositions(
    const RouteData &r, int ri, int j, double blink, int &bestRoute, int &bestPos, double &bestDelta)
{
    // The O(1) test inlined over every position of a route where it is exact, the travel delta (a lower bound of
    // the cost delta) first.
    const int t = r.tech;
    if (r.load + p.jobDemand[std::size_t(j)] > p.capAllowed[std::size_t(t)] + kEps) {
        return;
    }
    const Technician &T = p.m.technicians[std::size_t(t)];
    const double *tt = p.timeTable.data();
    const std::size_t N = std::size_t(p.nodes);
    const std::size_t jn = std::size_t(p.jobNode[std::size_t(j)]);
    const double ej = std::max(p.jobEarliest[std::size_t(j)], T.shiftStart);
    const double lj = std::min(p.jobLatest[std::size_t(j)], T.shiftEnd - p.jobDur[std::size_t(j)]);
    const double dj = p.jobDur[std::size_t(j)];
    const double due = p.jobDue[std::size_t(j)];
    const int n = int(r.seq.size());
    const double vehicle = n == 0 ? p.wVehicle : 0;
    std::size_t prevNode = std::size_t(T.startNode);
    double prevEnd = T.departEarliest;
    for (int pos = 0; pos <= n; ++pos) {
        if (pos > 0) {
            const int pj = r.seq[std::size_t(pos - 1)];
            prevNode = std::size_t(p.jobNode[std::size_t(pj)]);
            prevEnd = r.es[std::size_t(pos - 1)] + p.jobDur[std::size_t(pj)];
            if (prevEnd > lj + kEps) {
                return;
            }
        }
        if (blink > 0 && rng.uniform() < blink) {
            continue;
        }
        const std::size_t nextNode =
            pos < n ? std::size_t(p.jobNode[std::size_t(r.seq[std::size_t(pos)])]) : std::size_t(T.endNode);
        const double tin = tt[prevNode * N + jn];
        const double tout = tt[jn * N + nextNode];
        double d = tin + tout - (n > 0 ? tt[prevNode * N + nextNode] : 0) + vehicle;
        if (d >= bestDelta - 1e-9) {
            continue;
        }
        const double st = std::max(prevEnd + tin, ej);
        if (st > lj + kEps) {
            continue;
        }
        const double latestNext = pos < n ? r.ls[std::size_t(pos)] : T.returnBy;
        if (st + dj + tout > latestNext + kEps) {
            continue;
        }
        if (st > due) {
            d += p.wLate * (st - due);
            if (d >= bestDelta - 1e-9) {
                continue;
            }
        }
        bestDelta = d;
        bestRoute = ri;
        bestPos = pos;
    }
}

void Engine::insert(Sol &sol, int route, int pos, int job) const
{
    RouteData &r = sol.routes[std::size_t(route)];
    r.seq.insert(r.seq.begin() + pos, job);
    refresh(r);
}

bool Engine::relocatePass(Sol &sol, bool allowEmpty)
{
    bool improved = false;
    std::vector<std::pair<int, int>> visits; // route, job
    for (int ri = 0; ri < int(sol.routes.size()); ++ri) {
        for (int j : sol.routes[std::size_t(ri)].seq) {
            if (p.placeable[std::size_t(j)]) {
                visits.emplace_back(ri, j);
            }
        }
    }
    for (int i = int(visits.size()) - 1; i > 0; --i) {
        std::swap(visits[std::size_t(i)], visits[std::size_t(rng.below(i + 1))]);
    }
    int count = 0;
    for (const auto &[ri0, j] : visits) {
        (void)ri0;
        if ((++count & 7) == 0 && expired()) {
            break;
        }
        // Where is it now (earlier moves may have moved it)?
        int ri = -1;
        int pos = -1;
        for (int r = 0; r < int(sol.routes.size()) && ri < 0; ++r) {
            const auto &seq = sol.routes[std::size_t(r)].seq;
            auto it = std::find(seq.begin(), seq.end(), j);
            if (it != seq.end()) {
                ri = r;
                pos = int(it - seq.begin());
            }
        }
        if (ri < 0) {
            continue;
        }
        RouteData &r = sol.routes[std::size_t(ri)];
        const double before = r.cost;
        r.seq.erase(r.seq.begin() + pos);
        if (!refresh(r)) {
            r.seq.insert(r.seq.begin() + pos, j);
            refresh(r);
            continue;
        }
        const double gain = before - r.cost;
        int br = -1;
        int bp = -1;
        double d = 0;
        if (bestInsertion(sol, j, allowEmpty, 0, br, bp, d) && d < gain - 1e-7) {
            insert(sol, br, bp, j);
            improved = true;
        } else {
            r.seq.insert(r.seq.begin() + pos, j);
            refresh(r);
        }
    }
    if (improved) {
        recost(sol);
    }
    return improved;
}

bool Engine::twoOptStarPass(Sol &sol)
{
    // 2-opt*: exchange the tails of two routes. Between technicians whose tails' latest starts stay valid: the same
    // shift end and either identical, or both with no return deadline (their own start and end nodes count in the
    // travel); routes without pinned visits and with the exact O(1) test; each tail qualified for its new technician.
    const TravelMatrix &tm = p.m.travel;
    bool improved = false;
    const int R = int(sol.routes.size());
    auto eligibleRoute = [&](const RouteData &r) {
        if (!r.exactFast) {
            return false;
        }
        for (int j : r.seq) {
            if (p.pin[std::size_t(j)] != Pin::Free) {
                return false;
            }
        }
        return true;
    };
    auto compatible = [&](const RouteData &a, const RouteData &b) {
        if (p.techClass[std::size_t(a.tech)] == p.techClass[std::size_t(b.tech)]) {
            return true;
        }
        const Technician &ta = p.m.technicians[std::size_t(a.tech)];
        const Technician &tb = p.m.technicians[std::size_t(b.tech)];
        return ta.shiftEnd == tb.shiftEnd && ta.returnBy >= kNever && tb.returnBy >= kNever;
    };
    std::vector<double> load1;
    std::vector<double> load2;
    std::vector<char> tailOk1; // A's tail from k qualified for B's technician
    std::vector<char> tailOk2;
    for (int r1 = 0; r1 < R; ++r1) {
        for (int r2 = r1 + 1; r2 < R; ++r2) {
            RouteData &A = sol.routes[std::size_t(r1)];
            RouteData &B = sol.routes[std::size_t(r2)];
            if ((A.seq.empty() && B.seq.empty()) || !eligibleRoute(A) || !eligibleRoute(B) || !compatible(A, B)) {
                continue;
            }
            const Technician &TA = p.m.technicians[std::size_t(A.tech)];
            const Technician &TB = p.m.technicians[std::size_t(B.tech)];
            const int n1 = int(A.seq.size());
            const int n2 = int(B.seq.size());
            load1.assign(std::size_t(n1) + 1, 0);
            load2.assign(std::size_t(n2) + 1, 0);
            tailOk1.assign(std::size_t(n1) + 1, 1);
            tailOk2.assign(std::size_t(n2) + 1, 1);
            for (int k = 0; k < n1; ++k) {
                load1[std::size_t(k) + 1] = load1[std::size_t(k)] + p.jobDemand[std::size_t(A.seq[std::size_t(k)])];
            }
            for (int k = 0; k < n2; ++k) {
                load2[std::size_t(k) + 1] = load2[std::size_t(k)] + p.jobDemand[std::size_t(B.seq[std::size_t(k)])];
            }
            for (int k = n1 - 1; k >= 0; --k) {
                tailOk1[std::size_t(k)] = tailOk1[std::size_t(k) + 1] && p.eligible(A.seq[std::size_t(k)], B.tech);
            }
            for (int k = n2 - 1; k >= 0; --k) {
                tailOk2[std::size_t(k)] = tailOk2[std::size_t(k) + 1] && p.eligible(B.seq[std::size_t(k)], A.tech);
            }
            const double capA = p.capAllowed[std::size_t(A.tech)];
            const double capB = p.capAllowed[std::size_t(B.tech)];
            const int lastA = n1 > 0 ? p.jobNode[std::size_t(A.seq[std::size_t(n1 - 1)])] : TA.startNode;
            const int lastB = n2 > 0 ? p.jobNode[std::size_t(B.seq[std::size_t(n2 - 1)])] : TB.startNode;
            auto endOf = [&](const RouteData &r, const Technician &t, int a) { // end of the first a visits, node
                if (a == 0) {
                    return std::make_pair(t.departEarliest, t.startNode);
                }
                const int j = r.seq[std::size_t(a - 1)];
                return std::make_pair(r.es[std::size_t(a - 1)] + p.jobDur[std::size_t(j)], p.jobNode[std::size_t(j)]);
            };
            double bestD = -1e-7;
            int bestA = -1;
            int bestB = -1;
            for (int a = 0; a <= n1; ++a) {
                if (!tailOk1[std::size_t(a)]) {
                    continue;
                }
                const auto [endA, nodeA] = endOf(A, TA, a);
                for (int b = 0; b <= n2; ++b) {
                    if ((a == n1 && b == n2) || (a == 0 && b == 0) || !tailOk2[std::size_t(b)]) {
                        continue; // nothing changes / the routes swap
                    }
                    if (load1[std::size_t(a)] + load2[std::size_t(n2)] - load2[std::size_t(b)] > capA + kEps
                        || load2[std::size_t(b)] + load1[std::size_t(n1)] - load1[std::size_t(a)] > capB + kEps) {
                        continue;
                    }
                    const auto [endB, nodeB] = endOf(B, TB, b);
                    const bool emptyA = a == 0 && b == n2;
                    const bool emptyB = b == 0 && a == n1;
                    const int nextA = a < n1 ? p.jobNode[std::size_t(A.seq[std::size_t(a)])] : TA.endNode;
                    const int nextB = b < n2 ? p.jobNode[std::size_t(B.seq[std::size_t(b)])] : TB.endNode;
                    // New A: A[0, a) then B[b, n2) home to A's end; new B: B[0, b) then A[a, n1) home to B's end.
                    const int joinA = b < n2 ? nextB : TA.endNode;
                    const int joinB = a < n1 ? nextA : TB.endNode;
                    double d = (emptyA ? 0 : tm.time(nodeA, joinA)) + (emptyB ? 0 : tm.time(nodeB, joinB))
                        - (n1 == 0 ? 0 : tm.time(nodeA, nextA)) - (n2 == 0 ? 0 : tm.time(nodeB, nextB));
                    if (b < n2) {
                        d += tm.time(lastB, TA.endNode) - tm.time(lastB, TB.endNode);
                    }
                    if (a < n1) {
                        d += tm.time(lastA, TB.endNode) - tm.time(lastA, TA.endNode);
                    }
                    d += p.wVehicle * ((emptyA ? 0 : 1) + (emptyB ? 0 : 1) - (n1 > 0 ? 1 : 0) - (n2 > 0 ? 1 : 0));
                    if (d >= bestD) {
                        continue;
                    }
                    if (!emptyA) {
                        const double arrive = std::max(endA + tm.time(nodeA, joinA), TA.shiftStart);
                        if (arrive > (b < n2 ? B.ls[std::size_t(b)] : TA.returnBy) + kEps) {
                            continue;
                        }
                    }
                    if (!emptyB) {
                        const double arrive = std::max(endB + tm.time(nodeB, joinB), TB.shiftStart);
                        if (arrive > (a < n1 ? A.ls[std::size_t(a)] : TB.returnBy) + kEps) {
                            continue;
                        }
                    }
                    bestD = d;
                    bestA = a;
                    bestB = b;
                }
            }
            if (bestA >= 0) {
                std::vector<int> na(A.seq.begin(), A.seq.begin() + bestA);
                na.insert(na.end(), B.seq.begin() + bestB, B.seq.end());
                std::vector<int> nb(B.seq.begin(), B.seq.begin() + bestB);
                nb.insert(nb.end(), A.seq.begin() + bestA, A.seq.end());
                std::vector<int> oldA = A.seq;
                std::vector<int> oldB = B.seq;
                const double before = A.cost + B.cost;
                A.seq = std::move(na);
                B.seq = std::move(nb);
                const bool ok = refresh(A) && refresh(B);
                if (!ok || A.cost + B.cost > before - 1e-7) {
                    A.seq = std::move(oldA);
                    B.seq = std::move(oldB);
                    refresh(A);
                    refresh(B);
                    continue;
                }
                improved = true;
            }
        }
    }
    if (improved) {
        recost(sol);
    }
    return improved;
}

bool Engine::localSearch(Sol &sol, bool allowEmpty)
{
    bool any = false;
    for (int round = 0; round < 10 && !expired(); ++round) {
        const bool a = twoOptStarPass(sol);
        const bool b = relocatePass(sol, allowEmpty);
        if (!a && !b) {
            break;
        }
        any = true;
    }
    return any;
}

Sol Engine::initial() const
{
    Sol sol;
    for (int t = 0; t < p.nTechs; ++t) {
        if (!p.usable[std::size_t(t)]) {
            continue;
        }
        RouteData r;
        r.tech = t;
        r.seq = p.fixedVisits[std::size_t(t)];
        refresh(r);
        sol.routes.push_back(std::move(r));
    }
    recost(sol);
    return sol;
}

void Engine::placeCrews(Sol &sol)
{
    // Crew jobs first, while the routes are nearly empty: the earliest start at which crewSize distinct eligible
    // technicians can each take the job (every rule checked), those with the least added travel. Then held fixed.
    Prep &mp = p;
    std::vector<int> crews;
    for (int j = 0; j < p.nJobs; ++j) {
        if (p.placeable[std::size_t(j)] && p.m.jobs[std::size_t(j)].crewSize > 1) {
            crews.push_back(j);
        }
    }
    std::stable_sort(crews.begin(), crews.end(),
        [this](int a, int b) { return p.m.jobs[std::size_t(a)].priority < p.m.jobs[std::size_t(b)].priority; });
    std::vector<int> seq;
    for (int j : crews) {
        const Job &J = p.m.jobs[std::size_t(j)];
        std::vector<double> starts;
        for (const RouteData &r : sol.routes) {
            if (!p.eligible(j, r.tech)) {
                continue;
            }
            const Technician &T = p.m.technicians[std::size_t(r.tech)];
            starts.push_back(std::max(J.earliest, T.shiftStart));
            for (std::size_t k = 0; k <= r.seq.size(); ++k) {
                const int prevNode = k == 0 ? T.startNode : p.m.jobs[std::size_t(r.seq[k - 1])].node;
                const double prevEnd =
                    k == 0 ? T.departEarliest : r.es[k - 1] + p.m.jobs[std::size_t(r.seq[k - 1])].duration;
                starts.push_back(std::max({prevEnd + p.m.travel.time(prevNode, J.node), J.earliest, T.shiftStart}));
            }
            for (const Interval &a : T.unavailable) {
                starts.push_back(a.end + p.m.travel.time(T.startNode, J.node));
            }
        }
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
        bool placed = false;
        int tried = 0;
        for (double s : starts) {
            if (s > J.latest + kEps || ++tried > 400) {
                break;
            }
            mp.pin[std::size_t(j)] = Pin::Crew;
            mp.pinStart[std::size_t(j)] = s;
            std::vector<std::tuple<double, int, int>> options; // added cost, route, position
            for (int ri = 0; ri < int(sol.routes.size()); ++ri) {
                const RouteData &r = sol.routes[std::size_t(ri)];
                if (!p.eligible(j, r.tech)) {
                    continue;
                }
                double best = kNever;
                int bestPos = -1;
                for (std::size_t k = 0; k <= r.seq.size(); ++k) {
                    seq = r.seq;
                    seq.insert(seq.begin() + std::ptrdiff_t(k), j);
                    SimOut out;
                    if (p.simulate(r.tech, seq.data(), int(seq.size()), out)) {
                        const double c = p.routeCost(out, int(seq.size())) - r.cost;
                        if (c < best) {
                            best = c;
                            bestPos = int(k);
                        }
                    }
                }
                if (bestPos >= 0) {
                    options.emplace_back(best, ri, bestPos);
                }
            }
            if (int(options.size()) >= J.crewSize) {
                std::stable_sort(options.begin(), options.end(),
                    [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
                for (int c = 0; c < J.crewSize; ++c) {
                    insert(sol, std::get<1>(options[std::size_t(c)]), std::get<2>(options[std::size_t(c)]), j);
                }
                placed = true;
                break;
            }
        }
        if (!placed) {
            mp.pin[std::size_t(j)] = Pin::Free;
            heldOut.push_back(j);
        }
        // Placed or not, the crew job is no longer the search's to move.
        mp.placeable[std::size_t(j)] = 0;
    }
    recost(sol);
}

bool Engine::addCurrent(Sol &sol)
{
    std::map<std::int64_t, int> routeByTechId;
    for (int ri = 0; ri < int(sol.routes.size()); ++ri) {
        routeByTechId.emplace(p.m.technicians[std::size_t(sol.routes[std::size_t(ri)].tech)].id, ri);
    }
    std::vector<int> jobs;
    for (int j = 0; j < p.nJobs; ++j) {
        const Job &job = p.m.jobs[std::size_t(j)];
        if (p.placeable[std::size_t(j)] && job.crewSize <= 1 && job.currentTechnicians.size() == 1
            && job.currentStart >= 0) {
            jobs.push_back(j);
        }
    }
    if (jobs.empty()) {
        return false;
    }
    std::stable_sort(jobs.begin(), jobs.end(),
        [this](int a, int b) { return p.m.jobs[std::size_t(a)].currentStart < p.m.jobs[std::size_t(b)].currentStart; });
    m_placed.assign(std::size_t(p.nJobs), nullptr);
    for (int j : jobs) {
        const Job &job = p.m.jobs[std::size_t(j)];
        auto it = routeByTechId.find(job.currentTechnicians[0]);
        if (it == routeByTechId.end()) {
            continue;
        }
        RouteData &r = sol.routes[std::size_t(it->second)];
        if (!p.eligible(j, r.tech)) {
            continue;
        }
        // After the visits that start before it (fixed ones included).
        std::size_t pos = 0;
        while (pos < r.seq.size() && r.es[pos] <= job.currentStart) {
            ++pos;
        }
        r.seq.insert(r.seq.begin() + std::ptrdiff_t(pos), j);
        if (refresh(r)) {
            m_placed[std::size_t(j)] = &sol;
        } else {
            r.seq.erase(r.seq.begin() + std::ptrdiff_t(pos));
            refresh(r);
        }
    }
    recost(sol);
    return true;
}

void Engine::sortForInsertion(std::vector<int> &jobs)
{
    const int kind = rng.below(13);
    const auto &jobsModel = p.m.jobs;
    if (kind < 4) {
        for (int i = int(jobs.size()) - 1; i > 0; --i) {
            std::swap(jobs[std::size_t(i)], jobs[std::size_t(rng.below(i + 1))]);
        }
    } else if (kind < 8) {
        std::stable_sort(jobs.begin(), jobs.end(),
            [&](int a, int b) { return jobsModel[std::size_t(a)].demand > jobsModel[std::size_t(b)].demand; });
    } else if (kind < 10) {
        std::stable_sort(jobs.begin(), jobs.end(),
            [&](int a, int b) { return m_depotDistance[std::size_t(a)] > m_depotDistance[std::size_t(b)]; });
    } else if (kind < 11) {
        std::stable_sort(jobs.begin(), jobs.end(),
            [&](int a, int b) { return m_depotDistance[std::size_t(a)] < m_depotDistance[std::size_t(b)]; });
    } else {
        std::stable_sort(jobs.begin(), jobs.end(), [&](int a, int b) {
            const Job &x = jobsModel[std::size_t(a)];
            const Job &y = jobsModel[std::size_t(b)];
            return std::min(x.latest, 1e12) - x.earliest < std::min(y.latest, 1e12) - y.earliest;
        });
    }
    // Higher priorities first whatever the order.
    std::stable_sort(
        jobs.begin(), jobs.end(), [&](int a, int b) { return p.weight[std::size_t(a)] > p.weight[std::size_t(b)]; });
}

void Engine::greedy(Sol &sol, std::vector<int> jobs, bool allowEmpty, double blink)
{
    for (int j : jobs) {
        int r = -1;
        int pos = -1;
        double d = 0;
        if (bestInsertion(sol, j, allowEmpty, blink, r, pos, d)) {
            insert(sol, r, pos, j);
        } else {
            sol.unassigned.push_back(j);
        }
    }
    recost(sol);
}

bool Engine::ruinRecreate(Sol &sol, bool allowEmpty)
{
    // SISR (Christiaens & Vanden Berghe 2020): remove strings of consecutive visits from routes near a seed job.
    const double kAvgRemoved = tuning().avgRemoved;
    const double kMaxString = tuning().maxString;
    std::vector<int> where(std::size_t(p.nJobs), -1);
    int assigned = 0;
    int nonEmpty = 0;
    for (int ri = 0; ri < int(sol.routes.size()); ++ri) {
        const RouteData &r = sol.routes[std::size_t(ri)];
        nonEmpty += r.seq.empty() ? 0 : 1;
        for (int j : r.seq) {
            if (p.placeable[std::size_t(j)]) {
                where[std::size_t(j)] = ri;
                ++assigned;
            }
        }
    }
    std::vector<int> removed;
    // Without opening routes, a route the ruin empties may still take jobs back (the fleet stays as it was).
    m_keepOpen.assign(sol.routes.size(), 0);
    if (!allowEmpty) {
        for (std::size_t ri = 0; ri < sol.routes.size(); ++ri) {
            m_keepOpen[ri] = sol.routes[ri].seq.empty() ? 0 : 1;
        }
    }
    if (assigned > 0) {
        const double lsMax = std::min(kMaxString, double(assigned) / std::max(1, nonEmpty));
        const double ksMax = 4.0 * kAvgRemoved / (1.0 + lsMax) - 1.0;
        const int ks = std::max(1, int(std::floor(rng.uniform() * ksMax + 1.0)));
        int seed = -1;
        {
            int pick = rng.below(assigned);
            for (int j = 0; j < p.nJobs && seed < 0; ++j) {
                if (where[std::size_t(j)] >= 0 && pick-- == 0) {
                    seed = j;
                }
            }
        }
        std::vector<char> ruined(sol.routes.size(), 0);
        int ruinedCount = 0;
        const auto &nb = m_neighbours[std::size_t(seed)];
        for (int idx = -1; idx < int(nb.size()) && ruinedCount < ks; ++idx) {
            const int c = idx < 0 ? seed : nb[std::size_t(idx)];
            const int ri = where[std::size_t(c)];
            if (ri < 0 || ruined[std::size_t(ri)]) {
                continue;
            }
            RouteData &r = sol.routes[std::size_t(ri)];
            const int card = int(r.seq.size());
            const int ltMax = int(std::min(double(card), lsMax));
            const int lt = std::max(1, int(std::floor(rng.uniform() * ltMax + 1.0)));
            const int pos = int(std::find(r.seq.begin(), r.seq.end(), c) - r.seq.begin());
            std::vector<char> drop(std::size_t(card), 0);
            if (lt >= card || rng.uniform() < 0.5) {
                const int lo = std::clamp(pos - rng.below(lt), 0, card - lt);
                for (int k = lo; k < lo + lt; ++k) {
                    drop[std::size_t(k)] = 1;
                }
            } else {
                int keepN = 1;
                while (lt + keepN < card && rng.uniform() < 0.5) {
                    ++keepN;
                }
                const int len = lt + keepN;
                const int lo = std::clamp(pos - rng.below(len), 0, card - len);
                const int keepAt = lo + rng.below(lt + 1);
                for (int k = lo; k < lo + len; ++k) {
                    drop[std::size_t(k)] = (k >= keepAt && k < keepAt + keepN) ? 0 : 1;
                }
            }
            std::vector<int> kept;
            kept.reserve(std::size_t(card));
            for (int k = 0; k < card; ++k) {
                const int j = r.seq[std::size_t(k)];
                if (drop[std::size_t(k)] && p.placeable[std::size_t(j)]) {
                    removed.push_back(j);
                    where[std::size_t(j)] = -1;
                } else {
                    kept.push_back(j);
                }
            }
            r.seq.swap(kept);
            if (!refresh(r)) {
                return false;
            }
            ruined[std::size_t(ri)] = 1;
            ++ruinedCount;
        }
    }
    std::vector<int> todo;
    if (!allowEmpty && tuning().absentFirst) {
        // Fleet minimisation: the absent jobs (the hard ones) first, then the removed ones.
        std::vector<int> absent = sol.unassigned;
        sortForInsertion(absent);
        sortForInsertion(removed);
        todo = std::move(absent);
        todo.insert(todo.end(), removed.begin(), removed.end());
    } else {
        todo = removed;
        // Many unassigned jobs (an overloaded day) are retried a few at a time: trying all of them on every
        // iteration would cost most of the search.
        std::vector<int> retry = sol.unassigned;
        std::vector<int> later;
        constexpr int kRetry = 8;
        if (int(retry.size()) > kRetry) {
            for (int i = 0; i < kRetry; ++i) {
                std::swap(retry[std::size_t(i)], retry[std::size_t(i + rng.below(int(retry.size()) - i))]);
            }
            later.assign(retry.begin() + kRetry, retry.end());
            retry.resize(kRetry);
        }
        todo.insert(todo.end(), retry.begin(), retry.end());
        sortForInsertion(todo);
        sol.unassigned = std::move(later);
        greedy(sol, std::move(todo), allowEmpty, tuning().blink);
        m_keepOpen.clear();
        return true;
    }
    sol.unassigned.clear();
    greedy(sol, std::move(todo), allowEmpty, tuning().blink);
    m_keepOpen.clear();
    return true;
}

Plan Engine::toPlan(const Sol &sol) const
{
    std::vector<std::pair<int, std::vector<int>>> routes;
    for (const RouteData &r : sol.routes) {
        routes.emplace_back(r.tech, r.seq);
    }
    std::vector<int> unassigned = sol.unassigned;
    unassigned.insert(unassigned.end(), heldOut.begin(), heldOut.end());
    return buildPlan(p, routes, unassigned);
}

void Engine::removeSmallestRoute(Sol &sol)
{
    int pick = -1;
    int size = 0;
    int ties = 0;
    for (int ri = 0; ri < int(sol.routes.size()); ++ri) {
        const RouteData &r = sol.routes[std::size_t(ri)];
        if (r.seq.empty()) {
            continue;
        }
        bool movable = true;
        for (int j : r.seq) {
            movable = movable && p.placeable[std::size_t(j)];
        }
        if (!movable) {
            continue;
        }
        const int n = int(r.seq.size());
        if (pick < 0 || n < size) {
            pick = ri;
            size = n;
            ties = 1;
        } else if (n == size && rng.below(++ties) == 0) {
            pick = ri;
        }
    }
    if (pick < 0) {
        return;
    }
    RouteData &r = sol.routes[std::size_t(pick)];
    sol.unassigned.insert(sol.unassigned.end(), r.seq.begin(), r.seq.end());
    r.seq.clear();
    refresh(r);
    recost(sol);
}

Plan buildPlan(
    const Prep &p, const std::vector<std::pair<int, std::vector<int>>> &routes, const std::vector<int> &unassigned)
{
    Plan plan;
    for (const auto &[tech, seq] : routes) {
        Route out;
        out.technician = tech;
        const int n = int(seq.size());
        std::vector<double> arrivals(static_cast<std::size_t>(n));
        std::vector<double> starts(static_cast<std::size_t>(n));
        out.breakStarts.assign(p.breaks[std::size_t(tech)].size(), -1);
        SimOut s;
        p.simulate(tech, seq.data(), n, s, arrivals.data(), starts.data(), out.breakStarts.data());
        for (int k = 0; k < n; ++k) {
            out.visits.push_back({seq[std::size_t(k)], arrivals[std::size_t(k)], starts[std::size_t(k)]});
        }
        out.travelTime = s.travel;
        out.distance = s.distance;
        out.load = s.load;
        out.end = s.end;
        // breakStarts are in the technician's break order sorted by earliest: map back to Technician::breaks.
        const auto &orig = p.m.technicians[std::size_t(tech)].breaks;
        if (orig.size() > 1) {
            std::vector<int> order(orig.size());
            for (std::size_t i = 0; i < order.size(); ++i) {
                order[i] = int(i);
            }
            std::stable_sort(order.begin(), order.end(),
                [&](int a, int b) { return orig[std::size_t(a)].earliest < orig[std::size_t(b)].earliest; });
            std::vector<double> mapped(orig.size(), -1);
            for (std::size_t i = 0; i < order.size(); ++i) {
                mapped[std::size_t(order[i])] = out.breakStarts[i];
            }
            out.breakStarts = std::move(mapped);
        }
        plan.routes.push_back(std::move(out));
    }
    for (int j : unassigned) {
        plan.unassigned.push_back({j, p.diagnose(j, routes)});
    }
    std::sort(plan.unassigned.begin(), plan.unassigned.end(),
        [](const Unassigned &a, const Unassigned &b) { return a.job < b.job; });
    computeCost(p.m, plan);
    return plan;
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

void computeCost(const Model &model, Plan &plan)
{
    Cost c;
    for (const Unassigned &u : plan.unassigned) {
        const int pr = std::clamp(model.jobs[std::size_t(u.job)].priority, 1, 5);
        c.unassigned += model.objective.unassignedWeight[pr - 1];
    }
    double minWork = kNever;
    double maxWork = 0;
    for (const Route &r : plan.routes) {
        double work = r.travelTime;
        for (const Visit &v : r.visits) {
            const Job &j = model.jobs[std::size_t(v.job)];
            work += j.duration;
            if (j.due < kNever && v.start > j.due) {
                c.lateness += v.start - j.due;
            }
        }
        c.vehicles += r.visits.empty() ? 0 : 1;
        c.travel += r.travelTime;
        c.distance += r.distance;
        minWork = std::min(minWork, work);
        maxWork = std::max(maxWork, work);
    }
    c.balance = plan.routes.empty() ? 0 : maxWork - minWork;
    plan.cost = c;
}

} // namespace ops::sched::detail
