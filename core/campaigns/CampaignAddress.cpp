#include "core/campaigns/CampaignAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/integrations/SmsText.h"

using namespace Qt::StringLiterals;

namespace ops::campaigns {

Result<QString> normalizeEmail(const QString &input)
{
    const QString e = input.trimmed().toLower();
    static const QRegularExpression shape(
        u"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.[a-z]{2,63}$"_s);
    if (e.isEmpty() || e.size() > 254 || !shape.match(e).hasMatch() || e.startsWith(u'.') || e.contains(u".."_s)
        || e.contains(u".@"_s)) {
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::campaigns", "“%1” is not an e-mail address (name@domain.ca).")
                .arg(input.left(80)),
            u"bad e-mail"_s);
    }
    return e;
}

Result<QString> normalizeAddress(Channel channel, const QString &input)
{
    if (channel == Channel::Email)
        return normalizeEmail(input);
    return integrations::normalizeQuebecPhone(input.left(40));
}

} // namespace ops::campaigns
