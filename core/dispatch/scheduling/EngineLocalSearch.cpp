// Local search neighbourhoods: relocate and 2-opt*.
#include <algorithm>
#include <cmath>

#include "core/dispatch/scheduling/Engine.h"

namespace ops::sched::detail {

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

} // namespace ops::sched::detail
