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

    // baseUrl + url when url is relative ("v1/customers" or "/v1/customers" under "https://h/api/" gives
    // "https://h/api/v1/customers"); url unchanged when absolute.
    QUrl resolve(const QUrl &url) const;
};

} // namespace ops::net
