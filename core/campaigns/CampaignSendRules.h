#pragma once

#include <chrono>
#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QString>

// The sending side's rules, without a database (docs/campaigns.md "Sending"): the retry schedule (3 attempts, 2 s then
// 5 s), what a provider's failure means for a recipient, and how a Mailjet batch's answer names each recipient's fate.
namespace ops::campaigns {

// At most kMaxAttempts sends of one recipient; after the n-th failed attempt the next one waits retryDelay(n).
struct RetrySchedule
{
    static constexpr int kMaxAttempts = 3;
    // attemptsDone 1 → 2 s, 2 → 5 s; nullopt from kMaxAttempts on (the recipient is failed).
    static std::optional<std::chrono::milliseconds> retryDelay(int attemptsDone);
};

enum class FailureKind
{
    Retryable, // nothing was done and a later attempt may work: 429, 408, 5xx refused before processing, timeout
    Permanent, // the provider refused this message (bad address, Twilio 21610 unsubscribed, ...): never retried
    Ambiguous, // may have been sent: never resent without an operator's decision
};

// One failure as the provider told it: its HTTP status (0: no answer), its own code and its own text.
struct ProviderFailure
{
    FailureKind kind = FailureKind::Permanent;
    int httpStatus = 0;
    QString code; // Twilio "21610", Mailjet "mj-0013", ...
    QString text; // the provider's message; the whole error when the provider gave none
};

// What an HTTP status and provider code mean for a recipient (no answer, 408, 429, 5xx: retryable; other: permanent).
FailureKind classifyFailure(int httpStatus, const QString &providerCode);

// A failed outbox row's error (OutboxItem::lastError: "POST url -> HTTP 400 [...]: {body}") read into the provider's
// code and text, classified by classifyFailure().
ProviderFailure failureOfOutboxError(int httpStatus, const QString &lastError);

// One message of a Mailjet batch answer (200, or 400 with per-message results), found by its CustomID.
struct MessageOutcome
{
    bool sent = false;
    QString messageId; // Mailjet's MessageID of the first recipient
    ProviderFailure failure; // when not sent
};

// Every message of a Mailjet answer keyed by CustomID (the recipient id); empty when the answer has no Messages.
QHash<QString, MessageOutcome> mailjetOutcomes(const QJsonObject &response);

} // namespace ops::campaigns
