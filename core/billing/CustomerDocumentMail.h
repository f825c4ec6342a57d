#pragma once

#include <QByteArray>
#include <QString>

#include "core/billing/InvoiceMail.h"
#include "core/common/Result.h"
#include "core/outbox/OutboxTypes.h"

namespace ops::billing {

struct ReceiptDocument;
struct StatementDocument;

// The e-mails of a receipt and of a statement (the PDF attached), in the customer's language, from Mailjet's sender
// with the company's address as Reply-To, like an invoice's (InvoiceMail.h). Linked to the payment
// (business_entity 'payment') or the customer (business_entity 'statement', business_id = the customer's id).
// Validation error when the customer has no e-mail address or no sender is set up.
QString receiptMailSubject(const ReceiptDocument &doc);
QString receiptMailBody(const ReceiptDocument &doc);
QString statementMailSubject(const StatementDocument &doc);
QString statementMailBody(const StatementDocument &doc);
Result<outbox::OutboxRequest> receiptMailRequest(
    const ReceiptDocument &doc, const QByteArray &pdf, const QString &pdfFileName, const InvoiceMailSender &sender);
Result<outbox::OutboxRequest> statementMailRequest(
    const StatementDocument &doc, const QByteArray &pdf, const QString &pdfFileName, const InvoiceMailSender &sender);

} // namespace ops::billing
