-- The clerk's side of saved payment methods (issue 13): pre-authorized payments (customers.ppa_enabled) need a
-- default payment method still attached at Stripe. The application refuses first with a message
-- (PaymentMethodRepository); the database refuses too, whoever writes:
--   1. turning PPA on without such a method (customers, immediately);
--   2. leaving a PPA customer without one (customer_payment_methods: the default detached or made non-default),
--      checked at commit, so that "old default off, new default on" and "detach the default and turn PPA off" in one
--      transaction pass.
-- Rules in docs/billing.md ("Stripe: the clerk's side").

CREATE FUNCTION ops_has_default_payment_method(customer bigint) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM customer_payment_methods
                    WHERE customer_id = customer AND is_default AND detached_at IS NULL)
$$;

CREATE FUNCTION ops_check_ppa_enable() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT ops_has_default_payment_method(NEW.id) THEN
        RAISE EXCEPTION 'customer % has no default payment method: pre-authorized payments stay off', NEW.code
            USING ERRCODE = 'check_violation', CONSTRAINT = 'customers_ppa_needs_default_method';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER customers_ppa_needs_default_method BEFORE UPDATE OF ppa_enabled ON customers
    FOR EACH ROW WHEN (NEW.ppa_enabled AND NOT OLD.ppa_enabled) EXECUTE FUNCTION ops_check_ppa_enable();

CREATE FUNCTION ops_check_ppa_keeps_default() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM customers WHERE id = OLD.customer_id AND ppa_enabled)
       AND NOT ops_has_default_payment_method(OLD.customer_id) THEN
        RAISE EXCEPTION 'customer % has pre-authorized payments: keep a default payment method or turn them off',
            OLD.customer_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'customer_payment_methods_ppa_default';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER customer_payment_methods_ppa_default AFTER UPDATE ON customer_payment_methods
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.is_default AND OLD.detached_at IS NULL AND (NOT NEW.is_default OR NEW.detached_at IS NOT NULL))
    EXECUTE FUNCTION ops_check_ppa_keeps_default();
