#pragma once

#include <QByteArray>
#include <QString>

#include "core/common/Result.h"
#include "core/outbox/OutboxTypes.h"

namespace ops::billing {

struct InvoiceDocument;

// Who the invoice e-mail comes from: Mailjet's verified sender (integration settings); the company's own address in
// billing_settings becomes the Reply-To.
struct InvoiceMailSender
{
    QString fromEmail;
    QString fromName; // empty: the company name
};

// The subject and body of an invoice e-mail in the invoice's language, from billing_settings' FR/EN templates (or the
// built-in ones when a template is empty). Placeholders: {code} {customer} {period} {total} {due_date} (or {due})
// {company}.
QString invoiceMailSubject(const InvoiceDocument &doc);
QString invoiceMailBody(const InvoiceDocument &doc);
QString fillInvoiceTemplate(const QString &text, const InvoiceDocument &doc);

// The outbox request (Mailjet Send API v3.1, one message) that sends doc with its PDF attached to the customer's
// e-mail address, linked to the invoice (business_entity 'invoice', business_id = doc.id) so the invoice view can
// show its delivery state. Validation error when the customer has no e-mail address or no sender is set up.
Result<outbox::OutboxRequest> invoiceMailRequest(
    const InvoiceDocument &doc, const QByteArray &pdf, const QString &pdfFileName, const InvoiceMailSender &sender);

} // namespace ops::billing
