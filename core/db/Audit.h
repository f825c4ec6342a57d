#pragma once

#include <QString>
#include <QStringList>

// SQL shared by every audited change (tickets, customers, locations, equipment, subscriptions). The audit rows
// themselves are written by the tables' triggers (migration 0012), whoever makes the change: the client writes none.
namespace ops::db::audit {

// A guarded update of one row. Parameters: $1 the id, $2 the expected version, then the caller's (setClause uses
// $3…, and b for the row as it was). Returns the id when the version matched and no row when it was stale (or the row
// is gone).
QString guardedUpdateSql(const QString &table, const QString &setClause);

// An insert returning the new id. columns and values (parameter placeholders or expressions) are in the same order.
QString insertSql(const QString &table, const QStringList &columns, const QStringList &values);

// The last recorded change of a row: "who" (staff name, or database role) and "at", for "X changed this at HH:MM".
// Parameters: $1 entity, $2 entity id.
const char *lastChangeSql();

} // namespace ops::db::audit
