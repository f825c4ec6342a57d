// Cold start of targo-ops to its first painted shell: runs `targo-ops --benchmark-startup` N times (offscreen),
// reads first-paint-ms=<N> from each run and writes the median and p95 to $OPS_BENCH_DIR/cold_start.json.
// Usage: BenchColdStart [--runs N] [--exe PATH] [--name NAME]; TARGO_OPS_BIN may name the executable too.
// --name names the entry and its file (NAME.json): `scripts/dev.sh bench` measures the installed package with
// --exe /usr/bin/targo-ops --name cold_start_installed (scripts/bench_packages.sh).

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

constexpr int kTargetMs = 500;
constexpr int kDefaultRuns = 20;

double percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    // Nearest-rank on a sorted list, interpolated between neighbours.
    const double pos = p * (values.size() - 1);
    const int lo = int(pos);
    const int hi = std::min(lo + 1, int(values.size()) - 1);
    return values[lo] + (values[hi] - values[lo]) * (pos - lo);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int runs = kDefaultRuns;
    QString exe = qEnvironmentVariable("TARGO_OPS_BIN");
    QString name; // empty: the build tree's entry, cold_start_first_paint in cold_start.json
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--exe"))
            exe = args[i + 1];
        else if (args[i] == QLatin1String("--name"))
            name = args[i + 1];
    }
    if (exe.isEmpty())
        exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/targo-ops");
    if (!QFile::exists(exe)) {
        std::fprintf(stderr, "BenchColdStart: %s not found (set TARGO_OPS_BIN or --exe)\n", qPrintable(exe));
        return 1;
    }

    // A private home: the benchmark never touches the user's settings or logs.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));

    static const QRegularExpression re(QStringLiteral("first-paint-ms=(\\d+)"));
    QList<qint64> samples;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(exe, {QStringLiteral("--benchmark-startup")});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed: %s\n", i + 1, p.readAllStandardError().constData());
            p.kill();
            p.waitForFinished(2000);
            return 1;
        }
        const auto m = re.match(QString::fromUtf8(p.readAllStandardOutput()));
        if (!m.hasMatch()) {
            std::fprintf(stderr, "run %d printed no first-paint-ms\n", i + 1);
            return 1;
        }
        samples << m.captured(1).toLongLong();
        std::printf("run %2d: %lld ms\n", i + 1, static_cast<long long>(samples.last()));
    }

    const double median = percentile(samples, 0.5);
    const double p95 = percentile(samples, 0.95);
    const bool pass = p95 <= kTargetMs;
    const QString entryName = name.isEmpty() ? QStringLiteral("cold_start_first_paint") : name;
    QJsonObject entry{{QStringLiteral("name"), entryName}, {QStringLiteral("unit"), QStringLiteral("ms")},
        {QStringLiteral("median"), median}, {QStringLiteral("p95"), p95}, {QStringLiteral("target"), kTargetMs},
        {QStringLiteral("pass"), pass}, {QStringLiteral("runs"), runs}};

    QString dir = qEnvironmentVariable("OPS_BENCH_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral("build/bench");
    QDir().mkpath(dir);
    QFile out(
        dir + QLatin1Char('/') + (name.isEmpty() ? QStringLiteral("cold_start") : name) + QStringLiteral(".json"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
        return 1;
    }
    out.write(QJsonDocument(entry).toJson(QJsonDocument::Indented));
    std::printf("%s: median %.1f ms, p95 %.1f ms (target %d ms) %s\n", qPrintable(entryName), median, p95, kTargetMs,
        pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
