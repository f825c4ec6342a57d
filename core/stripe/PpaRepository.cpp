#include "core/stripe/PpaRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/payments/PaymentRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::stripe {

namespace {

template <typename T> QString pgArray(const QList<T> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const T &v : values)
        parts << QString::number(v);
    return u"{"_s + parts.join(QLatin1Char(',')) + u"}"_s;
}

constexpr const char *kAttemptColumns = R"SQL(
SELECT a.id, a.run_id, a.invoice_id, a.customer_id, a.attempt, a.idempotency_key, a.amount_cents, i.code,
       coalesce(c.stripe_id, ''), pm.stripe_payment_method_id, pm.type, a.status, coalesce(a.payment_id, 0),
       coalesce(a.payment_intent_id, '')
  FROM ppa_attempts a
  JOIN invoices i ON i.id = a.invoice_id
  JOIN customers c ON c.id = a.customer_id
  JOIN customer_payment_methods pm ON pm.id = a.payment_method_id
)SQL";

QList<PpaAttempt> attemptsOf(const db::PgResult &r)
{
    QList<PpaAttempt> out;
    out.reserve(r.rows());
    for (int row = 0; row < r.rows(); ++row) {
        PpaAttempt a;
        a.id = r.int64(row, 0);
        a.runId = r.int64(row, 1);
        a.invoiceId = r.int64(row, 2);
        a.customerId = r.int64(row, 3);
        a.attempt = static_cast<int>(r.int64(row, 4));
        a.idempotencyKey = r.text(row, 5);
        a.amountCents = r.int64(row, 6);
        a.invoiceCode = r.text(row, 7);
        a.stripeCustomer = r.text(row, 8);
        a.stripePaymentMethod = r.text(row, 9);
        a.methodType = r.text(row, 10);
        a.status = r.text(row, 11);
        a.paymentId = r.int64(row, 12);
        a.paymentIntentId = r.text(row, 13);
        out.push_back(a);
    }
    return out;
}

Result<std::optional<PpaAttempt>> oneAttempt(db::PgConnection &c, const QString &where, const db::SqlParams &params)
{
    auto r = c.exec(QString::fromLatin1(kAttemptColumns) + where, params);
    if (!r.ok())
        return r.error();
    const QList<PpaAttempt> list = attemptsOf(r.value());
    if (list.isEmpty())
        return std::optional<PpaAttempt>();
    return std::optional<PpaAttempt>(list.first());
}

} // namespace

PpaRepository::PpaRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<qint64> PpaRepository::startRun(const QDate &runDate)
{
    auto r = m_c.exec("INSERT INTO ppa_runs (run_date, started_by) VALUES ($1, ops_current_staff_id()) RETURNING id",
        db::SqlParams().add(runDate));
    if (!r.ok())
        return r.error();
    return r.value().int64(0, 0);
}

Status PpaRepository::finishRun(qint64 runId, int invoices, qint64 requestedCents, bool interrupted)
{
    auto r = m_c.exec("UPDATE ppa_runs SET status = $2, invoices = $3, requested_cents = $4, finished_at = now()"
                      " WHERE id = $1",
        db::SqlParams()
            .add(runId)
            .add(interrupted ? u"interrupted"_s : u"finished"_s)
            .add(invoices)
            .add(requestedCents));
    if (!r.ok())
        return r.error();
    return success();
}

Result<QList<PpaAttempt>> PpaRepository::sendingAttempts()
{
    auto r = m_c.exec(QString::fromLatin1(kAttemptColumns) + u" WHERE a.status = 'sending' ORDER BY a.id"_s);
    if (!r.ok())
        return r.error();
    return attemptsOf(r.value());
}

Result<NewAttempts> PpaRepository::createAttempts(qint64 runId, const QDate &runDate, int maxFailed)
{
    std::function<Result<NewAttempts>(db::PgConnection &)> fn = [runId, &runDate, maxFailed](
                                                                    db::PgConnection &c) -> Result<NewAttempts> {
        auto due = c.exec(R"SQL(
WITH due AS (
    SELECT i.id AS invoice_id, i.customer_id, pm.id AS pm_id,
           i.total_cents - i.paid_cents
             + coalesce((SELECT sum(n.total_cents) FROM invoices n
                          WHERE n.corrects_invoice_id = i.id AND n.kind = 'credit_note' AND n.status <> 'void'), 0)
             AS open,
           (SELECT count(*) FROM ppa_attempts x WHERE x.invoice_id = i.id) + 1 AS attempt
      FROM invoices i
      JOIN customers c ON c.id = i.customer_id AND c.ppa_enabled AND c.stripe_id IS NOT NULL
      JOIN customer_payment_methods pm ON pm.customer_id = c.id AND pm.is_default AND pm.detached_at IS NULL
     WHERE i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid') AND i.due_date <= $1
       AND NOT EXISTS (SELECT 1 FROM ppa_attempts x
                        WHERE x.invoice_id = i.id AND x.status IN ('sending', 'processing', 'succeeded'))
       AND (SELECT count(*) FROM ppa_attempts x WHERE x.invoice_id = i.id AND x.status = 'failed') < $2
       AND NOT EXISTS (SELECT 1 FROM ppa_attempts x JOIN ppa_runs r ON r.id = x.run_id
                        WHERE x.invoice_id = i.id AND x.status = 'failed' AND r.run_date = $1))
SELECT invoice_id, customer_id, attempt, open, pm_id FROM due WHERE open > 0 ORDER BY invoice_id
)SQL",
            db::SqlParams().add(runDate).add(maxFailed));
        if (!due.ok())
            return due.error();
        NewAttempts out;
        const db::PgResult &d = due.value();
        if (d.rows() == 0)
            return out;
        QList<qint64> invoices, customers, attempts, amounts, methods;
        for (int row = 0; row < d.rows(); ++row) {
            invoices << d.int64(row, 0);
            customers << d.int64(row, 1);
            attempts << d.int64(row, 2);
            amounts << d.int64(row, 3);
            methods << d.int64(row, 4);
        }
        // ON CONFLICT DO NOTHING: another run that inserted the invoice's open attempt (or the same attempt number)
        // first wins; this one skips the invoice.
        auto ins = c.exec(R"SQL(
WITH ins AS (
    INSERT INTO ppa_attempts (run_id, invoice_id, customer_id, attempt, idempotency_key, amount_cents,
                              payment_method_id)
    SELECT $1, x.inv, x.cust, x.att, 'ppa-' || x.inv || '-' || x.att, x.amt, x.pm
      FROM unnest($2::bigint[], $3::bigint[], $4::int[], $5::bigint[], $6::bigint[]) AS x (inv, cust, att, amt, pm)
    ON CONFLICT DO NOTHING
    RETURNING id)
SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM ins
)SQL",
            db::SqlParams()
                .add(runId)
                .add(pgArray(invoices))
                .add(pgArray(customers))
                .add(pgArray(attempts))
                .add(pgArray(amounts))
                .add(pgArray(methods)));
        if (!ins.ok())
            return ins.error();
        auto rows = c.exec(QString::fromLatin1(kAttemptColumns) + u" WHERE a.id = ANY ($1::bigint[]) ORDER BY a.id"_s,
            db::SqlParams().add(ins.value().text(0, 0)));
        if (!rows.ok())
            return rows.error();
        out.attempts = attemptsOf(rows.value());
        out.skipped = d.rows() - static_cast<int>(out.attempts.size());
        return out;
    };
    return db::withTransaction(m_c, fn);
}

Result<std::optional<PpaAttempt>> PpaRepository::attempt(qint64 attemptId)
{
    return oneAttempt(m_c, u" WHERE a.id = $1"_s, db::SqlParams().add(attemptId));
}

Result<std::optional<PpaAttempt>> PpaRepository::attemptByIntent(const QString &paymentIntentId)
{
    return oneAttempt(m_c, u" WHERE a.payment_intent_id = $1"_s, db::SqlParams().add(paymentIntentId));
}

Result<std::optional<PpaRepository::IntentPayment>> PpaRepository::paymentByIntent(const QString &paymentIntentId)
{
    auto r = m_c.exec("SELECT id, customer_id, status FROM payments WHERE stripe_payment_intent_id = $1",
        db::SqlParams().add(paymentIntentId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return std::optional<IntentPayment>();
    return std::optional<IntentPayment>(
        IntentPayment{r.value().int64(0, 0), r.value().int64(0, 1), r.value().text(0, 2)});
}

Result<bool> PpaRepository::recordIntentInTransaction(qint64 attemptId, const IntentResult &result)
{
    // The attempt first (it orders two recorders of the same answer: the run and an event), then the customer's row
    // (taken by PaymentRepository, as every payment change does).
    auto lock = m_c.exec("SELECT status FROM ppa_attempts WHERE id = $1 FOR UPDATE", db::SqlParams().add(attemptId));
    if (!lock.ok())
        return lock.error();
    if (lock.value().rows() != 1)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::stripe::PpaRepository", "There is no such PPA attempt."),
            QString::number(attemptId));
    auto found = attempt(attemptId);
    if (!found.ok())
        return found.error();
    const PpaAttempt a = *found.value();
    const QString pi = result.paymentIntentId.isEmpty() ? a.paymentIntentId : result.paymentIntentId;
    payments::PaymentRepository payments(m_c);
    const auto update = [this, attemptId, &pi, &result](const QString &status, qint64 paymentId) -> Status {
        auto r = m_c.exec("UPDATE ppa_attempts SET status = $2, payment_intent_id = coalesce(nullif($3, ''),"
                          " payment_intent_id), payment_id = coalesce(nullif($4, 0), payment_id),"
                          " error_code = nullif($5, ''), error_message = nullif($6, '') WHERE id = $1",
            db::SqlParams()
                .add(attemptId)
                .add(status)
                .add(pi)
                .add(paymentId)
                .add(result.errorCode)
                .add(result.errorMessage.left(1000)));
        if (!r.ok())
            return r.error();
        return success();
    };
    const QString method = a.methodType == u"acss_debit"_s ? u"pad"_s : u"card"_s;
    switch (result.state) {
    case IntentResult::State::Succeeded:
        if (a.status == u"sending"_s) {
            auto id = payments.recordStripeInTransaction({a.customerId, a.invoiceId, a.amountCents, method, pi, true});
            if (!id.ok())
                return id.error();
            // A payment already there for this PaymentIntent (recorded pending elsewhere) settles now.
            auto settled = payments.settlePendingInTransaction(id.value(), a.invoiceId);
            if (!settled.ok())
                return settled.error();
            Status st = update(u"succeeded"_s, id.value());
            if (!st.ok())
                return st.error();
            return true;
        }
        if (a.status == u"processing"_s) {
            if (a.paymentId != 0) {
                auto settled = payments.settlePendingInTransaction(a.paymentId, a.invoiceId);
                if (!settled.ok())
                    return settled.error();
            }
            Status st = update(u"succeeded"_s, 0);
            if (!st.ok())
                return st.error();
            return true;
        }
        return false;
    case IntentResult::State::Processing:
        if (a.status == u"sending"_s) {
            auto id = payments.recordStripeInTransaction({a.customerId, a.invoiceId, a.amountCents, method, pi, false});
            if (!id.ok())
                return id.error();
            Status st = update(u"processing"_s, id.value());
            if (!st.ok())
                return st.error();
            return true;
        }
        return false;
    case IntentResult::State::Failed:
        if (a.status == u"sending"_s || a.status == u"processing"_s) {
            if (a.paymentId != 0) {
                auto failed = payments.failPendingInTransaction(a.paymentId);
                if (!failed.ok())
                    return failed.error();
            }
            Status st = update(u"failed"_s, 0);
            if (!st.ok())
                return st.error();
            return true;
        }
        return false;
    }
    return false;
}

Result<bool> PpaRepository::recordIntent(qint64 attemptId, const IntentResult &result)
{
    std::function<Result<bool>(db::PgConnection &)> fn = [this, attemptId, &result](db::PgConnection &) {
        return recordIntentInTransaction(attemptId, result);
    };
    return db::withTransaction(m_c, fn);
}

} // namespace ops::stripe
