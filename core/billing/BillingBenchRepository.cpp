#include "core/billing/BillingBenchRepository.h"

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"

namespace ops::billing {

namespace {

Status ok(const Result<db::PgResult> &r)
{
    if (!r.ok())
        return r.error();
    return success();
}

} // namespace

BillingBenchRepository::BillingBenchRepository(db::PgConnection &c)
    : m_c(c)
{}

Status BillingBenchRepository::undoRun(qint64 runId)
{
    db::Transaction tx(m_c);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto run = m_c.exec("SELECT substr(first_invoice_code, 5)::bigint, substr(last_invoice_code, 5)::bigint"
                        "  FROM billing_runs WHERE id = $1 AND status = 'committed'",
        db::SqlParams().add(runId));
    if (!run.ok())
        return run.error();
    if (run.value().rows() == 1 && !run.value().isNull(0, 0)) {
        const db::SqlParams range = db::SqlParams().add(run.value().int64(0, 0)).add(run.value().int64(0, 1));
        Status st = ok(m_c.exec("CREATE TEMP TABLE bench_undo ON COMMIT DROP AS"
                                " SELECT i.id, i.customer_id, i.total_cents FROM invoices i"
                                "  WHERE i.code IN (SELECT ops_invoice_code(g)"
                                "                     FROM generate_series($1::bigint, $2::bigint) g)",
            range));
        if (st.ok())
            st = ok(m_c.exec("UPDATE customers c SET balance_cents = c.balance_cents - u.total_cents"
                             "  FROM bench_undo u WHERE c.id = u.customer_id"));
        // Credit the run applied to its invoices (migration 0020_payments) becomes credit again.
        if (st.ok())
            st = ok(m_c.exec("DELETE FROM payment_allocations WHERE invoice_id IN (SELECT id FROM bench_undo)"));
        if (st.ok())
            st = ok(m_c.exec("DELETE FROM invoices WHERE id IN (SELECT id FROM bench_undo)")); // lines, taxes cascade
        if (st.ok())
            st = ok(m_c.exec(
                "UPDATE document_counters SET next_value = $1 WHERE name = 'invoice' AND next_value = $2 + 1", range));
        if (!st.ok())
            return st;
    }
    Status st = ok(m_c.exec("DELETE FROM billing_runs WHERE id = $1", db::SqlParams().add(runId)));
    if (!st.ok())
        return st;
    return tx.commit();
}

Status BillingBenchRepository::deleteRun(qint64 runId)
{
    return ok(m_c.exec("DELETE FROM billing_runs WHERE id = $1", db::SqlParams().add(runId)));
}

} // namespace ops::billing
