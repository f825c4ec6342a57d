#pragma once

// Internal to ops_scheduling (not part of its interface): route evaluation, construction and the search.
// Prep.cpp: the precomputed model and the exact route simulation (Model.h's rules); EngineRoute.cpp: route caches,
// costs and insertion tests; EngineConstruct.cpp: fixed visits, crews, warm start, greedy insertion;
// EngineLocalSearch.cpp: the neighbourhoods; EngineRuin.cpp: ruin and recreate, fleet minimisation; PlanBuild.cpp:
// routes to a Plan. The driver (deadline, annealing, fleet phases) is Solver.cpp.

#include <cstdint>
#include <functional>
#include <vector>

#include "core/dispatch/scheduling/Solver.h"

namespace ops::sched::detail {

inline constexpr double kEps = 1e-6;

enum class Pin : std::uint8_t
{
    Free, // the solver places it
    Fixed, // Job::fixed: exactly at fixedStart; its own rule breaks are tolerated, never new ones
    Crew // a crew job held at one start in several routes; every rule checked
};

// The search's parameters (defaults used by solve; the tuning driver in tools/ may change them).
struct Tuning
{
    double startTemperature = 10.0; // × the instance's typical arc (Engine::avgArc)
    double endTemperature = 0.1;
    double fleetStart = 0.2; // minimizeVehicles: share of the budget where the fleet minimisation starts
    double fleetEnd = 0.6; // and where it stops at the latest
    bool reheat = true; // anneal from a hot start again after the fleet shrank
    double avgRemoved = 10; // SISR's c-bar
    double maxString = 10; // SISR's L-max
    double blink = 0.01;
    int localSearch = 1; // 0 none, 1 on improving candidates, 2 on every candidate
    bool absentFirst = true; // fleet minimisation inserts the absent jobs before the removed ones
    int moves = 3; // local search's extra neighbourhoods: 1 or-opt, 2 exchange (bits)
    // Or-opt and exchange: 0 whenever local search runs, 1 on candidates better than the best, 2 on a copy of each
    // new best plan (the annealing goes on from its own).
    int deepWhen = 1;
    int granular = 8; // or-opt and exchange: the nearest jobs tried as new neighbours of a moved job
};
Tuning &tuning();

// splitmix64: small, fast, the same sequence everywhere.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    int below(int n) { return n <= 1 ? 0 : int(next() % std::uint64_t(n)); }

private:
    std::uint64_t m_state;
};

// What the simulation of one route gives.
struct SimOut
{
    double travel = 0;
    double distance = 0;
    double lateness = 0;
    double load = 0;
    double end = 0;
    double work = 0; // travel + service minutes
};

// The model with what every evaluation needs precomputed.
struct Prep
{
    explicit Prep(const Model &model);

    const Model &m;
    int nJobs = 0;
    int nTechs = 0;
    std::vector<char> usable; // works, and its nodes are in the travel matrix (else: no route)
    std::vector<char> eligibleTable; // [job * nTechs + tech]: tags, levels, region, usable, job node in the matrix
    std::vector<char> simpleTech; // no breaks, no absences: the O(1) insertion test is exact
    std::vector<int> techClass; // lowest index of an identical technician (empty routes are tried once per class)
    std::vector<std::vector<Break>> breaks; // per technician, by earliest start
    std::vector<std::uint32_t> waived; // per technician: breaks that the fixed visits alone leave no room for
    std::vector<double> capAllowed; // capacity, or the fixed load when that is over it
    std::vector<Pin> pin;
    std::vector<double> pinStart;
    std::vector<double> weight; // of leaving the job unassigned
    std::vector<std::vector<int>> fixedVisits; // per technician: fixed jobs in start order
    std::vector<char> placeable; // free or crew jobs the search may place (not fixed)
    // Compact copies for the inner loops.
    std::vector<int> jobNode;
    std::vector<double> jobDur, jobEarliest, jobLatest, jobDue, jobDemand;
    int nodes = 0;
    std::vector<double> timeTable; // the matrix's times, row-major
    double wUnassigned = 1e9;
    double wLate = 1e3;
    double wVehicle = 0;

    bool eligible(int job, int tech) const
    {
        return eligibleTable[std::size_t(job) * std::size_t(nTechs) + std::size_t(tech)] != 0;
    }
    bool qualified(int job, int tech) const; // tags and levels only
    bool inRegion(int job, int tech) const;
    bool working(int tech) const; // works and not absent over the whole shift
    void computeWaivers();

    // Exact evaluation of a visit sequence for technician `tech` (see Model.h's rules). arrivals/starts (n entries)
    // and breakStarts (one per break) may be null. failedBreaks: collect the breaks that cannot be placed instead of
    // failing (waivers). ignoreCapacity: for diagnostics.
    bool simulate(int tech, const int *seq, int n, SimOut &out, double *arrivals = nullptr, double *starts = nullptr,
        double *breakStarts = nullptr, std::uint32_t *failedBreaks = nullptr, bool ignoreCapacity = false) const;
    double routeCost(const SimOut &s, int n) const { return s.travel + wLate * s.lateness + (n > 0 ? wVehicle : 0); }
    Reason diagnose(int job, const std::vector<std::pair<int, std::vector<int>>> &routes) const;
};

struct RouteData
{
    int tech = 0;
    std::vector<int> seq;
    std::vector<double> es; // relaxed earliest start (no breaks, no absences)
    std::vector<double> ls; // relaxed latest start keeping the rest feasible
    double load = 0;
    double travel = 0;
    double lateness = 0;
    double cost = 0; // Prep::routeCost
    int dueCount = 0; // free visits with a finite due (their lateness moves with insertions)
    bool exactFast = true; // the O(1) test and cost delta are exact
};

struct Sol
{
    std::vector<RouteData> routes;
    std::vector<int> unassigned; // placeable jobs not in any route
    double cost = 0;
    int vehicles = 0;
};

// The search; one per solve() call.
class Engine
{
public:
    Engine(Prep &prep, std::uint64_t seed);

    bool refresh(RouteData &route) const; // recompute the caches; false when the route breaks a rule
    void recost(Sol &sol) const;
    bool evalInsert(const RouteData &route, int job, int pos, double &delta) const;
    // Replacing route.seq[from, to) by seg[0, len) (an insertion when from == to, a removal when len == 0): false
    // when a rule would break (conservative: never true for a route that breaks one), else the route's cost delta.
    bool evalReplace(const RouteData &route, int from, int to, const int *seg, int len, double &delta) const;
    // A lower bound of that delta from the travel alone (no lateness can fall: no free visit with a due), or
    // -kNever when there is none.
    double replaceBound(const RouteData &route, int from, int to, const int *seg, int len) const;
    // Best insertion over every route (blinks: each position skipped with probability `blink`). False: none.
    bool bestInsertion(const Sol &sol, int job, bool allowEmpty, double blink, int &route, int &pos, double &delta);
    void insert(Sol &sol, int route, int pos, int job) const;
    void fastPositions(
        const RouteData &r, int ri, int j, double blink, int &bestRoute, int &bestPos, double &bestDelta);
    Sol initial() const; // fixed visits only
    void placeCrews(Sol &sol);
    // The placeable jobs' current placements (Job::currentTechnicians/currentStart, one technician) in start order,
    // each kept when its route still meets every rule. False when no job has one.
    bool addCurrent(Sol &sol);
    bool placed(const Sol &sol, int job) const
    {
        return m_placed.size() > std::size_t(job) && m_placed[std::size_t(job)] == &sol;
    }
    void greedy(Sol &sol, std::vector<int> jobs, bool allowEmpty, double blink);
    // One ruin (SISR string removals) and recreate; false when a ruined route became infeasible (skip it).
    bool ruinRecreate(Sol &sol, bool allowEmpty);
    // Local search to a local optimum (bounded): relocate every job to its best place, 2-opt* between routes of
    // identical technicians without pinned visits. True when it improved.
    bool localSearch(Sol &sol, bool allowEmpty, bool deep = true); // deep: or-opt and exchange too
    bool relocatePass(Sol &sol, bool allowEmpty);
    bool twoOptStarPass(Sol &sol);
    // Or-opt: a string of 2-3 free visits moved next to one of its nearest jobs, in either direction, within its
    // route or into another (single visits: relocatePass).
    bool orOptPass(Sol &sol);
    // Exchange: two free visits swap places, each next to (or instead of) one of the other's nearest jobs, between
    // routes or within one.
    bool exchangePass(Sol &sol);
    bool movable(int job) const { return p.placeable[std::size_t(job)] && p.pin[std::size_t(job)] == Pin::Free; }
    void sortForInsertion(std::vector<int> &jobs);
    Plan toPlan(const Sol &sol) const;
    void removeSmallestRoute(Sol &sol); // fleet minimisation: its visits become unassigned

    Prep &p;
    Rng rng;
    std::vector<int> heldOut; // crew jobs that could not be placed: unassigned, never retried
    std::function<bool()> expired = [] {
        return false;
    }; // the deadline or cancel: long loops stop early

private:
    void indexRoute(const Sol &sol, int ri); // m_routeOf / m_posOf for the visits of one route
    void indexAll(const Sol &sol);
    // A whole new sequence for route r (same technician): false when it breaks a rule, else its cost delta.
    int nodeAt(const RouteData &r, int k) const; // k < 0: start node, k >= size: end node
    // Travel delta of moving r.seq[i, i + len) as seg before position q / of swapping positions i and q.
    double intraMoveTravel(const RouteData &r, int i, int len, const int *seg, int q) const;
    double intraSwapTravel(const RouteData &r, int i, int q) const;
    bool evalSequence(const RouteData &r, const std::vector<int> &seq, double &delta) const;
    // Replace two routes' sequences when every rule holds and the cost falls; else keep them. True when replaced.
    bool commit(Sol &sol, int ra, std::vector<int> seqA, int rb, std::vector<int> seqB);

    std::vector<std::vector<int>> m_neighbours; // per job: other placeable jobs by travel time
    std::vector<double> m_depotDistance;
    double m_avgArc = 1;
    mutable std::vector<int> m_scratch;
    mutable RouteData m_tmp;
    std::vector<int> m_routeOf; // per job: its route in the solution being searched, -1 when none
    std::vector<int> m_posOf;
    std::vector<char> m_classSeen;
    std::vector<char> m_keepOpen;
    std::vector<const Sol *> m_placed; // addCurrent: the solution each job was placed into // routes that may take jobs
                                       // while no route may be opened

public:
    double avgArc() const { return m_avgArc; }
};

// A plan from routes (technician, visit sequence) that meet every rule: times by simulation, reasons diagnosed.
Plan buildPlan(
    const Prep &p, const std::vector<std::pair<int, std::vector<int>>> &routes, const std::vector<int> &unassigned);

// The documented break rule on a route with fixed times (visits: node, start, end in order): each break in
// `check` fits a gap. Used by rankCandidates.
struct TimedVisit
{
    int node = 0;
    double start = 0;
    double end = 0;
};
bool breaksFit(const Model &m, int tech, const std::vector<Break> &sortedBreaks, const std::vector<TimedVisit> &visits,
    std::uint32_t check);

// Cost of a plan from its routes (used by solve, evaluate and currentPlan).
void computeCost(const Model &model, Plan &plan);

} // namespace ops::sched::detail
