-- RADIUS passwords encrypted at rest (issue 9). The clear value is written to subscriptions.radius_pwd as before;
-- a BEFORE trigger seals it into radius_pwd_enc (OpenPGP symmetric encryption, AES-256, pgcrypto) and clears
-- radius_pwd, so no row, dump or backup of the database holds it. The key is not in the database: it is the file
-- targo-radius.key beside the server's data folder (the embedded server creates it, 0600, owned by the server's
-- account; on a shared server the administrator puts it there), read only by the SECURITY DEFINER functions below.
-- The path is fixed, so no session setting can point the functions at another file. RADIUS needs the clear value:
-- the RADIUS server's role (member of ops_radius) reads it through ops_radius_credentials(); staff in billing and
-- admin reveal one through ops_reveal_radius_pwd(), which records the reveal in the audit log.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ops_radius') THEN
        CREATE ROLE ops_radius NOLOGIN;
    END IF;
END $$;
-- Reading the key file needs this built-in role and the function; only ops_owner's fixed functions use them.
GRANT pg_read_server_files TO ops_owner;
GRANT EXECUTE ON FUNCTION pg_read_file(text, bigint, bigint, boolean) TO ops_owner;

ALTER TABLE subscriptions ADD COLUMN radius_pwd_enc bytea;
-- Whether a password is stored, for the editor ("set" / "none"): readable by whoever reads subscriptions.
ALTER TABLE subscriptions ADD COLUMN has_radius_pwd boolean GENERATED ALWAYS AS (radius_pwd_enc IS NOT NULL) STORED;
GRANT SELECT (has_radius_pwd) ON subscriptions TO ops_dispatcher, ops_billing, ops_manager, ops_admin;

CREATE FUNCTION ops_radius_key() RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    k text := btrim(pg_read_file('../targo-radius.key', 0, 4096, true), E' \t\r\n');
BEGIN
    IF k IS NULL OR length(k) < 32 THEN
        RAISE EXCEPTION 'the RADIUS password key is missing'
            USING ERRCODE = '55000',
                  HINT = 'Put a random key of at least 32 characters in targo-radius.key beside the data folder.';
    END IF;
    RETURN k;
END $$;

CREATE FUNCTION ops_radius_seal() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.radius_pwd IS NULL THEN
        IF NEW.radius_pwd_enc IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD.radius_pwd_enc END) THEN
            RAISE EXCEPTION 'radius_pwd_enc is written only by setting radius_pwd' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    NEW.radius_pwd_enc := CASE WHEN NEW.radius_pwd = '' THEN NULL
        ELSE pgp_sym_encrypt(NEW.radius_pwd, ops_radius_key(),
                             'cipher-algo=aes256, s2k-mode=1, s2k-digest-algo=sha256') END;
    NEW.radius_pwd := NULL;
    RETURN NEW;
END $$;

-- Seal what is there (the audit trigger is re-created after: sealing is not a change anyone made).
DROP TRIGGER subscriptions_audit ON subscriptions;
CREATE TRIGGER subscriptions_radius_seal BEFORE INSERT OR UPDATE ON subscriptions
    FOR EACH ROW EXECUTE FUNCTION ops_radius_seal();
UPDATE subscriptions SET radius_pwd = radius_pwd WHERE radius_pwd IS NOT NULL;
CREATE TRIGGER subscriptions_audit AFTER INSERT OR UPDATE OR DELETE ON subscriptions FOR EACH ROW
    EXECUTE FUNCTION ops_audit_row('subscription', 'customer', 'radius_pwd', 'radius_pwd_enc');

CREATE OR REPLACE FUNCTION ops_reveal_radius_pwd(p_subscription_id bigint) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    enc bytea;
    cust bigint;
BEGIN
    SELECT radius_pwd_enc, customer_id INTO enc, cust FROM subscriptions WHERE id = p_subscription_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'subscription % does not exist', p_subscription_id USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO audit_log (db_role, staff_id, action, entity, entity_id, customer_id, after, client)
    VALUES (ops_effective_role(), ops_current_staff_id(), 'reveal', 'subscription', p_subscription_id, cust,
            jsonb_build_object('column', 'radius_pwd'),
            coalesce(nullif(current_setting('application_name', true), ''), 'sql'));
    RETURN CASE WHEN enc IS NULL THEN NULL ELSE pgp_sym_decrypt(enc, ops_radius_key()) END;
END $$;

-- For the RADIUS server (FreeRADIUS rlm_sql or a sync job): the clear password of one active RADIUS user.
CREATE FUNCTION ops_radius_credentials(p_user text) RETURNS TABLE (radius_user text, password text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.radius_user, pgp_sym_decrypt(s.radius_pwd_enc, ops_radius_key())
    FROM subscriptions s
    WHERE s.radius_user = p_user AND s.status = 'active' AND s.radius_pwd_enc IS NOT NULL
$$;

REVOKE ALL ON FUNCTION ops_radius_key(), ops_radius_seal(), ops_radius_credentials(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ops_radius_credentials(text) TO ops_radius;
