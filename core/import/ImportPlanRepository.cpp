#include "core/import/ImportPlanRepository.h"

#include <QHash>
#include <QRegularExpression>

namespace ops::import::transform {

namespace {

// Builder::key()'s placeholder: {key:<entity>:<expression>} (expressions hold no braces).
const QRegularExpression &keyPlaceholder()
{
    static const QRegularExpression re(QStringLiteral("\\{key:(\\w+):([^{}]*)\\}"));
    return re;
}

} // namespace

Builder &Builder::sql(QString s)
{
    // A key() outside prepare(): a lookup by the primary key of import_keys.
    for (auto m = keyPlaceholder().match(s); m.hasMatch(); m = keyPlaceholder().match(s)) {
        s.replace(m.capturedStart(), m.capturedLength(),
            QStringLiteral("(SELECT k.our_id FROM import_keys k WHERE k.entity = '%1' AND k.erpnext_name = %2)")
                .arg(m.captured(1), m.captured(2)));
    }
    m_out << s.replace(QStringLiteral("{run}"), kRun)
                 .replace(QStringLiteral("{e}"), m_entity)
                 .replace(QStringLiteral("{p}"), m_p)
                 .replace(QStringLiteral("{s}"), m_stage);
    return *this;
}

Builder &Builder::prepare(const QString &target, const QString &select, const QString &from)
{
    QString cols = select;
    QString joins = from;
    int n = 0;
    for (auto m = keyPlaceholder().match(cols); m.hasMatch(); m = keyPlaceholder().match(cols)) {
        const QString alias = QStringLiteral("ik%1").arg(++n);
        joins += QStringLiteral(" LEFT JOIN import_keys %1 ON %1.entity = '%2' AND %1.erpnext_name = %3")
                     .arg(alias, m.captured(1), m.captured(2));
        cols.replace(m.capturedStart(), m.capturedLength(), alias + QStringLiteral(".our_id"));
    }
    return sql(QStringLiteral("CREATE TEMP TABLE {p} ON COMMIT DROP AS SELECT s.name, s.modified, CASE WHEN ik.our_id "
                              "IS NULL THEN 'new' ELSE 'changed' END AS state, coalesce(ik.our_id, nextval("
                              "pg_get_serial_sequence('%1', 'id'))) AS our_id, NULL::text AS refused, NULL::text AS "
                              "refused_field, %2 FROM {s} s LEFT JOIN import_keys ik ON ik.entity = '{e}' AND "
                              "ik.erpnext_name = s.name %3 WHERE ik.source_modified IS DISTINCT FROM s.modified")
                   .arg(target, cols, joins))
        .sql("CREATE INDEX ON {p} (name)")
        .sql("ANALYZE {p}");
}

QString optionalLinkReport(const char *field, bool linkedSkipped)
{
    return linkedSkipped ? QString()
                         : QStringLiteral("p.%1_raw IS NOT NULL AND p.%1_id IS NULL").arg(QString::fromUtf8(field));
}

namespace {

const char *kEmailRe = "'^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'";

Plan customers()
{
    Builder b(QStringLiteral("customer"), QStringLiteral("imp_customer"));
    // A customer changed when its contact or address did.
    b.sql("CREATE INDEX ON imp_contact (customer)").sql("CREATE INDEX ON imp_address (customer)");
    b.sql("UPDATE imp_customer s SET modified = x.m FROM (SELECT customer, max(modified::timestamp)::text AS m "
          "FROM (SELECT customer, modified FROM imp_contact UNION ALL SELECT customer, modified FROM imp_address) u "
          "GROUP BY customer) x WHERE x.customer = s.name AND x.m::timestamp > s.modified::timestamp");
    b.prepare(QStringLiteral("customers"),
        QStringLiteral(
            "CASE WHEN s.customer_type = 'Company' THEN 'business' ELSE 'residential' END AS kind, "
            "CASE WHEN s.customer_type IS DISTINCT FROM 'Company' THEN nullif(btrim(k.first_name), '') END "
            "AS first_name, CASE WHEN s.customer_type IS DISTINCT FROM 'Company' THEN nullif(btrim(k.last_name), '') "
            "END AS last_name, CASE WHEN s.customer_type = 'Company' THEN left(btrim(s.customer_name), 300) END "
            "AS company_name, left(btrim(coalesce(s.customer_name, '')), 300) AS display_name, "
            "CASE WHEN lower(s.language) LIKE 'en%%' THEN 'en' ELSE 'fr' END AS language, "
            "coalesce(nullif(btrim(k.email_id), ''), nullif(btrim(s.email_id), '')) AS email_raw, "
            "coalesce(nullif(btrim(k.mobile_no), ''), nullif(btrim(k.phone), ''), nullif(btrim(s.mobile_no), '')) "
            "AS phone_raw, CASE WHEN nullif(btrim(k.mobile_no), '') IS NOT NULL THEN nullif(btrim(k.phone), '') END "
            "AS phone_alt_raw, nullif(concat_ws(', ', nullif(btrim(a.address_line1), ''), "
            "nullif(btrim(a.address_line2), '')), '') AS street, nullif(btrim(a.city), '') AS city, "
            "nullif(btrim(a.pincode), '') AS postal_raw, ops_import_postal(a.pincode) AS postal, "
            "CASE WHEN s.disabled IN ('1', 'true') THEN 'terminated' ELSE 'active' END AS status, "
            "nullif(btrim(s.legacy_account_id), '') AS legacy_account_raw, "
            "CASE WHEN btrim(s.legacy_account_id) ~ '^[0-9]{1,18}$' THEN btrim(s.legacy_account_id)::bigint END "
            "AS legacy_account_id, nullif(btrim(s.legacy_customer_id), '') AS legacy_customer_id, "
            "coalesce(s.ppa_enabled IN ('1', 'true'), false) AS ppa_wanted, nullif(btrim(s.stripe_id), '') "
            "AS stripe_id")
            .replace(QStringLiteral("%%"), QStringLiteral("%")),
        QStringLiteral(
            "LEFT JOIN LATERAL (SELECT * FROM imp_contact k WHERE k.customer = s.name ORDER BY "
            "(k.name = s.primary_contact) DESC NULLS LAST, k.is_primary DESC NULLS LAST, k.name LIMIT 1) k ON true "
            "LEFT JOIN LATERAL (SELECT * FROM imp_address a WHERE a.customer = s.name ORDER BY "
            "(a.name = s.primary_address) DESC NULLS LAST, (a.address_type = 'Billing') DESC NULLS LAST, "
            "a.is_primary DESC NULLS LAST, a.name LIMIT 1) a ON true"));
    b.sql(QStringLiteral("ALTER TABLE {p} ADD COLUMN email text, ADD COLUMN phone text, ADD COLUMN phone_alt text"));
    b.sql(QStringLiteral("UPDATE {p} SET email = CASE WHEN email_raw ~ %1 THEN email_raw END, "
                         "phone = ops_import_phone(phone_raw), phone_alt = ops_import_phone(phone_alt_raw)")
              .arg(QString::fromUtf8(kEmailRe)));
    b.refuse("customer_name", "missing_value", "p.display_name = ''");
    b.changed("email_id", "bad_email", "p.email_raw IS NOT NULL AND p.email IS NULL");
    b.changed("mobile_no", "phone_not_normalisable", "p.phone_raw IS NOT NULL AND p.phone IS NULL");
    b.changed("mobile_no", "phone_extension_dropped",
        "p.phone IS NOT NULL AND p.phone_raw ~* '(poste|ext\\.?|x)\\s*[0-9]+\\s*$'");
    b.changed("phone", "phone_not_normalisable", "p.phone_alt_raw IS NOT NULL AND p.phone_alt IS NULL");
    b.changed("pincode", "bad_postal_code", "p.postal_raw IS NOT NULL AND p.postal IS NULL");
    b.changed("legacy_account_id", "invalid_value", "p.legacy_account_raw IS NOT NULL AND p.legacy_account_id IS NULL");
    b.changed("ppa_enabled", "ppa_needs_payment_method",
        "p.ppa_wanted AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = p.our_id AND c.ppa_enabled)");
    for (const char *col : {"legacy_account_id", "legacy_customer_id", "stripe_id"}) {
        b.unique(col, col, "duplicate_value",
            QStringLiteral("EXISTS (SELECT 1 FROM customers t WHERE t.%1 = p.%1 AND t.id <> p.our_id)")
                .arg(QString::fromUtf8(col)),
            false);
    }
    const char *set = "kind = p.kind, first_name = p.first_name, last_name = p.last_name, "
                      "company_name = p.company_name, display_name = p.display_name, language = p.language, "
                      "email = p.email, phone = p.phone, phone_alt = p.phone_alt, billing_street = p.street, "
                      "billing_city = p.city, billing_postal_code = p.postal, status = p.status, "
                      "legacy_account_id = p.legacy_account_id, legacy_customer_id = p.legacy_customer_id, "
                      "stripe_id = p.stripe_id";
    b.sql(QStringLiteral("UPDATE customers c SET %1 FROM {p} p WHERE p.state = 'changed' AND p.refused IS NULL "
                         "AND c.id = p.our_id")
              .arg(QString::fromUtf8(set)));
    // PPA stays off until the customer has a default payment method in Targo Ops (the rule of migration 0027).
    b.sql("INSERT INTO customers (id, kind, first_name, last_name, company_name, display_name, language, email, "
          "phone, phone_alt, billing_street, billing_city, billing_postal_code, status, legacy_account_id, "
          "legacy_customer_id, ppa_enabled, stripe_id) SELECT our_id, kind, first_name, last_name, company_name, "
          "display_name, language, email, phone, phone_alt, street, city, postal, status, legacy_account_id, "
          "legacy_customer_id, false, stripe_id FROM {p} WHERE state = 'new' AND refused IS NULL");
    return b.plan();
}

Plan items()
{
    Builder b(QStringLiteral("item"), QStringLiteral("imp_item"));
    b.prepare(QStringLiteral("items"),
        QStringLiteral(
            "left(btrim(coalesce(s.item_code, s.name)), 100) AS sku, CASE WHEN s.item_group ~* "
            "'internet|fibre|fiber' THEN 'internet' WHEN s.item_group ~* '^(tv|télé|tele)' THEN 'tv' "
            "WHEN s.item_group ~* 'phone|téléphon|telephon|voip' THEN 'phone' WHEN s.item_group ~* "
            "'equipment|équipement|hardware|matériel' THEN 'equipment' WHEN s.item_group ~* 'discount|rabais' "
            "THEN 'discount' ELSE 'fee' END AS kind, left(btrim(coalesce(nullif(btrim(s.item_name), ''), s.name)), "
            "200) AS label, CASE WHEN btrim(s.legacy_product_id) ~ '^[0-9]{1,18}$' THEN "
            "btrim(s.legacy_product_id)::bigint END AS legacy_product_id, CASE WHEN s.download_speed ~ "
            "'^[0-9]{1,9}(\\.0*)?$' AND s.download_speed::numeric > 0 THEN s.download_speed::numeric::int END AS "
            "down, CASE WHEN s.upload_speed ~ '^[0-9]{1,9}(\\.0*)?$' AND s.upload_speed::numeric > 0 THEN "
            "s.upload_speed::numeric::int END AS up, nullif(btrim(s.olt_profile), '') AS olt_profile, "
            "ops_import_cents(coalesce(s.standard_rate, '0')) AS price, s.disabled IS DISTINCT FROM '1' AS active"));
    // An item of ours with the same SKU that no import made is adopted (updated) rather than duplicated.
    b.sql("UPDATE {p} p SET our_id = i.id, state = 'changed' FROM items i WHERE p.state = 'new' AND i.sku = p.sku "
          "AND NOT EXISTS (SELECT 1 FROM import_keys k WHERE k.entity = 'item' AND k.our_id = i.id)");
    b.refuse("standard_rate", "bad_amount", "p.price IS NULL OR p.price NOT BETWEEN -1000000 AND 10000000");
    b.unique("legacy_product_id", "legacy_product_id", "duplicate_value",
        QStringLiteral("EXISTS (SELECT 1 FROM items t WHERE t.legacy_product_id = p.legacy_product_id "
                       "AND t.id <> p.our_id)"),
        false);
    b.sql("UPDATE items i SET sku = p.sku, kind = p.kind, name_fr = p.label, name_en = p.label, "
          "legacy_product_id = p.legacy_product_id, download_mbps = p.down, upload_mbps = p.up, "
          "olt_profile = p.olt_profile, monthly_price_cents = p.price, active = p.active FROM {p} p "
          "WHERE p.state = 'changed' AND p.refused IS NULL AND i.id = p.our_id");
    b.sql("INSERT INTO items (id, sku, kind, name_fr, name_en, legacy_product_id, download_mbps, upload_mbps, "
          "olt_profile, monthly_price_cents, active) SELECT our_id, sku, kind, label, label, legacy_product_id, "
          "down, up, olt_profile, price, active FROM {p} WHERE state = 'new' AND refused IS NULL");
    return b.plan();
}

Plan locations()
{
    Builder b(QStringLiteral("location"), QStringLiteral("imp_location"));
    b.prepare(QStringLiteral("service_locations"),
        QStringLiteral(
            "nullif(btrim(s.customer), '') AS customer_raw, %1 AS customer_id, "
            "substring(btrim(s.address_line1) FROM '^([0-9]+[A-Za-z]?(-[0-9]+)?)[ ,]+') AS civic, "
            "btrim(substring(btrim(s.address_line1) FROM '^[0-9]+[A-Za-z]?(?:-[0-9]+)?[ ,]+(.+)$')) AS street, "
            "nullif(btrim(s.address_line2), '') AS unit, nullif(btrim(s.city), '') AS city, "
            "nullif(btrim(s.postal_code), '') AS postal_raw, ops_import_postal(s.postal_code) AS postal, "
            "CASE WHEN s.latitude ~ '^-?[0-9]{1,3}(\\.[0-9]+)?$' AND abs(s.latitude::numeric) <= 90 THEN "
            "s.latitude::double precision END AS lat, CASE WHEN s.longitude ~ '^-?[0-9]{1,3}(\\.[0-9]+)?$' AND "
            "abs(s.longitude::numeric) <= 180 THEN s.longitude::double precision END AS lon, "
            "nullif(btrim(s.latitude), '') AS lat_raw, nullif(btrim(s.longitude), '') AS lon_raw, "
            "nullif(btrim(s.olt_name), '') AS olt_name, nullif(btrim(s.olt_port), '') AS olt_port, "
            "CASE WHEN s.status ~* '^(inactive|disabled|terminated)' THEN 'inactive' WHEN s.status ~* '^planned' "
            "THEN 'planned' ELSE 'active' END AS status")
            .arg(Builder::key("customer", QStringLiteral("btrim(s.customer)"))));
    b.refuse("customer", "orphan_link", "p.customer_id IS NULL");
    b.refuse("address_line1", "missing_civic_number", "p.civic IS NULL OR p.street IS NULL OR p.street = ''");
    b.refuse("city", "missing_value", "p.city IS NULL");
    b.refuse("postal_code", "bad_postal_code", "p.postal IS NULL");
    b.changed("latitude", "invalid_value",
        "(p.lat_raw IS NOT NULL AND p.lat IS NULL) OR "
        "(p.lon_raw IS NOT NULL AND p.lon IS NULL)");
    b.sql("UPDATE service_locations l SET customer_id = p.customer_id, civic_number = p.civic, street = p.street, "
          "unit = p.unit, city = p.city, postal_code = p.postal, latitude = p.lat, longitude = p.lon, "
          "olt_name = p.olt_name, olt_port = p.olt_port, status = p.status FROM {p} p WHERE p.state = 'changed' "
          "AND p.refused IS NULL AND l.id = p.our_id");
    b.sql("INSERT INTO service_locations (id, customer_id, civic_number, street, unit, city, postal_code, latitude, "
          "longitude, olt_name, olt_port, status) SELECT our_id, customer_id, civic, street, unit, city, postal, lat, "
          "lon, olt_name, olt_port, status FROM {p} WHERE state = 'new' AND refused IS NULL");
    return b.plan();
}

Plan equipment(bool locationsSkipped)
{
    Builder b(QStringLiteral("equipment"), QStringLiteral("imp_equipment"));
    b.prepare(QStringLiteral("service_equipment"),
        QStringLiteral(
            "nullif(btrim(s.service_location), '') AS location_raw, %1 AS location_id, "
            "CASE WHEN s.equipment_type ~* '^(ont|onu)' THEN 'ont' WHEN s.equipment_type ~* 'rout' THEN 'router' "
            "WHEN s.equipment_type ~* '^(tv|décodeur|decoder|set.?top)' THEN 'tv_box' WHEN s.equipment_type ~* "
            "'ata|phone|téléphon' THEN 'phone_adapter' ELSE 'other' END AS kind, "
            "left(coalesce(btrim(s.brand), ''), 100) AS make, left(coalesce(btrim(s.model), ''), 100) AS model, "
            "regexp_replace(coalesce(s.serial_number, ''), '[\\s:]', '', 'g') AS serial, "
            "nullif(btrim(s.mac_address), '') AS mac_raw, CASE WHEN btrim(s.mac_address) ~ "
            "'^([0-9A-Fa-f]{2}[:.-]?){5}[0-9A-Fa-f]{2}$' THEN regexp_replace(btrim(s.mac_address), '[:.-]', '', "
            "'g')::macaddr END AS mac, nullif(btrim(s.ip_address), '') AS ip_raw, CASE WHEN btrim(s.ip_address) ~ "
            "'^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$' THEN "
            "btrim(s.ip_address)::inet END AS ip, nullif(btrim(s.firmware), '') AS firmware, "
            "CASE WHEN s.status ~* 'stock' THEN 'in_stock' WHEN s.status ~* 'return|retour' THEN 'returned' "
            "WHEN s.status ~* 'defect|défect' THEN 'defective' WHEN s.status ~* 'lost|perdu' THEN 'lost' "
            "ELSE 'installed' END AS status")
            .arg(Builder::key("location", QStringLiteral("btrim(s.service_location)"))));
    b.refuse("serial_number", "bad_serial", "p.serial !~ '^[A-Za-z0-9-]{4,40}$'");
    b.sql("ALTER TABLE {p} ADD COLUMN serial_key text").sql("UPDATE {p} SET serial_key = upper(serial)");
    b.unique("serial_key", "serial_number", "duplicate_serial",
        QStringLiteral("EXISTS (SELECT 1 FROM service_equipment t WHERE upper(t.serial) = p.serial_key "
                       "AND t.id <> p.our_id)"),
        true);
    b.unique("mac", "mac_address", "duplicate_mac",
        QStringLiteral("EXISTS (SELECT 1 FROM service_equipment t WHERE t.mac = p.mac AND t.id <> p.our_id)"), true);
    if (const QString r = optionalLinkReport("location", locationsSkipped); !r.isEmpty())
        b.changed("service_location", "orphan_link", r);
    b.changed("mac_address", "invalid_value", "p.mac_raw IS NOT NULL AND p.mac IS NULL");
    b.changed("ip_address", "invalid_value", "p.ip_raw IS NOT NULL AND p.ip IS NULL");
    b.sql("UPDATE service_equipment t SET location_id = p.location_id, kind = p.kind, make = p.make, "
          "model = p.model, serial = p.serial, mac = p.mac, ip_address = p.ip, firmware = p.firmware, "
          "status = p.status FROM {p} p WHERE p.state = 'changed' AND p.refused IS NULL AND t.id = p.our_id");
    b.sql("INSERT INTO service_equipment (id, location_id, kind, make, model, serial, mac, ip_address, firmware, "
          "status) SELECT our_id, location_id, kind, make, model, serial, mac, ip, firmware, status FROM {p} "
          "WHERE state = 'new' AND refused IS NULL");
    return b.plan();
}

Plan subscriptions(bool locationsSkipped)
{
    Builder b(QStringLiteral("subscription"), QStringLiteral("imp_subscription"));
    b.prepare(QStringLiteral("subscriptions"),
        QStringLiteral(
            "%1 AS customer_id, nullif(btrim(s.service_location), '') AS location_raw, %2 AS location_id, "
            "%3 AS item_id, ops_import_cents(s.rate) AS price, CASE WHEN s.qty ~ '^[0-9]{1,9}(\\.[0-9]+)?$' THEN "
            "round(s.qty::numeric)::int END AS qty, CASE WHEN s.start_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN "
            "s.start_date::date END AS start_date, CASE WHEN s.end_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN "
            "s.end_date::date END AS end_date, CASE WHEN s.status ~* '^(cancel|terminat|annul)' THEN 'cancelled' "
            "WHEN s.status ~* '^suspend' THEN 'suspended' WHEN s.status ~* '^(pending|draft|en attente)' THEN "
            "'pending' ELSE 'active' END AS status, nullif(btrim(s.radius_user), '') AS radius_user, "
            "nullif(s.radius_pwd, '') AS radius_pwd")
            .arg(Builder::key("customer", QStringLiteral("btrim(s.customer)")),
                Builder::key("location", QStringLiteral("btrim(s.service_location)")),
                Builder::key("item", QStringLiteral("btrim(s.item_code)"))));
    b.refuse("customer", "orphan_link", "p.customer_id IS NULL");
    b.refuse("item_code", "orphan_link", "p.item_id IS NULL");
    b.refuse("rate", "bad_amount", "p.price IS NULL");
    b.refuse("qty", "invalid_value", "p.qty IS NULL OR p.qty < 1");
    b.refuse("start_date", "missing_value", "p.start_date IS NULL");
    b.changed("end_date", "invalid_value", "p.end_date < p.start_date");
    b.sql("UPDATE {p} SET end_date = NULL WHERE end_date < start_date");
    if (const QString r = optionalLinkReport("location", locationsSkipped); !r.isEmpty())
        b.changed("service_location", "orphan_link", r);
    b.unique("radius_user", "radius_user", "duplicate_value",
        QStringLiteral("EXISTS (SELECT 1 FROM subscriptions t WHERE t.radius_user = p.radius_user "
                       "AND t.id <> p.our_id)"),
        false);
    // radius_pwd is sealed by the table's trigger (migration 0013); an unchanged NULL keeps the stored one.
    b.sql("UPDATE subscriptions t SET customer_id = p.customer_id, location_id = p.location_id, item_id = p.item_id, "
          "price_cents = p.price, quantity = p.qty, start_date = p.start_date, end_date = p.end_date, "
          "status = p.status, radius_user = p.radius_user, radius_pwd = p.radius_pwd FROM {p} p "
          "WHERE p.state = 'changed' AND p.refused IS NULL AND t.id = p.our_id");
    b.sql("INSERT INTO subscriptions (id, customer_id, location_id, item_id, price_cents, quantity, start_date, "
          "end_date, status, radius_user, radius_pwd) SELECT our_id, customer_id, location_id, item_id, price, qty, "
          "start_date, end_date, status, radius_user, radius_pwd FROM {p} WHERE state = 'new' AND refused IS NULL");
    return b.plan();
}

} // namespace

namespace {

Plan plan(const QString &entity, const QStringList &skipped)
{
    const bool locationsSkipped = skipped.contains(QStringLiteral("location"));
    if (entity == QLatin1String("customer"))
        return customers();
    if (entity == QLatin1String("item"))
        return items();
    if (entity == QLatin1String("location"))
        return locations();
    if (entity == QLatin1String("equipment"))
        return equipment(locationsSkipped);
    if (entity == QLatin1String("subscription"))
        return subscriptions(locationsSkipped);
    if (Plan p = dispatchPlan(entity, skipped); !p.target.isEmpty())
        return p;
    return billingPlan(entity, skipped);
}

} // namespace

Plan transformPlan(const QString &entity, const QStringList &skipped)
{
    static const QHash<QString, QStringList> written = {{QStringLiteral("customer"), {QStringLiteral("customers")}},
        {QStringLiteral("item"), {QStringLiteral("items")}},
        {QStringLiteral("location"), {QStringLiteral("service_locations")}},
        {QStringLiteral("equipment"), {QStringLiteral("service_equipment")}},
        {QStringLiteral("subscription"), {QStringLiteral("subscriptions")}},
        {QStringLiteral("invoice"),
            {QStringLiteral("invoices"), QStringLiteral("invoice_lines"), QStringLiteral("invoice_taxes")}},
        {QStringLiteral("payment"),
            {QStringLiteral("payments"), QStringLiteral("payment_allocations"), QStringLiteral("invoices")}},
        {QStringLiteral("ticket"), {QStringLiteral("tickets")}},
        {QStringLiteral("message"), {QStringLiteral("ticket_messages")}},
        {QStringLiteral("staff"), {QStringLiteral("staff")}},
        {QStringLiteral("tag"), {QStringLiteral("dispatch_tags")}},
        {QStringLiteral("technician"),
            {QStringLiteral("dispatch_technicians"), QStringLiteral("technician_tags"), QStringLiteral("staff")}},
        {QStringLiteral("job"),
            {QStringLiteral("dispatch_jobs"), QStringLiteral("job_technicians"), QStringLiteral("job_required_tags")}}};
    Plan p = plan(entity, skipped);
    // The row audit triggers stay off while the entity is written (migration 0034, ops_import_quiet).
    for (const QString &t : written.value(entity)) {
        p.statements.prepend(QStringLiteral("SELECT ops_import_quiet('%1', true)").arg(t));
        p.statements.append(QStringLiteral("SELECT ops_import_quiet('%1', false)").arg(t));
    }
    return p;
}

} // namespace ops::import::transform
