#include "core/payments/PaymentRepository.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include "core/db/KeysetQuery.h"
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

// The customer of a payment, its row locked (NotFound for an unknown payment): a result with id, customerId and
// customerCode set.
Result<PaymentResult> lockPaymentsCustomer(db::PgConnection &c, qint64 paymentId)
{
    auto owner = c.exec("SELECT customer_id FROM payments WHERE id = $1", db::SqlParams().add(paymentId));
    if (!owner.ok())
        return owner.error();
    if (owner.value().rows() != 1)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::payments::PaymentRepository", "There is no such payment."),
            QString::number(paymentId));
    PaymentResult out;
    out.id = paymentId;
    out.customerId = owner.value().int64(0, 0);
    auto code = lockCustomer(c, out.customerId);
    if (!code.ok())
        return code.error();
    out.customerCode = code.value();
    return out;
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

// Each line names one of `open` (by id) and is not above its openCents; Validation naming the invoice otherwise.
Status checkAgainstOpen(
    const QList<AllocationInput> &lines, const QList<OpenInvoice> &open, const QString &customerCode)
{
    for (const AllocationInput &a : lines) {
        auto it = std::find_if(open.cbegin(), open.cend(), [&a](const OpenInvoice &o) { return o.id == a.invoiceId; });
        if (it == open.cend())
            return invalid(QCoreApplication::translate("ops::payments::PaymentRepository",
                               "An allocation names an invoice that is not an open invoice of %1.")
                               .arg(customerCode),
                QString::number(a.invoiceId));
        if (a.amountCents > it->openCents)
            return invalid(QCoreApplication::translate(
                "ops::payments::PaymentRepository", "%1 cents to invoice %2 is above what is open on it (%3 cents).")
                               .arg(a.amountCents)
                               .arg(it->code)
                               .arg(it->openCents));
    }
    return success();
}

// The payment's allocation lines written, then the paid amounts and statuses of their invoices and of `released`
// (invoices whose allocation of this payment was just removed) refreshed.
Status insertAllocations(
    db::PgConnection &c, qint64 paymentId, const QList<AllocationInput> &lines, QList<qint64> released)
{
    QList<qint64> touched = std::move(released);
    if (!lines.isEmpty()) {
        QList<qint64> ids, amounts;
        for (const AllocationInput &a : lines) {
            ids << a.invoiceId;
            amounts << a.amountCents;
        }
        touched << ids;
        auto a = c.exec("INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents)"
                        " SELECT $1, x.invoice_id, x.amount"
                        "   FROM unnest($2::bigint[], $3::bigint[]) AS x (invoice_id, amount)",
            db::SqlParams().add(paymentId).add(bigintArray(ids)).add(bigintArray(amounts)));
        if (!a.ok())
            return a.error();
    }
    if (touched.isEmpty())
        return success();
    auto refresh = c.exec("SELECT ops_refresh_invoice_paid($1::bigint[])", db::SqlParams().add(bigintArray(touched)));
    if (!refresh.ok())
        return refresh.error();
    return success();
}

// The invoices one payment may be allocated to, in allocation order: the customer's open invoices and the ones this
// payment already holds money on. openCents is the most this payment may put there (what is open plus what it
// holds); `held` (if given) receives what it holds, in the same order. With `lock`, the invoice rows are locked.
Result<QList<OpenInvoice>> loadTargets(
    db::PgConnection &c, qint64 customerId, qint64 paymentId, bool lock, QList<qint64> *held)
{
    auto r = c.exec(QString::fromLatin1(R"SQL(
SELECT i.id, i.code, i.issue_date, i.due_date, i.total_cents, i.paid_cents,
       i.total_cents - i.paid_cents
         + coalesce((SELECT sum(n.total_cents) FROM invoices n
                      WHERE n.corrects_invoice_id = i.id AND n.kind = 'credit_note' AND n.status <> 'void'), 0),
       coalesce(pa.amount_cents, 0)
  FROM invoices i
  LEFT JOIN payment_allocations pa ON pa.invoice_id = i.id AND pa.payment_id = $2
 WHERE i.customer_id = $1 AND i.kind = 'invoice'
   AND (i.status IN ('issued', 'partially_paid') OR pa.payment_id IS NOT NULL)
 ORDER BY i.due_date, i.issue_date, i.id
)SQL") + (lock ? u" FOR UPDATE OF i"_s : QString()),
        db::SqlParams().add(customerId).add(paymentId));
    if (!r.ok())
        return r.error();
    QList<OpenInvoice> out;
    if (held)
        held->clear();
    const db::PgResult &res = r.value();
    for (int row = 0; row < res.rows(); ++row) {
        OpenInvoice o;
        o.id = res.int64(row, 0);
        o.code = res.text(row, 1);
        o.issueDate = res.date(row, 2);
        o.dueDate = res.date(row, 3);
        o.totalCents = res.int64(row, 4);
        o.paidCents = res.int64(row, 5);
        const qint64 holds = res.int64(row, 7);
        o.openCents = qMax<qint64>(0, res.int64(row, 6) + holds);
        if (o.openCents > 0 || holds > 0) {
            out.push_back(o);
            if (held)
                held->push_back(holds);
        }
    }
    return out;
}

// The open invoices of one customer in allocation order; with `lock`, their rows are locked (the customer's row is
// already locked by the caller, so this only orders against writers that reach an invoice directly).
Result<QList<OpenInvoice>> loadOpen(db::PgConnection &c, qint64 customerId, bool lock)
{
    return loadTargets(c, customerId, 0, lock, nullptr); // no payment 0: nothing held
}

// A payment that now counts: so much to invoiceId (up to what is open on it), the rest of the customer's credit
// oldest first, the balance moved by the whole amount. The customer's row is locked by the caller.
Status countSettled(db::PgConnection &c, qint64 customerId, qint64 invoiceId, qint64 paymentId, qint64 amountCents)
{
    auto open = loadOpen(c, customerId, true);
    if (!open.ok())
        return open.error();
    qint64 take = 0;
    for (const OpenInvoice &o : open.value())
        if (o.id == invoiceId)
            take = qMin(o.openCents, amountCents);
    if (take > 0) {
        auto a = c.exec("INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES ($1, $2, $3)",
            db::SqlParams().add(paymentId).add(invoiceId).add(take));
        if (!a.ok())
            return a.error();
        auto refresh = c.exec("SELECT ops_refresh_invoice_paid(ARRAY[$1::bigint])", db::SqlParams().add(invoiceId));
        if (!refresh.ok())
            return refresh.error();
    }
    auto applied = c.exec("SELECT ops_apply_credit(ARRAY[$1::bigint])", db::SqlParams().add(customerId));
    if (!applied.ok())
        return applied.error();
    auto balance = c.exec("UPDATE customers SET balance_cents = balance_cents - $2 WHERE id = $1",
        db::SqlParams().add(customerId).add(amountCents));
    if (!balance.ok())
        return balance.error();
    return success();
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
        Status allocation = checkAllocation(in.allocations, in.amountCents);
        if (!allocation.ok())
            return allocation.error();
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
            Status fits = checkAgainstOpen(in.allocations, open.value(), out.customerCode);
            if (!fits.ok())
                return fits.error();
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
                Status written = insertAllocations(c, out.id, in.allocations, {});
                if (!written.ok())
                    return written.error();
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
        auto owner = lockPaymentsCustomer(c, paymentId);
        if (!owner.ok())
            return owner.error();
        PaymentResult out = owner.value();
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
        // The cents moved are measured as the credit before less the credit after: ops_apply_credit's own sum counts
        // an allocation it topped up (ON CONFLICT … DO UPDATE) at its new total, not at what it added.
        auto before = loadCredit(c, customerId);
        if (!before.ok())
            return before.error();
        auto applied = c.exec("SELECT ops_apply_credit(ARRAY[$1::bigint])", db::SqlParams().add(customerId));
        if (!applied.ok())
            return applied.error();
        auto after = loadCredit(c, customerId);
        if (!after.ok())
            return after.error();
        return before.value() - after.value();
    };
    return db::withTransaction(m_c, fn);
}

Result<PaymentAllocationState> PaymentRepository::allocationState(qint64 paymentId)
{
    std::function<Result<PaymentAllocationState>(db::PgConnection &)> fn =
        [paymentId](db::PgConnection &c) -> Result<PaymentAllocationState> {
        auto p = c.exec("SELECT p.id, p.code, p.customer_id, c.code, c.display_name, p.status, p.method, p.received_at,"
                        " p.amount_cents, p.refunded_cents, p.version"
                        " FROM payments p JOIN customers c ON c.id = p.customer_id WHERE p.id = $1",
            db::SqlParams().add(paymentId));
        if (!p.ok())
            return p.error();
        if (p.value().rows() != 1)
            return Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("ops::payments::PaymentRepository", "There is no such payment."),
                QString::number(paymentId));
        const db::PgResult &r = p.value();
        PaymentAllocationState st;
        st.paymentId = r.int64(0, 0);
        st.paymentCode = r.text(0, 1);
        st.customerId = r.int64(0, 2);
        st.customerCode = r.text(0, 3);
        st.customerName = r.text(0, 4);
        st.status = r.text(0, 5);
        st.method = r.text(0, 6);
        st.receivedAt = r.timestamp(0, 7);
        st.amountCents = r.int64(0, 8);
        st.allocatableCents = r.int64(0, 8) - r.int64(0, 9);
        st.version = int(r.int64(0, 10));
        QList<qint64> held;
        auto targets = loadTargets(c, st.customerId, st.paymentId, false, &held);
        if (!targets.ok())
            return targets.error();
        st.invoices = targets.value();
        for (int i = 0; i < st.invoices.size(); ++i) {
            if (held.at(i) > 0)
                st.allocations.push_back({st.invoices.at(i).id, held.at(i)});
        }
        auto credit = loadCredit(c, st.customerId);
        if (!credit.ok())
            return credit.error();
        st.customerCreditCents = credit.value();
        return st;
    };
    // One snapshot for the three statements.
    return db::withTransaction(m_c, fn, db::Isolation::RepeatableRead);
}

Status PaymentRepository::checkAllocation(const QList<AllocationInput> &allocations, qint64 allocatableCents)
{
    qint64 sum = 0;
    QSet<qint64> seen;
    for (const AllocationInput &a : allocations) {
        if (a.amountCents <= 0)
            return invalid(
                QCoreApplication::translate("ops::payments::PaymentRepository", "An allocation must be above zero."));
        if (seen.contains(a.invoiceId))
            return invalid(QCoreApplication::translate(
                "ops::payments::PaymentRepository", "An invoice appears twice in the allocation."));
        seen.insert(a.invoiceId);
        sum += a.amountCents;
    }
    if (sum > allocatableCents)
        return invalid(QCoreApplication::translate(
            "ops::payments::PaymentRepository", "The allocations (%1 cents) are above the payment (%2 cents).")
                           .arg(sum)
                           .arg(allocatableCents));
    return success();
}

Result<PaymentResult> PaymentRepository::reallocate(
    qint64 paymentId, const QList<AllocationInput> &allocations, int expectedVersion)
{
    Status shape = checkAllocation(allocations, std::numeric_limits<qint64>::max());
    if (!shape.ok())
        return shape.error();
    std::function<Result<PaymentResult>(db::PgConnection &)> fn = [paymentId, &allocations, expectedVersion](
                                                                      db::PgConnection &c) -> Result<PaymentResult> {
        // Lock order as every payment change: the customer, then its invoices, then the payment.
        auto owner = lockPaymentsCustomer(c, paymentId);
        if (!owner.ok())
            return owner.error();
        PaymentResult out = owner.value();
        QList<qint64> held;
        auto targets = loadTargets(c, out.customerId, paymentId, true, &held);
        if (!targets.ok())
            return targets.error();
        auto p = c.exec("SELECT code, status, amount_cents, refunded_cents, method, version FROM payments"
                        " WHERE id = $1 FOR UPDATE",
            db::SqlParams().add(paymentId));
        if (!p.ok())
            return p.error();
        out.code = p.value().text(0, 0);
        out.status = p.value().text(0, 1);
        out.amountCents = p.value().int64(0, 2);
        const qint64 allocatable = out.amountCents - p.value().int64(0, 3);
        out.method = p.value().text(0, 4);
        if (out.status != u"succeeded"_s)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::payments::PaymentRepository",
                    "Payment %1 is %2: only a payment that went through can be allocated.")
                    .arg(out.code, out.status));
        if (expectedVersion >= 0 && p.value().int64(0, 5) != expectedVersion)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::payments::PaymentRepository",
                    "Payment %1 was changed by someone else meanwhile: reopen it and try again.")
                    .arg(out.code));
        Status sum = checkAllocation(allocations, allocatable);
        if (!sum.ok())
            return sum.error();
        Status fits = checkAgainstOpen(allocations, targets.value(), out.customerCode);
        if (!fits.ok())
            return fits.error();
        auto removed = c.exec("DELETE FROM payment_allocations WHERE payment_id = $1 RETURNING invoice_id",
            db::SqlParams().add(paymentId));
        if (!removed.ok())
            return removed.error();
        QList<qint64> released;
        for (int row = 0; row < removed.value().rows(); ++row)
            released << removed.value().int64(row, 0);
        Status written = insertAllocations(c, paymentId, allocations, released);
        if (!written.ok())
            return written.error();
        // A new version (the touch trigger), so an editor opened before this one is refused.
        auto bump = c.exec("UPDATE payments SET updated_at = now() WHERE id = $1", db::SqlParams().add(paymentId));
        if (!bump.ok())
            return bump.error();
        Status st = finish(c, out, true);
        if (!st.ok())
            return st.error();
        return out;
    };
    return db::withTransaction(m_c, fn);
}

Result<qint64> PaymentRepository::recordStripeInTransaction(const StripePaymentInput &in)
{
    if (in.amountCents <= 0 || in.paymentIntentId.isEmpty() || (in.method != u"card"_s && in.method != u"pad"_s))
        return invalid(QCoreApplication::translate("ops::payments::PaymentRepository",
                           "A Stripe payment needs an amount, a method and its "
                           "PaymentIntent."),
            in.paymentIntentId);
    auto code = lockCustomer(m_c, in.customerId);
    if (!code.ok())
        return code.error();
    auto existing = m_c.exec(
        "SELECT id FROM payments WHERE stripe_payment_intent_id = $1", db::SqlParams().add(in.paymentIntentId));
    if (!existing.ok())
        return existing.error();
    if (existing.value().rows() == 1)
        return existing.value().int64(0, 0);
    auto ins = m_c.exec("INSERT INTO payments (customer_id, received_at, amount_cents, method, reference, status,"
                        " stripe_payment_intent_id) VALUES ($1, now(), $2, $3, $4, $5, $4) RETURNING id",
        db::SqlParams()
            .add(in.customerId)
            .add(in.amountCents)
            .add(in.method)
            .add(in.paymentIntentId)
            .add(in.succeeded ? u"succeeded"_s : u"pending"_s));
    if (!ins.ok())
        return ins.error();
    const qint64 id = ins.value().int64(0, 0);
    if (in.succeeded) {
        Status st = countSettled(m_c, in.customerId, in.invoiceId, id, in.amountCents);
        if (!st.ok())
            return st.error();
    }
    return id;
}

Result<bool> PaymentRepository::settlePendingInTransaction(qint64 paymentId, qint64 invoiceId)
{
    auto owner = m_c.exec("SELECT customer_id FROM payments WHERE id = $1", db::SqlParams().add(paymentId));
    if (!owner.ok())
        return owner.error();
    if (owner.value().rows() != 1)
        return false;
    const qint64 customerId = owner.value().int64(0, 0);
    auto code = lockCustomer(m_c, customerId);
    if (!code.ok())
        return code.error();
    auto upd = m_c.exec("UPDATE payments SET status = 'succeeded' WHERE id = $1 AND status = 'pending'"
                        " RETURNING amount_cents",
        db::SqlParams().add(paymentId));
    if (!upd.ok())
        return upd.error();
    if (upd.value().rows() != 1)
        return false;
    Status st = countSettled(m_c, customerId, invoiceId, paymentId, upd.value().int64(0, 0));
    if (!st.ok())
        return st.error();
    return true;
}

Result<bool> PaymentRepository::failPendingInTransaction(qint64 paymentId)
{
    auto owner = m_c.exec("SELECT customer_id FROM payments WHERE id = $1", db::SqlParams().add(paymentId));
    if (!owner.ok())
        return owner.error();
    if (owner.value().rows() != 1)
        return false;
    auto code = lockCustomer(m_c, owner.value().int64(0, 0));
    if (!code.ok())
        return code.error();
    auto upd = m_c.exec("UPDATE payments SET status = 'failed' WHERE id = $1 AND status = 'pending' RETURNING id",
        db::SqlParams().add(paymentId));
    if (!upd.ok())
        return upd.error();
    return upd.value().rows() == 1;
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
    db::KeysetQuery q;
    if (filter.from.isValid())
        q.where(
            u"p.received_at >= (%1::date + time '00:00') AT TIME ZONE 'America/Toronto'"_s.arg(q.bind(filter.from)));
    if (filter.to.isValid())
        q.where(
            u"p.received_at < (%1::date + 1 + time '00:00') AT TIME ZONE 'America/Toronto'"_s.arg(q.bind(filter.to)));
    if (!filter.method.isEmpty())
        q.where(u"p.method = %1"_s.arg(q.bind(filter.method)));
    if (!filter.status.isEmpty())
        q.where(u"p.status = %1"_s.arg(q.bind(filter.status)));
    q.customerCodeOrName(u"p.customer_id"_s, filter.customer);
    if (!after.isNull())
        q.after(u"p.received_at"_s, u"timestamptz"_s, after.receivedAt, u"p.id"_s, u"bigint"_s, after.id);
    const QString lim = q.limitPlusOne(limit);
    const QString sql =
        u"WITH p AS MATERIALIZED (SELECT p.* FROM payments p WHERE %1 ORDER BY p.received_at DESC, p.id DESC "
        "LIMIT %2) "
        "SELECT p.id, p.code, p.customer_id, c.code, c.display_name, p.received_at, p.amount_cents, "
        "coalesce((SELECT sum(amount_cents) FROM payment_allocations WHERE payment_id = p.id), 0), p.method, "
        "coalesce(p.reference, ''), p.status, coalesce(p.reversal_reason, '') "
        "FROM p JOIN customers c ON c.id = p.customer_id ORDER BY p.received_at DESC, p.id DESC"_s.arg(
            q.whereSql(), lim);
    auto r = m_c.exec(sql, q.params());
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
