#include "core/payments/PaymentMethodTypes.h"

namespace ops::payments {

ExpiryState expiryState(int expMonth, int expYear, const QDate &today)
{
    if (expMonth < 1 || expMonth > 12 || expYear <= 0)
        return ExpiryState::Valid;
    const QDate first(expYear, expMonth, 1);
    const QDate last(expYear, expMonth, first.daysInMonth()); // valid through the end of its month
    if (today > last)
        return ExpiryState::Expired;
    if (today.daysTo(last) <= kExpiresSoonDays)
        return ExpiryState::ExpiresSoon;
    return ExpiryState::Valid;
}

} // namespace ops::payments
