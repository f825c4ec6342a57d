#include "core/db/Audit.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::db::audit {

QString guardedUpdateSql(const QString &table, const QString &setClause)
{
    return u"UPDATE %1 b SET %2 WHERE b.id = $1 AND b.version = $2 RETURNING b.id"_s.arg(table, setClause);
}

QString insertSql(const QString &table, const QStringList &columns, const QStringList &values)
{
    return u"INSERT INTO %1 (%2) VALUES (%3) RETURNING id"_s.arg(table, columns.join(u", "_s), values.join(u", "_s));
}

const char *lastChangeSql()
{
    return "SELECT coalesce(st.display_name, al.db_role), al.at FROM audit_log al"
           " LEFT JOIN staff st ON st.id = al.staff_id"
           " WHERE al.entity = $1 AND al.entity_id = $2 AND al.action = 'update'"
           " ORDER BY al.at DESC, al.id DESC LIMIT 1";
}

} // namespace ops::db::audit
