#pragma once

// The yardstick the optimizer is measured against (issue #11, "travel vs a greedy nearest-feasible insertion"): what
// a dispatcher filling the day job by job would do. Every technician starts at their start node; repeatedly, the
// (technician, job) pair with the shortest drive from where the technician is now, among the jobs that can be
// appended there without breaking a hard rule (tags and levels, region, shift, window, absences, capacity, return
// time, reaching the next fixed visit in time), is appended. Fixed jobs stay where they are; crew jobs that are not
// fixed and breaks are not handled (build the model without breaks to compare). No improvement step.

#include "core/dispatch/scheduling/Solver.h"

namespace ops::dispatch {

sched::Plan greedyBaseline(const sched::Model &model);

} // namespace ops::dispatch
