#pragma once

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QString>

#include "core/billing/InvoicePreview.h"
#include "core/common/Result.h"

namespace ops::billing {

// What the screens ask for a payment's receipt and a customer's statement (issue 13 items 1 and 4): the PDF with its
// pages as images (InvoicePreviewDialog shows them), and its e-mail to the customer through the outbox. language:
// "fr", "en", or empty for the customer's. Every call runs off the GUI thread. The implementation renders PDFs, so it
// lives in render/billing (CustomerDocumentService); tests use a fake.
class CustomerDocumentsApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QFuture<Result<InvoicePreview>> receiptPreview(qint64 paymentId, const QString &language = {}) = 0;
    virtual QFuture<Result<InvoicePreview>> statementPreview(
        qint64 customerId, const QDate &from, const QDate &to, const QString &language = {}) = 0;
    // False when e-mail is not set up (no Mailjet sender): the screens disable "E-mail".
    virtual bool canMail() const = 0;
    // The outbox row's id.
    virtual QFuture<Result<qint64>> mailReceipt(qint64 paymentId, const QString &language = {}) = 0;
    virtual QFuture<Result<qint64>> mailStatement(
        qint64 customerId, const QDate &from, const QDate &to, const QString &language = {}) = 0;
};

} // namespace ops::billing
