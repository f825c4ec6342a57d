// Local search neighbourhoods: relocate, 2-opt*, or-opt and exchange.
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

void Engine::indexRoute(const Sol &sol, int ri)
{
    const auto &seq = sol.routes[std::size_t(ri)].seq;
    for (int k = 0; k < int(seq.size()); ++k) {
        m_routeOf[std::size_t(seq[std::size_t(k)])] = ri;
        m_posOf[std::size_t(seq[std::size_t(k)])] = k;
    }
}

void Engine::indexAll(const Sol &sol)
{
    m_routeOf.assign(std::size_t(p.nJobs), -1);
    m_posOf.assign(std::size_t(p.nJobs), -1);
    for (int ri = 0; ri < int(sol.routes.size()); ++ri) {
        indexRoute(sol, ri);
    }
}

bool Engine::commit(Sol &sol, int ra, std::vector<int> seqA, int rb, std::vector<int> seqB)
{
    // The evaluations decided; the routes' own refresh (the same rules, simulated where needed) confirms.
    RouteData &A = sol.routes[std::size_t(ra)];
    std::vector<int> oldA = A.seq;
    const double before = A.cost + (rb != ra ? sol.routes[std::size_t(rb)].cost : 0);
    A.seq = std::move(seqA);
    bool ok = refresh(A);
    std::vector<int> oldB;
    double after = A.cost;
    if (rb != ra) {
        RouteData &B = sol.routes[std::size_t(rb)];
        oldB = B.seq;
        B.seq = std::move(seqB);
        ok = refresh(B) && ok;
        after += B.cost;
    }
    if (!ok || after > before - 1e-7) {
        A.seq = std::move(oldA);
        refresh(A);
        if (rb != ra) {
            RouteData &B = sol.routes[std::size_t(rb)];
            B.seq = std::move(oldB);
            refresh(B);
        }
        return false;
    }
    indexRoute(sol, ra);
    if (rb != ra) {
        indexRoute(sol, rb);
    }
    return true;
}

int Engine::nodeAt(const RouteData &r, int k) const
{
    const Technician &T = p.m.technicians[std::size_t(r.tech)];
    if (k < 0) {
        return T.startNode;
    }
    if (k >= int(r.seq.size())) {
        return T.endNode;
    }
    return p.jobNode[std::size_t(r.seq[std::size_t(k)])];
}

double Engine::intraMoveTravel(const RouteData &r, int i, int len, const int *seg, int q) const
{
    // r.seq[i, i + len) moved (as seg) before position q (outside [i, i + len]): three arcs out, three in.
    const TravelMatrix &tm = p.m.travel;
    auto node = [&](int k) {
        return nodeAt(r, k);
    };
    double d = -tm.time(node(i - 1), node(i)) - tm.time(node(i + len - 1), node(i + len))
        + tm.time(node(i - 1), node(i + len)) - tm.time(node(q - 1), node(q))
        + tm.time(node(q - 1), p.jobNode[std::size_t(seg[0])]) + tm.time(p.jobNode[std::size_t(seg[len - 1])], node(q));
    for (int k = 0; k + 1 < len; ++k) {
        d += tm.time(p.jobNode[std::size_t(seg[k])], p.jobNode[std::size_t(seg[k + 1])])
            - tm.time(node(i + k), node(i + k + 1));
    }
    return d;
}

double Engine::intraSwapTravel(const RouteData &r, int i, int q) const
{
    const TravelMatrix &tm = p.m.travel;
    if (q < i) {
        std::swap(i, q);
    }
    auto node = [&](int k) {
        return nodeAt(r, k);
    };
    const int a = node(i);
    const int b = node(q);
    if (q == i + 1) {
        return tm.time(node(i - 1), b) + tm.time(b, a) + tm.time(a, node(q + 1)) - tm.time(node(i - 1), a)
            - tm.time(a, b) - tm.time(b, node(q + 1));
    }
    return tm.time(node(i - 1), b) + tm.time(b, node(i + 1)) + tm.time(node(q - 1), a) + tm.time(a, node(q + 1))
        - tm.time(node(i - 1), a) - tm.time(a, node(i + 1)) - tm.time(node(q - 1), b) - tm.time(b, node(q + 1));
}

bool Engine::orOptPass(Sol &sol)
{
    const int K = tuning().granular;
    indexAll(sol);
    std::vector<int> starts;
    for (const RouteData &r : sol.routes) {
        for (int j : r.seq) {
            if (movable(j)) {
                starts.push_back(j);
            }
        }
    }
    for (int i = int(starts.size()) - 1; i > 0; --i) {
        std::swap(starts[std::size_t(i)], starts[std::size_t(rng.below(i + 1))]);
    }
    bool improved = false;
    int count = 0;
    std::vector<int> seqA;
    std::vector<int> seqB;
    for (int first : starts) {
        if ((++count & 7) == 0 && expired()) {
            break;
        }
        for (int len = 2; len <= 3; ++len) {
            const int ra = m_routeOf[std::size_t(first)];
            const int i = m_posOf[std::size_t(first)];
            const RouteData &A = sol.routes[std::size_t(ra)];
            const int nA = int(A.seq.size());
            if (i + len > nA) {
                break;
            }
            bool ok = true;
            for (int k = i; k < i + len; ++k) {
                ok = ok && movable(A.seq[std::size_t(k)]);
            }
            if (!ok) {
                break;
            }
            double dRemove = 0;
            if (!evalReplace(A, i, i + len, nullptr, 0, dRemove)) {
                continue;
            }
            bool noLate = A.dueCount == 0;
            for (int k = i; k < i + len; ++k) {
                noLate = noLate && p.jobDue[std::size_t(A.seq[std::size_t(k)])] >= kNever;
            }
            double best = -1e-7;
            int bestRoute = -1;
            int bestPos = -1; // in the target route as it is (same route: before the segment's removal)
            bool bestRev = false;
            int seg[3];
            for (int rev = 0; rev < 2; ++rev) {
                for (int k = 0; k < len; ++k) {
                    seg[k] = A.seq[std::size_t(rev ? i + len - 1 - k : i + k)];
                }
                for (int end = 0; end < 2; ++end) {
                    // end 0: the segment's first visit follows a near job; end 1: its last one precedes it.
                    const int x = end == 0 ? seg[0] : seg[len - 1];
                    const auto &nb = m_neighbours[std::size_t(x)];
                    for (int ni = 0; ni < std::min(K, int(nb.size())); ++ni) {
                        const int k = nb[std::size_t(ni)];
                        const int rb = m_routeOf[std::size_t(k)];
                        if (rb < 0) {
                            continue;
                        }
                        const int q = m_posOf[std::size_t(k)] + (end == 0 ? 1 : 0);
                        const RouteData &B = sol.routes[std::size_t(rb)];
                        double d = 0;
                        if (rb != ra) {
                            bool elig = true;
                            for (int s = 0; s < len; ++s) {
                                elig = elig && p.eligible(seg[s], B.tech);
                            }
                            if (!elig || dRemove + replaceBound(B, q, q, seg, len) >= best) {
                                continue;
                            }
                            double dIns = 0;
                            if (!evalReplace(B, q, q, seg, len, dIns)) {
                                continue;
                            }
                            d = dRemove + dIns;
                        } else {
                            if (q >= i && q <= i + len) {
                                continue; // inside or at the segment: at most a reversal in place
                            }
                            if (noLate && intraMoveTravel(A, i, len, seg, q) >= best) {
                                continue; // the travel alone decides the cost here
                            }
                            seqA.assign(A.seq.begin(), A.seq.end());
                            seqA.erase(seqA.begin() + i, seqA.begin() + i + len);
                            const int at = q > i ? q - len : q;
                            seqA.insert(seqA.begin() + at, seg, seg + len);
                            if (!evalSequence(A, seqA, d)) {
                                continue;
                            }
                        }
                        if (d < best) {
                            best = d;
                            bestRoute = rb;
                            bestPos = q;
                            bestRev = rev != 0;
                        }
                    }
                }
            }
            if (bestRoute < 0) {
                continue;
            }
            for (int k = 0; k < len; ++k) {
                seg[k] = A.seq[std::size_t(bestRev ? i + len - 1 - k : i + k)];
            }
            seqA.assign(A.seq.begin(), A.seq.end());
            seqA.erase(seqA.begin() + i, seqA.begin() + i + len);
            if (bestRoute == ra) {
                const int at = bestPos > i ? bestPos - len : bestPos;
                seqA.insert(seqA.begin() + at, seg, seg + len);
                seqB.clear();
            } else {
                const auto &bs = sol.routes[std::size_t(bestRoute)].seq;
                seqB.assign(bs.begin(), bs.end());
                seqB.insert(seqB.begin() + bestPos, seg, seg + len);
            }
            if (commit(sol, ra, seqA, bestRoute, seqB)) {
                improved = true;
                break; // the segment moved: its start is somewhere else now
            }
        }
    }
    if (improved) {
        recost(sol);
    }
    return improved;
}

bool Engine::exchangePass(Sol &sol)
{
    const int K = tuning().granular;
    indexAll(sol);
    std::vector<int> jobs;
    for (const RouteData &r : sol.routes) {
        for (int j : r.seq) {
            if (movable(j)) {
                jobs.push_back(j);
            }
        }
    }
    for (int i = int(jobs.size()) - 1; i > 0; --i) {
        std::swap(jobs[std::size_t(i)], jobs[std::size_t(rng.below(i + 1))]);
    }
    bool improved = false;
    int count = 0;
    std::vector<int> seqA;
    std::vector<int> seqB;
    for (int a : jobs) {
        if ((++count & 7) == 0 && expired()) {
            break;
        }
        const int ra = m_routeOf[std::size_t(a)];
        const int i = m_posOf[std::size_t(a)];
        const RouteData &A = sol.routes[std::size_t(ra)];
        double best = -1e-7;
        int bestB = -1;
        const auto &nb = m_neighbours[std::size_t(a)];
        for (int ni = 0; ni < std::min(K, int(nb.size())); ++ni) {
            const int k = nb[std::size_t(ni)];
            const int rb = m_routeOf[std::size_t(k)];
            if (rb < 0) {
                continue;
            }
            const RouteData &B = sol.routes[std::size_t(rb)];
            const int nB = int(B.seq.size());
            // a takes the place of k's predecessor (lands before k), of k, or of k's successor (lands after k).
            for (int off = -1; off <= 1; ++off) {
                const int q = m_posOf[std::size_t(k)] + off;
                if (q < 0 || q >= nB) {
                    continue;
                }
                const int b = B.seq[std::size_t(q)];
                if (b == a || !movable(b) || b == bestB) {
                    continue;
                }
                double d = 0;
                if (rb != ra) {
                    if (!p.eligible(a, B.tech) || !p.eligible(b, A.tech)
                        || replaceBound(A, i, i + 1, &b, 1) + replaceBound(B, q, q + 1, &a, 1) >= best) {
                        continue;
                    }
                    double dA = 0;
                    double dB = 0;
                    if (!evalReplace(A, i, i + 1, &b, 1, dA) || !evalReplace(B, q, q + 1, &a, 1, dB)) {
                        continue;
                    }
                    d = dA + dB;
                } else {
                    if (A.dueCount == 0 && intraSwapTravel(A, i, q) >= best) {
                        continue;
                    }
                    seqA.assign(A.seq.begin(), A.seq.end());
                    std::swap(seqA[std::size_t(i)], seqA[std::size_t(q)]);
                    if (!evalSequence(A, seqA, d)) {
                        continue;
                    }
                }
                if (d < best) {
                    best = d;
                    bestB = b;
                }
            }
        }
        if (bestB < 0) {
            continue;
        }
        const int rb = m_routeOf[std::size_t(bestB)];
        const int q = m_posOf[std::size_t(bestB)];
        seqA.assign(A.seq.begin(), A.seq.end());
        if (rb == ra) {
            std::swap(seqA[std::size_t(i)], seqA[std::size_t(q)]);
            seqB.clear();
        } else {
            seqA[std::size_t(i)] = bestB;
            const auto &bs = sol.routes[std::size_t(rb)].seq;
            seqB.assign(bs.begin(), bs.end());
            seqB[std::size_t(q)] = a;
        }
        if (commit(sol, ra, seqA, rb, seqB)) {
            improved = true;
        }
    }
    if (improved) {
        recost(sol);
    }
    return improved;
}

bool Engine::localSearch(Sol &sol, bool allowEmpty, bool deep)
{
    bool any = false;
    for (int round = 0; round < 10 && !expired(); ++round) {
        const bool a = twoOptStarPass(sol);
        const bool b = relocatePass(sol, allowEmpty);
        const bool c = deep && (tuning().moves & 1) != 0 && !expired() && orOptPass(sol);
        const bool d = deep && (tuning().moves & 2) != 0 && !expired() && exchangePass(sol);
        if (!a && !b && !c && !d) {
            break;
        }
        any = true;
    }
    return any;
}

} // namespace ops::sched::detail
