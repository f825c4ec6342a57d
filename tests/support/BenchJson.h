#pragma once

#include <cstdio>
#include <vector>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "tests/support/BenchStats.h"

namespace ops::test {

// One benchmark's entry: extra plus name, unit, median, p95, target, aim, pass (p95 <= target) and runs, written to
// $OPS_BENCH_DIR/<name>.json and printed on stdout. Returns pass.
inline bool writeBenchEntry(const QString &name, const QString &unit, const std::vector<double> &samples, double target,
    double aim, QJsonObject extra)
{
    const double p95 = percentile(samples, 0.95);
    extra.insert(QStringLiteral("name"), name);
    extra.insert(QStringLiteral("unit"), unit);
    extra.insert(QStringLiteral("median"), round3(percentile(samples, 0.5)));
    extra.insert(QStringLiteral("p95"), round3(p95));
    extra.insert(QStringLiteral("target"), target);
    extra.insert(QStringLiteral("aim"), aim);
    extra.insert(QStringLiteral("pass"), p95 <= target);
    extra.insert(QStringLiteral("runs"), static_cast<qint64>(samples.size()));
    const QString dir = qEnvironmentVariable("OPS_BENCH_DIR", QStringLiteral("build/bench"));
    QDir().mkpath(dir);
    QFile f(dir + u'/' + name + QStringLiteral(".json"));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(extra).toJson(QJsonDocument::Indented));
    std::printf("%s\n", QJsonDocument(extra).toJson(QJsonDocument::Compact).constData());
    return p95 <= target;
}

} // namespace ops::test
