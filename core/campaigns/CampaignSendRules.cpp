#include "core/campaigns/CampaignSendRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ops::campaigns {

namespace {

QString scalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

// The provider's code and message in a JSON error body (Twilio {"code","message"}, Mailjet
// {"ErrorCode","ErrorMessage"}, Stripe-like {"error":{"code","message"}}).
void readJsonError(const QJsonObject &o, ProviderFailure &f)
{
    QJsonObject e = o.value(u"error").isObject() ? o.value(u"error").toObject() : o;
    if (e.contains(u"code") || e.contains(u"message")) {
        f.code = scalar(e.value(u"code"));
        f.text = e.value(u"message").toString();
    } else if (e.contains(u"ErrorCode") || e.contains(u"ErrorMessage")) {
        f.code = scalar(e.value(u"ErrorCode"));
        f.text = e.value(u"ErrorMessage").toString();
    }
}

} // namespace

std::optional<std::chrono::milliseconds> RetrySchedule::retryDelay(int attemptsDone)
{
    using namespace std::chrono_literals;
    if (attemptsDone <= 1)
        return 2000ms;
    if (attemptsDone < kMaxAttempts)
        return 5000ms;
    return std::nullopt;
}

FailureKind classifyFailure(int httpStatus, const QString &providerCode)
{
    if (providerCode == u"20429") // Twilio's "too many requests" in any status
        return FailureKind::Retryable;
    if (httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500)
        return FailureKind::Retryable;
    return FailureKind::Permanent;
}

ProviderFailure failureOfOutboxError(int httpStatus, const QString &lastError)
{
    ProviderFailure f;
    f.httpStatus = httpStatus;
    // The answer's body follows "]: " in the outbox's error text (net::errorOfAnswer); it may be cut short.
    const qsizetype at = lastError.indexOf(QStringLiteral("]: "));
    const QString body = at >= 0 ? lastError.mid(at + 3).trimmed() : QString();
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8());
    if (doc.isObject()) {
        readJsonError(doc.object(), f);
    } else if (!body.isEmpty()) {
        static const QRegularExpression code(QStringLiteral("\"(?:code|ErrorCode)\"\\s*:\\s*\"?([A-Za-z0-9_.-]+)"));
        static const QRegularExpression message(QStringLiteral("\"(?:message|ErrorMessage)\"\\s*:\\s*\"([^\"]*)"));
        if (const auto m = code.match(body); m.hasMatch())
            f.code = m.captured(1);
        if (const auto m = message.match(body); m.hasMatch())
            f.text = m.captured(1);
    }
    if (f.text.isEmpty())
        f.text = lastError.trimmed();
    f.kind = classifyFailure(httpStatus, f.code);
    return f;
}

QHash<QString, MessageOutcome> mailjetOutcomes(const QJsonObject &response)
{
    QHash<QString, MessageOutcome> out;
    const QJsonArray messages = response.value(u"Messages").toArray();
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        const QString customId = m.value(u"CustomID").toString();
        if (customId.isEmpty())
            continue;
        MessageOutcome o;
        if (m.value(u"Status").toString() == u"success") {
            o.sent = true;
            o.messageId = scalar(m.value(u"To").toArray().at(0).toObject().value(u"MessageID"));
        } else {
            const QJsonObject e = m.value(u"Errors").toArray().at(0).toObject();
            o.failure.httpStatus = e.value(u"StatusCode").toInt();
            o.failure.code = e.value(u"ErrorCode").toString();
            o.failure.text = e.value(u"ErrorMessage").toString();
            if (o.failure.text.isEmpty())
                o.failure.text = QStringLiteral("Mailjet: %1").arg(m.value(u"Status").toString());
            // A message-level error is Mailjet's verdict on that message (its status code is 400 for a bad address);
            // only a 429 or 5xx message status is worth another attempt.
            o.failure.kind = o.failure.httpStatus == 429 || o.failure.httpStatus >= 500 ? FailureKind::Retryable
                                                                                        : FailureKind::Permanent;
        }
        out.insert(customId, o);
    }
    return out;
}

} // namespace ops::campaigns
