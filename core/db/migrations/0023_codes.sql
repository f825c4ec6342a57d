-- Human codes past 99,999: 0001's defaults lpad() the number to 5 characters, which truncates 100000 to "10000", so
-- the 100,000th payment (the demo base has 99,000 and every PPA run adds more) would collide with an existing code.
-- 0022 fixed the tickets' default with ops_code(); every other code column drawn from a sequence gets the same
-- shape, no truncation (the invoices draw theirs from the gap-free counter of 0018, which already does).
ALTER TABLE customers ALTER COLUMN code SET DEFAULT ops_code('CUST-', nextval('seq_customer_code'));
ALTER TABLE service_locations ALTER COLUMN code SET DEFAULT ops_code('LOC-', nextval('seq_location_code'));
ALTER TABLE service_equipment ALTER COLUMN code SET DEFAULT ops_code('EQP-', nextval('seq_equipment_code'));
ALTER TABLE subscriptions ALTER COLUMN code SET DEFAULT ops_code('SUB-', nextval('seq_subscription_code'));
ALTER TABLE payments ALTER COLUMN code SET DEFAULT ops_code('PAY-', nextval('seq_payment_code'));
ALTER TABLE dispatch_technicians ALTER COLUMN code SET DEFAULT ops_code('DT-', nextval('seq_technician_code'));
ALTER TABLE dispatch_jobs ALTER COLUMN code SET DEFAULT ops_code('DJ-', nextval('seq_job_code'));
