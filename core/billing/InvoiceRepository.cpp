#include "core/billing/InvoiceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
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

qint64 cents(const QJsonValue &v)
{
    return v.toInteger();
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

// "Saint-Jérôme (QC)  J7Z 5L3"
QString cityLine(const QString &city, const QString &province, const QString &postal)
{
    QString line = city.trimmed();
    if (!province.trimmed().isEmpty())
        line += u" (%1)"_s.arg(province.trimmed());
    if (!postal.trimmed().isEmpty())
        line += u"  "_s + postal.trimmed();
    return line.trimmed();
}

// An invoice status as a clerk reads it.
QString statusText(const QString &status)
{
    if (status == u"draft"_s)
        return QCoreApplication::translate("ops::billing::InvoiceRepository", "draft", "invoice status");
    if (status == u"issued"_s)
        return QCoreApplication::translate("ops::billing::InvoiceRepository", "issued", "invoice status");
    if (status == u"partially_paid"_s)
        return QCoreApplication::translate("ops::billing::InvoiceRepository", "partially paid", "invoice status");
    if (status == u"paid"_s)
        return QCoreApplication::translate("ops::billing::InvoiceRepository", "paid", "invoice status");
    if (status == u"void"_s)
        return QCoreApplication::translate("ops::billing::InvoiceRepository", "void", "invoice status");
    return status;
}

Error notFound(qint64 id)
{
    return Error::make(Error::Kind::NotFound,
        QCoreApplication::translate("ops::billing::InvoiceRepository", "This invoice no longer exists."),
        u"invoice %1"_s.arg(id));
}

// The invoice and what it prints, in one statement. The service address is the location of its first
// subscription line, else the customer's first active location.
constexpr const char *kLoadSql = R"SQL(
SELECT i.id, i.code, i.kind, coalesce(ci.code, ''), i.status, i.version, i.language, i.period_start, i.period_end,
       i.issue_date, i.due_date, i.subtotal_cents, i.gst_cents, i.qst_cents, i.total_cents, i.paid_cents,
       c.id, c.code, c.display_name, coalesce(c.email, ''), coalesce(c.billing_street, ''),
       coalesce(c.billing_city, ''), coalesce(c.billing_province, ''), coalesce(c.billing_postal_code, ''),
       (SELECT json_agg(json_build_array(l.line_no, l.description, l.quantity, l.unit_price_cents, l.amount_cents,
                                         l.taxable) ORDER BY l.line_no)
          FROM invoice_lines l WHERE l.invoice_id = i.id),
       (SELECT json_agg(json_build_array(t.tax, t.rate_ppm, t.base_cents, t.amount_cents, t.registration_number)
                        ORDER BY t.tax)
          FROM invoice_taxes t WHERE t.invoice_id = i.id),
       (SELECT json_agg(json_build_array(p.code, p.received_at, p.method, a.amount_cents)
                        ORDER BY p.received_at, p.id)
          FROM payment_allocations a JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = i.id),
       (SELECT json_build_array(sl.civic_number, sl.street, coalesce(sl.unit, ''), sl.city, sl.province,
                                sl.postal_code)
          FROM service_locations sl
         WHERE sl.id = coalesce(
                 (SELECT s.location_id FROM invoice_lines l JOIN subscriptions s ON s.id = l.subscription_id
                   WHERE l.invoice_id = i.id AND s.location_id IS NOT NULL ORDER BY l.line_no LIMIT 1),
                 (SELECT x.id FROM service_locations x WHERE x.customer_id = c.id
                   ORDER BY (x.status = 'active') DESC, x.id LIMIT 1))),
       (SELECT json_build_array(o.id, o.status, o.created_at, o.sent_at, coalesce(o.last_error, ''))
          FROM outbox o WHERE o.business_entity = 'invoice' AND o.business_id = i.id
         ORDER BY o.id DESC LIMIT 1)
  FROM invoices i
  JOIN customers c ON c.id = i.customer_id
  LEFT JOIN invoices ci ON ci.id = i.corrects_invoice_id
 WHERE i.id = $1
)SQL";

} // namespace

InvoiceRepository::InvoiceRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<qint64> InvoiceRepository::idByCode(const QString &code)
{
    auto r = m_c.exec("SELECT id FROM invoices WHERE code = $1", db::SqlParams().add(code.trimmed().toUpper()));
    if (!r.ok())
        return r.error();
    return r.value().rows() == 1 ? r.value().int64(0, 0) : qint64(0);
}

Result<qint64> InvoiceRepository::idWithMostLines()
{
    auto r = m_c.exec("SELECT invoice_id FROM invoice_lines GROUP BY invoice_id ORDER BY count(*) DESC, invoice_id"
                      " LIMIT 1");
    if (!r.ok())
        return r.error();
    return r.value().rows() == 1 ? r.value().int64(0, 0) : qint64(0);
}

Result<CompanySettings> InvoiceRepository::companySettings()
{
    auto r = m_c.exec("SELECT company_name, address_line1, address_line2, address_line3, phone, email, gst_number,"
                      " qst_number, due_days, payment_instructions_fr, payment_instructions_en,"
                      " invoice_email_subject_fr, invoice_email_subject_en, invoice_email_body_fr,"
                      " invoice_email_body_en FROM billing_settings WHERE id = 1");
    if (!r.ok())
        return r.error();
    CompanySettings s;
    if (r.value().rows() != 1)
        return s;
    const db::PgResult &q = r.value();
    s.name = q.text(0, 0);
    s.addressLines = nonEmpty({q.text(0, 1), q.text(0, 2), q.text(0, 3)});
    s.phone = q.text(0, 4);
    s.email = q.text(0, 5);
    s.gstNumber = q.text(0, 6);
    s.qstNumber = q.text(0, 7);
    s.dueDays = q.int32(0, 8, 30);
    s.paymentInstructionsFr = q.text(0, 9);
    s.paymentInstructionsEn = q.text(0, 10);
    s.emailSubjectFr = q.text(0, 11);
    s.emailSubjectEn = q.text(0, 12);
    s.emailBodyFr = q.text(0, 13);
    s.emailBodyEn = q.text(0, 14);
    return s;
}

Result<InvoiceDocument> InvoiceRepository::load(qint64 id)
{
    auto company = companySettings();
    if (!company.ok())
        return company.error();
    return load(id, company.value());
}

Result<InvoiceDocument> InvoiceRepository::load(qint64 id, const CompanySettings &company)
{
    auto r = m_c.exec(kLoadSql, db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    const db::PgResult &q = r.value();
    if (q.rows() != 1)
        return notFound(id);
    InvoiceDocument d;
    d.id = q.int64(0, 0);
    d.code = q.text(0, 1);
    d.kind = q.text(0, 2) == u"credit_note"_s ? InvoiceKind::CreditNote : InvoiceKind::Invoice;
    d.correctsCode = q.text(0, 3);
    d.status = q.text(0, 4);
    d.version = q.int32(0, 5);
    d.language = q.text(0, 6).trimmed() == u"en"_s ? u"en"_s : u"fr"_s;
    d.periodStart = q.date(0, 7);
    d.periodEnd = q.date(0, 8);
    d.issueDate = q.date(0, 9);
    d.dueDate = q.date(0, 10);
    d.subtotalCents = q.int64(0, 11);
    d.gstCents = q.int64(0, 12);
    d.qstCents = q.int64(0, 13);
    d.totalCents = q.int64(0, 14);
    d.paidCents = q.int64(0, 15);
    d.customerId = q.int64(0, 16);
    d.customerCode = q.text(0, 17);
    d.customerName = q.text(0, 18);
    d.customerEmail = q.text(0, 19);
    if (!q.text(0, 20).trimmed().isEmpty() || !q.text(0, 21).trimmed().isEmpty())
        d.billingAddress.lines = nonEmpty({q.text(0, 20), cityLine(q.text(0, 21), q.text(0, 22), q.text(0, 23))});
    for (const QJsonValue &v : jsonArray(q, 24)) {
        const QJsonArray a = v.toArray();
        d.lines << InvoiceLine{static_cast<int>(a.at(0).toInteger()), a.at(1).toString(),
            static_cast<int>(a.at(2).toInteger()), cents(a.at(3)), cents(a.at(4)), a.at(5).toBool()};
    }
    for (const QJsonValue &v : jsonArray(q, 25)) {
        const QJsonArray a = v.toArray();
        d.taxes << InvoiceTax{a.at(0).toString(), static_cast<int>(a.at(1).toInteger()), cents(a.at(2)), cents(a.at(3)),
            a.at(4).toString()};
    }
    for (const QJsonValue &v : jsonArray(q, 26)) {
        const QJsonArray a = v.toArray();
        d.payments << InvoicePaymentAllocation{a.at(0).toString(),
            QDateTime::fromString(a.at(1).toString(), Qt::ISODateWithMs).toUTC(), a.at(2).toString(), cents(a.at(3))};
    }
    if (const QJsonArray a = jsonArray(q, 27); !a.isEmpty()) {
        QString street = QString(a.at(0).toString() + u' ' + a.at(1).toString()).trimmed();
        if (!a.at(2).toString().isEmpty())
            street += u", "_s + a.at(2).toString();
        d.serviceAddress.lines =
            nonEmpty({street, cityLine(a.at(3).toString(), a.at(4).toString(), a.at(5).toString())});
    }
    if (const QJsonArray a = jsonArray(q, 28); !a.isEmpty()) {
        InvoiceDelivery del;
        del.outboxId = a.at(0).toInteger();
        del.status = a.at(1).toString();
        del.createdAt = QDateTime::fromString(a.at(2).toString(), Qt::ISODateWithMs).toUTC();
        if (!a.at(3).isNull())
            del.sentAt = QDateTime::fromString(a.at(3).toString(), Qt::ISODateWithMs).toUTC();
        del.lastError = a.at(4).toString();
        d.delivery = del;
    }
    d.company = company;
    return d;
}

Result<MailCandidates> InvoiceRepository::mailCandidates(const QDate &periodStart)
{
    auto r = m_c.exec(R"SQL(
SELECT i.id,
       coalesce(c.email, '') <> '' AS has_email,
       EXISTS (SELECT 1 FROM outbox o WHERE o.business_entity = 'invoice' AND o.business_id = i.id
                                       AND o.status <> 'cancelled') AS queued
  FROM invoices i JOIN customers c ON c.id = i.customer_id
 WHERE i.period_start = $1 AND i.status <> 'void'
 ORDER BY i.code
)SQL",
        db::SqlParams().add(periodStart));
    if (!r.ok())
        return r.error();
    MailCandidates m;
    const db::PgResult &q = r.value();
    m.invoices = q.rows();
    for (int i = 0; i < q.rows(); ++i) {
        if (!q.boolean(i, 1))
            ++m.withoutEmail;
        else if (q.boolean(i, 2))
            ++m.alreadyQueued;
        else
            m.invoiceIds << q.int64(i, 0);
    }
    return m;
}

Result<qint64> InvoiceRepository::queueMail(qint64 invoiceId, const outbox::OutboxRequest &request)
{
    std::function<Result<qint64>(db::PgConnection &)> fn = [&](db::PgConnection &c) -> Result<qint64> {
        auto inv = c.exec("SELECT status FROM invoices WHERE id = $1 FOR UPDATE", db::SqlParams().add(invoiceId));
        if (!inv.ok())
            return inv.error();
        if (inv.value().rows() != 1)
            return notFound(invoiceId);
        if (inv.value().text(0, 0) == u"void"_s)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::billing::InvoiceRepository", "A void invoice is not e-mailed."));
        auto item = outbox::enqueue(c, request);
        if (!item.ok())
            return item.error();
        // A draft is issued by its e-mail; the customer's balance moves when an invoice is issued (as the run's do).
        auto issued = c.exec("UPDATE invoices SET status = 'issued' WHERE id = $1 AND status = 'draft'"
                             " RETURNING customer_id, total_cents - paid_cents",
            db::SqlParams().add(invoiceId));
        if (!issued.ok())
            return issued.error();
        if (issued.value().rows() == 1) {
            auto balance = c.exec("UPDATE customers SET balance_cents = balance_cents + $2 WHERE id = $1",
                db::SqlParams().add(issued.value().int64(0, 0)).add(issued.value().int64(0, 1)));
            if (!balance.ok())
                return balance.error();
        }
        return item.value().id;
    };
    return db::withTransaction(m_c, fn);
}

Result<CreditNoteResult> InvoiceRepository::createCreditNote(qint64 invoiceId)
{
    std::function<Result<CreditNoteResult>(db::PgConnection &)> fn =
        [invoiceId](db::PgConnection &c) -> Result<CreditNoteResult> {
        // The customer's row first, as payments take it (core/payments), so the two never wait on each other in a
        // cycle: a payment holds the customer and then its open invoices.
        auto customer = c.exec("SELECT 1 FROM customers WHERE id = (SELECT customer_id FROM invoices WHERE id = $1)"
                               " FOR UPDATE",
            db::SqlParams().add(invoiceId));
        if (!customer.ok())
            return customer.error();
        auto inv = c.exec("SELECT code, kind, status, customer_id FROM invoices WHERE id = $1 FOR UPDATE",
            db::SqlParams().add(invoiceId));
        if (!inv.ok())
            return inv.error();
        if (inv.value().rows() != 1)
            return notFound(invoiceId);
        const QString code = inv.value().text(0, 0);
        const QString status = inv.value().text(0, 2);
        if (inv.value().text(0, 1) != u"invoice"_s)
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate(
                    "ops::billing::InvoiceRepository", "A credit note cannot itself be credited."));
        if (status == u"draft"_s)
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate(
                    "ops::billing::InvoiceRepository", "Invoice %1 is a draft: void it instead of crediting it.")
                    .arg(code));
        if (status == u"void"_s)
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate(
                    "ops::billing::InvoiceRepository", "Invoice %1 is void: there is nothing to credit.")
                    .arg(code));
        auto existing = c.exec(
            "SELECT code FROM invoices WHERE corrects_invoice_id = $1 AND kind = 'credit_note' AND status <> 'void'"
            " ORDER BY id LIMIT 1",
            db::SqlParams().add(invoiceId));
        if (!existing.ok())
            return existing.error();
        if (existing.value().rows() == 1)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate(
                    "ops::billing::InvoiceRepository", "Invoice %1 is already corrected by credit note %2.")
                    .arg(code, existing.value().text(0, 0)));
        // The code comes from the gap-free counter in this transaction (a rollback gives it back).
        auto note = c.exec(R"SQL(
INSERT INTO invoices (code, customer_id, period_start, period_end, issue_date, due_date, language, subtotal_cents,
                      gst_cents, qst_cents, total_cents, status, kind, corrects_invoice_id, billing_run)
SELECT ops_invoice_code(ops_take_invoice_codes(1)), i.customer_id, i.period_start, i.period_end, d.today, d.today,
       i.language, -i.subtotal_cents, -i.gst_cents, -i.qst_cents, -i.total_cents, 'issued', 'credit_note', i.id,
       i.billing_run
  FROM invoices i, (SELECT (now() AT TIME ZONE 'America/Toronto')::date AS today) d
 WHERE i.id = $1
RETURNING id, code, total_cents, customer_id
)SQL",
            db::SqlParams().add(invoiceId));
        if (!note.ok())
            return note.error();
        CreditNoteResult out;
        out.id = note.value().int64(0, 0);
        out.code = note.value().text(0, 1);
        out.totalCents = note.value().int64(0, 2);
        const qint64 customerId = note.value().int64(0, 3);
        // Every line negated (the subscription link stays on the invoice it corrects); the same taxes reversed.
        auto lines = c.exec(R"SQL(
INSERT INTO invoice_lines (invoice_id, line_no, item_id, description, quantity, unit_price_cents, amount_cents,
                           taxable)
SELECT $2, line_no, item_id, description, quantity, -unit_price_cents, -amount_cents, taxable
  FROM invoice_lines WHERE invoice_id = $1
)SQL",
            db::SqlParams().add(invoiceId).add(out.id));
        if (!lines.ok())
            return lines.error();
        auto taxes = c.exec(R"SQL(
INSERT INTO invoice_taxes (invoice_id, tax, rate_ppm, base_cents, amount_cents, registration_number)
SELECT $2, tax, rate_ppm, -base_cents, -amount_cents, registration_number FROM invoice_taxes WHERE invoice_id = $1
)SQL",
            db::SqlParams().add(invoiceId).add(out.id));
        if (!taxes.ok())
            return taxes.error();
        auto balance = c.exec("UPDATE customers SET balance_cents = balance_cents + $2 WHERE id = $1",
            db::SqlParams().add(customerId).add(out.totalCents));
        if (!balance.ok())
            return balance.error();
        return out;
    };
    return db::withTransaction(m_c, fn);
}

Status InvoiceRepository::voidDraft(qint64 invoiceId)
{
    std::function<Result<bool>(db::PgConnection &)> fn = [invoiceId](db::PgConnection &c) -> Result<bool> {
        auto inv = c.exec("SELECT code, status FROM invoices WHERE id = $1 FOR UPDATE", db::SqlParams().add(invoiceId));
        if (!inv.ok())
            return inv.error();
        if (inv.value().rows() != 1)
            return notFound(invoiceId);
        if (inv.value().text(0, 1) != u"draft"_s)
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::billing::InvoiceRepository",
                    "Only a draft invoice can be voided; %1 is %2: make a credit note instead.")
                    .arg(inv.value().text(0, 0), statusText(inv.value().text(0, 1))));
        // A draft never moved the balance (only issued invoices do): nothing to give back.
        auto done = c.exec("UPDATE invoices SET status = 'void' WHERE id = $1", db::SqlParams().add(invoiceId));
        if (!done.ok())
            return done.error();
        return true;
    };
    auto r = db::withTransaction(m_c, fn);
    if (!r.ok())
        return r.error();
    return success();
}

} // namespace ops::billing
