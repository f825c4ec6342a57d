#include "core/billing/ReceivablesRepository.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"

using namespace Qt::StringLiterals;

namespace ops::billing {

namespace {

// The open invoices as of $1 (see ReceivablesRepository.h), with their bucket (0..4). What was paid by the date is the
// invoice's paid_cents (the allocations of its succeeded payments, kept in the same transaction as every payment,
// reversal and allocation; `billing verify` re-checks it) minus the allocations of payments received after the date:
// one pass over the invoices plus the few late payments (payments_list_idx), not an aggregation of every allocation
// ever made. The date's end is computed once (Quebec time), never per row. %1: an extra condition on the invoices
// (i.…), %2 on the late payments' allocations (a.invoice_id …) and %3 on the credit notes (n.…), so that a
// customer's drill-down reads only that customer's rows.
constexpr const char *kOpenSql =
    "WITH late AS ("
    "  SELECT a.invoice_id, sum(a.amount_cents)::bigint AS cents"
    "    FROM payments p JOIN payment_allocations a ON a.payment_id = p.id"
    "   WHERE p.status = 'succeeded' AND p.received_at >= (($1::date + 1)::timestamp AT TIME ZONE 'America/Montreal')"
    "     %2"
    "   GROUP BY a.invoice_id),"
    " credited AS ("
    "  SELECT n.corrects_invoice_id AS invoice_id, -sum(n.total_cents)::bigint AS cents"
    "    FROM invoices n"
    "   WHERE n.kind = 'credit_note' AND n.status NOT IN ('draft', 'void') AND n.issue_date <= $1::date"
    "     AND n.corrects_invoice_id IS NOT NULL %3"
    "   GROUP BY n.corrects_invoice_id),"
    " open AS ("
    "  SELECT i.id, i.code, i.customer_id, i.issue_date, i.due_date, i.total_cents,"
    "         i.paid_cents - coalesce(l.cents, 0) AS paid_cents, coalesce(c.cents, 0) AS credited_cents,"
    "         i.total_cents - i.paid_cents + coalesce(l.cents, 0) - coalesce(c.cents, 0) AS open_cents,"
    "         greatest($1::date - i.due_date, 0) AS days_late"
    "    FROM invoices i LEFT JOIN late l ON l.invoice_id = i.id LEFT JOIN credited c ON c.invoice_id = i.id"
    "   WHERE i.kind = 'invoice' AND i.status NOT IN ('draft', 'void') AND i.issue_date <= $1::date %1),"
    " aged AS ("
    "  SELECT o.*, CASE WHEN o.days_late = 0 THEN 0 WHEN o.days_late <= 30 THEN 1 WHEN o.days_late <= 60 THEN 2"
    "                   WHEN o.days_late <= 90 THEN 3 ELSE 4 END AS bucket"
    "    FROM open o WHERE o.open_cents > 0) ";

QString openSql(const char *invoiceCond = "", const char *allocationCond = "", const char *creditCond = "")
{
    return QString::fromLatin1(kOpenSql).arg(
        QLatin1String(invoiceCond), QLatin1String(allocationCond), QLatin1String(creditCond));
}

Error badDate()
{
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate("ops::billing", "The aging report needs a valid date (YYYY-MM-DD)."));
}

} // namespace

QString agingBucketKey(AgingBucket b)
{
    switch (b) {
    case AgingBucket::Current:
        return u"current"_s;
    case AgingBucket::Days1To30:
        return u"1-30"_s;
    case AgingBucket::Days31To60:
        return u"31-60"_s;
    case AgingBucket::Days61To90:
        return u"61-90"_s;
    case AgingBucket::Over90:
        break;
    }
    return u"over-90"_s;
}

QString agingBucketLabel(AgingBucket b)
{
    switch (b) {
    case AgingBucket::Current:
        return QCoreApplication::translate("ops::billing", "Current");
    case AgingBucket::Days1To30:
        return QCoreApplication::translate("ops::billing", "1–30 days");
    case AgingBucket::Days31To60:
        return QCoreApplication::translate("ops::billing", "31–60 days");
    case AgingBucket::Days61To90:
        return QCoreApplication::translate("ops::billing", "61–90 days");
    case AgingBucket::Over90:
        break;
    }
    return QCoreApplication::translate("ops::billing", "Over 90 days");
}

AgingBucket agingBucketFor(const QDate &dueDate, const QDate &asOf)
{
    const qint64 late = dueDate.daysTo(asOf);
    if (late <= 0)
        return AgingBucket::Current;
    if (late <= 30)
        return AgingBucket::Days1To30;
    if (late <= 60)
        return AgingBucket::Days31To60;
    if (late <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

ReceivablesRepository::ReceivablesRepository(db::PgConnection &c)
    : m_c(c)
{}

QString ReceivablesRepository::openInvoicesSql(
    const char *invoiceCond, const char *allocationCond, const char *creditCond)
{
    return openSql(invoiceCond, allocationCond, creditCond);
}

Result<AgingReport> ReceivablesRepository::aging(const QDate &asOf)
{
    if (!asOf.isValid())
        return badDate();
    // One row per bucket present, then the total (bucket 5) from the same scan.
    auto r = m_c.exec(openSql()
            + u"SELECT coalesce(bucket, 5), coalesce(sum(open_cents), 0)::bigint, count(*), count(DISTINCT customer_id)"
              u"  FROM aged GROUP BY GROUPING SETS ((bucket), ())"_s,
        db::SqlParams().add(asOf));
    if (!r.ok())
        return r.error();
    AgingReport out;
    out.asOf = asOf;
    const db::PgResult &res = r.value();
    for (int i = 0; i < res.rows(); ++i) {
        const int bucket = static_cast<int>(res.int64(i, 0));
        AgingCell cell{res.int64(i, 1), static_cast<int>(res.int64(i, 2)), static_cast<int>(res.int64(i, 3))};
        if (bucket >= 0 && bucket < kAgingBuckets)
            out.buckets[static_cast<size_t>(bucket)] = cell;
        else if (res.int64(i, 2) > 0)
            out.total = cell;
    }
    return out;
}

Result<QList<AgingCustomerRow>> ReceivablesRepository::customers(const QDate &asOf, int bucket, int limit)
{
    if (!asOf.isValid())
        return badDate();
    if (bucket < -1 || bucket >= kAgingBuckets || limit < 1 || limit > 5000)
        return Error::internal(u"aging customers: bucket %1, limit %2"_s.arg(bucket).arg(limit));
    auto r = m_c.exec(openSql()
            + u"SELECT c.id, c.code, c.display_name,"
              u"  sum(a.open_cents) FILTER (WHERE a.bucket = 0), sum(a.open_cents) FILTER (WHERE a.bucket = 1),"
              u"  sum(a.open_cents) FILTER (WHERE a.bucket = 2), sum(a.open_cents) FILTER (WHERE a.bucket = 3),"
              u"  sum(a.open_cents) FILTER (WHERE a.bucket = 4), sum(a.open_cents), count(*), min(a.due_date)"
              u"  FROM aged a JOIN customers c ON c.id = a.customer_id"
              u" GROUP BY c.id, c.code, c.display_name"
              u" HAVING $2::int < 0 OR bool_or(a.bucket = $2::int)"
              u" ORDER BY sum(a.open_cents) DESC, c.code LIMIT $3"_s,
        db::SqlParams().add(asOf).add(bucket).add(limit));
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    QList<AgingCustomerRow> out;
    out.reserve(res.rows());
    for (int i = 0; i < res.rows(); ++i) {
        AgingCustomerRow row;
        row.customerId = res.int64(i, 0);
        row.code = res.text(i, 1);
        row.name = res.text(i, 2);
        for (int b = 0; b < kAgingBuckets; ++b)
            row.cents[static_cast<size_t>(b)] = res.isNull(i, 3 + b) ? 0 : res.int64(i, 3 + b);
        row.totalCents = res.int64(i, 8);
        row.invoices = static_cast<int>(res.int64(i, 9));
        row.oldestDue = QDate::fromString(res.text(i, 10), Qt::ISODate);
        out.append(row);
    }
    return out;
}

Result<QList<AgingInvoiceRow>> ReceivablesRepository::invoices(qint64 customerId, const QDate &asOf)
{
    if (!asOf.isValid())
        return badDate();
    auto r = m_c.exec(openSql("AND i.customer_id = $2", "AND p.customer_id = $2", "AND n.customer_id = $2")
            + u"SELECT id, code, issue_date, due_date, total_cents, paid_cents, credited_cents, open_cents,"
              u"  days_late, bucket FROM aged ORDER BY due_date, id"_s,
        db::SqlParams().add(asOf).add(customerId));
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    QList<AgingInvoiceRow> out;
    out.reserve(res.rows());
    for (int i = 0; i < res.rows(); ++i) {
        AgingInvoiceRow row;
        row.invoiceId = res.int64(i, 0);
        row.code = res.text(i, 1);
        row.issueDate = QDate::fromString(res.text(i, 2), Qt::ISODate);
        row.dueDate = QDate::fromString(res.text(i, 3), Qt::ISODate);
        row.totalCents = res.int64(i, 4);
        row.paidCents = res.int64(i, 5);
        row.creditedCents = res.int64(i, 6);
        row.openCents = res.int64(i, 7);
        row.daysLate = static_cast<int>(res.int64(i, 8));
        row.bucket = static_cast<AgingBucket>(res.int64(i, 9));
        out.append(row);
    }
    return out;
}

} // namespace ops::billing
