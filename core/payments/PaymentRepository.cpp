#include "core/payments/PaymentRepository.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

namespace {

Error invalid(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Validation, message, detail);
}

QString bigintArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return u"{"_s + parts.join(QLatin1Char(',')) + u"}"_s;
}

// The open invoices of one customer in allocation order; with `lock`, their rows are locked (the customer's row is
// already locked by the caller, so this only orders against writers that reach an invoice directly).
Result<QList<OpenInvoice>> loadOpen(db::PgConnection &c, qint64 customerId, bool lock)
{
    auto r = c.exec(QString::fromLatin1(R"SQL(
SELECT i.id, i.code, i.issue_date, i.due_date, i.total_cents, i.paid_cents,
       i.total_cents - i.paid_cents
         + coalesce((SELECT sum(n.total_cents) FROM invoices n
                      WHERE n.corrects_invoice_id = i.id AND n.kind = 'credit_note' AND n.status <> 'void'), 0)
  FROM invoices i
 WHERE i.customer_id = $1 AND i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid')
 ORDER BY i.due_date, i.issue_date, i.id
)SQL") + (lock ? u" FOR UPDATE OF i"_s : QString()),
        db::SqlParams().add(customerId));
    if (!r.ok())
        return r.error();
    QList<OpenInvoice> out;
    const db::PgResult &res = r.value();
    for (int row = 0; row < res.rows(); ++row) {
        OpenInvoice o;
        o.id = res.int64(row, 0);
        o.code = res.text(row, 1);
        o.issueDate = res.date(row, 2);
        o.dueDate = res.date(row, 3);
        o.totalCents = res.int64(row, 4);
        o.paidCents = res.int64(row, 5);
        o.openCents = res.int64(row, 6);
        if (o.openCents > 0)
            out.push_back(o);
    }
    return out;
}

Result<qint64> loadCredit(db::PgConnection &c, qint64 customerId)
{
    auto r = c.exec(R"SQL(
SELECT coalesce(sum(p.amount_cents - p.refunded_cents - coalesce(a.allocated, 0)), 0)
  FROM payments p
  LEFT JOIN LATERAL (SELECT sum(amount_cents) AS allocated FROM payment_allocations WHERE payment_id = p.id) a ON true
 WHERE p.customer_id = $1 AND p.status = 'succeeded'
)SQL",
        db::SqlParams().add(customerId));
    if (!r.ok())
        return r.error();
    return r.value().int64(0, 0);
}

// The customer's row locked: every payment change of one customer runs one at a time.
Result<QString> lockCustomer(db::PgConnection &c, qint64 customerId)
{
    auto r = c.exec("SELECT code FROM customers WHERE id = $1 FOR UPDATE", db::SqlParams().add(customerId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return invalid(QCoreApplication::translate("ops::payments::PaymentRepository", "There is no such customer."),
            QString::number(customerId));
    return r.value().text(0, 0);
}

// Fills allocations, allocatedCents, creditCents and balanceCents of a result.
Status finish(db::PgConnection &c, PaymentResult &out, bool allocationsOfPayment)
{
    if (allocationsOfPayment) {
        auto a = c.exec("SELECT pa.invoice_id, i.code, pa.amount_cents FROM payment_allocations pa"
                        " JOIN invoices i ON i.id = pa.invoice_id WHERE pa.payment_id = $1"
                        " ORDER BY i.due_date, i.issue_date, i.id",
            db::SqlParams().add(out.id));
        if (!a.ok())
            return a.error();
        out.allocations.clear();
        out.allocatedCents = 0;
        for (int row = 0; row < a.value().rows(); ++row) {
            out.allocations.push_back({a.value().int64(row, 0), a.value().text(row, 1), a.value().int64(row, 2)});
            out.allocatedCents += a.value().int64(row, 2);
        }
    }
    // The balance and the credit in one round trip.
    auto b = c.exec(R"SQL(
SELECT c.balance_cents,
       (SELECT coalesce(sum(p.amount_cents - p.refunded_cents - coalesce(a.allocated, 0)), 0)
          FROM payments p
          LEFT JOIN LATERAL (SELECT sum(amount_cents) AS allocated FROM payment_allocations
                              WHERE payment_id = p.id) a ON true
         WHERE p.customer_id = c.id AND p.status = 'succeeded')
  FROM customers c WHERE c.id = $1
)SQL",
        db::SqlParams().add(out.customerId));
    if (!b.ok())
        return b.error();
    out.balanceCents = b.value().int64(0, 0);
    out.creditCents = b.value().int64(0, 1);
    return success();
}

QString containsPattern(const QString &text)
{
    QString escaped;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('%') || ch == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += ch;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

PaymentRepository::PaymentRepository(db::PgConnection &c)
    : m_c(c)
{}

bool PaymentRepository::isManualMethod(const QString &method)
{
    return method == u"cash"_s || method == u"cheque"_s || method == u"etransfer"_s;
}

Status PaymentRepository::check(const PaymentInput &in, const QDate &today)
{
    if (in.amountCents <= 0)
        return invalid(QCoreApplication::translate(
                           "ops::payments::PaymentRepository", "The amount of a payment must be above zero."),
            QString::number(in.amountCents));
    if (!isManualMethod(in.method))
        return invalid(QCoreApplication::translate(
            "ops::payments::PaymentRepository", "Unknown payment method “%1”: cash, cheque or etransfer.")
                           .arg(in.method));
    if (in.reference.trimmed().size() > 200)
        return invalid(QCoreApplication::translate(
            "ops::payments::PaymentRepository", "The reference is longer than 200 characters."));
    if (in.receivedOn.isValid() && in.receivedOn > today)
        return invalid(QCoreApplication::translate(
            "ops::payments::PaymentRepository", "A payment cannot be received after today."));
    if (in.customerId <= 0 && in.customerCode.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("ops::payments::PaymentRepository", "Choose the customer who paid."));
    if (in.manualAllocation) {
        qint64 sum = 0;
        QSet<qint64> seen;
        for (const AllocationInput &a : in.allocations) {
            if (a.amountCents <= 0)
                return invalid(QCoreApplication::translate(
                    "ops::payments::PaymentRepository", "An allocation must be above zero."));
            if (seen.contains(a.invoiceId))
                return invalid(QCoreApplication::translate(
                    "ops::payments::PaymentRepository", "An invoice appears twice in the allocation."));
            seen.insert(a.invoiceId);
            sum += a.amountCents;
        }
        if (sum > in.amountCents)
            return invalid(QCoreApplication::translate(
                "ops::payments::PaymentRepository", "The allocations (%1 cents) are above the payment (%2 cents).")
                               .arg(sum)
                               .arg(in.amountCents));
    }
    return success();
}

QList<AllocationInput> PaymentRepository::proposeAllocation(const QList<OpenInvoice> &open, qint64 amountCents)
{
    QList<AllocationInput> out;
    qint64 left = amountCents;
    for (const OpenInvoice &o : open) {
        if (left <= 0)
            break;
        const qint64 take = qMin(left, o.openCents);
        if (take <= 0)
            continue;
        out.push_back({o.id, take});
        left -= take;
    }
    return out;
}

Result<qint64> PaymentRepository::customerIdByCode(const QString &code)
{
    auto r = m_c.exec("SELECT id FROM customers WHERE code = $1", db::SqlParams().add(code.trimmed().toUpper()));
    if (!r.ok())
        return r.error();
    return r.value().rows() == 1 ? r.value().int64(0, 0) : qint64(0);
}

Result<qint64> PaymentRepository::idByCode(const QString &paymentCode)
{
    auto r = m_c.exec("SELECT id FROM payments WHERE code = $1", db::SqlParams().add(paymentCode.trimmed().toUpper()));
    if (!r.ok())
        return r.error();
    return r.value().rows() == 1 ? r.value().int64(0, 0) : qint64(0);
}

Result<QList<OpenInvoice>> PaymentRepository::openInvoices(qint64 customerId)
{
    return loadOpen(m_c, customerId, false);
}

Result<qint64> PaymentRepository::creditCents(qint64 customerId)
{
    return loadCredit(m_c, customerId);
}

Result<PaymentResult> PaymentRepository::record(const PaymentInput &input)
{
    // Today where the company is (the database says the same: America/Toronto).
    const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone("America/Toronto")).date();
    Status checked = check(input, today);
    if (!checked.ok())
        return checked.error();
    qint64 customerId = input.customerId;
    if (customerId <= 0) {
        auto id = customerIdByCode(input.customerCode);
        if (!id.ok())
            return id.error();
        if (id.value() == 0)
            return invalid(QCoreApplication::translate("ops::payments::PaymentRepository", "There is no customer %1.")
                               .arg(input.customerCode.trimmed().toUpper()));
        customerId = id.value();
    }
    const PaymentInput in = input;
    std::function<Result<PaymentResult>(db::PgConnection &)> fn = [&in, customerId](
                                                                      db::PgConnection &c) -> Result<PaymentResult> {
        PaymentResult out;
        out.customerId = customerId;
        auto code = lockCustomer(c, customerId);
        if (!code.ok())
            return code.error();
        out.customerCode = code.value();
        if (in.manualAllocation && !in.allocations.isEmpty()) {
            auto open = loadOpen(c, customerId, true);
            if (!open.ok())
                return open.error();
            for (const AllocationInput &a : in.allocations) {
                auto it = std::find_if(open.value().cbegin(), open.value().cend(),
                    [&a](const OpenInvoice &o) { return o.id == a.invoiceId; });
                if (it == open.value().cend())
                    return invalid(QCoreApplication::translate("ops::payments::PaymentRepository",
                                       "An allocation names an invoice that is not an open invoice of %1.")
                                       .arg(out.customerCode),
                        QString::number(a.invoiceId));
                if (a.amountCents > it->openCents)
                    return invalid(QCoreApplication::translate("ops::payments::PaymentRepository",
                        "%1 cents to invoice %2 is above what is open on it (%3 cents).")
                                       .arg(a.amountCents)
                                       .arg(it->code)
                                       .arg(it->openCents));
            }
        }
        auto ins = c.exec(R"SQL(
INSERT INTO payments (customer_id, received_at, amount_cents, method, reference, status)
SELECT $1, CASE WHEN $2::date IS NULL OR $2::date = (now() AT TIME ZONE 'America/Toronto')::date THEN now()
                ELSE ($2::date + time '12:00') AT TIME ZONE 'America/Toronto' END,
       $3, $4, nullif($5, ''), 'succeeded'
RETURNING id, code, status
)SQL",
            db::SqlParams()
                .add(customerId)
                .add(in.receivedOn.isValid() ? std::optional<QDate>(in.receivedOn) : std::nullopt)
                .add(in.amountCents)
                .add(in.method)
                .add(in.reference.trimmed()));
        if (!ins.ok())
            return ins.error();
        out.id = ins.value().int64(0, 0);
        out.code = ins.value().text(0, 1);
        out.status = ins.value().text(0, 2);
        out.amountCents = in.amountCents;
        out.method = in.method;
        if (in.manualAllocation) {
            if (!in.allocations.isEmpty()) {
                QList<qint64> ids, amounts;
                for (const AllocationInput &a : in.allocations) {
                    ids << a.invoiceId;
                    amounts << a.amountCents;
                }
                auto a = c.exec("INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents)"
                                " SELECT $1, x.invoice_id, x.amount"
                                "   FROM unnest($2::bigint[], $3::bigint[]) AS x (invoice_id, amount)",
                    db::SqlParams().add(out.id).add(bigintArray(ids)).add(bigintArray(amounts)));
                if (!a.ok())
                    return a.error();
                auto refresh =
                    c.exec("SELECT ops_refresh_invoice_paid($1::bigint[])", db::SqlParams().add(bigintArray(ids)));
                if (!refresh.ok())
                    return refresh.error();
            }
        } else {
            auto applied = c.exec("SELECT ops_apply_credit(ARRAY[$1::bigint])", db::SqlParams().add(customerId));
            if (!applied.ok())
                return applied.error();
        }
        auto balance = c.exec("UPDATE customers SET balance_cents = balance_cents - $2 WHERE id = $1",
            db::SqlParams().add(customerId).add(in.amountCents));
        if (!balance.ok())
            return balance.error();
        Status st = finish(c, out, true);
        if (!st.ok())
            return st.error();
        return out;
    };
    return db::withTransaction(m_c, fn);
}

Result<PaymentResult> PaymentRepository::reverse(qint64 paymentId, const QString &reasonText)
{
    const QString reason = reasonText.trimmed();
    if (reason.isEmpty())
        return invalid(QCoreApplication::translate(
            "ops::payments::PaymentRepository", "Give the reason of the reversal (for example: cheque returned NSF)."));
    if (reason.size() > 500)
        return invalid(QCoreApplication::translate(
            "ops::payments::PaymentRepository", "The reason is longer than 500 characters."));
    std::function<Result<PaymentResult>(db::PgConnection &)> fn = [paymentId, &reason](
                                                                      db::PgConnection &c) -> Result<PaymentResult> {
        auto owner = c.exec("SELECT customer_id FROM payments WHERE id = $1", db::SqlParams().add(paymentId));
        if (!owner.ok())
            return owner.error();
        if (owner.value().rows() != 1)
            return Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("ops::payments::PaymentRepository", "There is no such payment."),
                QString::number(paymentId));
        PaymentResult out;
        out.customerId = owner.value().int64(0, 0);
        auto code = lockCustomer(c, out.customerId);
        if (!code.ok())
            return code.error();
        out.customerCode = code.value();
        auto p = c.exec("SELECT code, status, amount_cents, method FROM payments WHERE id = $1 FOR UPDATE",
            db::SqlParams().add(paymentId));
        if (!p.ok())
            return p.error();
        out.id = paymentId;
        out.code = p.value().text(0, 0);
        out.amountCents = p.value().int64(0, 2);
        out.method = p.value().text(0, 3);
        const QString status = p.value().text(0, 1);
        if (status == u"reversed"_s)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::payments::PaymentRepository", "Payment %1 is already reversed.")
                    .arg(out.code));
        if (status != u"succeeded"_s)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::payments::PaymentRepository",
                    "Payment %1 is %2: only a payment that went through can be reversed.")
                    .arg(out.code, status));
        auto removed = c.exec("DELETE FROM payment_allocations pa USING invoices i"
                              " WHERE pa.payment_id = $1 AND i.id = pa.invoice_id"
                              " RETURNING pa.invoice_id, i.code, pa.amount_cents",
            db::SqlParams().add(paymentId));
        if (!removed.ok())
            return removed.error();
        QList<qint64> touched;
        for (int row = 0; row < removed.value().rows(); ++row) {
            touched << removed.value().int64(row, 0);
            out.allocations.push_back(
                {removed.value().int64(row, 0), removed.value().text(row, 1), removed.value().int64(row, 2)});
            out.allocatedCents += removed.value().int64(row, 2);
        }
        auto upd = c.exec("UPDATE payments SET status = 'reversed', reversed_at = now(), reversal_reason = $2,"
                          " reversed_by = ops_current_staff_id() WHERE id = $1 RETURNING status",
            db::SqlParams().add(paymentId).add(reason));
        if (!upd.ok())
            return upd.error();
        out.status = upd.value().text(0, 0);
        if (!touched.isEmpty()) {
            auto refresh =
                c.exec("SELECT ops_refresh_invoice_paid($1::bigint[])", db::SqlParams().add(bigintArray(touched)));
            if (!refresh.ok())
                return refresh.error();
        }
        auto balance = c.exec("UPDATE customers SET balance_cents = balance_cents + $2 WHERE id = $1",
            db::SqlParams().add(out.customerId).add(out.amountCents));
        if (!balance.ok())
            return balance.error();
        // Credit the customer still has (an earlier overpayment) goes to what re-opened.
        auto applied = c.exec("SELECT ops_apply_credit(ARRAY[$1::bigint])", db::SqlParams().add(out.customerId));
        if (!applied.ok())
            return applied.error();
        Status st = finish(c, out, false);
        if (!st.ok())
            return st.error();
        return out;
    };
    return db::withTransaction(m_c, fn);
}

Result<qint64> PaymentRepository::applyCredit(qint64 customerId)
{
    std::function<Result<qint64>(db::PgConnection &)> fn = [customerId](db::PgConnection &c) -> Result<qint64> {
        auto code = lockCustomer(c, customerId);
        if (!code.ok())
            return code.error();
        auto applied = c.exec("SELECT ops_apply_credit(ARRAY[$1::bigint])", db::SqlParams().add(customerId));
        if (!applied.ok())
            return applied.error();
        return applied.value().int64(0, 0);
    };
    return db::withTransaction(m_c, fn);
}

Result<VerifyReport> PaymentRepository::verify()
{
    std::function<Result<VerifyReport>(db::PgConnection &)> fn = [](db::PgConnection &c) -> Result<VerifyReport> {
        VerifyReport rep;
        auto diff = c.exec(R"SQL(
WITH inv AS (SELECT customer_id, sum(total_cents) AS t FROM invoices
              WHERE status NOT IN ('draft', 'void') GROUP BY customer_id),
     pay AS (SELECT customer_id, sum(amount_cents - refunded_cents) AS p FROM payments WHERE status = 'succeeded'
              GROUP BY customer_id),
     d AS (SELECT c.id, c.code, c.balance_cents, coalesce(inv.t, 0) - coalesce(pay.p, 0) AS expected
             FROM customers c LEFT JOIN inv ON inv.customer_id = c.id LEFT JOIN pay ON pay.customer_id = c.id)
SELECT id, code, balance_cents, expected, (SELECT count(*) FROM customers), count(*) OVER ()
  FROM d WHERE balance_cents <> expected ORDER BY id LIMIT 500
)SQL");
        if (!diff.ok())
            return diff.error();
        const db::PgResult &d = diff.value();
        for (int row = 0; row < d.rows(); ++row) {
            rep.differences.push_back({d.int64(row, 0), d.text(row, 1), d.int64(row, 2), d.int64(row, 3)});
            rep.differenceCount = d.int64(row, 5);
        }
        auto counts = c.exec(R"SQL(
WITH a AS (SELECT invoice_id, sum(amount_cents) AS s FROM payment_allocations GROUP BY invoice_id),
     b AS (SELECT payment_id, sum(amount_cents) AS s FROM payment_allocations GROUP BY payment_id)
SELECT (SELECT count(*) FROM customers),
       (SELECT count(*) FROM invoices i LEFT JOIN a ON a.invoice_id = i.id
         WHERE i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid', 'paid')
           AND (i.paid_cents <> coalesce(a.s, 0)
                OR i.status <> CASE WHEN coalesce(a.s, 0) >= i.total_cents THEN 'paid'
                                    WHEN coalesce(a.s, 0) > 0 THEN 'partially_paid' ELSE 'issued' END)),
       (SELECT count(*) FROM invoices i JOIN a ON a.invoice_id = i.id WHERE a.s > greatest(i.total_cents, 0)),
       (SELECT count(*) FROM payments p JOIN b ON b.payment_id = p.id
         WHERE b.s > p.amount_cents - p.refunded_cents OR p.status <> 'succeeded')
)SQL");
        if (!counts.ok())
            return counts.error();
        rep.customers = counts.value().int64(0, 0);
        rep.paidMismatches = counts.value().int64(0, 1);
        rep.overAllocatedInvoices = counts.value().int64(0, 2);
        rep.overAllocatedPayments = counts.value().int64(0, 3);
        return rep;
    };
    // One snapshot for both statements.
    return db::withTransaction(m_c, fn, db::Isolation::RepeatableRead);
}

Result<PaymentPage> PaymentRepository::page(const PaymentListFilter &filter, const PaymentCursor &after, int limit)
{
    static const QStringList kStatuses{u"pending"_s, u"succeeded"_s, u"failed"_s, u"refunded"_s, u"reversed"_s};
    static const QStringList kMethods{u"card"_s, u"pad"_s, u"cheque"_s, u"cash"_s, u"etransfer"_s};
    if (!filter.status.isEmpty() && !kStatuses.contains(filter.status))
        return invalid(
            QCoreApplication::translate("ops::payments::PaymentRepository", "Unknown payment status."), filter.status);
    if (!filter.method.isEmpty() && !kMethods.contains(filter.method))
        return invalid(
            QCoreApplication::translate("ops::payments::PaymentRepository", "Unknown payment method."), filter.method);
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return invalid(
            QCoreApplication::translate("ops::payments::PaymentRepository", "The first date is after the last date."));
    limit = qBound(1, limit, kMaxLimit);

    // Only fixed SQL fragments are assembled here; every value travels as a parameter.
    db::SqlParams params;
    QStringList where;
    const auto next = [&params] {
        return u"$%1"_s.arg(params.size() + 1);
    };
    if (filter.from.isValid()) {
        where << u"p.received_at >= (%1::date + time '00:00') AT TIME ZONE 'America/Toronto'"_s.arg(next());
        params.add(filter.from);
    }
    if (filter.to.isValid()) {
        where << u"p.received_at < (%1::date + 1 + time '00:00') AT TIME ZONE 'America/Toronto'"_s.arg(next());
        params.add(filter.to);
    }
    if (!filter.method.isEmpty()) {
        where << u"p.method = %1"_s.arg(next());
        params.add(filter.method);
    }
    if (!filter.status.isEmpty()) {
        where << u"p.status = %1"_s.arg(next());
        params.add(filter.status);
    }
    const QString customer = filter.customer.trimmed();
    if (!customer.isEmpty()) {
        const QString code = next();
        params.add(customer.toUpper());
        const QString name = next();
        params.add(containsPattern(customer));
        where << u"p.customer_id IN (SELECT id FROM customers WHERE code = %1 OR display_name ILIKE %2)"_s.arg(
            code, name);
    }
    if (!after.isNull()) {
        const QString at = next();
        params.add(after.receivedAt);
        const QString id = next();
        params.add(after.id);
        where << u"(p.received_at, p.id) < (%1::timestamptz, %2::bigint)"_s.arg(at, id);
    }
    if (where.isEmpty())
        where << u"true"_s;
    const QString lim = next();
    params.add(limit + 1);
    const QString sql =
        u"WITH p AS MATERIALIZED (SELECT p.* FROM payments p WHERE %1 ORDER BY p.received_at DESC, p.id DESC "
        "LIMIT %2) "
        "SELECT p.id, p.code, p.customer_id, c.code, c.display_name, p.received_at, p.amount_cents, "
        "coalesce((SELECT sum(amount_cents) FROM payment_allocations WHERE payment_id = p.id), 0), p.method, "
        "coalesce(p.reference, ''), p.status, coalesce(p.reversal_reason, '') "
        "FROM p JOIN customers c ON c.id = p.customer_id ORDER BY p.received_at DESC, p.id DESC"_s.arg(
            where.join(u" AND "_s), lim);
    auto r = m_c.exec(sql, params);
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    PaymentPage page;
    const int n = qMin(res.rows(), limit);
    page.rows.reserve(n);
    for (int row = 0; row < n; ++row) {
        PaymentListRow x;
        x.id = res.int64(row, 0);
        x.code = res.text(row, 1);
        x.customerId = res.int64(row, 2);
        x.customerCode = res.text(row, 3);
        x.customerName = res.text(row, 4);
        x.receivedAt = res.timestamp(row, 5);
        x.amountCents = res.int64(row, 6);
        x.allocatedCents = res.int64(row, 7);
        x.method = res.text(row, 8);
        x.reference = res.text(row, 9);
        x.status = res.text(row, 10);
        x.reversalReason = res.text(row, 11);
        page.rows.push_back(x);
    }
    if (res.rows() > limit && !page.rows.isEmpty())
        page.next = {page.rows.last().receivedAt, page.rows.last().id};
    return page;
}

} // namespace ops::payments
