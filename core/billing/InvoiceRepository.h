#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "core/billing/InvoiceDocument.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}
namespace ops::outbox {
struct OutboxRequest;
}

namespace ops::billing {

// One invoice with everything it prints, credit notes and void, the e-mail's outbox row. Synchronous: DB executor
// threads (or targo-opsctl) only. Needs migration 0019 (kind, corrects_invoice_id, billing_settings, the counter).
class InvoiceRepository
{
public:
    explicit InvoiceRepository(db::PgConnection &c);

    Result<qint64> idByCode(const QString &code); // 0: no such invoice
    Result<qint64> idWithMostLines(); // the benchmark's invoice (ties: lowest id); 0 when there is none
    Result<CompanySettings> companySettings();
    // The invoice with its lines, taxes, customer, addresses, payments allocated, the latest e-mail's outbox state
    // and the company settings: two statements (one with `company` given). NotFound when there is no such invoice.
    Result<InvoiceDocument> load(qint64 id);
    Result<InvoiceDocument> load(qint64 id, const CompanySettings &company);

    Result<MailCandidates> mailCandidates(const QDate &periodStart);
    // In one transaction: the e-mail's outbox row (linked to the invoice) and a draft invoice becomes issued (its
    // total then moves the customer's balance, as an issued invoice's does). Returns the outbox row's id. Conflict
    // when the invoice became void meanwhile.
    Result<qint64> queueMail(qint64 invoiceId, const outbox::OutboxRequest &request);

    // A negative invoice that corrects invoiceId in full: every line negated, the same GST and QST rates and
    // registration numbers with their amounts reversed, a code from the gap-free counter, issued today, the
    // customer's balance moved by its total. Only for an issued, partially paid or paid invoice (not a credit note),
    // and only once per invoice. One transaction.
    Result<CreditNoteResult> createCreditNote(qint64 invoiceId);
    // A draft invoice becomes void (a draft never moved the balance); any other status is refused: an issued invoice
    // is corrected by a credit note.
    Status voidDraft(qint64 invoiceId);

private:
    db::PgConnection &m_c;
};

} // namespace ops::billing
