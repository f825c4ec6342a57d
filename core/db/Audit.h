#pragma once

#include <QString>
#include <QStringList>

// SQL fragments shared by every audited change (tickets, customers, locations, equipment, subscriptions): the audit
// row is written by the same statement as the change, so both commit or neither does.
namespace ops::db::audit {

// The staff row of the connection's role (NULL when the role has none).
inline constexpr const char *kMe = "(SELECT id FROM staff WHERE pg_role = current_user)";
// audit_log.client of every row written by this application.
inline constexpr const char *kClient = "targo-ops";

// "jsonb_build_object('f1', alias.f1, …)" over fields (trusted column names only, never user input).
QString jsonObject(const QString &alias, const QStringList &fields);

// A guarded update of one row with its audit row, as one statement. Parameters: $1 the id, $2 the expected version,
// then the caller's (setClause uses $3…). The statement returns the id when the version matched and no row when it
// was stale (or the row is gone). The audit row's before/after keep only the changed columns (ops_jsonb_diff).
QString guardedUpdateSql(const QString &table, const QString &entity, const QString &setClause);

// An insert with its audit row (after = the new row), as one statement returning the new id. columns and values
// (parameter placeholders or expressions) are in the same order.
QString auditedInsertSql(
    const QString &table, const QString &entity, const QStringList &columns, const QStringList &values);

// The last recorded change of a row: "who" (staff name, or database role) and "at", for "X changed this at HH:MM".
// Parameters: $1 entity, $2 entity id.
const char *lastChangeSql();

} // namespace ops::db::audit
