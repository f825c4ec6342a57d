#include "render/billing/InvoiceMailer.h"

#include "core/billing/InvoiceDocument.h"
#include "core/billing/InvoiceRepository.h"
#include "core/db/PgConnection.h"
#include "render/billing/InvoicePdf.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

Result<qint64> queueOne(
    InvoiceRepository &repo, qint64 invoiceId, const CompanySettings &company, const InvoiceMailSender &sender)
{
    auto doc = repo.load(invoiceId, company);
    if (!doc.ok())
        return doc.error();
    auto pdf = InvoicePdf::render(doc.value());
    if (!pdf.ok())
        return pdf.error();
    auto request = invoiceMailRequest(doc.value(), pdf.value(), InvoicePdf::fileName(doc.value()), sender);
    if (!request.ok())
        return request.error();
    return repo.queueMail(invoiceId, request.value());
}

} // namespace

Result<InvoiceSendReport> queuePeriodInvoiceMails(db::PgConnection &c, const QDate &periodStart,
    const InvoiceMailSender &sender, const std::function<void(int, int)> &progress)
{
    InvoiceRepository repo(c);
    auto company = repo.companySettings();
    if (!company.ok())
        return company.error();
    auto candidates = repo.mailCandidates(periodStart);
    if (!candidates.ok())
        return candidates.error();
    InvoiceSendReport report;
    report.invoices = candidates.value().invoices;
    report.withoutEmail = candidates.value().withoutEmail;
    report.alreadyQueued = candidates.value().alreadyQueued;
    const QList<qint64> &ids = candidates.value().invoiceIds;
    for (int i = 0; i < ids.size(); ++i) {
        auto queued = queueOne(repo, ids.at(i), company.value(), sender);
        if (queued.ok()) {
            ++report.queued;
        } else if (queued.error().kind == Error::Kind::Validation || queued.error().kind == Error::Kind::Conflict
            || queued.error().kind == Error::Kind::NotFound) {
            report.failures << u"#%1: %2"_s.arg(ids.at(i)).arg(queued.error().userMessage);
        } else {
            return queued.error(); // the database went away: stop; what was queued stays queued
        }
        if (progress)
            progress(i + 1, static_cast<int>(ids.size()));
    }
    return report;
}

Result<qint64> queueInvoiceMail(db::PgConnection &c, qint64 invoiceId, const InvoiceMailSender &sender)
{
    InvoiceRepository repo(c);
    auto company = repo.companySettings();
    if (!company.ok())
        return company.error();
    return queueOne(repo, invoiceId, company.value(), sender);
}

} // namespace ops::billing
