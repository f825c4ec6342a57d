#include "core/billing/InvoiceListRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/db/KeysetQuery.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

const QStringList &statuses()
{
    static const QStringList s{u"draft"_s, u"issued"_s, u"partially_paid"_s, u"paid"_s, u"void"_s};
    return s;
}

constexpr const char *kOverdue = "(i.status IN ('issued', 'partially_paid') AND i.due_date < current_date)";

} // namespace

InvoiceListRepository::InvoiceListRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<InvoicePage> InvoiceListRepository::page(const InvoiceListFilter &filter, const InvoiceCursor &after, int limit)
{
    if (!filter.status.isEmpty() && !statuses().contains(filter.status))
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing::InvoiceListRepository", "Unknown invoice status."),
            filter.status);
    if (filter.minTotalCents && filter.maxTotalCents && *filter.minTotalCents > *filter.maxTotalCents)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::billing::InvoiceListRepository", "The minimum amount is above the maximum amount."));
    limit = qBound(1, limit, kMaxLimit);

    // Only fixed SQL fragments are assembled here; every value travels as a parameter.
    db::KeysetQuery q;
    if (filter.periodStart.isValid())
        q.where(u"i.period_start = %1::date"_s.arg(q.bind(filter.periodStart)));
    if (!filter.status.isEmpty())
        q.where(u"i.status = %1"_s.arg(q.bind(filter.status)));
    if (filter.overdueOnly)
        q.where(QString::fromLatin1(kOverdue));
    if (filter.minTotalCents)
        q.where(u"i.total_cents >= %1::bigint"_s.arg(q.bind(*filter.minTotalCents)));
    if (filter.maxTotalCents)
        q.where(u"i.total_cents <= %1::bigint"_s.arg(q.bind(*filter.maxTotalCents)));
    q.customerCodeOrName(u"i.customer_id"_s, filter.customer);
    if (!after.isNull())
        q.after(u"i.issue_date"_s, u"date"_s, after.issueDate, u"i.id"_s, u"bigint"_s, after.id);
    const QString lim = q.limitPlusOne(limit);
    const QString sql =
        u"WITH i AS MATERIALIZED (SELECT i.* FROM invoices i WHERE %1 ORDER BY i.issue_date DESC, i.id DESC LIMIT %2) "
        "SELECT i.id, i.code, i.kind = 'credit_note', i.customer_id, c.code, c.display_name, i.period_start, "
        "i.issue_date, i.due_date, i.status, i.total_cents, i.paid_cents, %3 "
        "FROM i JOIN customers c ON c.id = i.customer_id ORDER BY i.issue_date DESC, i.id DESC"_s.arg(
            q.whereSql(), lim, QString::fromLatin1(kOverdue));
    auto r = m_c.exec(sql, q.params());
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    InvoicePage page;
    const int n = qMin(res.rows(), limit);
    page.rows.reserve(n);
    for (int row = 0; row < n; ++row) {
        InvoiceListRow x;
        x.id = res.int64(row, 0);
        x.code = res.text(row, 1);
        x.creditNote = res.boolean(row, 2);
        x.customerId = res.int64(row, 3);
        x.customerCode = res.text(row, 4);
        x.customerName = res.text(row, 5);
        x.periodStart = res.date(row, 6);
        x.issueDate = res.date(row, 7);
        x.dueDate = res.date(row, 8);
        x.status = res.text(row, 9);
        x.totalCents = res.int64(row, 10);
        x.paidCents = res.int64(row, 11);
        x.overdue = res.boolean(row, 12);
        page.rows.push_back(x);
    }
    if (res.rows() > limit && !page.rows.isEmpty())
        page.next = {page.rows.last().issueDate, page.rows.last().id};
    return page;
}

} // namespace ops::billing
