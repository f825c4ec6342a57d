#pragma once

#include <functional>

#include <QDate>
#include <QStringList>

#include "core/billing/InvoiceMail.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::billing {

struct InvoiceSendReport
{
    int invoices = 0; // of the period, void ones excepted
    int queued = 0; // e-mails put in the outbox by this call
    int withoutEmail = 0; // customers without an address: not e-mailed
    int alreadyQueued = 0; // an e-mail of the invoice is already in the outbox
    QStringList failures; // "INV-00042: reason" for invoices that could not be queued
};

// Puts the e-mail of each invoice of the period (its PDF attached, in the customer's language) in the outbox, each in
// its own transaction with the invoice's move from draft to issued; the outbox worker sends them. Customers without
// an e-mail address are counted, not mailed; an invoice already queued is not queued again. progress(done, total)
// after each invoice. In ops_render (renders PDFs): a QGuiApplication must exist.
Result<InvoiceSendReport> queuePeriodInvoiceMails(db::PgConnection &c, const QDate &periodStart,
    const InvoiceMailSender &sender, const std::function<void(int, int)> &progress = {});
// One invoice (a resend from the invoice view): its outbox row id.
Result<qint64> queueInvoiceMail(db::PgConnection &c, qint64 invoiceId, const InvoiceMailSender &sender);

} // namespace ops::billing
