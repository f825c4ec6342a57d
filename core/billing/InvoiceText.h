#pragma once

#include <QLocale>
#include <QString>

namespace ops::billing {

struct InvoiceDocument;

// What the customer reads (PDF and e-mail) is written in the customer's language, not the screen's: both texts live in
// InvoiceText.cpp, as the staff invitation's do, so an English clerk's screen still sends a French invoice.
enum class InvoiceLabel
{
    Invoice,
    CreditNote,
    Number,
    IssueDate,
    DueDate,
    Period,
    CustomerNumber,
    BillTo,
    ServiceAddress,
    Corrects,
    Description,
    Quantity,
    UnitPrice,
    Amount,
    Subtotal,
    Gst,
    Qst,
    RegistrationNo,
    Total,
    Paid,
    BalanceDue,
    CreditTotal,
    PaymentInstructions,
    Phone,
    Email,
    Payments,
};

QString invoiceLabel(InvoiceLabel label, bool french);
QLocale invoiceLocale(bool french); // fr_CA or en_CA
QString invoiceMoney(qint64 cents, bool french); // "1 234,56 $" / "$1,234.56"
QString invoiceDate(const QDate &date, bool french); // "1 décembre 2026" / "December 1, 2026"
QString invoicePeriod(const QDate &from, const QDate &to, bool french); // "du 1 au 31 décembre 2026" / ...
QString invoiceRate(int ratePpm, bool french); // 49750 -> "4,975 %" / "4.975%"

} // namespace ops::billing
