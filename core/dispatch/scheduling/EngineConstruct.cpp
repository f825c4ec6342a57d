// Construction: the fixed visits, crews, the warm start and the greedy insertion.
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "core/dispatch/scheduling/Engine.h"

namespace ops::sched::detail {

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

} // namespace ops::sched::detail
