#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ops::sched {
struct SolomonInstance;
struct Plan;
} // namespace ops::sched

namespace ops::dispatch {

// The check `targo-opsctl bench vrptw` runs on every plan before printing it, written apart from the solver's own
// evaluation: every customer served exactly once, each service starting within [ready, due] (the vehicle leaves at
// its earliest departure and waits when early; service times), the load within the capacity, back at the depot by
// its closing time. Distance and vehicles are recomputed from the travel matrix and the visit order.
struct SolomonCheck
{
    bool feasible = true;
    int vehicles = 0; // routes with at least one customer
    double distance = 0;
    std::vector<std::string> problems;
    std::vector<std::vector<std::int64_t>> routes; // customer numbers, in order
};

SolomonCheck checkSolomonPlan(const sched::SolomonInstance &instance, const sched::Plan &plan);

} // namespace ops::dispatch
