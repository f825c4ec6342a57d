-- Builds tests/data/search-queries.txt from a database seeded with `targo-opsctl demo seed --scale 1 --seed 42`:
-- the kinds of text a clerk types (names with and without accents, phone formats, e-mails, codes, legacy ids,
-- serials, MACs, postal codes, streets, towns, typos, prefixes). Deterministic: sampled by id.
--   psql "<conninfo>" -At -f tests/data/search-queries.sql > tests/data/search-queries.txt
WITH c AS (SELECT * FROM customers WHERE id % 97 = 3 ORDER BY id LIMIT 40),
l AS (SELECT * FROM service_locations WHERE id % 211 = 5 ORDER BY id LIMIT 30),
e AS (SELECT * FROM service_equipment WHERE id % 173 = 7 ORDER BY id LIMIT 20)
SELECT q FROM (
    SELECT 1 AS g, id, lower(unaccent(coalesce(last_name, company_name, display_name))) AS q FROM c
    UNION ALL SELECT 2, id, display_name FROM c WHERE id % 2 = 0
    UNION ALL SELECT 3, id, concat_ws(' ', lower(last_name), lower(first_name)) FROM c WHERE last_name IS NOT NULL AND id % 3 = 0
    UNION ALL SELECT 4, id, phone FROM c WHERE phone IS NOT NULL AND id % 4 = 0
    UNION ALL SELECT 5, id, ops_phone_key(phone) FROM c WHERE phone IS NOT NULL AND id % 4 = 1
    UNION ALL SELECT 6, id, '+1 ' || ops_phone_key(phone) FROM c WHERE phone IS NOT NULL AND id % 4 = 2
    UNION ALL SELECT 7, id, right(ops_phone_key(phone), 7) FROM c WHERE phone IS NOT NULL AND id % 4 = 3
    UNION ALL SELECT 8, id, email FROM c WHERE email IS NOT NULL AND id % 3 = 1
    UNION ALL SELECT 9, id, code FROM c WHERE id % 3 = 2
    UNION ALL SELECT 10, id, lower(replace(code, '-', '')) FROM c WHERE id % 5 = 0
    UNION ALL SELECT 11, id, legacy_account_id::text FROM c WHERE legacy_account_id IS NOT NULL AND id % 4 = 0
    UNION ALL SELECT 12, id, left(lower(unaccent(coalesce(last_name, display_name))), 4) FROM c WHERE id % 5 = 1
    UNION ALL SELECT 13, id, overlay(lower(coalesce(last_name, display_name)) placing '' from 3 for 1) FROM c WHERE id % 3 = 0
    UNION ALL SELECT 14, id, civic_number || ' ' || street FROM l
    UNION ALL SELECT 15, id, postal_code FROM l WHERE id % 2 = 0
    UNION ALL SELECT 16, id, replace(lower(postal_code), ' ', '') FROM l WHERE id % 2 = 1
    UNION ALL SELECT 17, id, lower(unaccent(street)) FROM l WHERE id % 3 = 0
    UNION ALL SELECT 18, id, city FROM l WHERE id % 3 = 1
    UNION ALL SELECT 19, id, code FROM l WHERE id % 4 = 0
    UNION ALL SELECT 20, id, serial FROM e
    UNION ALL SELECT 21, id, lower(serial) FROM e WHERE id % 2 = 0
    UNION ALL SELECT 22, id, mac::text FROM e WHERE mac IS NOT NULL
    UNION ALL SELECT 23, id, upper(replace(mac::text, ':', '')) FROM e WHERE mac IS NOT NULL AND id % 2 = 1
    UNION ALL SELECT 24, id, replace(mac::text, ':', '-') FROM e WHERE mac IS NOT NULL AND id % 3 = 0
    UNION ALL SELECT 25, id, code FROM e WHERE id % 3 = 1
) x WHERE q IS NOT NULL AND q <> '' ORDER BY g, id;
