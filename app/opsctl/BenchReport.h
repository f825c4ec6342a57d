#pragma once

#include <functional>
#include <vector>

#include <QJsonObject>
#include <QString>

#include "core/common/Result.h"

class QElapsedTimer;

namespace ops::db {
class PgListener;
}

namespace ops {
struct CommandContext;

// Milliseconds since t started, with sub-millisecond precision.
double benchMsSince(const QElapsedTimer &t);
// Runs the event loop until done() or timeoutMs (headless benches: a local loop is fine there). False on timeout.
bool benchSpin(const std::function<bool()> &done, int timeoutMs);

// Starts the listener on ops_change (the "other client" of the live benches) and waits until it is connected and
// LISTEN has taken effect; Unavailable when it does not connect within 10 s (the listener is then stopped).
Status benchStartChangeListener(db::PgListener &listener);

// p in [0, 1], linear interpolation between the closest ranks.
double benchPercentile(std::vector<double> samples, double p);

// Writes one benchmark entry {name, unit, median, p95, target, pass, runs, ...extra} to $OPS_BENCH_DIR/<file>
// (default build/bench) and prints it on one line. pass is p95 <= target. Same format as `bench search`.
void writeBenchEntry(CommandContext &ctx, const QString &file, const QString &name, const QString &unit,
    const std::vector<double> &samples, double target, const QJsonObject &extra = {});

} // namespace ops
