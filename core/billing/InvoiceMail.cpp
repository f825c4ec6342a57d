#include "core/billing/InvoiceMail.h"

#include <QCoreApplication>

#include "core/billing/InvoiceDocument.h"
#include "core/billing/InvoiceText.h"
#include "core/integrations/MailjetClient.h"
#include "core/net/NetExecutor.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

// Customer-facing text in the customer's language (not the screen's): both versions live here.
const QString kSubjectFr = u"{company} — facture {code}"_s;
const QString kSubjectEn = u"{company} — invoice {code}"_s;
const QString kCreditSubjectFr = u"{company} — note de crédit {code}"_s;
const QString kCreditSubjectEn = u"{company} — credit note {code}"_s;
const QString kBodyFr = u"Bonjour {customer},\n\nVeuillez trouver ci-joint votre facture {code} pour la période "
                        "{period}.\nMontant total : {total}, payable au plus tard le {due}.\n\nMerci de votre "
                        "confiance.\n{company}\n"_s;
const QString kBodyEn = u"Hello {customer},\n\nPlease find attached your invoice {code} for the period {period}.\n"
                        "Total amount: {total}, due by {due}.\n\nThank you for your business.\n{company}\n"_s;
const QString kCreditBodyFr = u"Bonjour {customer},\n\nVeuillez trouver ci-joint la note de crédit {code} de "
                              "{total}.\n\n{company}\n"_s;
const QString kCreditBodyEn = u"Hello {customer},\n\nPlease find attached credit note {code} for {total}.\n\n"
                              "{company}\n"_s;

} // namespace

QString fillInvoiceTemplate(const QString &text, const InvoiceDocument &doc)
{
    const bool fr = doc.isFrench();
    QString out = text;
    out.replace(u"{code}"_s, doc.code)
        .replace(u"{customer}"_s, doc.customerName)
        .replace(u"{period}"_s, invoicePeriod(doc.periodStart, doc.periodEnd, fr))
        .replace(u"{total}"_s, invoiceMoney(doc.totalCents, fr))
        .replace(u"{due_date}"_s, invoiceDate(doc.dueDate, fr))
        .replace(u"{due}"_s, invoiceDate(doc.dueDate, fr))
        .replace(u"{company}"_s, doc.company.name);
    return out;
}

QString invoiceMailSubject(const InvoiceDocument &doc)
{
    const bool fr = doc.isFrench();
    QString t = doc.isCreditNote() ? QString() : (fr ? doc.company.emailSubjectFr : doc.company.emailSubjectEn);
    if (t.trimmed().isEmpty())
        t = doc.isCreditNote() ? (fr ? kCreditSubjectFr : kCreditSubjectEn) : (fr ? kSubjectFr : kSubjectEn);
    return fillInvoiceTemplate(t, doc).simplified();
}

QString invoiceMailBody(const InvoiceDocument &doc)
{
    const bool fr = doc.isFrench();
    QString t = doc.isCreditNote() ? QString() : (fr ? doc.company.emailBodyFr : doc.company.emailBodyEn);
    if (t.trimmed().isEmpty())
        t = doc.isCreditNote() ? (fr ? kCreditBodyFr : kCreditBodyEn) : (fr ? kBodyFr : kBodyEn);
    return fillInvoiceTemplate(t, doc);
}

Result<outbox::OutboxRequest> invoiceMailRequest(
    const InvoiceDocument &doc, const QByteArray &pdf, const QString &pdfFileName, const InvoiceMailSender &sender)
{
    if (doc.customerEmail.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::billing::InvoiceMail", "Customer %1 has no e-mail address: invoice %2 is not e-mailed.")
                .arg(doc.customerCode, doc.code));
    if (sender.fromEmail.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing::InvoiceMail",
                "E-mail is not set up (Mailjet has no sender address in the integration settings)."));
    if (!pdf.startsWith("%PDF"))
        return Error::make(Error::Kind::Internal,
            QCoreApplication::translate("ops::billing::InvoiceMail", "The PDF of invoice %1 is missing.")
                .arg(doc.code));
    integrations::MailjetConfig config;
    config.fromEmail = sender.fromEmail.trimmed();
    config.fromName = sender.fromName.isEmpty() ? doc.company.name : sender.fromName;
    net::NetExecutor unused(1); // the client only builds the request here; the outbox worker sends it
    integrations::MailjetClient client(unused, config);
    integrations::MailjetMessage m;
    m.to = {integrations::MailjetAddress{doc.customerEmail.trimmed(), doc.customerName}};
    if (!doc.company.email.trimmed().isEmpty())
        m.replyTo = integrations::MailjetAddress{doc.company.email.trimmed(), doc.company.name};
    m.subject = invoiceMailSubject(doc);
    m.textPart = invoiceMailBody(doc);
    m.customId = u"invoice-%1"_s.arg(doc.code);
    m.attachments = {integrations::MailjetAttachment{u"application/pdf"_s, pdfFileName, pdf}};
    auto requests = client.sendRequests({m});
    if (!requests.ok())
        return requests.error();
    outbox::OutboxRequest r = requests.value().first();
    r.operation = u"email.send"_s;
    r.businessEntity = u"invoice"_s;
    r.businessId = doc.id;
    return r;
}

} // namespace ops::billing
