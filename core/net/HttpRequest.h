#pragma once

#include <utility>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace ops::net {

using RawHeader = std::pair<QByteArray, QByteArray>;
using RawHeaders = QList<RawHeader>;

// Case-insensitive lookup of the first header called name; empty when absent.
QByteArray findHeader(const RawHeaders &headers, const QByteArray &name);

// "Basic base64(user:password)" and "Bearer token", ready for an Authorization header.
QByteArray basicAuthorization(const QString &user, const QString &password);
QByteArray bearerAuthorization(const QString &token);

// One HTTP call, as a plain value that crosses into the NetExecutor's threads. A relative url is resolved against
// the provider's base URL (ProviderConfig::resolve).
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    RawHeaders headers;
    QByteArray body;
    QByteArray contentType;
    int timeoutMs = 0; // transfer (inactivity) timeout; 0: the provider's, else 30 s
    QString providerId; // selects base URL, rate limit, concurrency cap, CA file; empty: none of them
    QString idempotencyKey; // sent as Idempotency-Key; allows retrying ambiguous outcomes
    bool expectJson = false; // a 2xx body that is not JSON is then an ambiguous outcome (also when the response
                             // declares a JSON content type)
    // Non-2xx statuses whose answer the caller reads itself, delivered as a response rather than an Error when the
    // body is well-formed JSON: Mailjet's 400 carries per-message results for a partly failed batch.
    QList<int> answerStatuses;
    // The URL must stay on the provider: relative, and after resolution the same scheme, host and port as the
    // provider's base URL, else the request is refused before anything is sent (outbox rows: any database user
    // can write one).
    bool pinnedToProvider = false;
    // What the provider's rate limit counts for this request (RateLimiter): 1 for most calls; a Mailjet batch counts
    // its messages, since Mailjet limits messages per second, not calls.
    int rateWeight = 1;

    static HttpRequest get(const QUrl &url);
    static HttpRequest post(const QUrl &url, const QByteArray &body, const QByteArray &contentType);
    static HttpRequest postJson(const QUrl &url, const QByteArray &json);
    static HttpRequest postForm(const QUrl &url, const QByteArray &urlEncoded);

    // Replaces every header called name (case-insensitive); an empty value removes it.
    HttpRequest &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const { return findHeader(headers, name); }
    HttpRequest &setBasicAuth(const QString &user, const QString &password);
    HttpRequest &setBearerToken(const QString &token);

    // GET, HEAD, OPTIONS: repeating them cannot change anything at the provider.
    bool isSafeMethod() const;
    // Repeating the request cannot cause a second side effect: a safe method, or an idempotency key.
    bool isIdempotent() const;
};

} // namespace ops::net

Q_DECLARE_METATYPE(ops::net::HttpRequest)
