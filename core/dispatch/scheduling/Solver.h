#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

#include "core/dispatch/scheduling/Model.h"

namespace ops::sched {

struct Visit
{
    int job = 0; // index into Model::jobs
    double arrival = 0; // at the job's node
    double start = 0; // service start (>= arrival: waits for the window)
};

struct Route
{
    int technician = 0; // index into Model::technicians
    std::vector<Visit> visits; // in order; a crew job appears in each member's route with the same start
    double travelTime = 0; // depot/home → … → end node
    double distance = 0;
    double load = 0;
    double end = 0; // arrival back at the end node
    std::vector<double>
        breakStarts; // per Technician::breaks: the start taken; -1 when not needed (empty route) or waived
};

// Why a job stayed unassigned (the first that applies).
enum class Reason : std::uint8_t
{
    NoQualifiedTechnician, // nobody has the required tags at their levels
    OutsideRegions, // nobody qualified covers the job's region
    NoTechnicianWorking, // the qualified technicians do not work that day or are absent all day
    NoTimeFits, // qualified technicians are working but their days are full or the window cannot be reached
    CrewUnavailable, // not enough qualified technicians free at one start for the crew
    Capacity // over every route's capacity (Solomon)
};
const char *reasonCode(Reason reason); // stable: no_qualified_technician, outside_regions, …

struct Unassigned
{
    int job = 0;
    Reason reason = Reason::NoTimeFits;
};

struct Cost
{
    double unassigned = 0; // sum of the unassigned jobs' weights
    double lateness = 0; // minutes
    int vehicles = 0; // routes with at least one visit
    double travel = 0; // minutes (Solomon: = distance)
    double distance = 0;
    double balance = 0; // max − min working minutes over working technicians
    // Lexicographic comparison per ObjectiveOptions (vehicles count only when minimizeVehicles).
    bool better(const Cost &other, const ObjectiveOptions &objective) const;
};

struct Plan
{
    std::vector<Route> routes; // one per technician that works (possibly empty)
    std::vector<Unassigned> unassigned;
    Cost cost;
};

struct SolveOptions
{
    double seconds = 1.0; // hard wall-clock deadline: the best plan is returned by then (+50 ms at most)
    std::uint64_t seed = 1;
    long maxIterations = -1; // > 0: stop after that many improvement iterations (deterministic tests)
    const std::atomic<bool> *cancel = nullptr; // set: stop soon and return the best plan so far
    // Called on the solving thread with each new best plan and the milliseconds since the start (at most every 25 ms;
    // the last best plan is always reported).
    std::function<void(const Plan &, double elapsedMs)> onImprovement;
};

struct SolveStats
{
    double firstFeasibleMs = 0; // the construction's plan (every hard rule met)
    double elapsedMs = 0;
    long iterations = 0;
    bool cancelled = false;
};

// The model's current placements (fixed and current) as a plan, times recomputed along each route in start order.
// Placements that break a hard rule are reported unassigned, never silently kept.
Plan currentPlan(const Model &model);

// Construction then improvement until the deadline. Fixed jobs stay exactly where they are; hard rules (tags and
// levels, region, work day, shift, absences, breaks, windows, capacity, return time, crew at one start) are never
// broken. Deterministic for a seed when stopped by maxIterations.
// How: cheapest-insertion construction (hardest jobs first), and a warm start from the jobs' current placements when
// that is better; crew jobs are placed first (earliest start at which crewSize qualified technicians are free) and
// then held; then SISR ruin-and-recreate (Christiaens & Vanden Berghe 2020: string removals, greedy insertion with
// blinks, simulated annealing) with a local search (relocate, 2-opt*) on improving candidates, and, with
// minimizeVehicles, SISR's fleet minimisation in the middle of the budget. Balance only breaks ties (Cost::better).
Plan solve(const Model &model, const SolveOptions &options, SolveStats *stats = nullptr);

// Recomputes a plan's times and cost from its visit order; false (and a message) when it breaks a hard rule.
bool evaluate(const Model &model, Plan &plan, std::string *error = nullptr);

// The assistant: for one job, the best n (technician, start) insertions into `plan` without moving any other visit
// (the job's own visit, if planned, is ignored); only insertions that meet every rule, by cost = 1000 × lateness +
// added travel. A crew job gets one technician's slots (the caller combines them).
struct Candidate
{
    int technician = 0; // index into Model::technicians
    double start = 0;
    int position = 0; // insert before this visit index of the route
    double travelBefore = 0; // minutes from the previous visit (or start node)
    double travelAfter = 0; // minutes to the next visit (or end node)
    double addedTravel = 0; // minutes added to the route
    double lateness = 0;
    int skillMargin = 0; // min over required tags of (technician level − needed level); 5 when none required
    double cost = 0; // what they are ranked by (lower is better)
};
std::vector<Candidate> rankCandidates(const Model &model, const Plan &plan, int job, int n);

} // namespace ops::sched
