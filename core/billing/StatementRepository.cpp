#include "core/billing/StatementRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/billing/InvoiceRepository.h"
#include "core/billing/ReceivablesRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/outbox/OutboxRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

QJsonArray jsonArray(const db::PgResult &r, int col)
{
    if (r.isNull(0, col))
        return {};
    return QJsonDocument::fromJson(r.bytes(0, col)).array();
}

QDateTime utc(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QStringList nonEmpty(const QStringList &l)
{
    QStringList out;
    for (const QString &s : l) {
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    }
    return out;
}

PostalAddress billingAddress(const db::PgResult &q, int col)
{
    PostalAddress a;
    const QString street = q.text(0, col), city = q.text(0, col + 1), province = q.text(0, col + 2),
                  postal = q.text(0, col + 3);
    if (street.trimmed().isEmpty() && city.trimmed().isEmpty())
        return a;
    QString line = city.trimmed();
    if (!province.trimmed().isEmpty())
        line += u" (%1)"_s.arg(province.trimmed());
    if (!postal.trimmed().isEmpty())
        line += u"  "_s + postal.trimmed();
    a.lines = nonEmpty({street, line.trimmed()});
    return a;
}

QString lang(const QString &l)
{
    return l.trimmed() == u"en"_s ? u"en"_s : u"fr"_s;
}

constexpr const char *kReceiptSql = R"SQL(
SELECT p.id, p.code, p.status, p.received_at, p.method, coalesce(p.reference, ''), p.amount_cents, p.refunded_cents,
       p.reversed_at, coalesce(p.reversal_reason, ''),
       c.id, c.code, c.display_name, coalesce(c.email, ''), c.language, coalesce(c.billing_street, ''),
       coalesce(c.billing_city, ''), coalesce(c.billing_province, ''), coalesce(c.billing_postal_code, ''),
       c.balance_cents,
       (SELECT json_agg(json_build_array(i.id, i.code, i.issue_date, i.due_date, i.total_cents, a.amount_cents,
                        i.total_cents - i.paid_cents
                          + coalesce((SELECT sum(n.total_cents) FROM invoices n
                                       WHERE n.corrects_invoice_id = i.id AND n.kind = 'credit_note'
                                         AND n.status NOT IN ('draft', 'void')), 0))
                        ORDER BY i.due_date, i.issue_date, i.id)
          FROM payment_allocations a JOIN invoices i ON i.id = a.invoice_id WHERE a.payment_id = p.id),
       (SELECT json_agg(json_build_array(r.created_at, r.amount_cents, r.reason) ORDER BY r.created_at, r.id)
          FROM payment_refunds r WHERE r.payment_id = p.id AND r.status = 'succeeded'),
       (now() AT TIME ZONE 'America/Montreal')::date
  FROM payments p JOIN customers c ON c.id = p.customer_id
 WHERE p.id = $1
)SQL";

// Every movement of one customer up to the end of $3 (Quebec date), with its date; the caller splits it at $2.
// kind: 0 invoice, 1 credit note, 2 payment, 3 reversal, 4 refund (also the order of a day's lines).
constexpr const char *kMovementsSql = R"SQL(
WITH bound AS (SELECT (($3::date + 1)::timestamp AT TIME ZONE 'America/Montreal') AS end_at),
mv AS (
  SELECT i.issue_date AS d, CASE WHEN i.kind = 'credit_note' THEN 1 ELSE 0 END AS kind, i.code AS ref,
         coalesce(ci.code, '') AS detail, '' AS method, i.total_cents AS amount, i.id AS ord
    FROM invoices i LEFT JOIN invoices ci ON ci.id = i.corrects_invoice_id
   WHERE i.customer_id = $1 AND i.status NOT IN ('draft', 'void') AND i.issue_date <= $3::date
  UNION ALL
  SELECT (p.received_at AT TIME ZONE 'America/Montreal')::date, 2, p.code, coalesce(p.reference, ''), p.method,
         -p.amount_cents, p.id
    FROM payments p, bound
   WHERE p.customer_id = $1 AND p.status IN ('succeeded', 'reversed', 'refunded') AND p.received_at < bound.end_at
  UNION ALL
  SELECT (p.reversed_at AT TIME ZONE 'America/Montreal')::date, 3, p.code, coalesce(p.reversal_reason, ''), p.method,
         p.amount_cents, p.id
    FROM payments p, bound
   WHERE p.customer_id = $1 AND p.status = 'reversed' AND p.reversed_at < bound.end_at
  UNION ALL
  SELECT (r.created_at AT TIME ZONE 'America/Montreal')::date, 4, p.code, r.reason, p.method, r.amount_cents, r.id
    FROM payment_refunds r JOIN payments p ON p.id = r.payment_id, bound
   WHERE r.customer_id = $1 AND r.status = 'succeeded' AND r.created_at < bound.end_at)
SELECT amount, d::text, kind, ref, detail, method
  FROM (SELECT 0 AS part, coalesce((SELECT sum(amount) FROM mv WHERE d < $2::date), 0)::bigint AS amount,
               NULL::date AS d, NULL::int AS kind, NULL::text AS ref, NULL::text AS detail, NULL::text AS method,
               NULL::bigint AS ord
        UNION ALL
        SELECT 1, amount, d, kind, ref, detail, method, ord FROM mv WHERE d >= $2::date) x
 ORDER BY part, d, kind, ord
)SQL";

} // namespace

ReceiptRepository::ReceiptRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<qint64> ReceiptRepository::idByCode(const QString &code)
{
    auto r = m_c.exec("SELECT id FROM payments WHERE code = $1", db::SqlParams().add(code.trimmed().toUpper()));
    if (!r.ok())
        return r.error();
    return r.value().rows() == 1 ? r.value().int64(0, 0) : qint64(0);
}

Result<ReceiptDocument> ReceiptRepository::load(qint64 paymentId)
{
    auto company = InvoiceRepository(m_c).companySettings();
    if (!company.ok())
        return company.error();
    auto r = m_c.exec(kReceiptSql, db::SqlParams().add(paymentId));
    if (!r.ok())
        return r.error();
    const db::PgResult &q = r.value();
    if (q.rows() != 1)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::billing::ReceiptRepository", "This payment no longer exists."),
            u"payment %1"_s.arg(paymentId));
    ReceiptDocument d;
    d.paymentId = q.int64(0, 0);
    d.code = q.text(0, 1);
    d.status = q.text(0, 2);
    d.receivedAt = q.timestamp(0, 3);
    d.method = q.text(0, 4);
    d.reference = q.text(0, 5);
    d.amountCents = q.int64(0, 6);
    d.refundedCents = q.int64(0, 7);
    if (!q.isNull(0, 8))
        d.reversedAt = q.timestamp(0, 8);
    d.reversalReason = q.text(0, 9);
    d.customerId = q.int64(0, 10);
    d.customerCode = q.text(0, 11);
    d.customerName = q.text(0, 12);
    d.customerEmail = q.text(0, 13);
    d.language = lang(q.text(0, 14));
    d.billingAddress = billingAddress(q, 15);
    d.balanceCents = q.int64(0, 19);
    for (const QJsonValue &v : jsonArray(q, 20)) {
        const QJsonArray a = v.toArray();
        ReceiptAllocation al;
        al.invoiceId = a.at(0).toInteger();
        al.invoiceCode = a.at(1).toString();
        al.issueDate = QDate::fromString(a.at(2).toString(), Qt::ISODate);
        al.dueDate = QDate::fromString(a.at(3).toString(), Qt::ISODate);
        al.invoiceTotalCents = a.at(4).toInteger();
        al.amountCents = a.at(5).toInteger();
        al.invoiceOpenCents = qMax<qint64>(0, a.at(6).toInteger());
        d.allocatedCents += al.amountCents;
        d.allocations << al;
    }
    for (const QJsonValue &v : jsonArray(q, 21)) {
        const QJsonArray a = v.toArray();
        d.refunds << ReceiptRefund{utc(a.at(0)), a.at(1).toInteger(), a.at(2).toString()};
    }
    d.printedOn = q.date(0, 22);
    d.creditCents = d.counts() ? qMax<qint64>(0, d.amountCents - d.refundedCents - d.allocatedCents) : 0;
    d.company = company.value();
    return d;
}

Result<qint64> ReceiptRepository::queueMail(qint64 paymentId, const outbox::OutboxRequest &request)
{
    outbox::OutboxRequest r = request;
    r.businessEntity = u"payment"_s;
    r.businessId = paymentId;
    auto item = outbox::enqueue(m_c, r);
    if (!item.ok())
        return item.error();
    return item.value().id;
}

StatementRepository::StatementRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<qint64> StatementRepository::customerIdByCode(const QString &code)
{
    auto r = m_c.exec("SELECT id FROM customers WHERE code = $1", db::SqlParams().add(code.trimmed().toUpper()));
    if (!r.ok())
        return r.error();
    return r.value().rows() == 1 ? r.value().int64(0, 0) : qint64(0);
}

Result<qint64> StatementRepository::customerWithMostMovements(const QDate &since)
{
    auto r = m_c.exec(R"SQL(
SELECT customer_id FROM (
  SELECT customer_id FROM invoices WHERE issue_date >= $1 AND status NOT IN ('draft', 'void')
  UNION ALL
  SELECT customer_id FROM payments WHERE received_at >= $1::timestamp AT TIME ZONE 'America/Montreal') m
 GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1
)SQL",
        db::SqlParams().add(since));
    if (!r.ok())
        return r.error();
    return r.value().rows() == 1 ? r.value().int64(0, 0) : qint64(0);
}

Result<StatementDocument> StatementRepository::load(qint64 customerId, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::billing::StatementRepository", "A statement needs two valid dates (YYYY-MM-DD)."));
    if (from > to)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::billing::StatementRepository", "The statement's start (%1) is after its end (%2).")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    auto company = InvoiceRepository(m_c).companySettings();
    if (!company.ok())
        return company.error();
    auto cust = m_c.exec("SELECT id, code, display_name, coalesce(email, ''), language, coalesce(billing_street, ''),"
                         " coalesce(billing_city, ''), coalesce(billing_province, ''),"
                         " coalesce(billing_postal_code, ''), (now() AT TIME ZONE 'America/Montreal')::date"
                         " FROM customers WHERE id = $1",
        db::SqlParams().add(customerId));
    if (!cust.ok())
        return cust.error();
    const db::PgResult &c = cust.value();
    if (c.rows() != 1)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::billing::StatementRepository", "This customer no longer exists."),
            u"customer %1"_s.arg(customerId));
    StatementDocument d;
    d.from = from;
    d.to = to;
    d.customerId = c.int64(0, 0);
    d.customerCode = c.text(0, 1);
    d.customerName = c.text(0, 2);
    d.customerEmail = c.text(0, 3);
    d.language = lang(c.text(0, 4));
    d.billingAddress = billingAddress(c, 5);
    d.printedOn = c.date(0, 9);
    d.company = company.value();

    auto mv = m_c.exec(kMovementsSql, db::SqlParams().add(customerId).add(from).add(to));
    if (!mv.ok())
        return mv.error();
    const db::PgResult &m = mv.value();
    d.openingCents = m.rows() > 0 ? m.int64(0, 0) : 0;
    qint64 running = d.openingCents;
    d.lines.reserve(qMax(0, m.rows() - 1));
    for (int i = 1; i < m.rows(); ++i) {
        StatementLine l;
        l.amountCents = m.int64(i, 0);
        l.date = QDate::fromString(m.text(i, 1), Qt::ISODate);
        l.kind = static_cast<StatementLineKind>(m.int32(i, 2));
        l.reference = m.text(i, 3);
        l.detail = m.text(i, 4);
        l.method = m.text(i, 5);
        running += l.amountCents;
        l.balanceCents = running;
        d.lines << l;
    }
    d.closingCents = running;

    auto open = ReceivablesRepository(m_c).invoices(customerId, to);
    if (!open.ok())
        return open.error();
    for (const AgingInvoiceRow &row : open.value()) {
        d.agingCents[static_cast<size_t>(row.bucket)] += row.openCents;
        d.agingTotalCents += row.openCents;
        ++d.openInvoices;
    }
    return d;
}

Result<qint64> StatementRepository::queueMail(const outbox::OutboxRequest &request)
{
    auto item = outbox::enqueue(m_c, request);
    if (!item.ok())
        return item.error();
    return item.value().id;
}

} // namespace ops::billing
