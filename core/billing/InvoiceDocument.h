#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ops::billing {

// The company block printed on every invoice, with the tax registration numbers and the customer-facing texts
// (billing_settings, id = 1). Texts exist in French and English; the customer's language picks one.
struct CompanySettings
{
    QString name;
    QStringList addressLines;
    QString phone;
    QString email;
    QString gstNumber; // e.g. "123456789 RT0001"
    QString qstNumber; // e.g. "1234567890 TQ0001"
    int dueDays = 30;
    QString paymentInstructionsFr;
    QString paymentInstructionsEn;
    QString emailSubjectFr; // placeholders: {code} {period} {total} {due_date} {customer} {company}
    QString emailSubjectEn;
    QString emailBodyFr;
    QString emailBodyEn;
};

struct InvoiceLine
{
    int lineNo = 0;
    QString description;
    int quantity = 1;
    qint64 unitPriceCents = 0;
    qint64 amountCents = 0;
    bool taxable = true;
};

// One tax row (never a combined rate): "GST" or "QST", its rate in parts per million of the pre-tax base.
struct InvoiceTax
{
    QString tax;
    int ratePpm = 0;
    qint64 baseCents = 0;
    qint64 amountCents = 0;
    QString registrationNumber;
};

struct InvoicePaymentAllocation
{
    QString paymentCode;
    QDateTime receivedAt; // UTC
    QString method; // card, pad, cheque, cash, etransfer
    qint64 amountCents = 0; // allocated to this invoice
};

struct PostalAddress
{
    QStringList lines; // street (civic number, street, unit), then "City (QC)  J7Z 5L3"
    bool isEmpty() const { return lines.isEmpty(); }
};

// The latest e-mail of this invoice in the outbox (business_entity 'invoice'): what the invoice view shows.
struct InvoiceDelivery
{
    qint64 outboxId = 0;
    QString status; // outbox status: pending, sending, sent, failed, ambiguous, cancelled
    QDateTime createdAt;
    QDateTime sentAt;
    QString lastError;
};

enum class InvoiceKind
{
    Invoice,
    CreditNote,
};

// Everything needed to print or e-mail one invoice (or credit note): the invoice row, its lines and taxes, the
// customer, the billing and service addresses, payments allocated, the company settings and the e-mail state.
struct InvoiceDocument
{
    qint64 id = 0;
    QString code;
    InvoiceKind kind = InvoiceKind::Invoice;
    QString correctsCode; // credit note: the invoice it corrects
    QString status; // draft, issued, partially_paid, paid, void
    int version = 0;
    QString language = QStringLiteral("fr"); // the customer's language when the invoice was made (fr | en)
    QDate periodStart;
    QDate periodEnd;
    QDate issueDate;
    QDate dueDate;

    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString customerEmail; // empty: no e-mail, the invoice is not mailed
    PostalAddress billingAddress;
    PostalAddress serviceAddress;

    QList<InvoiceLine> lines;
    QList<InvoiceTax> taxes; // GST then QST
    qint64 subtotalCents = 0;
    qint64 gstCents = 0;
    qint64 qstCents = 0;
    qint64 totalCents = 0;
    qint64 paidCents = 0;
    QList<InvoicePaymentAllocation> payments;

    CompanySettings company;
    std::optional<InvoiceDelivery> delivery;

    bool isFrench() const { return language != QLatin1String("en"); }
    bool isCreditNote() const { return kind == InvoiceKind::CreditNote; }
    qint64 balanceDueCents() const { return totalCents - paidCents; }
    const InvoiceTax *tax(const QString &name) const;
};

// Which invoices of a period `billing send` e-mails: not void, the customer has an e-mail address, and no e-mail of
// the invoice is already in the outbox (except cancelled ones): a second send of the period queues nothing new.
struct MailCandidates
{
    QList<qint64> invoiceIds; // by code
    int invoices = 0; // every invoice and credit note of the period, void ones excepted
    int withoutEmail = 0;
    int alreadyQueued = 0;
};

// The credit note made by createCreditNote.
struct CreditNoteResult
{
    qint64 id = 0;
    QString code;
    qint64 totalCents = 0; // negative
};

// Invoice status rules: draft → issued → partially_paid / paid, or void (from draft only).
bool invoiceStatusMoveAllowed(const QString &from, const QString &to);

} // namespace ops::billing

Q_DECLARE_METATYPE(ops::billing::InvoiceDocument)
