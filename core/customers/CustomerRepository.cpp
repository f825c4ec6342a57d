#include "core/customers/CustomerRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include "core/db/PgConnection.h"

namespace ops::customers {

CustomerRepository::CustomerRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<qint64> CustomerRepository::idForCode(const QString &code)
{
    auto r = m_c.exec("SELECT id FROM customers WHERE code = upper(btrim($1))", db::SqlParams().add(code));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::customers", "Customer %1 does not exist.").arg(code));
    return r.value().int64(0, 0);
}

namespace {

// Section sub-selects: each returns its rows as one JSON array of positional arrays (cheap to build and to parse), so
// the header and every section arrive in a single round trip. Times are epoch milliseconds, money integer cents.
const char *const kFileSql =
    // Law 25: the opening is recorded by ops_record_access (SECURITY DEFINER: staff cannot write audit_log).
    "WITH seen AS MATERIALIZED (SELECT ops_record_access('view', 'customer', id, id) FROM customers"
    "              WHERE id = $1 AND $9::boolean)"
    " SELECT c.id, c.code, c.kind, c.display_name, c.first_name, c.last_name, c.company_name, c.language, c.email,"
    "  c.email_alt, c.phone, c.phone_alt, c.billing_street, c.billing_city, c.billing_province,"
    "  c.billing_postal_code, c.status, c.balance_cents, c.legacy_account_id, c.legacy_customer_id, c.ppa_enabled,"
    "  c.casl_consent, c.created_at, c.version,"
    // 24, 25: locations
    "  (SELECT count(*) FROM service_locations WHERE customer_id = c.id),"
    "  (SELECT json_agg(json_build_array(x.id, x.code, x.address, x.postal_code, x.latitude, x.longitude, x.olt_name,"
    "          x.olt_port, x.status) ORDER BY x.code)"
    "     FROM (SELECT id, code, concat_ws(', ', concat_ws(' ', civic_number, street)"
    "             || coalesce(' #' || unit, ''), city) AS address, postal_code, latitude, longitude, olt_name,"
    "             olt_port, status"
    "           FROM service_locations WHERE customer_id = c.id ORDER BY code LIMIT $2) x),"
    // 26, 27: equipment (installed first)
    "  (SELECT count(*) FROM service_equipment e JOIN service_locations l ON l.id = e.location_id"
    "    WHERE l.customer_id = c.id),"
    "  (SELECT json_agg(json_build_array(x.id, x.code, x.kind, x.make, x.model, x.serial, x.mac, x.firmware,"
    "          x.status, x.location_id, x.location_code, x.created_ms) ORDER BY x.ord)"
    "     FROM (SELECT e.id, e.code, e.kind, e.make, e.model, e.serial, e.mac::text AS mac, e.firmware, e.status,"
    "             e.location_id, l.code AS location_code,"
    "             (extract(epoch FROM e.created_at) * 1000)::bigint AS created_ms,"
    "             row_number() OVER (ORDER BY (e.status = 'installed') DESC, l.code, e.kind, e.code) AS ord"
    "           FROM service_equipment e JOIN service_locations l ON l.id = e.location_id"
    "           WHERE l.customer_id = c.id"
    "           ORDER BY (e.status = 'installed') DESC, l.code, e.kind, e.code LIMIT $3) x),"
    // 28, 29: subscriptions (active first, newest first)
    "  (SELECT count(*) FROM subscriptions WHERE customer_id = c.id),"
    "  (SELECT json_agg(json_build_array(x.id, x.code, x.location_id, x.location_code, x.name_fr, x.name_en, x.price,"
    "          x.start_date, x.end_date, x.status, x.down, x.up) ORDER BY x.ord)"
    "     FROM (SELECT s.id, s.code, coalesce(s.location_id, 0) AS location_id,"
    "             coalesce(l.code, '') AS location_code, i.name_fr, i.name_en, s.price_cents * s.quantity AS price,"
    "             s.start_date, s.end_date, s.status, coalesce(i.download_mbps, 0) AS down,"
    "             coalesce(i.upload_mbps, 0) AS up,"
    "             row_number() OVER (ORDER BY (s.status = 'active') DESC, s.start_date DESC, s.id) AS ord"
    "           FROM subscriptions s JOIN items i ON i.id = s.item_id"
    "           LEFT JOIN service_locations l ON l.id = s.location_id"
    "           WHERE s.customer_id = c.id"
    "           ORDER BY (s.status = 'active') DESC, s.start_date DESC, s.id LIMIT $4) x),"
    // 30, 31: invoices (newest first)
    "  (SELECT count(*) FROM invoices WHERE customer_id = c.id),"
    "  (SELECT json_agg(json_build_array(x.id, x.code, x.issue_date, x.due_date, x.period_start, x.period_end,"
    "          x.total_cents, x.total_cents - x.paid_cents, x.status) ORDER BY x.issue_date DESC, x.id DESC)"
    "     FROM (SELECT id, code, issue_date, due_date, period_start, period_end, total_cents, paid_cents, status"
    "           FROM invoices WHERE customer_id = c.id ORDER BY issue_date DESC, id DESC LIMIT $5) x),"
    // 32, 33: payments (newest first)
    "  (SELECT count(*) FROM payments WHERE customer_id = c.id),"
    "  (SELECT json_agg(json_build_array(x.id, x.code, (extract(epoch FROM x.received_at) * 1000)::bigint,"
    "          x.amount_cents, x.method, x.reference, x.status) ORDER BY x.received_at DESC, x.id DESC)"
    "     FROM (SELECT id, code, received_at, amount_cents, method, reference, status"
    "           FROM payments WHERE customer_id = c.id ORDER BY received_at DESC, id DESC LIMIT $6) x),"
    // 34, 35: tickets (newest first)
    "  (SELECT count(*) FROM tickets WHERE customer_id = c.id),"
    "  (SELECT json_agg(json_build_array(x.id, x.code, x.subject, x.issue_type, x.status, x.is_important,"
    "          (extract(epoch FROM x.created_at) * 1000)::bigint, (extract(epoch FROM x.closed_at) * 1000)::bigint,"
    "          st.display_name) ORDER BY x.created_at DESC, x.id DESC)"
    "     FROM (SELECT id, code, subject, issue_type, status, is_important, created_at, closed_at, assigned_staff_id"
    "           FROM tickets WHERE customer_id = c.id ORDER BY created_at DESC, id DESC LIMIT $7) x"
    "     LEFT JOIN staff st ON st.id = x.assigned_staff_id),"
    // 36, 37: dispatch jobs (newest first)
    "  (SELECT count(*) FROM dispatch_jobs WHERE customer_id = c.id),"
    "  (SELECT json_agg(json_build_array(x.id, x.code, x.job_type, x.status,"
    "          (extract(epoch FROM x.scheduled_start) * 1000)::bigint,"
    "          (extract(epoch FROM x.window_start) * 1000)::bigint, (extract(epoch FROM x.window_end) * 1000)::bigint,"
    "          x.duration_minutes,"
    "          (SELECT string_agg(dt.name, ', ' ORDER BY jt.is_lead DESC, dt.name) FROM job_technicians jt"
    "            JOIN dispatch_technicians dt ON dt.id = jt.technician_id WHERE jt.job_id = x.id),"
    "          l.code, t.code) ORDER BY x.sort_at DESC, x.id DESC)"
    "     FROM (SELECT id, code, job_type, status, scheduled_start, window_start, window_end, duration_minutes,"
    "             location_id, ticket_id, coalesce(scheduled_start, created_at) AS sort_at"
    "           FROM dispatch_jobs WHERE customer_id = c.id"
    "           ORDER BY coalesce(scheduled_start, created_at) DESC, id DESC LIMIT $8) x"
    "     LEFT JOIN service_locations l ON l.id = x.location_id LEFT JOIN tickets t ON t.id = x.ticket_id),"
    // 38: open tickets; 39, 40, 41: open invoices, balance due, oldest due date (over all rows, for the Overview)
    "  (SELECT count(*) FROM tickets WHERE customer_id = c.id AND status NOT IN ('resolved', 'closed')),"
    "  oi.n, oi.due, oi.oldest"
    " FROM customers c LEFT JOIN seen ON true,"
    "  LATERAL (SELECT count(*) AS n, coalesce(sum(total_cents - paid_cents), 0) AS due, min(due_date) AS oldest"
    "           FROM invoices WHERE customer_id = c.id AND status IN ('issued', 'partially_paid')) oi"
    " WHERE c.id = $1";

QJsonArray jsonRows(const db::PgResult &r, int col)
{
    if (r.isNull(0, col))
        return {};
    return QJsonDocument::fromJson(r.bytes(0, col)).array();
}

QString str(const QJsonArray &a, int i)
{
    return a.at(i).toString();
}

qint64 i64(const QJsonArray &a, int i)
{
    return a.at(i).toInteger();
}

QDateTime ms(const QJsonArray &a, int i)
{
    const QJsonValue v = a.at(i);
    return v.isNull() || v.isUndefined() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toInteger(), Qt::UTC);
}

QDate day(const QJsonArray &a, int i)
{
    return QDate::fromString(a.at(i).toString(), Qt::ISODate);
}

} // namespace

Result<CustomerFile> CustomerRepository::loadFile(qint64 customerId, const SectionLimits &limits)
{
    const quint64 before = m_c.roundTrips();
    CustomerFile file;
    file.limits = limits;
    db::SqlParams params;
    params.add(customerId);
    for (int s = 0; s < int(FileSection::Count); ++s) {
        if (limits.limit[s] > 0)
            params.add(limits.limit[s]);
        else
            params.addNull(); // LIMIT NULL: every row
    }
    params.add(limits.recordView);
    // One statement: the Law 25 record of the opening (when asked), the header, every section with its total, and the
    // Overview's exact counts.
    auto h = m_c.exec(kFileSql, params);
    if (!h.ok())
        return h.error();
    const db::PgResult &c = h.value();
    if (c.rows() == 0)
        return Error::make(
            Error::Kind::NotFound, QCoreApplication::translate("ops::customers", "This customer no longer exists."));
    Customer &cu = file.customer;
    cu.id = c.int64(0, 0);
    cu.code = c.text(0, 1);
    cu.kind = c.text(0, 2);
    cu.displayName = c.text(0, 3);
    cu.firstName = c.text(0, 4);
    cu.lastName = c.text(0, 5);
    cu.companyName = c.text(0, 6);
    cu.language = c.text(0, 7);
    cu.email = c.text(0, 8);
    cu.emailAlt = c.text(0, 9);
    cu.phone = c.text(0, 10);
    cu.phoneAlt = c.text(0, 11);
    cu.billingStreet = c.text(0, 12);
    cu.billingCity = c.text(0, 13);
    cu.billingProvince = c.text(0, 14);
    cu.billingPostalCode = c.text(0, 15);
    cu.status = c.text(0, 16);
    cu.balance = Money::fromCents(c.int64(0, 17));
    cu.legacyAccountId = c.int64(0, 18);
    cu.legacyCustomerId = c.text(0, 19);
    cu.ppaEnabled = c.boolean(0, 20);
    cu.caslConsent = c.text(0, 21);
    cu.createdAt = c.timestamp(0, 22);
    cu.version = c.int32(0, 23);
    for (int s = 0; s < int(FileSection::Count); ++s)
        file.totals[s] = c.int32(0, 24 + 2 * s);
    file.openTickets = c.int32(0, 38);
    file.openInvoices = c.int32(0, 39);
    file.balanceDue = Money::fromCents(c.int64(0, 40));
    file.oldestDue = c.isNull(0, 41) ? QDate() : QDate::fromString(c.text(0, 41), Qt::ISODate);

    for (const QJsonValue &v : jsonRows(c, 25)) {
        const QJsonArray a = v.toArray();
        ServiceLocation loc;
        loc.id = i64(a, 0);
        loc.code = str(a, 1);
        loc.address = str(a, 2);
        loc.postalCode = str(a, 3);
        loc.hasGps = a.at(4).isDouble() && a.at(5).isDouble();
        loc.latitude = a.at(4).toDouble();
        loc.longitude = a.at(5).toDouble();
        loc.oltName = str(a, 6);
        loc.oltPort = str(a, 7);
        loc.status = str(a, 8);
        file.locations << loc;
    }
    for (const QJsonValue &v : jsonRows(c, 27)) {
        const QJsonArray a = v.toArray();
        Equipment e;
        e.id = i64(a, 0);
        e.code = str(a, 1);
        e.kind = str(a, 2);
        e.make = str(a, 3);
        e.model = str(a, 4);
        e.serial = str(a, 5);
        e.mac = str(a, 6);
        e.firmware = str(a, 7);
        e.status = str(a, 8);
        e.locationId = i64(a, 9);
        e.locationCode = str(a, 10);
        e.createdAt = ms(a, 11);
        file.equipment << e;
    }
    for (const QJsonValue &v : jsonRows(c, 29)) {
        const QJsonArray a = v.toArray();
        Subscription sub;
        sub.id = i64(a, 0);
        sub.code = str(a, 1);
        sub.locationId = i64(a, 2);
        sub.locationCode = str(a, 3);
        sub.planNameFr = str(a, 4);
        sub.planNameEn = str(a, 5);
        sub.planName = sub.planNameFr;
        sub.price = Money::fromCents(i64(a, 6));
        sub.startDate = day(a, 7);
        sub.endDate = day(a, 8);
        sub.status = str(a, 9);
        sub.downloadMbps = int(i64(a, 10));
        sub.uploadMbps = int(i64(a, 11));
        file.subscriptions << sub;
    }
    for (const QJsonValue &v : jsonRows(c, 31)) {
        const QJsonArray a = v.toArray();
        Invoice inv;
        inv.id = i64(a, 0);
        inv.code = str(a, 1);
        inv.issueDate = day(a, 2);
        inv.dueDate = day(a, 3);
        inv.periodStart = day(a, 4);
        inv.periodEnd = day(a, 5);
        inv.total = Money::fromCents(i64(a, 6));
        inv.balance = Money::fromCents(i64(a, 7));
        inv.status = str(a, 8);
        file.invoices << inv;
    }
    for (const QJsonValue &v : jsonRows(c, 33)) {
        const QJsonArray a = v.toArray();
        Payment p;
        p.id = i64(a, 0);
        p.code = str(a, 1);
        p.receivedAt = ms(a, 2);
        p.amount = Money::fromCents(i64(a, 3));
        p.method = str(a, 4);
        p.reference = str(a, 5);
        p.status = str(a, 6);
        file.payments << p;
    }
    for (const QJsonValue &v : jsonRows(c, 35)) {
        const QJsonArray a = v.toArray();
        CustomerTicket t;
        t.id = i64(a, 0);
        t.code = str(a, 1);
        t.subject = str(a, 2);
        t.issueType = str(a, 3);
        t.status = str(a, 4);
        t.important = a.at(5).toBool();
        t.createdAt = ms(a, 6);
        t.closedAt = ms(a, 7);
        t.assignedTo = str(a, 8);
        file.tickets << t;
    }
    for (const QJsonValue &v : jsonRows(c, 37)) {
        const QJsonArray a = v.toArray();
        CustomerJob j;
        j.id = i64(a, 0);
        j.code = str(a, 1);
        j.jobType = str(a, 2);
        j.status = str(a, 3);
        j.scheduledStart = ms(a, 4);
        j.windowStart = ms(a, 5);
        j.windowEnd = ms(a, 6);
        j.durationMinutes = int(i64(a, 7));
        j.technicians = str(a, 8);
        j.locationCode = str(a, 9);
        j.ticketCode = str(a, 10);
        file.jobs << j;
    }
    file.roundTrips = m_c.roundTrips() - before;
    return file;
}

} // namespace ops::customers
