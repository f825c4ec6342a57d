#pragma once

#include <QString>
#include <QUrl>

namespace ops::net {

// Per-provider settings the NetExecutor applies to every request that names the provider. Reconfigurable at runtime
// (NetExecutor::setProvider).
struct ProviderConfig
{
    QString id; // "twilio", "mailjet", "stripe", "traccar", "genieacs", ...
    QUrl baseUrl; // relative request URLs are resolved against it
    double ratePerSec = 0.0; // request starts per second; <= 0: unlimited
    int burst = 1; // token bucket size (never more than ratePerSec starts in any 1 s window, whatever the burst)
    int concurrency = 0; // requests in flight at once; <= 0: unlimited
    QString caFile; // PEM file with extra trusted CAs (self-hosted Traccar/GenieACS); system CAs stay trusted
    int timeoutMs = 30000; // transfer timeout for requests that set none
    qint64 maxResponseBytes = kDefaultMaxResponseBytes; // a longer answer is aborted (never buffered whole)

    static constexpr qint64 kDefaultMaxResponseBytes = 8 * 1024 * 1024;

    // baseUrl + url when url is relative ("v1/customers" or "/v1/customers" under "https://h/api/" gives
    // "https://h/api/v1/customers"); url unchanged when absolute.
    QUrl resolve(const QUrl &url) const;
};

// 127.0.0.0/8, ::1 and "localhost": the only hosts a provider may be reached on without TLS.
bool isLoopbackHost(const QString &host);
// A provider's base URL may be used: https://, or http:// to a loopback host (a local mock or tunnel).
bool isAllowedBaseUrl(const QUrl &url);
// Scheme, host and port (default ports filled in) are the same: a resolved request stays on its provider.
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace ops::net
