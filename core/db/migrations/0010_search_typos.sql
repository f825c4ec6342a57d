-- Typo-tolerant search: a vocabulary of the distinct normalised words found in search_doc.terms (letters only,
-- 4 characters or more), with the number of documents holding each, kept current by statement-level triggers on
-- search_doc. A query word of 5+ letters looks up its neighbours here (length filter + Levenshtein from
-- fuzzystrmatch as a cheap, complete pre-filter); the client verifies the exact Damerau (optimal string alignment)
-- distance and then matches search_doc rows holding the accepted words.

CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE search_vocab (
    word text PRIMARY KEY,
    freq integer NOT NULL
);
CREATE INDEX search_vocab_length ON search_vocab (length(word));

-- The vocabulary words of one document's terms, each once.
CREATE FUNCTION search_vocab_words(terms text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT DISTINCT w FROM unnest(string_to_array(terms, ' ')) w WHERE length(w) >= 4 AND w !~ '[0-9]' $$;

CREATE FUNCTION search_vocab_on_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    dead text[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE search_vocab;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        WITH gone AS (
            SELECT w, count(*) AS n FROM old_docs, LATERAL search_vocab_words(old_docs.terms) w GROUP BY w),
        u AS (
            UPDATE search_vocab v SET freq = v.freq - gone.n FROM gone WHERE v.word = gone.w
            RETURNING v.word, v.freq)
        SELECT array_agg(word) INTO dead FROM u WHERE freq <= 0;
        IF dead IS NOT NULL THEN
            DELETE FROM search_vocab WHERE word = ANY (dead) AND freq <= 0;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO search_vocab AS v (word, freq)
        SELECT w, count(*) FROM new_docs, LATERAL search_vocab_words(new_docs.terms) w GROUP BY w ORDER BY w
        ON CONFLICT (word) DO UPDATE SET freq = v.freq + excluded.freq;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER search_doc_vocab_i AFTER INSERT ON search_doc REFERENCING NEW TABLE AS new_docs
    FOR EACH STATEMENT EXECUTE FUNCTION search_vocab_on_change();
CREATE TRIGGER search_doc_vocab_u AFTER UPDATE ON search_doc REFERENCING OLD TABLE AS old_docs NEW TABLE AS new_docs
    FOR EACH STATEMENT EXECUTE FUNCTION search_vocab_on_change();
CREATE TRIGGER search_doc_vocab_d AFTER DELETE ON search_doc REFERENCING OLD TABLE AS old_docs
    FOR EACH STATEMENT EXECUTE FUNCTION search_vocab_on_change();
CREATE TRIGGER search_doc_vocab_t AFTER TRUNCATE ON search_doc
    FOR EACH STATEMENT EXECUTE FUNCTION search_vocab_on_change();

INSERT INTO search_vocab (word, freq)
SELECT w, count(*) FROM search_doc, LATERAL search_vocab_words(search_doc.terms) w GROUP BY w;
