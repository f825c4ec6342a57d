#include "core/audit/PersonalDataRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/db/PgConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::audit {

namespace {

// One exported table: the archive name, the table, which rows belong to customer $1 (alias t), their order.
struct Spec
{
    const char *name;
    const char *table;
    const char *where;
    const char *order;
};

#define OPS_LOCATIONS "(SELECT id FROM service_locations WHERE customer_id = $1)"
#define OPS_INVOICES "(SELECT id FROM invoices WHERE customer_id = $1)"
#define OPS_PAYMENTS "(SELECT id FROM payments WHERE customer_id = $1)"
#define OPS_TICKETS "(SELECT id FROM tickets WHERE customer_id = $1)"
#define OPS_SUBSCRIPTIONS "(SELECT id FROM subscriptions WHERE customer_id = $1)"
#define OPS_JOBS                                                                                                       \
    "(SELECT id FROM dispatch_jobs WHERE customer_id = $1 OR location_id IN " OPS_LOCATIONS                            \
    " OR ticket_id IN " OPS_TICKETS ")"

// Outbox rows are the customer's when they were made for one of the customer's rows (business_entity/business_id),
// or when the request is addressed to the customer's e-mail (either address) or phone (E.164, +1 and 10 digits).
constexpr const char *kOutboxWhere =
    "(t.business_entity = 'customer' AND t.business_id = $1)"
    " OR (t.business_entity = 'ticket' AND t.business_id IN " OPS_TICKETS ")"
    " OR (t.business_entity = 'invoice' AND t.business_id IN " OPS_INVOICES ")"
    " OR (t.business_entity = 'payment' AND t.business_id IN " OPS_PAYMENTS ")"
    " OR (t.business_entity = 'subscription' AND t.business_id IN " OPS_SUBSCRIPTIONS ")"
    " OR EXISTS (SELECT 1 FROM customers c WHERE c.id = $1 AND ("
    "      (c.email IS NOT NULL AND strpos(lower(t.request::text), lower(c.email)) > 0)"
    "   OR (c.email_alt IS NOT NULL AND strpos(lower(t.request::text), lower(c.email_alt)) > 0)"
    "   OR (length(regexp_replace(coalesce(c.phone, ''), '[^0-9]', '', 'g')) >= 10 AND strpos(t.request::text,"
    "         '+1' || right(regexp_replace(c.phone, '[^0-9]', '', 'g'), 10)) > 0)"
    "   OR (length(regexp_replace(coalesce(c.phone_alt, ''), '[^0-9]', '', 'g')) >= 10 AND strpos(t.request::text,"
    "         '+1' || right(regexp_replace(c.phone_alt, '[^0-9]', '', 'g'), 10)) > 0)))";

const Spec kSpecs[] = {
    {"customer", "customers", "t.id = $1", "t.id"},
    {"service_locations", "service_locations", "t.customer_id = $1", "t.id"},
    {"service_equipment", "service_equipment", "t.location_id IN " OPS_LOCATIONS, "t.id"},
    {"subscriptions", "subscriptions", "t.customer_id = $1", "t.id"},
    {"invoices", "invoices", "t.customer_id = $1", "t.id"},
    {"invoice_lines", "invoice_lines", "t.invoice_id IN " OPS_INVOICES, "t.invoice_id, t.line_no"},
    {"invoice_taxes", "invoice_taxes", "t.invoice_id IN " OPS_INVOICES, "t.invoice_id, t.tax"},
    {"payments", "payments", "t.customer_id = $1", "t.id"},
    {"payment_allocations", "payment_allocations", "t.payment_id IN " OPS_PAYMENTS " OR t.invoice_id IN " OPS_INVOICES,
        "t.payment_id, t.invoice_id"},
    {"tickets", "tickets", "t.customer_id = $1", "t.id"},
    {"ticket_messages", "ticket_messages", "t.ticket_id IN " OPS_TICKETS, "t.ticket_id, t.id"},
    {"dispatch_jobs", "dispatch_jobs",
        "t.customer_id = $1 OR t.location_id IN " OPS_LOCATIONS " OR t.ticket_id IN " OPS_TICKETS, "t.id"},
    // What was done at the customer's home: the job's status changes (with their reasons), the materials and
    // equipment used, and the photos taken there (bytea, hex in CSV and JSON).
    {"job_status_history", "job_status_history", "t.job_id IN " OPS_JOBS, "t.job_id, t.changed_at, t.id"},
    {"job_materials", "job_materials", "t.job_id IN " OPS_JOBS, "t.job_id, t.id"},
    {"job_equipment", "job_equipment", "t.job_id IN " OPS_JOBS, "t.job_id, t.equipment_id"},
    {"job_photos", "job_photos", "t.job_id IN " OPS_JOBS, "t.job_id, t.id"},
    {"customer_charges", "customer_charges", "t.customer_id = $1", "t.id"},
    {"casl_consents", "casl_consents", "t.customer_id = $1", "t.id"},
    {"campaign_messages", "campaign_recipients", "t.customer_id = $1", "t.id"},
    {"outbox_messages", "outbox", kOutboxWhere, "t.id"},
    {"audit_log", "audit_log", "t.customer_id = $1 OR (t.entity = 'customer' AND t.entity_id = $1)", "t.at, t.id"},
};

#undef OPS_LOCATIONS
#undef OPS_INVOICES
#undef OPS_PAYMENTS
#undef OPS_TICKETS
#undef OPS_SUBSCRIPTIONS
#undef OPS_JOBS

const Spec *specFor(const QString &name)
{
    for (const Spec &s : kSpecs)
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}

} // namespace

PersonalDataRepository::PersonalDataRepository(db::PgConnection &c)
    : m_c(c)
{}

QStringList PersonalDataRepository::tableNames()
{
    QStringList out;
    for (const Spec &s : kSpecs)
        out << QLatin1String(s.name);
    return out;
}

bool PersonalDataRepository::isSecretColumn(const QString &table, const QString &column)
{
    // RADIUS passwords (clear or encrypted, whatever the column's later name) never leave the database.
    return table == QLatin1String("subscriptions") && column.startsWith(QLatin1String("radius_pwd"));
}

Result<PersonalDataRepository::Customer> PersonalDataRepository::customer(const QString &codeOrNumber)
{
    const QString text = codeOrNumber.trimmed();
    static const QRegularExpression number(u"^[0-9]{1,18}$"_s);
    auto r = number.match(text).hasMatch()
        ? m_c.exec("SELECT id, code FROM customers WHERE id = $1::bigint", db::SqlParams().add(text))
        : m_c.exec("SELECT id, code FROM customers WHERE code = upper($1)", db::SqlParams().add(text));
    if (!r.ok())
        return r.error();
    if (text.isEmpty() || r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::audit", "No customer has the code or number %1.").arg(text));
    return Customer{r.value().int64(0, 0), r.value().text(0, 1)};
}

Result<PersonalDataRepository::Rows> PersonalDataRepository::rows(const QString &name, qint64 customerId)
{
    const Spec *spec = specFor(name);
    if (!spec)
        return Error::internal(u"unknown personal data table: "_s + name);
    const QString table = QLatin1String(spec->table);
    // The table's columns and whether this role may read each (column privileges: a role may read some columns only).
    auto cols = m_c.exec("SELECT a.attname, has_column_privilege(a.attrelid, a.attnum, 'SELECT')"
                         " FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0"
                         " AND NOT a.attisdropped ORDER BY a.attnum",
        db::SqlParams().add(table));
    if (!cols.ok())
        return cols.error();
    Rows out;
    QStringList select;
    for (int i = 0; i < cols.value().rows(); ++i) {
        const QString column = cols.value().text(i, 0);
        if (isSecretColumn(table, column) || !cols.value().boolean(i, 1)) {
            out.excluded << column;
            continue;
        }
        out.columns << column;
        select << u"t."_s + db::quoteIdentifier(column);
    }
    if (select.isEmpty()) {
        // No column readable: the role may not read the table; an archive without it would look complete but not be.
        Error e = Error::make(Error::Kind::Forbidden,
            QCoreApplication::translate("ops::audit",
                "Your account may not read %1, so the export would be incomplete. Ask a manager or an administrator.")
                .arg(table),
            u"no readable column in "_s + table);
        e.code = u"42501"_s;
        return e;
    }
    const QString sql = u"SELECT to_json(x)::text, x.* FROM (SELECT "_s + select.join(u", "_s) + u" FROM "_s
        + db::quoteIdentifier(table) + u" t WHERE "_s + QLatin1String(spec->where) + u" ORDER BY "_s
        + QLatin1String(spec->order) + u") x"_s;
    auto r = m_c.exec(sql, db::SqlParams().add(customerId));
    if (!r.ok())
        return r.error();
    const int n = r.value().rows();
    const int width = int(out.columns.size());
    out.json.reserve(n);
    out.cells.reserve(n);
    for (int i = 0; i < n; ++i) {
        out.json.append(r.value().bytes(i, 0));
        QStringList cells;
        cells.reserve(width);
        for (int c = 0; c < width; ++c)
            cells << (r.value().isNull(i, c + 1) ? QString() : r.value().text(i, c + 1));
        out.cells.append(cells);
    }
    return out;
}

} // namespace ops::audit
