-- The ERPNext import's HTML to text (0034) ran its script/style regular expression (a back-reference, slow) on every
-- message with a tag: it now runs only on those that hold a <script> or <style>. Same results.
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
