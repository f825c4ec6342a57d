#include "core/net/ProviderConfig.h"

#include <QHostAddress>

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

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h == u"localhost")
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (scheme == u"http" && isLoopbackHost(url.host()));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

} // namespace ops::net
