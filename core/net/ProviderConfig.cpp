#include "core/net/ProviderConfig.h"

namespace ops::net {

QUrl ProviderConfig::resolve(const QUrl &url) const
{
    if (!url.isRelative() || !baseUrl.isValid() || baseUrl.isEmpty())
        return url;
    // Work on the encoded forms so that pre-encoded segments (GenieACS ids are percent-encoded twice) survive.
    QString basePath = baseUrl.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    QUrl out = baseUrl;
    out.setPath(basePath + path, QUrl::TolerantMode);
    out.setQuery(url.query(QUrl::FullyEncoded), QUrl::TolerantMode); // a null query clears the base's
    out.setFragment(QString());
    return out;
}

} // namespace ops::net
