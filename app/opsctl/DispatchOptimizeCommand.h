#pragma once

#include <QStringList>

namespace ops {

struct CommandContext;

// dispatch optimize --date YYYY-MM-DD [--seconds S] [--apply] [--json]: the day optimizer headless. Loads the day,
// solves for S seconds (default 2), prints the proposal (per technician: jobs added/removed/moved, km and driving
// minutes before -> after; the changes; the jobs left unassigned with their reasons). --apply writes every change in
// one transaction with version checks and the server's rule check. JSON: {"date", "seconds", "first_plan_ms",
// "solve_ms", "jobs_placed", "km_before", "km_after", "minutes_before", "minutes_after", "changes", "technicians",
// "unassigned", "applied", "written"?, "stale"?, "stale_jobs"?, "message"?} (README). Exit 0 planned (and written
// with --apply), 3 when the write was refused (stale version or a rule), 1 on an error, 2 on a usage error.
int runDispatchOptimize(QStringList args, CommandContext &ctx);

} // namespace ops
