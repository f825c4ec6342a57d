#pragma once

#include <QString>
#include <QStringList>

namespace ops::import::transform {

// The run id of the transaction's import (set by ImportTransformRepository::setContext), for the statements.
inline const QString kRun = QStringLiteral("current_setting('ops.import_run')::bigint");

// One entity's transform: the statements that take its staging tables (imp_<entity> and its children) to a prepared
// table (imp_<entity>_p: name, modified, state, our_id, refused, refused_field and the cleaned values) and write the
// rows that are new or changed and not refused into our tables. target: the entity's main staging table.
struct Plan
{
    QString target;
    QStringList statements;
};
// skipped: the entities skipped on this site (their links are dropped silently).
Plan transformPlan(const QString &entity, const QStringList &skipped);
// An optional link's report condition: its raw ERPNext name given (p.<field>_raw) but no id of ours (p.<field>_id);
// empty when the linked entity was skipped on this site (the links are then dropped silently).
QString optionalLinkReport(const char *field, bool linkedSkipped);
// The invoices, payments, tickets and messages (ImportBillingPlanRepository.cpp).
Plan billingPlan(const QString &entity, const QStringList &skipped);
// Staff, dispatch tags, technicians and jobs (ImportDispatchPlanRepository.cpp).
Plan dispatchPlan(const QString &entity, const QStringList &skipped);

// The statements below use {run} for the run id and {e} for the entity; every check runs on the prepared table
// {p} (imp_<entity>_p) and only on rows that are new or changed.
class Builder
{
public:
    Builder(const QString &entity, const QString &stage)
        : m_entity(entity)
        , m_stage(stage)
        , m_p(stage + QStringLiteral("_p"))
    {}

    // Appends a statement; {run}, {e}, {p}, {s} and the links of key() are filled in.
    Builder &sql(QString s);
    Builder &sql(const char *s) { return sql(QString::fromUtf8(s)); }

    // The prepared table: the stage's rows that are new (no key) or changed (the key's modified differs), matched
    // with import_keys (alias ik) in the same statement (the stage itself is never rewritten: a re-import with
    // nothing changed reads it once); name, modified, state, our_id (a new id for new rows), refused,
    // refused_field, then the entity's columns (select: "expr AS col, ..." over the stage s and from: its joins).
    // The links of key() in select are joined to import_keys once (a hash join over the batch), not looked up row by
    // row: 784,000 messages each finding their ticket cost a second more as index probes.
    Builder &prepare(const QString &target, const QString &select, const QString &from = {});
    Builder &refuse(const char *field, const char *reason, const QString &cond)
    {
        return sql(QStringLiteral("UPDATE {p} p SET refused = '%1', refused_field = '%2' WHERE p.refused IS NULL "
                                  "AND (%3)")
                       .arg(QString::fromUtf8(reason), QString::fromUtf8(field), cond));
    }
    Builder &refuse(const char *field, const char *reason, const char *cond)
    {
        return refuse(field, reason, QString::fromUtf8(cond));
    }
    // Reports the rows (not refused) that cond picks as changed (cleaned) on field.
    Builder &changed(const char *field, const char *reason, const QString &cond)
    {
        return sql(QStringLiteral("INSERT INTO import_issues (run_id, entity, erpnext_name, field, action, reason) "
                                  "SELECT {run}, '{e}', p.name, '%1', 'changed', '%2' FROM {p} p "
                                  "WHERE p.refused IS NULL AND (%3)")
                       .arg(QString::fromUtf8(field), QString::fromUtf8(reason), cond));
    }
    Builder &changed(const char *field, const char *reason, const char *cond)
    {
        return changed(field, reason, QString::fromUtf8(cond));
    }
    // A value that must be unique: held by an earlier row (by name) of the batch or by another row of ours
    // (ours: "EXISTS (... t WHERE t.col = p.col AND t.id <> p.our_id)"-style condition). refuse: the row is
    // refused, else the value is cleared and the row reported as changed.
    Builder &unique(const char *col, const char *field, const char *reason, const QString &ours, bool refuseRow)
    {
        const QString c = QString::fromUtf8(col);
        // The batch's duplicates by a window over the value (a sort, not a probe per row), ours by a semi-join.
        const QString dup = QStringLiteral("SELECT d.name FROM (SELECT p.name, row_number() OVER (PARTITION BY p.%1 "
                                           "ORDER BY p.name) AS n FROM {p} p WHERE p.refused IS NULL AND p.%1 IS NOT "
                                           "NULL) d WHERE d.n > 1 UNION SELECT p.name FROM {p} p WHERE p.refused IS "
                                           "NULL AND p.%1 IS NOT NULL AND %2")
                                .arg(c, ours);
        if (refuseRow)
            return refuse(field, reason, QStringLiteral("p.name IN (%1)").arg(dup));
        return sql(QStringLiteral("WITH d AS (%1), r AS (INSERT INTO import_issues (run_id, entity, erpnext_name, "
                                  "field, action, reason) SELECT {run}, '{e}', name, '%2', 'changed', '%3' FROM d) "
                                  "UPDATE {p} p SET %4 = NULL FROM d WHERE d.name = p.name")
                       .arg(dup, QString::fromUtf8(field), QString::fromUtf8(reason), c));
    }
    // A link to another imported entity: our id of the ERPNext name in expr, or NULL. A placeholder that prepare()
    // turns into a join and sql() into a lookup.
    static QString key(const char *entity, const QString &expr)
    {
        return QStringLiteral("{key:%1:%2}").arg(QString::fromUtf8(entity), expr);
    }

    Plan plan() const { return Plan{m_stage, m_out}; }

private:
    QString m_entity;
    QString m_stage;
    QString m_p;
    QStringList m_out;
};

} // namespace ops::import::transform
