// The ERPNext import's transforms of invoices, payments, tickets and messages (issue 16; the others and the Builder:
// ImportPlanRepository). Money is integer cents, half to even (ops_import_cents, migration 0034).
#include "core/import/ImportPlanRepository.h"

namespace ops::import::transform {

namespace {

const char *kDateRe = "'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'";

QString dateOrNull(const char *col)
{
    return QStringLiteral("CASE WHEN %1 ~ %2 THEN %1::date END")
        .arg(QString::fromUtf8(col), QString::fromUtf8(kDateRe));
}

Plan invoices()
{
    Builder b(QStringLiteral("invoice"), QStringLiteral("imp_invoice"));
    b.sql("CREATE INDEX ON imp_invoice_item (parent)").sql("CREATE INDEX ON imp_invoice_tax (parent)");
    const QString tax = QStringLiteral("concat(x.account_head, ' ', x.description)");
    b.prepare(QStringLiteral("invoices"),
        QStringLiteral(
            "%1 AS customer_id, CASE WHEN s.docstatus = '2' THEN 'void' WHEN s.docstatus = '0' THEN 'draft' ELSE "
            "'issued' END AS status, CASE WHEN s.is_return IN ('1', 'true') THEN 'credit_note' ELSE 'invoice' END "
            "AS kind, nullif(btrim(s.return_against), '') AS corrects_raw, %2 AS corrects_id, %3 AS issue_date, "
            "%4 AS due_raw, coalesce(%5, %3) AS period_start, %6 AS period_end_raw, ops_import_cents(s.net_total) "
            "AS net, ops_import_cents(s.grand_total) AS grand, coalesce(l.lines, 0) AS lines, l.bad AS bad_line, "
            "coalesce(t.gst, 0) AS gst, coalesce(t.qst, 0) AS qst, coalesce(t.other, 0) AS other_tax, t.gst_rate, "
            "t.qst_rate, t.gst_n, t.qst_n")
            .arg(Builder::key("customer", QStringLiteral("btrim(s.customer)")),
                Builder::key("invoice", QStringLiteral("btrim(s.return_against)")), dateOrNull("s.posting_date"),
                dateOrNull("s.due_date"), dateOrNull("s.from_date"), dateOrNull("s.to_date")),
        // The lines' and taxes' sums per invoice: one aggregate over each child table, hash-joined.
        QStringLiteral(
            "LEFT JOIN (SELECT x.parent, sum(ops_import_cents(x.amount)) AS lines, "
            "bool_or(ops_import_cents(x.amount) IS NULL) AS bad FROM imp_invoice_item x GROUP BY x.parent) l "
            "ON l.parent = s.name LEFT JOIN (SELECT x.parent, "
            "sum(ops_import_cents(x.tax_amount)) FILTER (WHERE %1 ~* '(gst|tps)') AS gst, "
            "sum(ops_import_cents(x.tax_amount)) FILTER (WHERE %1 ~* '(qst|tvq)') AS qst, "
            "sum(ops_import_cents(x.tax_amount)) FILTER (WHERE %1 !~* '(gst|tps|qst|tvq)') AS other, "
            "max(x.rate) FILTER (WHERE %1 ~* '(gst|tps)') AS gst_rate, "
            "max(x.rate) FILTER (WHERE %1 ~* '(qst|tvq)') AS qst_rate, "
            "count(*) FILTER (WHERE %1 ~* '(gst|tps)') AS gst_n, count(*) FILTER (WHERE %1 ~* '(qst|tvq)') AS qst_n "
            "FROM imp_invoice_tax x GROUP BY x.parent) t ON t.parent = s.name")
            .arg(tax));
    b.refuse("customer", "orphan_link", "p.customer_id IS NULL");
    b.refuse("posting_date", "missing_value", "p.issue_date IS NULL");
    b.refuse("grand_total", "bad_amount", "p.net IS NULL OR p.grand IS NULL OR p.bad_line");
    b.refuse("taxes", "unknown_tax", "p.other_tax <> 0");
    b.refuse("grand_total", "lines_do_not_add_up", "p.lines <> p.net OR p.net + p.gst + p.qst <> p.grand");
    // A credit note whose invoice is in the same batch.
    b.sql("UPDATE {p} p SET corrects_id = q.our_id FROM {p} q WHERE p.corrects_id IS NULL AND q.name = p.corrects_raw "
          "AND q.refused IS NULL AND p.kind = 'credit_note'");
    b.refuse("return_against", "orphan_link", "p.kind = 'credit_note' AND p.corrects_id IS NULL");
    b.sql("ALTER TABLE {p} ADD COLUMN period_key text");
    b.sql("UPDATE {p} SET period_key = customer_id || ':' || period_start WHERE kind = 'invoice' AND status <> 'void'");
    b.unique("period_key", "from_date", "period_taken",
        QStringLiteral("EXISTS (SELECT 1 FROM invoices t WHERE t.customer_id = p.customer_id AND t.period_start = "
                       "p.period_start AND t.kind = 'invoice' AND t.status <> 'void' AND t.id <> p.our_id)"),
        true);
    b.changed("due_date", "invalid_value", "p.due_raw < p.issue_date");
    b.changed("to_date", "invalid_value", "p.period_end_raw < p.period_start");
    const char *values = "p.customer_id, p.kind, p.corrects_id, p.period_start, greatest(coalesce(p.period_end_raw, "
                         "p.period_start), p.period_start), p.issue_date, greatest(coalesce(p.due_raw, p.issue_date), "
                         "p.issue_date), p.net, p.gst, p.qst, p.grand";
    b.sql(QStringLiteral("UPDATE invoices i SET (customer_id, kind, corrects_invoice_id, period_start, period_end, "
                         "issue_date, due_date, subtotal_cents, gst_cents, qst_cents, total_cents, status) = (%1, "
                         "CASE WHEN p.status = 'issued' AND i.status IN ('partially_paid', 'paid') THEN i.status "
                         "ELSE p.status END) FROM {p} p WHERE p.state = 'changed' AND p.refused IS NULL "
                         "AND i.id = p.our_id")
              .arg(QString::fromUtf8(values)));
    b.sql("DELETE FROM invoice_lines WHERE invoice_id IN (SELECT our_id FROM {p} WHERE state = 'changed' "
          "AND refused IS NULL)");
    b.sql("DELETE FROM invoice_taxes WHERE invoice_id IN (SELECT our_id FROM {p} WHERE state = 'changed' "
          "AND refused IS NULL)");
    // One block of invoice codes for the batch, in ERPNext's name order.
    b.sql(QStringLiteral(
        "WITH n AS (SELECT count(*)::int AS c FROM {p} WHERE state = 'new' AND refused IS NULL), "
        "f AS (SELECT ops_take_invoice_codes(c) AS first FROM n WHERE c > 0) "
        "INSERT INTO invoices (id, code, customer_id, kind, corrects_invoice_id, period_start, period_end, issue_date, "
        "due_date, subtotal_cents, gst_cents, qst_cents, total_cents, status, language) "
        "SELECT p.our_id, ops_invoice_code(f.first + row_number() OVER (ORDER BY p.name) - 1), %1, p.status, "
        "c.language FROM {p} p CROSS JOIN f JOIN customers c ON c.id = p.customer_id "
        "WHERE p.state = 'new' AND p.refused IS NULL")
              .arg(QString::fromUtf8(values)));
    b.sql("INSERT INTO invoice_lines (invoice_id, line_no, item_id, description, quantity, unit_price_cents, "
          "amount_cents, taxable) SELECT p.our_id, row_number() OVER (PARTITION BY x.parent ORDER BY "
          "CASE WHEN x.idx ~ '^[0-9]{1,9}$' THEN x.idx::int END, x.ctid), k.our_id, "
          "left(coalesce(nullif(btrim(ops_import_text("
          "x.description)), ''), nullif(btrim(x.item_name), ''), x.item_code, '-'), 2000), "
          "CASE WHEN x.qty ~ '^-?[0-9]{1,9}(\\.[0-9]+)?$' THEN round(x.qty::numeric)::int ELSE 1 END, "
          "coalesce(ops_import_cents(x.rate), 0), ops_import_cents(x.amount), p.gst + p.qst <> 0 "
          "FROM imp_invoice_item x JOIN {p} p ON p.name = x.parent LEFT JOIN import_keys k ON k.entity = 'item' "
          "AND k.erpnext_name = x.item_code WHERE p.refused IS NULL");
    b.sql("INSERT INTO invoice_taxes (invoice_id, tax, rate_ppm, base_cents, amount_cents, registration_number) "
          "SELECT p.our_id, t.tax, coalesce(round(t.rate::numeric * 10000), 0), p.net, t.amount, "
          "coalesce(t.reg, '') FROM {p} p CROSS JOIN LATERAL (VALUES ('GST', p.gst_rate, p.gst, p.gst_n, "
          "(SELECT gst_number FROM billing_settings LIMIT 1)), ('QST', p.qst_rate, p.qst, p.qst_n, "
          "(SELECT qst_number FROM billing_settings LIMIT 1))) t(tax, rate, amount, n, reg) "
          "WHERE p.refused IS NULL AND t.n > 0");
    b.sql("SELECT ops_refresh_invoice_paid(array_agg(our_id)) FROM {p} WHERE state = 'changed' AND refused IS NULL");
    return b.plan();
}

Plan payments()
{
    Builder b(QStringLiteral("payment"), QStringLiteral("imp_payment"));
    b.sql("CREATE INDEX ON imp_payment_ref (parent)");
    b.prepare(QStringLiteral("payments"),
        QStringLiteral(
            "%1 AS customer_id, s.payment_type, s.party_type, ops_import_cents(s.paid_amount) AS amount, "
            "CASE WHEN s.docstatus = '2' THEN 'reversed' WHEN s.docstatus = '0' THEN 'pending' ELSE 'succeeded' END "
            "AS status, CASE WHEN s.mode_of_payment ~* 'card|carte|stripe|visa|master' THEN 'card' "
            "WHEN s.mode_of_payment ~* 'pre-?auth|pr.autoris|ppa|pad|debit|débit|pr.l.vement' THEN 'pad' "
            "WHEN s.mode_of_payment ~* 'cheque|chèque' THEN 'cheque' WHEN s.mode_of_payment ~* 'cash|comptant' "
            "THEN 'cash' ELSE 'etransfer' END AS method, left(nullif(btrim(s.reference_no), ''), 200) AS reference, "
            "CASE WHEN s.posting_date ~ %2 THEN ops_import_ts(s.posting_date) END AS received_at, "
            "ops_import_ts(s.modified) AS modified_at, coalesce(r.allocated, 0) AS allocated, "
            "coalesce(r.missing, 0) AS missing_refs")
            .arg(Builder::key("customer", QStringLiteral("btrim(s.party)")), QString::fromUtf8(kDateRe)),
        QStringLiteral("LEFT JOIN (SELECT x.parent, sum(ops_import_cents(x.allocated_amount)) AS allocated, "
                       "count(*) FILTER (WHERE k.our_id IS NULL) AS missing FROM imp_payment_ref x "
                       "LEFT JOIN import_keys k ON k.entity = 'invoice' AND k.erpnext_name = x.reference_name "
                       "WHERE x.reference_doctype = 'Sales Invoice' GROUP BY x.parent) r ON r.parent = s.name"));
    b.refuse("payment_type", "not_a_receipt",
        "p.payment_type IS DISTINCT FROM 'Receive' OR p.party_type IS DISTINCT FROM 'Customer'");
    b.refuse("party", "orphan_link", "p.customer_id IS NULL");
    b.refuse("paid_amount", "bad_amount", "p.amount IS NULL OR p.amount <= 0");
    b.refuse("posting_date", "missing_value", "p.received_at IS NULL");
    b.refuse("references", "missing_invoice_reference", "p.missing_refs > 0");
    b.refuse("references", "bad_amount", "p.allocated > p.amount");
    b.sql("CREATE TEMP TABLE imp_touched ON COMMIT DROP AS SELECT invoice_id FROM payment_allocations "
          "WHERE payment_id IN (SELECT our_id FROM {p} WHERE state = 'changed' AND refused IS NULL)");
    b.sql("DELETE FROM payment_allocations WHERE payment_id IN (SELECT our_id FROM {p} WHERE state = 'changed' "
          "AND refused IS NULL)");
    const char *reversal = "CASE WHEN p.status = 'reversed' THEN p.modified_at END, CASE WHEN p.status = 'reversed' "
                           "THEN 'ERPNext: cancelled (docstatus 2)' END";
    b.sql(QStringLiteral("UPDATE payments t SET (customer_id, received_at, amount_cents, method, reference, status, "
                         "reversed_at, reversal_reason) = (p.customer_id, p.received_at, p.amount, p.method, "
                         "p.reference, p.status, %1) FROM {p} p WHERE p.state = 'changed' AND p.refused IS NULL "
                         "AND t.id = p.our_id")
              .arg(QString::fromUtf8(reversal)));
    b.sql(QStringLiteral("INSERT INTO payments (id, customer_id, received_at, amount_cents, method, reference, status, "
                         "reversed_at, reversal_reason) SELECT p.our_id, p.customer_id, p.received_at, p.amount, "
                         "p.method, p.reference, p.status, %1 FROM {p} p WHERE p.state = 'new' AND p.refused IS NULL")
              .arg(QString::fromUtf8(reversal)));
    // Allocations of the payments that went through, to invoices that are issued (a draft or void one keeps none).
    b.sql("INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) SELECT p.our_id, i.id, "
          "sum(ops_import_cents(x.allocated_amount)) FROM imp_payment_ref x JOIN {p} p ON p.name = x.parent "
          "JOIN import_keys k ON k.entity = 'invoice' AND k.erpnext_name = x.reference_name "
          "JOIN invoices i ON i.id = k.our_id AND i.kind = 'invoice' AND i.status NOT IN ('draft', 'void') "
          "WHERE x.reference_doctype = 'Sales Invoice' AND p.refused IS NULL AND p.status = 'succeeded' "
          "GROUP BY p.our_id, i.id HAVING sum(ops_import_cents(x.allocated_amount)) > 0");
    b.sql("INSERT INTO imp_touched SELECT pa.invoice_id FROM payment_allocations pa JOIN {p} p "
          "ON p.our_id = pa.payment_id WHERE p.refused IS NULL");
    b.sql("SELECT ops_refresh_invoice_paid(array_agg(DISTINCT invoice_id)) FROM imp_touched");
    return b.plan();
}

Plan tickets(const QStringList &skipped)
{
    Builder b(QStringLiteral("ticket"), QStringLiteral("imp_ticket"));
    b.sql("CREATE INDEX ON imp_user (name)");
    b.prepare(QStringLiteral("tickets"),
        QStringLiteral(
            "nullif(btrim(s.customer), '') AS customer_raw, %1 AS customer_id, nullif(btrim(s.service_location), "
            "'') AS location_raw, %2 AS location_id, nullif(btrim(s.parent_issue), '') AS parent_raw, "
            "left(coalesce(nullif(btrim(ops_import_text(s.subject)), ''), s.name), 500) AS subject, "
            "nullif(btrim(s.subject), '') IS NULL AS subject_missing, coalesce(current_setting("
            "'ops.import_issue_types')::jsonb ->> s.issue_type, nullif(replace(ops_norm(s.issue_type), ' ', '_'), "
            "''), 'general') AS issue_type, CASE WHEN s.status ~* '^(replied|on hold|paused|waiting)' THEN "
            "'waiting' WHEN s.status ~* '^resolved' THEN 'resolved' WHEN s.status ~* '^closed' THEN 'closed' "
            "ELSE 'open' END AS status, coalesce(s.is_important IN ('1', 'true'), false) AS important, "
            "st.id AS staff_id, nullif(btrim(s.legacy_ticket_id), '') AS legacy_raw, "
            "CASE WHEN btrim(s.legacy_ticket_id) ~ '^[0-9]{1,18}$' THEN btrim(s.legacy_ticket_id)::bigint END AS "
            "legacy_id, coalesce(CASE WHEN s.opening_date ~ %3 THEN ops_import_ts(s.opening_date || ' ' || "
            "coalesce(nullif(s.opening_time, ''), '00:00:00')) END, ops_import_ts(s.creation)) AS created_at, "
            "CASE WHEN s.status ~* '^(resolved|closed)' THEN coalesce(ops_import_ts(nullif(s.resolution_date, '')), "
            "ops_import_ts(s.modified)) END AS closed_at")
            .arg(Builder::key("customer", QStringLiteral("btrim(s.customer)")),
                Builder::key("location", QStringLiteral("btrim(s.service_location)")), QString::fromUtf8(kDateRe)),
        QStringLiteral("LEFT JOIN imp_user u ON u.name = s.assigned_staff LEFT JOIN (SELECT DISTINCT ON "
                       "(lower(email)) lower(email) AS email, id FROM staff ORDER BY lower(email), id) st "
                       "ON st.email = lower(coalesce(u.email, s.assigned_staff))"));
    b.changed("customer", "orphan_link", optionalLinkReport("customer", false));
    if (const QString r = optionalLinkReport("location", skipped.contains(QStringLiteral("location"))); !r.isEmpty())
        b.changed("service_location", "orphan_link", r);
    b.changed("subject", "missing_value", "p.subject_missing");
    b.changed("legacy_ticket_id", "invalid_value", "p.legacy_raw IS NOT NULL AND p.legacy_id IS NULL");
    b.unique("legacy_id", "legacy_ticket_id", "duplicate_value",
        QStringLiteral("EXISTS (SELECT 1 FROM tickets t WHERE t.legacy_ticket_id = p.legacy_id AND t.id <> p.our_id)"),
        false);
    b.sql("UPDATE tickets t SET (customer_id, location_id, subject, issue_type, status, is_important, "
          "assigned_staff_id, legacy_ticket_id, closed_at) = (p.customer_id, p.location_id, p.subject, p.issue_type, "
          "p.status, p.important, p.staff_id, p.legacy_id, p.closed_at) FROM {p} p WHERE p.state = 'changed' "
          "AND p.refused IS NULL AND t.id = p.our_id");
    b.sql("SELECT ops_import_drop_gin('tickets', (SELECT count(*) FROM {p} WHERE state = 'new'), 50000)");
    b.sql("INSERT INTO tickets (id, customer_id, location_id, subject, issue_type, status, is_important, "
          "assigned_staff_id, legacy_ticket_id, created_at, closed_at) SELECT our_id, customer_id, location_id, "
          "subject, issue_type, status, important, staff_id, legacy_id, created_at, closed_at FROM {p} "
          "WHERE state = 'new' AND refused IS NULL");
    b.sql("SELECT ops_import_restore_gin()");
    // Parents (in this batch or imported before); a parent that is missing upstream leaves the ticket on its own.
    b.sql("ALTER TABLE {p} ADD COLUMN parent_id bigint");
    b.sql(QStringLiteral("UPDATE {p} p SET parent_id = coalesce(%1, (SELECT q.our_id FROM {p} q WHERE q.name = "
                         "p.parent_raw AND q.refused IS NULL)) WHERE p.parent_raw IS NOT NULL AND p.refused IS NULL")
              .arg(Builder::key("ticket", QStringLiteral("p.parent_raw"))));
    b.changed("parent_issue", "parent_missing", "p.parent_raw IS NOT NULL AND p.parent_id IS NULL");
    b.sql("UPDATE tickets t SET parent_id = p.parent_id FROM {p} p WHERE p.refused IS NULL AND t.id = p.our_id "
          "AND t.parent_id IS DISTINCT FROM p.parent_id AND p.parent_id IS DISTINCT FROM p.our_id");
    return b.plan();
}

Plan messages()
{
    Builder b(QStringLiteral("message"), QStringLiteral("imp_message"));
    b.prepare(QStringLiteral("ticket_messages"),
        QStringLiteral(
            "%1 AS ticket_id, coalesce(ops_import_text(s.content), '') AS body, CASE WHEN s.communication_type = "
            "'Comment' THEN 'note' WHEN s.communication_medium ~* '^e-?mail' THEN 'email' WHEN "
            "s.communication_medium ~* '^(phone|t.l.phone)' THEN 'phone' WHEN s.communication_medium ~* '^sms' "
            "THEN 'sms' WHEN s.communication_medium ~* '^(chat|portal|website)' THEN 'portal' ELSE 'note' END AS "
            "channel, s.communication_type IS NOT DISTINCT FROM 'Comment' AS internal, left(coalesce(nullif(btrim("
            "s.sender_full_name), ''), nullif(btrim(s.sender), ''), 'ERPNext'), 200) AS author, ops_import_ts("
            "coalesce(nullif(s.communication_date, ''), s.creation)) AS created_at")
            .arg(Builder::key("ticket", QStringLiteral("btrim(s.reference_name)"))));
    b.refuse("reference_name", "orphan_link", "p.ticket_id IS NULL");
    b.changed("content", "truncated", "length(p.body) > 2000000");
    b.sql("UPDATE ticket_messages m SET (ticket_id, body, channel, is_internal, author_name, created_at) = "
          "(p.ticket_id, left(p.body, 2000000), p.channel, p.internal, p.author, p.created_at) FROM {p} p "
          "WHERE p.state = 'changed' AND p.refused IS NULL AND m.id = p.our_id");
    b.sql("SELECT ops_import_drop_gin('ticket_messages', (SELECT count(*) FROM {p} WHERE state = 'new'), 50000)");
    b.sql("INSERT INTO ticket_messages (id, ticket_id, body, channel, is_internal, author_name, created_at) "
          "SELECT our_id, ticket_id, left(body, 2000000), channel, internal, author, created_at FROM {p} "
          "WHERE state = 'new' AND refused IS NULL");
    b.sql("SELECT ops_import_restore_gin()");
    return b.plan();
}

} // namespace

Plan billingPlan(const QString &entity, const QStringList &skipped)
{
    if (entity == QLatin1String("invoice"))
        return invoices();
    if (entity == QLatin1String("payment"))
        return payments();
    if (entity == QLatin1String("ticket"))
        return tickets(skipped);
    if (entity == QLatin1String("message"))
        return messages();
    return {};
}

} // namespace ops::import::transform
