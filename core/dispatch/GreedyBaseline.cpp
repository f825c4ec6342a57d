#include "core/dispatch/GreedyBaseline.h"

#include <algorithm>
#include <numeric>

namespace ops::dispatch {

namespace {

bool qualified(const sched::Technician &t, const sched::Job &j)
{
    for (const sched::TagLevel &need : j.required) {
        if (t.level(need.tag) < std::max(1, need.level))
            return false;
    }
    return j.region == 0 || t.level(j.region) > 0;
}

// Why nobody took job j (the first reason that applies, as the solver reports them).
sched::Reason reasonFor(const sched::Model &m, const sched::Job &j)
{
    bool skilled = false;
    bool inRegion = false;
    bool working = false;
    for (const sched::Technician &t : m.technicians) {
        bool tags = true;
        for (const sched::TagLevel &need : j.required)
            tags = tags && t.level(need.tag) >= std::max(1, need.level);
        if (!tags)
            continue;
        skilled = true;
        if (j.region != 0 && t.level(j.region) <= 0)
            continue;
        inRegion = true;
        working = working || t.works;
    }
    if (!skilled)
        return sched::Reason::NoQualifiedTechnician;
    if (!inRegion)
        return sched::Reason::OutsideRegions;
    if (!working)
        return sched::Reason::NoTechnicianWorking;
    if (j.crewSize > 1)
        return sched::Reason::CrewUnavailable;
    return sched::Reason::NoTimeFits;
}

} // namespace

sched::Plan greedyBaseline(const sched::Model &model)
{
    // The fixed jobs only: the day as it starts before anything is placed.
    sched::Model fixedOnly = model;
    for (sched::Job &j : fixedOnly.jobs) {
        j.currentTechnicians.clear();
        j.currentStart = -1;
    }
    sched::Plan plan = sched::currentPlan(fixedOnly);
    std::vector<bool> placed(model.jobs.size(), false);
    for (const sched::Route &r : plan.routes) {
        for (const sched::Visit &v : r.visits)
            placed[std::size_t(v.job)] = true;
    }

    std::vector<int> order(model.jobs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return std::clamp(model.jobs[std::size_t(a)].priority, 1, 5)
            < std::clamp(model.jobs[std::size_t(b)].priority, 1, 5);
    });

    // Per job: every (row, position) by the driving it adds; the cheapest that evaluate() accepts wins (the visits
    // after it are pushed later when their windows allow). The best insertion into a gap that moves nothing
    // (rankCandidates, always feasible) bounds the search, and at most kTries re-timings are tried per job.
    constexpr int kTries = 12;
    struct Slot
    {
        std::size_t route = 0;
        std::size_t position = 0;
        double added = 0;
    };
    std::vector<Slot> slots;
    for (int ji : order) {
        const sched::Job &j = model.jobs[std::size_t(ji)];
        if (placed[std::size_t(ji)] || j.fixed || j.crewSize > 1)
            continue;
        slots.clear();
        for (std::size_t ri = 0; ri < plan.routes.size(); ++ri) {
            const sched::Route &r = plan.routes[ri];
            const sched::Technician &t = model.technicians[std::size_t(r.technician)];
            if (!t.works || !qualified(t, j))
                continue;
            int prev = t.startNode;
            for (std::size_t pos = 0; pos <= r.visits.size(); ++pos) {
                const int next = pos < r.visits.size() ? model.jobs[std::size_t(r.visits[pos].job)].node : t.endNode;
                const double before = r.visits.empty() ? 0.0 : model.travel.time(prev, next);
                slots.push_back(
                    Slot{ri, pos, model.travel.time(prev, j.node) + model.travel.time(j.node, next) - before});
                prev = next;
            }
        }
        if (slots.empty())
            continue;
        std::stable_sort(slots.begin(), slots.end(), [](const Slot &a, const Slot &b) { return a.added < b.added; });
        const std::vector<sched::Candidate> gap = sched::rankCandidates(model, plan, ji, 1);
        const double bound = gap.empty() ? sched::kNever : gap.front().addedTravel;
        const auto tryInsert = [&](std::size_t ri, std::size_t pos, double start) {
            sched::Plan next = plan;
            sched::Route &r = next.routes[ri];
            r.visits.insert(
                r.visits.begin() + std::ptrdiff_t(std::min(pos, r.visits.size())), sched::Visit{ji, start, start});
            if (!sched::evaluate(model, next))
                return false;
            plan = std::move(next);
            placed[std::size_t(ji)] = true;
            return true;
        };
        int tries = 0;
        for (const Slot &s : slots) {
            if (tries == kTries || s.added >= bound - 1e-9)
                break;
            ++tries;
            if (tryInsert(s.route, s.position, 0))
                break;
        }
        if (placed[std::size_t(ji)] || gap.empty())
            continue;
        const auto route = std::find_if(plan.routes.cbegin(), plan.routes.cend(),
            [&](const sched::Route &r) { return r.technician == gap.front().technician; });
        if (route != plan.routes.cend())
            (void)tryInsert(
                std::size_t(route - plan.routes.cbegin()), std::size_t(gap.front().position), gap.front().start);
    }

    // Every job not placed, with the first reason that applies; evaluate() recomputes times and the whole cost.
    plan.unassigned.clear();
    for (std::size_t ji = 0; ji < model.jobs.size(); ++ji) {
        if (!placed[ji])
            plan.unassigned.push_back(sched::Unassigned{int(ji), reasonFor(model, model.jobs[ji])});
    }
    sched::Plan checked = plan;
    if (sched::evaluate(model, checked))
        return checked;
    return plan; // not reached: every step above was evaluated
}

} // namespace ops::dispatch
