#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;

// bench vrptw --instances DIR [--seconds S] [--seed N] [--json] [--routes]: solves every Solomon / Gehring–Homberger
// instance file (*.txt) of DIR with the scheduling library under the hierarchical objective (vehicles, then
// distance), S seconds each (default 1), and prints per instance: instance, vehicles, distance, feasible (re-checked
// here, independently of the solver: every customer once, windows with service times, capacity, depot closing
// time), seconds, and with --routes the customer numbers of every route in order. When DIR holds bks.csv (columns
// instance,vehicles,distance[,objective]; rows whose objective is not "hierarchical" are ignored) also bks_vehicles,
// bks_distance, extra_vehicles and gap_pct (the distance gap, only at the best-known vehicle count), a summary (mean
// gap on the instances at the best-known vehicle count, mean extra vehicles, per family), and benchmark entries (gap,
// extra vehicles, deadline overshoot) in $OPS_BENCH_DIR/vrptw_<dir>_<S>s.json. Markdown without --json. Exit status 1
// when a plan is not feasible.
int runVrptwBench(QStringList args, CommandContext &ctx);
} // namespace ops
