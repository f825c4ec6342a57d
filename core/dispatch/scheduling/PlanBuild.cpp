// From the engine's routes to a Plan: times by simulation, reasons, costs.
#include <algorithm>
#include <cmath>

#include "core/dispatch/scheduling/Engine.h"

namespace ops::sched::detail {

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
