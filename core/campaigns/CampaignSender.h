#pragma once

#include <QString>

#include "core/campaigns/CampaignTypes.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}
namespace ops::integrations {
class IntegrationSettings;
}

namespace ops::campaigns {

struct OutboxOutcome;
class CampaignSendRepository;

// Who the messages come from (the integration settings: Mailjet's sender address, Twilio's account and sender).
struct SendConfig
{
    QString fromEmail; // Mailjet From
    QString fromName;
    QString twilioAccountSid; // AC...
    QString twilioSender; // E.164 From, or a Messaging Service SID (MG...)
    int queueBatch = 500; // recipients claimed by one queue step
    // At most this many recipients in outbox rows not yet collected: the queue follows the provider's pace, so rows
    // never wait in the rate limiter longer than its patience (NetExecutor: 120 s), and a pause stops soon.
    int maxQueued = 1000;
    int collectBatch = 200; // outbox rows read by one collect step
};

// The senders of the integration settings: Mailjet's sender address, Twilio's account and sender.
SendConfig sendConfigOf(const integrations::IntegrationSettings &settings);

// What one step did.
struct SendStepStats
{
    int queued = 0; // recipients put in outbox rows
    int outboxRows = 0; // rows enqueued
    int skipped = 0; // CASL said no right before the send
    int unsendable = 0; // render failure or an address the provider's client refuses: failed at once
    int sent = 0;
    int retried = 0; // pending again after a retryable failure
    int failed = 0;
    int ambiguous = 0;
    int cancelled = 0;
    bool completed = false; // the campaign completed in this step

    SendStepStats &operator+=(const SendStepStats &o);
};

// The sending side of a campaign (docs/campaigns.md "Sending"), crash-safe by construction:
// - queueStep (one transaction): claims due pending recipients (SKIP LOCKED), asks ops_casl_block again (blocked:
//   skipped with the reason), renders each message, enqueues the outbox rows (e-mail: Mailjet batches of up to 50,
//   CustomID = recipient id; SMS: one Twilio row each) and marks the recipients queued with their row, together.
//   Campaign rows have max_attempts 1: the outbox never resends them by itself (a retry could send a batch's
//   delivered messages twice); the campaign owns the 3 attempts and their back-off.
// - collectStep (one transaction per finished outbox row): per message sent (with the provider's id), retryable
//   failure (pending again in 2 s, then 5 s; failed after the 3rd attempt with the provider's text and code),
//   permanent failure (failed at once), ambiguous (never resent: an operator decides). A failed row is then closed
//   (cancelled) in the outbox, so its own retry can never send it again.
// A restart at any point loses nothing and sends nothing twice: a recipient is queued in the transaction that
// enqueues its row, and the outbox's lease rules turn a row that was in flight when its worker died into
// 'ambiguous'. Blocking: runs on a DB thread or in targo-opsctl, with a connection of its own.
class CampaignSender
{
public:
    CampaignSender(db::PgConnection &c, MessageRenderer renderer, SendConfig config);

    // draft/scheduled/paused → sending (sending stays sending). Refused for completed or cancelled campaigns.
    Status start(qint64 campaignId);
    Status pause(qint64 campaignId); // no new queueing; queued rows finish and are collected
    Status resume(qint64 campaignId);
    // Pending recipients cancelled, queued ones too when their row has not left the outbox. Returns how many.
    Result<int> cancel(qint64 campaignId);
    // failed → pending (attempts reset) for one address or all failed (address empty); the campaign sends again.
    Result<int> resend(qint64 campaignId, const QString &address);
    // An ambiguous recipient: markSent (the operator checked it arrived) or send it again. Its outbox row is closed.
    Status decideAmbiguous(qint64 campaignId, const QString &address, bool markSent);

    // A test send to oneself (the Campaigns section): the message rendered for a recipient, to another address, in
    // its own outbox row (business entity campaign_test; never a recipient's). Returns the row's id.
    Result<qint64> queueTestMessage(const Campaign &campaign, const QString &address, const RenderedMessage &message);

    Result<SendStepStats> queueStep(qint64 campaignId);
    Result<SendStepStats> collectStep(qint64 campaignId);
    // Collect then queue every campaign in 'sending', completing those with nothing left (the worker's loop).
    Result<SendStepStats> tick();
    // Collect, queue and complete this one campaign (also when paused: then it only collects).
    Result<SendStepStats> step(qint64 campaignId);

private:
    Result<SendStepStats> collectRow(qint64 outboxId);
    Status queueEmail(
        const Campaign &campaign, const QList<std::pair<Recipient, RenderedMessage>> &batch, SendStepStats &stats);
    Status queueSms(
        const Campaign &campaign, const Recipient &recipient, const RenderedMessage &message, SendStepStats &stats);

    db::PgConnection &m_c;
    MessageRenderer m_renderer;
    SendConfig m_config;
};

} // namespace ops::campaigns
