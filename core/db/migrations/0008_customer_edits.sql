-- Customer, location, equipment and subscription edits (issue 4): the audit row of an update keeps only the columns
-- that changed. ops_jsonb_diff(a, b) returns the keys of a whose values differ in b (bookkeeping columns excluded).
CREATE FUNCTION ops_jsonb_diff(a jsonb, b jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
    FROM jsonb_each(a) e
    WHERE e.key NOT IN ('updated_at', 'created_at')
      AND (b -> e.key) IS DISTINCT FROM e.value
$$;
