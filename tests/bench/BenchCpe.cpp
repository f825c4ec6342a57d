// Issue 15 benchmarks on the seeded bench database (fixture bench_db):
// - cpe_sync: the full GenieACS → cpe_status sync of every seeded device (≈ 7,600) from a fake GenieACS on
//   127.0.0.1 (FakeGenieAcs: the real HTTP path, JSON parsing, pages of 1,000), target ≤ 10 s, aim ≤ 3 s. Run 0 inserts
//   every row; the next runs find every device informed again (each row updated), the sync's steady state.
// - outage_scan: OutageRepository::scan over every OLT port once 3 ports went dark, target ≤ 200 ms, aim ≤ 50 ms.
// Writes $OPS_BENCH_DIR/cpe_sync.json and outage_scan.json (median, p95, target, pass). Leaves the status store empty.
// Usage: BenchCpe [--pg DIR] [--runs N] [--stop]
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/cpe/CpeSync.h"
#include "core/cpe/OutageRepository.h"
#include "core/db/Migrator.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/net/NetExecutor.h"
#include "tests/support/BenchJson.h"
#include "tests/support/BenchStats.h"
#include "tests/support/FakeGenieAcs.h"

using ops::test::percentile;
using ops::test::round2;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "BenchCpe: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QString pgDir = qEnvironmentVariable("OPS_BENCH_PG");
    int runs = 5;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--pg"))
            pgDir = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(3, args[i + 1].toInt());
    }
    if (pgDir.isEmpty())
        return fail(QStringLiteral("no bench cluster (--pg DIR or OPS_BENCH_PG)"));
    ops::EmbeddedServer server(pgDir);
    auto started = server.start();
    if (!started.ok())
        return fail(started.error().detail);
    auto opened = ops::db::PgConnection::open(started.value().conninfo);
    if (!opened.ok())
        return fail(opened.error().detail);
    ops::db::PgConnection &c = *opened.value();
    if (auto migrated = ops::db::Migrator(c).migrate(); !migrated.ok())
        return fail(migrated.error().detail);
    const auto clear = [&c] {
        return c.exec("DELETE FROM cpe_status").ok()
            && c.exec("DELETE FROM integration_cursors WHERE name = 'genieacs.cpe_last_inform'").ok();
    };
    if (!clear())
        return fail(QStringLiteral("cannot clear the status store"));

    // Every seeded device GenieACS would know (installed equipment with a GenieACS id), with its port.
    auto rows = c.exec("SELECT e.genieacs_device_id, e.serial, coalesce(l.olt_name || ':' || l.olt_port, '')"
                       " FROM service_equipment e LEFT JOIN service_locations l ON l.id = e.location_id"
                       " WHERE e.genieacs_device_id IS NOT NULL ORDER BY e.id");
    if (!rows.ok() || rows.value().rows() == 0)
        return fail(QStringLiteral("no seeded devices (run the seed first)"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QList<ops::test::FakeCpe> devices;
    QMap<QString, QStringList> byPort;
    for (int i = 0; i < rows.value().rows(); ++i) {
        ops::test::FakeCpe d;
        d.id = rows.value().text(i, 0);
        d.serial = rows.value().text(i, 1);
        d.lastInform = t0.addSecs(-3600 - i % 600);
        d.rxDbm = -17.0 - (i % 90) / 10.0;
        devices << d;
        byPort[rows.value().text(i, 2)] << d.id;
    }
    ops::test::FakeGenieAcs acs;
    if (!acs.start())
        return fail(QStringLiteral("fake GenieACS did not start"));
    acs.setDevices(devices);
    ops::net::NetExecutor net(2);
    ops::net::ProviderConfig p;
    p.id = QStringLiteral("genieacs");
    p.baseUrl = acs.url();
    if (!net.setProvider(p).ok())
        return fail(QStringLiteral("provider"));
    ops::integrations::GenieAcsClient client(net, {});

    std::vector<double> syncMs;
    qint64 written = 0;
    for (int run = 0; run < runs; ++run) {
        acs.setLastInform({}, t0.addSecs(-1800 + run * 60)); // every device informed again since the last run
        ops::cpe::CpeSyncOptions o;
        o.full = true;
        QElapsedTimer t;
        t.start();
        auto r = ops::cpe::CpeSync::run(c, client, o);
        syncMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!r.ok())
            return fail(r.error().detail);
        if (r.value().inserted + r.value().updated != devices.size())
            return fail(QStringLiteral("run %1 wrote %2 of %3 devices")
                            .arg(run)
                            .arg(r.value().inserted + r.value().updated)
                            .arg(devices.size()));
        written += r.value().inserted + r.value().updated;
    }
    const bool syncPass =
        ops::test::writeBenchEntry(QStringLiteral("cpe_sync"), QStringLiteral("ms"), syncMs, 10000, 3000,
            QJsonObject{{QStringLiteral("devices"), static_cast<qint64>(devices.size())},
                {QStringLiteral("first_run_ms"), round2(syncMs.front())}, {QStringLiteral("rows_written"), written}});

    // Three of the biggest ports go dark: their devices last informed 40 minutes ago, everyone else just now.
    QList<QString> ports = byPort.keys();
    ports.removeAll(QString());
    std::sort(ports.begin(), ports.end(),
        [&byPort](const QString &a, const QString &b) { return byPort[a].size() > byPort[b].size(); });
    QStringList dark;
    for (int i = 0; i < std::min<qsizetype>(3, ports.size()); ++i)
        dark << byPort[ports[i]];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    acs.setLastInform({}, now.addSecs(-60));
    acs.setLastInform(dark, now.addSecs(-40 * 60));
    if (auto r = ops::cpe::CpeSync::run(c, client, {}); !r.ok())
        return fail(r.error().detail);
    net.shutdown();
    ops::cpe::OutageRepository repo(c);
    std::vector<double> scanMs;
    int flagged = 0, scanned = 0;
    for (int run = -2; run < runs * 6; ++run) { // two warm-up scans
        QElapsedTimer t;
        t.start();
        auto r = repo.scan({}, now);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!r.ok())
            return fail(r.error().detail);
        if (run < 0)
            continue;
        scanMs.push_back(ms);
        scanned = int(r.value().size());
        flagged = int(std::count_if(r.value().begin(), r.value().end(), [](const auto &h) { return h.flagged; }));
    }
    const bool scanPass =
        ops::test::writeBenchEntry(QStringLiteral("outage_scan"), QStringLiteral("ms"), scanMs, 200, 50,
            QJsonObject{{QStringLiteral("ports"), scanned}, {QStringLiteral("flagged"), flagged},
                {QStringLiteral("devices"), static_cast<qint64>(devices.size())}});
    if (flagged < 1)
        return fail(QStringLiteral("no port flagged after 3 went dark"));
    if (!clear())
        return fail(QStringLiteral("cannot clear the status store"));
    if (args.contains(QStringLiteral("--stop")))
        (void)server.stop();
    return syncPass && scanPass ? 0 : 1;
}
