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
