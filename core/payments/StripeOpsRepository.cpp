#include "core/payments/StripeOpsRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

StripeOpsRepository::StripeOpsRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<StripeOverview> StripeOpsRepository::overview(const QString &eventOutcome)
{
    static const QStringList kOutcomes{u"applied"_s, u"ignored"_s, u"unmatched"_s, u"failed"_s};
    if (!eventOutcome.isEmpty() && !kOutcomes.contains(eventOutcome))
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::payments::StripeOpsRepository", "Unknown event outcome."), eventOutcome);
    std::function<Result<StripeOverview>(db::PgConnection &)> fn = [&eventOutcome](
                                                                       db::PgConnection &c) -> Result<StripeOverview> {
        StripeOverview o;
        auto runs = c.exec(R"SQL(
SELECT r.id, r.run_date, r.status, r.invoices, r.requested_cents,
       count(*) FILTER (WHERE a.status = 'succeeded'),
       count(*) FILTER (WHERE a.status IN ('sending', 'processing')),
       count(*) FILTER (WHERE a.status IN ('failed', 'canceled')), r.started_at
  FROM (SELECT * FROM ppa_runs ORDER BY run_date DESC, id DESC LIMIT 200) r
  LEFT JOIN ppa_attempts a ON a.run_id = r.id
 GROUP BY r.id, r.run_date, r.status, r.invoices, r.requested_cents, r.started_at
 ORDER BY r.run_date DESC, r.id DESC
)SQL");
        if (!runs.ok())
            return runs.error();
        for (int i = 0; i < runs.value().rows(); ++i) {
            const db::PgResult &r = runs.value();
            o.runs.push_back({r.int64(i, 0), r.date(i, 1), r.text(i, 2), r.int32(i, 3), r.int64(i, 4), r.int32(i, 5),
                r.int32(i, 6), r.int32(i, 7), r.timestamp(i, 8)});
        }
        auto events = c.exec(R"SQL(
SELECT e.event_id, e.applied_at, e.type, e.outcome, coalesce(p.code, ''), coalesce(cu.code, ''), coalesce(e.detail, '')
  FROM stripe_events_applied e
  LEFT JOIN payments p ON p.id = e.payment_id
  LEFT JOIN customers cu ON cu.id = e.customer_id
 WHERE $1 = '' OR e.outcome = $1
 ORDER BY e.applied_at DESC, e.event_id DESC LIMIT 500
)SQL",
            db::SqlParams().add(eventOutcome));
        if (!events.ok())
            return events.error();
        for (int i = 0; i < events.value().rows(); ++i) {
            const db::PgResult &r = events.value();
            o.events.push_back({r.text(i, 0), r.timestamp(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5),
                r.text(i, 6)});
        }
        auto disputes = c.exec(R"SQL(
SELECT d.dispute_id, d.opened_at, coalesce(p.code, ''), coalesce(cu.code, ''), d.amount_cents, coalesce(d.reason, ''),
       d.status
  FROM stripe_disputes d
  LEFT JOIN payments p ON p.id = d.payment_id
  LEFT JOIN customers cu ON cu.id = d.customer_id
 ORDER BY d.opened_at DESC, d.id DESC LIMIT 500
)SQL");
        if (!disputes.ok())
            return disputes.error();
        for (int i = 0; i < disputes.value().rows(); ++i) {
            const db::PgResult &r = disputes.value();
            o.disputes.push_back({r.text(i, 0), r.timestamp(i, 1), r.text(i, 2), r.text(i, 3), r.int64(i, 4),
                r.text(i, 5), r.text(i, 6)});
        }
        auto refunds = c.exec(R"SQL(
SELECT f.id, f.created_at, p.code, cu.code, f.amount_cents, f.status, f.reason, coalesce(f.error_message, '')
  FROM payment_refunds f JOIN payments p ON p.id = f.payment_id JOIN customers cu ON cu.id = f.customer_id
 WHERE f.status IN ('requested', 'pending')
 ORDER BY f.created_at, f.id LIMIT 500
)SQL");
        if (!refunds.ok())
            return refunds.error();
        for (int i = 0; i < refunds.value().rows(); ++i) {
            const db::PgResult &r = refunds.value();
            o.pendingRefunds.push_back({r.int64(i, 0), r.timestamp(i, 1), r.text(i, 2), r.text(i, 3), r.int64(i, 4),
                r.text(i, 5), r.text(i, 6), r.text(i, 7)});
        }
        auto setups = c.exec(R"SQL(
SELECT s.id, s.created_at, cu.code, cu.display_name, s.method_type, s.channel, s.recipient, s.status
  FROM stripe_setup_requests s JOIN customers cu ON cu.id = s.customer_id
 WHERE s.status IN ('requested', 'sent')
 ORDER BY s.created_at DESC, s.id DESC LIMIT 500
)SQL");
        if (!setups.ok())
            return setups.error();
        for (int i = 0; i < setups.value().rows(); ++i) {
            const db::PgResult &r = setups.value();
            o.waitingSetups.push_back({r.int64(i, 0), r.timestamp(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4),
                r.text(i, 5), r.text(i, 6), r.text(i, 7)});
        }
        return o;
    };
    // One snapshot for the five reads.
    return db::withTransaction(m_c, fn, db::Isolation::RepeatableRead);
}

Result<QList<PpaAttemptRow>> StripeOpsRepository::attempts(qint64 runId)
{
    auto r = m_c.exec(R"SQL(
SELECT a.id, i.code, cu.code, cu.display_name, a.attempt, a.amount_cents, a.status,
       concat_ws(': ', a.error_code, a.error_message)
  FROM ppa_attempts a JOIN invoices i ON i.id = a.invoice_id JOIN customers cu ON cu.id = a.customer_id
 WHERE a.run_id = $1
 ORDER BY a.id LIMIT 5000
)SQL",
        db::SqlParams().add(runId));
    if (!r.ok())
        return r.error();
    QList<PpaAttemptRow> out;
    const db::PgResult &res = r.value();
    for (int i = 0; i < res.rows(); ++i)
        out.push_back({res.int64(i, 0), res.text(i, 1), res.text(i, 2), res.text(i, 3), res.int32(i, 4),
            res.int64(i, 5), res.text(i, 6), res.text(i, 7)});
    return out;
}

} // namespace ops::payments
