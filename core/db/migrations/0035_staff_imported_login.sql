-- Issue 16: staff imported from ERPNext (docs/import-erpnext.md "Staff") are staff rows without a database role
-- ("No login yet" in Administration): their tickets, technicians and import keys point at the row's id. Giving one of
-- them a login goes through the usual ops_staff_add with the row's login: the new role is made by the checks of
-- migration 0014 (renamed ops_staff_add_row, unchanged) on a placeholder row, whose result then moves onto the
-- imported row, so the row keeps its id. Any other login behaves exactly as before.
ALTER FUNCTION ops_staff_add(text, text, text, text, text, text, boolean) RENAME TO ops_staff_add_row;

CREATE FUNCTION ops_staff_add(p_login text, p_group text, p_display_name text, p_email text, p_language text,
                              p_password_verifier text, p_email_invite boolean DEFAULT false) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_row bigint;
    v_id bigint;
    v_new staff;
BEGIN
    LOCK TABLE staff IN SHARE ROW EXCLUSIVE MODE;
    SELECT s.id INTO v_row FROM staff s
     WHERE s.pg_role = p_login AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_login) FOR UPDATE;
    IF v_row IS NULL THEN
        RETURN ops_staff_add_row(p_login, p_group, p_display_name, p_email, p_language, p_password_verifier,
                                 p_email_invite);
    END IF;
    -- Out of the way for the checks (a login never starts with '#'); a refusal rolls this back with the rest.
    UPDATE staff SET pg_role = '#' || id WHERE id = v_row;
    v_id := ops_staff_add_row(p_login, p_group, p_display_name, p_email, p_language, p_password_verifier,
                              p_email_invite);
    SELECT * INTO v_new FROM staff WHERE id = v_id;
    DELETE FROM staff WHERE id = v_new.id;
    UPDATE staff SET pg_role = v_new.pg_role, role_group = v_new.role_group, display_name = v_new.display_name,
           email = v_new.email, language = v_new.language, active = true, deactivated_at = NULL,
           must_change_password = v_new.must_change_password, password_set_at = v_new.password_set_at,
           updated_at = now(), version = version + 1
     WHERE id = v_row;
    RETURN v_row;
END $$;

REVOKE ALL ON FUNCTION ops_staff_add(text, text, text, text, text, text, boolean),
    ops_staff_add_row(text, text, text, text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ops_staff_add(text, text, text, text, text, text, boolean) TO ops_admin;

-- The ERPNext import's staff writes (core/import ImportDispatchPlanRepository): only rows without a database role, so
-- that an admin, who may not write `staff` directly (0012), can run the import. rows: a JSON array of {id, login,
-- display_name, email, language, active, is_new}; a new row's login must be a valid one that no role has.
CREATE FUNCTION ops_import_staff_write(p_rows jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    CREATE TEMP TABLE imp_staff_rows ON COMMIT DROP AS
        SELECT * FROM jsonb_to_recordset(p_rows) AS r(id bigint, login text, display_name text, email text,
                                                      language text, active boolean, is_new boolean);
    IF EXISTS (SELECT 1 FROM imp_staff_rows r WHERE r.is_new AND (r.login IS NULL
               OR r.login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR r.login ~ '^(pg_|ops_)'
               OR EXISTS (SELECT 1 FROM pg_roles x WHERE x.rolname = r.login))) THEN
        RAISE EXCEPTION 'an imported staff member needs a free login' USING ERRCODE = 'TS001';
    END IF;
    UPDATE staff st SET display_name = r.display_name, email = r.email, language = r.language, active = r.active,
           deactivated_at = CASE WHEN r.active THEN NULL ELSE coalesce(st.deactivated_at, now()) END,
           updated_at = now(), version = st.version + 1
      FROM imp_staff_rows r
     WHERE NOT r.is_new AND st.id = r.id AND NOT EXISTS (SELECT 1 FROM pg_roles x WHERE x.rolname = st.pg_role);
    INSERT INTO staff (id, pg_role, display_name, email, role_group, language, active, deactivated_at)
    SELECT r.id, r.login, r.display_name, r.email, 'dispatcher', r.language, r.active,
           CASE WHEN NOT r.active THEN now() END
      FROM imp_staff_rows r WHERE r.is_new;
    DROP TABLE imp_staff_rows;
END $$;

-- A Dispatch Technician's user without a login yet is in the technician group.
CREATE FUNCTION ops_import_staff_technicians(p_ids bigint[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE staff st SET role_group = 'technician', updated_at = now(), version = st.version + 1
     WHERE st.id = ANY (p_ids) AND st.role_group <> 'technician'
       AND NOT EXISTS (SELECT 1 FROM pg_roles x WHERE x.rolname = st.pg_role)
$$;

REVOKE ALL ON FUNCTION ops_import_staff_write(jsonb), ops_import_staff_technicians(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ops_import_staff_write(jsonb), ops_import_staff_technicians(bigint[]) TO ops_admin;
