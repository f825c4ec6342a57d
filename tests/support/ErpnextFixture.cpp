#include "tests/support/ErpnextFixture.h"

#include <cmath>

#include <QStringList>

#include "core/db/PgConnection.h"

using namespace Qt::StringLiterals;

namespace ops::test {

namespace {

// Frappe's columns on every doctype table (varchar(140) for Data and Link, decimal(21,9) for Currency and Float,
// smallint for Check, timestamp(6) for Datetime), plus the child-table columns.
QString doctype(const char *name, bool child, const char *columns)
{
    QString sql = QStringLiteral("CREATE TABLE \"tab%1\" (name varchar(140) PRIMARY KEY, creation timestamp(6), "
                                 "modified timestamp(6), modified_by varchar(140), owner varchar(140), "
                                 "docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0, "
                                 "_user_tags text, _comments text, _assign text, _liked_by text, ")
                      .arg(QString::fromUtf8(name));
    if (child)
        sql += QStringLiteral("parent varchar(140), parentfield varchar(140), parenttype varchar(140), ");
    return sql + QString::fromUtf8(columns) + u')';
}

qint64 scaled(int customers, double ratio)
{
    return std::llround(customers * ratio);
}

} // namespace

ErpnextFixtureCounts erpnextFixtureCounts(int customers)
{
    ErpnextFixtureCounts n;
    n.customers = customers;
    n.locations = scaled(customers, 2.55);
    n.devices = scaled(customers, 1.14);
    n.subscriptions = scaled(customers, 3.28);
    n.invoices = scaled(customers, 17.25);
    n.payments = scaled(customers, 14.85) + 1; // one payment over three invoices beside one payment per paid invoice
    n.tickets = scaled(customers, 36.3);
    n.messages = std::llround(static_cast<double>(n.tickets) * 3.24);
    return n;
}

Status createErpnextFixture(db::PgConnection &c, const ErpnextFixtureOptions &o)
{
    if (o.customers < 10)
        return Error::make(Error::Kind::Validation, QStringLiteral("the fixture needs at least 10 customers"));
    const ErpnextFixtureCounts n = erpnextFixtureCounts(o.customers);
    const qint64 paid = n.payments - 1; // invoices 1..paid are paid by payments 1..paid
    const qint64 split = paid + 1; // the invoices split, split + C and split + 2C (one customer, all unpaid)
    QStringList sql;
    sql << doctype("Customer", false,
        "naming_series varchar(140), customer_name varchar(140), customer_type varchar(140), "
        "customer_group varchar(140), territory varchar(140), disabled smallint DEFAULT 0, email_id varchar(140), "
        "mobile_no varchar(140), customer_primary_contact varchar(140), customer_primary_address varchar(140), "
        "language varchar(140), default_currency varchar(140), legacy_account_id bigint, "
        "legacy_customer_id varchar(140), ppa_enabled smallint DEFAULT 0, stripe_id varchar(140)");
    sql << doctype("Contact", false,
        "first_name varchar(140), last_name varchar(140), full_name varchar(140), email_id varchar(140), "
        "phone varchar(140), mobile_no varchar(140), is_primary_contact smallint DEFAULT 0, status varchar(140)");
    sql << doctype("Address", false,
        "address_title varchar(140), address_type varchar(140), address_line1 varchar(240), "
        "address_line2 varchar(240), city varchar(140), state varchar(140), pincode varchar(140), "
        "country varchar(140), is_primary_address smallint DEFAULT 0, email_id varchar(140), phone varchar(140)");
    sql << doctype("Dynamic Link", true, "link_doctype varchar(140), link_name varchar(140), link_title varchar(140)");
    sql << doctype("Item", false,
        "item_code varchar(140), item_name varchar(140), item_group varchar(140), description text, "
        "stock_uom varchar(140), disabled smallint DEFAULT 0, is_stock_item smallint DEFAULT 0, "
        "standard_rate decimal(21,9), legacy_product_id bigint, download_speed bigint, upload_speed bigint, "
        "olt_profile varchar(140)");
    sql << doctype("Sales Invoice", false,
        "naming_series varchar(140), customer varchar(140), customer_name varchar(140), posting_date date, "
        "due_date date, from_date date, to_date date, currency varchar(140), language varchar(140), "
        "is_return smallint DEFAULT 0, return_against varchar(140), net_total decimal(21,9), "
        "total_taxes_and_charges decimal(21,9), grand_total decimal(21,9), rounded_total decimal(21,9), "
        "outstanding_amount decimal(21,9), status varchar(140)");
    sql << doctype("Sales Invoice Item", true,
        "item_code varchar(140), item_name varchar(140), description text, qty decimal(21,9), rate decimal(21,9), "
        "amount decimal(21,9), net_amount decimal(21,9), uom varchar(140)");
    sql << doctype("Sales Taxes and Charges", true,
        "charge_type varchar(140), account_head varchar(140), description text, rate decimal(21,9), "
        "tax_amount decimal(21,9), total decimal(21,9)");
    sql << doctype("Payment Entry", false,
        "naming_series varchar(140), payment_type varchar(140), party_type varchar(140), party varchar(140), "
        "party_name varchar(140), posting_date date, mode_of_payment varchar(140), paid_amount decimal(21,9), "
        "received_amount decimal(21,9), total_allocated_amount decimal(21,9), unallocated_amount decimal(21,9), "
        "reference_no varchar(140), reference_date date, status varchar(140)");
    sql << doctype("Payment Entry Reference", true,
        "reference_doctype varchar(140), reference_name varchar(140), total_amount decimal(21,9), "
        "outstanding_amount decimal(21,9), allocated_amount decimal(21,9), due_date date");
    sql << doctype("Issue", false,
        "naming_series varchar(140), subject varchar(140), status varchar(140), priority varchar(140), "
        "issue_type varchar(140), customer varchar(140), raised_by varchar(140), description text, "
        "opening_date date, opening_time time(6), resolution_date timestamp(6), legacy_ticket_id bigint, "
        "assigned_staff varchar(140), is_important smallint DEFAULT 0, service_location varchar(140), "
        "parent_issue varchar(140)");
    sql << doctype("Communication", false,
        "subject text, content text, communication_type varchar(140), communication_medium varchar(140), "
        "sent_or_received varchar(140), sender varchar(140), sender_full_name varchar(140), recipients text, "
        "reference_doctype varchar(140), reference_name varchar(140), communication_date timestamp(6), "
        "status varchar(140)");
    sql << doctype("User", false,
        "email varchar(140), first_name varchar(140), last_name varchar(140), full_name varchar(140), "
        "enabled smallint DEFAULT 1, user_type varchar(140), language varchar(140)");
    if (o.customDoctypes) {
        sql << doctype("Service Location", false,
            "customer varchar(140), address_line1 varchar(240), address_line2 varchar(240), city varchar(140), "
            "state varchar(140), postal_code varchar(140), latitude decimal(21,9), longitude decimal(21,9), "
            "olt_name varchar(140), olt_port varchar(140), status varchar(140)");
        sql << doctype("Service Equipment", false,
            "service_location varchar(140), equipment_type varchar(140), brand varchar(140), model varchar(140), "
            "serial_number varchar(140), mac_address varchar(140), ip_address varchar(140), firmware varchar(140), "
            "status varchar(140)");
        sql << doctype("Service Subscription", false,
            "customer varchar(140), service_location varchar(140), item_code varchar(140), rate decimal(21,9), "
            "qty decimal(21,9), start_date date, end_date date, status varchar(140), radius_user varchar(140), "
            "radius_pwd varchar(140)");
        // The site's dispatch doctypes (custom): a tag, a technician with its tags (child table), a job with its
        // crew and required tags (child tables). "Duration" is Frappe's fieldtype (seconds) on some sites, minutes
        // (Int) here; "Time" is time(6).
        sql << doctype("Dispatch Tag", false, "tag_name varchar(140), category varchar(140)");
        sql << doctype("Dispatch Technician", false,
            "technician_name varchar(140), user_id varchar(140), phone varchar(140), status varchar(140)");
        sql << doctype("Dispatch Technician Tag", true, "tag varchar(140), level bigint");
        sql << doctype("Dispatch Job", false,
            "subject varchar(140), description text, job_type varchar(140), customer varchar(140), "
            "service_location varchar(140), issue varchar(140), status varchar(140), priority varchar(140), "
            "scheduled_date date, start_time time(6), end_time time(6), technician varchar(140), duration bigint");
        sql << doctype("Dispatch Job Technician", true, "technician varchar(140)");
        sql << doctype("Dispatch Job Tag", true, "tag varchar(140), min_level bigint");
    }

    // Generated data. %1 customers, %2 locations, %3 devices, %4 subscriptions, %5 invoices, %6 paid invoices,
    // %7 tickets, %8 messages, %9 the first split invoice.
    const auto fill = [&](const char *text) {
        sql << QString::fromUtf8(text)
                   .replace(u"{C}"_s, QString::number(n.customers))
                   .replace(u"{L}"_s, QString::number(n.locations))
                   .replace(u"{E}"_s, QString::number(n.devices))
                   .replace(u"{S}"_s, QString::number(n.subscriptions))
                   .replace(u"{I}"_s, QString::number(n.invoices))
                   .replace(u"{P}"_s, QString::number(paid))
                   .replace(u"{T}"_s, QString::number(n.tickets))
                   .replace(u"{M}"_s, QString::number(n.messages))
                   .replace(u"{X}"_s, QString::number(split));
    };
    fill("CREATE TEMP TABLE fx_names AS SELECT * FROM (VALUES "
         "(0, 'Hélène', 'O''Brien'), (1, 'François', 'Lévesque'), (2, 'Zoé', 'D''Amours'), (3, 'Jérôme', 'Côté'), "
         "(4, 'Marie-Ève', 'Bélanger'), (5, 'Noël', 'St-Pierre'), (6, 'Chloé', 'Gagné'), (7, 'Benoît', 'L''Heureux'), "
         "(8, 'Anaïs', 'Bouchard'), (9, 'Élodie', 'Tremblay')) v(k, first, last)");
    fill("CREATE TEMP TABLE fx_towns AS SELECT * FROM (VALUES (0, 'Sherbrooke', 'J1H'), (1, 'Magog', 'J1X'), "
         "(2, 'Granby', 'J2G'), (3, 'Lévis', 'G6V'), (4, 'Québec', 'G1R'), (5, 'Trois-Rivières', 'G9A')) v(k, city, "
         "fsa)");
    fill("CREATE TEMP TABLE fx_plans AS SELECT * FROM (VALUES "
         "(0, 'FIBRE-100', 'Fibre 100', 'Internet', 65.00, 100, 20, 'GPON-100'), "
         "(1, 'FIBRE-500', 'Fibre 500', 'Internet', 85.00, 500, 100, 'GPON-500'), "
         "(2, 'FIBRE-1000', 'Fibre 1 Gb/s', 'Internet', 105.00, 1000, 500, 'GPON-1G'), "
         "(3, 'TV-BASE', 'Télé de base', 'TV', 29.95, NULL, NULL, NULL), "
         "(4, 'TEL-RES', 'Téléphonie résidentielle', 'Phone', 24.99, NULL, NULL, NULL), "
         "(5, 'ROUTER-RENT', 'Location du routeur', 'Equipment', 5.00, NULL, NULL, NULL), "
         "(6, 'FEE-INSTALL', 'Frais d''installation', 'Fee', 99.00, NULL, NULL, NULL), "
         "(7, 'DISC-LOYAL', 'Rabais fidélité', 'Discount', -10.00, NULL, NULL, NULL)) "
         "v(pno, code, label, grp, rate, down, up, profile)");
    fill("INSERT INTO \"tabUser\" (name, creation, modified, owner, modified_by, email, first_name, last_name, "
         "full_name, user_type, language) SELECT u.e, now(), now(), 'Administrator', 'Administrator', u.e, u.f, u.l, "
         "u.f || ' ' || u.l, 'System User', 'fr' FROM (VALUES ('agent1@targo.ca', 'Julie', 'Côté'), "
         "('agent2@targo.ca', 'Marc-André', 'L''Écuyer'), ('agent3@targo.ca', 'Sophie', 'Ng')) u(e, f, l)");
    // Frappe's own users (not staff), a customer's portal account (Website User) and a former employee (disabled).
    fill("INSERT INTO \"tabUser\" (name, creation, modified, owner, modified_by, email, first_name, last_name, "
         "full_name, enabled, user_type, language) VALUES "
         "('Administrator', now(), now(), 'Administrator', 'Administrator', 'admin@example.com', 'Administrator', "
         "NULL, 'Administrator', 1, 'System User', 'en'), "
         "('Guest', now(), now(), 'Administrator', 'Administrator', 'guest@example.com', 'Guest', NULL, 'Guest', 1, "
         "'Website User', 'en'), "
         "('client1@exemple.ca', now(), now(), 'Administrator', 'Administrator', 'client1@exemple.ca', 'François', "
         "'Lévesque', 'François Lévesque', 1, 'Website User', 'fr'), "
         "('ancien.tech@targo.ca', now(), now(), 'Administrator', 'Administrator', 'ancien.tech@targo.ca', "
         "'Gaëtan', 'D''Aoust', 'Gaëtan D''Aoust', 0, 'System User', 'en-CA')");
    fill("INSERT INTO \"tabItem\" (name, creation, modified, owner, modified_by, item_code, item_name, item_group, "
         "description, stock_uom, standard_rate, legacy_product_id, download_speed, upload_speed, olt_profile) "
         "SELECT code, timestamp '2023-06-01', timestamp '2023-06-02', 'Administrator', 'Administrator', code, label, "
         "grp, '<p>' || label || '</p>', 'Nos', rate, 700 + pno, down, up, profile FROM fx_plans");
    fill("INSERT INTO \"tabCustomer\" (name, creation, modified, owner, modified_by, naming_series, customer_name, "
         "customer_type, customer_group, territory, email_id, customer_primary_contact, customer_primary_address, "
         "language, default_currency, legacy_account_id, legacy_customer_id, ppa_enabled, stripe_id) "
         "SELECT 'CUST-' || lpad(i::text, 5, '0'), ts, ts + interval '1 day', 'Administrator', 'Administrator', "
         "'CUST-.#####', CASE WHEN i % 10 = 0 THEN 'Boulangerie L''Épi d''Or no ' || i ELSE nm.first || ' ' || "
         "nm.last END, CASE WHEN i % 10 = 0 THEN 'Company' ELSE 'Individual' END, 'Résidentiel', 'Québec', "
         "'client' || i || '@exemple.ca', 'CONT-' || lpad(i::text, 5, '0'), 'ADDR-' || lpad(i::text, 5, '0'), "
         "CASE WHEN i % 4 = 0 THEN 'en' ELSE 'fr' END, 'CAD', 100000 + i, 'LC-' || i, 0, "
         "CASE WHEN i % 3 = 0 THEN 'cus_' || left(md5(i::text), 14) END "
         "FROM generate_series(1, {C}) i CROSS JOIN LATERAL (SELECT timestamp '2023-01-01' + i * interval '1 minute' "
         "AS ts) t JOIN fx_names nm ON nm.k = i % 10");
    // Phones in every format the clerks typed.
    fill("INSERT INTO \"tabContact\" (name, creation, modified, owner, modified_by, first_name, last_name, full_name, "
         "email_id, phone, mobile_no, is_primary_contact, status) "
         "SELECT 'CONT-' || lpad(i::text, 5, '0'), now(), now(), 'Administrator', 'Administrator', nm.first, nm.last, "
         "nm.first || ' ' || nm.last, 'client' || i || '@exemple.ca', NULL, "
         "CASE i % 6 WHEN 0 THEN format('(819) 555-%s', lpad(i::text, 4, '0')) "
         "WHEN 1 THEN format('819.555.%s', lpad(i::text, 4, '0')) WHEN 2 THEN format('+1 819 555 %s', "
         "lpad(i::text, 4, '0')) WHEN 3 THEN format('1-819-555-%s', lpad(i::text, 4, '0')) "
         "WHEN 4 THEN format('819555%s', lpad(i::text, 4, '0')) ELSE format('819 555-%s poste 12', "
         "lpad(i::text, 4, '0')) END, 1, 'Passive' FROM generate_series(1, {C}) i JOIN fx_names nm ON nm.k = i % 10");
    fill("INSERT INTO \"tabAddress\" (name, creation, modified, owner, modified_by, address_title, address_type, "
         "address_line1, address_line2, city, state, pincode, country, is_primary_address) "
         "SELECT 'ADDR-' || lpad(i::text, 5, '0'), now(), now(), 'Administrator', 'Administrator', 'Facturation', "
         "'Billing', (i % 900 + 1) || ' rue de l''Église', CASE WHEN i % 7 = 0 THEN 'app. ' || (i % 12 + 1) END, "
         "tw.city, 'QC', tw.fsa || ' ' || (i % 10) || 'K' || (i / 10 % 10), 'Canada', 1 "
         "FROM generate_series(1, {C}) i JOIN fx_towns tw ON tw.k = i % 6");
    fill("INSERT INTO \"tabDynamic Link\" (name, creation, modified, owner, modified_by, idx, parent, parentfield, "
         "parenttype, link_doctype, link_name) SELECT 'DL-' || kind || '-' || i, now(), now(), 'Administrator', "
         "'Administrator', 1, CASE kind WHEN 'C' THEN 'CONT-' ELSE 'ADDR-' END || lpad(i::text, 5, '0'), 'links', "
         "CASE kind WHEN 'C' THEN 'Contact' ELSE 'Address' END, 'Customer', 'CUST-' || lpad(i::text, 5, '0') "
         "FROM generate_series(1, {C}) i CROSS JOIN (VALUES ('C'), ('A')) k(kind)");
    if (o.customDoctypes) {
        fill("INSERT INTO \"tabService Location\" (name, creation, modified, owner, modified_by, customer, "
             "address_line1, address_line2, city, state, postal_code, latitude, longitude, olt_name, olt_port, status) "
             "SELECT 'SL-' || lpad(l::text, 6, '0'), now(), now(), 'Administrator', 'Administrator', "
             "'CUST-' || lpad(((l - 1) % {C} + 1)::text, 5, '0'), (l % 2000 + 1) || ' chemin de l''Érablière', "
             "CASE WHEN l % 9 = 0 THEN 'unité ' || (l % 5 + 1) END, tw.city, 'QC', "
             "tw.fsa || ' ' || (l % 10) || 'M' || (l / 10 % 10), 45.4 + (l % 1000) / 10000.0, "
             "-71.9 - (l % 1000) / 10000.0, 'OLT-' || (l % 8 + 1), (l % 16) || '/' || (l % 64), 'Active' "
             "FROM generate_series(1, {L}) l JOIN fx_towns tw ON tw.k = l % 6");
        fill("INSERT INTO \"tabService Equipment\" (name, creation, modified, owner, modified_by, service_location, "
             "equipment_type, brand, model, serial_number, mac_address, ip_address, firmware, status) "
             "SELECT 'SE-' || lpad(e::text, 6, '0'), now(), now(), 'Administrator', 'Administrator', "
             "'SL-' || lpad(((e - 1) % {L} + 1)::text, 6, '0'), CASE WHEN e % 3 = 0 THEN 'Router' ELSE 'ONT' END, "
             "CASE WHEN e % 3 = 0 THEN 'TP-Link' ELSE 'ZTE' END, CASE WHEN e % 3 = 0 THEN 'Archer AX55' ELSE "
             "'F670L' END, 'ZTEG' || lpad(to_hex(e), 8, '0'), "
             "'00:1a:2b:' || substr(lpad(to_hex(e), 6, '0'), 1, 2) || ':' || substr(lpad(to_hex(e), 6, '0'), 3, 2) "
             "|| ':' || substr(lpad(to_hex(e), 6, '0'), 5, 2), '10.' || (e / 65536 % 256) || '.' || (e / 256 % 256) "
             "|| '.' || (e % 256), 'V1.2.' || (e % 9), 'Installed' FROM generate_series(1, {E}) e");
        fill("INSERT INTO \"tabService Subscription\" (name, creation, modified, owner, modified_by, customer, "
             "service_location, item_code, rate, qty, start_date, end_date, status, radius_user, radius_pwd) "
             "SELECT 'SS-' || lpad(s::text, 6, '0'), now(), now(), 'Administrator', 'Administrator', "
             "'CUST-' || lpad((((s - 1) % {L}) % {C} + 1)::text, 5, '0'), 'SL-' || lpad(((s - 1) % {L} + 1)::text, 6, "
             "'0'), p.code, p.rate, 1, date '2022-01-01' + (s % 700), CASE WHEN s % 11 = 0 THEN date '2025-12-31' END, "
             "CASE WHEN s % 11 = 0 THEN 'Cancelled' WHEN s % 23 = 0 THEN 'Suspended' ELSE 'Active' END, "
             "CASE WHEN p.grp = 'Internet' THEN 'r' || s || '@targo.ca' END, "
             "CASE WHEN p.grp = 'Internet' AND s % 2 = 0 THEN 'pw-' || md5(s::text) END "
             "FROM generate_series(1, {S}) s JOIN fx_plans p ON p.pno = s % 5");
        fill("INSERT INTO \"tabDispatch Tag\" (name, creation, modified, owner, modified_by, tag_name, category) "
             "VALUES ('Fibre', now(), now(), 'Administrator', 'Administrator', 'Fibre', 'Skill'), "
             "('Télé', now(), now(), 'Administrator', 'Administrator', 'Télé', 'Service'), "
             "('Estrie', now(), now(), 'Administrator', 'Administrator', 'Estrie', 'Région')");
        fill("INSERT INTO \"tabDispatch Technician\" (name, creation, modified, owner, modified_by, technician_name, "
             "user_id, phone, status) VALUES ('TECH-001', now(), now(), 'Administrator', 'Administrator', "
             "'Étienne Lachapelle', 'agent3@targo.ca', '819 555-7000', 'Active'), ('TECH-002', now(), now(), "
             "'Administrator', 'Administrator', 'Chantal O''Neil', NULL, '+1 (819) 555-7001', 'Active'), "
             "('TECH-003', now(), now(), 'Administrator', 'Administrator', 'Gaëtan D''Aoust', "
             "'ancien.tech@targo.ca', NULL, 'Inactive')");
        fill("INSERT INTO \"tabDispatch Technician Tag\" (name, creation, modified, owner, modified_by, idx, parent, "
             "parentfield, parenttype, tag, level) VALUES "
             "('DTT-1', now(), now(), 'Administrator', 'Administrator', 1, 'TECH-001', 'tags', 'Dispatch Technician', "
             "'Fibre', 4), ('DTT-2', now(), now(), 'Administrator', 'Administrator', 2, 'TECH-001', 'tags', "
             "'Dispatch Technician', 'Estrie', 1), ('DTT-3', now(), now(), 'Administrator', 'Administrator', 1, "
             "'TECH-002', 'tags', 'Dispatch Technician', 'Télé', 2)");
        // Jobs 1..10 on customer j's location j, scheduled 2026-01-05 + j % 20 from 9:00 to 10:30 (job 1 from 13:30
        // to 15:00 with TECH-002 helping and Fibre 3 required); job 11 unscheduled, 12 completed, 13 cancelled.
        fill(
            "INSERT INTO \"tabDispatch Job\" (name, creation, modified, owner, modified_by, docstatus, subject, "
            "description, job_type, customer, service_location, issue, status, priority, scheduled_date, start_time, "
            "end_time, technician, duration) SELECT 'DJ-' || j, now(), now(), 'Administrator', 'Administrator', "
            "CASE WHEN j = 13 THEN 2 ELSE 0 END, CASE WHEN j % 2 = 0 THEN 'Réparation' ELSE 'Installation' END, "
            "CASE WHEN j = 1 THEN '<p>Sonner à l''arrière &amp; attention au chien</p>' END, "
            "CASE WHEN j % 2 = 0 THEN 'Repair' ELSE 'Installation' END, 'CUST-' || lpad(j::text, 5, '0'), "
            "'SL-' || lpad(j::text, 6, '0'), CASE WHEN j = 2 THEN 'ISS-0000002' END, "
            "CASE WHEN j = 11 THEN 'Open' WHEN j = 12 THEN 'Completed' WHEN j = 13 THEN 'Cancelled' "
            "ELSE 'Scheduled' END, CASE WHEN j = 3 THEN 'Urgent' ELSE 'Medium' END, "
            "CASE WHEN j <> 11 THEN date '2026-01-05' + j % 20 END, CASE WHEN j = 1 THEN time '13:30' "
            "WHEN j <> 11 THEN time '09:00' END, CASE WHEN j = 1 THEN time '15:00' WHEN j <> 11 THEN time '10:30' END, "
            "CASE WHEN j <> 11 THEN 'TECH-001' END, 90 FROM generate_series(1, 13) j");
        fill("INSERT INTO \"tabDispatch Job Technician\" (name, creation, modified, owner, modified_by, idx, parent, "
             "parentfield, parenttype, technician) VALUES ('DJT-1', now(), now(), 'Administrator', 'Administrator', "
             "1, 'DJ-1', 'assistants', 'Dispatch Job', 'TECH-002')");
        fill("INSERT INTO \"tabDispatch Job Tag\" (name, creation, modified, owner, modified_by, idx, parent, "
             "parentfield, parenttype, tag, min_level) VALUES ('DJG-1', now(), now(), 'Administrator', "
             "'Administrator', 1, 'DJ-1', 'required_tags', 'Dispatch Job', 'Fibre', 3)");
    }

    // Invoices: customer (k - 1) % C + 1, one month each; one or two lines; GST 5 %, QST 9.975 %. Invoices 1..P are
    // paid by payment k, the invoices X, X + C and X + 2C by one payment; the last one is cancelled, the one before
    // it a draft.
    fill("CREATE TEMP TABLE fx_inv AS SELECT k, c, d, net, gst, qst, net + gst + qst AS grand FROM ("
         "SELECT k, c, d, net, round(net * 0.05, 2) AS gst, round(net * 0.09975, 2) AS qst FROM ("
         "SELECT k, (k - 1) % {C} + 1 AS c, (date '2025-01-01' + ((k - 1) / {C}) * interval '1 month')::date AS d, "
         "p.rate + CASE WHEN k % 3 = 0 THEN 5.00 ELSE 0 END AS net "
         "FROM generate_series(1, {I}) k JOIN fx_plans p ON p.pno = k % 3) a) b");
    fill("INSERT INTO \"tabSales Invoice\" (name, creation, modified, owner, modified_by, docstatus, naming_series, "
         "customer, customer_name, posting_date, due_date, from_date, to_date, currency, language, net_total, "
         "total_taxes_and_charges, grand_total, rounded_total, outstanding_amount, status) "
         "SELECT 'ACC-SINV-' || lpad(k::text, 7, '0'), d, d + interval '2 hours', 'Administrator', 'Administrator', "
         "CASE WHEN k = {I} THEN 2 WHEN k = {I} - 1 THEN 0 ELSE 1 END, 'ACC-SINV-.YYYY.-', "
         "'CUST-' || lpad(c::text, 5, '0'), 'client ' || c, d, d + 30, d, "
         "(d + interval '1 month' - interval '1 day')::date, 'CAD', 'fr', net, gst + qst, grand, grand, "
         "CASE WHEN k <= {P} OR k IN ({X}, {X} + {C}, {X} + 2 * {C}) THEN 0 ELSE grand END, "
         "CASE WHEN k = {I} THEN 'Cancelled' WHEN k = {I} - 1 THEN 'Draft' WHEN k <= {P} OR k IN ({X}, {X} + {C}, "
         "{X} + 2 * {C}) THEN 'Paid' ELSE 'Unpaid' END FROM fx_inv");
    fill("INSERT INTO \"tabSales Invoice Item\" (name, creation, modified, owner, modified_by, docstatus, idx, parent, "
         "parentfield, parenttype, item_code, item_name, description, qty, rate, amount, net_amount, uom) "
         "SELECT 'SII-' || k || '-' || ln, now(), now(), 'Administrator', 'Administrator', "
         "CASE WHEN k = {I} THEN 2 WHEN k = {I} - 1 THEN 0 ELSE 1 END, ln, 'ACC-SINV-' || lpad(k::text, 7, '0'), "
         "'items', 'Sales Invoice', p.code, p.label, '<div>' || p.label || ' &amp; services</div>', 1, p.rate, "
         "p.rate, p.rate, 'Nos' FROM fx_inv CROSS JOIN LATERAL (SELECT 1 AS ln, k % 3 AS pk UNION ALL "
         "SELECT 2, 5 WHERE k % 3 = 0) l JOIN fx_plans p ON p.pno = l.pk");
    fill("INSERT INTO \"tabSales Taxes and Charges\" (name, creation, modified, owner, modified_by, docstatus, idx, "
         "parent, parentfield, parenttype, charge_type, account_head, description, rate, tax_amount, total) "
         "SELECT 'STC-' || k || '-' || t.idx, now(), now(), 'Administrator', 'Administrator', "
         "CASE WHEN k = {I} THEN 2 WHEN k = {I} - 1 THEN 0 ELSE 1 END, t.idx, 'ACC-SINV-' || lpad(k::text, 7, '0'), "
         "'taxes', 'Sales Invoice', 'On Net Total', t.head, t.label, t.rate, "
         "CASE t.idx WHEN 1 THEN gst ELSE qst END, net + gst + CASE t.idx WHEN 1 THEN 0 ELSE qst END FROM fx_inv "
         "CROSS JOIN (VALUES (1, 'TPS à payer - TG', 'TPS (GST) 5 %', 5.0), "
         "(2, 'TVQ à payer - TG', 'TVQ (QST) 9,975 %', 9.975)) t(idx, head, label, rate)");
    fill("INSERT INTO \"tabPayment Entry\" (name, creation, modified, owner, modified_by, docstatus, naming_series, "
         "payment_type, party_type, party, party_name, posting_date, mode_of_payment, paid_amount, received_amount, "
         "total_allocated_amount, unallocated_amount, reference_no, reference_date, status) "
         "SELECT 'ACC-PAY-' || lpad(k::text, 7, '0'), d + 10, d + 10 + interval '1 hour', 'Administrator', "
         "'Administrator', 1, 'ACC-PAY-.YYYY.-', 'Receive', 'Customer', 'CUST-' || lpad(c::text, 5, '0'), "
         "'client ' || c, d + 10, (ARRAY['Credit Card', 'Cash', 'Cheque', 'Wire Transfer', 'Pre-authorized Debit'])"
         "[k % 5 + 1], grand, grand, grand, 0, 'REF-' || k, d + 10, 'Submitted' FROM fx_inv WHERE k <= {P}");
    fill("INSERT INTO \"tabPayment Entry Reference\" (name, creation, modified, owner, modified_by, docstatus, idx, "
         "parent, parentfield, parenttype, reference_doctype, reference_name, total_amount, outstanding_amount, "
         "allocated_amount, due_date) SELECT 'PER-' || k, now(), now(), 'Administrator', 'Administrator', 1, 1, "
         "'ACC-PAY-' || lpad(k::text, 7, '0'), 'references', 'Payment Entry', 'Sales Invoice', "
         "'ACC-SINV-' || lpad(k::text, 7, '0'), grand, grand, grand, d + 30 FROM fx_inv WHERE k <= {P}");
    // One payment split over three invoices of the same customer.
    fill("INSERT INTO \"tabPayment Entry\" (name, creation, modified, owner, modified_by, docstatus, naming_series, "
         "payment_type, party_type, party, party_name, posting_date, mode_of_payment, paid_amount, received_amount, "
         "total_allocated_amount, unallocated_amount, reference_no, reference_date, status) "
         "SELECT 'ACC-PAY-SPLIT', now(), now(), 'Administrator', 'Administrator', 1, 'ACC-PAY-.YYYY.-', 'Receive', "
         "'Customer', 'CUST-' || lpad(min(c)::text, 5, '0'), 'client', max(d) + 5, 'Cheque', sum(grand), sum(grand), "
         "sum(grand), 0, 'CHQ-3-FACTURES', max(d) + 5, 'Submitted' FROM fx_inv WHERE k IN ({X}, {X} + {C}, "
         "{X} + 2 * {C})");
    fill("INSERT INTO \"tabPayment Entry Reference\" (name, creation, modified, owner, modified_by, docstatus, idx, "
         "parent, parentfield, parenttype, reference_doctype, reference_name, total_amount, outstanding_amount, "
         "allocated_amount) SELECT 'PER-SPLIT-' || k, now(), now(), 'Administrator', 'Administrator', 1, "
         "row_number() OVER (ORDER BY k), 'ACC-PAY-SPLIT', 'references', 'Payment Entry', 'Sales Invoice', "
         "'ACC-SINV-' || lpad(k::text, 7, '0'), grand, grand, grand FROM fx_inv WHERE k IN ({X}, {X} + {C}, "
         "{X} + 2 * {C})");
    fill("INSERT INTO \"tabIssue\" (name, creation, modified, owner, modified_by, naming_series, subject, status, "
         "priority, issue_type, customer, raised_by, description, opening_date, opening_time, resolution_date, "
         "legacy_ticket_id, assigned_staff, is_important, service_location, parent_issue) "
         "SELECT 'ISS-' || lpad(t::text, 7, '0'), ts, ts + interval '3 hours', 'Administrator', 'Administrator', "
         "'ISS-.YYYY.-', CASE t % 4 WHEN 0 THEN 'Pas d''Internet depuis l''orage' WHEN 1 THEN 'Facture « en double »' "
         "WHEN 2 THEN 'Wi-Fi lent au sous-sol' ELSE 'Déménagement : transfert du service' END, st, 'Medium', "
         "(ARRAY['Technique', 'Facturation', 'Installation'])[t % 3 + 1], 'CUST-' || lpad(c::text, 5, '0'), "
         "'client' || c || '@exemple.ca', '<p>Voir l''historique</p>', ts::date, ts::time, "
         "CASE WHEN st IN ('Resolved', 'Closed') THEN ts + interval '2 days' END, 500000 + t, "
         "CASE WHEN t % 5 = 0 THEN NULL ELSE 'agent' || (t % 3 + 1) || '@targo.ca' END, (t % 17 = 0)::int, {LOC}, "
         "CASE WHEN t % 20 = 0 THEN 'ISS-' || lpad((t - 1)::text, 7, '0') END "
         "FROM generate_series(1, {T}) t CROSS JOIN LATERAL (SELECT (t - 1) % {C} + 1 AS c, "
         "timestamp '2024-01-01' + t * interval '2 minutes' AS ts, "
         "(ARRAY['Open', 'Replied', 'On Hold', 'Resolved', 'Closed'])[t % 5 + 1] AS st) x");
    sql.last().replace(u"{LOC}"_s,
        o.customDoctypes ? u"'SL-' || lpad(c::text, 6, '0')"_s : u"NULL"_s); // location c belongs to customer c
    fill("INSERT INTO \"tabCommunication\" (name, creation, modified, owner, modified_by, subject, content, "
         "communication_type, communication_medium, sent_or_received, sender, sender_full_name, recipients, "
         "reference_doctype, reference_name, communication_date, status) "
         "SELECT 'COMM-' || lpad(m::text, 8, '0'), ts, ts, 'Administrator', 'Administrator', 'Re: billet', "
         "CASE WHEN m % 10 = 0 THEN '<p>Bonjour,<br>L''internet ne fonctionne plus &amp; le modem clignote.</p>"
         "<script>alert(1)</script><p>Merci&nbsp;!</p>' ELSE 'Le client a appelé : « connexion lente » depuis "
         "l''orage. Message ' || m END, CASE WHEN m % 7 = 0 THEN 'Comment' ELSE 'Communication' END, "
         "(ARRAY['Email', 'Phone', 'SMS', 'Chat'])[m % 4 + 1], CASE WHEN m % 2 = 0 THEN 'Received' ELSE 'Sent' END, "
         "'client' || ((t - 1) % {C} + 1) || '@exemple.ca', CASE WHEN m % 3 = 0 THEN 'Zoé D''Amours' END, "
         "'support@targo.ca', 'Issue', 'ISS-' || lpad(t::text, 7, '0'), ts, 'Linked' "
         "FROM generate_series(1, {M}) m CROSS JOIN LATERAL (SELECT (m - 1) % {T} + 1 AS t, "
         "timestamp '2024-01-01' + m * interval '40 seconds' AS ts) x");
    if (o.hostile) {
        fill("UPDATE \"tabAddress\" SET pincode = 'ZZZ 999' WHERE name = 'ADDR-00002'"); // bad postal code: cleared
        fill("UPDATE \"tabContact\" SET mobile_no = '555-01', phone = NULL WHERE name = 'CONT-00003'"); // not a phone
        fill("UPDATE \"tabIssue\" SET parent_issue = 'ISS-MISSING' WHERE name = 'ISS-0000002'"); // parent missing
        fill("UPDATE \"tabSales Invoice Item\" SET amount = amount + 1, net_amount = net_amount + 1 "
             "WHERE parent = 'ACC-SINV-0000010'"); // lines that do not add up: refused, and its payment with it
        fill("UPDATE \"tabPayment Entry Reference\" SET reference_name = 'ACC-SINV-MISSING' "
             "WHERE parent = 'ACC-PAY-0000011'"); // a payment reference to a missing invoice
        if (o.customDoctypes) {
            fill("UPDATE \"tabService Location\" SET postal_code = '12345' WHERE name = 'SL-' || lpad(({C} + 4)::text, "
                 "6, '0')"); // a location without a valid postal code: refused
            fill("UPDATE \"tabService Equipment\" SET serial_number = 'ZTEG00000005' WHERE name = 'SE-000006'");
            fill("UPDATE \"tabService Equipment\" SET mac_address = '00:1a:2b:00:00:07' WHERE name = 'SE-000008'");
            fill("UPDATE \"tabService Subscription\" SET customer = 'CUST-99999' WHERE name = 'SS-000009'");
            // A job whose technician is not on the site (refused) and one that ends before it starts (cleaned).
            fill("UPDATE \"tabDispatch Job\" SET technician = 'TECH-MISSING' WHERE name = 'DJ-4'");
            fill("UPDATE \"tabDispatch Job\" SET start_time = time '16:00', end_time = time '08:00' WHERE name = "
                 "'DJ-5'");
            fill("INSERT INTO \"tabDispatch Technician Tag\" (name, creation, modified, idx, parent, parentfield, "
                 "parenttype, tag, level) VALUES ('DTT-9', now(), now(), 3, 'TECH-002', 'tags', 'Dispatch Technician', "
                 "'Soudure', 2)"); // a tag that is not on the site: the line dropped
        }
    }
    fill("DROP TABLE fx_names, fx_towns, fx_plans, fx_inv");
    for (const QString &s : sql) {
        auto r = c.exec(s);
        if (!r.ok())
            return Error::make(r.error().kind, r.error().userMessage, s.left(200) + u": " + r.error().detail);
    }
    return success();
}

} // namespace ops::test
