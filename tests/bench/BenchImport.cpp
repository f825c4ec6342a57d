// Issue 16 benchmarks, on a cluster of their own (TestCluster): an ERPNext-shaped database at the volumes
// (tests/support/ErpnextFixture: 6,667 customers, ~17,000 locations, 7,600 devices, 21,876 subscriptions, 115,000
// invoices, 99,000 payments, 242,000 tickets, 784,000 messages) imported into a fresh migrated database.
// - erpnext_import: the full import (COPY into staging, set-based transforms, reconciliation), target <= 120 s, aim
//   <= 60 s; with the rows imported and rows/s.
// - erpnext_reimport: the same import again with nothing changed upstream, target <= 10 s.
// Writes $OPS_BENCH_DIR/erpnext_import.json and erpnext_reimport.json (median, p95, target, pass).
// Usage: BenchImport [--customers N] [--runs N]   (--customers 100 proves it works in a few seconds)
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/db/PgConnection.h"
#include "core/import/ErpnextImporter.h"
#include "tests/support/BenchJson.h"
#include "tests/support/BenchStats.h"
#include "tests/support/ErpnextFixture.h"
#include "tests/support/TestCluster.h"

using ops::test::percentile;
using ops::test::round2;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "BenchImport: %s\n", qPrintable(what));
    return 1;
}

qint64 rowsOf(const ops::import::ImportReport &r)
{
    qint64 n = 0;
    for (const auto &c : r.entities)
        n += c.inserted + c.updated + c.unchanged;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int customers = 6667;
    int runs = 1;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--customers"))
            customers = std::max(10, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    ops::test::TestCluster cluster;
    if (!cluster.ok())
        return fail(cluster.error());
    auto source = cluster.freshDatabase(false);
    if (!source.ok())
        return fail(source.error().detail);
    {
        auto c = ops::db::PgConnection::open(source.value());
        if (!c.ok())
            return fail(c.error().detail);
        ops::test::ErpnextFixtureOptions o;
        o.customers = customers;
        QElapsedTimer t;
        t.start();
        if (auto st = ops::test::createErpnextFixture(*c.value(), o); !st.ok())
            return fail(st.error().detail);
        if (!c.value()->exec("VACUUM ANALYZE").ok())
            return fail(QStringLiteral("VACUUM ANALYZE"));
        std::fprintf(stderr, "BenchImport: fixture of %d customers in %.1f s\n", customers,
            static_cast<double>(t.elapsed()) / 1000.0);
    }
    std::vector<double> first, again;
    qint64 rows = 0, differences = 0;
    for (int run = 0; run < runs; ++run) {
        auto ours = cluster.freshDatabase(true);
        if (!ours.ok())
            return fail(ours.error().detail);
        auto c = ops::db::PgConnection::open(ours.value());
        if (!c.ok())
            return fail(c.error().detail);
        ops::import::ImportOptions o;
        o.sourceConninfo = source.value();
        o.oursConninfo = ours.value();
        QElapsedTimer t;
        t.start();
        // Where the time goes: each stage's start on stderr (stage and entity changes only, not the row counts).
        QString last;
        o.progress = [&](const QString &stage, const QString &entity, qint64) {
            const QString now = stage + u' ' + entity;
            if (now == last)
                return;
            last = now;
            std::fprintf(
                stderr, "BenchImport: %7.2f s %s\n", static_cast<double>(t.elapsed()) / 1000.0, qPrintable(now));
        };
        auto r = ops::import::runErpnextImport(*c.value(), o);
        if (!r.ok())
            return fail(r.error().userMessage + u' ' + r.error().detail);
        first.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
        rows = rowsOf(r.value());
        differences = r.value().differences();
        t.restart();
        auto r2 = ops::import::runErpnextImport(*c.value(), o);
        if (!r2.ok())
            return fail(r2.error().userMessage + u' ' + r2.error().detail);
        again.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
        for (const auto &e : r2.value().entities) {
            if (e.inserted + e.updated > 0)
                return fail(
                    QStringLiteral("the re-import wrote %1 rows of %2").arg(e.inserted + e.updated).arg(e.entity));
        }
    }
    const double median = percentile(first, 0.5);
    const bool importPass =
        ops::test::writeBenchEntry(QStringLiteral("erpnext_import"), QStringLiteral("s"), first, 120, 60,
            QJsonObject{{QStringLiteral("customers"), customers}, {QStringLiteral("rows"), rows},
                {QStringLiteral("rows_per_s"), round2(median > 0 ? static_cast<double>(rows) / median : 0)},
                {QStringLiteral("reconciliation_differences"), differences}});
    const bool reimportPass = ops::test::writeBenchEntry(QStringLiteral("erpnext_reimport"), QStringLiteral("s"), again,
        10, 5, QJsonObject{{QStringLiteral("customers"), customers}, {QStringLiteral("rows"), rows}});
    return importPass && reimportPass ? 0 : 1;
}
