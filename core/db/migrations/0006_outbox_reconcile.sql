-- Reconciling ambiguous rows with the provider (Twilio has no idempotency key: a send whose answer was lost is
-- looked up among the messages Twilio holds). reconciled_at: when a worker last looked; NULL: not looked up yet.
-- An operator's retry clears it, so a resend that ends ambiguous again is looked up again.
ALTER TABLE outbox ADD COLUMN reconciled_at timestamptz;

CREATE INDEX outbox_reconcile_idx ON outbox (provider, id) WHERE status = 'ambiguous' AND reconciled_at IS NULL;
