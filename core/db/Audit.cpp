#include "core/db/Audit.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::db::audit {

QString jsonObject(const QString &alias, const QStringList &fields)
{
    QStringList parts;
    parts.reserve(fields.size());
    for (const QString &f : fields)
        parts << u"'%1', %2.%1"_s.arg(f, alias);
    return u"jsonb_build_object(%1)"_s.arg(parts.join(u", "_s));
}

QString guardedUpdateSql(const QString &table, const QString &entity, const QString &setClause)
{
    // b: the row locked as it was; a: the row after the guarded UPDATE (none when the version is stale).
    return u"WITH b AS (SELECT * FROM %1 WHERE id = $1 FOR UPDATE),"
           " a AS (UPDATE %1 SET %3 FROM b WHERE %1.id = b.id AND %1.version = $2 RETURNING %1.*),"
           " audit AS (INSERT INTO audit_log (staff_id, action, entity, entity_id, before, after, client)"
           "   SELECT %4, 'update', '%2', a.id, ops_jsonb_diff(to_jsonb(b), to_jsonb(a)),"
           "    ops_jsonb_diff(to_jsonb(a), to_jsonb(b)), '%5' FROM a JOIN b ON b.id = a.id)"
           " SELECT a.id FROM a"_s.arg(table, entity, setClause, QLatin1String(kMe), QLatin1String(kClient));
}

QString auditedInsertSql(
    const QString &table, const QString &entity, const QStringList &columns, const QStringList &values)
{
    return u"WITH a AS (INSERT INTO %1 (%3) VALUES (%4) RETURNING *),"
           " audit AS (INSERT INTO audit_log (staff_id, action, entity, entity_id, after, client)"
           "   SELECT %5, 'insert', '%2', a.id, to_jsonb(a) - 'created_at' - 'updated_at', '%6' FROM a)"
           " SELECT a.id FROM a"_s.arg(
               table, entity, columns.join(u", "_s), values.join(u", "_s), QLatin1String(kMe), QLatin1String(kClient));
}

const char *lastChangeSql()
{
    return "SELECT coalesce(st.display_name, al.db_role), al.at FROM audit_log al"
           " LEFT JOIN staff st ON st.id = al.staff_id"
           " WHERE al.entity = $1 AND al.entity_id = $2 AND al.action = 'update'"
           " ORDER BY al.at DESC, al.id DESC LIMIT 1";
}

} // namespace ops::db::audit
