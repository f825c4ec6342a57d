-- "Alice Roy moved DJ-01234 to 13:30 a moment ago": a refused stale write names who changed the row last. The audit
-- log is readable by managers and admins only (Law 25), so the other groups ask this function, which returns only
-- the name (or database role) and the time of the last update of one dispatch job or ticket, never the values.
CREATE FUNCTION ops_last_change(p_entity text, p_entity_id bigint)
    RETURNS TABLE (who text, at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_entity NOT IN ('dispatch_job', 'ticket') THEN
        RAISE EXCEPTION 'ops_last_change: not for %', p_entity USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
        SELECT coalesce(st.display_name, al.db_role), al.at FROM audit_log al
          LEFT JOIN staff st ON st.id = al.staff_id
         WHERE al.entity = p_entity AND al.entity_id = p_entity_id AND al.action = 'update'
         ORDER BY al.at DESC, al.id DESC LIMIT 1;
END $$;
REVOKE ALL ON FUNCTION ops_last_change(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ops_last_change(text, bigint)
    TO ops_technician, ops_dispatcher, ops_billing, ops_manager, ops_admin;
