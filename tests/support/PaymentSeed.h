#pragma once

// The payments tests' data (TestPayments, TestPaymentAllocation), to run as the migrations' owner before SET ROLE.
namespace ops::test {

// Customer 1: INV-00001 due Oct 31 (1000), INV-00002 due Nov 30 (2000), INV-00003 due Dec 31 (3000), a draft (not
// open, not in the balance). Customer 2: INV-00004 (500). Customer 3: nothing. Balances as the invoices say.
inline const char *const kPaymentSeed[] = {
    "UPDATE billing_settings SET company_name = 'Targo', gst_number = '123456789 RT0001',"
    " qst_number = '1234567890 TQ0001', due_days = 30",
    "INSERT INTO items (id, sku, kind, name_fr, name_en, monthly_price_cents, taxable) VALUES"
    " (1, 'INT-100', 'internet', 'Internet 100', 'Internet 100', 6995, true)",
    "INSERT INTO customers (id, code, display_name, language, balance_cents) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 6000), (2, 'CUST-00002', 'John Smith', 'en', 500),"
    " (3, 'CUST-00003', 'Marc Roy', 'fr', 0)",
    "SELECT setval(pg_get_serial_sequence('customers', 'id'), 100)",
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,"
    " gst_cents, qst_cents, total_cents, status) VALUES"
    " (1, 'INV-00001', 1, '2026-09-01', '2026-09-30', '2026-10-01', '2026-10-31', 1000, 0, 0, 1000, 'issued'),"
    " (3, 'INV-00003', 1, '2026-11-01', '2026-11-30', '2026-12-01', '2026-12-31', 3000, 0, 0, 3000, 'issued'),"
    " (2, 'INV-00002', 1, '2026-10-01', '2026-10-31', '2026-11-01', '2026-11-30', 2000, 0, 0, 2000, 'issued'),"
    " (4, 'INV-00004', 2, '2026-10-01', '2026-10-31', '2026-11-01', '2026-11-30', 500, 0, 0, 500, 'issued'),"
    " (5, 'INV-00005', 1, '2026-12-01', '2026-12-31', '2027-01-01', '2027-01-31', 700, 0, 0, 700, 'draft')",
    "UPDATE document_counters SET next_value = 6 WHERE name = 'invoice'",
    "SELECT setval(pg_get_serial_sequence('invoices', 'id'), 100)",
};

} // namespace ops::test
