#include "app/opsctl/InvoiceBench.h"

#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/billing/InvoiceDocument.h"
#include "core/billing/InvoicePdf.h"
#include "core/billing/InvoiceRepository.h"
#include "core/db/PgConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace ops {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opsctl", text);
}

} // namespace

int runInvoicePdfBench(QStringList args, CommandContext &ctx)
{
    const int runs = takeOption(args, u"--runs"_s, u"30"_s).toInt();
    QString code = takeOption(args, u"--code"_s);
    if (runs < 1 || !args.isEmpty())
        return usageError(ctx, tr("usage: bench invoice-pdf [--runs N] [--code INV-CODE]"));
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    billing::InvoiceRepository repo(*c.value());
    qint64 id = 0;
    if (code.isEmpty()) {
        // The demo invoice with the most lines (a typical bundle), else none.
        auto r = c.value()->exec("SELECT i.id, i.code FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id"
                                 " GROUP BY i.id ORDER BY count(*) DESC, i.id LIMIT 1");
        if (!r.ok())
            return fail(ctx, r.error());
        if (r.value().rows() != 1)
            return fail(ctx, Error::make(Error::Kind::NotFound, tr("There is no invoice: run `demo seed` first.")));
        id = r.value().int64(0, 0);
        code = r.value().text(0, 1);
    } else {
        auto found = repo.idByCode(code);
        if (!found.ok())
            return fail(ctx, found.error());
        if (found.value() == 0)
            return fail(ctx, Error::make(Error::Kind::NotFound, tr("No invoice has the code %1.").arg(code)));
        id = found.value();
    }
    auto doc = repo.load(id);
    if (!doc.ok())
        return fail(ctx, doc.error());
    (void)billing::InvoicePdf::render(doc.value()); // warm-up: fonts and the PDF engine
    std::vector<double> samples;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto pdf = billing::InvoicePdf::render(doc.value());
        samples.push_back(benchMsSince(t));
        if (!pdf.ok())
            return fail(ctx, pdf.error());
        bytes = pdf.value().size();
    }
    writeBenchEntry(ctx, u"invoice-pdf.json"_s, u"invoice_pdf"_s, u"ms"_s, samples, 50.0,
        QJsonObject{{u"invoice"_s, code}, {u"lines"_s, static_cast<int>(doc.value().lines.size())},
            {u"pdf_bytes"_s, bytes}, {u"aim_ms"_s, 15}});
    return 0;
}

} // namespace ops
