#pragma once

// An independent feasibility checker for the scheduling library's plans (issue #11), written from the rules documented
// in core/dispatch/scheduling/Model.h and Solver.h. It shares no code with the solver: it reads the model's plain
// structs and the travel matrix's lookups only (not Technician::level, not evaluate()), and recomputes everything
// itself. Header-only, std only.
//
// checkPlan() returns every broken rule as one sentence each (empty: the plan is feasible).
//
// Where Model.h leaves room, the checker takes the lenient reading and says so:
// - Travel: a visit's arrival is at least the previous end (or departEarliest) plus the matrix's travel time; the
//   vehicle may leave later, wait or take a break on the way, so arrival may be later.
// - Absences (as Model.h's rule 4 has it): neither the service [start, start + duration) nor the travel into it,
//   taken just before the start [start - travel, start), overlaps an absence. The drive home is not checked.
// - Breaks: each break needs room (duration) between two visits, before the first visit (after departEarliest) or
//   after the last one, starting within [earliest, latest]; the gap must still leave the travel of that leg outside
//   its breaks and absences (the drive may be split around a break; a break may fall within an absence). A break
//   whose latest start is before departEarliest (already past, e.g. rest of today) is not required. Routes without
//   visits need no break.
// - Crews: every member of a crew meets the job's required tags and region.
//
// parseSolomonFile() / checkSolomonRoutes() check routes given as customer numbers against the raw instance file
// (coordinates, demand, ready, due, service), with their own reader and their own Euclidean distances.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/dispatch/scheduling/Model.h"
#include "core/dispatch/scheduling/Solver.h"

namespace ops::test {

struct CheckOptions
{
    double eps = 1e-6; // absolute tolerance on times and loads (relative 1e-9 on totals)
    bool checkTotals = true; // route travelTime / distance / load / end and the plan's cost match the visits
};

namespace feasibility_detail {

inline std::string num(double v)
{
    std::ostringstream s;
    s.precision(10);
    s << v;
    return s.str();
}

inline int levelOf(const sched::Technician &t, std::int64_t tag)
{
    for (const sched::TagLevel &tl : t.tags)
        if (tl.tag == tag)
            return tl.level;
    return 0;
}

inline bool closeTotal(double a, double b)
{
    return std::fabs(a - b) <= 1e-6 + 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

// How much of [a, b) the intervals cover (they may overlap each other).
inline double absentWithin(const std::vector<sched::Interval> &absences, double a, double b)
{
    std::vector<sched::Interval> inside;
    for (const sched::Interval &i : absences)
        if (i.end > a && i.start < b)
            inside.push_back({std::max(a, i.start), std::min(b, i.end)});
    std::sort(inside.begin(), inside.end(), [](const auto &x, const auto &y) { return x.start < y.start; });
    double total = 0;
    double cursor = a;
    for (const sched::Interval &i : inside) {
        const double s = std::max(cursor, i.start);
        if (i.end > s)
            total += i.end - s;
        cursor = std::max(cursor, i.end);
    }
    return total;
}

} // namespace feasibility_detail

inline std::vector<std::string> checkPlan(
    const sched::Model &model, const sched::Plan &plan, const CheckOptions &options = {})
{
    using namespace feasibility_detail;
    std::vector<std::string> out;
    const double eps = options.eps;
    const int nJobs = static_cast<int>(model.jobs.size());
    const int nTechs = static_cast<int>(model.technicians.size());
    const int nNodes = model.travel.size();
    auto jobName = [&](int j) {
        return "job " + std::to_string(j) + " (id " + std::to_string(model.jobs[j].id) + ")";
    };
    auto techName = [&](int t) {
        return "technician " + std::to_string(t) + " (id " + std::to_string(model.technicians[t].id) + ")";
    };

    // Where each job is: (technician, start) per appearance.
    std::vector<std::vector<std::pair<int, double>>> placed(static_cast<std::size_t>(nJobs));
    std::set<int> routeTechs;
    int vehicles = 0;
    double sumDistance = 0;
    double sumTravel = 0;

    for (const sched::Route &route : plan.routes) {
        const int t = route.technician;
        if (t < 0 || t >= nTechs) {
            out.push_back("a route names technician index " + std::to_string(t) + ", out of range");
            continue;
        }
        if (!routeTechs.insert(t).second)
            out.push_back(techName(t) + " has more than one route");
        const sched::Technician &tech = model.technicians[t];
        if (tech.startNode < 0 || tech.startNode >= nNodes || tech.endNode < 0 || tech.endNode >= nNodes) {
            out.push_back(techName(t) + ": start or end node outside the travel matrix");
            continue;
        }
        if (route.visits.empty()) {
            if (options.checkTotals
                && !(closeTotal(route.distance, 0)
                    || closeTotal(route.distance, model.travel.distance(tech.startNode, tech.endNode))))
                out.push_back(techName(t) + ": empty route with distance " + num(route.distance));
            continue;
        }
        ++vehicles;
        if (!tech.works)
            out.push_back(techName(t) + " does not work that day but has visits");

        std::set<int> inRoute;
        int prevNode = tech.startNode;
        double prevEnd = tech.departEarliest; // when the vehicle is free at prevNode
        double travel = 0;
        double distance = 0;
        double load = 0;
        double lastStart = -sched::kNever;
        // Gaps [from, to) with the travel of their leg, for the breaks.
        struct Gap
        {
            double from;
            double to;
            double travel;
            std::vector<sched::Interval> taken = {}; // breaks placed in it
        };
        std::vector<Gap> gaps;
        for (std::size_t k = 0; k < route.visits.size(); ++k) {
            const sched::Visit &v = route.visits[k];
            if (v.job < 0 || v.job >= nJobs) {
                out.push_back(techName(t) + ": visit " + std::to_string(k) + " names job index " + std::to_string(v.job)
                    + ", out of range");
                prevNode = -1;
                break;
            }
            const sched::Job &job = model.jobs[v.job];
            const std::string where = jobName(v.job) + " on " + techName(t);
            if (!inRoute.insert(v.job).second)
                out.push_back(where + ": twice in the same route");
            placed[std::size_t(v.job)].push_back({t, v.start});
            if (job.node < 0 || job.node >= nNodes) {
                out.push_back(where + ": node outside the travel matrix");
                prevNode = -1;
                break;
            }
            if (v.start < lastStart - eps)
                out.push_back(where + ": starts before the previous visit of the route");
            lastStart = v.start;

            const double leg = model.travel.time(prevNode, job.node);
            travel += leg;
            distance += model.travel.distance(prevNode, job.node);
            load += job.demand;
            if (v.arrival < prevEnd + leg - eps)
                out.push_back(where + ": arrives at " + num(v.arrival) + ", but cannot be there before "
                    + num(prevEnd + leg) + " (previous end " + num(prevEnd) + " + travel " + num(leg) + ")");
            if (v.start < v.arrival - eps)
                out.push_back(where + ": starts at " + num(v.start) + " before arriving at " + num(v.arrival));
            if (v.start < job.earliest - eps)
                out.push_back(
                    where + ": starts at " + num(v.start) + " before its window opens at " + num(job.earliest));
            if (v.start > job.latest + eps)
                out.push_back(where + ": starts at " + num(v.start) + " after its latest start " + num(job.latest));
            if (v.start < tech.shiftStart - eps)
                out.push_back(
                    where + ": starts at " + num(v.start) + " before the shift starts at " + num(tech.shiftStart));
            if (v.start + job.duration > tech.shiftEnd + eps)
                out.push_back(where + ": ends at " + num(v.start + job.duration) + " after the shift ends at "
                    + num(tech.shiftEnd));
            for (const sched::Interval &a : tech.unavailable)
                if (v.start < a.end - eps && v.start + job.duration > a.start + eps)
                    out.push_back(where + ": service [" + num(v.start) + ", " + num(v.start + job.duration)
                        + ") overlaps an absence [" + num(a.start) + ", " + num(a.end) + ")");
            for (const sched::Interval &a : tech.unavailable)
                if (leg > eps && v.start - leg < a.end - eps && v.start > a.start + eps)
                    out.push_back(where + ": the travel into it [" + num(v.start - leg) + ", " + num(v.start)
                        + ") overlaps an absence [" + num(a.start) + ", " + num(a.end) + ")");
            for (const sched::TagLevel &need : job.required)
                if (levelOf(tech, need.tag) < need.level)
                    out.push_back(where + ": needs tag " + std::to_string(need.tag) + " at level "
                        + std::to_string(need.level) + ", technician has " + std::to_string(levelOf(tech, need.tag)));
            if (job.region != 0 && levelOf(tech, job.region) < 1)
                out.push_back(where + ": outside the technician's regions (region " + std::to_string(job.region) + ")");
            gaps.push_back({prevEnd, v.start, leg});
            prevNode = job.node;
            prevEnd = std::max(prevEnd, v.start + job.duration);
        }
        if (prevNode < 0)
            continue;
        const double back = model.travel.time(prevNode, tech.endNode);
        travel += back;
        distance += model.travel.distance(prevNode, tech.endNode);
        if (route.end < prevEnd + back - eps)
            out.push_back(
                techName(t) + ": back at " + num(route.end) + ", but cannot be before " + num(prevEnd + back));
        const double backAt = std::max(route.end, prevEnd + back);
        if (backAt > tech.returnBy + eps)
            out.push_back(techName(t) + ": back at the end node at " + num(backAt) + ", after " + num(tech.returnBy));
        if (load > tech.capacity + eps)
            out.push_back(techName(t) + ": load " + num(load) + " over the capacity " + num(tech.capacity));
        if (options.checkTotals) {
            if (!closeTotal(route.travelTime, travel))
                out.push_back(
                    techName(t) + ": route travelTime " + num(route.travelTime) + ", the legs sum to " + num(travel));
            if (!closeTotal(route.distance, distance))
                out.push_back(
                    techName(t) + ": route distance " + num(route.distance) + ", the legs sum to " + num(distance));
            if (std::fabs(route.load - load) > eps)
                out.push_back(techName(t) + ": route load " + num(route.load) + ", the demands sum to " + num(load));
        }
        sumDistance += route.distance;
        sumTravel += route.travelTime;

        // The breaks the route says it takes (Route::breakStarts, -1: none): in their window, never during a visit.
        if (!route.breakStarts.empty() && route.breakStarts.size() != tech.breaks.size())
            out.push_back(techName(t) + ": " + std::to_string(route.breakStarts.size()) + " break starts for "
                + std::to_string(tech.breaks.size()) + " breaks");
        for (std::size_t k = 0; k < route.breakStarts.size() && k < tech.breaks.size(); ++k) {
            const double bs = route.breakStarts[k];
            const sched::Break &b = tech.breaks[k];
            if (bs < 0)
                continue;
            if (bs < b.earliest - eps || bs > b.latest + eps)
                out.push_back(techName(t) + ": break taken at " + num(bs) + ", outside [" + num(b.earliest) + ", "
                    + num(b.latest) + "]");
            for (const sched::Visit &v : route.visits)
                if (v.job >= 0 && v.job < nJobs && bs < v.start + model.jobs[v.job].duration - eps
                    && bs + b.duration > v.start + eps)
                    out.push_back(
                        techName(t) + ": break taken at " + num(bs) + " during the visit of " + jobName(v.job));
        }
        // Breaks: greedily, the most urgent (latest) first, each into the first gap that holds it, at the start that
        // leaves the most time for the gap's travel (outside absences and breaks).
        gaps.push_back({prevEnd, prevEnd + 1e7, 0});
        std::vector<sched::Break> breaks = tech.breaks;
        std::sort(breaks.begin(), breaks.end(), [](const auto &a, const auto &b) { return a.latest < b.latest; });
        for (const sched::Break &b : breaks) {
            if (b.latest < tech.departEarliest - eps)
                continue; // already past when the route starts
            bool fits = false;
            for (Gap &g : gaps) {
                const double lo = std::max(b.earliest, g.from);
                const double hi = std::min(b.latest, g.to - b.duration);
                if (lo > hi + eps)
                    continue;
                std::vector<double> starts = {lo, hi};
                for (const sched::Interval &a : tech.unavailable)
                    for (double c : {a.start, a.end, a.start - b.duration, a.end - b.duration})
                        starts.push_back(c);
                for (const sched::Interval &x : g.taken)
                    for (double c : {x.end, x.start - b.duration})
                        starts.push_back(c);
                double bestFree = -1;
                double best = 0;
                for (double c : starts) {
                    c = std::clamp(c, lo, std::max(lo, hi));
                    bool clash = false;
                    for (const sched::Interval &x : g.taken)
                        clash = clash || (c < x.end - eps && c + b.duration > x.start + eps);
                    if (clash)
                        continue;
                    std::vector<sched::Interval> busy = g.taken;
                    busy.push_back({c, c + b.duration});
                    for (const sched::Interval &a : tech.unavailable)
                        busy.push_back(a);
                    const double free = (g.to - g.from) - absentWithin(busy, g.from, g.to);
                    if (free > bestFree) {
                        bestFree = free;
                        best = c;
                    }
                }
                if (bestFree >= g.travel - eps) {
                    g.taken.push_back({best, best + b.duration});
                    fits = true;
                    break;
                }
            }
            if (!fits)
                out.push_back(techName(t) + ": no room for a break of " + num(b.duration) + " min starting within ["
                    + num(b.earliest) + ", " + num(b.latest) + "] (with the travel, outside absences)");
        }
    }

    // Each job: in crewSize routes at one start, or unassigned once; never both.
    std::vector<int> unassignedCount(static_cast<std::size_t>(nJobs), 0);
    double unassignedWeight = 0;
    for (const sched::Unassigned &u : plan.unassigned) {
        if (u.job < 0 || u.job >= nJobs) {
            out.push_back("unassigned names job index " + std::to_string(u.job) + ", out of range");
            continue;
        }
        ++unassignedCount[std::size_t(u.job)];
        const int p = std::clamp(model.jobs[u.job].priority, 1, 5);
        unassignedWeight += model.objective.unassignedWeight[p - 1];
    }
    double lateness = 0;
    for (int j = 0; j < nJobs; ++j) {
        const sched::Job &job = model.jobs[j];
        const auto &at = placed[std::size_t(j)];
        const int crew = std::max(1, job.crewSize);
        if (unassignedCount[std::size_t(j)] > 1)
            out.push_back(jobName(j) + ": listed unassigned more than once");
        if (at.empty() && unassignedCount[std::size_t(j)] == 0)
            out.push_back(jobName(j) + ": neither in a route nor unassigned");
        if (!at.empty() && unassignedCount[std::size_t(j)] > 0)
            out.push_back(jobName(j) + ": both in a route and unassigned");
        if (!at.empty()) {
            std::set<int> techs;
            for (const auto &[t, s] : at)
                techs.insert(t);
            if (static_cast<int>(at.size()) != crew)
                out.push_back(
                    jobName(j) + ": in " + std::to_string(at.size()) + " routes, crew size " + std::to_string(crew));
            for (const auto &[t, s] : at)
                if (std::fabs(s - at.front().second) > eps)
                    out.push_back(
                        jobName(j) + ": the crew's starts differ (" + num(s) + " and " + num(at.front().second) + ")");
            for (const auto &[t, s] : at) // per visit: a crew that is late is late for each member
                lateness += std::max(0.0, s - job.due);
        }
        if (job.fixed) {
            std::set<std::int64_t> want(job.fixedTechnicians.begin(), job.fixedTechnicians.end());
            std::set<std::int64_t> got;
            for (const auto &[t, s] : at)
                got.insert(model.technicians[t].id);
            if (at.empty())
                out.push_back(jobName(j) + ": fixed but not in any route");
            else if (got != want)
                out.push_back(jobName(j) + ": fixed on other technicians");
            for (const auto &[t, s] : at)
                if (std::fabs(s - job.fixedStart) > eps)
                    out.push_back(jobName(j) + ": fixed at " + num(job.fixedStart) + " but starts at " + num(s));
        }
    }

    if (options.checkTotals) {
        if (plan.cost.vehicles != vehicles)
            out.push_back("cost.vehicles " + std::to_string(plan.cost.vehicles) + ", routes with visits "
                + std::to_string(vehicles));
        if (!closeTotal(plan.cost.distance, sumDistance))
            out.push_back("cost.distance " + num(plan.cost.distance) + ", routes sum to " + num(sumDistance));
        if (!closeTotal(plan.cost.travel, sumTravel))
            out.push_back("cost.travel " + num(plan.cost.travel) + ", routes sum to " + num(sumTravel));
        if (!closeTotal(plan.cost.unassigned, unassignedWeight))
            out.push_back("cost.unassigned " + num(plan.cost.unassigned) + ", the unassigned jobs weigh "
                + num(unassignedWeight));
        if (!closeTotal(plan.cost.lateness, lateness))
            out.push_back("cost.lateness " + num(plan.cost.lateness) + ", the visits are late by " + num(lateness));
    }
    return out;
}

// One route in words, for failure messages: the technician's day, then each visit with its window and times.
inline std::string describeRoute(const sched::Model &model, const sched::Route &route)
{
    using feasibility_detail::num;
    if (route.technician < 0 || route.technician >= static_cast<int>(model.technicians.size()))
        return "route of an unknown technician";
    const sched::Technician &t = model.technicians[std::size_t(route.technician)];
    std::string s = "technician " + std::to_string(route.technician) + ": depart " + num(t.departEarliest)
        + " from node " + std::to_string(t.startNode) + ", shift [" + num(t.shiftStart) + ", " + num(t.shiftEnd)
        + "], return by " + num(t.returnBy);
    for (const sched::Interval &a : t.unavailable)
        s += ", absent [" + num(a.start) + ", " + num(a.end) + ")";
    for (std::size_t b = 0; b < t.breaks.size(); ++b)
        s += ", break " + num(t.breaks[b].duration) + " in [" + num(t.breaks[b].earliest) + ", "
            + num(t.breaks[b].latest) + "] taken at "
            + (b < route.breakStarts.size() ? num(route.breakStarts[b]) : std::string("?"));
    int at = t.startNode;
    for (const sched::Visit &v : route.visits) {
        if (v.job < 0 || v.job >= static_cast<int>(model.jobs.size()))
            break;
        const sched::Job &j = model.jobs[std::size_t(v.job)];
        s += "\n    job " + std::to_string(v.job) + " node " + std::to_string(j.node) + " travel "
            + num(model.travel.time(at, j.node)) + " arrival " + num(v.arrival) + " start " + num(v.start) + " end "
            + num(v.start + j.duration) + " window [" + num(j.earliest) + ", " + num(j.latest) + "]"
            + (j.fixed ? " fixed" : "");
        at = j.node;
    }
    s += "\n    back " + num(route.end) + " (travel " + num(model.travel.time(at, t.endNode)) + ")";
    return s;
}

// ---- Solomon routes against the raw instance file ----

struct SolomonRow
{
    int id = 0;
    double x = 0, y = 0, demand = 0, ready = 0, due = 0, service = 0;
};

struct SolomonFile
{
    std::string name;
    int vehicles = 0;
    double capacity = 0;
    std::vector<SolomonRow> rows; // rows[0]: the depot; rows[i].id == i
};

// Own reader: name, then the numbers after "CAPACITY" (fleet, capacity), then 7-number rows after "TIME".
inline bool parseSolomonFile(const std::string &path, SolomonFile &out, std::string &error)
{
    std::ifstream in(path);
    if (!in) {
        error = "cannot open " + path;
        return false;
    }
    std::vector<std::string> tokens;
    std::string tok;
    while (in >> tok)
        tokens.push_back(tok);
    if (tokens.empty()) {
        error = "empty file";
        return false;
    }
    SolomonFile f;
    f.name = tokens[0];
    try {
        std::size_t i = 0;
        while (i < tokens.size() && tokens[i] != "CAPACITY")
            ++i;
        if (i + 2 >= tokens.size()) {
            error = "no VEHICLE section";
            return false;
        }
        f.vehicles = std::stoi(tokens[i + 1]);
        f.capacity = std::stod(tokens[i + 2]);
        // The customer rows start at the first number after CUSTOMER (the header says "TIME" twice).
        while (i < tokens.size() && tokens[i] != "CUSTOMER")
            ++i;
        while (i < tokens.size() && tokens[i].find_first_not_of("0123456789") != std::string::npos)
            ++i;
        for (; i + 7 <= tokens.size(); i += 7) {
            SolomonRow r;
            r.id = std::stoi(tokens[i]);
            r.x = std::stod(tokens[i + 1]);
            r.y = std::stod(tokens[i + 2]);
            r.demand = std::stod(tokens[i + 3]);
            r.ready = std::stod(tokens[i + 4]);
            r.due = std::stod(tokens[i + 5]);
            r.service = std::stod(tokens[i + 6]);
            if (r.id != static_cast<int>(f.rows.size())) {
                error = "row " + std::to_string(f.rows.size()) + " has number " + std::to_string(r.id);
                return false;
            }
            f.rows.push_back(r);
        }
        if (i != tokens.size() || f.rows.size() < 2) {
            error = "the customer rows do not come in sevens";
            return false;
        }
    } catch (const std::exception &e) {
        error = std::string("not a number: ") + e.what();
        return false;
    }
    out = std::move(f);
    return true;
}

inline double solomonDistance(const SolomonRow &a, const SolomonRow &b)
{
    return std::sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y));
}

// Routes of customer numbers (depot not written). Checks every customer exactly once, capacity, ready/due with
// service times (a vehicle leaves the depot at 0 and waits when early), and the return by the depot's due date.
// distance: the total recomputed from the coordinates in double precision.
inline std::vector<std::string> checkSolomonRoutes(
    const SolomonFile &file, const std::vector<std::vector<int>> &routes, double *distance = nullptr)
{
    std::vector<std::string> out;
    const int n = static_cast<int>(file.rows.size()) - 1;
    std::vector<int> seen(static_cast<std::size_t>(n + 1), 0);
    const SolomonRow &depot = file.rows[0];
    double total = 0;
    for (std::size_t r = 0; r < routes.size(); ++r) {
        const std::string name = "route " + std::to_string(r + 1);
        if (routes[r].empty()) {
            out.push_back(name + " is empty");
            continue;
        }
        double time = depot.ready;
        double load = 0;
        const SolomonRow *prev = &depot;
        for (int c : routes[r]) {
            if (c < 1 || c > n) {
                out.push_back(name + ": customer " + std::to_string(c) + " does not exist");
                prev = nullptr;
                break;
            }
            ++seen[std::size_t(c)];
            const SolomonRow &row = file.rows[std::size_t(c)];
            const double d = solomonDistance(*prev, row);
            total += d;
            time = std::max(time + d, row.ready);
            if (time > row.due + 1e-9)
                out.push_back(name + ": customer " + std::to_string(c) + " served at " + feasibility_detail::num(time)
                    + ", after its due date " + feasibility_detail::num(row.due));
            time += row.service;
            load += row.demand;
            prev = &row;
        }
        if (!prev)
            continue;
        const double d = solomonDistance(*prev, depot);
        total += d;
        if (time + d > depot.due + 1e-9)
            out.push_back(name + ": back at the depot at " + feasibility_detail::num(time + d) + ", after "
                + feasibility_detail::num(depot.due));
        if (load > file.capacity + 1e-9)
            out.push_back(name + ": load " + feasibility_detail::num(load) + " over the capacity "
                + feasibility_detail::num(file.capacity));
    }
    for (int c = 1; c <= n; ++c)
        if (seen[std::size_t(c)] != 1)
            out.push_back(
                "customer " + std::to_string(c) + " is served " + std::to_string(seen[std::size_t(c)]) + " times");
    if (distance)
        *distance = total;
    return out;
}

} // namespace ops::test
