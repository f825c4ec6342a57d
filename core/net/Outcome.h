#pragma once

#include <QString>

#include "core/common/Error.h"
#include "core/net/HttpResponse.h"

namespace ops::net {

// How one attempt ended, from the point of view of "may I send it again?".
enum class Outcome
{
    Success,
    Retryable, // the provider did not act on it (refused/unreachable/reset before sending, 429, 503, Twilio 20429,
               // 502/504 for idempotent requests): safe to send again after a back-off
    Permanent, // the provider refused it (validation, authentication, not found, other 4xx, TLS verification):
               // sending it again gives the same answer
    Ambiguous, // the request may have reached the provider and the answer was lost (timeout or connection lost
               // after sending, 500/502/504 to a non-idempotent request, unreadable body on a 2xx): only an
               // idempotent request may be sent again
};

QString outcomeName(Outcome outcome); // "success", "retryable", "permanent", "ambiguous"

// What happened on the wire during one attempt: the input of classify().
struct AttemptResult
{
    enum class Transport
    {
        Completed, // a complete HTTP answer arrived (any status)
        Refused, // connection refused, network unreachable: nothing sent
        HostNotFound, // DNS failure: nothing sent
        ConnectionLost, // closed or reset by the peer, protocol failure
        Timeout, // transfer timeout
        Tls, // TLS handshake or certificate verification failed: nothing sent
        Cancelled, // cancelled by the caller or by shutdown
        LimiterTimeout, // waited too long for the provider's rate limit or concurrency cap: nothing sent
        TooLarge, // the answer was longer than the provider's maxResponseBytes: aborted, body dropped
        Other,
    };

    Transport transport = Transport::Completed;
    bool requestSent = false; // part of the request may have been written to the connection
    bool responseStarted = false; // a status line and headers arrived
    HttpResponse response; // status 0 when no answer arrived
    QString transportError; // Qt's error text (and TLS errors)
};

struct Classification
{
    Outcome outcome = Outcome::Success;
    Error::Kind kind = Error::Kind::Internal; // meaningful when outcome != Success
    QString providerCode; // "20429", Stripe's error.code, Mailjet's ErrorCode, ... when the body has one
    QString providerMessage; // the provider's own error message when the body has one
};

Classification classify(const HttpRequest &request, const AttemptResult &attempt);

// The Error a failed request ends with. userMessage is translated and says what to do; detail holds the method,
// URL, real status code and response text (truncated to ~500 characters, secrets masked; request headers, and so
// Authorization, are never included). code is machine-readable: "net/<outcome>/<status>[/<providerCode>]", read it
// with outcomeOf(), httpStatusOf() and providerCodeOf(). retryable is true for Outcome::Retryable only.
Error makeError(
    const HttpRequest &request, const AttemptResult &attempt, const Classification &classification, int attempts);
Error cancelledError(const HttpRequest &request);
// The Error a completed answer gives when the caller does not read it (a status from answerStatuses that turned out
// to carry no usable result): classified as if answerStatuses were empty.
Error errorOfAnswer(const HttpRequest &request, const HttpResponse &response);

// Readers of makeError()'s code. outcomeOf() is Outcome::Permanent for errors that did not come from core/net.
Outcome outcomeOf(const Error &error);
int httpStatusOf(const Error &error); // 0: no HTTP answer
QString providerCodeOf(const Error &error);

// The response text as it may appear in logs and Error::detail: UTF-8, secrets masked, cut to maxChars.
QString responseExcerpt(const QByteArray &body, int maxChars = 500);
// A URL as it may appear in logs: no user info, secrets in the query masked.
QString safeUrl(const QUrl &url);

} // namespace ops::net
