#pragma once

#include <chrono>
#include <functional>
#include <optional>

class QByteArray;
class QDateTime;

namespace ops::net {

enum class Outcome;
struct HttpRequest;
struct HttpResponse;

// Exponential back-off with full jitter (delay uniform in [0, min(maxDelay, baseDelay * 2^(retry-1))]) that honours
// a server's Retry-After (seconds or HTTP date, capped at maxRetryAfter). Retries Retryable outcomes, and Ambiguous
// ones only when the request is idempotent (idempotency key, or GET/HEAD/OPTIONS).
class RetryPolicy
{
public:
    using Rng = std::function<double()>; // uniform in [0, 1); the default is QRandomGenerator::global()

    RetryPolicy();
    static RetryPolicy noRetry();

    int maxAttempts() const { return m_maxAttempts; }
    RetryPolicy &setMaxAttempts(int attempts); // total attempts including the first, >= 1
    std::chrono::milliseconds baseDelay() const { return m_baseDelay; }
    RetryPolicy &setBaseDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds maxDelay() const { return m_maxDelay; }
    RetryPolicy &setMaxDelay(std::chrono::milliseconds cap);
    std::chrono::milliseconds maxRetryAfter() const { return m_maxRetryAfter; }
    RetryPolicy &setMaxRetryAfter(std::chrono::milliseconds cap);
    RetryPolicy &setRng(Rng rng);

    // attemptsMade: attempts already made, the one that produced outcome included.
    bool shouldRetry(Outcome outcome, const HttpRequest &request, int attemptsMade) const;

    // retry: 1 before the second attempt, 2 before the third, ...
    std::chrono::milliseconds backoffCeiling(int retry) const;
    std::chrono::milliseconds backoff(int retry) const; // jittered, within [0, backoffCeiling(retry)]
    // The wait before the next attempt: the jittered back-off, or the server's (capped) Retry-After when longer.
    std::chrono::milliseconds delayBeforeRetry(int retry, const HttpResponse &last, const QDateTime &nowUtc) const;

    // Retry-After value: delay-seconds ("120") or an HTTP date (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT"; the
    // obsolete RFC 850 and asctime forms too). A date in the past gives 0. Not capped.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
    static std::optional<QDateTime> parseHttpDate(const QByteArray &value);

private:
    int m_maxAttempts = 4;
    std::chrono::milliseconds m_baseDelay{250};
    std::chrono::milliseconds m_maxDelay{8000};
    std::chrono::milliseconds m_maxRetryAfter{60000};
    Rng m_rng;
};

} // namespace ops::net
