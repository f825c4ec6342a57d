#pragma once

#include <optional>

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/outbox/OutboxTypes.h"

namespace ops::net {
class NetExecutor;
}

namespace ops::integrations {

struct MailjetConfig
{
    QString providerId = QStringLiteral("mailjet"); // base URL https://api.mailjet.com
    QString apiKey;
    QString secretKey;
    QString fromEmail; // used when a message has no From
    QString fromName;
};

struct MailjetAddress
{
    QString email;
    QString name;
};

struct MailjetAttachment
{
    QString contentType; // "application/pdf"
    QString filename;
    QByteArray content; // raw bytes; sent base64-encoded
};

struct MailjetMessage
{
    std::optional<MailjetAddress> from; // empty: the configured sender
    QList<MailjetAddress> to; // 1..50
    QList<MailjetAddress> cc;
    QList<MailjetAddress> bcc;
    std::optional<MailjetAddress> replyTo;
    QString subject;
    QString textPart;
    QString htmlPart;
    QList<std::pair<QString, QString>> headers; // e.g. List-Unsubscribe
    QString customId; // comes back in the result and in Mailjet's events
    QList<MailjetAttachment> attachments;
};

// The fate of one message of a send() call.
struct MailjetMessageResult
{
    int index = -1; // position in the list given to send()
    bool success = false;
    bool ambiguous = false; // the batch's answer was lost: it may have been sent; check before resending
    QString customId;
    QList<qint64> messageIds; // one per To recipient (64-bit: read with toInteger())
    QStringList messageUuids;
    QStringList errorCodes; // "mj-0003", ...
    QStringList errorMessages; // Mailjet's ErrorMessage texts
    QString userMessage; // translated, for a failed message
};

struct MailjetSendReport
{
    QList<MailjetMessageResult> results; // one per message, in input order
    int batches = 0;

    QList<int> failedIndexes() const; // to resend: failed, not ambiguous
    QList<int> ambiguousIndexes() const;
    int sentCount() const;
    bool allSent() const { return sentCount() == results.size(); }
};

// Mailjet Send API v3.1 over the NetExecutor: at most 50 messages per call (longer lists are split), per-message
// results so a partly failed batch names exactly the failed messages.
class MailjetClient
{
public:
    static constexpr int kMaxMessagesPerCall = 50;
    static constexpr int kMaxRecipientsPerList = 50;

    MailjetClient(net::NetExecutor &net, MailjetConfig config);

    const MailjetConfig &config() const { return m_config; }
    net::RawHeaders authHeaders() const;

    // Checked locally before anything is sent: recipients, sender, a text or HTML part, list sizes.
    Result<QJsonObject> messageJson(const MailjetMessage &message) const;
    static QList<QList<MailjetMessage>> splitBatches(
        const QList<MailjetMessage> &messages, int max = kMaxMessagesPerCall);
    // One outbox request ("email.send", POST /v3.1/send, JSON body) per batch of at most 50 messages.
    Result<QList<outbox::OutboxRequest>> sendRequests(
        const QList<MailjetMessage> &messages, bool sandbox = false) const;

    // Fails only when a message is invalid (nothing sent then); provider failures are in the report.
    QFuture<Result<MailjetSendReport>> send(const QList<MailjetMessage> &messages, bool sandbox = false);

    // A batch's answer (200, or 400 with per-message results) → one result per message, indexes from firstIndex.
    // Fails when the body has no Messages array of batchSize entries.
    static Result<QList<MailjetMessageResult>> parseSendResponse(
        const QJsonObject &body, int firstIndex, int batchSize);
    // Every message of a batch that got no per-message answer: the error's translated text, ambiguous outcomes kept.
    static QList<MailjetMessageResult> failedBatch(const Error &error, int firstIndex, int batchSize);
    static Error mapError(const Error &error);

private:
    net::NetExecutor &m_net;
    MailjetConfig m_config;
};

} // namespace ops::integrations

Q_DECLARE_METATYPE(ops::integrations::MailjetMessage)
Q_DECLARE_METATYPE(ops::integrations::MailjetMessageResult)
Q_DECLARE_METATYPE(ops::integrations::MailjetSendReport)
