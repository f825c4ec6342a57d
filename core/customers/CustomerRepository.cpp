#include "core/customers/CustomerRepository.h"

#include <QCoreApplication>

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

Result<CustomerFile> CustomerRepository::loadFile(qint64 customerId)
{
    const quint64 before = m_c.roundTrips();
    CustomerFile file;
    // The opening is recorded for Law 25 in the same statement that reads the header.
    auto h = m_c.exec(
        "WITH seen AS (INSERT INTO audit_log (action, entity, entity_id, client)"
        "              SELECT 'view', 'customer', id, 'targo-ops' FROM customers WHERE id = $1)"
        " SELECT id, code, kind, display_name, first_name, last_name, company_name, language, email, email_alt,"
        "  phone, phone_alt, billing_street, billing_city, billing_province, billing_postal_code, status,"
        "  balance_cents, legacy_account_id, legacy_customer_id, ppa_enabled, casl_consent, created_at, version"
        " FROM customers WHERE id = $1",
        db::SqlParams().add(customerId));
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

    auto l = m_c.exec("SELECT id, code, concat_ws(', ', concat_ws(' ', civic_number, street)"
                      "   || coalesce(' #' || unit, ''), city), postal_code, latitude, longitude, olt_name, olt_port,"
                      "  status, latitude IS NOT NULL AND longitude IS NOT NULL"
                      " FROM service_locations WHERE customer_id = $1 ORDER BY code",
        db::SqlParams().add(customerId));
    if (!l.ok())
        return l.error();
    for (int i = 0; i < l.value().rows(); ++i) {
        const db::PgResult &r = l.value();
        ServiceLocation loc;
        loc.id = r.int64(i, 0);
        loc.code = r.text(i, 1);
        loc.address = r.text(i, 2);
        loc.postalCode = r.text(i, 3);
        loc.latitude = r.real(i, 4);
        loc.longitude = r.real(i, 5);
        loc.oltName = r.text(i, 6);
        loc.oltPort = r.text(i, 7);
        loc.status = r.text(i, 8);
        loc.hasGps = r.boolean(i, 9);
        file.locations << loc;
    }

    auto s = m_c.exec("SELECT s.id, s.code, coalesce(s.location_id, 0), coalesce(l.code, ''), i.name_fr, i.name_en,"
                      "  s.price_cents * s.quantity, s.start_date, s.end_date, s.status,"
                      "  coalesce(i.download_mbps, 0), coalesce(i.upload_mbps, 0)"
                      " FROM subscriptions s JOIN items i ON i.id = s.item_id"
                      " LEFT JOIN service_locations l ON l.id = s.location_id"
                      " WHERE s.customer_id = $1"
                      " ORDER BY (s.status = 'active') DESC, s.start_date DESC, s.id",
        db::SqlParams().add(customerId));
    if (!s.ok())
        return s.error();
    for (int i = 0; i < s.value().rows(); ++i) {
        const db::PgResult &r = s.value();
        Subscription sub;
        sub.id = r.int64(i, 0);
        sub.code = r.text(i, 1);
        sub.locationId = r.int64(i, 2);
        sub.locationCode = r.text(i, 3);
        sub.planNameFr = r.text(i, 4);
        sub.planNameEn = r.text(i, 5);
        sub.planName = sub.planNameFr;
        sub.price = Money::fromCents(r.int64(i, 6));
        sub.startDate = r.date(i, 7);
        sub.endDate = r.date(i, 8);
        sub.status = r.text(i, 9);
        sub.downloadMbps = r.int32(i, 10);
        sub.uploadMbps = r.int32(i, 11);
        file.subscriptions << sub;
    }
    file.roundTrips = m_c.roundTrips() - before;
    return file;
}

} // namespace ops::customers
