#pragma once

// The yardstick the optimizer is measured against (issue #11, "travel vs a greedy nearest-feasible insertion"): what
// a careful dispatcher filling the day job by job would do, without ever moving a job once placed. The fixed jobs stay
// where they are; then each other job in turn (most urgent first, then the model's order) goes to its cheapest
// feasible insertion: the position in any technician's row that adds the least driving (lateness first), among the
// insertions that break no hard rule — the solver's own rankCandidates() and evaluate(), so the rules are exactly the
// solver's (tags and levels, region, work day, shift, window, absences, breaks, capacity, return time, fixed visits).
// A job no row can take stays unassigned (no_time_fits, or the first reason that applies). Crew jobs that are not
// fixed are left out (a dispatcher books crews by hand). No improvement step.

#include "core/dispatch/scheduling/Solver.h"

namespace ops::dispatch {

sched::Plan greedyBaseline(const sched::Model &model);

} // namespace ops::dispatch
