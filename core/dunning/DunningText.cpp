#include "core/dunning/DunningText.h"

#include "core/billing/InvoiceText.h"

using namespace Qt::StringLiterals;

namespace ops::dunning {

DunningMessage dunningMessage(
    const QString &action, const QString &language, const QList<DunningAction> &invoices, const QString &company)
{
    const bool fr = language != u"en";
    qint64 total = 0;
    int maxLate = 0;
    QStringList lines;
    QStringList codes;
    for (const DunningAction &a : invoices) {
        total += a.amountCents;
        maxLate = std::max(maxLate, a.daysLate);
        codes << a.invoiceCode;
        lines << (fr ? u"- Facture %1 : %2, en retard de %3 jours"_s : u"- Invoice %1: %2, %3 days late"_s)
                     .arg(a.invoiceCode, billing::invoiceMoney(a.amountCents, fr))
                     .arg(a.daysLate);
    }
    const QString amount = billing::invoiceMoney(total, fr);
    const QString from = company.trimmed();
    DunningMessage m;
    if (action == u"sms") {
        m.body = fr ? u"%1 : votre compte a un solde en souffrance de %2 (facture(s) %3, jusqu'à %4 jours de retard). "
                      u"Merci de régler dès que possible."_s
                    : u"%1: your account has an overdue balance of %2 (invoice(s) %3, up to %4 days late). "
                      u"Please pay as soon as possible."_s;
        m.body = m.body.arg(from.isEmpty() ? (fr ? u"Avis"_s : u"Notice"_s) : from, amount, codes.join(u", "_s))
                     .arg(maxLate);
        return m;
    }
    const bool notice = action == u"notice";
    if (fr) {
        m.subject = notice ? u"Avis de suspension : solde en souffrance de %1"_s.arg(amount)
                           : u"Rappel : solde en souffrance de %1"_s.arg(amount);
        m.body = u"Bonjour,\n\n"_s
            + (notice ? u"Malgré nos rappels, votre compte présente toujours un solde en souffrance de %1. Sans "
                        u"paiement, vos services seront suspendus.\n\n"_s
                      : u"Sauf erreur de notre part, votre compte présente un solde en souffrance de %1.\n\n"_s)
                  .arg(amount)
            + lines.join(u'\n') + u"\n\nSi vous avez déjà payé, veuillez ignorer ce message.\n\n"_s
            + (from.isEmpty() ? u"Le service à la clientèle"_s : from) + u'\n';
    } else {
        m.subject = notice ? u"Suspension notice: overdue balance of %1"_s.arg(amount)
                           : u"Reminder: overdue balance of %1"_s.arg(amount);
        m.body = u"Hello,\n\n"_s
            + (notice ? u"Despite our reminders, your account still has an overdue balance of %1. Without a payment, "
                        u"your services will be suspended.\n\n"_s
                      : u"According to our records, your account has an overdue balance of %1.\n\n"_s)
                  .arg(amount)
            + lines.join(u'\n') + u"\n\nIf you have already paid, please disregard this message.\n\n"_s
            + (from.isEmpty() ? u"Customer service"_s : from) + u'\n';
    }
    return m;
}

} // namespace ops::dunning
