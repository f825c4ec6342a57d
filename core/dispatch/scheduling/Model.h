#pragma once

// The scheduling library's plain model (issue #11). No Qt, no database: the dispatch adapter (core/dispatch) turns a
// loaded board into this model, the Solomon reader turns a benchmark file into it, and the solver returns a Plan.
//
// Units: times are minutes (double) from the plan's origin (dispatch: local midnight of the day planned; Solomon:
// the instance's own units, travel time = distance). Distances are in the matrix's unit (dispatch: km).

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/dispatch/scheduling/TravelMatrix.h"

namespace ops::sched {

inline constexpr double kNever = std::numeric_limits<double>::infinity();

struct Interval
{
    double start = 0; // [start, end)
    double end = 0;
};

struct TagLevel
{
    std::int64_t tag = 0;
    int level = 1; // 1..5; a need is met by a level >= it
};

// A break that must be taken within [earliest, latest] (its start), for duration minutes, between two visits.
struct Break
{
    double earliest = 0;
    double latest = 0;
    double duration = 0;
};

struct Technician
{
    std::int64_t id = 0; // the caller's id (dispatch_technicians.id; Solomon: vehicle number)
    int startNode = 0; // travel-matrix index: home base, or the live position for "rest of today"
    int endNode = 0; // home base (Solomon: the depot)
    double departEarliest = 0; // may leave startNode from then (dispatch: shift start, or now)
    double shiftStart = 0; // no visit starts before (dispatch: shift start)
    double shiftEnd = kNever; // every visit ends by then (dispatch: shift end; Solomon: depot due date)
    double returnBy = kNever; // arrival back at endNode by then (Solomon: depot due date; dispatch: never)
    std::vector<TagLevel> tags; // skills, services and regions with their levels, sorted by tag
    std::vector<Interval> unavailable; // absences: no visit (with its travel) overlaps them; sorted
    std::vector<Break> breaks; // lunch
    double capacity = kNever; // load carried (Solomon); dispatch: kNever
    bool works = true; // false: not a work day (gets no route)

    int level(std::int64_t tag) const; // 0 when absent
};

struct Job
{
    std::int64_t id = 0; // the caller's id (dispatch_jobs.id; Solomon: customer number)
    int node = 0; // travel-matrix index
    double duration = 0; // service time
    double earliest = 0; // hard: start >= earliest (a vehicle arriving earlier waits)
    double latest = kNever; // hard: start <= latest (dispatch: window end - duration)
    double due = kNever; // soft: lateness = max(0, start - due) (dispatch: an expired or promised window)
    std::vector<TagLevel> required; // each needs a technician level >= it (skills, services, regions)
    std::int64_t region = 0; // 0: any; else the technician must have this tag
    int priority = 3; // 1 (urgent) .. 5; weights leaving the job unassigned
    double demand = 0; // load (Solomon)
    int crewSize = 1; // technicians needed at the same start

    // Fixed placement: pinned, or (rest of today) en route, on site or done. The solver never moves it; it only
    // plans around it. fixedTechnicians: lead first; fixedStart: its start.
    bool fixed = false;
    std::vector<std::int64_t> fixedTechnicians;
    double fixedStart = 0;

    // Current placement on the board (not fixed): where the job is now. The solver may move it. Empty: in the queue.
    std::vector<std::int64_t> currentTechnicians;
    double currentStart = -1;
};

// What a plan is judged by, lexicographically: unassigned jobs weighted by priority, then lateness, then travel,
// then balance (the spread of the technicians' working minutes). minimizeVehicles (Solomon's hierarchical objective)
// puts the number of routes used before travel.
struct ObjectiveOptions
{
    bool minimizeVehicles = false;
    // Weight of leaving a job of priority p (1..5) unassigned; index p-1.
    double unassignedWeight[5] = {16, 8, 4, 2, 1};
    double balanceWeight = 0.01; // travel minutes per minute of spread (a tie-breaker)
};

struct Model
{
    std::vector<Technician> technicians;
    std::vector<Job> jobs;
    TravelMatrix travel;
    ObjectiveOptions objective;
};

} // namespace ops::sched
