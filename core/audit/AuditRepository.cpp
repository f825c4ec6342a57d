#include "core/audit/AuditRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include "core/db/PgConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::audit {

QStringList AuditEntry::changedFields() const
{
    if (action != QLatin1String("update"))
        return {};
    QStringList keys = after.keys();
    for (const QString &k : before.keys())
        if (!keys.contains(k))
            keys << k;
    return keys;
}

QStringList knownEntities()
{
    return {u"customer"_s, u"service_location"_s, u"service_equipment"_s, u"subscription"_s, u"invoice"_s, u"payment"_s,
        u"ticket"_s, u"ticket_message"_s, u"dispatch_job"_s, u"casl_consent"_s, u"staff"_s};
}

QStringList knownActions()
{
    return {u"insert"_s, u"update"_s, u"delete"_s, u"view"_s, u"export"_s, u"reveal"_s};
}

namespace {

QJsonObject jsonObject(const db::PgResult &r, int row, int col)
{
    if (r.isNull(row, col))
        return {};
    return QJsonDocument::fromJson(r.bytes(row, col)).object();
}

// Columns of kEntrySql, in order.
constexpr const char *kEntryColumns =
    "al.id, (extract(epoch FROM al.at) * 1000000)::bigint, al.at, al.db_role, al.staff_id,"
    " coalesce(st.display_name, ''), al.action, al.entity, al.entity_id, al.customer_id, c.code, c.display_name,"
    " al.before, al.after, al.client";

AuditEntry entryAt(const db::PgResult &r, int row)
{
    AuditEntry e;
    int c = 0;
    e.id = r.int64(row, c++);
    e.atMicros = r.int64(row, c++);
    e.at = r.timestamp(row, c++);
    e.dbRole = r.text(row, c++);
    e.staffId = r.int64(row, c++);
    e.staffName = r.text(row, c++);
    e.action = r.text(row, c++);
    e.entity = r.text(row, c++);
    e.entityId = r.int64(row, c++);
    e.customerId = r.int64(row, c++);
    e.customerCode = r.text(row, c++);
    e.customerName = r.text(row, c++);
    e.before = jsonObject(r, row, c++);
    e.after = jsonObject(r, row, c++);
    e.client = r.text(row, c++);
    return e;
}

} // namespace

AuditRepository::AuditRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<qint64> AuditRepository::resolveCustomer(const QString &codeOrNumber)
{
    const QString text = codeOrNumber.trimmed();
    if (text.isEmpty())
        return qint64(0);
    static const QRegularExpression number(u"^[0-9]{1,18}$"_s);
    const bool isNumber = number.match(text).hasMatch();
    auto r = isNumber ? m_c.exec("SELECT id FROM customers WHERE id = $1::bigint", db::SqlParams().add(text))
                      : m_c.exec("SELECT id FROM customers WHERE code = upper($1)", db::SqlParams().add(text));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::audit", "No customer has the code or number %1.").arg(text));
    return r.value().int64(0, 0);
}

Result<AuditPage> AuditRepository::page(const AuditQuery &query, const AuditCursor &after, int limit)
{
    auto customer = resolveCustomer(query.customer);
    if (!customer.ok())
        return customer.error();
    return pageResolved(query, customer.value(), after, limit);
}

Result<AuditPage> AuditRepository::pageResolved(
    const AuditQuery &query, qint64 customerId, const AuditCursor &after, int limit)
{
    limit = qBound(1, limit, kMaxLimit);
    QStringList where;
    db::SqlParams p;
    int n = 0;
    auto next = [&n] {
        return u"$%1"_s.arg(++n);
    };
    if (query.staffId > 0) {
        where << u"al.staff_id = "_s + next();
        p.add(query.staffId);
    }
    if (!query.entity.isEmpty()) {
        where << u"al.entity = "_s + next();
        p.add(query.entity);
    }
    if (customerId > 0) {
        where << u"al.customer_id = "_s + next();
        p.add(customerId);
    }
    if (query.from.isValid()) {
        where << u"al.at >= "_s + next() + u"::timestamptz"_s;
        p.add(query.from.startOfDay());
    }
    if (query.to.isValid()) {
        where << u"al.at < "_s + next() + u"::timestamptz"_s;
        p.add(query.to.addDays(1).startOfDay());
    }
    if (!query.action.isEmpty()) {
        where << u"al.action = "_s + next();
        p.add(query.action);
    }
    if (!after.isNull()) {
        const QString at = next();
        const QString id = next();
        where << u"(al.at, al.id) < ('epoch'::timestamptz + %1::bigint * interval '1 microsecond', %2::bigint)"_s.arg(
            at, id);
        p.add(after.atMicros).add(after.id);
    }
    const QString limitParam = next();
    p.add(limit + 1);
    const QString sql = u"SELECT "_s + QLatin1String(kEntryColumns)
        + u" FROM audit_log al LEFT JOIN staff st ON st.id = al.staff_id"
          " LEFT JOIN customers c ON c.id = al.customer_id"_s
        + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s))
        + u" ORDER BY al.at DESC, al.id DESC LIMIT "_s + limitParam;
    auto r = m_c.exec(sql, p);
    if (!r.ok())
        return r.error();
    AuditPage page;
    page.customerId = customerId;
    const int rows = r.value().rows();
    page.hasMore = rows > limit;
    page.rows.reserve(qMin(rows, limit));
    for (int i = 0; i < rows && i < limit; ++i)
        page.rows.append(entryAt(r.value(), i));
    if (!page.rows.isEmpty())
        page.next = {page.rows.last().atMicros, page.rows.last().id};
    return page;
}

Result<QList<FileAccess>> AuditRepository::fileAccesses(qint64 customerId, int limit)
{
    auto r = m_c.exec("SELECT al.id, al.at, coalesce(st.display_name, al.db_role), al.db_role,"
                      " coalesce(st.role_group, ''), coalesce(al.client, '')"
                      " FROM audit_log al LEFT JOIN staff st ON st.id = al.staff_id"
                      " WHERE al.customer_id = $1 AND al.action = 'view' AND al.entity = 'customer'"
                      " ORDER BY al.at DESC, al.id DESC LIMIT $2",
        db::SqlParams().add(customerId).add(qBound(1, limit, kMaxLimit)));
    if (!r.ok())
        return r.error();
    QList<FileAccess> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i) {
        FileAccess a;
        a.id = r.value().int64(i, 0);
        a.at = r.value().timestamp(i, 1);
        a.staffName = r.value().text(i, 2);
        a.dbRole = r.value().text(i, 3);
        a.groupName = r.value().text(i, 4);
        a.client = r.value().text(i, 5);
        out.append(a);
    }
    return out;
}

Result<QList<StaffOption>> AuditRepository::staff()
{
    auto r = m_c.exec("SELECT id, display_name, pg_role, active FROM staff ORDER BY lower(display_name), id");
    if (!r.ok())
        return r.error();
    QList<StaffOption> out;
    for (int i = 0; i < r.value().rows(); ++i)
        out.append({r.value().int64(i, 0), r.value().text(i, 1), r.value().text(i, 2), r.value().boolean(i, 3)});
    return out;
}

Status AuditRepository::recordAccess(const QString &action, const QString &entity, qint64 entityId, qint64 customerId)
{
    db::SqlParams p;
    p.add(action).add(entity).add(entityId);
    if (customerId > 0)
        p.add(customerId);
    else
        p.addNull();
    auto r = m_c.exec("SELECT ops_record_access($1, $2, $3::bigint, $4::bigint)", p);
    if (!r.ok())
        return r.error();
    return success();
}

Result<bool> AuditRepository::canRead()
{
    auto r = m_c.exec("SELECT has_table_privilege('audit_log', 'SELECT')");
    if (!r.ok())
        return r.error();
    return r.value().boolean(0, 0);
}

} // namespace ops::audit
