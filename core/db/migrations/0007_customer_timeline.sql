-- Customer file and timeline (CustomerRepository::loadFile, TimelineRepository::page). Every section and every
-- timeline source is read per customer, newest first, bounded by a page size; 0001 already indexes tickets
-- (customer_id, created_at), invoices (customer_id, issue_date), payments (customer_id, received_at) and
-- subscriptions/locations by customer. These two let the remaining sources stop after one page too, instead of
-- reading and sorting all of a large customer's rows.

-- "Ticket closed" events, newest first.
CREATE INDEX tickets_customer_closed_idx ON tickets (customer_id, closed_at DESC, id DESC)
    WHERE closed_at IS NOT NULL;

-- Jobs section and "job scheduled" events, newest first.
CREATE INDEX dispatch_jobs_customer_scheduled_idx ON dispatch_jobs (customer_id, scheduled_start DESC, id DESC);
