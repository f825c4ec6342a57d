#pragma once

#include <QStringList>

namespace ops {

struct CommandContext;

// dispatch optimize --date YYYY-MM-DD [--seconds S] [--travel straight|osrm|FILE] [--apply] [--json]: the day
// optimizer headless. Loads the day, solves for S seconds (default 2) on the travel times of --travel (default:
// TARGO_TRAVEL_SOURCE, else the straight line; osrm: TARGO_OSRM_BASE_URL's routing server; FILE: a matrix file and
// FILE.points; a source that fails falls back to the straight line with travel_warning), prints the proposal (per
// technician: jobs added/removed/moved, km and driving minutes before -> after; the changes; the jobs left unassigned
// with their reasons). --apply writes every change in one transaction with version checks and the server's rule check.
// JSON: {"date", "seconds", "first_plan_ms", "solve_ms", "jobs_placed", "km_before", "km_after", "minutes_before",
// "minutes_after", "changes", "technicians", "unassigned", "travel_source" ("haversine" | "osrm" | "file"),
// "travel_warning" (null or text), "applied", "written"?, "stale"?, "stale_jobs"?, "message"?} (README). Exit 0 planned
// (and written with --apply), 3 when the write was refused (stale version or a rule), 1 on an error, 2 on a usage
// error.
int runDispatchOptimize(QStringList args, CommandContext &ctx);

} // namespace ops
