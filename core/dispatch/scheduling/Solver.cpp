#include "core/dispatch/scheduling/Solver.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include "core/dispatch/scheduling/Engine.h"

namespace ops::sched {

using detail::kEps;
using detail::Pin;

const char *reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::NoQualifiedTechnician:
        return "no_qualified_technician";
    case Reason::OutsideRegions:
        return "outside_regions";
    case Reason::NoTechnicianWorking:
        return "no_technician_working";
    case Reason::NoTimeFits:
        return "no_time_fits";
    case Reason::CrewUnavailable:
        return "crew_unavailable";
    case Reason::Capacity:
        return "capacity";
    }
    return "no_time_fits";
}

bool Cost::better(const Cost &other, const ObjectiveOptions &objective) const
{
    if (std::abs(unassigned - other.unassigned) > 1e-9) {
        return unassigned < other.unassigned;
    }
    if (std::abs(lateness - other.lateness) > 1e-6) {
        return lateness < other.lateness;
    }
    if (objective.minimizeVehicles && vehicles != other.vehicles) {
        return vehicles < other.vehicles;
    }
    const double a = travel + objective.balanceWeight * balance;
    const double b = other.travel + objective.balanceWeight * other.balance;
    return a < b - 1e-9;
}

// ---------------------------------------------------------------------------------------------------------------

Plan currentPlan(const Model &model)
{
    detail::Prep prep(model);
    std::map<std::int64_t, int> techById;
    for (int t = 0; t < prep.nTechs; ++t) {
        techById.emplace(model.technicians[std::size_t(t)].id, t);
    }
    std::vector<std::vector<int>> seqs(std::size_t(prep.nTechs));
    for (int t = 0; t < prep.nTechs; ++t) {
        seqs[std::size_t(t)] = prep.fixedVisits[std::size_t(t)];
    }
    std::vector<char> placed(std::size_t(prep.nJobs), 0);
    for (int t = 0; t < prep.nTechs; ++t) {
        for (int j : seqs[std::size_t(t)]) {
            placed[std::size_t(j)] = 1;
        }
    }
    // Inserts j in route t by its start; true (and kept) when the route still meets every rule.
    auto tryAdd = [&](int t, int j, double start) {
        auto &seq = seqs[std::size_t(t)];
        std::vector<double> starts(seq.size());
        std::size_t pos = 0;
        {
            std::vector<double> arrivals(seq.size());
            detail::SimOut out;
            prep.simulate(t, seq.data(), int(seq.size()), out, arrivals.data(), starts.data());
            while (pos < seq.size() && starts[pos] <= start) {
                ++pos;
            }
        }
        seq.insert(seq.begin() + std::ptrdiff_t(pos), j);
        detail::SimOut out;
        if (prep.eligible(j, t) && prep.simulate(t, seq.data(), int(seq.size()), out)) {
            return true;
        }
        seq.erase(seq.begin() + std::ptrdiff_t(pos));
        return false;
    };
    // Current placements in start order; crews first (held at their start in every member's route).
    std::vector<int> order;
    for (int j = 0; j < prep.nJobs; ++j) {
        const Job &job = model.jobs[std::size_t(j)];
        if (!job.fixed && !job.currentTechnicians.empty() && job.currentStart >= 0) {
            order.push_back(j);
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Job &x = model.jobs[std::size_t(a)];
        const Job &y = model.jobs[std::size_t(b)];
        const bool cx = x.crewSize > 1;
        const bool cy = y.crewSize > 1;
        if (cx != cy) {
            return cx;
        }
        return x.currentStart < y.currentStart;
    });
    for (int j : order) {
        const Job &job = model.jobs[std::size_t(j)];
        std::vector<int> techs;
        for (std::int64_t id : job.currentTechnicians) {
            auto it = techById.find(id);
            if (it != techById.end() && std::find(techs.begin(), techs.end(), it->second) == techs.end()) {
                techs.push_back(it->second);
            }
        }
        if (job.crewSize > 1) {
            if (int(techs.size()) != job.crewSize) {
                continue;
            }
            prep.pin[std::size_t(j)] = Pin::Crew;
            prep.pinStart[std::size_t(j)] = job.currentStart;
            std::vector<int> done;
            bool ok = true;
            for (int t : techs) {
                if (!tryAdd(t, j, job.currentStart)) {
                    ok = false;
                    break;
                }
                done.push_back(t);
            }
            if (!ok) {
                for (int t : done) {
                    auto &seq = seqs[std::size_t(t)];
                    seq.erase(std::find(seq.begin(), seq.end(), j));
                }
                prep.pin[std::size_t(j)] = Pin::Free;
                continue;
            }
            placed[std::size_t(j)] = 1;
        } else if (techs.size() == 1 && tryAdd(techs[0], j, job.currentStart)) {
            placed[std::size_t(j)] = 1;
        }
    }
    std::vector<std::pair<int, std::vector<int>>> routes;
    for (int t = 0; t < prep.nTechs; ++t) {
        if (prep.usable[std::size_t(t)]) {
            routes.emplace_back(t, seqs[std::size_t(t)]);
        }
    }
    std::vector<int> unassigned;
    for (int j = 0; j < prep.nJobs; ++j) {
        if (!placed[std::size_t(j)]) {
            unassigned.push_back(j);
        }
    }
    return detail::buildPlan(prep, routes, unassigned);
}

// ---------------------------------------------------------------------------------------------------------------

Plan solve(const Model &model, const SolveOptions &options, SolveStats *stats)
{
    using Clock = std::chrono::steady_clock;
    const auto t0 = Clock::now();
    auto elapsedMs = [&] {
        return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    };
    const double budgetMs = std::max(0.0, options.seconds * 1000.0);
    bool cancelled = false;
    long iterations = 0;
    auto timeUp = [&] {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return true;
        }
        return elapsedMs() >= budgetMs;
    };
    auto stop = [&] {
        if (options.maxIterations > 0 && iterations >= options.maxIterations) {
            return true;
        }
        return timeUp();
    };
    // Progress through the search in [0, 1]: by iterations when they bound it (deterministic), else by time.
    auto progress = [&] {
        if (options.maxIterations > 0) {
            return std::min(1.0, double(iterations) / double(options.maxIterations));
        }
        return budgetMs > 0 ? std::min(1.0, elapsedMs() / budgetMs) : 1.0;
    };

    detail::Prep prep(model);
    detail::Engine eng(prep, options.seed);
    eng.expired = timeUp;
    detail::Sol cur = eng.initial();
    eng.placeCrews(cur);
    {
        std::vector<int> jobs;
        for (int j = 0; j < prep.nJobs; ++j) {
            if (prep.placeable[std::size_t(j)]) {
                jobs.push_back(j);
            }
        }
        // Construction: hardest first (highest priority, tightest window), cheapest insertion.
        std::stable_sort(jobs.begin(), jobs.end(), [&](int a, int b) {
            const Job &x = model.jobs[std::size_t(a)];
            const Job &y = model.jobs[std::size_t(b)];
            if (prep.weight[std::size_t(a)] != prep.weight[std::size_t(b)]) {
                return prep.weight[std::size_t(a)] > prep.weight[std::size_t(b)];
            }
            const double wx = std::min(x.latest, 1e12) - x.earliest;
            const double wy = std::min(y.latest, 1e12) - y.earliest;
            return wx < wy;
        });
        auto construct = [&](detail::Sol &sol) {
            for (std::size_t i = 0; i < jobs.size(); ++i) {
                if ((i & 15) == 0 && timeUp()) {
                    for (std::size_t k = i; k < jobs.size(); ++k) {
                        if (std::find(sol.unassigned.begin(), sol.unassigned.end(), jobs[k]) == sol.unassigned.end()
                            && !eng.placed(sol, jobs[k])) {
                            sol.unassigned.push_back(jobs[k]);
                        }
                    }
                    break;
                }
                if (eng.placed(sol, jobs[i])) {
                    continue;
                }
                int r = -1;
                int pos = -1;
                double d = 0;
                if (eng.bestInsertion(sol, jobs[i], true, 0, r, pos, d)) {
                    eng.insert(sol, r, pos, jobs[i]);
                } else {
                    sol.unassigned.push_back(jobs[i]);
                }
            }
            eng.recost(sol);
        };
        // Warm start: the jobs' current placements that still meet every rule, then the rest as above; kept when
        // better than the plain construction (the optimizer never proposes less than the board already has).
        detail::Sol warm = cur;
        const bool hasCurrent = eng.addCurrent(warm);
        construct(cur);
        if (hasCurrent) {
            construct(warm);
            if (warm.cost < cur.cost) {
                cur = std::move(warm);
            }
        }
    }
    SolveStats st;
    st.firstFeasibleMs = elapsedMs();
    detail::Sol best = cur;
    double lastReport = -1e9;
    bool reported = false;
    auto improved = [&] {
        reported = false;
        if (options.onImprovement && elapsedMs() - lastReport >= 25) {
            options.onImprovement(eng.toPlan(best), elapsedMs());
            lastReport = elapsedMs();
            reported = true;
        }
    };
    improved();

    const detail::Tuning &tune = detail::tuning();
    const double tStart = tune.startTemperature * eng.avgArc();
    const double tEnd = tune.endTemperature * eng.avgArc();
    auto temperature = [&](double x) {
        return tStart * std::pow(tEnd / tStart, x);
    };

    // Annealed ruin-and-recreate; with minimizeVehicles, a fleet-minimisation phase runs in the middle (from the best
    // plan the annealing found so far), then the annealing goes on from whichever is better. The temperature follows
    // the annealing's own share of the budget.
    // A new best plan is polished by the deep neighbourhoods (or-opt, exchange) on a copy with its own random
    // stream: the annealing goes on from its own plan, the best only gets better.
    detail::Rng polishRng(options.seed ^ 0x5DEECE66Dull);
    auto polish = [&](detail::Sol &sol) {
        std::swap(eng.rng, polishRng);
        eng.localSearch(sol, true, true);
        std::swap(eng.rng, polishRng);
    };
    detail::Sol curSa = best;
    detail::Sol cand;
    double saFrom = 0; // progress at which the current annealing stretch started
    double saDone = 0; // annealing share already used before it
    double saTotal = 1; // the annealing's total share
    const bool anyPlaceable = std::find(prep.placeable.begin(), prep.placeable.end(), 1) != prep.placeable.end();
    auto anneal = [&](double until) {
        saFrom = progress();
        while (anyPlaceable && progress() < until && !stop()) {
            ++iterations;
            cand = curSa;
            if (!eng.ruinRecreate(cand, true)) {
                continue;
            }
            if (tune.localSearch == 2 || (tune.localSearch == 1 && cand.cost < curSa.cost - 1e-9)) {
                eng.localSearch(cand, true, tune.deepWhen == 0 || (tune.deepWhen == 1 && cand.cost < best.cost - 1e-9));
            }
            const double x = std::clamp((saDone + progress() - saFrom) / saTotal, 0.0, 1.0);
            const double threshold = curSa.cost - temperature(x) * std::log(std::max(1e-300, eng.rng.uniform()));
            if (cand.cost < threshold) {
                std::swap(curSa, cand);
                if (curSa.cost < best.cost - 1e-9) {
                    best = curSa;
                    if (tune.deepWhen == 2) {
                        polish(best);
                    }
                    improved();
                }
            }
        }
        saDone += progress() - saFrom;
    };
    const bool fleet = model.objective.minimizeVehicles;
    const double fleetStart = fleet ? tune.fleetStart : 1.0;
    const double fleetEnd = fleet ? tune.fleetEnd : 1.0;
    saTotal = 1 - (fleetEnd - fleetStart);
    anneal(fleetStart);
    if (fleet && best.unassigned.empty() && !stop()) {
        // Fleet minimisation (SISR's): empty the smallest route and ruin-and-recreate without opening routes;
        // accept fewer absent jobs, or absent jobs that were absent less often.
        const double fleetFrom = progress();
        std::vector<long> absences(std::size_t(prep.nJobs), 0);
        auto sumAbs = [&](const detail::Sol &s) {
            long sum = 0;
            for (int j : s.unassigned) {
                sum += absences[std::size_t(j)];
            }
            return sum;
        };
        detail::Sol fc = best;
        eng.removeSmallestRoute(fc);
        while (!fc.unassigned.empty() && progress() < fleetEnd && !stop()) {
            ++iterations;
            cand = fc;
            if (!eng.ruinRecreate(cand, false)) {
                continue;
            }
            for (int j : cand.unassigned) {
                ++absences[std::size_t(j)];
            }
            if (cand.unassigned.size() < fc.unassigned.size() || sumAbs(cand) < sumAbs(fc)) {
                std::swap(fc, cand);
            }
            if (fc.unassigned.empty()) {
                if (fc.cost < best.cost) {
                    best = fc;
                    improved();
                }
                eng.removeSmallestRoute(fc);
            }
        }
        saTotal = 1 - (progress() - fleetFrom);
        if (best.vehicles < curSa.vehicles) {
            // Fewer routes: anneal the new plan from a fresh (hot) start over what is left.
            curSa = best;
            if (tune.reheat) {
                saDone = 0;
                saTotal = std::max(1e-9, 1 - progress());
            }
        }
    }
    anneal(2.0);
    Plan plan = eng.toPlan(best);
    if (options.onImprovement && !reported) {
        options.onImprovement(plan, elapsedMs());
    }
    st.elapsedMs = elapsedMs();
    st.iterations = iterations;
    st.cancelled = cancelled;
    if (stats) {
        *stats = st;
    }
    return plan;
}

// ---------------------------------------------------------------------------------------------------------------

bool evaluate(const Model &model, Plan &plan, std::string *error)
{
    auto fail = [&](const std::string &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    detail::Prep prep(model);
    const int nJobs = prep.nJobs;
    std::vector<int> count(std::size_t(nJobs), 0);
    std::vector<char> techUsed(std::size_t(prep.nTechs), 0);
    std::vector<double> crewStart(std::size_t(nJobs), -kNever);
    for (const Route &r : plan.routes) {
        if (r.technician < 0 || r.technician >= prep.nTechs) {
            return fail("route with an unknown technician");
        }
        if (techUsed[std::size_t(r.technician)]) {
            return fail("two routes for technician " + std::to_string(model.technicians[std::size_t(r.technician)].id));
        }
        techUsed[std::size_t(r.technician)] = 1;
        const Technician &t = model.technicians[std::size_t(r.technician)];
        if (!prep.usable[std::size_t(r.technician)] && !r.visits.empty()) {
            return fail("technician " + std::to_string(t.id) + " does not work (or has no node in the matrix)");
        }
        for (const Visit &v : r.visits) {
            if (v.job < 0 || v.job >= nJobs) {
                return fail("visit of an unknown job");
            }
            const Job &job = model.jobs[std::size_t(v.job)];
            if (job.node < 0 || job.node >= model.travel.size()) {
                return fail("job " + std::to_string(job.id) + " has no node in the travel matrix");
            }
            ++count[std::size_t(v.job)];
            if (job.fixed) {
                if (std::find(job.fixedTechnicians.begin(), job.fixedTechnicians.end(), t.id)
                    == job.fixedTechnicians.end()) {
                    return fail("fixed job " + std::to_string(job.id) + " on another technician");
                }
                continue;
            }
            if (!prep.eligible(v.job, r.technician)) {
                return fail("job " + std::to_string(job.id) + " not allowed for technician " + std::to_string(t.id));
            }
            if (job.crewSize > 1) {
                if (crewStart[std::size_t(v.job)] == -kNever) {
                    crewStart[std::size_t(v.job)] = v.start;
                    prep.pin[std::size_t(v.job)] = Pin::Crew;
                    prep.pinStart[std::size_t(v.job)] = v.start;
                } else if (std::abs(crewStart[std::size_t(v.job)] - v.start) > kEps) {
                    return fail("crew job " + std::to_string(job.id) + " at different starts");
                }
            }
        }
    }
    for (int j = 0; j < nJobs; ++j) {
        const Job &job = model.jobs[std::size_t(j)];
        const int c = count[std::size_t(j)];
        if (job.fixed) {
            int expected = 0;
            for (int t = 0; t < prep.nTechs; ++t) {
                const auto &fv = prep.fixedVisits[std::size_t(t)];
                expected += std::find(fv.begin(), fv.end(), j) != fv.end() ? 1 : 0;
            }
            if (c != expected) {
                return fail("fixed job " + std::to_string(job.id) + " not where it is fixed");
            }
        } else if (job.crewSize > 1) {
            if (c != 0 && c != job.crewSize) {
                return fail("crew job " + std::to_string(job.id) + " with the wrong crew size");
            }
        } else if (c > 1) {
            return fail("job " + std::to_string(job.id) + " planned twice");
        }
    }
    std::vector<std::pair<int, std::vector<int>>> routes;
    for (const Route &r : plan.routes) {
        std::vector<int> seq;
        for (const Visit &v : r.visits) {
            seq.push_back(v.job);
        }
        detail::SimOut out;
        if (!prep.simulate(r.technician, seq.data(), int(seq.size()), out)) {
            return fail("the route of technician " + std::to_string(model.technicians[std::size_t(r.technician)].id)
                + " breaks a rule");
        }
        routes.emplace_back(r.technician, std::move(seq));
    }
    std::vector<int> unassigned;
    for (int j = 0; j < nJobs; ++j) {
        if (count[std::size_t(j)] == 0) {
            unassigned.push_back(j);
        }
    }
    std::map<int, Reason> known;
    for (const Unassigned &u : plan.unassigned) {
        known.emplace(u.job, u.reason);
    }
    Plan rebuilt = detail::buildPlan(prep, routes, unassigned);
    for (Unassigned &u : rebuilt.unassigned) {
        auto it = known.find(u.job);
        if (it != known.end()) {
            u.reason = it->second;
        }
    }
    plan = std::move(rebuilt);
    return true;
}

// ---------------------------------------------------------------------------------------------------------------

std::vector<Candidate> rankCandidates(const Model &model, const Plan &plan, int job, int n)
{
    std::vector<Candidate> result;
    if (job < 0 || job >= int(model.jobs.size()) || n <= 0) {
        return result;
    }
    const Job &J = model.jobs[std::size_t(job)];
    const TravelMatrix &tm = model.travel;
    auto validNode = [&](int node) {
        return node >= 0 && node < tm.size();
    };
    if (!validNode(J.node)) {
        return result;
    }
    for (const Route &r : plan.routes) {
        if (r.technician < 0 || r.technician >= int(model.technicians.size())) {
            continue;
        }
        const Technician &T = model.technicians[std::size_t(r.technician)];
        if (!T.works || !validNode(T.startNode) || !validNode(T.endNode)) {
            continue;
        }
        int margin = 5;
        bool ok = true;
        for (const TagLevel &need : J.required) {
            const int have = T.level(need.tag);
            ok = ok && have >= std::max(1, need.level);
            margin = std::min(margin, have - need.level);
        }
        if (!ok || (J.region != 0 && T.level(J.region) <= 0)) {
            continue;
        }
        std::vector<detail::TimedVisit> visits;
        std::vector<char> isFixed;
        double load = 0;
        for (const Visit &v : r.visits) {
            if (v.job == job || v.job < 0 || v.job >= int(model.jobs.size())
                || !validNode(model.jobs[std::size_t(v.job)].node)) {
                continue;
            }
            const Job &o = model.jobs[std::size_t(v.job)];
            visits.push_back({o.node, v.start, v.start + o.duration});
            isFixed.push_back(o.fixed ? 1 : 0);
            load += o.demand;
        }
        if (load + J.demand > T.capacity + kEps) {
            continue;
        }
        std::vector<Break> breaks = T.breaks;
        std::stable_sort(
            breaks.begin(), breaks.end(), [](const Break &a, const Break &b) { return a.earliest < b.earliest; });
        std::uint32_t check = 0;
        if (!breaks.empty()) {
            // Only the breaks the route leaves room for now must still fit (never a new violation).
            for (int b = 0; b < int(std::min<std::size_t>(breaks.size(), 32)); ++b) {
                if (breaks[std::size_t(b)].latest < T.departEarliest - kEps) {
                    continue; // over before the technician may leave
                }
                if (visits.empty() || detail::breaksFit(model, r.technician, breaks, visits, 1u << b)) {
                    check |= 1u << b;
                }
            }
        }
        const int m = int(visits.size());
        for (int pos = 0; pos <= m; ++pos) {
            const int prevNode = pos == 0 ? T.startNode : visits[std::size_t(pos - 1)].node;
            const double prevEnd = pos == 0 ? T.departEarliest : visits[std::size_t(pos - 1)].end;
            const int nextNode = pos < m ? visits[std::size_t(pos)].node : T.endNode;
            const double tauIn = tm.time(prevNode, J.node);
            const double tauOut = tm.time(J.node, nextNode);
            double s = std::max({prevEnd + tauIn, J.earliest, T.shiftStart});
            for (int guard = 0; guard < 64; ++guard) {
                bool moved = false;
                for (const Interval &a : T.unavailable) {
                    if (a.start < s + J.duration - kEps && s - tauIn < a.end - kEps) {
                        s = a.end + tauIn;
                        moved = true;
                    }
                }
                if (!moved) {
                    break;
                }
            }
            if (s > J.latest + kEps || s + J.duration > T.shiftEnd + kEps) {
                continue;
            }
            if (pos < m) {
                const detail::TimedVisit &next = visits[std::size_t(pos)];
                if (s + J.duration + tauOut > next.start + kEps) {
                    continue;
                }
                // The next visit's new drive (and, for a free one, its service) clear of absences.
                const double to = isFixed[std::size_t(pos)] ? next.start : next.end;
                bool clash = false;
                for (const Interval &a : T.unavailable) {
                    clash = clash || (tauOut > kEps && a.start < to - kEps && next.start - tauOut < a.end - kEps);
                }
                if (clash) {
                    continue;
                }
            } else if (s + J.duration + tauOut > T.returnBy + kEps) {
                continue;
            }
            if (check != 0) {
                std::vector<detail::TimedVisit> with = visits;
                with.insert(with.begin() + pos, detail::TimedVisit{J.node, s, s + J.duration});
                if (!detail::breaksFit(model, r.technician, breaks, with, check)) {
                    continue;
                }
            }
            Candidate c;
            c.technician = r.technician;
            c.start = s;
            c.position = pos;
            c.travelBefore = tauIn;
            c.travelAfter = tauOut;
            c.addedTravel = tauIn + tauOut - (m > 0 ? tm.time(prevNode, nextNode) : 0);
            c.lateness = (J.due < kNever && s > J.due) ? s - J.due : 0;
            c.skillMargin = margin;
            c.cost = 1000.0 * c.lateness + c.addedTravel;
            result.push_back(c);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Candidate &a, const Candidate &b) {
        if (a.cost != b.cost) {
            return a.cost < b.cost;
        }
        if (a.start != b.start) {
            return a.start < b.start;
        }
        return a.technician < b.technician;
    });
    if (int(result.size()) > n) {
        result.resize(std::size_t(n));
    }
    return result;
}

} // namespace ops::sched
