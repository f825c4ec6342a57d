#include "core/dispatch/GreedyBaseline.h"

#include <algorithm>

namespace ops::dispatch {

namespace {

constexpr double kEps = 1e-9;

struct State
{
    int node = 0;
    double time = 0; // free to leave node from then
    double load = 0;
    std::vector<int> fixed; // job indexes, by start
    std::size_t nextFixed = 0;
    sched::Route route;
};

struct Best
{
    int job = -1;
    double travel = 0;
    double arrival = 0;
    double start = 0;
};

bool qualified(const sched::Technician &t, const sched::Job &j)
{
    for (const sched::TagLevel &need : j.required) {
        if (t.level(need.tag) < need.level)
            return false;
    }
    return j.region == 0 || t.level(j.region) > 0;
}

// Where job j would start if appended to the technician's day now; false when it cannot be.
bool fits(const sched::Model &m, int ti, const State &s, int ji, double &arrival, double &start)
{
    const sched::Technician &t = m.technicians[std::size_t(ti)];
    const sched::Job &j = m.jobs[std::size_t(ji)];
    if (s.load + j.demand > t.capacity + kEps)
        return false;
    const double drive = m.travel.time(s.node, j.node);
    arrival = s.time + drive;
    start = std::max({arrival, j.earliest, t.shiftStart});
    // Absences: neither the drive nor the visit may overlap one; wait until it ends (a few times at most).
    for (int round = 0; round < 4; ++round) {
        bool moved = false;
        for (const sched::Interval &a : t.unavailable) {
            if (a.start < start + j.duration && start - drive < a.end) {
                start = std::max(start, a.end + drive);
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    if (start > j.latest + kEps || start + j.duration > t.shiftEnd + kEps)
        return false;
    const double end = start + j.duration;
    if (end + m.travel.time(j.node, t.endNode) > t.returnBy + kEps)
        return false;
    if (s.nextFixed < s.fixed.size()) {
        const sched::Job &f = m.jobs[std::size_t(s.fixed[s.nextFixed])];
        if (end + m.travel.time(j.node, f.node) > f.fixedStart + kEps)
            return false;
    }
    return true;
}

} // namespace

sched::Plan greedyBaseline(const sched::Model &m)
{
    const std::size_t nTech = m.technicians.size();
    std::vector<State> states(nTech);
    std::vector<bool> done(m.jobs.size(), false);
    std::vector<std::vector<bool>> canDo(nTech, std::vector<bool>(m.jobs.size(), false));
    for (std::size_t ti = 0; ti < nTech; ++ti) {
        const sched::Technician &t = m.technicians[ti];
        states[ti].node = t.startNode;
        states[ti].time = t.departEarliest;
        states[ti].route.technician = int(ti);
        for (std::size_t ji = 0; ji < m.jobs.size(); ++ji) {
            const sched::Job &j = m.jobs[ji];
            if (j.fixed) {
                if (std::find(j.fixedTechnicians.cbegin(), j.fixedTechnicians.cend(), t.id)
                    != j.fixedTechnicians.cend())
                    states[ti].fixed.push_back(int(ji));
                continue;
            }
            canDo[ti][ji] = t.works && j.crewSize <= 1 && qualified(t, j);
        }
        std::sort(states[ti].fixed.begin(), states[ti].fixed.end(),
            [&](int a, int b) { return m.jobs[std::size_t(a)].fixedStart < m.jobs[std::size_t(b)].fixedStart; });
    }
    for (const sched::Job &j : m.jobs) {
        if (j.fixed)
            done[std::size_t(&j - m.jobs.data())] = true;
    }

    const auto bestFor = [&](std::size_t ti) {
        Best b;
        double arrival = 0, start = 0;
        for (std::size_t ji = 0; ji < m.jobs.size(); ++ji) {
            if (done[ji] || !canDo[ti][ji])
                continue;
            const double drive = m.travel.time(states[ti].node, m.jobs[ji].node);
            if (b.job >= 0 && (drive > b.travel + kEps))
                continue;
            if (!fits(m, int(ti), states[ti], int(ji), arrival, start))
                continue;
            if (b.job < 0 || drive < b.travel - kEps || start < b.start) {
                b = Best{int(ji), drive, arrival, start};
            }
        }
        return b;
    };
    const auto appendFixed = [&](State &s) {
        const int ji = s.fixed[s.nextFixed++];
        const sched::Job &f = m.jobs[std::size_t(ji)];
        s.route.visits.push_back(sched::Visit{ji, s.time + m.travel.time(s.node, f.node), f.fixedStart});
        s.node = f.node;
        s.time = f.fixedStart + f.duration;
        s.load += f.demand;
    };

    std::vector<Best> best(nTech);
    for (std::size_t ti = 0; ti < nTech; ++ti)
        best[ti] = bestFor(ti);
    for (;;) {
        // A technician with nothing left to fit before their next fixed visit goes to it.
        bool advanced = false;
        for (std::size_t ti = 0; ti < nTech; ++ti) {
            while (best[ti].job < 0 && states[ti].nextFixed < states[ti].fixed.size()) {
                appendFixed(states[ti]);
                best[ti] = bestFor(ti);
                advanced = true;
            }
        }
        std::size_t pick = nTech;
        for (std::size_t ti = 0; ti < nTech; ++ti) {
            if (best[ti].job >= 0 && (pick == nTech || best[ti].travel < best[pick].travel - kEps))
                pick = ti;
        }
        if (pick == nTech) {
            if (!advanced)
                break;
            continue;
        }
        const Best b = best[pick];
        State &s = states[pick];
        const sched::Job &j = m.jobs[std::size_t(b.job)];
        s.route.visits.push_back(sched::Visit{b.job, b.arrival, b.start});
        s.node = j.node;
        s.time = b.start + j.duration;
        s.load += j.demand;
        done[std::size_t(b.job)] = true;
        for (std::size_t ti = 0; ti < nTech; ++ti) {
            if (ti == pick || best[ti].job == b.job)
                best[ti] = bestFor(ti);
        }
    }

    sched::Plan plan;
    std::vector<bool> placed(m.jobs.size(), false);
    for (std::size_t ti = 0; ti < nTech; ++ti) {
        State &s = states[ti];
        while (s.nextFixed < s.fixed.size())
            appendFixed(s);
        if (!m.technicians[ti].works && s.route.visits.empty())
            continue;
        sched::Route &r = s.route;
        int at = m.technicians[ti].startNode;
        for (const sched::Visit &v : r.visits) {
            const int n = m.jobs[std::size_t(v.job)].node;
            r.travelTime += m.travel.time(at, n);
            r.distance += m.travel.distance(at, n);
            at = n;
            placed[std::size_t(v.job)] = true;
            plan.cost.lateness += std::max(0.0, v.start - m.jobs[std::size_t(v.job)].due);
        }
        if (!r.visits.empty()) {
            r.travelTime += m.travel.time(at, m.technicians[ti].endNode);
            r.distance += m.travel.distance(at, m.technicians[ti].endNode);
            r.end = s.time + m.travel.time(at, m.technicians[ti].endNode);
            ++plan.cost.vehicles;
        }
        r.load = s.load;
        plan.cost.travel += r.travelTime;
        plan.cost.distance += r.distance;
        plan.routes.push_back(std::move(r));
    }
    for (std::size_t ji = 0; ji < m.jobs.size(); ++ji) {
        if (!placed[ji]) {
            plan.unassigned.push_back(sched::Unassigned{int(ji), sched::Reason::NoTimeFits});
            const int p = std::clamp(m.jobs[ji].priority, 1, 5);
            plan.cost.unassigned += m.objective.unassignedWeight[p - 1];
        }
    }
    return plan;
}

} // namespace ops::dispatch
