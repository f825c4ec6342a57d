#pragma once

#include <QList>
#include <QString>

#include "core/dunning/DunningTypes.h"

namespace ops::dunning {

// The text the customer reads, in the customer's language (French unless "en"), whatever the clerk's screen: written
// in both languages here (like core/billing/InvoiceText), not in the .ts files.
struct DunningMessage
{
    QString subject; // e-mails only
    QString body;
};

// The message of one stage (email, sms, notice) for a customer's invoices reached by it on the date: the amount due
// (the sum of their open amounts), each invoice's code, open amount and days late, the company's name.
DunningMessage dunningMessage(
    const QString &action, const QString &language, const QList<DunningAction> &invoices, const QString &company);

} // namespace ops::dunning
