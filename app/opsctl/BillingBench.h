#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// bench billing [--runs N]: the billing run of next month on the demo data, previewed and committed (each commit
// is taken back out afterwards, unmeasured, so every run starts from the same data). Writes billing_run_preview and
// billing_run_commit entries (median, p95) to $OPS_BENCH_DIR.
int runBillingBench(QStringList args, CommandContext &ctx);
} // namespace ops
