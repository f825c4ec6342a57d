#pragma once

#include "core/common/Result.h"
#include "core/payments/PaymentMethodTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::payments {

// SQL of the customer file's "Payment methods" tab: the saved methods, the links waiting for the customer, the
// default method and pre-authorized payments (PPA). Synchronous: DB executor threads or targo-opsctl. Every write is
// one transaction that first locks the customer row, so two workstations changing one customer's methods take turns.
class PaymentMethodRepository
{
public:
    explicit PaymentMethodRepository(db::PgConnection &c);

    Result<PaymentMethodsView> load(qint64 customerId);
    // The old default off and this one on. version: the method's as the clerk saw it; changed since (removed, or
    // edited by Stripe's events) → Conflict with a message, nothing written.
    Status makeDefault(qint64 customerId, qint64 methodId, int version);
    // Before Stripe is asked to detach: the method exists, is still attached and is at version. Returns Stripe's id
    // (pm_…).
    Result<QString> checkRemovable(qint64 customerId, qint64 methodId, int version);
    // After Stripe detached it: detached_at set and the default mark dropped; when it was the default and the customer
    // has PPA, PPA is turned off in the same transaction. Already detached: nothing to do (a second click).
    Result<RemoveMethodResult> markDetached(qint64 customerId, qint64 methodId);
    // PPA on only with a default method still attached (else Validation, nothing written; the database refuses too,
    // migration 0027).
    Status setPpa(qint64 customerId, bool enabled);

private:
    db::PgConnection &m_c;
};

} // namespace ops::payments
