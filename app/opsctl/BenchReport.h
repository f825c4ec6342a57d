#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>

namespace ops {
struct CommandContext;

// p in [0, 1], linear interpolation between the closest ranks.
double benchPercentile(std::vector<double> samples, double p);

// Writes one benchmark entry {name, unit, median, p95, target, pass, runs, ...extra} to $OPS_BENCH_DIR/<file>
// (default build/bench) and prints it on one line. pass is p95 <= target. Same format as `bench search`.
void writeBenchEntry(CommandContext &ctx, const QString &file, const QString &name, const QString &unit,
    const std::vector<double> &samples, double target, const QJsonObject &extra = {});

} // namespace ops
