#include "app/opsctl/InvoiceBench.h"

#include <ctime>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/billing/InvoiceDocument.h"
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

} // namespace

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
