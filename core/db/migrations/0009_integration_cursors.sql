-- Where each feed read from a provider stopped (Stripe's event list: the id of the newest event processed), so that
-- the next read continues from there. Advanced in the same transaction as the work the events caused.
CREATE TABLE integration_cursors (
    name       text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
    value      text NOT NULL CHECK (length(value) BETWEEN 1 AND 255),
    updated_at timestamptz NOT NULL DEFAULT now()
);
