#include "core/import/ImportRepository.h"

#include <QHash>
#include <QJsonDocument>

#include "core/db/PgConnection.h"

namespace ops::import {

namespace {

// pg_try_advisory_lock's key for the ERPNext import.
constexpr const char *kLock = "SELECT pg_try_advisory_lock(hashtext('targo-ops erpnext import'))";

} // namespace

ImportRepository::ImportRepository(db::PgConnection &c)
    : m_c(c)
{}

Status ImportRepository::exec(const char *sql)
{
    auto r = m_c.exec(sql);
    if (!r.ok())
        return r.error();
    return success();
}

Result<bool> ImportRepository::tryLock()
{
    auto r = m_c.exec(kLock);
    if (!r.ok())
        return r.error();
    return r.value().boolean(0, 0);
}

Status ImportRepository::unlock()
{
    return exec("SELECT pg_advisory_unlock(hashtext('targo-ops erpnext import'))");
}

Status ImportRepository::begin()
{
    return exec("BEGIN");
}

Status ImportRepository::commit()
{
    return exec("COMMIT");
}

Status ImportRepository::rollback()
{
    return exec("ROLLBACK");
}

Result<ImportRepository::Run> ImportRepository::openRun(const QString &maskedSource)
{
    auto r = m_c.exec("SELECT id, array_to_string(done_entities, ','), counts::text FROM import_runs "
                      "WHERE source = $1 AND status <> 'done' AND id > coalesce((SELECT max(id) FROM import_runs "
                      "WHERE source = $1 AND status = 'done'), 0) ORDER BY id DESC LIMIT 1",
        db::SqlParams().add(maskedSource));
    if (!r.ok())
        return r.error();
    Run run;
    if (r.value().rows() == 1) {
        run.id = r.value().int64(0, 0);
        run.resumed = true;
        run.doneEntities = r.value().text(0, 1).split(u',', Qt::SkipEmptyParts);
        run.counts = QJsonDocument::fromJson(r.value().bytes(0, 2)).object();
        auto u = m_c.exec(
            "UPDATE import_runs SET status = 'running', error = NULL WHERE id = $1", db::SqlParams().add(run.id));
        if (!u.ok())
            return u.error();
        return run;
    }
    auto ins = m_c.exec("INSERT INTO import_runs (source) VALUES ($1) RETURNING id", db::SqlParams().add(maskedSource));
    if (!ins.ok())
        return ins.error();
    run.id = ins.value().int64(0, 0);
    return run;
}

Status ImportRepository::entityDone(qint64 runId, const EntityCounts &c)
{
    auto r = m_c.exec("UPDATE import_runs SET done_entities = array_append(done_entities, $2), "
                      "counts = counts || jsonb_build_object($2::text, jsonb_build_object('inserted', $3::bigint, "
                      "'updated', $4::bigint, 'unchanged', $5::bigint, 'refused', $6::bigint, 'deleted_upstream', "
                      "$7::bigint, 'skipped', $8::boolean)) WHERE id = $1",
        db::SqlParams()
            .add(runId)
            .add(c.entity)
            .add(c.inserted)
            .add(c.updated)
            .add(c.unchanged)
            .add(c.refused)
            .add(c.deletedUpstream)
            .add(c.skipped));
    if (!r.ok())
        return r.error();
    return success();
}

EntityCounts ImportRepository::countsFromJson(const QString &entity, const QJsonObject &o)
{
    const QJsonObject e = o.value(entity).toObject();
    EntityCounts c;
    c.entity = entity;
    c.inserted = e.value(u"inserted").toInteger();
    c.updated = e.value(u"updated").toInteger();
    c.unchanged = e.value(u"unchanged").toInteger();
    c.refused = e.value(u"refused").toInteger();
    c.deletedUpstream = e.value(u"deleted_upstream").toInteger();
    c.skipped = e.value(u"skipped").toBool();
    c.resumed = true;
    return c;
}

Status ImportRepository::reportSkipped(qint64 runId, const QString &entity, const QString &doctype)
{
    auto r = m_c.exec("INSERT INTO import_issues (run_id, entity, field, action, reason) "
                      "VALUES ($1, $2, $3, 'skipped', 'doctype_missing')",
        db::SqlParams().add(runId).add(entity).add(doctype));
    if (!r.ok())
        return r.error();
    return success();
}

Status ImportRepository::finishRun(qint64 runId, const QString &status, const QString &error)
{
    auto r = m_c.exec("UPDATE import_runs SET status = $2, error = nullif($3, ''), finished_at = now() WHERE id = $1",
        db::SqlParams().add(runId).add(status).add(error.left(2000)));
    if (!r.ok())
        return r.error();
    return success();
}

Status ImportRepository::reconcile(qint64 runId, const QList<ReconLine> &erpnext)
{
    if (Status st = exec("SELECT ops_import_quiet('customers', true)"); !st.ok())
        return st;
    auto balances = m_c.exec(
        "UPDATE customers c SET balance_cents = b.bal FROM (SELECT k.our_id AS id, "
        "coalesce((SELECT sum(i.total_cents) FROM invoices i WHERE i.customer_id = k.our_id AND i.status NOT IN "
        "('draft', 'void')), 0) - coalesce((SELECT sum(p.amount_cents - p.refunded_cents) FROM payments p "
        "WHERE p.customer_id = k.our_id AND p.status = 'succeeded'), 0) AS bal FROM import_keys k "
        "WHERE k.entity = 'customer') b WHERE c.id = b.id AND c.balance_cents <> b.bal");
    if (!balances.ok())
        return balances.error();
    if (Status st = exec("SELECT ops_import_quiet('customers', false)"); !st.ok())
        return st;
    auto ours = m_c.exec(
        "SELECT entity, 'count', count(*) FROM import_keys GROUP BY entity "
        "UNION ALL SELECT 'invoice', 'total_cents', coalesce(sum(i.total_cents), 0) FROM invoices i JOIN import_keys k "
        "ON k.entity = 'invoice' AND k.our_id = i.id WHERE i.status NOT IN ('draft', 'void') "
        "UNION ALL SELECT 'invoice', 'tax_cents', coalesce(sum(i.gst_cents + i.qst_cents), 0) FROM invoices i "
        "JOIN import_keys k ON k.entity = 'invoice' AND k.our_id = i.id WHERE i.status NOT IN ('draft', 'void') "
        "UNION ALL SELECT 'payment', 'received_cents', coalesce(sum(p.amount_cents), 0) FROM payments p "
        "JOIN import_keys k ON k.entity = 'payment' AND k.our_id = p.id WHERE p.status = 'succeeded'");
    if (!ours.ok())
        return ours.error();
    QHash<QString, qint64> mine;
    for (int i = 0; i < ours.value().rows(); ++i)
        mine.insert(ours.value().text(i, 0) + u'/' + ours.value().text(i, 1), ours.value().int64(i, 2));
    for (const ReconLine &l : erpnext) {
        auto r = m_c.exec("INSERT INTO import_reconciliation (run_id, entity, metric, erpnext_value, our_value) "
                          "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (run_id, entity, metric, erpnext_name) DO UPDATE "
                          "SET erpnext_value = excluded.erpnext_value, our_value = excluded.our_value",
            db::SqlParams().add(runId).add(l.entity).add(l.metric).add(l.erpnext).add(
                mine.value(l.entity + u'/' + l.metric)));
        if (!r.ok())
            return r.error();
    }
    // Per customer: ERPNext's outstanding amount against our balance, listed when they differ; then the totals.
    auto perCustomer = m_c.exec(
        "WITH o AS (SELECT customer, sum(cents::numeric)::bigint AS cents FROM imp_outstanding GROUP BY customer), "
        "b AS (SELECT coalesce(k.erpnext_name, o.customer) AS name, coalesce(o.cents, 0) AS erp, c.balance_cents AS "
        "ours FROM (SELECT k.erpnext_name, k.our_id FROM import_keys k WHERE k.entity = 'customer') k "
        "FULL JOIN o ON o.customer = k.erpnext_name LEFT JOIN customers c ON c.id = k.our_id), "
        "d AS (INSERT INTO import_reconciliation (run_id, entity, metric, erpnext_name, erpnext_value, our_value) "
        "SELECT $1, 'customer', 'balance_cents', name, erp, ours FROM b WHERE name IS NOT NULL "
        "AND ours IS DISTINCT FROM erp AND NOT (ours IS NULL AND erp = 0) ON CONFLICT DO NOTHING) "
        "INSERT INTO import_reconciliation (run_id, entity, metric, erpnext_value, our_value) "
        "SELECT $1, 'customer', 'balance_total_cents', coalesce(sum(erp), 0), coalesce(sum(ours), 0) FROM b "
        "ON CONFLICT (run_id, entity, metric, erpnext_name) DO UPDATE SET erpnext_value = excluded.erpnext_value, "
        "our_value = excluded.our_value",
        db::SqlParams().add(runId));
    if (!perCustomer.ok())
        return perCustomer.error();
    return success();
}

Result<QList<ImportIssue>> ImportRepository::issues(qint64 runId)
{
    // In the entities' order, then by ERPNext name: the same report from run to run (the set-based statements and
    // the two writers find the rows in no fixed order).
    QStringList order;
    for (const char *e : kEntities)
        order << QString::fromLatin1(e);
    auto r = m_c.exec("SELECT entity, coalesce(erpnext_name, ''), coalesce(field, ''), action, reason "
                      "FROM import_issues WHERE run_id = $1 ORDER BY array_position($2::text[], entity), "
                      "erpnext_name, field, action, reason, id",
        db::SqlParams().add(runId).add(QLatin1Char('{') + order.join(u',') + QLatin1Char('}')));
    if (!r.ok())
        return r.error();
    QList<ImportIssue> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i) {
        out << ImportIssue{r.value().text(i, 0), r.value().text(i, 1), r.value().text(i, 2), r.value().text(i, 3),
            r.value().text(i, 4)};
    }
    return out;
}

Result<QList<ReconLine>> ImportRepository::reconciliation(qint64 runId)
{
    auto r = m_c.exec("SELECT entity, metric, erpnext_name, coalesce(erpnext_value, 0), coalesce(our_value, 0) "
                      "FROM import_reconciliation WHERE run_id = $1 "
                      "ORDER BY erpnext_name <> '', array_position(ARRAY['customer', 'item', 'location', "
                      "'equipment', 'subscription', 'invoice', 'payment', 'staff', 'ticket', 'message', 'tag', "
                      "'technician', 'job'], entity), metric, "
                      "erpnext_name",
        db::SqlParams().add(runId));
    if (!r.ok())
        return r.error();
    QList<ReconLine> out;
    for (int i = 0; i < r.value().rows(); ++i) {
        ReconLine l;
        l.entity = r.value().text(i, 0);
        l.metric = r.value().text(i, 1);
        l.erpnextName = r.value().text(i, 2);
        l.erpnext = r.value().int64(i, 3);
        l.ours = r.value().int64(i, 4);
        out << l;
    }
    return out;
}

} // namespace ops::import
