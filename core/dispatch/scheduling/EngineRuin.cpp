// Ruin and recreate (SISR) and the fleet minimisation's route removal.
#include <algorithm>
#include <cmath>

#include "core/dispatch/scheduling/Engine.h"

namespace ops::sched::detail {

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

} // namespace ops::sched::detail
