#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/campaigns/CampaignTypes.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::campaigns {

// A pending recipient claimed by the queue step, with ops_casl_block's answer asked right now (empty: it may go).
struct DueRecipient
{
    Recipient recipient;
    QString block;
};

// An outbox row as the collect step reads it (its own status, the provider's answer and error).
struct OutboxOutcome
{
    qint64 id = 0;
    QString provider;
    QString status; // sent, failed, ambiguous, cancelled (or still pending/sending)
    int httpStatus = 0;
    QString lastError;
    QString providerRef;
    QJsonObject response;
    QDateTime sentAt;
};

// One recipient's new state (collect step, decisions). Fields left empty are cleared.
struct RecipientUpdate
{
    qint64 id = 0;
    QString status;
    int attempts = 0;
    QString lastError;
    QString errorCode;
    int httpStatus = 0;
    QString providerMessageId;
    QDateTime sentAt; // invalid: unchanged
    std::optional<qint64> retryInMs; // pending again: next_attempt_at = now() + this
};

// The live dashboard's numbers.
struct CampaignProgress
{
    QString status; // the campaign's
    qint64 total = 0, pending = 0, queued = 0, sent = 0, failed = 0, skipped = 0, ambiguous = 0, cancelled = 0;
    double ratePerSec = 0.0; // recipients sent in the last 10 s, per second
};

// One campaign a customer was in (the customer file's "Campaigns" section).
struct CustomerCampaignEntry
{
    qint64 campaignId = 0;
    QString campaignCode;
    QString campaignName;
    QString channel;
    QString classification;
    Recipient recipient;
};

// SQL of the sending side (campaigns, campaign_recipients, and the outbox rows of campaigns). Synchronous; DB threads
// or targo-opsctl only. The caller holds the transaction where one is needed (CampaignSender).
class CampaignSendRepository
{
public:
    explicit CampaignSendRepository(db::PgConnection &c);

    Result<Campaign> findByCode(const QString &code);
    Result<Campaign> find(qint64 id);
    // Campaigns with work: 'sending', or paused/cancelled with rows still in flight; oldest first.
    Result<QList<qint64>> sendingCampaigns();
    // The campaign's status, locked until the transaction ends (FOR SHARE: a pause waits for a queue step).
    Result<QString> lockStatus(qint64 campaignId);

    // Moves the campaign from one of `from` to `to` (with its timestamps). false: it was in none of them.
    Result<bool> setStatus(qint64 campaignId, const QStringList &from, const QString &to);
    // sending → completed when no recipient is pending or queued. true when it completed now.
    Result<bool> completeIfDone(qint64 campaignId);

    // Queue step (inside its transaction): up to limit due pending recipients, FOR UPDATE SKIP LOCKED, each with the
    // CASL check asked again now.
    Result<QList<DueRecipient>> claimDue(qint64 campaignId, int limit);
    Result<qint64> queuedCount(qint64 campaignId); // recipients in outbox rows not collected yet
    Status markSkipped(qint64 recipientId, const QString &reason);
    Status markUnsendable(qint64 recipientId, const QString &error, const QString &code); // failed, never sent
    Status markQueued(const QList<qint64> &recipientIds, qint64 outboxId);

    // Collect step: outbox rows of this campaign's queued recipients that are finished (sent, failed, ambiguous,
    // cancelled), and rows settled as sent after their recipients were marked ambiguous (a Twilio lookup).
    Result<QList<qint64>> finishedOutboxRows(qint64 campaignId, int limit);
    Result<std::optional<OutboxOutcome>> lockOutboxRow(qint64 outboxId); // FOR UPDATE
    // The recipients waiting on that row (queued, or ambiguous when it is now sent), locked.
    Result<QList<Recipient>> recipientsOfOutbox(qint64 outboxId);
    Status update(const RecipientUpdate &u);
    // The campaign took a failed or ambiguous row over (its recipients carry the outcome): the row is cancelled with
    // the note, so a retry from the outbox screen can never send it a second time.
    Status closeOutboxRow(qint64 outboxId, const QString &note);

    // Operator decisions.
    // Pending recipients → cancelled; queued ones whose row is still pending in the outbox → cancelled with it. Returns
    // the recipients cancelled. (Rows already being sent finish and are collected.)
    Result<int> cancelRecipients(qint64 campaignId);
    // failed → pending with attempts reset: one address, or all failed ones (address empty). Returns how many.
    Result<int> resendFailed(qint64 campaignId, const QString &address);
    Result<std::optional<Recipient>> findRecipient(qint64 campaignId, const QString &address);

    // Reading.
    Result<CampaignProgress> progress(qint64 campaignId);
    // The report: recipients in id order after afterId (keyset pages of limit).
    Result<QList<Recipient>> recipients(qint64 campaignId, qint64 afterId, int limit);
    Result<QList<CustomerCampaignEntry>> recipientsOfCustomer(qint64 customerId, int limit = 200);

private:
    db::PgConnection &m_c;
};

} // namespace ops::campaigns
