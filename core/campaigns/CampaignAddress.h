#pragma once

#include <QString>

#include "core/campaigns/CampaignTypes.h"

namespace ops::campaigns {

// An e-mail address as campaigns store it: trimmed, lower-cased, ASCII, one "@", a dotted domain, at most 254
// characters. A Validation error (translated) says what is wrong.
Result<QString> normalizeEmail(const QString &input);
// The recipient address of a channel: normalizeEmail, or a Quebec mobile number as E.164 (normalizeQuebecPhone).
Result<QString> normalizeAddress(Channel channel, const QString &input);

} // namespace ops::campaigns
