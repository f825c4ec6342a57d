#include "app/opsctl/TicketCommands.h"

#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/tickets/TicketRepository.h"

namespace ops {

namespace {

using tickets::TicketCursor;
using tickets::TicketFilter;
using tickets::TicketPage;
using tickets::TicketRepository;
using tickets::TicketSort;

constexpr double kFirstPageTargetMs = 50;
constexpr double kFilteredTargetMs = 100;
constexpr double kDeepestFactor = 1.5;

// Runs fetch `runs` times after `warmup` unmeasured runs; milliseconds per run. Stops at the first error.
Result<std::vector<double>> measure(int runs, int warmup, const std::function<Result<TicketPage>(int run)> &fetch)
{
    std::vector<double> ms;
    for (int i = -warmup; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto page = fetch(i);
        const double elapsed = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!page.ok())
            return page.error();
        if (page.value().roundTrips != 1)
            return Error::internal(QStringLiteral("a ticket page took %1 round trips").arg(page.value().roundTrips));
        if (i >= 0)
            ms.push_back(elapsed);
    }
    return ms;
}

} // namespace

int runTicketBench(QStringList args, CommandContext &ctx)
{
    const int runs = qMax(20, takeOption(args, QStringLiteral("--runs"), QStringLiteral("30")).toInt());
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    TicketRepository repo(*c.value());
    const QJsonObject onePage{
        {QStringLiteral("page_size"), TicketRepository::kDefaultLimit}, {QStringLiteral("round_trips_per_page"), 1}};

    // First page, no filter.
    auto first = measure(runs, 3, [&](int) { return repo.page({}); });
    if (!first.ok())
        return fail(ctx, first.error());
    const double firstP95 = benchPercentile(first.value(), 0.95);
    writeBenchEntry(ctx, QStringLiteral("tickets_first_page.json"), QStringLiteral("tickets_first_page"),
        QStringLiteral("ms"), first.value(), kFirstPageTargetMs, onePage);

    // Deepest page: walk the whole list once by cursor, then fetch the last page again and again.
    TicketCursor last;
    qint64 pages = 0, rows = 0;
    QElapsedTimer walk;
    walk.start();
    for (TicketCursor cursor;;) {
        auto page = repo.page({}, TicketSort::CreatedDesc, cursor);
        if (!page.ok())
            return fail(ctx, page.error());
        ++pages;
        rows += page.value().rows.size();
        if (!page.value().hasMore)
            break;
        last = cursor = page.value().nextCursor;
    }
    ctx.err << QCoreApplication::translate("opsctl", "walked %1 pages (%2 tickets) in %3 s")
                   .arg(pages)
                   .arg(rows)
                   .arg(walk.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    auto deepest = measure(runs, 3, [&](int) { return repo.page({}, TicketSort::CreatedDesc, last); });
    if (!deepest.ok())
        return fail(ctx, deepest.error());
    QJsonObject deepExtra = onePage;
    deepExtra.insert(QStringLiteral("pages"), pages);
    deepExtra.insert(QStringLiteral("tickets"), rows);
    deepExtra.insert(QStringLiteral("first_page_p95"), qRound64(firstP95 * 100) / 100.0);
    writeBenchEntry(ctx, QStringLiteral("tickets_deepest_page.json"), QStringLiteral("tickets_deepest_page"),
        QStringLiteral("ms"), deepest.value(), kDeepestFactor * firstP95, deepExtra);

    // Filtered first pages: open and important; then texts in subjects and messages, common and rare.
    TicketFilter openImportant;
    openImportant.statuses = {QStringLiteral("open")};
    openImportant.importantOnly = true;
    auto filtered = measure(runs, 3, [&](int) { return repo.page(openImportant); });
    if (!filtered.ok())
        return fail(ctx, filtered.error());
    QJsonObject filterExtra = onePage;
    filterExtra.insert(QStringLiteral("filter"), QStringLiteral("status=open, important"));
    writeBenchEntry(ctx, QStringLiteral("tickets_filtered_page.json"), QStringLiteral("tickets_filtered_page"),
        QStringLiteral("ms"), filtered.value(), kFilteredTargetMs, filterExtra);

    const QStringList texts{QStringLiteral("internet"), QStringLiteral("facture"), QStringLiteral("Canadien"),
        QStringLiteral("remplacé"), QStringLiteral("Wi-Fi"), QStringLiteral("TCK-00042 introuvable")};
    auto text = measure(runs, static_cast<int>(texts.size()), [&](int run) {
        TicketFilter f;
        f.text = texts.at((run + static_cast<int>(texts.size())) % texts.size());
        return repo.page(f);
    });
    if (!text.ok())
        return fail(ctx, text.error());
    QJsonObject textExtra = onePage;
    textExtra.insert(
        QStringLiteral("filter"), QString(QStringLiteral("text in subject or messages: ") + texts.join(u" | ")));
    writeBenchEntry(ctx, QStringLiteral("tickets_text_page.json"), QStringLiteral("tickets_text_filter_page"),
        QStringLiteral("ms"), text.value(), kFilteredTargetMs, textExtra);
    return 0;
}

} // namespace ops
