#pragma once

#include <string>

#include "core/dispatch/scheduling/Model.h"

namespace ops::sched {

// A Solomon / Gehring–Homberger VRPTW instance (the standard text format: name, VEHICLE NUMBER CAPACITY, then
// customer rows: number, x, y, demand, ready time, due date, service time; row 0 is the depot). Parsed by tokens.
struct SolomonInstance
{
    std::string name;
    int vehicles = 0; // fleet available
    double capacity = 0;
    Model model; // node 0 = depot; jobs in customer order (Job::id = customer number); `vehicles` technicians
};

bool readSolomon(const std::string &path, SolomonInstance &out, std::string &error);

} // namespace ops::sched
