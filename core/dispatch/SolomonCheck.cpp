#include "core/dispatch/SolomonCheck.h"

#include <algorithm>
#include <sstream>

#include "core/dispatch/scheduling/Solomon.h"
#include "core/dispatch/scheduling/Solver.h"

namespace ops::dispatch {

namespace {

constexpr double kEps = 1e-9;

std::string num(double v)
{
    std::ostringstream s;
    s.precision(10);
    s << v;
    return s.str();
}

} // namespace

SolomonCheck checkSolomonPlan(const sched::SolomonInstance &instance, const sched::Plan &plan)
{
    const sched::Model &m = instance.model;
    SolomonCheck c;
    std::vector<int> served(m.jobs.size(), 0);
    for (const sched::Route &route : plan.routes) {
        if (route.visits.empty())
            continue;
        ++c.vehicles;
        if (route.technician < 0 || route.technician >= static_cast<int>(m.technicians.size())) {
            c.problems.push_back("a route on an unknown vehicle " + std::to_string(route.technician));
            continue;
        }
        const sched::Technician &vehicle = m.technicians[std::size_t(route.technician)];
        double time = vehicle.departEarliest;
        double load = 0;
        int at = vehicle.startNode;
        std::vector<std::int64_t> customers;
        for (const sched::Visit &v : route.visits) {
            if (v.job < 0 || v.job >= static_cast<int>(m.jobs.size())) {
                c.problems.push_back("unknown customer index " + std::to_string(v.job));
                continue;
            }
            const sched::Job &job = m.jobs[std::size_t(v.job)];
            ++served[std::size_t(v.job)];
            customers.push_back(job.id);
            c.distance += m.travel.distance(at, job.node);
            time = std::max(time + m.travel.time(at, job.node), job.earliest);
            if (time > job.latest + kEps)
                c.problems.push_back("customer " + std::to_string(job.id) + " served at " + num(time)
                    + ", after its due date " + num(job.latest));
            time += job.duration;
            load += job.demand;
            at = job.node;
        }
        c.distance += m.travel.distance(at, vehicle.endNode);
        time += m.travel.time(at, vehicle.endNode);
        if (time > vehicle.returnBy + kEps)
            c.problems.push_back("a route is back at the depot at " + num(time) + ", after " + num(vehicle.returnBy));
        if (load > instance.capacity + kEps)
            c.problems.push_back("a route carries " + num(load) + ", over the capacity " + num(instance.capacity));
        c.routes.push_back(std::move(customers));
    }
    for (std::size_t j = 0; j < served.size(); ++j)
        if (served[j] != 1)
            c.problems.push_back(
                "customer " + std::to_string(m.jobs[j].id) + " served " + std::to_string(served[j]) + " times");
    c.feasible = c.problems.empty();
    return c;
}

} // namespace ops::dispatch
