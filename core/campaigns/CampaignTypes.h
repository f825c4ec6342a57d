#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include "core/common/Result.h"

// Campaigns (issue 14, docs/campaigns.md, migration 0024): the types shared by the audience side (templates,
// segments, CASL, creation) and the sending side (outbox rows, retries, pause/resume/cancel, report).
namespace ops::campaigns {

enum class Channel
{
    Email, // Mailjet
    Sms, // Twilio
};

enum class Classification
{
    Transactional,
    Commercial, // CASL: consent, sender identification, unsubscribe
};

// The database spellings ("email", "sms", "transactional", "commercial").
QString channelName(Channel c);
std::optional<Channel> channelFromName(const QString &name);
QString classificationName(Classification c);
std::optional<Classification> classificationFromName(const QString &name);

struct Campaign
{
    qint64 id = 0;
    QString code; // CMP-yyyymmdd-xxxxxx
    QString name;
    Channel channel = Channel::Email;
    Classification classification = Classification::Transactional;
    QString subjectFr, subjectEn; // e-mail only
    QString bodyFr, bodyEn; // templates (docs/campaigns.md: the variables)
    QString status; // draft, scheduled, sending, paused, completed, cancelled
    QString source; // segment, csv, manual
    QJsonObject segment; // the filter model; empty for csv/manual
    QDateTime createdAt, startedAt, completedAt, cancelledAt;
    int version = 0;
};

struct Recipient
{
    qint64 id = 0;
    qint64 campaignId = 0;
    std::optional<qint64> customerId; // none: a CSV or manual address that is no customer's
    QString address; // lower-cased e-mail, or E.164
    QString language = QStringLiteral("fr");
    QString firstName;
    QString origin; // segment, csv, manual
    // pending, queued, sending, sent, delivered, failed, skipped, ambiguous, cancelled (migration 0024)
    QString status;
    QString skipReason; // skipped only: unsubscribed, no_consent, consent_revoked, consent_expired, ...
    int attempts = 0;
    QString lastError; // the provider's own text
    QString errorCode; // the provider's own code (Mailjet "mj-0003", Twilio "21610")
    int httpStatus = 0;
    QString providerMessageId;
    std::optional<qint64> outboxId;
    QDateTime nextAttemptAt, sentAt, createdAt, updatedAt;
    QDateTime queuedAt; // put in an outbox row (migration 0025)
    QUuid unsubscribeToken;
};

// One recipient's message, in the recipient's language, ready to send.
struct RenderedMessage
{
    QString subject; // e-mail only
    QString html; // e-mail only: the HTML part (variables escaped)
    QString text; // the SMS body, or the e-mail's text part
    QString unsubscribeUrl; // commercial e-mail: the link and the List-Unsubscribe / List-Unsubscribe-Post headers
};

// Builds one recipient's message (the audience side implements it: templates, variables, CASL footer and link);
// the sender takes it as a parameter, so it is tested with any renderer. Blocking (DB executor or targo-opsctl).
using MessageRenderer = std::function<Result<RenderedMessage>(const Campaign &, const Recipient &)>;

} // namespace ops::campaigns

Q_DECLARE_METATYPE(ops::campaigns::Campaign)
Q_DECLARE_METATYPE(ops::campaigns::Recipient)
