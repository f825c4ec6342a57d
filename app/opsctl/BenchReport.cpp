#include "app/opsctl/BenchReport.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include "app/opsctl/CommandLine.h"
#include "core/db/PgListener.h"

namespace ops {

double benchMsSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

bool benchSpin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

Status benchStartChangeListener(db::PgListener &listener)
{
    QObject context;
    bool listening = false;
    QObject::connect(
        &listener, &db::PgListener::connected, &context, [&] { listening = true; }, Qt::QueuedConnection);
    listener.listen(QStringLiteral("ops_change"));
    listener.start();
    if (!benchSpin([&] { return listening; }, 10000)) {
        listener.stop();
        return Error::make(
            Error::Kind::Unavailable, QCoreApplication::translate("opsctl", "the change listener did not connect"));
    }
    QThread::msleep(200); // LISTEN takes effect shortly after the connection is up
    return success();
}

double benchPercentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double idx = p * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<size_t>(idx);
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (idx - static_cast<double>(lo));
}

void writeBenchEntry(CommandContext &ctx, const QString &file, const QString &name, const QString &unit,
    const std::vector<double> &samples, double target, const QJsonObject &extra)
{
    const double median = benchPercentile(samples, 0.5);
    const double p95 = benchPercentile(samples, 0.95);
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("unit"), unit},
        {QStringLiteral("median"), qRound64(median * 100) / 100.0},
        {QStringLiteral("p95"), qRound64(p95 * 100) / 100.0},
        {QStringLiteral("target"), qRound64(target * 100) / 100.0}, {QStringLiteral("pass"), p95 <= target},
        {QStringLiteral("runs"), static_cast<qint64>(samples.size())}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    const QString dir = qEnvironmentVariable("OPS_BENCH_DIR", QStringLiteral("build/bench"));
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + file);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace ops
