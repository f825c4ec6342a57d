#pragma once

// Receivables aging (issue 13 item 4): what customers owe as of a date, by how late it is. Plain value types and the
// repository that computes them in a few set-based statements (SQL lives only here,
// core/billing/ReceivablesRepository.cpp).
//
// As of a date D, an invoice is open when it was issued on or before D (kind 'invoice', not a draft, not void) and
// its total is more than what was paid on it by D (allocations of succeeded payments received on or before D, Quebec
// date; taken as invoices.paid_cents less what later payments allocated) plus the credit notes correcting it issued
// on or before D. A reversed payment's allocations are gone, so the report re-opens what it had paid on every date. Its
// open amount is the difference; its age is D − due date: not yet due ("current"), 1–30, 31–60, 61–90 or over 90 days
// late.

#include <array>

#include <QDate>
#include <QList>
#include <QString>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::billing {

enum class AgingBucket : int
{
    Current = 0,
    Days1To30,
    Days31To60,
    Days61To90,
    Over90
};
constexpr int kAgingBuckets = 5;

// "current", "1-30", "31-60", "61-90", "over-90" (JSON and CSV keys); the translated column title.
QString agingBucketKey(AgingBucket b);
QString agingBucketLabel(AgingBucket b);
// The bucket of an invoice due on dueDate, seen on asOf.
AgingBucket agingBucketFor(const QDate &dueDate, const QDate &asOf);

struct AgingCell
{
    qint64 cents = 0;
    int invoices = 0;
    int customers = 0; // customers with at least one open invoice in the bucket
};

struct AgingReport
{
    QDate asOf;
    std::array<AgingCell, kAgingBuckets> buckets{};
    AgingCell total; // customers: with any open invoice
};

// One customer's line of the report (the drill-down from a bucket).
struct AgingCustomerRow
{
    qint64 customerId = 0;
    QString code;
    QString name;
    std::array<qint64, kAgingBuckets> cents{};
    qint64 totalCents = 0;
    int invoices = 0;
    QDate oldestDue;
};

// One open invoice of a customer as of the date (the drill-down from a customer).
struct AgingInvoiceRow
{
    qint64 invoiceId = 0;
    QString code;
    QDate issueDate;
    QDate dueDate;
    qint64 totalCents = 0;
    qint64 paidCents = 0; // by the date
    qint64 creditedCents = 0; // credit notes by the date (positive)
    qint64 openCents = 0;
    int daysLate = 0; // 0 when not yet due
    AgingBucket bucket = AgingBucket::Current;
};

class ReceivablesRepository
{
public:
    explicit ReceivablesRepository(db::PgConnection &c);

    // The statement's head that every query above starts from, for other repositories that age invoices the same way
    // (dunning): WITH … aged AS (…) over $1 = the date, with the columns id, code, customer_id, issue_date, due_date,
    // total_cents, paid_cents, credited_cents, open_cents, days_late (0 when not yet due) and bucket. The three
    // conditions narrow the invoices (i.…), the late payments' allocations (p.…, a.…) and the credit notes (n.…).
    static QString openInvoicesSql(
        const char *invoiceCond = "", const char *allocationCond = "", const char *creditCond = "");

    // The bucket totals as of the date. An invalid date: Validation.
    Result<AgingReport> aging(const QDate &asOf);
    // The customers owing something as of the date, the largest total first (then the code); only those with an
    // amount in bucket when one is given. At most limit rows (1..5000).
    Result<QList<AgingCustomerRow>> customers(const QDate &asOf, int bucket = -1, int limit = 200);
    // One customer's open invoices as of the date, the oldest due date first.
    Result<QList<AgingInvoiceRow>> invoices(qint64 customerId, const QDate &asOf);

private:
    db::PgConnection &m_c;
};

} // namespace ops::billing
