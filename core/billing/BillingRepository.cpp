#include "core/billing/BillingRepository.h"

#include <QCoreApplication>

#include "core/billing/BillingRule.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/logging/Logger.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

Status ok(const Result<db::PgResult> &r)
{
    if (!r.ok())
        return r.error();
    return success();
}

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled,
        QCoreApplication::translate("ops::billing", "The billing run was cancelled; nothing was written."));
}

// Every subscription line of the period and every unbilled charge, with its amount under the rule, and whether its
// customer already has an invoice for the period. A subscription that follows the catalogue is billed at its item's
// price in effect on the period's first day (item_prices, migration 0019), a custom one at its own price.
// $1: the first day of the period.
constexpr const char *kStageSource = R"sql(
CREATE TEMP TABLE bill_src ON COMMIT DROP AS
WITH p AS (SELECT $1::date AS p0, ($1::date + interval '1 month')::date - 1 AS p1),
     done AS (SELECT DISTINCT customer_id FROM invoices
               WHERE period_start = $1::date AND kind = 'invoice' AND status <> 'void'),
     -- Each item's catalogue price on the period's first day, computed once per item (MATERIALIZED: inlined, the
     -- subquery would run once per subscription line).
     cat AS MATERIALIZED (SELECT i.id AS item_id,
                    coalesce((SELECT ip.price_cents FROM item_prices ip
                               WHERE ip.item_id = i.id AND ip.effective_from <= $1::date
                               ORDER BY ip.effective_from DESC LIMIT 1), i.monthly_price_cents) AS price
               FROM items i)
SELECT s.customer_id, 0 AS src, s.start_date AS sort_date, s.id AS sort_id,
       s.id AS subscription_id, NULL::bigint AS charge_id, s.item_id,
       CASE WHEN c.language = 'en' THEN i.name_en ELSE i.name_fr END
         || CASE WHEN d.f > p.p0 OR d.t < p.p1
                 THEN ' (' || to_char(d.f, 'YYYY-MM-DD') || ' – ' || to_char(d.t, 'YYYY-MM-DD') || ')'
                 ELSE '' END AS description,
       s.quantity, pr.price AS unit_price,
       round(pr.price::numeric * s.quantity * (d.t - d.f + 1) / (p.p1 - p.p0 + 1))::bigint AS amount,
       i.taxable, i.kind AS item_kind, s.code AS subscription_code, dn.customer_id IS NOT NULL AS already
  FROM p
  JOIN subscriptions s ON s.start_date <= p.p1 AND (s.end_date IS NULL OR s.end_date >= p.p0)
  JOIN items i ON i.id = s.item_id
  JOIN cat ON cat.item_id = s.item_id
  JOIN customers c ON c.id = s.customer_id
  CROSS JOIN LATERAL (SELECT CASE WHEN s.custom_price THEN s.price_cents ELSE cat.price END AS price) pr
  CROSS JOIN LATERAL (SELECT greatest(s.start_date, p.p0) AS f, least(coalesce(s.end_date, p.p1), p.p1) AS t) d
  LEFT JOIN done dn ON dn.customer_id = s.customer_id
 WHERE s.status IN ('active', 'suspended', 'cancelled')
UNION ALL
SELECT ch.customer_id, 1, ch.created_at::date, ch.id, NULL, ch.id, ch.item_id, ch.description, ch.quantity,
       ch.amount_cents, ch.amount_cents * ch.quantity, ch.taxable, coalesce(i.kind, 'fee'), NULL,
       dn.customer_id IS NOT NULL
  FROM customer_charges ch
  LEFT JOIN items i ON i.id = ch.item_id
  LEFT JOIN done dn ON dn.customer_id = ch.customer_id
 WHERE ch.invoice_line_id IS NULL
)sql";

// The lines that go on invoices: a non-zero amount, a customer not yet invoiced; subscriptions first, then charges.
constexpr const char *kStageLines = R"sql(
CREATE TEMP TABLE bill_lines ON COMMIT DROP AS
SELECT b.*, row_number() OVER (PARTITION BY b.customer_id ORDER BY b.src, b.sort_date, b.sort_id)::int AS line_no
  FROM bill_src b WHERE b.amount <> 0 AND NOT b.already
)sql";

// One invoice per customer: subtotal, the taxable base, GST and QST each rounded half away from zero (numeric round),
// total; seq numbers them for the codes.
constexpr const char *kStageInvoices = R"sql(
CREATE TEMP TABLE bill_invoices ON COMMIT DROP AS
SELECT x.customer_id, x.lines, x.subtotal, x.taxable, x.gst, x.qst, x.subtotal + x.gst + x.qst AS total,
       row_number() OVER (ORDER BY x.customer_id)::int AS seq
  FROM (SELECT l.customer_id, count(*)::int AS lines, sum(l.amount)::bigint AS subtotal,
               coalesce(sum(l.amount) FILTER (WHERE l.taxable), 0)::bigint AS taxable,
               round(coalesce(sum(l.amount) FILTER (WHERE l.taxable), 0) * 0.05)::bigint AS gst,
               round(coalesce(sum(l.amount) FILTER (WHERE l.taxable), 0) * 0.09975)::bigint AS qst
          FROM bill_lines l GROUP BY l.customer_id) x
)sql";

constexpr const char *kSummary = R"sql(
SELECT (SELECT count(*) FROM bill_invoices), (SELECT count(*) FROM bill_lines),
       (SELECT count(*) FROM bill_lines WHERE subscription_id IS NOT NULL),
       (SELECT count(*) FROM bill_lines WHERE charge_id IS NOT NULL),
       (SELECT count(DISTINCT customer_id) FROM bill_src WHERE already),
       coalesce(sum(subtotal), 0), coalesce(sum(gst), 0), coalesce(sum(qst), 0), coalesce(sum(total), 0)
  FROM bill_invoices
)sql";

constexpr const char *kPlans = R"sql(
SELECT coalesce(i.sku, ''), coalesce(i.name_fr, ''), coalesce(i.name_en, ''), count(*), sum(l.amount)
  FROM bill_lines l LEFT JOIN items i ON i.id = l.item_id
 GROUP BY 1, 2, 3 ORDER BY 5 DESC, 1
)sql";

// Every anomaly counted, at most $1 of each kind listed.
constexpr const char *kAnomalies = R"sql(
SELECT kind, customer, sub, amount, n FROM (
  SELECT a.*, count(*) OVER (PARTITION BY kind) AS n,
         row_number() OVER (PARTITION BY kind ORDER BY customer, sub) AS rn
    FROM (SELECT 'no_price' AS kind, c.code AS customer, b.subscription_code AS sub, 0::bigint AS amount
            FROM bill_src b JOIN customers c ON c.id = b.customer_id
           WHERE b.subscription_id IS NOT NULL AND b.unit_price = 0 AND NOT b.already
          UNION ALL
          SELECT 'already_billed', c.code, b.subscription_code, b.amount
            FROM bill_src b JOIN customers c ON c.id = b.customer_id
           WHERE b.subscription_id IS NOT NULL AND b.already AND b.amount <> 0
          UNION ALL
          SELECT 'no_address', c.code, '', 0
            FROM bill_invoices v JOIN customers c ON c.id = v.customer_id
           WHERE coalesce(btrim(c.billing_street), '') = '' OR coalesce(btrim(c.billing_city), '') = ''
              OR c.billing_postal_code IS NULL
          UNION ALL
          SELECT 'no_email', c.code, '', 0
            FROM bill_invoices v JOIN customers c ON c.id = v.customer_id
           WHERE coalesce(btrim(c.email), '') = ''
          UNION ALL
          SELECT 'negative_invoice', c.code, '', v.total
            FROM bill_invoices v JOIN customers c ON c.id = v.customer_id WHERE v.total < 0
          UNION ALL
          SELECT 'negative_taxable', c.code, b.subscription_code, b.amount
            FROM bill_lines b JOIN customers c ON c.id = b.customer_id
           WHERE b.subscription_id IS NOT NULL AND b.amount < 0 AND b.taxable AND b.item_kind <> 'discount') a
) z WHERE rn <= $1 ORDER BY kind, customer, sub
)sql";

constexpr struct
{
    AnomalyKind kind;
    const char *key;
    const char *label;
} kAnomalyKinds[] = {
    {AnomalyKind::NoPrice, "no_price", QT_TRANSLATE_NOOP("ops::billing", "Subscription without a price")},
    {AnomalyKind::NoAddress, "no_address", QT_TRANSLATE_NOOP("ops::billing", "Customer without a billing address")},
    {AnomalyKind::NoEmail, "no_email", QT_TRANSLATE_NOOP("ops::billing", "Customer without an e-mail address")},
    {AnomalyKind::NegativeInvoice, "negative_invoice", QT_TRANSLATE_NOOP("ops::billing", "Negative invoice")},
    {AnomalyKind::AlreadyBilled, "already_billed",
        QT_TRANSLATE_NOOP("ops::billing", "Subscription already billed for the period")},
    {AnomalyKind::NegativeTaxable, "negative_taxable",
        QT_TRANSLATE_NOOP("ops::billing", "Negative price on a taxable line")},
};

} // namespace

QString anomalyKey(AnomalyKind kind)
{
    for (const auto &k : kAnomalyKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

QString anomalyLabel(AnomalyKind kind)
{
    for (const auto &k : kAnomalyKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("ops::billing", k.label);
    }
    return {};
}

void CancelToken::cancel()
{
    m_cancelled = true;
    if (db::PgConnection *c = m_connection.load())
        c->requestCancel();
}

void CancelToken::attach(db::PgConnection *c)
{
    m_connection = c;
}

Status checkCharge(const ChargeInput &in)
{
    const QString d = in.description.trimmed();
    if (d.isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing", "Describe the charge (it is printed on the invoice)."));
    if (d.size() > 200)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing", "A charge description has at most 200 characters."));
    if (in.amountCents == 0)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing", "The amount of a charge cannot be zero."));
    if (in.amountCents > 10000000 || in.amountCents < -10000000)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing", "The amount of a charge is at most 100,000.00 $."));
    if (in.quantity < 1 || in.quantity > 1000)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing", "The quantity of a charge is between 1 and 1000."));
    if (in.amountCents < 0 && in.taxable)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::billing", "A negative price cannot be on a taxable line: enter a credit as tax-exempt."));
    return success();
}

BillingRepository::BillingRepository(db::PgConnection &c)
    : m_c(c)
{}

Status BillingRepository::stage(const QDate &periodStart)
{
    const db::SqlParams period = db::SqlParams().add(periodStart);
    Status st = ok(m_c.exec(kStageSource, period));
    if (st.ok())
        st = ok(m_c.exec(kStageLines));
    if (st.ok())
        st = ok(m_c.exec(kStageInvoices));
    // Statistics for the joins that follow (a temporary table has none, and a nested loop over thousands of rows
    // would cost seconds).
    if (st.ok())
        st = ok(m_c.exec("ANALYZE bill_src, bill_lines, bill_invoices"));
    return st;
}

Status BillingRepository::summarize(BillingSummary &s)
{
    auto totals = m_c.exec(kSummary);
    if (!totals.ok())
        return totals.error();
    const db::PgResult &t = totals.value();
    s.invoices = t.int32(0, 0);
    s.lines = t.int32(0, 1);
    s.subscriptionLines = t.int32(0, 2);
    s.chargeLines = t.int32(0, 3);
    s.skippedCustomers = t.int32(0, 4);
    s.subtotalCents = t.int64(0, 5);
    s.gstCents = t.int64(0, 6);
    s.qstCents = t.int64(0, 7);
    s.totalCents = t.int64(0, 8);

    auto plans = m_c.exec(kPlans);
    if (!plans.ok())
        return plans.error();
    s.plans.clear();
    for (int i = 0; i < plans.value().rows(); ++i) {
        const db::PgResult &r = plans.value();
        s.plans.append({r.text(i, 0), r.text(i, 1), r.text(i, 2), r.int32(i, 3), r.int64(i, 4)});
    }

    auto anomalies = m_c.exec(kAnomalies, db::SqlParams().add(kAnomalyListLimit));
    if (!anomalies.ok())
        return anomalies.error();
    s.anomalies.clear();
    s.anomalyCounts.clear();
    for (int i = 0; i < anomalies.value().rows(); ++i) {
        const db::PgResult &r = anomalies.value();
        const QString key = r.text(i, 0);
        for (const auto &k : kAnomalyKinds) {
            if (key == QLatin1String(k.key)) {
                s.anomalies.append({k.kind, r.text(i, 1), r.text(i, 2), r.int64(i, 3)});
                s.anomalyCounts[k.kind] = r.int32(i, 4);
            }
        }
    }
    return success();
}

Result<BillingSummary> BillingRepository::preview(const QDate &periodStart)
{
    db::Transaction tx(m_c);
    if (!tx.begun().ok())
        return tx.begun().error();
    BillingSummary s;
    s.periodStart = periodStart;
    Status st = stage(periodStart);
    if (st.ok())
        st = summarize(s);
    if (!st.ok())
        return st.error();
    int anomalies = 0;
    for (int n : std::as_const(s.anomalyCounts))
        anomalies += n;
    auto run = m_c.exec("INSERT INTO billing_runs (period_start, status, invoices_count, lines_count,"
                        " subscriptions_count, charges_count, skipped_customers, anomalies_count, subtotal_cents,"
                        " gst_cents, qst_cents, total_cents, finished_at)"
                        " VALUES ($1, 'previewed', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now()) RETURNING id",
        db::SqlParams()
            .add(periodStart)
            .add(s.invoices)
            .add(s.lines)
            .add(s.subscriptionLines)
            .add(s.chargeLines)
            .add(s.skippedCustomers)
            .add(anomalies)
            .add(s.subtotalCents)
            .add(s.gstCents)
            .add(s.qstCents)
            .add(s.totalCents));
    if (!run.ok())
        return run.error();
    s.runId = run.value().int64(0, 0);
    st = tx.commit();
    if (!st.ok())
        return st.error();
    return s;
}

Result<BillingSummary> BillingRepository::commit(
    const QDate &periodStart, CancelToken *cancel, const ProgressFn &progress)
{
    // The run's row is written first, on its own, so that another workstation sees it running; the invoices and the
    // row's final status are then written together.
    // While this session lives it holds the run's "alive" lock: a later run tells a run whose process died (lock
    // free) from one still waiting for the period (lock held).
    auto run =
        m_c.exec("WITH r AS (INSERT INTO billing_runs (period_start, status) VALUES ($1, 'running') RETURNING id)"
                 " SELECT id, pg_advisory_lock(hashtext('ops_billing_run_alive'), id::int) FROM r",
            db::SqlParams().add(periodStart));
    if (!run.ok())
        return run.error();
    const qint64 runId = run.value().int64(0, 0);
    if (cancel)
        cancel->attach(&m_c);
    Result<BillingSummary> r = commitStaged(periodStart, runId, cancel, progress);
    if (cancel)
        cancel->attach(nullptr);
    const auto release = [this, runId] {
        auto unlocked = m_c.exec(
            "SELECT pg_advisory_unlock(hashtext('ops_billing_run_alive'), $1::int)", db::SqlParams().add(runId));
        if (!unlocked.ok())
            log::get("billing")->warn("billing run {}: its lock was not released: {}", runId, unlocked.error().detail);
    };
    if (r.ok()) {
        release();
        return r;
    }
    // Nothing of the run was kept (its transaction rolled back); say how it ended, when the connection still works.
    const bool wasCancelled = r.error().kind == Error::Kind::Cancelled || (cancel && cancel->isCancelled());
    auto mark = m_c.exec("UPDATE billing_runs SET status = $2, error = left($3, 2000), finished_at = now()"
                         " WHERE id = $1 AND status = 'running'",
        db::SqlParams()
            .add(runId)
            .add(wasCancelled ? "cancelled" : "failed")
            .add(r.error().detail.isEmpty() ? r.error().userMessage : r.error().detail));
    if (!mark.ok())
        log::get("billing")->warn("billing run {} could not be marked as ended: {}", runId, mark.error().detail);
    else
        release();
    if (wasCancelled && r.error().kind != Error::Kind::Validation)
        return cancelled();
    return r;
}

Result<BillingSummary> BillingRepository::commitStaged(
    const QDate &periodStart, qint64 runId, CancelToken *cancel, const ProgressFn &progress)
{
    constexpr int kSteps = 8;
    int done = 0;
    const auto step = [&]() -> Status {
        ++done;
        if (progress)
            progress(done, kSteps);
        if (cancel && cancel->isCancelled())
            return cancelled();
        return success();
    };
    db::Transaction tx(m_c);
    if (!tx.begun().ok())
        return tx.begun().error();
    const db::SqlParams period = db::SqlParams().add(periodStart);
    // One run of a period at a time. Another run's row still 'running' whose "alive" lock is free belongs to a process
    // that ended without finishing (its transaction rolled back): it is marked failed.
    Status st = ok(m_c.exec("SELECT pg_advisory_xact_lock(hashtext('ops_billing_run'), $1)",
        db::SqlParams().add(periodStart.year() * 100 + periodStart.month())));
    if (st.ok())
        st = ok(m_c.exec("UPDATE billing_runs SET status = 'failed', finished_at = now(),"
                         " error = 'interrupted: the process ended before the run finished; nothing was written'"
                         " WHERE period_start = $1 AND status = 'running' AND id <> $2"
                         "   AND pg_try_advisory_xact_lock(hashtext('ops_billing_run_alive'), id::int)",
            db::SqlParams().add(periodStart).add(runId)));
    if (!st.ok())
        return st.error();
    auto settings = m_c.exec("SELECT gst_number, qst_number, due_days FROM billing_settings WHERE id = 1");
    if (!settings.ok())
        return settings.error();
    if (settings.value().rows() == 0 || settings.value().text(0, 0).trimmed().isEmpty()
        || settings.value().text(0, 1).trimmed().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing",
                "The GST and QST registration numbers are not set in the billing settings; every invoice must show "
                "them. Nothing was billed."));
    const QString gstNumber = settings.value().text(0, 0);
    const QString qstNumber = settings.value().text(0, 1);
    const int dueDays = settings.value().int32(0, 2);

    st = stage(periodStart);
    if (st.ok())
        st = step();
    if (!st.ok())
        return st.error();

    BillingSummary s;
    s.periodStart = periodStart;
    s.runId = runId;
    st = summarize(s);
    if (!st.ok())
        return st.error();
    if (const int bad = s.anomalyCounts.value(AnomalyKind::NegativeTaxable); bad > 0) {
        QString first;
        for (const Anomaly &a : std::as_const(s.anomalies)) {
            if (a.kind == AnomalyKind::NegativeTaxable) {
                first = a.subscriptionCode;
                break;
            }
        }
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing",
                "%n subscription line(s) have a negative price on a taxable item that is not a discount (first: "
                "%1). Correct the price or the item before committing; nothing was billed.",
                nullptr, bad)
                .arg(first));
    }
    st = step();
    if (!st.ok())
        return st.error();

    if (s.invoices > 0) {
        // The codes: a block from the gap-free counter, taken in this transaction (a rollback gives it back).
        auto codes = m_c.exec("SELECT ops_take_invoice_codes($1)", db::SqlParams().add(s.invoices));
        if (!codes.ok())
            return codes.error();
        const qint64 first = codes.value().int64(0, 0);
        st = ok(m_c.exec("CREATE TEMP TABLE bill_map (customer_id bigint PRIMARY KEY, invoice_id bigint NOT NULL)"
                         " ON COMMIT DROP"));
        if (st.ok())
            st = ok(m_c.exec(
                "WITH ins AS ("
                " INSERT INTO invoices (code, customer_id, period_start, period_end, issue_date, due_date, language,"
                "   subtotal_cents, gst_cents, qst_cents, total_cents, status, billing_run, kind)"
                " SELECT ops_invoice_code($2::bigint + v.seq - 1), v.customer_id, $1::date,"
                "   ($1::date + interval '1 month')::date - 1, $1::date, $1::date + $3::int, c.language,"
                "   v.subtotal, v.gst, v.qst, v.total, 'issued', $4, 'invoice'"
                "   FROM bill_invoices v JOIN customers c ON c.id = v.customer_id ORDER BY v.seq"
                " RETURNING id, customer_id)"
                " INSERT INTO bill_map (invoice_id, customer_id) SELECT id, customer_id FROM ins",
                db::SqlParams().add(periodStart).add(first).add(dueDays).add(u"RUN-"_s + periodKey(periodStart))));
        if (st.ok())
            st = ok(m_c.exec("ANALYZE bill_map"));
        if (st.ok())
            st = step();
        if (st.ok())
            st = ok(m_c.exec(
                "INSERT INTO invoice_lines (invoice_id, line_no, item_id, subscription_id, description, quantity,"
                "   unit_price_cents, amount_cents, taxable)"
                " SELECT m.invoice_id, l.line_no, l.item_id, l.subscription_id, l.description, l.quantity,"
                "   l.unit_price, l.amount, l.taxable"
                "   FROM bill_lines l JOIN bill_map m ON m.customer_id = l.customer_id"));
        if (st.ok())
            st = step();
        if (st.ok())
            st = ok(m_c.exec(
                "INSERT INTO invoice_taxes (invoice_id, tax, rate_ppm, base_cents, amount_cents, registration_number)"
                " SELECT m.invoice_id, t.tax, t.ppm, v.taxable, CASE t.tax WHEN 'GST' THEN v.gst ELSE v.qst END,"
                "   CASE t.tax WHEN 'GST' THEN $1 ELSE $2 END"
                "   FROM bill_invoices v JOIN bill_map m ON m.customer_id = v.customer_id"
                "  CROSS JOIN (VALUES ('GST', $3::int), ('QST', $4::int)) t (tax, ppm)",
                db::SqlParams().add(gstNumber).add(qstNumber).add(kGstRatePpm).add(kQstRatePpm)));
        if (st.ok())
            st = step();
        if (st.ok())
            st = ok(m_c.exec("UPDATE customer_charges ch SET invoice_line_id = il.id"
                             "  FROM bill_lines l JOIN bill_map m ON m.customer_id = l.customer_id"
                             "  JOIN invoice_lines il ON il.invoice_id = m.invoice_id AND il.line_no = l.line_no"
                             " WHERE l.charge_id = ch.id"));
        if (st.ok())
            st = step();
        if (st.ok())
            st = ok(m_c.exec("UPDATE customers c SET balance_cents = c.balance_cents + v.total"
                             "  FROM bill_invoices v WHERE c.id = v.customer_id"));
        // The credit a billed customer holds (an overpayment) goes to its open invoices, oldest first: the same rule
        // as a payment's (migration 0020_payments, docs/billing.md "Payments"); the customers' rows are locked above.
        if (st.ok())
            st = ok(m_c.exec("SELECT ops_apply_credit(array_agg(customer_id)) FROM bill_map"));
        if (st.ok())
            st = step();
        if (!st.ok())
            return st.error();
        s.firstInvoiceCode = u"INV-%1"_s.arg(first, 5, 10, QLatin1Char('0'));
        s.lastInvoiceCode = u"INV-%1"_s.arg(first + s.invoices - 1, 5, 10, QLatin1Char('0'));
    } else {
        done = kSteps - 1;
    }

    int anomalies = 0;
    for (int n : std::as_const(s.anomalyCounts))
        anomalies += n;
    st = ok(m_c.exec("UPDATE billing_runs SET status = 'committed', invoices_count = $2, lines_count = $3,"
                     " subscriptions_count = $4, charges_count = $5, skipped_customers = $6, anomalies_count = $7,"
                     " subtotal_cents = $8, gst_cents = $9, qst_cents = $10, total_cents = $11,"
                     " first_invoice_code = $12, last_invoice_code = $13, finished_at = now() WHERE id = $1",
        db::SqlParams()
            .add(runId)
            .add(s.invoices)
            .add(s.lines)
            .add(s.subscriptionLines)
            .add(s.chargeLines)
            .add(s.skippedCustomers)
            .add(anomalies)
            .add(s.subtotalCents)
            .add(s.gstCents)
            .add(s.qstCents)
            .add(s.totalCents)
            .add(s.firstInvoiceCode.isEmpty() ? std::optional<QString>() : std::optional<QString>(s.firstInvoiceCode))
            .add(s.lastInvoiceCode.isEmpty() ? std::optional<QString>() : std::optional<QString>(s.lastInvoiceCode))));
    if (st.ok())
        st = step();
    if (!st.ok())
        return st.error();
    st = tx.commit();
    if (!st.ok())
        return st.error();
    log::get("billing")->info("billing run {} committed for {}: {} invoices, total {} cents", runId,
        periodKey(periodStart), s.invoices, s.totalCents);
    return s;
}

Result<qint64> BillingRepository::addCharge(const ChargeInput &in)
{
    Status st = checkCharge(in);
    if (!st.ok())
        return st.error();
    auto r = m_c.exec("INSERT INTO customer_charges (customer_id, description, amount_cents, taxable, quantity)"
                      " SELECT id, $2, $3, $4, $5 FROM customers WHERE code = $1 RETURNING id",
        db::SqlParams()
            .add(in.customerCode.trimmed().toUpper())
            .add(in.description.trimmed())
            .add(in.amountCents)
            .add(in.taxable)
            .add(in.quantity));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::billing", "No customer has the code %1.").arg(in.customerCode.trimmed()));
    return r.value().int64(0, 0);
}

} // namespace ops::billing
