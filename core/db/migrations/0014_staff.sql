-- Staff accounts: one LOGIN role per person, in exactly one group role (ops_dispatcher, ops_billing, ops_manager,
-- ops_admin). Nobody changes `staff` or creates roles directly: an admin calls the SECURITY DEFINER functions below,
-- owned by ops_owner (NOLOGIN, CREATEROLE; made by 0012), EXECUTE granted to ops_admin only.
--
-- Passwords never reach the server in clear: the client generates the temporary password (CSPRNG), hashes it into a
-- SCRAM-SHA-256 verifier (libpq's PQencryptPasswordConn, as psql's \password does) and passes only the verifier, as a
-- bound parameter. The functions refuse anything else, so neither the statement text nor its parameters (in the
-- server log with log_statement = all) ever hold a usable password; the ALTER ROLE inside the function is not logged
-- by log_statement.
--
-- PostgreSQL has no "must change password at next login": a temporary password is valid for 7 days (VALID UNTIL) and
-- sets staff.must_change_password. The application checks the flag right after connecting and asks for a new
-- password, set by ops_staff_change_own_password(verifier), which every group may call for its own login only.
--
-- Refusals carry SQLSTATEs of class TS, mapped to translated messages by the client (staffError() in core/staff/StaffTypes):
--   TS001 login is not a valid role name       TS002 login already exists        TS003 unknown group
--   TS004 e-mail required to e-mail the invite  TS005 invalid e-mail address      TS006 last active admin
--   TS007 no such staff member                  TS008 account cannot be managed   TS009 not a SCRAM verifier
--   TS010 account is deactivated                TS011 cannot deactivate yourself  TS012 invalid display name
--   TS013 no password can be changed for this login (not a staff login, or a superuser)

ALTER TABLE staff ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE staff ADD COLUMN password_set_at timestamptz;
ALTER TABLE staff ADD COLUMN deactivated_at timestamptz;

-- Deactivating someone ends their sessions (pg_terminate_backend), which needs pg_signal_backend.
GRANT pg_signal_backend TO ops_owner;
-- From PostgreSQL 16, CREATEROLE alone no longer lets ops_owner grant the groups: it needs ADMIN OPTION on them
-- (without using their privileges: INHERIT FALSE, SET FALSE).
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 160000 THEN
        EXECUTE 'GRANT ops_dispatcher, ops_billing, ops_manager, ops_admin, ops_technician TO ops_owner '
                'WITH ADMIN OPTION, INHERIT FALSE, SET FALSE';
    END IF;
END $$;

-- An e-mailed temporary password waits in the outbox (business_entity 'staff'). Every group may read the outbox
-- (0012), so those rows are restricted to admins: only an admin's drain (the inviting workstation, or a worker run
-- as an admin) sees and sends them. The password is temporary anyway: 7 days, changed at the first login.
CREATE POLICY outbox_staff_password ON outbox AS RESTRICTIVE
    USING (business_entity IS DISTINCT FROM 'staff' OR pg_has_role('ops_admin', 'USAGE'))
    WITH CHECK (business_entity IS DISTINCT FROM 'staff' OR pg_has_role('ops_admin', 'USAGE'));

-- ---- internal helpers (no EXECUTE for anyone but the owner) ----

CREATE FUNCTION ops_staff_group_role(p_group text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF p_group IS NULL OR p_group NOT IN ('dispatcher', 'billing', 'manager', 'admin') THEN
        RAISE EXCEPTION 'unknown staff group: %', coalesce(p_group, '(none)') USING ERRCODE = 'TS003';
    END IF;
    RETURN 'ops_' || p_group;
END $$;

CREATE FUNCTION ops_staff_check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF p_verifier IS NULL
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password must be given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'TS009';
    END IF;
END $$;

-- Sets a temporary password: valid 7 days, to be changed at first login.
CREATE FUNCTION ops_staff_set_temporary_password(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM ops_staff_check_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', p_login, p_verifier,
                   to_char((now() + interval '7 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00');
    UPDATE staff SET must_change_password = true, password_set_at = now() WHERE pg_role = p_login;
END $$;

-- The staff row of a login an admin may act on, locked; refuses unknown staff and accounts outside staff management.
CREATE FUNCTION ops_staff_target(p_login text) RETURNS staff
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    s staff;
BEGIN
    IF p_login ~ '^(pg_|ops_)' OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolsuper) THEN
        RAISE EXCEPTION 'the account % is not managed here', p_login USING ERRCODE = 'TS008';
    END IF;
    SELECT * INTO s FROM staff WHERE pg_role = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member has the login %', coalesce(p_login, '(none)') USING ERRCODE = 'TS007';
    END IF;
    RETURN s;
END $$;

-- Would an admin still be left if `p_login` stopped being an active admin? (The caller holds the staff lock.)
CREATE FUNCTION ops_staff_other_admin_exists(p_login text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM staff s JOIN pg_roles r ON r.rolname = s.pg_role
        WHERE s.pg_role <> p_login AND s.active AND s.role_group = 'admin' AND (r.rolcanlogin OR r.rolsuper))
$$;

CREATE FUNCTION ops_staff_is_direct_member(p_login text, p_group text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles r ON r.oid = m.member
        WHERE g.rolname = p_group AND r.rolname = p_login)
$$;

-- ---- the staff-management API (EXECUTE: ops_admin) ----

-- Creates the LOGIN role (temporary password, one group) and its staff row; returns the staff id.
-- p_email_invite: the invitation is to be e-mailed, so an e-mail address is required.
CREATE FUNCTION ops_staff_add(p_login text, p_group text, p_display_name text, p_email text, p_language text,
                              p_password_verifier text, p_email_invite boolean DEFAULT false) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_group text;
    v_email text := nullif(btrim(p_email), '');
    v_id bigint;
BEGIN
    LOCK TABLE staff IN SHARE ROW EXCLUSIVE MODE;
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR p_login ~ '^(pg_|ops_)' THEN
        RAISE EXCEPTION 'not a valid login: %', coalesce(p_login, '(none)') USING ERRCODE = 'TS001';
    END IF;
    v_group := ops_staff_group_role(p_group);
    IF p_display_name IS NULL OR length(btrim(p_display_name)) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'a display name of 1 to 200 characters is required' USING ERRCODE = 'TS012';
    END IF;
    IF coalesce(p_email_invite, false) AND v_email IS NULL THEN
        RAISE EXCEPTION 'an e-mail address is required to e-mail the invitation' USING ERRCODE = 'TS004';
    END IF;
    IF v_email IS NOT NULL AND v_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' THEN
        RAISE EXCEPTION 'not a valid e-mail address' USING ERRCODE = 'TS005';
    END IF;
    IF EXISTS (SELECT 1 FROM staff WHERE pg_role = p_login) OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'the login % already exists', p_login USING ERRCODE = 'TS002';
    END IF;
    PERFORM ops_staff_check_verifier(p_password_verifier);

    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS',
                   p_login);
    EXECUTE format('GRANT %I TO %I', v_group, p_login);
    INSERT INTO staff (pg_role, display_name, email, role_group, language)
    VALUES (p_login, btrim(p_display_name), v_email, p_group,
            CASE WHEN p_language IN ('fr', 'en') THEN p_language ELSE 'fr' END)
    RETURNING id INTO v_id;
    PERFORM ops_staff_set_temporary_password(p_login, p_password_verifier);
    RETURN v_id;
END $$;

-- Moves a staff member to another group: every group membership revoked, the new one granted.
CREATE FUNCTION ops_staff_set_group(p_login text, p_group text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    s staff;
    v_group text;
    g text;
BEGIN
    LOCK TABLE staff IN SHARE ROW EXCLUSIVE MODE;
    v_group := ops_staff_group_role(p_group);
    s := ops_staff_target(p_login);
    IF s.role_group = 'admin' AND p_group <> 'admin' AND s.active AND NOT ops_staff_other_admin_exists(p_login) THEN
        RAISE EXCEPTION 'the last active admin cannot leave the admin group' USING ERRCODE = 'TS006';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        FOREACH g IN ARRAY ARRAY['ops_dispatcher', 'ops_billing', 'ops_manager', 'ops_admin', 'ops_technician'] LOOP
            IF g <> v_group AND ops_staff_is_direct_member(p_login, g) THEN
                EXECUTE format('REVOKE %I FROM %I', g, p_login);
            END IF;
        END LOOP;
        IF NOT ops_staff_is_direct_member(p_login, v_group) THEN
            EXECUTE format('GRANT %I TO %I', v_group, p_login);
        END IF;
    END IF;
    UPDATE staff SET role_group = p_group WHERE id = s.id AND role_group IS DISTINCT FROM p_group;
END $$;

-- NOLOGIN, sessions ended, staff.active = false; the row (and everything that refers to it) is kept.
-- Returns how many sessions were ended.
CREATE FUNCTION ops_staff_deactivate(p_login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    s staff;
    v_ended integer := 0;
BEGIN
    LOCK TABLE staff IN SHARE ROW EXCLUSIVE MODE;
    s := ops_staff_target(p_login);
    IF p_login = session_user THEN
        RAISE EXCEPTION 'you cannot deactivate your own account' USING ERRCODE = 'TS011';
    END IF;
    IF s.role_group = 'admin' AND s.active AND NOT ops_staff_other_admin_exists(p_login) THEN
        RAISE EXCEPTION 'the last active admin cannot be deactivated' USING ERRCODE = 'TS006';
    END IF;
    UPDATE staff SET active = false, must_change_password = false, deactivated_at = now()
    WHERE id = s.id AND active;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', p_login);
        -- Waits (up to 5 s each) until the session has really ended.
        SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) INTO v_ended
        FROM pg_stat_activity WHERE usename = p_login AND pid <> pg_backend_pid();
    END IF;
    RETURN v_ended;
END $$;

-- A new temporary password (to change at next login). A staff row without a login role (imported, demo) gets one,
-- in its group.
CREATE FUNCTION ops_staff_reset_password(p_login text, p_password_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    s staff;
BEGIN
    LOCK TABLE staff IN SHARE ROW EXCLUSIVE MODE;
    s := ops_staff_target(p_login);
    IF NOT s.active THEN
        RAISE EXCEPTION 'the account % is deactivated', p_login USING ERRCODE = 'TS010';
    END IF;
    PERFORM ops_staff_check_verifier(p_password_verifier);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        IF p_login !~ '^[a-z][a-z0-9_.-]{1,62}$' THEN
            RAISE EXCEPTION 'not a valid login: %', p_login USING ERRCODE = 'TS001';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS',
                       p_login);
        EXECUTE format('GRANT %I TO %I', 'ops_' || s.role_group, p_login);
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    END IF;
    PERFORM ops_staff_set_temporary_password(p_login, p_password_verifier);
END $$;

-- ---- for every staff login: its own password (EXECUTE: every group) ----

CREATE FUNCTION ops_staff_change_own_password(p_password_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_login text := session_user;
BEGIN
    PERFORM ops_staff_check_verifier(p_password_verifier);
    IF NOT EXISTS (SELECT 1 FROM staff WHERE pg_role = v_login AND active)
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login AND rolsuper) THEN
        RAISE EXCEPTION 'the password of % cannot be changed here', v_login USING ERRCODE = 'TS013';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', v_login, p_password_verifier, 'infinity');
    UPDATE staff SET must_change_password = false, password_set_at = now() WHERE pg_role = v_login;
END $$;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['ops_staff_group_role(text)', 'ops_staff_check_verifier(text)',
                             'ops_staff_set_temporary_password(text,text)', 'ops_staff_target(text)',
                             'ops_staff_other_admin_exists(text)', 'ops_staff_is_direct_member(text,text)',
                             'ops_staff_add(text,text,text,text,text,text,boolean)',
                             'ops_staff_set_group(text,text)', 'ops_staff_deactivate(text)',
                             'ops_staff_reset_password(text,text)', 'ops_staff_change_own_password(text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO ops_owner', f);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION ops_staff_add(text, text, text, text, text, text, boolean), ops_staff_set_group(text, text),
    ops_staff_deactivate(text), ops_staff_reset_password(text, text) TO ops_admin;
GRANT EXECUTE ON FUNCTION ops_staff_change_own_password(text)
    TO ops_dispatcher, ops_billing, ops_manager, ops_admin, ops_technician;
