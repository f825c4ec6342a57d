-- Ticket list (keyset pages over all tickets). 0001 already has (created_at DESC, id DESC), per status and per
-- assignee. This adds the other sort, the issue-type filter, and trigram indexes for the text filter, which looks
-- for a literal text in the subject and in every message of a ticket (ILIKE '%…%').

-- Sort "last updated first", with the id as tiebreaker.
CREATE INDEX tickets_updated_idx ON tickets (updated_at DESC, id DESC);

-- Issue-type filter in list order; also lets the filter bar list the types in use by a loose index scan.
CREATE INDEX tickets_issue_type_idx ON tickets (issue_type, created_at DESC, id DESC);

-- Text filter: a rare text is found through these, a common one by walking the list (TicketRepository::page).
CREATE INDEX tickets_subject_trgm_idx ON tickets USING gin (subject gin_trgm_ops);
CREATE INDEX ticket_messages_body_trgm_idx ON ticket_messages USING gin (body gin_trgm_ops);
