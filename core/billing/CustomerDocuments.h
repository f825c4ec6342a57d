#pragma once

// A payment's receipt and a customer's statement for a date range (issue 13 items 1 and 4): the document models,
// separate from their rendering (render/billing/ReceiptPdf, StatementPdf). Read by ReceiptRepository and
// StatementRepository (core/billing); printed in the customer's language (French unless "en"), whatever the screen's.

#include <array>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/billing/InvoiceDocument.h"

namespace ops::billing {

// One invoice a payment paid (its allocation).
struct ReceiptAllocation
{
    qint64 invoiceId = 0;
    QString invoiceCode;
    QDate issueDate;
    QDate dueDate;
    qint64 invoiceTotalCents = 0;
    qint64 amountCents = 0; // of this payment, to this invoice
    qint64 invoiceOpenCents = 0; // what the invoice still has open now (total − paid − credit notes)
};

// A succeeded refund of the payment (payment_refunds).
struct ReceiptRefund
{
    QDateTime at; // UTC (when it was requested)
    qint64 amountCents = 0;
    QString reason;
};

// Everything a payment's receipt prints.
struct ReceiptDocument
{
    qint64 paymentId = 0;
    QString code; // PAY-00042
    QString status; // succeeded, reversed, refunded, pending, failed
    QDateTime receivedAt; // UTC
    QString method; // cash, cheque, etransfer, card, pad
    QString reference;
    qint64 amountCents = 0;
    qint64 refundedCents = 0;
    QDateTime reversedAt; // UTC, when reversed
    QString reversalReason;
    QList<ReceiptAllocation> allocations; // a reversed payment has none left (they were deleted by the reversal)
    QList<ReceiptRefund> refunds;
    qint64 allocatedCents = 0;
    qint64 creditCents = 0; // what of this payment stays as the customer's credit (0 unless succeeded)
    qint64 balanceCents = 0; // the customer's balance now (after this payment and everything since)
    QDate printedOn; // Quebec date the receipt was made

    QString language = QStringLiteral("fr"); // the customer's
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString customerEmail;
    PostalAddress billingAddress;
    CompanySettings company;

    bool isFrench() const { return language != QLatin1String("en"); }
    bool isReversed() const { return status == QLatin1String("reversed"); }
    bool isRefunded() const { return refundedCents > 0 || status == QLatin1String("refunded"); }
    bool counts() const { return status == QLatin1String("succeeded") || status == QLatin1String("refunded"); }
};

enum class StatementLineKind
{
    Invoice,
    CreditNote,
    Payment,
    Reversal,
    Refund,
};

// One movement of the customer's account. amountCents is its effect on the balance: an invoice is positive, a
// credit note, a payment and its refund's opposite negative, a reversal and a refund positive.
struct StatementLine
{
    QDate date; // Quebec date
    StatementLineKind kind = StatementLineKind::Invoice;
    QString reference; // invoice, credit note or payment code
    QString detail; // the corrected invoice, the payment's method and reference, the reversal or refund reason
    QString method; // payments: cash, cheque, ...
    qint64 amountCents = 0;
    qint64 balanceCents = 0; // running balance after this line
};

// A customer's statement from `from` to `to` (both inclusive, Quebec dates): the balance at the start (every
// movement before `from`), each movement in the range by date with the running balance, the balance at the end
// (= the balance identity as of `to`), and the aging of what is open at `to` (the receivables definitions).
struct StatementDocument
{
    QDate from;
    QDate to;
    QDate printedOn;
    qint64 openingCents = 0;
    qint64 closingCents = 0;
    QList<StatementLine> lines;
    std::array<qint64, 5> agingCents{}; // current, 1–30, 31–60, 61–90, over 90 (AgingBucket order)
    qint64 agingTotalCents = 0;
    int openInvoices = 0;

    QString language = QStringLiteral("fr");
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString customerEmail;
    PostalAddress billingAddress;
    CompanySettings company;

    bool isFrench() const { return language != QLatin1String("en"); }
    qint64 linesTotalCents() const;
};

// What the customer reads on a receipt or a statement, in their language (not the screen's): both texts live in
// CustomerDocuments.cpp, as the invoice's do in InvoiceText.cpp.
enum class DocLabel
{
    Receipt,
    Statement,
    PaymentNo,
    ReceivedOn,
    Method,
    Reference,
    AmountReceived,
    Customer,
    CustomerNumber,
    InvoicesPaid,
    Invoice,
    InvoiceDate,
    DueDate,
    InvoiceTotal,
    Applied,
    StillOpen,
    Credit,
    BalanceAfter,
    Reversed, // "Reversed on %1: %2"
    Refunded, // "Refunded on %1: %2 (%3)"
    RefundedTotal,
    NotCounted, // a pending or failed payment
    Period, // "From %1 to %2"
    OpeningBalance,
    ClosingBalance,
    Date,
    Description,
    Amount,
    Balance,
    NoActivity,
    Aging,
    Current,
    Days1To30,
    Days31To60,
    Days61To90,
    Over90,
    TotalOpen,
    CreditBalance,
    PrintedOn,
    Page, // "Page %1 of %2"
    KindInvoice,
    KindCreditNote, // "Credit note (corrects %1)"
    KindPayment,
    KindReversal,
    KindRefund,
    ThankYou,
};

QString docLabel(DocLabel label, bool french);
QDate quebecDate(const QDateTime &at); // the day in Montréal (payments are dated by the Quebec day)
QString paymentMethodText(const QString &method, bool french); // "Chèque" / "Cheque", ...
QString statementLineText(const StatementLine &line, bool french); // "Paiement PAY-00042 — chèque 1234"

} // namespace ops::billing

Q_DECLARE_METATYPE(ops::billing::ReceiptDocument)
Q_DECLARE_METATYPE(ops::billing::StatementDocument)
