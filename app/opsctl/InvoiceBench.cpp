#include "app/opsctl/InvoiceBench.h"

#include <ctime>
#include <functional>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/billing/InvoiceDocument.h"
#include "core/billing/InvoiceListRepository.h"
#include "core/billing/InvoiceRepository.h"
#include "core/db/PgConnection.h"
#include "render/billing/InvoicePdf.h"

using namespace Qt::Literals::StringLiterals;

namespace ops {

namespace {

// CPU time of this thread in ms (Linux): the render's own cost, whatever else the machine runs; -1 elsewhere.
double threadCpuMs()
{
#ifdef __linux__
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
#endif
    return -1;
}

// Milliseconds per fetch, `runs` times after `warmup` unmeasured ones; stops at the first error.
Result<std::vector<double>> measurePages(
    int runs, int warmup, const std::function<Result<billing::InvoicePage>()> &fetch)
{
    std::vector<double> ms;
    for (int i = -warmup; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto page = fetch();
        const double elapsed = benchMsSince(t);
        if (!page.ok())
            return page.error();
        if (i >= 0)
            ms.push_back(elapsed);
    }
    return ms;
}

} // namespace

int runInvoiceListBench(QStringList args, CommandContext &ctx)
{
    const int runs = takeOption(args, u"--runs"_s, u"30"_s).toInt();
    if (runs < 1 || !args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: bench invoice-list [--runs N]"));
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    billing::InvoiceListRepository repo(*c.value());
    constexpr int kPage = 200; // the invoice list's page (InvoiceListModel)
    const billing::InvoiceListFilter all;
    const QJsonObject onePage{{u"page_size"_s, kPage}, {u"round_trips_per_page"_s, 1}};

    auto first = measurePages(runs, 3, [&] { return repo.page(all, {}, kPage); });
    if (!first.ok())
        return fail(ctx, first.error());
    const double firstP95 = benchPercentile(first.value(), 0.95);
    writeBenchEntry(
        ctx, u"invoice-list-first.json"_s, u"invoice_list_first_page"_s, u"ms"_s, first.value(), 50.0, onePage);

    // The deepest page: walk the whole list once by cursor (as a clerk scrolling to the end would), then fetch the
    // last page again and again.
    billing::InvoiceCursor last;
    qint64 pages = 0, rows = 0;
    QElapsedTimer walk;
    walk.start();
    for (billing::InvoiceCursor cursor;;) {
        auto page = repo.page(all, cursor, kPage);
        if (!page.ok())
            return fail(ctx, page.error());
        ++pages;
        rows += page.value().rows.size();
        if (!page.value().hasMore())
            break;
        last = cursor = page.value().next;
    }
    ctx.err << QCoreApplication::translate("opsctl", "walked %1 pages (%2 invoices) in %3 s")
                   .arg(pages)
                   .arg(rows)
                   .arg(walk.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    auto deepest = measurePages(runs, 3, [&] { return repo.page(all, last, kPage); });
    if (!deepest.ok())
        return fail(ctx, deepest.error());
    QJsonObject deepExtra = onePage;
    deepExtra.insert(u"pages"_s, pages);
    deepExtra.insert(u"invoices"_s, rows);
    deepExtra.insert(u"first_page_p95"_s, qRound64(firstP95 * 100) / 100.0);
    writeBenchEntry(ctx, u"invoice-list-deepest.json"_s, u"invoice_list_deepest_page"_s, u"ms"_s, deepest.value(),
        1.5 * firstP95, deepExtra);
    return 0;
}

int runInvoicePdfBench(QStringList args, CommandContext &ctx)
{
    const int runs = takeOption(args, u"--runs"_s, u"30"_s).toInt();
    QString code = takeOption(args, u"--code"_s);
    if (runs < 1 || !args.isEmpty())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: bench invoice-pdf [--runs N] [--code INV-CODE]"));
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    billing::InvoiceRepository repo(*c.value());
    qint64 id = 0;
    if (code.isEmpty()) {
        // The demo invoice with the most lines (a typical bundle).
        auto found = repo.idWithMostLines();
        if (!found.ok())
            return fail(ctx, found.error());
        if (found.value() == 0)
            return fail(ctx,
                Error::make(Error::Kind::NotFound,
                    QCoreApplication::translate("opsctl", "There is no invoice: run `demo seed` first.")));
        id = found.value();
    } else {
        auto found = repo.idByCode(code);
        if (!found.ok())
            return fail(ctx, found.error());
        if (found.value() == 0)
            return fail(ctx,
                Error::make(Error::Kind::NotFound,
                    QCoreApplication::translate("opsctl", "No invoice has the code %1.").arg(code)));
        id = found.value();
    }
    auto doc = repo.load(id);
    if (!doc.ok())
        return fail(ctx, doc.error());
    (void)billing::InvoicePdf::render(doc.value()); // warm-up: fonts and the PDF engine
    // Each run is what `billing invoice pdf` and the invoice view wait for: the invoice loaded (two statements) and
    // its PDF rendered in memory; the render alone is reported beside it.
    std::vector<double> samples;
    std::vector<double> renderOnly;
    std::vector<double> renderCpu;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto loaded = repo.load(id);
        if (!loaded.ok())
            return fail(ctx, loaded.error());
        const double loadMs = benchMsSince(t);
        const double cpu0 = threadCpuMs();
        auto pdf = billing::InvoicePdf::render(loaded.value());
        samples.push_back(benchMsSince(t));
        renderCpu.push_back(threadCpuMs() - cpu0);
        renderOnly.push_back(samples.back() - loadMs);
        if (!pdf.ok())
            return fail(ctx, pdf.error());
        bytes = pdf.value().size();
    }
    writeBenchEntry(ctx, u"invoice-pdf.json"_s, u"invoice_pdf"_s, u"ms"_s, samples, 50.0,
        QJsonObject{{u"invoice"_s, doc.value().code}, {u"lines"_s, static_cast<int>(doc.value().lines.size())},
            {u"pdf_bytes"_s, bytes}, {u"render_median_ms"_s, qRound64(benchPercentile(renderOnly, 0.5) * 100) / 100.0},
            {u"render_cpu_median_ms"_s, qRound64(benchPercentile(renderCpu, 0.5) * 100) / 100.0}, {u"aim_ms"_s, 15}});
    return 0;
}

} // namespace ops
