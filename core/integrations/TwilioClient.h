#pragma once

#include <optional>

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/outbox/OutboxTypes.h"

namespace ops::net {
class NetExecutor;
}

namespace ops::integrations {

struct TwilioConfig
{
    QString providerId = QStringLiteral("twilio"); // the NetExecutor provider: base URL https://api.twilio.com
    QString accountSid; // AC...
    QString authToken; // or an API key secret, with apiKeySid
    QString apiKeySid; // SK...; empty: Basic with accountSid:authToken
};

struct TwilioSms
{
    QString to; // E.164 (normalizeQuebecPhone)
    QString from; // E.164 sender, or
    QString messagingServiceSid; // MG...
    QString body;
    QStringList mediaUrls;
    QString statusCallback;
};

// Twilio's Message resource (2010-04-01), the fields the ops client uses.
struct TwilioMessage
{
    QString sid;
    QString status; // queued, sending, sent, delivered, undelivered, failed, ...
    QString to;
    QString from;
    QString messagingServiceSid;
    QString body;
    QString direction;
    int errorCode = 0; // 0: none
    QString errorMessage;
    int numSegments = 0;
    QString price; // text as sent ("-0.00750"); empty while unknown
    QString priceUnit;
    QDateTime dateCreated; // UTC
    QDateTime dateSent;
    QDateTime dateUpdated;

    static Result<TwilioMessage> fromJson(const QJsonObject &o);
    bool isFinal() const; // delivered, undelivered, failed, received, canceled
};

struct TwilioMessageFilter
{
    QString to; // E.164
    QString from;
    QDateTime sentAfter; // DateSent>; invalid: no limit
};

// "Thu, 24 Aug 2023 05:01:45 +0000" → UTC; invalid when empty or unreadable.
QDateTime parseRfc2822Date(const QString &text);

// Twilio Programmable Messaging over the NetExecutor. Sending goes through the outbox in production:
// sendSmsRequest() gives the row to store; sendSms() sends at once (tests, "Test connection").
class TwilioClient
{
public:
    TwilioClient(net::NetExecutor &net, TwilioConfig config);

    const TwilioConfig &config() const { return m_config; }
    net::RawHeaders authHeaders() const;
    QString messagesPath() const; // /2010-04-01/Accounts/{Sid}/Messages.json

    // Validates (To, From or MessagingServiceSid, Body or media) and builds the outbox request "sms.send". No
    // secrets and no idempotency key: Twilio has none, so an ambiguous outcome must be reconciled, not resent.
    Result<outbox::OutboxRequest> sendSmsRequest(const TwilioSms &sms) const;

    QFuture<Result<TwilioMessage>> sendSms(const TwilioSms &sms);
    QFuture<Result<TwilioMessage>> fetchMessage(const QString &sid);
    // Follows next_page_uri until the last page or maxPages pages.
    QFuture<Result<QList<TwilioMessage>>> listMessages(
        int pageSize = 50, int maxPages = 20, const TwilioMessageFilter &filter = {});

    // Reconciling an ambiguous "sms.send" (Twilio has no idempotency key): among messages listed for the recipient,
    // the one Twilio created for this SMS (same To and Body, created at or after since), if any. Found: it was
    // sent, record its sid; not found: an operator decides whether to resend. A message whose sid is in
    // alreadyRecorded (the result of another outbox row) never matches: the same text sent twice to one number is
    // two messages.
    static std::optional<TwilioMessage> findSent(const QList<TwilioMessage> &candidates, const TwilioSms &sms,
        const QDateTime &since, const QSet<QString> &alreadyRecorded = {});

    // A core/net Error from a Twilio call, with a translated message built from Twilio's code and message.
    static Error mapError(const Error &error);
    static Result<QList<TwilioMessage>> parseMessagePage(const QJsonObject &page, QString *nextPageUri);

private:
    QFuture<Result<TwilioMessage>> sendOne(const net::HttpRequest &request);

    net::NetExecutor &m_net;
    TwilioConfig m_config;
};

} // namespace ops::integrations

Q_DECLARE_METATYPE(ops::integrations::TwilioMessage)
Q_DECLARE_METATYPE(ops::integrations::TwilioSms)
