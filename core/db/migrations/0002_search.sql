-- Global search: one row per searchable thing (customer, location, equipment), kept current by statement-level
-- triggers. `terms` is normalised text (accents, case, punctuation gone), `digits` holds phone and account digits,
-- `keys` holds exact keys (codes, phones, serials, MACs, e-mails, legacy ids) that rank first.

CREATE TABLE search_doc (
    kind        smallint NOT NULL CHECK (kind IN (1, 2, 3)), -- 1 customer, 2 location, 3 equipment
    entity_id   bigint NOT NULL,
    customer_id bigint,
    code        text NOT NULL,
    title       text NOT NULL,
    subtitle    text NOT NULL DEFAULT '',
    status      text NOT NULL DEFAULT '',
    terms       text NOT NULL,
    digits      text NOT NULL DEFAULT '',
    keys        text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (kind, entity_id)
);
CREATE INDEX search_doc_terms_trgm ON search_doc USING gin (terms gin_trgm_ops);
CREATE INDEX search_doc_digits_trgm ON search_doc USING gin (digits gin_trgm_ops);
CREATE INDEX search_doc_keys ON search_doc USING gin (keys);
CREATE INDEX search_doc_customer ON search_doc (customer_id);

CREATE FUNCTION search_refresh_customers(ids bigint[]) RETURNS void
    LANGUAGE sql AS $$
    DELETE FROM search_doc WHERE kind = 1 AND entity_id = ANY (ids);
    INSERT INTO search_doc (kind, entity_id, customer_id, code, title, subtitle, status, terms, digits, keys)
    SELECT 1, c.id, c.id, c.code, c.display_name,
           concat_ws(' · ', nullif(c.billing_city, ''), nullif(c.phone, ''), nullif(c.email, '')),
           c.status,
           ops_norm(concat_ws(' ', c.code, c.display_name, c.first_name, c.last_name, c.company_name, c.email,
                              c.email_alt, c.billing_street, c.billing_city, c.billing_postal_code,
                              c.legacy_customer_id, s.radius)),
           concat_ws(' ', ops_phone_key(c.phone), ops_phone_key(c.phone_alt), c.legacy_account_id::text, s.legacy),
           array_remove(array_remove(ARRAY[ops_key(c.code), ops_phone_key(c.phone), ops_phone_key(c.phone_alt),
                              lower(c.email), lower(c.email_alt), c.legacy_account_id::text,
                              ops_key(c.legacy_customer_id)] || coalesce(s.keys, '{}'), NULL), '')
    FROM customers c
    LEFT JOIN LATERAL (
        SELECT string_agg(sb.legacy_service_id::text, ' ') AS legacy,
               string_agg(sb.radius_user, ' ') AS radius,
               array_agg(sb.legacy_service_id::text) FILTER (WHERE sb.legacy_service_id IS NOT NULL)
                   || array_agg(upper(sb.radius_user)) FILTER (WHERE sb.radius_user IS NOT NULL) AS keys
        FROM subscriptions sb WHERE sb.customer_id = c.id
    ) s ON true
    WHERE c.id = ANY (ids);
$$;

CREATE FUNCTION search_refresh_locations(ids bigint[]) RETURNS void
    LANGUAGE sql AS $$
    DELETE FROM search_doc WHERE kind = 2 AND entity_id = ANY (ids);
    INSERT INTO search_doc (kind, entity_id, customer_id, code, title, subtitle, status, terms, digits, keys)
    SELECT 2, l.id, l.customer_id, l.code,
           concat_ws(', ', concat_ws(' ', l.civic_number, l.street) || coalesce(' #' || l.unit, ''), l.city),
           concat_ws(' · ', c.display_name, c.code, l.postal_code), l.status,
           ops_norm(concat_ws(' ', l.code, l.civic_number, l.street, l.unit, l.city, l.postal_code, l.olt_name,
                              l.olt_port, host(l.ip_address), c.display_name)),
           '',
           array_remove(array_remove(ARRAY[ops_key(l.code), ops_key(l.postal_code), host(l.ip_address)], NULL), '')
    FROM service_locations l JOIN customers c ON c.id = l.customer_id
    WHERE l.id = ANY (ids);
$$;

CREATE FUNCTION search_refresh_equipment(ids bigint[]) RETURNS void
    LANGUAGE sql AS $$
    DELETE FROM search_doc WHERE kind = 3 AND entity_id = ANY (ids);
    INSERT INTO search_doc (kind, entity_id, customer_id, code, title, subtitle, status, terms, digits, keys)
    SELECT 3, e.id, l.customer_id, e.code,
           concat_ws(' ', e.make, e.model, '·', e.serial),
           concat_ws(' · ', c.display_name, c.code, e.mac::text), e.status,
           ops_norm(concat_ws(' ', e.code, e.make, e.model, e.serial, e.mac::text, ops_key(e.mac::text),
                              e.genieacs_device_id, host(e.ip_address), c.display_name)),
           '',
           array_remove(array_remove(ARRAY[ops_key(e.code), ops_key(e.serial), ops_key(e.mac::text), host(e.ip_address)], NULL), '')
    FROM service_equipment e
    LEFT JOIN service_locations l ON l.id = e.location_id
    LEFT JOIN customers c ON c.id = l.customer_id
    WHERE e.id = ANY (ids);
$$;

CREATE FUNCTION search_rebuild() RETURNS void
    LANGUAGE sql AS $$
    TRUNCATE search_doc;
    SELECT search_refresh_customers(array_agg(id)) FROM customers;
    SELECT search_refresh_locations(array_agg(id)) FROM service_locations;
    SELECT search_refresh_equipment(array_agg(id)) FROM service_equipment;
$$;

CREATE FUNCTION search_on_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF TG_TABLE_NAME = 'subscriptions' THEN
            SELECT array_agg(DISTINCT customer_id) INTO ids FROM old_rows;
        ELSE
            SELECT array_agg(id) INTO ids FROM old_rows;
        END IF;
    ELSIF TG_TABLE_NAME = 'subscriptions' THEN
        SELECT array_agg(DISTINCT customer_id) INTO ids FROM new_rows;
    ELSE
        SELECT array_agg(id) INTO ids FROM new_rows;
    END IF;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME IN ('customers', 'subscriptions') THEN
        PERFORM search_refresh_customers(ids);
        IF TG_TABLE_NAME = 'customers' AND TG_OP = 'UPDATE' THEN
            -- names shown on locations and equipment
            PERFORM search_refresh_locations(array_agg(id)) FROM service_locations WHERE customer_id = ANY (ids);
            PERFORM search_refresh_equipment(array_agg(e.id)) FROM service_equipment e
                JOIN service_locations l ON l.id = e.location_id WHERE l.customer_id = ANY (ids);
        END IF;
    ELSIF TG_TABLE_NAME = 'service_locations' THEN
        PERFORM search_refresh_locations(ids);
    ELSE
        PERFORM search_refresh_equipment(ids);
    END IF;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['customers', 'service_locations', 'service_equipment', 'subscriptions']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION search_on_change()', t || '_search_i', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION search_on_change()', t || '_search_u', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION search_on_change()', t || '_search_d', t);
    END LOOP;
END $$;
