#pragma once

// A small customer file on a fresh database (TestCustomerFile, TestCustomerFileSections): customer 1 has every
// section and timeline ties (several events at the same instant, within and across kinds); customer 2 has one row
// of most kinds that must never show in customer 1's file.
namespace ops::test {

inline const char *const kCustomerFileSeed[] = {
    "INSERT INTO staff (id, pg_role, display_name, role_group) VALUES (1, 'alice', 'Alice Roy', 'dispatcher')",
    "INSERT INTO customers (id, code, kind, first_name, last_name, display_name, language, email, phone, status,"
    " balance_cents, legacy_account_id, legacy_customer_id, ppa_enabled) VALUES"
    " (1, 'CUST-00001', 'residential', 'Élise', 'Tremblay', 'Élise Tremblay', 'fr', 'elise@example.ca',"
    "  '(450) 555-0101', 'active', 12345, 77, 'L-77', true),"
    " (2, 'CUST-00002', 'business', NULL, NULL, 'Boulangerie Gagnon', 'en', NULL, NULL, 'active', 0, NULL, NULL,"
    "  false)",
    "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, status) VALUES"
    " (1, 'LOC-00001', 1, '12', 'rue Labelle', 'Saint-Jérôme', 'J7Z 5L3', 'active'),"
    " (2, 'LOC-00002', 1, '15', 'rue Principale', 'Saint-Jérôme', 'J7Z 2B2', 'planned'),"
    " (3, 'LOC-00003', 2, '3', 'chemin du Lac', 'Mont-Tremblant', 'J8E 1T1', 'active')",
    "INSERT INTO items (id, sku, kind, name_fr, name_en, download_mbps, upload_mbps, monthly_price_cents) VALUES"
    " (1, 'NET-500', 'internet', 'Internet 500', 'Internet 500 EN', 500, 500, 6995)",
    "INSERT INTO subscriptions (id, code, customer_id, location_id, item_id, price_cents, start_date, end_date,"
    " status) VALUES (1, 'SUB-00001', 1, 1, 1, 6995, '2024-01-01', NULL, 'active'),"
    " (2, 'SUB-00002', 1, 2, 1, 5995, '2023-01-01', '2023-12-31', 'cancelled'),"
    " (3, 'SUB-00003', 2, 3, 1, 6995, '2024-02-01', NULL, 'active')",
    "INSERT INTO service_equipment (id, code, location_id, kind, make, model, serial, mac, status, created_at)"
    " VALUES (1, 'EQP-00001', 1, 'ont', 'Nokia', 'G-010G-Q', 'ALCL00000001', '00:11:22:33:44:01', 'installed',"
    "  '2024-01-02 10:00:00+00'),"
    " (2, 'EQP-00002', 1, 'router', 'TP-Link', 'Deco X50', 'TPL00000002', '00:11:22:33:44:02', 'installed',"
    "  '2024-01-02 10:00:00+00'),"
    " (3, 'EQP-00003', 2, 'router', 'TP-Link', 'Deco X20', 'TPL00000003', NULL, 'returned',"
    "  '2023-01-02 10:00:00+00'),"
    " (4, 'EQP-00004', 3, 'ont', 'Nokia', 'G-010G-Q', 'ALCL00000004', NULL, 'installed', '2024-02-02 10:00:00+00')",
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,"
    " gst_cents, qst_cents, total_cents, paid_cents, status) VALUES"
    " (1, 'INV-00001', 1, '2024-01-01', '2024-01-31', '2024-01-01', '2024-01-22', 6995, 350, 698, 8043, 8043,"
    "  'paid'),"
    " (2, 'INV-00002', 1, '2024-02-01', '2024-02-29', '2024-02-01', '2024-02-22', 6995, 350, 698, 8043, 3000,"
    "  'partially_paid'),"
    " (3, 'INV-00003', 1, '2024-03-01', '2024-03-31', '2024-03-01', '2024-03-22', 100000, 5000, 9975, 114975, 0,"
    "  'issued'),"
    " (4, 'INV-00004', 2, '2024-03-01', '2024-03-31', '2024-03-01', '2024-03-22', 6995, 350, 698, 8043, 0,"
    "  'issued')",
    "INSERT INTO payments (id, code, customer_id, received_at, amount_cents, method, reference, status) VALUES"
    " (1, 'PAY-00001', 1, '2024-01-15 15:00:00+00', 8043, 'card', 'Visa ****4242', 'succeeded'),"
    " (2, 'PAY-00002', 1, '2024-02-10 12:00:00+00', 3000, 'etransfer', NULL, 'succeeded'),"
    " (3, 'PAY-00003', 2, '2024-02-10 12:00:00+00', 500, 'cash', NULL, 'succeeded')",
    // Tickets 1 and 2 opened at the same instant as payment 2 (ties within and across kinds).
    "INSERT INTO tickets (id, code, customer_id, subject, issue_type, status, is_important, assigned_staff_id,"
    " created_at, closed_at) VALUES"
    " (1, 'TCK-00001', 1, 'Plus d''Internet', 'no_internet', 'closed', true, 1, '2024-02-10 12:00:00+00',"
    "  '2024-02-11 09:00:00+00'),"
    " (2, 'TCK-00002', 1, 'Question sur ma facture', 'billing', 'open', false, NULL, '2024-02-10 12:00:00+00',"
    "  NULL),"
    " (3, 'TCK-00003', 1, 'Wi-Fi instable', 'wifi', 'waiting', false, 1, '2024-03-05 08:30:00+00', NULL),"
    " (4, 'TCK-00004', 2, 'Other customer', 'general', 'open', false, NULL, '2024-03-05 08:30:00+00', NULL)",
    "INSERT INTO ticket_messages (id, ticket_id, author_name, channel, body, created_at) VALUES"
    " (1, 1, 'Élise Tremblay', 'phone', 'Plus rien   ne fonctionne\n depuis hier.', '2024-02-10 12:00:00+00'),"
    " (2, 1, 'Alice Roy', 'email', 'C''est réglé.', '2024-02-11 09:00:00+00'),"
    " (3, 4, 'Someone', 'email', 'Not ours', '2024-03-05 08:30:00+00')",
    "INSERT INTO dispatch_technicians (id, code, name) VALUES (1, 'DT-00001', 'Marc Tech'), (2, 'DT-00002',"
    " 'Ana Aide')",
    "INSERT INTO dispatch_jobs (id, code, customer_id, location_id, ticket_id, job_type, status, scheduled_start,"
    " window_start, window_end, duration_minutes, completed_at) VALUES"
    " (1, 'DJ-00001', 1, 1, NULL, 'installation', 'completed', '2024-01-02 13:00:00+00',"
    "  '2024-01-02 13:00:00+00', '2024-01-02 17:00:00+00', 120, '2024-01-02 15:00:00+00'),"
    " (2, 'DJ-00002', 1, 1, 3, 'repair', 'scheduled', '2024-03-06 14:00:00+00', NULL, NULL, 60, NULL),"
    " (3, 'DJ-00003', 2, 3, NULL, 'installation', 'unscheduled', NULL, NULL, NULL, 60, NULL)",
    "INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES (1, 1, true), (1, 2, false), (2, 1, true)",
    // The rows above carry explicit ids and codes: move every identity and code sequence past them, so that rows
    // created afterwards (by the application, as in production) get fresh ones.
    "DO $$ DECLARE r record; BEGIN"
    " FOR r IN SELECT c.table_name FROM information_schema.columns c WHERE c.table_schema = 'public'"
    "   AND c.column_name = 'id' AND c.is_identity = 'YES' LOOP"
    "  EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), greatest(1, (SELECT coalesce(max(id), 0)"
    " FROM %I)))', r.table_name, r.table_name);"
    " END LOOP;"
    " FOR r IN SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'"
    "   AND sequence_name LIKE 'seq\\_%\\_code' LOOP"
    "  PERFORM setval(r.sequence_name::text::regclass, 1000);"
    " END LOOP; END $$",
};

// Customer 1's timeline: 3 ticket opened + 1 closed + 2 messages + 3 invoices + 2 payments + 2 subscriptions started
// + 1 ended + 2 jobs scheduled + 1 completed + 3 equipment = 20 events.
inline constexpr int kCustomer1TimelineEvents = 20;

} // namespace ops::test
