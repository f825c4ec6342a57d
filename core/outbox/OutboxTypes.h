#pragma once

#include <chrono>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/common/Result.h"

namespace ops::outbox {

enum class OutboxStatus
{
    Pending, // waiting for its next attempt (next_attempt_at)
    Sending, // claimed by a worker until its lease ends
    Sent,
    Failed, // refused by the provider, or out of attempts: an operator may retry it
    Ambiguous, // may or may not have reached a provider without idempotency: an operator decides
    Cancelled,
};

QString statusName(OutboxStatus s); // the database spelling: "pending", "sending", ...
std::optional<OutboxStatus> statusFromName(const QString &name);
bool isKnownProvider(const QString &provider); // twilio, mailjet, stripe, traccar, genieacs, test

// The call to make, as stored in outbox.request. path is resolved against the provider's base URL. The body is one
// of: form fields (in order; a key may repeat), a JSON document, or raw bytes with a content type. Headers must never
// hold secrets: the worker adds the provider's authentication.
struct OutboxRequest
{
    QString provider;
    QString operation; // "sms.send", "payment_intent.create", ...
    QByteArray method = QByteArrayLiteral("POST");
    QString path;
    QList<std::pair<QString, QString>> headers;
    QList<std::pair<QString, QString>> form;
    std::optional<QJsonObject> json;
    QByteArray body;
    QByteArray contentType;
    QString businessEntity; // "invoice", "dispatch_job", ... with businessId; both or neither
    std::optional<qint64> businessId;
    int maxAttempts = 8;
    QString idempotencyKey; // empty: made by the database ("targo-outbox-<uuid>")

    QJsonObject toJson() const;
    static std::optional<OutboxRequest> fromJson(
        const QString &provider, const QString &operation, const QJsonObject &request);

    // The request stays on its provider (any database user can write an outbox row, and the worker adds the
    // provider's credentials): path relative with one leading '/', no scheme, no "//", no "." or ".." segment (also
    // percent-encoded), no backslash or control character; headers never set Authorization, Proxy-Authorization,
    // Host, Cookie or Idempotency-Key (any case). Validation error otherwise, and the row is never sent.
    Status checkPinned() const;
};

struct OutboxItem
{
    qint64 id = 0;
    QString provider;
    QString operation;
    QJsonObject request;
    QString idempotencyKey;
    OutboxStatus status = OutboxStatus::Pending;
    int attempts = 0;
    int maxAttempts = 0;
    QDateTime nextAttemptAt;
    QString claimedBy;
    QDateTime claimedAt;
    QDateTime leaseUntil;
    int lastHttpStatus = 0; // 0: none
    QString lastError;
    QString providerRef;
    QString businessEntity;
    std::optional<qint64> businessId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sentAt;

    // Sending it again cannot cause a second effect: Stripe (Idempotency-Key from the row) or a safe method.
    bool isIdempotent() const;
};

struct OutboxFilter
{
    std::optional<OutboxStatus> status;
    QString provider; // empty: all
    std::optional<qint64> beforeId; // keyset paging, newest first: rows with id < beforeId
    int limit = 100;
};

// How one attempt ended, as the repository records it.
struct OutboxFailure
{
    enum class Disposition
    {
        Retry, // back to pending after delay (failed when out of attempts)
        Fail, // failed: the provider refused it
        Ambiguous, // ambiguous: may have been carried out, never resent automatically
    };
    Disposition disposition = Disposition::Fail;
    int httpStatus = 0;
    QString error; // the provider's real answer: status, message, response text
    std::chrono::milliseconds delay{0};
};

// What a provider's answer (a 2xx, or a status the request reads itself, like Mailjet's 400 with per-message
// results) means for the row. Made by integrations::interpretAnswer().
struct SendVerdict
{
    enum class Kind
    {
        Sent, // everything was done
        PartlyFailed, // some of it was done (a Mailjet batch): the row keeps only what failed, as 'failed'
        Failed, // nothing was done: the provider refused it
        Ambiguous, // accepted, but what was done cannot be read from the answer
    };
    Kind kind = Kind::Sent;
    QString providerRef;
    QJsonObject response; // stored in outbox.response
    std::optional<QJsonObject> remainingRequest; // PartlyFailed: the request narrowed to the failed part
    QString error; // not Sent: the provider's own text
};

// The result of looking up an ambiguous row at its provider.
struct Reconciliation
{
    bool found = false; // the provider did it: the row is sent
    QString providerRef;
    QJsonObject response;
    QString note; // what was checked, for last_error when not found
};

} // namespace ops::outbox

Q_DECLARE_METATYPE(ops::outbox::OutboxItem)
