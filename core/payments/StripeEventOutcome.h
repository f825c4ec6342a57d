#pragma once

#include <QString>

namespace ops::payments {

// What applying one Stripe event did (stripe_events_applied.outcome and its links).
struct StripeEventOutcome
{
    QString outcome; // applied|ignored|unmatched
    qint64 paymentId = 0;
    qint64 customerId = 0;
    QString detail;
};

} // namespace ops::payments
