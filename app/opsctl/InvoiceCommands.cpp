#include "app/opsctl/InvoiceCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "app/opsctl/CommandLine.h"
#include "core/billing/InvoiceDocument.h"
#include "core/billing/InvoiceRepository.h"
#include "core/db/PgConnection.h"
#include "core/integrations/ProviderSettings.h"
#include "render/billing/InvoiceMailer.h"
#include "render/billing/InvoicePdf.h"

using namespace Qt::Literals::StringLiterals;

namespace ops {

namespace {

using billing::InvoiceDocument;
using billing::InvoiceRepository;

// The invoice's id for its code, or the error to print.
Result<qint64> invoiceId(InvoiceRepository &repo, const QString &code)
{
    auto id = repo.idByCode(code);
    if (!id.ok())
        return id.error();
    if (id.value() == 0)
        return Error::make(
            Error::Kind::NotFound, QCoreApplication::translate("opsctl", "No invoice has the code %1.").arg(code));
    return id.value();
}

QJsonObject documentJson(const InvoiceDocument &d)
{
    QJsonArray taxes;
    for (const billing::InvoiceTax &t : d.taxes)
        taxes << QJsonObject{{u"tax"_s, t.tax}, {u"rate_ppm"_s, t.ratePpm}, {u"base_cents"_s, t.baseCents},
            {u"amount_cents"_s, t.amountCents}, {u"registration_number"_s, t.registrationNumber}};
    QJsonObject o{{u"code"_s, d.code}, {u"kind"_s, d.isCreditNote() ? u"credit_note"_s : u"invoice"_s},
        {u"status"_s, d.status}, {u"customer"_s, d.customerCode}, {u"language"_s, d.language},
        {u"period_start"_s, d.periodStart.toString(Qt::ISODate)}, {u"due_date"_s, d.dueDate.toString(Qt::ISODate)},
        {u"subtotal_cents"_s, d.subtotalCents}, {u"gst_cents"_s, d.gstCents}, {u"qst_cents"_s, d.qstCents},
        {u"total_cents"_s, d.totalCents}, {u"paid_cents"_s, d.paidCents},
        {u"lines"_s, static_cast<int>(d.lines.size())}, {u"taxes"_s, taxes}};
    if (!d.correctsCode.isEmpty())
        o.insert(u"corrects"_s, d.correctsCode);
    if (d.delivery)
        o.insert(u"email"_s,
            QJsonObject{{u"outbox_id"_s, d.delivery->outboxId}, {u"status"_s, d.delivery->status},
                {u"last_error"_s, d.delivery->lastError}});
    return o;
}

int invoicePdf(QStringList args, CommandContext &ctx, InvoiceRepository &repo, qint64 id)
{
    const QString out = takeOption(args, u"--out"_s);
    if (out.isEmpty() || !args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: billing invoice pdf INV-CODE --out FILE"));
    auto doc = repo.load(id);
    if (!doc.ok())
        return fail(ctx, doc.error());
    if (Status s = billing::InvoicePdf::write(doc.value(), out); !s.ok())
        return fail(ctx, s.error());
    if (ctx.json)
        ctx.out << QJsonDocument(
            QJsonObject{{u"code"_s, doc.value().code}, {u"file"_s, out}, {u"language"_s, doc.value().language}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        ctx.out << QCoreApplication::translate("opsctl", "%1 written to %2").arg(doc.value().code, out) << Qt::endl;
    return 0;
}

} // namespace

int runInvoiceCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    const QString code = args.isEmpty() ? QString() : args.takeFirst();
    static const QStringList subs{u"pdf"_s, u"credit"_s, u"void"_s, u"show"_s};
    if (!subs.contains(sub) || code.isEmpty() || code.startsWith(u"--"_s))
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "usage: billing invoice pdf INV-CODE --out FILE | credit INV-CODE | void INV-CODE | show INV-CODE"));
    if (sub != u"pdf"_s && !args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "unexpected argument: %1").arg(args.first()));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    InvoiceRepository repo(*c.value());
    auto id = invoiceId(repo, code);
    if (!id.ok())
        return fail(ctx, id.error());
    if (sub == u"pdf"_s)
        return invoicePdf(args, ctx, repo, id.value());
    if (sub == u"credit"_s) {
        auto note = repo.createCreditNote(id.value());
        if (!note.ok())
            return fail(ctx, note.error());
        if (ctx.json)
            ctx.out << QJsonDocument(QJsonObject{{u"code"_s, note.value().code}, {u"corrects"_s, code.toUpper()},
                                         {u"total_cents"_s, note.value().totalCents}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        else
            ctx.out << QCoreApplication::translate("opsctl", "Credit note %1 corrects %2 (%3 cents).")
                           .arg(note.value().code, code.toUpper())
                           .arg(note.value().totalCents)
                    << Qt::endl;
        return 0;
    }
    if (sub == u"void"_s) {
        if (Status s = repo.voidDraft(id.value()); !s.ok())
            return fail(ctx, s.error());
        if (!ctx.json)
            ctx.out << QCoreApplication::translate("opsctl", "%1 is void.").arg(code.toUpper()) << Qt::endl;
        else
            ctx.out << QJsonDocument(QJsonObject{{u"code"_s, code.toUpper()}, {u"status"_s, u"void"_s}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return 0;
    }
    auto doc = repo.load(id.value());
    if (!doc.ok())
        return fail(ctx, doc.error());
    const QJsonObject o = documentJson(doc.value());
    if (ctx.json) {
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        const InvoiceDocument &d = doc.value();
        ctx.out << QCoreApplication::translate("opsctl", "%1  %2  %3  total %4 cents (GST %5, QST %6), paid %7, due %8")
                       .arg(d.code, d.customerCode, d.status)
                       .arg(d.totalCents)
                       .arg(d.gstCents)
                       .arg(d.qstCents)
                       .arg(d.paidCents)
                       .arg(d.dueDate.toString(Qt::ISODate))
                << Qt::endl;
        if (d.delivery)
            ctx.out << QCoreApplication::translate("opsctl", "e-mail: outbox #%1, %2")
                           .arg(d.delivery->outboxId)
                           .arg(d.delivery->status)
                    << Qt::endl;
        else
            ctx.out << QCoreApplication::translate("opsctl", "e-mail: not sent") << Qt::endl;
    }
    return 0;
}

int runBillingSend(QStringList args, CommandContext &ctx)
{
    const QString period = takeOption(args, u"--period"_s);
    if (period.isEmpty() || !args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: billing send --period YYYY-MM"));
    static const QRegularExpression shape(u"^(\\d{4})-(\\d{2})$"_s);
    const auto m = shape.match(period);
    const QDate start = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!start.isValid())
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "The period %1 is not a month written YYYY-MM (for example 2026-11).")
                .arg(period));
    integrations::IntegrationSettings settings;
    settings.applyEnvironment();
    billing::InvoiceMailSender sender;
    sender.fromEmail = settings.provider(u"mailjet"_s).sender;
    if (sender.fromEmail.trimmed().isEmpty())
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "E-mail is not set up: set TARGO_MAILJET_FROM_EMAIL (Mailjet's sender address) before sending "
                "invoices."));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    int lastShown = 0;
    auto report = billing::queuePeriodInvoiceMails(*c.value(), start, sender, [&](int done, int total) {
        if (!ctx.json && (done - lastShown >= 500 || done == total)) {
            lastShown = done;
            ctx.err << QCoreApplication::translate("opsctl", "%1 / %2 invoices").arg(done).arg(total) << Qt::endl;
        }
    });
    if (!report.ok())
        return fail(ctx, report.error());
    const billing::InvoiceSendReport &r = report.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{u"period"_s, period}, {u"invoices"_s, r.invoices}, {u"queued"_s, r.queued},
                {u"without_email"_s, r.withoutEmail}, {u"already_queued"_s, r.alreadyQueued},
                {u"failures"_s, QJsonArray::fromStringList(r.failures)}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate(
            "opsctl", "%1: %2 invoices, %3 e-mails queued, %4 customers without an e-mail address, %5 already queued")
                       .arg(period)
                       .arg(r.invoices)
                       .arg(r.queued)
                       .arg(r.withoutEmail)
                       .arg(r.alreadyQueued)
                << Qt::endl;
        for (const QString &f : r.failures)
            ctx.err << f << Qt::endl;
    }
    return r.failures.isEmpty() ? 0 : 1;
}

bool invoiceCommandNeedsGui(int argc, char *argv[])
{
    bool billing = false;
    bool bench = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "billing")
            billing = true;
        else if (a == "bench")
            bench = true;
        else if (billing && (a == "invoice" || a == "send"))
            return true;
        else if (bench && a == "invoice-pdf")
            return true;
    }
    return false;
}

} // namespace ops
