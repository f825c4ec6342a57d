#include "core/campaigns/CampaignTypes.h"

namespace ops::campaigns {

QString channelName(Channel c)
{
    return c == Channel::Sms ? QStringLiteral("sms") : QStringLiteral("email");
}

std::optional<Channel> channelFromName(const QString &name)
{
    if (name == QLatin1String("email"))
        return Channel::Email;
    if (name == QLatin1String("sms"))
        return Channel::Sms;
    return std::nullopt;
}

QString classificationName(Classification c)
{
    return c == Classification::Commercial ? QStringLiteral("commercial") : QStringLiteral("transactional");
}

std::optional<Classification> classificationFromName(const QString &name)
{
    if (name == QLatin1String("transactional"))
        return Classification::Transactional;
    if (name == QLatin1String("commercial"))
        return Classification::Commercial;
    return std::nullopt;
}

} // namespace ops::campaigns
