-- Roles enforced by PostgreSQL and audit by triggers (issue 9). The matrix applied here is written out in
-- docs/security.md and checked operation by operation by tests/db/TestPrivilegeMatrix.
--
-- ops_owner owns every object; no staff member logs in as it. Staff log in as their own role, member of exactly one
-- group: ops_dispatcher, ops_billing, ops_manager, ops_admin (ops_technician: the future field app). Roles are
-- cluster-wide: created only when missing, so a second database on the same server reuses them.
DO $$
DECLARE
    r text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ops_owner') THEN
        CREATE ROLE ops_owner NOLOGIN CREATEROLE;
    END IF;
    FOREACH r IN ARRAY ARRAY['ops_technician', 'ops_dispatcher', 'ops_billing', 'ops_manager', 'ops_admin']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;

-- The role a change is made by: the SET ROLE value when there is one, else the login role. (Inside a SECURITY DEFINER
-- function current_user is the owner; session_user and the role setting still name the person.)
CREATE FUNCTION ops_effective_role() RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN coalesce(current_setting('role', true), 'none') = 'none' THEN session_user::text
                ELSE current_setting('role', true) END
$$;

CREATE FUNCTION ops_current_staff_id() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM staff WHERE pg_role = ops_effective_role()
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- Audit log: written only by the triggers and functions below (SECURITY DEFINER, owned by ops_owner); no staff role
-- has INSERT, UPDATE or DELETE on it. customer_id: the customer a row belongs to, for "everything about this customer".
ALTER TABLE audit_log ADD COLUMN customer_id bigint;
ALTER TABLE audit_log ALTER COLUMN db_role SET DEFAULT ops_effective_role();
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('insert', 'update', 'delete', 'view', 'export', 'reveal'));
CREATE INDEX audit_log_customer_idx ON audit_log (customer_id, at DESC, id DESC) WHERE customer_id IS NOT NULL;
CREATE INDEX audit_log_staff_idx ON audit_log (staff_id, at DESC, id DESC);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);

-- The customer of a row: link says how to find it ('self', 'customer' = its customer_id column, 'location',
-- 'ticket', 'invoice', 'payment', 'job' = through that parent, 'none').
CREATE FUNCTION ops_audit_customer(link text, r jsonb) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE link
        WHEN 'self' THEN (r ->> 'id')::bigint
        WHEN 'customer' THEN (r ->> 'customer_id')::bigint
        WHEN 'location' THEN (SELECT customer_id FROM service_locations WHERE id = (r ->> 'location_id')::bigint)
        WHEN 'ticket' THEN (SELECT customer_id FROM tickets WHERE id = (r ->> 'ticket_id')::bigint)
        WHEN 'invoice' THEN (SELECT customer_id FROM invoices WHERE id = (r ->> 'invoice_id')::bigint)
        WHEN 'payment' THEN (SELECT customer_id FROM payments WHERE id = (r ->> 'payment_id')::bigint)
        WHEN 'job' THEN (SELECT customer_id FROM dispatch_jobs WHERE id = (r ->> 'job_id')::bigint)
        ELSE NULL END
$$;

-- Columns never copied into the audit: a value is replaced by its length ("hidden") so the change stays visible.
CREATE FUNCTION ops_audit_mask(j jsonb, hidden text[]) RETURNS jsonb
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN j IS NULL THEN NULL ELSE
        coalesce((SELECT jsonb_object_agg(e.key,
                    CASE WHEN e.key = ANY (hidden) AND e.value <> 'null'::jsonb
                         THEN jsonb_build_object('hidden', true, 'length', length(e.value #>> '{}'))
                         ELSE e.value END)
                  FROM jsonb_each(j) e), '{}'::jsonb) END
$$;

-- One audit row per changed row, whoever made the change (this application, psql, a script). Arguments: the entity
-- name, the customer link (see ops_audit_customer), then hidden columns. An update keeps the changed columns (with
-- version; updated_at and created_at left out); one that changes nothing but version and updated_at is not recorded.
CREATE FUNCTION ops_audit_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    o jsonb;
    n jsonb;
    b jsonb;
    a jsonb;
    hidden text[] := TG_ARGV[2:];
BEGIN
    IF TG_OP <> 'INSERT' THEN
        o := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        n := to_jsonb(NEW);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        b := ops_jsonb_diff(o, n);
        a := ops_jsonb_diff(n, o);
        IF b - 'version' = '{}'::jsonb AND a - 'version' = '{}'::jsonb THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        a := n - 'created_at' - 'updated_at';
    ELSE
        b := o - 'created_at' - 'updated_at';
    END IF;
    INSERT INTO audit_log (db_role, staff_id, action, entity, entity_id, customer_id, before, after, client)
    VALUES (ops_effective_role(), ops_current_staff_id(), lower(TG_OP), TG_ARGV[0],
            (coalesce(n, o) ->> 'id')::bigint, ops_audit_customer(TG_ARGV[1], coalesce(n, o)),
            ops_audit_mask(b, hidden), ops_audit_mask(a, hidden),
            coalesce(nullif(current_setting('application_name', true), ''), 'sql'));
    RETURN NULL;
END $$;

DO $$
DECLARE
    spec text[];
BEGIN
    FOREACH spec SLICE 1 IN ARRAY ARRAY[
        -- table, entity, customer link, hidden column (or '')
        ['staff', 'staff', 'none', ''],
        ['customers', 'customer', 'self', ''],
        ['service_locations', 'service_location', 'customer', ''],
        ['items', 'item', 'none', ''],
        ['service_equipment', 'service_equipment', 'location', ''],
        ['subscriptions', 'subscription', 'customer', 'radius_pwd'],
        ['invoices', 'invoice', 'customer', ''],
        ['invoice_lines', 'invoice_line', 'invoice', ''],
        ['invoice_taxes', 'invoice_tax', 'invoice', ''],
        ['payments', 'payment', 'customer', ''],
        ['payment_allocations', 'payment_allocation', 'payment', ''],
        ['tickets', 'ticket', 'customer', ''],
        ['ticket_messages', 'ticket_message', 'ticket', 'body'],
        ['dispatch_tags', 'dispatch_tag', 'none', ''],
        ['dispatch_technicians', 'dispatch_technician', 'none', ''],
        ['technician_tags', 'technician_tag', 'none', ''],
        ['dispatch_jobs', 'dispatch_job', 'customer', 'signature_png'],
        ['job_technicians', 'job_technician', 'job', ''],
        ['job_required_tags', 'job_required_tag', 'job', ''],
        ['job_equipment', 'job_equipment', 'job', ''],
        ['job_materials', 'job_material', 'job', ''],
        ['job_photos', 'job_photo', 'job', 'data'],
        ['campaigns', 'campaign', 'none', ''],
        ['casl_consents', 'casl_consent', 'customer', 'evidence']]
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION ops_audit_row(%L, %L%s)', spec[1] || '_audit', spec[1], spec[2], spec[3],
                       CASE WHEN spec[4] = '' THEN '' ELSE format(', %L', spec[4]) END);
    END LOOP;
END $$;

-- Law 25: the opening or export of a file, recorded for whoever asks (EXECUTE granted to every group below).
CREATE FUNCTION ops_record_access(p_action text, p_entity text, p_entity_id bigint, p_customer_id bigint)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_action NOT IN ('view', 'export') THEN
        RAISE EXCEPTION 'ops_record_access: unknown action %', p_action USING ERRCODE = '22023';
    END IF;
    IF p_entity IS NULL OR length(p_entity) NOT BETWEEN 1 AND 60 THEN
        RAISE EXCEPTION 'ops_record_access: bad entity' USING ERRCODE = '22023';
    END IF;
    INSERT INTO audit_log (db_role, staff_id, action, entity, entity_id, customer_id, client)
    VALUES (ops_effective_role(), ops_current_staff_id(), p_action, p_entity, p_entity_id, p_customer_id,
            coalesce(nullif(current_setting('application_name', true), ''), 'sql'));
END $$;

-- RADIUS passwords: no staff role may SELECT the column; billing and admin reveal one through this function, which
-- records who did ('reveal').
CREATE FUNCTION ops_reveal_radius_pwd(p_subscription_id bigint) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    pwd text;
    cust bigint;
BEGIN
    SELECT radius_pwd, customer_id INTO pwd, cust FROM subscriptions WHERE id = p_subscription_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'subscription % does not exist', p_subscription_id USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO audit_log (db_role, staff_id, action, entity, entity_id, customer_id, after, client)
    VALUES (ops_effective_role(), ops_current_staff_id(), 'reveal', 'subscription', p_subscription_id, cust,
            jsonb_build_object('column', 'radius_pwd'),
            coalesce(nullif(current_setting('application_name', true), ''), 'sql'));
    RETURN pwd;
END $$;

-- Trigger functions that maintain derived tables (search index, vocabulary, a ticket's activity time) run as the
-- owner, so no staff role needs write access to those tables.
ALTER FUNCTION search_on_change() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION search_vocab_on_change() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION ops_ticket_message_touch() SECURITY DEFINER SET search_path = public, pg_temp;

-- ---------------------------------------------------------------------------------------------------------------------
-- Ownership: every table, sequence and function of this schema (extension members excepted) belongs to ops_owner.
-- Migrations run as a superuser (or a member of ops_owner); the Migrator calls this after each run so that objects
-- created by later migrations are handed over too.
CREATE FUNCTION ops_assign_owner() RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    o record;
BEGIN
    FOR o IN
        SELECT c.oid, c.relname, c.relkind FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND pg_get_userbyid(c.relowner) <> 'ops_owner'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                          AND d.deptype IN ('e', 'a', 'i'))
    LOOP
        EXECUTE format('ALTER %s %I OWNER TO ops_owner',
                       CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                      WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, o.relname);
    END LOOP;
    FOR o IN
        SELECT p.oid FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> 'ops_owner'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                          AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO ops_owner', o.oid::regprocedure);
    END LOOP;
END $$;
REVOKE ALL ON FUNCTION ops_assign_owner() FROM PUBLIC;
SELECT ops_assign_owner();

-- ---------------------------------------------------------------------------------------------------------------------
-- Privileges. PUBLIC gets nothing on the tables; each group gets its row of the matrix (docs/security.md).
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ops_technician, ops_dispatcher, ops_billing, ops_manager, ops_admin;
-- Human codes (CUST-00001, TK-…) come from sequences in column defaults.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ops_technician, ops_dispatcher, ops_billing, ops_admin;
-- SECURITY DEFINER functions: nobody by default, then exactly who may.
REVOKE ALL ON FUNCTION ops_current_staff_id(), ops_audit_customer(text, jsonb), ops_audit_row(),
    ops_record_access(text, text, bigint, bigint), ops_reveal_radius_pwd(bigint), search_on_change(),
    search_vocab_on_change(), ops_ticket_message_touch(), search_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ops_current_staff_id(), ops_record_access(text, text, bigint, bigint)
    TO ops_technician, ops_dispatcher, ops_billing, ops_manager, ops_admin;
GRANT EXECUTE ON FUNCTION ops_reveal_radius_pwd(bigint) TO ops_billing, ops_admin;

-- The matrix: r SELECT, a INSERT, w UPDATE, d DELETE. A column list limits r or w to those columns.
DO $$
DECLARE
    m text[];
    g text;
    sub_cols text;
    privs text;
BEGIN
    -- Every column of subscriptions but radius_pwd (read only through ops_reveal_radius_pwd).
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO sub_cols
      FROM pg_attribute WHERE attrelid = 'subscriptions'::regclass AND attnum > 0 AND NOT attisdropped
       AND attname <> 'radius_pwd';
    FOREACH m SLICE 1 IN ARRAY ARRAY[
        -- table, technician, dispatcher, billing, manager, admin
        ['schema_migrations', 'r', 'r', 'r', 'r', 'r'],
        ['staff', 'r', 'r', 'r', 'r', 'r'],
        ['customers', 'r(id,code,display_name,language,phone,phone_alt)', 'r', 'r w(balance_cents,ppa_enabled,stripe_id)', 'r', 'rawd'],
        ['service_locations', 'r', 'r', 'r', 'r', 'rawd'],
        ['items', 'r', 'r', 'raw', 'r', 'rawd'],
        ['service_equipment', 'r', 'r', 'r', 'r', 'rawd'],
        ['subscriptions', '', 'r*', 'r* aw', 'r*', 'r* awd'],
        ['invoices', '', 'r', 'raw', 'r', 'rawd'],
        ['invoice_lines', '', 'r', 'rawd', 'r', 'rawd'],
        ['invoice_taxes', '', 'r', 'rawd', 'r', 'rawd'],
        ['payments', '', 'r', 'raw', 'r', 'rawd'],
        ['payment_allocations', '', 'r', 'rawd', 'r', 'rawd'],
        ['tickets', '', 'raw', 'r', 'r', 'rawd'],
        ['ticket_messages', '', 'ra', 'r', 'r', 'rawd'],
        ['dispatch_tags', 'r', 'rawd', '', 'r', 'rawd'],
        ['dispatch_technicians', 'r', 'raw', '', 'r', 'rawd'],
        ['technician_tags', 'r', 'rawd', '', 'r', 'rawd'],
        ['dispatch_jobs', 'r w(status,notes,checklist,signature_png,completed_at)', 'rawd', 'r', 'r', 'rawd'],
        ['job_technicians', 'r', 'rawd', '', 'r', 'rawd'],
        ['job_required_tags', 'r', 'rawd', '', 'r', 'rawd'],
        ['job_equipment', 'r', 'rawd', '', 'r', 'rawd'],
        ['job_materials', 'ra', 'rawd', 'r', 'r', 'rawd'],
        ['job_photos', 'ra', 'rawd', '', 'r', 'rawd'],
        ['gps_positions', '', 'ra', '', 'r', 'rawd'],
        ['campaigns', '', '', 'raw', 'r', 'rawd'],
        ['campaign_recipients', '', '', 'raw', 'r', 'rawd'],
        ['casl_consents', '', 'r', 'raw', 'r', 'rawd'],
        ['audit_log', '', '', '', 'r', 'r'],
        ['search_doc', 'r', 'r', 'r', 'r', 'r'],
        ['search_vocab', 'r', 'r', 'r', 'r', 'r'],
        ['outbox', '', 'raw', 'raw', 'r', 'rawd'],
        ['integration_cursors', '', 'raw', 'raw', 'r', 'rawd']]
    LOOP
        FOR i IN 2..6 LOOP
            g := (ARRAY['ops_technician', 'ops_dispatcher', 'ops_billing', 'ops_manager', 'ops_admin'])[i - 1];
            FOREACH privs IN ARRAY regexp_split_to_array(m[i], ' ') LOOP
                CONTINUE WHEN privs = '';
                IF privs = 'r*' THEN
                    EXECUTE format('GRANT SELECT (%s) ON %I TO %I', sub_cols, m[1], g);
                ELSIF privs ~ '^[rw]\(' THEN
                    EXECUTE format('GRANT %s %s ON %I TO %I', CASE left(privs, 1) WHEN 'r' THEN 'SELECT' ELSE 'UPDATE' END,
                                   substr(privs, 2), m[1], g);
                ELSE
                    IF privs LIKE '%r%' THEN EXECUTE format('GRANT SELECT ON %I TO %I', m[1], g); END IF;
                    IF privs LIKE '%a%' THEN EXECUTE format('GRANT INSERT ON %I TO %I', m[1], g); END IF;
                    IF privs LIKE '%w%' THEN EXECUTE format('GRANT UPDATE ON %I TO %I', m[1], g); END IF;
                    IF privs LIKE '%d%' THEN EXECUTE format('GRANT DELETE ON %I TO %I', m[1], g); END IF;
                END IF;
            END LOOP;
        END LOOP;
    END LOOP;
END $$;

-- The outbox: who may enqueue what. Dispatchers send SMS (Twilio); billing sends e-mail (Mailjet) and payment calls
-- (Stripe); admin anything. Every group that may enqueue may also drain (any workstation can run the drain).
ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY outbox_read ON outbox FOR SELECT USING (true);
CREATE POLICY outbox_drain ON outbox FOR UPDATE TO ops_dispatcher, ops_billing USING (true) WITH CHECK (true);
CREATE POLICY outbox_sms ON outbox FOR INSERT TO ops_dispatcher WITH CHECK (provider IN ('twilio', 'traccar'));
CREATE POLICY outbox_billing ON outbox FOR INSERT TO ops_billing WITH CHECK (provider IN ('mailjet', 'stripe'));
CREATE POLICY outbox_admin ON outbox TO ops_admin USING (true) WITH CHECK (true);
