#pragma once

// The scheduling library's plain model (issue #11). No Qt, no database: the dispatch adapter (core/dispatch) turns a
// loaded board into this model, the Solomon reader turns a benchmark file into it, and the solver returns a Plan.
//
// Units: times are minutes (double) from the plan's origin (dispatch: local midnight of the day planned; Solomon:
// the instance's own units, travel time = distance). Distances are in the matrix's unit (dispatch: km).
//
// The hard rules, exactly as the solver enforces them (Solver.h's solve/evaluate/currentPlan/rankCandidates; a plan's
// route lists its visits in order; "travel" is the matrix time from the previous visit's node, or from startNode for
// the first visit; times compare with a 1e-6 tolerance):
//  1. Each job is planned at most once; a crew job (crewSize > 1) in exactly crewSize distinct routes at one start.
//  2. Qualification: for every required tag, technician.level(tag) >= max(1, need.level); region != 0 → the
//     technician has that tag (level > 0); the technician works (a technician who does not work has no route).
//  3. Time: start >= previous visit's end (start + duration; departEarliest for the first) + travel; start >= earliest,
//     >= shiftStart, <= latest; start + duration <= shiftEnd. Visit::arrival is when the technician is ready at the
//     node (after the travel and any break taken in that gap), never after start.
//  4. Absences: a visit and the travel into it, [start - travel, start + duration), overlap no unavailable interval
//     [start, end). The drive home after the last visit is not checked against absences.
//  5. Return: a route with visits ends at last end + travel to endNode <= returnBy (an empty route has no travel).
//  6. Breaks (routes with at least one visit; empty routes need none; a break whose latest start is before
//     departEarliest is not owed): each break is taken in a gap — before the first visit (gap from departEarliest to
//     the first start, with the travel from startNode), between two consecutive visits (from one's end to the next's
//     start, with the travel between them), or after the last visit (from its end, unbounded, not delaying the
//     return) — at a start bs with max(earliest, gap start) <= bs <= latest and bs + duration <= gap end, and the gap
//     must leave its travel that many minutes outside its breaks and the absences (the drive may be split around a
//     break: a lunch stop on the way; a break may fall within an absence). Route::breakStarts gives each bs.
//  7. Capacity: the sum of the route's demands <= capacity.
//  8. Fixed jobs: at exactly fixedStart in the route of each of its fixedTechnicians who works. A fixed placement that
//     itself breaks a rule is kept and tolerated (its window, shift, absences, qualification, being unreachable from
//     the start or from the fixed visit before it, the return after it when it is the last visit, capacity up to the
//     fixed load, a break that the fixed visits alone leave no room for), but nothing is added that breaks a rule:
//     a free visit before a fixed one must let it start at fixedStart with the drive into it, [fixedStart - travel,
//     fixedStart), clear of absences, and every free visit meets rules 2-7.
//  Soft: lateness = max(0, start - due), counted in Cost::lateness.

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
