#include "core/billing/CustomerDocuments.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

qint64 StatementDocument::linesTotalCents() const
{
    qint64 sum = 0;
    for (const StatementLine &l : lines)
        sum += l.amountCents;
    return sum;
}

QString docLabel(DocLabel label, bool french)
{
    auto pick = [french](const QString &fr, const QString &en) {
        return french ? fr : en;
    };
    switch (label) {
    case DocLabel::Receipt:
        return pick(u"Reçu de paiement"_s, u"Payment receipt"_s);
    case DocLabel::Statement:
        return pick(u"État de compte"_s, u"Statement of account"_s);
    case DocLabel::PaymentNo:
        return pick(u"Paiement"_s, u"Payment"_s);
    case DocLabel::ReceivedOn:
        return pick(u"Reçu le"_s, u"Received on"_s);
    case DocLabel::Method:
        return pick(u"Mode de paiement"_s, u"Method"_s);
    case DocLabel::Reference:
        return pick(u"Référence"_s, u"Reference"_s);
    case DocLabel::AmountReceived:
        return pick(u"Montant reçu"_s, u"Amount received"_s);
    case DocLabel::Customer:
        return pick(u"Client"_s, u"Customer"_s);
    case DocLabel::CustomerNumber:
        return pick(u"No de client"_s, u"Customer no."_s);
    case DocLabel::InvoicesPaid:
        return pick(u"Factures payées par ce paiement"_s, u"Invoices paid by this payment"_s);
    case DocLabel::Invoice:
        return pick(u"Facture"_s, u"Invoice"_s);
    case DocLabel::InvoiceDate:
        return pick(u"Date"_s, u"Date"_s);
    case DocLabel::DueDate:
        return pick(u"Échéance"_s, u"Due date"_s);
    case DocLabel::InvoiceTotal:
        return pick(u"Total de la facture"_s, u"Invoice total"_s);
    case DocLabel::Applied:
        return pick(u"Montant appliqué"_s, u"Applied"_s);
    case DocLabel::StillOpen:
        return pick(u"Reste à payer"_s, u"Still owing"_s);
    case DocLabel::Credit:
        return pick(u"Porté à votre crédit"_s, u"Kept as a credit"_s);
    case DocLabel::BalanceAfter:
        return pick(u"Solde du compte au %1"_s, u"Account balance on %1"_s);
    case DocLabel::Reversed:
        return pick(u"PAIEMENT ANNULÉ le %1 : %2"_s, u"PAYMENT REVERSED on %1: %2"_s);
    case DocLabel::Refunded:
        return pick(u"Remboursement le %1 : %2 (%3)"_s, u"Refund on %1: %2 (%3)"_s);
    case DocLabel::RefundedTotal:
        return pick(u"Total remboursé"_s, u"Total refunded"_s);
    case DocLabel::NotCounted:
        return pick(u"Ce paiement n’est pas encaissé (%1)."_s, u"This payment has not cleared (%1)."_s);
    case DocLabel::Period:
        return pick(u"Du %1 au %2"_s, u"From %1 to %2"_s);
    case DocLabel::OpeningBalance:
        return pick(u"Solde d’ouverture au %1"_s, u"Opening balance on %1"_s);
    case DocLabel::ClosingBalance:
        return pick(u"Solde de clôture au %1"_s, u"Closing balance on %1"_s);
    case DocLabel::Date:
        return pick(u"Date"_s, u"Date"_s);
    case DocLabel::Description:
        return pick(u"Description"_s, u"Description"_s);
    case DocLabel::Amount:
        return pick(u"Montant"_s, u"Amount"_s);
    case DocLabel::Balance:
        return pick(u"Solde"_s, u"Balance"_s);
    case DocLabel::NoActivity:
        return pick(u"Aucune transaction pendant cette période."_s, u"No transactions in this period."_s);
    case DocLabel::Aging:
        return pick(u"Montants impayés au %1, selon leur retard"_s, u"Amounts owing on %1, by age"_s);
    case DocLabel::Current:
        return pick(u"Courant"_s, u"Current"_s);
    case DocLabel::Days1To30:
        return pick(u"1 à 30 jours"_s, u"1–30 days"_s);
    case DocLabel::Days31To60:
        return pick(u"31 à 60 jours"_s, u"31–60 days"_s);
    case DocLabel::Days61To90:
        return pick(u"61 à 90 jours"_s, u"61–90 days"_s);
    case DocLabel::Over90:
        return pick(u"Plus de 90 jours"_s, u"Over 90 days"_s);
    case DocLabel::TotalOpen:
        return pick(u"Total impayé"_s, u"Total owing"_s);
    case DocLabel::CreditBalance:
        return pick(u"Solde créditeur : aucun montant à payer."_s, u"Credit balance: nothing to pay."_s);
    case DocLabel::PrintedOn:
        return pick(u"Produit le %1"_s, u"Printed on %1"_s);
    case DocLabel::Page:
        return pick(u"Page %1 de %2"_s, u"Page %1 of %2"_s);
    case DocLabel::KindInvoice:
        return pick(u"Facture %1"_s, u"Invoice %1"_s);
    case DocLabel::KindCreditNote:
        return pick(u"Note de crédit %1"_s, u"Credit note %1"_s);
    case DocLabel::KindPayment:
        return pick(u"Paiement %1"_s, u"Payment %1"_s);
    case DocLabel::KindReversal:
        return pick(u"Annulation du paiement %1"_s, u"Reversal of payment %1"_s);
    case DocLabel::KindRefund:
        return pick(u"Remboursement du paiement %1"_s, u"Refund of payment %1"_s);
    case DocLabel::ThankYou:
        return pick(u"Merci de votre paiement."_s, u"Thank you for your payment."_s);
    }
    return {};
}

QDate quebecDate(const QDateTime &at)
{
    static const QTimeZone zone("America/Montreal");
    return at.isValid() ? at.toTimeZone(zone).date() : QDate();
}

QString paymentMethodText(const QString &method, bool french)
{
    if (method == u"cash"_s)
        return french ? u"Argent comptant"_s : u"Cash"_s;
    if (method == u"cheque"_s)
        return french ? u"Chèque"_s : u"Cheque"_s;
    if (method == u"etransfer"_s)
        return french ? u"Virement Interac"_s : u"Interac e-Transfer"_s;
    if (method == u"card"_s)
        return french ? u"Carte de crédit"_s : u"Credit card"_s;
    if (method == u"pad"_s)
        return french ? u"Débit préautorisé"_s : u"Pre-authorized debit"_s;
    return method;
}

QString statementLineText(const StatementLine &line, bool french)
{
    switch (line.kind) {
    case StatementLineKind::Invoice:
        return docLabel(DocLabel::KindInvoice, french).arg(line.reference);
    case StatementLineKind::CreditNote: {
        QString t = docLabel(DocLabel::KindCreditNote, french).arg(line.reference);
        if (!line.detail.isEmpty())
            t += u" — "_s + (french ? u"corrige %1"_s : u"corrects %1"_s).arg(line.detail);
        return t;
    }
    case StatementLineKind::Payment: {
        QString t = docLabel(DocLabel::KindPayment, french).arg(line.reference) + u" — "_s
            + paymentMethodText(line.method, french);
        if (!line.detail.isEmpty())
            t += u" "_s + line.detail;
        return t;
    }
    case StatementLineKind::Reversal:
    case StatementLineKind::Refund: {
        QString t =
            docLabel(line.kind == StatementLineKind::Reversal ? DocLabel::KindReversal : DocLabel::KindRefund, french)
                .arg(line.reference);
        if (!line.detail.isEmpty())
            t += u" — "_s + line.detail;
        return t;
    }
    }
    return line.reference;
}

} // namespace ops::billing
