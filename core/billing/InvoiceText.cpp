#include "core/billing/InvoiceText.h"

#include <QDate>

#include "core/common/Money.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

QString invoiceLabel(InvoiceLabel label, bool french)
{
    auto pick = [french](const QString &fr, const QString &en) {
        return french ? fr : en;
    };
    switch (label) {
    case InvoiceLabel::Invoice:
        return pick(u"Facture"_s, u"Invoice"_s);
    case InvoiceLabel::CreditNote:
        return pick(u"Note de crédit"_s, u"Credit note"_s);
    case InvoiceLabel::Number:
        return pick(u"Numéro"_s, u"Number"_s);
    case InvoiceLabel::IssueDate:
        return pick(u"Date"_s, u"Date"_s);
    case InvoiceLabel::DueDate:
        return pick(u"Échéance"_s, u"Due date"_s);
    case InvoiceLabel::Period:
        return pick(u"Période"_s, u"Period"_s);
    case InvoiceLabel::CustomerNumber:
        return pick(u"No de client"_s, u"Customer no."_s);
    case InvoiceLabel::BillTo:
        return pick(u"Facturé à"_s, u"Bill to"_s);
    case InvoiceLabel::ServiceAddress:
        return pick(u"Adresse de service"_s, u"Service address"_s);
    case InvoiceLabel::Corrects:
        return pick(u"Corrige la facture %1"_s, u"Corrects invoice %1"_s);
    case InvoiceLabel::Description:
        return pick(u"Description"_s, u"Description"_s);
    case InvoiceLabel::Quantity:
        return pick(u"Qté"_s, u"Qty"_s);
    case InvoiceLabel::UnitPrice:
        return pick(u"Prix unitaire"_s, u"Unit price"_s);
    case InvoiceLabel::Amount:
        return pick(u"Montant"_s, u"Amount"_s);
    case InvoiceLabel::Subtotal:
        return pick(u"Sous-total"_s, u"Subtotal"_s);
    case InvoiceLabel::Gst:
        return pick(u"TPS"_s, u"GST"_s);
    case InvoiceLabel::Qst:
        return pick(u"TVQ"_s, u"QST"_s);
    case InvoiceLabel::RegistrationNo:
        return pick(u"no %1"_s, u"no. %1"_s);
    case InvoiceLabel::Total:
        return pick(u"Total"_s, u"Total"_s);
    case InvoiceLabel::Paid:
        return pick(u"Paiements reçus"_s, u"Payments received"_s);
    case InvoiceLabel::BalanceDue:
        return pick(u"Solde à payer"_s, u"Balance due"_s);
    case InvoiceLabel::CreditTotal:
        return pick(u"Total du crédit"_s, u"Total credit"_s);
    case InvoiceLabel::PaymentInstructions:
        return pick(u"Modalités de paiement"_s, u"How to pay"_s);
    case InvoiceLabel::Phone:
        return pick(u"Tél."_s, u"Phone"_s);
    case InvoiceLabel::Email:
        return pick(u"Courriel"_s, u"E-mail"_s);
    case InvoiceLabel::Payments:
        return pick(u"Paiements appliqués"_s, u"Payments applied"_s);
    }
    return {};
}

QLocale invoiceLocale(bool french)
{
    return french ? QLocale(QLocale::French, QLocale::Canada) : QLocale(QLocale::English, QLocale::Canada);
}

QString invoiceMoney(qint64 cents, bool french)
{
    return Money::fromCents(cents).format(invoiceLocale(french));
}

QString invoiceDate(const QDate &date, bool french)
{
    if (!date.isValid())
        return {};
    return invoiceLocale(french).toString(date, french ? u"d MMMM yyyy"_s : u"MMMM d, yyyy"_s);
}

QString invoicePeriod(const QDate &from, const QDate &to, bool french)
{
    if (!from.isValid() || !to.isValid())
        return {};
    return french ? u"du %1 au %2"_s.arg(invoiceDate(from, true), invoiceDate(to, true))
                  : u"%1 to %2"_s.arg(invoiceDate(from, false), invoiceDate(to, false));
}

QString invoiceRate(int ratePpm, bool french)
{
    // Parts per million of the base, as a percentage with at most 4 decimals and no trailing zero.
    const int whole = ratePpm / 10000;
    QString frac = u"%1"_s.arg(ratePpm % 10000, 4, 10, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString number = QString::number(whole);
    if (!frac.isEmpty())
        number += (french ? u","_s : u"."_s) + frac;
    return french ? number + u"\u00a0%"_s : number + u"%"_s;
}

} // namespace ops::billing
