#include "core/billing/CustomerDocumentMail.h"

#include <QCoreApplication>

#include "core/billing/CustomerDocuments.h"
#include "core/billing/InvoiceText.h"
#include "core/integrations/MailjetClient.h"
#include "core/net/NetExecutor.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

struct MailParts
{
    QString to;
    QString toName;
    QString customerCode;
    const CompanySettings *company = nullptr;
    QString subject;
    QString body;
    QString customId;
    QString entity;
    qint64 entityId = 0;
};

Result<outbox::OutboxRequest> request(
    const MailParts &p, const QByteArray &pdf, const QString &pdfFileName, const InvoiceMailSender &sender)
{
    if (p.to.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing::CustomerDocumentMail",
                "Customer %1 has no e-mail address: the document cannot be e-mailed.")
                .arg(p.customerCode));
    if (sender.fromEmail.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing::CustomerDocumentMail",
                "E-mail is not set up (Mailjet has no sender address in the integration settings)."));
    if (!pdf.startsWith("%PDF"))
        return Error::make(Error::Kind::Internal,
            QCoreApplication::translate("ops::billing::CustomerDocumentMail", "The PDF to attach is missing."));
    integrations::MailjetConfig config;
    config.fromEmail = sender.fromEmail.trimmed();
    config.fromName = sender.fromName.isEmpty() ? p.company->name : sender.fromName;
    net::NetExecutor unused(1); // the client only builds the request here; the outbox worker sends it
    integrations::MailjetClient client(unused, config);
    integrations::MailjetMessage m;
    m.to = {integrations::MailjetAddress{p.to.trimmed(), p.toName}};
    if (!p.company->email.trimmed().isEmpty())
        m.replyTo = integrations::MailjetAddress{p.company->email.trimmed(), p.company->name};
    m.subject = p.subject;
    m.textPart = p.body;
    m.customId = p.customId;
    m.attachments = {integrations::MailjetAttachment{u"application/pdf"_s, pdfFileName, pdf}};
    auto requests = client.sendRequests({m});
    if (!requests.ok())
        return requests.error();
    outbox::OutboxRequest r = requests.value().first();
    r.operation = u"email.send"_s;
    r.businessEntity = p.entity;
    r.businessId = p.entityId;
    return r;
}

} // namespace

QString receiptMailSubject(const ReceiptDocument &doc)
{
    return (doc.isFrench() ? u"%1 — reçu du paiement %2"_s : u"%1 — receipt for payment %2"_s)
        .arg(doc.company.name, doc.code)
        .simplified();
}

QString receiptMailBody(const ReceiptDocument &doc)
{
    const bool fr = doc.isFrench();
    const QString amount = invoiceMoney(doc.amountCents, fr);
    const QString day = invoiceDate(quebecDate(doc.receivedAt), fr);
    return fr ? u"Bonjour %1,\n\nVeuillez trouver ci-joint le reçu de votre paiement %2 de %3 reçu le %4.\n\n"
                "Merci.\n%5\n"_s.arg(doc.customerName, doc.code, amount, day, doc.company.name)
              : u"Hello %1,\n\nPlease find attached the receipt for your payment %2 of %3 received on %4.\n\n"
                "Thank you.\n%5\n"_s.arg(doc.customerName, doc.code, amount, day, doc.company.name);
}

QString statementMailSubject(const StatementDocument &doc)
{
    return (doc.isFrench() ? u"%1 — état de compte au %2"_s : u"%1 — statement of account to %2"_s)
        .arg(doc.company.name, invoiceDate(doc.to, doc.isFrench()))
        .simplified();
}

QString statementMailBody(const StatementDocument &doc)
{
    const bool fr = doc.isFrench();
    const QString from = invoiceDate(doc.from, fr), to = invoiceDate(doc.to, fr);
    const QString closing = invoiceMoney(doc.closingCents, fr);
    return fr ? u"Bonjour %1,\n\nVeuillez trouver ci-joint votre état de compte du %2 au %3.\nSolde au %3 : %4.\n\n"
                "%5\n"_s.arg(doc.customerName, from, to, closing, doc.company.name)
              : u"Hello %1,\n\nPlease find attached your statement of account from %2 to %3.\nBalance on %3: %4.\n\n"
                "%5\n"_s.arg(doc.customerName, from, to, closing, doc.company.name);
}

Result<outbox::OutboxRequest> receiptMailRequest(
    const ReceiptDocument &doc, const QByteArray &pdf, const QString &pdfFileName, const InvoiceMailSender &sender)
{
    MailParts p;
    p.to = doc.customerEmail;
    p.toName = doc.customerName;
    p.customerCode = doc.customerCode;
    p.company = &doc.company;
    p.subject = receiptMailSubject(doc);
    p.body = receiptMailBody(doc);
    p.customId = u"receipt-%1"_s.arg(doc.code);
    p.entity = u"payment"_s;
    p.entityId = doc.paymentId;
    return request(p, pdf, pdfFileName, sender);
}

Result<outbox::OutboxRequest> statementMailRequest(
    const StatementDocument &doc, const QByteArray &pdf, const QString &pdfFileName, const InvoiceMailSender &sender)
{
    MailParts p;
    p.to = doc.customerEmail;
    p.toName = doc.customerName;
    p.customerCode = doc.customerCode;
    p.company = &doc.company;
    p.subject = statementMailSubject(doc);
    p.body = statementMailBody(doc);
    p.customId = u"statement-%1-%2"_s.arg(doc.customerCode, doc.to.toString(Qt::ISODate));
    p.entity = u"statement"_s;
    p.entityId = doc.customerId;
    return request(p, pdf, pdfFileName, sender);
}

} // namespace ops::billing
