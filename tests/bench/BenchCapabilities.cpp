// Capability read at connect (issue 9: ≤ 20 ms): the one query CapabilitiesRepository runs when a session opens,
// timed on a fresh connection each run (its first statement, so the backend's catalog caches are cold, as at a real
// connect), on the seeded bench database (fixture bench_db). Each run reads as the cluster's own user (the superuser
// of the embedded database) and, when the group roles exist, as each group (SET ROLE, as the staff logins would be).
// Writes the median and p95 over all reads to $OPS_BENCH_DIR/capability_read.json, against 20 ms; also records the
// connect time alone (not part of the target) for context.
// Usage: BenchCapabilities [--pg DIR] [--runs N] [--stop]   (OPS_BENCH_PG names the embedded cluster folder; --stop
// stops that server at the end, for a run outside the bench_db fixture, whose cleanup stops it otherwise).
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/db/Migrator.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/session/CapabilitiesRepository.h"
#include "tests/support/BenchStats.h"

using ops::test::percentile;
using ops::test::round2;

namespace {

constexpr double kTargetMs = 20;

int fail(const QString &what)
{
    std::fprintf(stderr, "BenchCapabilities: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QString pgDir = qEnvironmentVariable("OPS_BENCH_PG");
    int runs = 30;
    const bool stopAfter = args.contains(QStringLiteral("--stop"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--pg"))
            pgDir = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(5, args[i + 1].toInt());
    }
    if (pgDir.isEmpty())
        return fail(QStringLiteral("no bench cluster (--pg DIR or OPS_BENCH_PG)"));
    ops::EmbeddedServer server(pgDir);
    auto started = server.start();
    if (!started.ok())
        return fail(started.error().detail);
    const QString conninfo = started.value().conninfo;
    QStringList roles{QString()}; // the connecting user itself
    {
        auto opened = ops::db::PgConnection::open(conninfo);
        if (!opened.ok())
            return fail(opened.error().detail);
        auto migrated = ops::db::Migrator(*opened.value()).migrate();
        if (!migrated.ok())
            return fail(migrated.error().detail);
        auto groups = opened.value()->exec(
            "SELECT rolname FROM pg_roles WHERE rolname IN ('ops_dispatcher', 'ops_billing', 'ops_manager',"
            " 'ops_admin', 'ops_technician') ORDER BY rolname");
        if (!groups.ok())
            return fail(groups.error().detail);
        for (int i = 0; i < groups.value().rows(); ++i)
            roles << groups.value().text(i, 0);
    }

    std::vector<double> readMs;
    std::vector<double> connectMs;
    for (int run = -1; run < runs; ++run) { // run -1: warm-up (server side files, not measured)
        for (const QString &role : roles) {
            QElapsedTimer t;
            t.start();
            auto opened = ops::db::PgConnection::open(conninfo);
            if (!opened.ok())
                return fail(opened.error().detail);
            const double connected = static_cast<double>(t.nsecsElapsed()) / 1e6;
            ops::db::PgConnection &c = *opened.value();
            if (!role.isEmpty()) {
                auto set = c.exec(QStringLiteral("SET ROLE %1").arg(ops::db::quoteIdentifier(role)));
                if (!set.ok())
                    return fail(set.error().detail);
            }
            t.restart();
            auto caps = ops::CapabilitiesRepository(c).read();
            const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
            if (!caps.ok())
                return fail(caps.error().detail);
            if (!role.isEmpty() && caps.value().group != role.mid(4))
                return fail(QStringLiteral("%1 read as group '%2'").arg(role, caps.value().group));
            if (run < 0)
                continue;
            readMs.push_back(ms);
            connectMs.push_back(connected);
        }
    }

    const double p95 = percentile(readMs, 0.95);
    QJsonArray asRoles;
    for (const QString &r : roles)
        asRoles.append(r.isEmpty() ? QStringLiteral("(cluster user)") : r);
    const QJsonObject o{{QStringLiteral("name"), QStringLiteral("capability_read")},
        {QStringLiteral("unit"), QStringLiteral("ms")}, {QStringLiteral("median"), round2(percentile(readMs, 0.5))},
        {QStringLiteral("p95"), round2(p95)}, {QStringLiteral("target"), kTargetMs},
        {QStringLiteral("pass"), p95 <= kTargetMs}, {QStringLiteral("runs"), static_cast<qint64>(readMs.size())},
        {QStringLiteral("roles"), asRoles}, {QStringLiteral("connect_median_ms"), round2(percentile(connectMs, 0.5))},
        {QStringLiteral("connect_p95_ms"), round2(percentile(connectMs, 0.95))}};
    const QString dir = qEnvironmentVariable("OPS_BENCH_DIR", QStringLiteral("build/bench"));
    QDir().mkpath(dir);
    QFile f(dir + QStringLiteral("/capability_read.json"));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    if (stopAfter)
        (void)server.stop();
    return p95 <= kTargetMs ? 0 : 1;
}
