#include "app/opsctl/SearchCommands.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/demo/DemoSeeder.h"
#include "core/search/SearchRepository.h"

namespace ops {

namespace {
QString kindName(search::HitKind k)
{
    switch (k) {
    case search::HitKind::Customer:
        return QStringLiteral("customer");
    case search::HitKind::Location:
        return QStringLiteral("location");
    case search::HitKind::Equipment:
        break;
    }
    return QStringLiteral("equipment");
}

int benchSearch(QStringList args, CommandContext &ctx)
{
    const QString file = takeOption(args, QStringLiteral("--queries"));
    const int rounds = takeOption(args, QStringLiteral("--rounds"), QStringLiteral("20")).toInt();
    if (file.isEmpty())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "bench search needs --queries FILE (one query a line)"));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return usageError(ctx, QCoreApplication::translate("opsctl", "cannot read %1").arg(file));
    QStringList queries;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            queries << line;
    }
    if (queries.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "%1 holds no query").arg(file));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    search::SearchRepository repo(*c.value());
    for (const QString &q : std::as_const(queries)) // warm-up round, not measured
        (void)repo.find(q);
    std::vector<double> ms;
    std::vector<std::pair<double, QString>> slowest;
    qint64 empty = 0;
    for (int r = 0; r < std::max(rounds, 1); ++r) {
        for (const QString &q : std::as_const(queries)) {
            QElapsedTimer t;
            t.start();
            auto res = repo.find(q);
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            slowest.emplace_back(ms.back(), q);
            if (!res.ok())
                return fail(ctx, res.error());
            if (r == 0 && res.value().hits.isEmpty())
                ++empty;
        }
    }
    // The slowest queries, to tell where time goes (stderr: not part of the JSON).
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < std::min<size_t>(5, slowest.size()); ++i)
        ctx.err << QCoreApplication::translate("opsctl", "slow: %1 ms  %2")
                       .arg(slowest[i].first, 0, 'f', 1)
                       .arg(slowest[i].second.left(60))
                << Qt::endl;
    writeBenchEntry(ctx, QStringLiteral("search.json"), QStringLiteral("search_query_to_results"), QStringLiteral("ms"),
        ms, 50,
        {{QStringLiteral("queries"), static_cast<qint64>(queries.size())}, {QStringLiteral("rounds"), rounds},
            {QStringLiteral("queries_without_results"), empty}});
    return 0;
}

int benchSeed(QStringList args, CommandContext &ctx)
{
    const double scale = takeOption(args, QStringLiteral("--scale"), QStringLiteral("1")).toDouble();
    const int runs = takeOption(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    std::vector<double> secs;
    for (int r = 0; r < std::max(runs, 1); ++r) {
        auto c = ctx.connect(true);
        if (!c.ok())
            return fail(ctx, c.error());
        demo::DemoOptions o;
        o.scale = scale;
        o.replace = true;
        QElapsedTimer t;
        t.start();
        auto rep = demo::DemoSeeder(*c.value(), o).run();
        if (!rep.ok())
            return fail(ctx, rep.error());
        secs.push_back(static_cast<double>(t.elapsed()) / 1000.0);
        ctx.err << QCoreApplication::translate("opsctl", "run %1: %2 s").arg(r + 1).arg(secs.back(), 0, 'f', 1)
                << Qt::endl;
    }
    writeBenchEntry(ctx, QStringLiteral("seed.json"), QStringLiteral("demo_seed_s1"), QStringLiteral("s"), secs, 60,
        {{QStringLiteral("scale"), scale}});
    return 0;
}
} // namespace

int runSearchCommand(QStringList args, CommandContext &ctx)
{
    const int limit = takeOption(args, QStringLiteral("--limit"), QStringLiteral("20")).toInt();
    if (args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "search needs a text"));
    const QString text = args.join(QLatin1Char(' '));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto res = search::SearchRepository(*c.value()).find(text, limit);
    if (!res.ok())
        return fail(ctx, res.error());
    if (ctx.json) {
        QJsonArray arr;
        for (const auto &h : res.value().hits) {
            arr.append(QJsonObject{{QStringLiteral("kind"), kindName(h.kind)}, {QStringLiteral("id"), h.entityId},
                {QStringLiteral("customerId"), h.customerId}, {QStringLiteral("code"), h.code},
                {QStringLiteral("title"), h.title}, {QStringLiteral("subtitle"), h.subtitle},
                {QStringLiteral("status"), h.status}, {QStringLiteral("rank"), h.rank}});
        }
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (res.value().hits.isEmpty()) {
        ctx.out << QCoreApplication::translate("opsctl", "No results for \"%1\".").arg(text) << Qt::endl;
        return 0;
    }
    for (const auto &h : res.value().hits)
        ctx.out << h.code.leftJustified(12) << QLatin1Char(' ') << h.title << QStringLiteral("  —  ") << h.subtitle
                << Qt::endl;
    return 0;
}

int runBenchCommand(QStringList args, CommandContext &ctx)
{
    if (args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "bench needs a subcommand: search or seed"));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("search"))
        return benchSearch(args, ctx);
    if (sub == QLatin1String("seed"))
        return benchSeed(args, ctx);
    return usageError(ctx, QCoreApplication::translate("opsctl", "unknown bench subcommand: %1").arg(sub));
}

} // namespace ops
