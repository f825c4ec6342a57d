-- Ticket replies that reach the customer (issue 14, item 6; docs/tickets.md "Replies by e-mail and SMS"): a reply
-- in the ticket view goes out by e-mail (Mailjet) or SMS (Twilio) through the outbox, in the same transaction as its
-- ticket_messages row (channel 'email' or 'sms', not internal). The row keeps which outbox row carries it, where it
-- went and, for an e-mail, its subject; the thread reads the delivery state from the outbox row.
ALTER TABLE ticket_messages
    ADD COLUMN outbox_id bigint REFERENCES outbox (id) ON DELETE SET NULL,
    ADD COLUMN sent_to   text CHECK (sent_to IS NULL OR length(sent_to) BETWEEN 1 AND 320),
    ADD COLUMN subject   text CHECK (subject IS NULL OR length(subject) BETWEEN 1 AND 998),
    ADD CONSTRAINT ticket_messages_outbound_channel
        CHECK (outbox_id IS NULL OR (channel IN ('email', 'sms') AND NOT is_internal AND sent_to IS NOT NULL));
CREATE INDEX ticket_messages_outbox_idx ON ticket_messages (outbox_id) WHERE outbox_id IS NOT NULL;

-- 0012 grants ticket_messages at table level (dispatcher: read and insert; billing and manager: read; admin: all),
-- so the new columns follow without column grants. The ticket writers are the dispatchers and the admins: 0012 lets
-- dispatchers queue Twilio rows only, so a dispatcher's e-mailed reply needs its own policy, narrowed to one e-mail
-- about a ticket.
CREATE POLICY outbox_dispatcher_ticket_mail ON outbox FOR INSERT TO ops_dispatcher
    WITH CHECK (provider = 'mailjet' AND operation = 'email.send' AND business_entity = 'ticket');
