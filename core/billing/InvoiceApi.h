#pragma once

#include <QByteArray>
#include <QFuture>
#include <QObject>

#include "core/billing/InvoiceDocument.h"
#include "core/billing/InvoiceMail.h"
#include "core/common/Result.h"

namespace ops::billing {

// One invoice as the invoice view sees it: the document (lines, taxes, payments allocated, e-mail delivery state),
// its PDF for the preview, a resend, a credit note, void of a draft. Every call returns at once and runs on the DB
// executor; invoiceChanged(id) after a change (the credit note's id too).
class InvoiceApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~InvoiceApi() override = default;

    virtual QFuture<Result<InvoiceDocument>> load(qint64 invoiceId) = 0;
    virtual QFuture<Result<qint64>> idByCode(const QString &code) = 0; // 0: no such invoice
    virtual QFuture<Result<QByteArray>> pdf(qint64 invoiceId) = 0;
    virtual QFuture<Result<qint64>> resend(qint64 invoiceId, const InvoiceMailSender &sender) = 0; // outbox row id
    virtual QFuture<Result<CreditNoteResult>> createCreditNote(qint64 invoiceId) = 0;
    virtual QFuture<Status> voidDraft(qint64 invoiceId) = 0;

signals:
    void invoiceChanged(qint64 invoiceId);
};

} // namespace ops::billing
