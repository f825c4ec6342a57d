#pragma once

#include <QString>

namespace ops::payments {

// What applying one Stripe event did; the event applier records it in stripe_events_applied (outcome, payment,
// customer, detail) in the transaction that applied the event.
struct StripeEventOutcome
{
    QString outcome; /* applied|ignored|unmatched */
    qint64 paymentId = 0;
    qint64 customerId = 0;
    QString detail;
};

} // namespace ops::payments
