#include "app/opsctl/DocumentCommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/billing/CustomerDocuments.h"
#include "core/billing/ReceivablesRepository.h"
#include "core/billing/StatementRepository.h"
#include "core/db/PgConnection.h"
#include "render/billing/DocumentPdf.h"
#include "render/billing/ReceiptPdf.h"

using namespace Qt::Literals::StringLiterals;

namespace ops {

namespace {

// --lang fr|en (empty: the customer's). False (and the message printed) for anything else.
bool takeLanguage(QStringList &args, CommandContext &ctx, QString &lang, int &rc)
{
    lang = takeOption(args, u"--document-lang"_s).trimmed().toLower();
    if (lang.isEmpty() || lang == u"fr"_s || lang == u"en"_s)
        return true;
    rc = usageError(ctx, QCoreApplication::translate("opsctl", "--lang takes fr or en, not %1.").arg(lang));
    return false;
}

// A bad input (exit 2) for validation and unknown codes; 1 for anything else (the database went away).
int refuse(CommandContext &ctx, const Error &e)
{
    if (e.kind == Error::Kind::Validation || e.kind == Error::Kind::NotFound)
        return usageError(ctx, e.userMessage);
    return fail(ctx, e);
}

// The output file's folder must exist and be writable before anything is loaded: nothing is written otherwise.
bool writable(const QString &path, CommandContext &ctx, int &rc)
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (info.isDir() || !dir.isDir() || !dir.isWritable() || (info.exists() && !info.isWritable())) {
        rc = usageError(ctx, QCoreApplication::translate("opsctl", "The PDF cannot be written to %1.").arg(path));
        return false;
    }
    return true;
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace

int runPaymentReceipt(QStringList args, CommandContext &ctx)
{
    const QString usage =
        QCoreApplication::translate("opsctl", "usage: payments receipt PAY-CODE --out FILE.pdf [--lang fr|en]");
    const QString code = args.isEmpty() ? QString() : args.takeFirst();
    const QString out = takeOption(args, u"--out"_s);
    int rc = 0;
    QString lang;
    if (!takeLanguage(args, ctx, lang, rc))
        return rc;
    if (code.isEmpty() || code.startsWith(u"--"_s) || out.isEmpty() || !args.isEmpty())
        return usageError(ctx, usage);
    if (!writable(out, ctx, rc))
        return rc;
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    billing::ReceiptRepository repo(*c.value());
    auto id = repo.idByCode(code);
    if (!id.ok())
        return fail(ctx, id.error());
    if (id.value() == 0)
        return usageError(ctx, QCoreApplication::translate("opsctl", "No payment has the code %1.").arg(code));
    auto doc = repo.load(id.value());
    if (!doc.ok())
        return refuse(ctx, doc.error());
    billing::ReceiptDocument d = doc.value();
    if (!lang.isEmpty())
        d.language = lang;
    if (Status s = billing::ReceiptPdf::write(d, out); !s.ok())
        return refuse(ctx, s.error());
    if (ctx.json) {
        QJsonArray allocations;
        for (const billing::ReceiptAllocation &a : d.allocations)
            allocations << QJsonObject{{u"invoice"_s, a.invoiceCode}, {u"amount_cents"_s, a.amountCents},
                {u"open_cents"_s, a.invoiceOpenCents}};
        ctx.out << QJsonDocument(
            QJsonObject{{u"payment"_s, d.code}, {u"customer"_s, d.customerCode}, {u"status"_s, d.status},
                {u"language"_s, d.language}, {u"file"_s, out}, {u"amount_cents"_s, d.amountCents},
                {u"refunded_cents"_s, d.refundedCents}, {u"allocated_cents"_s, d.allocatedCents},
                {u"credit_cents"_s, d.creditCents}, {u"balance_cents"_s, d.balanceCents},
                {u"reversed"_s, d.isReversed()}, {u"allocations"_s, allocations}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "Receipt of %1 written to %2").arg(d.code, out) << Qt::endl;
    }
    return 0;
}

int runBillingStatement(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate(
        "opsctl", "usage: billing statement CUST-CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]");
    const QString code = args.isEmpty() ? QString() : args.takeFirst();
    const QString fromText = takeOption(args, u"--from"_s);
    const QString toText = takeOption(args, u"--to"_s);
    const QString out = takeOption(args, u"--out"_s);
    int rc = 0;
    QString lang;
    if (!takeLanguage(args, ctx, lang, rc))
        return rc;
    if (code.isEmpty() || code.startsWith(u"--"_s) || fromText.isEmpty() || toText.isEmpty() || out.isEmpty()
        || !args.isEmpty())
        return usageError(ctx, usage);
    const QDate from = isoDate(fromText), to = isoDate(toText);
    if (!from.isValid() || !to.isValid())
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "%1 is not a date written YYYY-MM-DD.")
                .arg(from.isValid() ? toText : fromText));
    if (from > to)
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "The start (%1) is after the end (%2).").arg(fromText, toText));
    if (!writable(out, ctx, rc))
        return rc;
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    billing::StatementRepository repo(*c.value());
    auto id = repo.customerIdByCode(code);
    if (!id.ok())
        return fail(ctx, id.error());
    if (id.value() == 0)
        return usageError(ctx, QCoreApplication::translate("opsctl", "No customer has the code %1.").arg(code));
    auto doc = repo.load(id.value(), from, to);
    if (!doc.ok())
        return refuse(ctx, doc.error());
    billing::StatementDocument d = doc.value();
    if (!lang.isEmpty())
        d.language = lang;
    int pages = 0;
    auto pdf = billing::StatementPdf::render(d, &pages);
    if (!pdf.ok())
        return fail(ctx, pdf.error());
    if (Status s = billing::writePdfFile(pdf.value(), out); !s.ok())
        return refuse(ctx, s.error());
    if (ctx.json) {
        QJsonArray buckets;
        for (int b = 0; b < billing::kAgingBuckets; ++b)
            buckets << QJsonObject{{u"bucket"_s, billing::agingBucketKey(static_cast<billing::AgingBucket>(b))},
                {u"cents"_s, d.agingCents[static_cast<size_t>(b)]}};
        ctx.out << QJsonDocument(
            QJsonObject{{u"customer"_s, d.customerCode}, {u"from"_s, from.toString(Qt::ISODate)},
                {u"to"_s, to.toString(Qt::ISODate)}, {u"language"_s, d.language}, {u"file"_s, out},
                {u"opening_balance_cents"_s, d.openingCents}, {u"closing_balance_cents"_s, d.closingCents},
                {u"lines"_s, static_cast<int>(d.lines.size())}, {u"pages"_s, pages}, {u"aging"_s, buckets},
                {u"aging_total_cents"_s, d.agingTotalCents}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate(
            "opsctl", "Statement of %1 from %2 to %3 written to %4: opening %5 cents, %6 lines, closing %7 cents")
                       .arg(d.customerCode, fromText, toText, out)
                       .arg(d.openingCents)
                       .arg(d.lines.size())
                       .arg(d.closingCents)
                << Qt::endl;
    }
    return 0;
}

int runStatementBench(QStringList args, CommandContext &ctx)
{
    const int runs = qBound(5, takeOption(args, u"--runs"_s, u"30"_s).toInt(), 1000);
    const int months = qBound(1, takeOption(args, u"--months"_s, u"24"_s).toInt(), 120);
    const QString code = takeOption(args, u"--code"_s);
    if (!args.isEmpty())
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "usage: bench statement [--runs N] [--months M] [--code CUST-CODE]"));
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    billing::StatementRepository repo(*c.value());
    const QDate to = QDate::currentDate();
    const QDate from = to.addMonths(-months).addDays(1);
    auto id = code.isEmpty() ? repo.customerWithMostMovements(from) : repo.customerIdByCode(code);
    if (!id.ok())
        return fail(ctx, id.error());
    if (id.value() == 0)
        return fail(ctx,
            Error::make(Error::Kind::Validation,
                QCoreApplication::translate("opsctl", "No customer to print: seed the demo data first.")));
    auto warm = repo.load(id.value(), from, to);
    if (!warm.ok())
        return fail(ctx, warm.error());
    int pages = 0;
    (void)billing::StatementPdf::render(warm.value(), &pages); // warm-up: fonts and the PDF engine
    std::vector<double> samples;
    std::vector<double> loadOnly;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto doc = repo.load(id.value(), from, to);
        if (!doc.ok())
            return fail(ctx, doc.error());
        loadOnly.push_back(benchMsSince(t));
        auto pdf = billing::StatementPdf::render(doc.value(), &pages);
        if (!pdf.ok())
            return fail(ctx, pdf.error());
        samples.push_back(benchMsSince(t));
    }
    writeBenchEntry(ctx, u"statement-pdf.json"_s, u"statement_pdf"_s, u"ms"_s, samples, 200.0,
        QJsonObject{{u"customer"_s, warm.value().customerCode}, {u"months"_s, months},
            {u"lines"_s, static_cast<int>(warm.value().lines.size())}, {u"pages"_s, pages},
            {u"load_median_ms"_s, qRound64(benchPercentile(loadOnly, 0.5) * 100) / 100.0},
            {u"measured"_s, u"StatementRepository::load (customer, movements, aging) and StatementPdf::render"_s}});
    return 0;
}

void takeDocumentLanguage(QStringList &args)
{
    for (int i = 0; i + 1 < args.size(); ++i) {
        const bool receipt = args.at(i) == u"payments"_s && args.at(i + 1) == u"receipt"_s;
        const bool statement = args.at(i) == u"billing"_s && args.at(i + 1) == u"statement"_s;
        const bool gpsNotice = args.at(i) == u"gps"_s && args.at(i + 1) == u"notice"_s;
        if (!receipt && !statement && !gpsNotice)
            continue;
        for (int k = i + 2; k < args.size(); ++k) {
            if (args.at(k) == u"--lang"_s)
                args[k] = u"--document-lang"_s;
            else if (args.at(k).startsWith(u"--lang="_s))
                args[k] = u"--document-lang="_s + args.at(k).mid(7);
            else
                continue;
            return;
        }
        return;
    }
}

bool documentCommandNeedsGui(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray a(argv[i]), b(argv[i + 1]);
        if ((a == "payments" && b == "receipt") || (a == "billing" && b == "statement")
            || (a == "bench" && b == "statement"))
            return true;
    }
    return false;
}

} // namespace ops
