-- Manual payments (issue 13): a payment can be reversed (an NSF cheque) with a reason; its allocations go, its invoices
-- re-open and the balance comes back. The rules (allocation order, the customer's credit, the balance identity) are
-- written out in docs/billing.md; PaymentRepository applies them, these functions are the parts the billing run shares.

-- 1. Reversal: a status and its reason, when and by whom.
ALTER TABLE payments DROP CONSTRAINT payments_status_check;
ALTER TABLE payments ADD CONSTRAINT payments_status_check
    CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded', 'reversed'));
ALTER TABLE payments ADD COLUMN reversed_at timestamptz;
ALTER TABLE payments ADD COLUMN reversal_reason text CHECK (reversal_reason IS NULL OR length(reversal_reason) <= 500);
ALTER TABLE payments ADD COLUMN reversed_by bigint REFERENCES staff (id);
ALTER TABLE payments ADD CONSTRAINT payments_reversal_reason
    CHECK (status <> 'reversed' OR (reversed_at IS NOT NULL AND length(btrim(reversal_reason)) > 0));
-- The payments list's filters (keyset on received_at DESC, id DESC as payments_list_idx).
CREATE INDEX payments_method_list_idx ON payments (method, received_at DESC, id DESC);
CREATE INDEX payments_status_list_idx ON payments (status, received_at DESC, id DESC);

-- 2. An invoice's paid amount and status from its allocations: paid_cents = the sum of its allocations; paid when
--    they cover the total, partially paid when there are some, issued when none. Only invoices (not credit notes)
--    that are issued, partially paid or paid move.
CREATE FUNCTION ops_refresh_invoice_paid(invoice_ids bigint[]) RETURNS void
    LANGUAGE sql AS $$
    UPDATE invoices i
       SET paid_cents = a.allocated,
           status = CASE WHEN a.allocated >= i.total_cents THEN 'paid'
                         WHEN a.allocated > 0 THEN 'partially_paid' ELSE 'issued' END
      FROM (SELECT x.id, coalesce((SELECT sum(pa.amount_cents) FROM payment_allocations pa WHERE pa.invoice_id = x.id), 0)
                   AS allocated
              FROM (SELECT DISTINCT unnest(invoice_ids) AS id) x) a
     WHERE i.id = a.id AND i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid', 'paid')
       AND (i.paid_cents <> a.allocated
            OR i.status <> CASE WHEN a.allocated >= i.total_cents THEN 'paid'
                                WHEN a.allocated > 0 THEN 'partially_paid' ELSE 'issued' END)
$$;

-- 3. The customer's credit applied to open invoices, oldest first, for every customer given, in one statement: the
--    unallocated remainders of succeeded payments (oldest payment first) laid end to end against the open amounts of
--    invoices (due date, then issue date, then id), and each overlap becomes an allocation. An invoice's open amount
--    is its total less what is paid (paid_cents) and less the credit notes that correct it. The caller holds the customers'
--    rows locked (FOR UPDATE), so two workstations never allocate the same money twice. Returns the cents allocated.
CREATE FUNCTION ops_apply_credit(customer_ids bigint[]) RETURNS bigint
    LANGUAGE plpgsql AS $$
DECLARE
    moved bigint;
    touched bigint[];
BEGIN
    WITH credit AS (
        SELECT p.id, p.customer_id, p.received_at,
               p.amount_cents - coalesce(sum(pa.amount_cents), 0) AS rest
          FROM payments p LEFT JOIN payment_allocations pa ON pa.payment_id = p.id
         WHERE p.customer_id = ANY (customer_ids) AND p.status = 'succeeded'
         GROUP BY p.id
        HAVING p.amount_cents - coalesce(sum(pa.amount_cents), 0) > 0),
    c AS (
        SELECT id, customer_id, sum(rest) OVER w - rest AS lo, sum(rest) OVER w AS hi
          FROM credit WINDOW w AS (PARTITION BY customer_id ORDER BY received_at, id)),
    opn AS (
        SELECT i.id, i.customer_id, i.due_date, i.issue_date,
               i.total_cents - i.paid_cents
                 + coalesce((SELECT sum(n.total_cents) FROM invoices n
                              WHERE n.corrects_invoice_id = i.id AND n.kind = 'credit_note' AND n.status <> 'void'), 0)
                 AS open
          FROM invoices i
         WHERE i.customer_id = ANY (customer_ids) AND i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid')
           AND EXISTS (SELECT 1 FROM credit WHERE credit.customer_id = i.customer_id)),
    o AS (
        SELECT id, customer_id, sum(open) OVER w - open AS lo, sum(open) OVER w AS hi
          FROM opn WHERE open > 0 WINDOW w AS (PARTITION BY customer_id ORDER BY due_date, issue_date, id)),
    ins AS (
        INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents)
        SELECT c.id, o.id, least(c.hi, o.hi) - greatest(c.lo, o.lo)
          FROM c JOIN o ON o.customer_id = c.customer_id
         WHERE least(c.hi, o.hi) > greatest(c.lo, o.lo)
        ON CONFLICT (payment_id, invoice_id) DO UPDATE
           SET amount_cents = payment_allocations.amount_cents + excluded.amount_cents
        RETURNING invoice_id, amount_cents)
    SELECT coalesce(sum(amount_cents), 0), array_agg(DISTINCT invoice_id) INTO moved, touched FROM ins;
    IF touched IS NOT NULL THEN
        PERFORM ops_refresh_invoice_paid(touched);
    END IF;
    RETURN moved;
END $$;

REVOKE ALL ON FUNCTION ops_refresh_invoice_paid(bigint[]), ops_apply_credit(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ops_refresh_invoice_paid(bigint[]), ops_apply_credit(bigint[]) TO ops_billing, ops_admin;
