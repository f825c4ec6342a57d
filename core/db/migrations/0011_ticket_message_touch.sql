-- A new message touches its ticket: updated_at moves to the message's time, so "last updated first" and the live
-- lists see the activity. The touch is not an edit of the ticket: its version stays, so a view holding the ticket
-- can still save a change it made before the message arrived (the optimistic lock guards the ticket's own fields).

-- tickets' BEFORE UPDATE trigger: an update that only moves updated_at keeps the version and the given time;
-- any other update is an edit, as with ops_touch_row (version + 1, updated_at now()).
CREATE FUNCTION ops_ticket_touch_row() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.updated_at IS DISTINCT FROM OLD.updated_at
       AND to_jsonb(NEW) - 'updated_at' = to_jsonb(OLD) - 'updated_at' THEN
        RETURN NEW;
    END IF;
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END $$;

DROP TRIGGER tickets_touch ON tickets;
CREATE TRIGGER tickets_touch BEFORE UPDATE ON tickets FOR EACH ROW EXECUTE FUNCTION ops_ticket_touch_row();

-- One UPDATE per INSERT statement, whatever its number of messages; never moves updated_at backwards.
CREATE FUNCTION ops_ticket_message_touch() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tickets t SET updated_at = m.at
      FROM (SELECT ticket_id, max(created_at) AS at FROM new_rows GROUP BY ticket_id) m
     WHERE t.id = m.ticket_id AND t.updated_at < m.at;
    RETURN NULL;
END $$;

CREATE TRIGGER ticket_messages_touch_ticket AFTER INSERT ON ticket_messages REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ops_ticket_message_touch();
