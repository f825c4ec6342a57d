-- The ERPNext import (issue 16), faster and open to admins. Its HTML to text (0034) ran the script/style regular
-- expression (a back-reference, slow) on every message with a tag: now only on those that hold a <script> or <style>.
-- Same results.
CREATE OR REPLACE FUNCTION ops_import_text(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN t IS NULL OR t !~ '[<&]' THEN t ELSE
           btrim(regexp_replace(regexp_replace(
               replace(replace(replace(replace(replace(replace(replace(
                   regexp_replace(regexp_replace(
                       CASE WHEN t ~* '<(script|style)' THEN regexp_replace(t, '<(script|style)[^>]*>.*?</\1\s*>', '', 'gis')
                            ELSE t END,
                       '<br\s*/?>|</(p|div|li|tr|h[1-6])\s*>', E'\n', 'gi'),
                       '<[^>]*>', '', 'g'),
                   '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#039;', ''''),
                   '&amp;', '&'),
               '[ \t]+', ' ', 'g'), '\n\s*\n+', E'\n\n', 'g'), E' \n') END $$;

-- The import's one audit row per entity, written for the role that runs it: an admin who does not own the tables may
-- not insert into audit_log itself (only the audit functions do).
CREATE FUNCTION ops_import_audit(p_run_id bigint, p_entity text, p_inserted bigint, p_updated bigint) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO audit_log (db_role, staff_id, action, entity, entity_id, after, client)
    VALUES (ops_effective_role(), ops_current_staff_id(), 'insert', 'erpnext_import', p_run_id,
            jsonb_build_object('entity', p_entity, 'inserted', p_inserted, 'updated', p_updated), 'erpnext-import') $$;
REVOKE ALL ON FUNCTION ops_import_audit(bigint, text, bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ops_import_audit(bigint, text, bigint, bigint) TO ops_admin;
