// The engine's route state: caches (earliest/latest starts), costs and the insertion tests.
#include <algorithm>
#include <cmath>

#include "core/dispatch/scheduling/Engine.h"

namespace ops::sched::detail {

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

double Engine::replaceBound(const RouteData &r, int from, int to, const int *seg, int len) const
{
    for (int i = 0; i < len; ++i) {
        if (p.jobDue[std::size_t(seg[i])] < kNever) {
            return -kNever; // lateness of the moved visits: the travel alone bounds nothing when it falls elsewhere
        }
    }
    if (r.dueCount > 0) {
        return -kNever;
    }
    const Technician &T = p.m.technicians[std::size_t(r.tech)];
    const double *tt = p.timeTable.data();
    const std::size_t N = std::size_t(p.nodes);
    const int n = int(r.seq.size());
    const int newN = n - (to - from) + len;
    const std::size_t prev =
        from > 0 ? std::size_t(p.jobNode[std::size_t(r.seq[std::size_t(from - 1)])]) : std::size_t(T.startNode);
    const std::size_t next =
        to < n ? std::size_t(p.jobNode[std::size_t(r.seq[std::size_t(to)])]) : std::size_t(T.endNode);
    double before = 0;
    if (n > 0) {
        std::size_t node = prev;
        for (int k = from; k < to; ++k) {
            const std::size_t jn = std::size_t(p.jobNode[std::size_t(r.seq[std::size_t(k)])]);
            before += tt[node * N + jn];
            node = jn;
        }
        before += tt[node * N + next];
    }
    double after = 0;
    if (newN > 0) {
        std::size_t node = prev;
        for (int i = 0; i < len; ++i) {
            const std::size_t jn = std::size_t(p.jobNode[std::size_t(seg[i])]);
            after += tt[node * N + jn];
            node = jn;
        }
        after += tt[node * N + next];
    }
    return after - before + (newN > 0 ? p.wVehicle : 0) - (n > 0 ? p.wVehicle : 0);
}

bool Engine::evalReplace(const RouteData &r, int from, int to, const int *seg, int len, double &delta) const
{
    const int n = int(r.seq.size());
    double load = r.load;
    for (int k = from; k < to; ++k) {
        load -= p.jobDemand[std::size_t(r.seq[std::size_t(k)])];
    }
    for (int i = 0; i < len; ++i) {
        load += p.jobDemand[std::size_t(seg[i])];
    }
    if (load > p.capAllowed[std::size_t(r.tech)] + kEps) {
        return false;
    }
    const int newN = n - (to - from) + len;
    if (r.exactFast) {
        if (newN == 0) {
            delta = -r.cost;
            return true;
        }
        // The relaxed schedule forward through the new visits, then the latest start of the visit after them.
        const Technician &T = p.m.technicians[std::size_t(r.tech)];
        const double *tt = p.timeTable.data();
        const std::size_t N = std::size_t(p.nodes);
        std::size_t node = std::size_t(T.startNode);
        double t = T.departEarliest;
        if (from > 0) {
            const int pj = r.seq[std::size_t(from - 1)];
            node = std::size_t(p.jobNode[std::size_t(pj)]);
            t = r.es[std::size_t(from - 1)] + p.jobDur[std::size_t(pj)];
        }
        double late = 0;
        for (int i = 0; i < len; ++i) {
            const int j = seg[i];
            const std::size_t jn = std::size_t(p.jobNode[std::size_t(j)]);
            const double s = std::max({t + tt[node * N + jn], p.jobEarliest[std::size_t(j)], T.shiftStart});
            if (s > p.jobLatest[std::size_t(j)] + kEps || s + p.jobDur[std::size_t(j)] > T.shiftEnd + kEps) {
                return false;
            }
            if (s > p.jobDue[std::size_t(j)]) {
                late += s - p.jobDue[std::size_t(j)];
            }
            t = s + p.jobDur[std::size_t(j)];
            node = jn;
        }
        const std::size_t next =
            to < n ? std::size_t(p.jobNode[std::size_t(r.seq[std::size_t(to)])]) : std::size_t(T.endNode);
        const double latestNext = to < n ? r.ls[std::size_t(to)] : T.returnBy;
        if (t + tt[node * N + next] > latestNext + kEps) {
            return false;
        }
        // exactFast: no free visit of the route has a due, so only the new visits' lateness counts.
        double before = 0;
        double after = 0;
        {
            const std::size_t prev =
                from > 0 ? std::size_t(p.jobNode[std::size_t(r.seq[std::size_t(from - 1)])]) : std::size_t(T.startNode);
            if (n > 0) {
                std::size_t x = prev;
                for (int k = from; k < to; ++k) {
                    const std::size_t jn = std::size_t(p.jobNode[std::size_t(r.seq[std::size_t(k)])]);
                    before += tt[x * N + jn];
                    x = jn;
                }
                before += tt[x * N + next];
            }
            std::size_t x = prev;
            for (int i = 0; i < len; ++i) {
                const std::size_t jn = std::size_t(p.jobNode[std::size_t(seg[i])]);
                after += tt[x * N + jn];
                x = jn;
            }
            after += tt[x * N + next];
        }
        delta = after - before + p.wLate * late + (n == 0 ? p.wVehicle : 0);
        return true;
    }
    m_scratch.assign(r.seq.begin(), r.seq.begin() + from);
    m_scratch.insert(m_scratch.end(), seg, seg + len);
    m_scratch.insert(m_scratch.end(), r.seq.begin() + to, r.seq.end());
    SimOut out;
    if (!p.simulate(r.tech, m_scratch.data(), newN, out)) {
        return false;
    }
    delta = p.routeCost(out, newN) - r.cost;
    return true;
}

bool Engine::evalSequence(const RouteData &r, const std::vector<int> &seq, double &delta) const
{
    m_tmp.tech = r.tech;
    m_tmp.seq = seq;
    if (!refresh(m_tmp)) {
        return false;
    }
    delta = m_tmp.cost - r.cost;
    return true;
}

void Engine::insert(Sol &sol, int route, int pos, int job) const
{
    RouteData &r = sol.routes[std::size_t(route)];
    r.seq.insert(r.seq.begin() + pos, job);
    refresh(r);
}

} // namespace ops::sched::detail
