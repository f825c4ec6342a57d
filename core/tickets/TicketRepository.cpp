#include "core/tickets/TicketRepository.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::tickets {

namespace {

// A text matching no more messages plus subjects than this is looked up through the trigram indexes.
constexpr int kRareMatches = 1000;

// pg_trgm extracts trigrams from runs of letters and digits only.
bool hasTrigram(const QString &text)
{
    int run = 0;
    for (const QChar ch : text) {
        run = ch.isLetterOrNumber() ? run + 1 : 0;
        if (run >= 3)
            return true;
    }
    return false;
}

// Columns read by readRow(), over the page subquery `t` (already limited) and its lookups.
constexpr const char *kSelect =
    "SELECT t.id, t.code, t.subject, coalesce(t.customer_id, 0), coalesce(c.display_name, ''), coalesce(c.code, ''),"
    " t.issue_type, t.status, t.is_important, coalesce(t.assigned_staff_id, 0), coalesce(s.display_name, ''),"
    " t.created_at, t.updated_at, coalesce(t.parent_id, 0), coalesce(p.code, ''),"
    " (SELECT count(*) FROM tickets k WHERE k.parent_id = t.id), t.sort_key"
    " FROM t"
    " LEFT JOIN customers c ON c.id = t.customer_id"
    " LEFT JOIN staff s ON s.id = t.assigned_staff_id"
    " LEFT JOIN tickets p ON p.id = t.parent_id";

TicketRow readRow(const db::PgResult &r, int i)
{
    TicketRow row;
    row.id = r.int64(i, 0);
    row.code = r.text(i, 1);
    row.subject = r.text(i, 2);
    row.customerId = r.int64(i, 3);
    row.customerName = r.text(i, 4);
    row.customerCode = r.text(i, 5);
    row.issueType = r.text(i, 6);
    row.status = r.text(i, 7);
    row.important = r.boolean(i, 8);
    row.assignedStaffId = r.int64(i, 9);
    row.assignedStaffName = r.text(i, 10);
    row.createdAt = r.timestamp(i, 11);
    row.updatedAt = r.timestamp(i, 12);
    row.parentId = r.int64(i, 13);
    row.parentCode = r.text(i, 14);
    row.childCount = r.int32(i, 15);
    row.sortKeyMicros = r.int64(i, 16);
    return row;
}

struct SortSql
{
    const char *column;
    const char *direction;
    const char *after; // keyset comparison
};

SortSql sortSql(TicketSort sort)
{
    switch (sort) {
    case TicketSort::CreatedAsc:
        return {"created_at", "ASC", ">"};
    case TicketSort::UpdatedDesc:
        return {"updated_at", "DESC", "<"};
    case TicketSort::CreatedDesc:
        break;
    }
    return {"created_at", "DESC", "<"};
}

// The ticket filter's structured criteria (everything but the text) as conditions over `tickets t`, their values
// appended to params. The one filter -> WHERE builder: the list pages and the export's count estimate both use it.
// Only fixed SQL fragments are assembled here; every value travels as a parameter.
Result<QStringList> filterConditions(const TicketFilter &filter, db::SqlParams &params)
{
    const QStringList known = ticketStatuses();
    for (const QString &s : filter.statuses) {
        if (!known.contains(s))
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::tickets", "Unknown ticket status: %1").arg(s));
    }
    QStringList where;
    const auto next = [&params] {
        return QStringLiteral("$%1").arg(params.size() + 1);
    };
    if (!filter.statuses.isEmpty()) {
        where << QStringLiteral("t.status = ANY (string_to_array(%1, ','))").arg(next());
        params.add(filter.statuses.join(QLatin1Char(',')));
    }
    if (!filter.issueType.isEmpty()) {
        where << QStringLiteral("t.issue_type = %1").arg(next());
        params.add(filter.issueType);
    }
    if (filter.assignedStaffId == TicketFilter::kUnassigned) {
        where << QStringLiteral("t.assigned_staff_id IS NULL");
    } else if (filter.assignedStaffId > 0) {
        where << QStringLiteral("t.assigned_staff_id = %1").arg(next());
        params.add(filter.assignedStaffId);
    }
    if (filter.parentId > 0) {
        where << QStringLiteral("t.parent_id = %1").arg(next());
        params.add(filter.parentId);
    }
    if (filter.importantOnly)
        where << QStringLiteral("t.is_important");
    if (filter.createdFrom.isValid()) {
        where << QStringLiteral("t.created_at >= %1::timestamptz").arg(next());
        params.add(filter.createdFrom);
    }
    if (filter.createdTo.isValid()) {
        where << QStringLiteral("t.created_at < %1::timestamptz").arg(next());
        params.add(filter.createdTo);
    }
    return where;
}

} // namespace

TicketRepository::TicketRepository(db::PgConnection &c)
    : m_c(c)
{}

QString TicketRepository::containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('%') || ch == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += ch;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Result<TicketPage> TicketRepository::page(
    const TicketFilter &filter, TicketSort sort, const TicketCursor &cursor, int limit)
{
    db::SqlParams params;
    auto criteria = filterConditions(filter, params);
    if (!criteria.ok())
        return criteria.error();
    limit = qBound(1, limit, kMaxLimit);
    const SortSql order = sortSql(sort);
    const QString key = QLatin1String("t.") + QLatin1String(order.column);

    // Only fixed SQL fragments are assembled here; every value travels as a parameter.
    QStringList where = std::move(criteria).value();
    const auto next = [&params] {
        return QStringLiteral("$%1").arg(params.size() + 1);
    };
    if (!cursor.isNull()) {
        where << QStringLiteral("(%1, t.id) %2 (timestamptz 'epoch' + %3::bigint * interval '1 microsecond', %4)")
                     .arg(key, QLatin1String(order.after), next(), QStringLiteral("$%1").arg(params.size() + 2));
        params.add(cursor.keyMicros).add(cursor.id);
    }
    if (where.isEmpty())
        where << u"true"_s;
    const QString orderBy = QStringLiteral("%1 %2, t.id %2").arg(key, QLatin1String(order.direction));
    const QString select =
        QStringLiteral("SELECT t.*, (extract(epoch FROM %1) * 1000000)::bigint AS sort_key FROM tickets t").arg(key);
    const auto branch = [&](const QStringList &conditions, const QString &limitParam) {
        return QStringLiteral("(%1 WHERE %2 ORDER BY %3 LIMIT %4)")
            .arg(select, conditions.join(QLatin1String(" AND ")), orderBy, limitParam);
    };

    // The page is cut in the CTE t first, so the lookups of kSelect run for limit + 1 rows only.
    QString sql;
    const QString text = filter.text.trimmed();
    if (text.isEmpty()) {
        const QString lim = next();
        params.add(limit + 1);
        sql = QStringLiteral("WITH t AS MATERIALIZED %1 ").arg(branch(where, lim));
    } else {
        const QString p = next();
        params.add(containsPattern(text));
        const QString lim = next();
        params.add(limit + 1);
        // Walking the list in order and testing each ticket's subject and messages finds a common text at once, but
        // a rare one would mean walking the whole table. So the trigram indexes (0004_ticket_list.sql) first collect
        // up to kRareMatches matching messages and subjects: when there are no more than that, the page comes from
        // those ids (a small sort); otherwise from the walk. One statement either way; the branch not taken never
        // runs. A text without a run of three letters or digits yields no trigram: the walk only.
        const QString walk = QStringLiteral("(t.subject ILIKE %1 OR EXISTS (SELECT 1 FROM ticket_messages m"
                                            " WHERE m.ticket_id = t.id AND m.body ILIKE %1 OFFSET 0))")
                                 .arg(p);
        if (!hasTrigram(text)) {
            sql = QStringLiteral("WITH t AS MATERIALIZED %1 ").arg(branch(where + QStringList{walk}, lim));
        } else {
            const QString rare = branch(where
                    + QStringList{u"(SELECT yes FROM rare)"_s,
                        u"t.id IN (SELECT ticket_id FROM mh UNION SELECT id FROM sh)"_s},
                lim);
            const QString common = branch(where + QStringList{u"NOT (SELECT yes FROM rare)"_s, walk}, lim);
            sql = QStringLiteral(
                "WITH mh AS MATERIALIZED (SELECT ticket_id FROM ticket_messages WHERE body ILIKE %1 LIMIT %2),"
                " sh AS MATERIALIZED (SELECT id FROM tickets WHERE subject ILIKE %1 LIMIT %2),"
                " rare AS MATERIALIZED (SELECT (SELECT count(*) FROM mh) + (SELECT count(*) FROM sh) <= %3 AS yes),"
                " t AS MATERIALIZED (%4 UNION ALL %5) ")
                      .arg(p, QString::number(kRareMatches + 1), QString::number(kRareMatches), rare, common);
        }
    }
    sql += QLatin1String(kSelect) + QLatin1String(" ORDER BY ") + orderBy;

    const quint64 before = m_c.roundTrips();
    auto r = m_c.exec(sql, params);
    if (!r.ok())
        return r.error();
    TicketPage page;
    const db::PgResult &res = r.value();
    const int n = res.rows();
    page.rows.reserve(qMin(n, limit));
    for (int i = 0; i < n && i < limit; ++i)
        page.rows.append(readRow(res, i));
    page.hasMore = n > limit;
    if (page.hasMore && !page.rows.isEmpty())
        page.nextCursor = {page.rows.last().sortKeyMicros, page.rows.last().id};
    page.roundTrips = m_c.roundTrips() - before;
    return page;
}

Result<QList<TicketRow>> TicketRepository::children(qint64 parentId)
{
    auto r = m_c.exec(QLatin1String("WITH t AS (SELECT t.*, (extract(epoch FROM t.created_at) * 1000000)::bigint"
                                    " AS sort_key FROM tickets t WHERE t.parent_id = $1) ")
            + QLatin1String(kSelect) + QLatin1String(" ORDER BY t.created_at, t.id"),
        db::SqlParams().add(parentId));
    if (!r.ok())
        return r.error();
    QList<TicketRow> rows;
    rows.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i)
        rows.append(readRow(r.value(), i));
    return rows;
}

Result<TicketFilterOptions> TicketRepository::filterOptions()
{
    // Issue types by a loose index scan over tickets_issue_type_idx (a handful of distinct values in 242k rows).
    auto r = m_c.exec("SELECT 's', id, display_name FROM staff WHERE active"
                      " UNION ALL"
                      " (WITH RECURSIVE k(v) AS ("
                      "   (SELECT issue_type FROM tickets ORDER BY issue_type LIMIT 1)"
                      "   UNION ALL"
                      "   SELECT (SELECT issue_type FROM tickets WHERE issue_type > k.v ORDER BY issue_type LIMIT 1)"
                      "   FROM k WHERE k.v IS NOT NULL)"
                      "  SELECT 't', 0, v FROM k WHERE v IS NOT NULL)"
                      " ORDER BY 1, 3");
    if (!r.ok())
        return r.error();
    TicketFilterOptions o;
    const db::PgResult &res = r.value();
    for (int i = 0; i < res.rows(); ++i) {
        if (res.text(i, 0) == QLatin1String("s"))
            o.staff.append({res.int64(i, 1), res.text(i, 2)});
        else
            o.issueTypes.append(res.text(i, 2));
    }
    return o;
}

Result<qint64> TicketRepository::estimateCount(const TicketFilter &filter)
{
    if (!filter.text.trimmed().isEmpty())
        return qint64(-1);
    if (filter.isEmpty()) {
        auto r = m_c.exec("SELECT reltuples::bigint FROM pg_class WHERE oid = 'tickets'::regclass");
        if (!r.ok())
            return r.error();
        const qint64 n = r.value().rows() > 0 ? r.value().int64(0, 0, -1) : -1;
        if (n >= 0) // -1 until the table was first analysed: count (capped) instead
            return n;
    }
    // An estimate only: the same structured criteria as the list, counted up to the cap.
    db::SqlParams params;
    auto conditions = filterConditions(filter, params);
    if (!conditions.ok())
        return conditions.error();
    QStringList where = std::move(conditions).value();
    if (where.isEmpty())
        where << u"true"_s;
    const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets t WHERE %1 LIMIT %2) capped")
                            .arg(where.join(QLatin1String(" AND ")), QString::number(kEstimateCap));
    auto r = m_c.exec(sql, params);
    if (!r.ok())
        return r.error();
    return r.value().int64(0, 0, -1);
}

Status TicketRepository::setTransactionReadOnly()
{
    auto r = m_c.exec("SET TRANSACTION READ ONLY");
    if (!r.ok())
        return r.error();
    return success();
}

} // namespace ops::tickets
