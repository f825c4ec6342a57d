#pragma once

#include <memory>
#include <optional>

#include <QFuture>
#include <QThreadPool>

#include "core/common/Result.h"
#include "core/net/HttpResponse.h"
#include "core/net/ProviderConfig.h"
#include "core/net/RetryPolicy.h"

namespace ops::net {

// HTTPS executor: a private thread pool (never the global pool, never the GUI thread). Each job creates its own
// QNetworkAccessManager in its worker thread and waits for replies with a local event loop there (allowed in these
// pool threads only). Per attempt: the provider's concurrency cap and rate limit, a transfer timeout, TLS always
// verified (system CAs plus the provider's CA file), HTTP/1.1, no automatic redirects.
//
// Outcomes are classified (Outcome.h) and retried by the RetryPolicy. The future holds the 2xx response, or an
// Error whose code tells the outcome (outcomeOf()). Cancelling the future aborts the request in flight and ends the
// job; no result is reported then.
//
// Known Qt 6.4 limits: QNetworkReply::requestSent is not delivered, so a request counts as possibly sent once a
// connection may have existed, unless it has a body that was never read. Qt's HTTP/1 channel silently re-sends a
// request whose connection closed before the status line; non-safe requests stream a body Qt cannot rewind, which
// turns that re-send into an (ambiguous) error, but GET/HEAD may still be re-sent up to twice, outside the limiter.
class NetExecutor
{
public:
    explicit NetExecutor(int threads = 4);
    ~NetExecutor(); // shutdown()
    NetExecutor(const NetExecutor &) = delete;
    NetExecutor &operator=(const NetExecutor &) = delete;

    // Adds or replaces a provider. Rate and concurrency limits apply at once, to queued and running requests too (at
    // their next attempt); base URL, CA file and timeout apply to requests that start afterwards. Fails (and changes
    // nothing) when the CA file cannot be read or the config is invalid. Thread-safe.
    Status setProvider(const ProviderConfig &config);
    std::optional<ProviderConfig> provider(const QString &id) const;

    // Never blocks. A request naming an unknown provider fails with Error::Kind::Validation.
    QFuture<Result<HttpResponse>> send(HttpRequest request, RetryPolicy policy = RetryPolicy());

    // Stops accepting work, aborts requests in flight (their futures end with Error::Kind::Cancelled) and waits.
    void shutdown(int waitMs = 5000);
    QThreadPool &threads() { return m_threads; }

    struct State; // shared with running jobs

private:
    std::shared_ptr<State> m_state;
    QThreadPool m_threads;
};

} // namespace ops::net
