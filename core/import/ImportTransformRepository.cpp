#include "core/import/ImportTransformRepository.h"

#include <QElapsedTimer>

#include "core/db/PgConnection.h"
#include "core/import/ImportPlanRepository.h"
#include "core/logging/Logger.h"

namespace ops::import {

using namespace transform;

ImportTransformRepository::ImportTransformRepository(db::PgConnection &c)
    : m_c(c)
{}

Status ImportTransformRepository::setContext(qint64 runId, const QString &timeZone, const QByteArray &issueTypesJson)
{
    // The memory of the transaction's hash joins and sorts, and of the trigram indexes built once at the end of a
    // bulk load (a GIN build in 64 MB takes half again as long as in 512 MB).
    auto r = m_c.exec("SELECT set_config('ops.import_run', $1, true), set_config('ops.import_tz', $2, true), "
                      "set_config('ops.import_issue_types', $3, true), set_config('work_mem', '64MB', true), "
                      "set_config('maintenance_work_mem', '512MB', true), now() AT TIME ZONE $2",
        db::SqlParams().add(QString::number(runId)).add(timeZone).add(issueTypesJson));
    if (!r.ok())
        return r.error();
    return success();
}

Status ImportTransformRepository::run(const QStringList &statements)
{
    for (const QString &s : statements) {
        QElapsedTimer t;
        t.start();
        auto r = m_c.exec(s);
        // Where an import's time goes (docs/import-erpnext.md, "Performance"): the slow statements, at debug level.
        if (t.elapsed() >= 100)
            log::db()->debug("import statement {} ms: {}", t.elapsed(), s.left(160).toStdString());
        if (!r.ok()) {
            Error e = r.error();
            e.detail = s.left(300) + QStringLiteral(": ") + e.detail;
            return e;
        }
    }
    return success();
}

Result<bool> ImportTransformRepository::hasWork(const QString &entity, const QString &light)
{
    auto r =
        m_c.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 s LEFT JOIN import_keys ik ON ik.entity = $1 "
                                "AND ik.erpnext_name = s.name WHERE ik.source_modified IS DISTINCT FROM s.modified)")
                     .arg(light),
            db::SqlParams().add(entity));
    if (!r.ok())
        return r.error();
    return r.value().boolean(0, 0);
}

Status ImportTransformRepository::emptyStage(const QString &table, const QStringList &columns, const QString &fromLight)
{
    QStringList s;
    s << QStringLiteral("CREATE TEMP TABLE %1 (%2 text) ON COMMIT DROP")
             .arg(table, columns.join(QStringLiteral(" text, ")));
    if (!fromLight.isEmpty())
        s << QStringLiteral("INSERT INTO %1 (name, modified) SELECT name, modified FROM %2").arg(table, fromLight);
    return run(s);
}

Result<EntityCounts> ImportTransformRepository::apply(const QString &entity, const QStringList &skipped)
{
    const Plan plan = transformPlan(entity, skipped);
    if (plan.target.isEmpty())
        return Error::internal(QStringLiteral("no transform for %1").arg(entity));
    if (Status st = run(plan.statements); !st.ok())
        return st.error();
    return finish(entity, plan.target);
}

Result<EntityCounts> ImportTransformRepository::finish(const QString &entity, const QString &stage)
{
    const QString p = stage + QStringLiteral("_p");
    const QString e = entity;
    QStringList s;
    s << QStringLiteral("INSERT INTO import_issues (run_id, entity, erpnext_name, field, action, reason) "
                        "SELECT %1, '%2', name, refused_field, 'refused', refused FROM %3 WHERE refused IS NOT NULL")
             .arg(kRun, e, p);
    // The new rows' keys by a plain insert (no key has their name); the changed rows' (an adopted item has none yet)
    // by an upsert.
    s << QStringLiteral("INSERT INTO import_keys (entity, erpnext_name, our_id, modified, source_modified) "
                        "SELECT '%1', name, our_id, ops_import_ts(modified), modified FROM %2 WHERE state = 'new' "
                        "AND refused IS NULL")
             .arg(e, p);
    s << QStringLiteral("INSERT INTO import_keys (entity, erpnext_name, our_id, modified, source_modified) "
                        "SELECT '%1', name, our_id, ops_import_ts(modified), modified FROM %2 WHERE state = 'changed' "
                        "AND refused IS NULL ON CONFLICT (entity, erpnext_name) DO UPDATE SET our_id = "
                        "excluded.our_id, modified = excluded.modified, source_modified = excluded.source_modified, "
                        "imported_at = now()")
             .arg(e, p);
    // The keys just written change import_keys' size by up to a million rows: without fresh statistics the planner
    // picks a nested-loop anti-join below (hours at 242,000 tickets instead of a second). A few new keys leave the
    // statistics good enough (a re-import skips the nine ANALYZE, 0.2 s each).
    s << QStringLiteral("DO $$BEGIN IF (SELECT count(*) FROM %1 WHERE state = 'new' AND refused IS NULL) > 5000 THEN "
                        "ANALYZE import_keys; END IF; END$$")
             .arg(p);
    // The keys whose name the site no longer has. The anti-join runs only when the counts say some are missing: the
    // keys = the stage's names that have one (all but the new refused ones) + the deleted (a re-import of 784,000
    // messages skips a second of hashing).
    s << QStringLiteral("INSERT INTO import_issues (run_id, entity, erpnext_name, action, reason) "
                        "SELECT %1, '%2', k.erpnext_name, 'deleted_upstream', 'deleted_upstream' FROM import_keys k "
                        "WHERE k.entity = '%2' AND NOT EXISTS (SELECT 1 FROM %3 s WHERE s.name = k.erpnext_name) "
                        "AND (SELECT count(*) FROM import_keys WHERE entity = '%2') - (SELECT count(*) FROM %3) + "
                        "(SELECT count(*) FROM %4 WHERE state = 'new' AND refused IS NOT NULL) > 0")
             .arg(kRun, e, stage, p);
    if (Status st = run(s); !st.ok())
        return st.error();
    auto r = m_c.exec(QStringLiteral("SELECT (SELECT count(*) FROM %1 WHERE state = 'new' AND refused IS NULL), "
                                     "(SELECT count(*) FROM %1 WHERE state = 'changed' AND refused IS NULL), "
                                     "(SELECT count(*) FROM %2) - (SELECT count(*) FROM %1), "
                                     "(SELECT count(*) FROM %1 WHERE refused IS NOT NULL), "
                                     "(SELECT count(*) FROM import_issues WHERE run_id = %3 AND entity = '%4' "
                                     "AND action = 'deleted_upstream')")
                          .arg(p, stage, kRun, e));
    if (!r.ok())
        return r.error();
    EntityCounts c;
    c.entity = entity;
    c.inserted = r.value().int64(0, 0);
    c.updated = r.value().int64(0, 1);
    c.unchanged = r.value().int64(0, 2);
    c.refused = r.value().int64(0, 3);
    c.deletedUpstream = r.value().int64(0, 4);
    // One audit row per entity for the import (its rows' own audit triggers were off).
    // Through ops_import_audit (migration 0036): an admin may not write audit_log itself.
    auto audited = m_c.exec(QStringLiteral("SELECT ops_import_audit(%1, $1, $2, $3)").arg(kRun),
        db::SqlParams().add(entity).add(c.inserted).add(c.updated));
    if (!audited.ok())
        return audited.error();
    return c;
}

} // namespace ops::import
