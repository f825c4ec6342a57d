#include "render/billing/InvoiceService.h"

#include <QPointer>

#include "core/billing/InvoiceRepository.h"
#include "core/concurrency/DbExecutor.h"
#include "render/billing/InvoiceMailer.h"
#include "render/billing/InvoicePdf.h"

namespace ops::billing {

InvoiceService::InvoiceService(DbExecutor &db, QObject *parent)
    : InvoiceApi(parent)
    , m_db(db)
{}

QFuture<Result<InvoiceDocument>> InvoiceService::load(qint64 invoiceId)
{
    return m_db.run([invoiceId](db::PgConnection &c) { return InvoiceRepository(c).load(invoiceId); });
}

QFuture<Result<qint64>> InvoiceService::idByCode(const QString &code)
{
    return m_db.run([code](db::PgConnection &c) { return InvoiceRepository(c).idByCode(code); });
}

QFuture<Result<QByteArray>> InvoiceService::pdf(qint64 invoiceId)
{
    return m_db.run([invoiceId](db::PgConnection &c) -> Result<QByteArray> {
        auto doc = InvoiceRepository(c).load(invoiceId);
        if (!doc.ok())
            return doc.error();
        return InvoicePdf::render(doc.value());
    });
}

QFuture<Result<qint64>> InvoiceService::resend(qint64 invoiceId, const InvoiceMailSender &sender)
{
    QPointer<InvoiceService> self(this);
    auto f = m_db.run([invoiceId, sender](db::PgConnection &c) { return queueInvoiceMail(c, invoiceId, sender); });
    return f.then(this, [self, invoiceId](Result<qint64> r) {
        if (r.ok() && self)
            emit self->invoiceChanged(invoiceId);
        return r;
    });
}

QFuture<Result<CreditNoteResult>> InvoiceService::createCreditNote(qint64 invoiceId)
{
    QPointer<InvoiceService> self(this);
    auto f = m_db.run([invoiceId](db::PgConnection &c) { return InvoiceRepository(c).createCreditNote(invoiceId); });
    return f.then(this, [self, invoiceId](Result<CreditNoteResult> r) {
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
    auto f = m_db.run([invoiceId](db::PgConnection &c) { return InvoiceRepository(c).voidDraft(invoiceId); });
    return f.then(this, [self, invoiceId](Status r) {
        if (r.ok() && self)
            emit self->invoiceChanged(invoiceId);
        return r;
    });
}

} // namespace ops::billing
