#pragma once

#include <QString>

#include "core/common/Result.h"
#include "core/stripe/PpaTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {
class StripeClient;
struct StripeEvent;
} // namespace ops::integrations

namespace ops::stripe {

// Stripe's events applied to payments, each exactly once (docs/billing.md "Stripe: PPA run and events"). The events
// since the stored cursor ("stripe.events") are read oldest first; each is applied in ONE transaction that takes a
// lock on the event id, returns at once when stripe_events_applied already has it, applies it, and records it there
// (the log's primary key is Stripe's event id). The cursor moves only after the batch's events are committed.
//  - payment_intent.succeeded: the attempt's pending payment succeeds (allocated to its invoice, balance moved), or
//    its payment is recorded if the run had not recorded the answer yet; already succeeded: no change.
//  - payment_intent.payment_failed: the attempt fails, its pending payment fails (it never counted).
//  - payment_intent.processing: a pre-authorized debit pending at the bank.
//  - setup_intent.succeeded, charge.refunded, charge.dispute.created and the rest: payments::applyAccountEvent.
//  A PaymentIntent that no attempt or payment knows: outcome "unmatched".
// Blocking: never on the GUI thread.
class StripeEventApplier
{
public:
    StripeEventApplier(db::PgConnection &c, integrations::StripeClient &client);

    Result<StripeEventsSummary> apply(int maxPages = 10);

    // One event in its own transaction: "applied", "ignored", "unmatched", or "already" (applied before: nothing
    // changed).
    Result<QString> applyOne(const integrations::StripeEvent &event);

private:
    db::PgConnection &m_c;
    integrations::StripeClient &m_client;
};

} // namespace ops::stripe
