#include "render/billing/InvoiceService.h"

#include <QPointer>

#include "core/billing/BillingUiService.h"
#include "render/billing/InvoiceMailer.h"
#include "render/billing/InvoicePdf.h"

namespace ops::billing {

InvoiceService::InvoiceService(DbExecutor &db, QObject *parent)
    : InvoiceApi(parent)
    , m_billing(new BillingUiService(db, this))
{
    // Only the renderers: resend takes its sender per call (resendWith), so send and resend stay unset here.
    InvoiceOutput out;
    out.renderPdf = [](const InvoiceDocument &doc) {
        return InvoicePdf::render(doc);
    };
    out.renderPreview = [](const InvoiceDocument &doc) {
        return InvoicePdf::preview(doc);
    };
    m_billing->setOutput(std::move(out));
}

InvoiceService::~InvoiceService() = default;

QFuture<Result<InvoiceDocument>> InvoiceService::load(qint64 invoiceId)
{
    return m_billing->loadInvoice(invoiceId);
}

QFuture<Result<qint64>> InvoiceService::idByCode(const QString &code)
{
    return m_billing->invoiceIdByCode(code);
}

QFuture<Result<QByteArray>> InvoiceService::pdf(qint64 invoiceId)
{
    return m_billing->invoicePdf(invoiceId);
}

QFuture<Result<qint64>> InvoiceService::resend(qint64 invoiceId, const InvoiceMailSender &sender)
{
    QPointer<InvoiceService> self(this);
    auto f = m_billing->resendWith(
        invoiceId, [sender](db::PgConnection &c, qint64 id) { return queueInvoiceMail(c, id, sender); });
    return f.then(this, [self, invoiceId](Result<qint64> r) {
        if (r.ok() && self)
            emit self->invoiceChanged(invoiceId);
        return r;
    });
}

QFuture<Result<CreditNoteResult>> InvoiceService::createCreditNote(qint64 invoiceId)
{
    QPointer<InvoiceService> self(this);
    return m_billing->creditNoteDocument(invoiceId).then(this, [self, invoiceId](Result<CreditNoteResult> r) {
        if (r.ok() && self) {
            emit self->invoiceChanged(invoiceId);
            emit self->invoiceChanged(r.value().id);
        }
        return r;
    });
}

QFuture<Status> InvoiceService::voidDraft(qint64 invoiceId)
{
    QPointer<InvoiceService> self(this);
    return m_billing->voidDraft(invoiceId).then(this, [self, invoiceId](Status r) {
        if (r.ok() && self)
            emit self->invoiceChanged(invoiceId);
        return r;
    });
}

} // namespace ops::billing
