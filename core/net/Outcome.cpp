#include "core/net/Outcome.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include "core/logging/Log.h"

namespace ops::net {

namespace {

constexpr auto kCodePrefix = QLatin1StringView("net/");

QString jsonScalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

// Best-effort reading of the error shapes our providers use: Stripe {"error":{"code","message"}}, Twilio
// {"code","message"}, Mailjet {"ErrorCode","ErrorMessage"}, problem+json {"title","detail"}, {"error":"text"}.
void readProviderError(const QByteArray &body, Classification &c)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return;
    const QJsonObject o = doc.object();
    if (o.value(u"error").isObject()) {
        const QJsonObject e = o.value(u"error").toObject();
        c.providerCode = jsonScalar(e.value(u"code"));
        if (c.providerCode.isEmpty())
            c.providerCode = jsonScalar(e.value(u"type"));
        c.providerMessage = e.value(u"message").toString();
    } else if (o.contains(u"code")) {
        c.providerCode = jsonScalar(o.value(u"code"));
        c.providerMessage = o.value(u"message").toString();
    } else if (o.contains(u"ErrorCode") || o.contains(u"ErrorMessage")) {
        c.providerCode = jsonScalar(o.value(u"ErrorCode"));
        c.providerMessage = o.value(u"ErrorMessage").toString();
    } else if (o.value(u"error").isString()) {
        c.providerMessage = o.value(u"error").toString();
    } else {
        c.providerMessage = o.value(u"detail").toString();
        if (c.providerMessage.isEmpty())
            c.providerMessage = o.value(u"title").toString();
        if (c.providerMessage.isEmpty())
            c.providerMessage = o.value(u"message").toString();
    }
}

bool isMalformedJson(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return false;
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    return error.error != QJsonParseError::NoError;
}

Classification byStatus(const HttpRequest &request, const HttpResponse &response)
{
    Classification c;
    const int status = response.status;
    if (status >= 200 && status < 300) {
        if ((request.expectJson || response.declaresJson()) && isMalformedJson(response.body)) {
            c.outcome = Outcome::Ambiguous;
            c.kind = Error::Kind::Network;
        }
        return c;
    }
    if (request.answerStatuses.contains(status) && !response.body.trimmed().isEmpty()
        && !isMalformedJson(response.body))
        return c; // the caller reads this answer (per-message results)
    readProviderError(response.body, c);
    const auto set = [&c](Outcome outcome, Error::Kind kind) {
        c.outcome = outcome;
        c.kind = kind;
        return c;
    };
    if (status == 408 || status == 429 || c.providerCode == u"20429")
        return set(Outcome::Retryable, Error::Kind::Unavailable);
    if (status == 400 || status == 422)
        return set(Outcome::Permanent, Error::Kind::Validation);
    if (status == 401 || status == 403 || status == 407)
        return set(Outcome::Permanent, Error::Kind::Auth);
    if (status == 404 || status == 410)
        return set(Outcome::Permanent, Error::Kind::NotFound);
    if (status == 409)
        return set(Outcome::Permanent, Error::Kind::Conflict);
    if (status >= 400 && status < 500)
        return set(Outcome::Permanent, Error::Kind::Validation);
    if (status == 503)
        return set(Outcome::Retryable, Error::Kind::Unavailable);
    // A gateway error may hide an upstream that did act on the request: only idempotent requests are plain retries.
    if (status == 502 || status == 504)
        return set(request.isIdempotent() ? Outcome::Retryable : Outcome::Ambiguous, Error::Kind::Unavailable);
    if (status == 501 || status == 505)
        return set(Outcome::Permanent, Error::Kind::Internal);
    if (status >= 500 && status < 600)
        return set(request.isSafeMethod() ? Outcome::Retryable : Outcome::Ambiguous, Error::Kind::Unavailable);
    return set(Outcome::Permanent, Error::Kind::Network); // 1xx, 3xx (redirects are not followed), nonsense
}

QString transportText(const AttemptResult &a)
{
    using T = AttemptResult::Transport;
    const QString sent = a.requestSent ? QStringLiteral("request may have been sent") : QStringLiteral("nothing sent");
    QString what;
    switch (a.transport) {
    case T::Completed:
        return {};
    case T::Refused:
        what = QStringLiteral("connection refused or network unreachable");
        break;
    case T::HostNotFound:
        what = QStringLiteral("host not found");
        break;
    case T::ConnectionLost:
        what = a.responseStarted ? QStringLiteral("connection closed in the middle of the response")
                                 : QStringLiteral("connection closed before any response");
        break;
    case T::Timeout:
        what = QStringLiteral("transfer timeout");
        break;
    case T::Tls:
        what = QStringLiteral("TLS verification failed");
        break;
    case T::Cancelled:
        what = QStringLiteral("cancelled");
        break;
    case T::LimiterTimeout:
        what = QStringLiteral("gave up waiting for the provider's rate limit or concurrency cap");
        break;
    case T::Other:
        what = QStringLiteral("network error");
        break;
    case T::TooLarge:
        what = QStringLiteral("answer too large");
        break;
    }
    QString text = what + QStringLiteral(" (") + sent + QLatin1Char(')');
    if (!a.transportError.isEmpty())
        text += QStringLiteral(": ") + a.transportError;
    return text;
}

QString userMessageFor(const AttemptResult &a, const Classification &c, const QString &who)
{
    using T = AttemptResult::Transport;
    const int status = a.response.status;
    if (a.transport == T::Tls)
        return QCoreApplication::translate("ops::net",
            "The secure connection to %1 could not be verified, so nothing was sent. Check the server's "
            "certificate, or the CA file configured for %1.")
            .arg(who);
    if (a.transport == T::TooLarge)
        return c.outcome == Outcome::Ambiguous
            ? QCoreApplication::translate("ops::net",
                "%1 sent an answer larger than the limit set for it, so it was not read. The request may have been "
                "carried out: check its status at %1 before sending it again.")
                  .arg(who)
            : QCoreApplication::translate("ops::net",
                "%1 sent an answer larger than the limit set for it, so it was not read. Check the service address, "
                "or raise the answer size limit in the integration settings.")
                  .arg(who);
    if (a.transport == T::LimiterTimeout)
        return QCoreApplication::translate(
            "ops::net", "Too many requests are waiting for %1, so nothing was sent. Try again in a few minutes.")
            .arg(who);
    switch (c.outcome) {
    case Outcome::Success:
        break;
    case Outcome::Retryable:
        if (a.transport != T::Completed)
            return QCoreApplication::translate("ops::net",
                "Cannot reach %1, so nothing was sent. Check the network connection and the service address "
                "in the settings, then try again.")
                .arg(who);
        return QCoreApplication::translate("ops::net",
            "%1 is busy or temporarily unavailable (HTTP %2). The request was not carried out; try again in a "
            "few minutes.")
            .arg(who)
            .arg(status);
    case Outcome::Ambiguous:
        if (a.transport == T::Timeout)
            return QCoreApplication::translate("ops::net",
                "%1 did not answer in time. The request may have been carried out: check its status at %1 "
                "before sending it again.")
                .arg(who);
        if (a.transport != T::Completed)
            return QCoreApplication::translate("ops::net",
                "The connection to %1 was lost before its answer arrived. The request may have been carried "
                "out: check its status at %1 before sending it again.")
                .arg(who);
        if (status >= 200 && status < 300)
            return QCoreApplication::translate("ops::net",
                "%1 sent an unreadable answer. The request may have been carried out: check its status at %1 "
                "before sending it again.")
                .arg(who);
        return QCoreApplication::translate("ops::net",
            "%1 reported an internal error (HTTP %2). The request may have been carried out: check its status "
            "at %1 before sending it again.")
            .arg(who)
            .arg(status);
    case Outcome::Permanent:
        switch (c.kind) {
        case Error::Kind::Validation:
            return QCoreApplication::translate(
                "ops::net", "%1 refused the request as invalid (HTTP %2). Correct the data, then send it again.")
                .arg(who)
                .arg(status);
        case Error::Kind::Auth:
            return QCoreApplication::translate("ops::net",
                "%1 refused the credentials (HTTP %2). Check the account and API key for %1 in the settings.")
                .arg(who)
                .arg(status);
        case Error::Kind::NotFound:
            return QCoreApplication::translate("ops::net",
                "%1 does not know the requested item (HTTP %2). It may have been deleted: refresh and check "
                "the identifier.")
                .arg(who)
                .arg(status);
        case Error::Kind::Conflict:
            return QCoreApplication::translate("ops::net",
                "%1 reported a conflict with the current state (HTTP %2). Refresh, check the item, then try "
                "again.")
                .arg(who)
                .arg(status);
        default:
            break;
        }
        if (a.transport != T::Completed)
            return QCoreApplication::translate("ops::net",
                "The request to %1 failed. Check the network connection and the service address in the "
                "settings.")
                .arg(who);
        return QCoreApplication::translate(
            "ops::net", "%1 gave an unexpected answer (HTTP %2). Check the service address in the settings.")
            .arg(who)
            .arg(status);
    }
    return QCoreApplication::translate("ops::net", "The request to %1 failed.").arg(who);
}

QString providerLabel(const HttpRequest &request)
{
    return request.providerId.isEmpty() ? request.url.host() : request.providerId;
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Retryable:
        return QStringLiteral("retryable");
    case Outcome::Permanent:
        break;
    case Outcome::Ambiguous:
        return QStringLiteral("ambiguous");
    }
    return QStringLiteral("permanent");
}

Classification classify(const HttpRequest &request, const AttemptResult &attempt)
{
    using T = AttemptResult::Transport;
    Classification c;
    switch (attempt.transport) {
    case T::Completed:
        return byStatus(request, attempt.response);
    case T::Refused:
    case T::HostNotFound:
        c.outcome = Outcome::Retryable;
        c.kind = Error::Kind::Network;
        return c;
    case T::LimiterTimeout:
        c.outcome = Outcome::Retryable;
        c.kind = Error::Kind::Unavailable;
        return c;
    case T::Tls:
        c.outcome = Outcome::Permanent;
        c.kind = Error::Kind::Network;
        return c;
    case T::Cancelled:
        c.outcome = Outcome::Permanent;
        c.kind = Error::Kind::Cancelled;
        return c;
    case T::TooLarge: {
        // The provider answered: a 2xx to a request with effects was carried out, but its result cannot be read.
        const bool done = attempt.response.status >= 200 && attempt.response.status < 300;
        c.outcome = done && !request.isSafeMethod() ? Outcome::Ambiguous : Outcome::Permanent;
        c.kind = Error::Kind::Network;
        return c;
    }
    case T::Timeout:
    case T::ConnectionLost:
    case T::Other:
        break;
    }
    c.kind = Error::Kind::Network;
    c.outcome = (attempt.requestSent || attempt.responseStarted) ? Outcome::Ambiguous : Outcome::Retryable;
    return c;
}

Error makeError(
    const HttpRequest &request, const AttemptResult &attempt, const Classification &classification, int attempts)
{
    if (attempt.transport == AttemptResult::Transport::Cancelled)
        return cancelledError(request);
    const HttpResponse &r = attempt.response;
    Error e;
    e.kind = classification.kind;
    e.retryable = classification.outcome == Outcome::Retryable;
    e.code = kCodePrefix + outcomeName(classification.outcome) + QLatin1Char('/') + QString::number(r.status);
    if (!classification.providerCode.isEmpty())
        e.code += QLatin1Char('/') + classification.providerCode;
    e.userMessage = userMessageFor(attempt, classification, providerLabel(request));

    QString what;
    if (attempt.transport == AttemptResult::Transport::Completed) {
        what = QStringLiteral("HTTP %1").arg(r.status);
        if (!r.reason.isEmpty())
            what += QLatin1Char(' ') + QString::fromLatin1(r.reason);
        if (classification.outcome == Outcome::Ambiguous && r.isSuccess())
            what += QStringLiteral(" with a malformed body");
    } else {
        what = transportText(attempt);
        if (r.status > 0)
            what += QStringLiteral(" after HTTP %1").arg(r.status);
    }
    // One arg() call: a percent escape in the URL (%2C, %25) must never be read as a placeholder.
    e.detail = QStringLiteral("%1 %2 -> %3 [%4; attempt %5; %6 ms]")
                   .arg(QString::fromLatin1(request.method), safeUrl(request.url), what,
                       outcomeName(classification.outcome), QString::number(attempts), QString::number(r.elapsedMs));
    if (!r.body.isEmpty())
        e.detail += QStringLiteral(": ") + responseExcerpt(r.body);
    return e;
}

Error errorOfAnswer(const HttpRequest &request, const HttpResponse &response)
{
    HttpRequest plain = request;
    plain.answerStatuses.clear();
    AttemptResult attempt;
    attempt.requestSent = true;
    attempt.responseStarted = true;
    attempt.response = response;
    return makeError(plain, attempt, classify(plain, attempt), 1);
}

Error cancelledError(const HttpRequest &request)
{
    Error e = Error::make(Error::Kind::Cancelled,
        QCoreApplication::translate("ops::net", "The request to %1 was cancelled.").arg(providerLabel(request)),
        QStringLiteral("%1 %2 cancelled").arg(QString::fromLatin1(request.method), safeUrl(request.url)));
    e.code = kCodePrefix + QStringLiteral("permanent/0");
    return e;
}

Outcome outcomeOf(const Error &error)
{
    if (!error.code.startsWith(kCodePrefix))
        return Outcome::Permanent;
    const QString name = error.code.section(QLatin1Char('/'), 1, 1);
    if (name == u"retryable")
        return Outcome::Retryable;
    if (name == u"ambiguous")
        return Outcome::Ambiguous;
    if (name == u"success")
        return Outcome::Success;
    return Outcome::Permanent;
}

int httpStatusOf(const Error &error)
{
    if (!error.code.startsWith(kCodePrefix))
        return 0;
    return error.code.section(QLatin1Char('/'), 2, 2).toInt();
}

QString providerCodeOf(const Error &error)
{
    if (!error.code.startsWith(kCodePrefix))
        return {};
    return error.code.section(QLatin1Char('/'), 3);
}

QString responseExcerpt(const QByteArray &body, int maxChars)
{
    // Mask before cutting, so that a secret straddling the cut is never left half visible.
    const qsizetype window = qsizetype(maxChars) * 4;
    QString text = log::maskSecrets(QString::fromUtf8(body.left(window)).trimmed());
    if (text.size() > maxChars || body.size() > window)
        text = text.left(maxChars) + QStringLiteral("… (%1 bytes in all)").arg(body.size());
    return text;
}

QString safeUrl(const QUrl &url)
{
    return log::maskSecrets(url.toDisplayString(QUrl::RemoveUserInfo));
}

} // namespace ops::net
