#include "core/campaigns/CampaignSender.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QHash>

#include "core/campaigns/CampaignSendRepository.h"
#include "core/campaigns/CampaignSendRules.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/integrations/MailjetClient.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/TwilioClient.h"
#include "core/logging/Logger.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxRepository.h"

namespace ops::campaigns {

namespace {

const QString kBusinessEntity = QStringLiteral("campaign");

enum class Action
{
    Send,
    Pause,
    Resume,
    Cancel,
    Resend,
};

Error stateError(const Campaign &c, Action action)
{
    QString text;
    switch (action) {
    case Action::Send:
        text = QCoreApplication::translate("ops::campaigns", "Campaign %1 is %2: it cannot be sent.");
        break;
    case Action::Pause:
        text = QCoreApplication::translate(
            "ops::campaigns", "Campaign %1 is %2: only a campaign being sent can be paused.");
        break;
    case Action::Resume:
        text =
            QCoreApplication::translate("ops::campaigns", "Campaign %1 is %2: only a paused campaign can be resumed.");
        break;
    case Action::Cancel:
        text = QCoreApplication::translate("ops::campaigns", "Campaign %1 is %2: it cannot be cancelled.");
        break;
    case Action::Resend:
        text = QCoreApplication::translate("ops::campaigns", "Campaign %1 is %2: nothing can be sent again.");
        break;
    }
    return Error::make(Error::Kind::Conflict, text.arg(c.code, c.status));
}

// One recipient's next state after a failed attempt (attemptsDone counts this one).
RecipientUpdate afterFailure(const Recipient &r, int attemptsDone, const ProviderFailure &f)
{
    RecipientUpdate u;
    u.id = r.id;
    u.attempts = attemptsDone;
    u.lastError = f.text;
    u.errorCode = f.code;
    u.httpStatus = f.httpStatus;
    if (f.kind == FailureKind::Ambiguous) {
        u.status = QStringLiteral("ambiguous");
    } else if (f.kind == FailureKind::Retryable && RetrySchedule::retryDelay(attemptsDone)) {
        u.status = QStringLiteral("pending");
        u.retryInMs = RetrySchedule::retryDelay(attemptsDone)->count();
    } else {
        u.status = QStringLiteral("failed");
    }
    return u;
}

RecipientUpdate sentUpdate(const Recipient &r, int attempts, const QString &messageId, const QDateTime &at)
{
    RecipientUpdate u;
    u.id = r.id;
    u.status = QStringLiteral("sent");
    u.attempts = attempts;
    u.providerMessageId = messageId;
    u.sentAt = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    return u;
}

void tally(SendStepStats &s, const QString &status)
{
    if (status == u"sent")
        ++s.sent;
    else if (status == u"pending")
        ++s.retried;
    else if (status == u"failed")
        ++s.failed;
    else if (status == u"ambiguous")
        ++s.ambiguous;
    else if (status == u"cancelled")
        ++s.cancelled;
}

// Runs fn in one transaction on c.
template <typename T> Result<T> inTransaction(db::PgConnection &c, const std::function<Result<T>()> &fn)
{
    db::Transaction tx(c);
    if (!tx.begun().ok())
        return tx.begun().error();
    Result<T> r = fn();
    if (!r.ok())
        return r; // rolled back by the destructor
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return r;
}

} // namespace

SendConfig sendConfigOf(const integrations::IntegrationSettings &s)
{
    SendConfig config;
    config.fromEmail = s.provider(QStringLiteral("mailjet")).sender;
    config.fromName = QStringLiteral("TARGO");
    config.twilioAccountSid = s.provider(QStringLiteral("twilio")).account;
    config.twilioSender = s.provider(QStringLiteral("twilio")).sender;
    return config;
}

SendStepStats &SendStepStats::operator+=(const SendStepStats &o)
{
    queued += o.queued;
    outboxRows += o.outboxRows;
    skipped += o.skipped;
    unsendable += o.unsendable;
    sent += o.sent;
    retried += o.retried;
    failed += o.failed;
    ambiguous += o.ambiguous;
    cancelled += o.cancelled;
    completed = completed || o.completed;
    return *this;
}

CampaignSender::CampaignSender(db::PgConnection &c, MessageRenderer renderer, SendConfig config)
    : m_c(c)
    , m_renderer(std::move(renderer))
    , m_config(std::move(config))
{}

Status CampaignSender::start(qint64 campaignId)
{
    CampaignSendRepository repo(m_c);
    auto campaign = repo.find(campaignId);
    if (!campaign.ok())
        return campaign.error();
    auto moved = repo.setStatus(campaignId,
        {QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("paused"), QStringLiteral("sending")},
        QStringLiteral("sending"));
    if (!moved.ok())
        return moved.error();
    if (!moved.value())
        return stateError(campaign.value(), Action::Send);
    log::get("campaign")->info("campaign {} sending", campaign->code);
    return success();
}

Status CampaignSender::pause(qint64 campaignId)
{
    CampaignSendRepository repo(m_c);
    auto campaign = repo.find(campaignId);
    if (!campaign.ok())
        return campaign.error();
    auto moved = repo.setStatus(campaignId, {QStringLiteral("sending")}, QStringLiteral("paused"));
    if (!moved.ok())
        return moved.error();
    if (!moved.value())
        return stateError(campaign.value(), Action::Pause);
    return success();
}

Status CampaignSender::resume(qint64 campaignId)
{
    CampaignSendRepository repo(m_c);
    auto campaign = repo.find(campaignId);
    if (!campaign.ok())
        return campaign.error();
    auto moved = repo.setStatus(campaignId, {QStringLiteral("paused")}, QStringLiteral("sending"));
    if (!moved.ok())
        return moved.error();
    if (!moved.value())
        return stateError(campaign.value(), Action::Resume);
    return success();
}

Result<int> CampaignSender::cancel(qint64 campaignId)
{
    return inTransaction<int>(m_c, [&]() -> Result<int> {
        CampaignSendRepository repo(m_c);
        auto campaign = repo.find(campaignId);
        if (!campaign.ok())
            return campaign.error();
        auto moved = repo.setStatus(campaignId,
            {QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("sending"), QStringLiteral("paused")},
            QStringLiteral("cancelled"));
        if (!moved.ok())
            return moved.error();
        if (!moved.value())
            return stateError(campaign.value(), Action::Cancel);
        return repo.cancelRecipients(campaignId);
    });
}

Result<int> CampaignSender::resend(qint64 campaignId, const QString &address)
{
    return inTransaction<int>(m_c, [&]() -> Result<int> {
        CampaignSendRepository repo(m_c);
        auto campaign = repo.find(campaignId);
        if (!campaign.ok())
            return campaign.error();
        if (campaign->status == u"cancelled")
            return stateError(campaign.value(), Action::Resend);
        if (!address.isEmpty()) {
            auto r = repo.findRecipient(campaignId, address);
            if (!r.ok())
                return r.error();
            if (!r.value())
                return Error::make(Error::Kind::NotFound,
                    QCoreApplication::translate("ops::campaigns", "%1 is not a recipient of campaign %2.")
                        .arg(address, campaign->code));
            if (r.value()->status != u"failed")
                return Error::make(Error::Kind::Conflict,
                    QCoreApplication::translate(
                        "ops::campaigns", "%1 is %2 in campaign %3: only a failed recipient is sent again.")
                        .arg(address, r.value()->status, campaign->code));
        }
        auto n = repo.resendFailed(campaignId, address);
        if (!n.ok())
            return n.error();
        if (n.value() > 0) {
            auto moved = repo.setStatus(
                campaignId, {QStringLiteral("completed"), QStringLiteral("draft")}, QStringLiteral("sending"));
            if (!moved.ok())
                return moved.error();
        }
        return n.value();
    });
}

Status CampaignSender::decideAmbiguous(qint64 campaignId, const QString &address, bool markSent)
{
    auto done = inTransaction<Unit>(m_c, [&]() -> Result<Unit> {
        CampaignSendRepository repo(m_c);
        auto campaign = repo.find(campaignId);
        if (!campaign.ok())
            return campaign.error();
        auto found = repo.findRecipient(campaignId, address);
        if (!found.ok())
            return found.error();
        if (!found.value())
            return Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("ops::campaigns", "%1 is not a recipient of campaign %2.")
                    .arg(address, campaign->code));
        const Recipient r = *found.value();
        if (r.status != u"ambiguous")
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate(
                    "ops::campaigns", "%1 is %2 in campaign %3: only an ambiguous send needs a decision.")
                    .arg(address, r.status, campaign->code));
        if (r.outboxId) {
            auto row = repo.lockOutboxRow(*r.outboxId);
            if (!row.ok())
                return row.error();
            if (row.value() && row.value()->status == u"sent")
                return Error::make(Error::Kind::Conflict,
                    QCoreApplication::translate("ops::campaigns",
                        "The provider confirmed meanwhile that the message to %1 was sent: nothing to decide.")
                        .arg(address));
            const QString note = markSent ? QStringLiteral("campaign %1: %2 marked sent by an operator")
                                          : QStringLiteral("campaign %1: %2 sent again by an operator");
            if (Status s = repo.closeOutboxRow(*r.outboxId, note.arg(campaign->code, address)); !s.ok())
                return s.error();
        }
        RecipientUpdate u;
        u.id = r.id;
        u.attempts = r.attempts;
        if (markSent) {
            u = sentUpdate(r, r.attempts, r.providerMessageId, QDateTime::currentDateTimeUtc());
        } else {
            u.status = QStringLiteral("pending");
            if (auto moved = repo.setStatus(campaignId, {QStringLiteral("completed")}, QStringLiteral("sending"));
                !moved.ok())
                return moved.error();
        }
        if (Status s = repo.update(u); !s.ok())
            return s.error();
        return Unit{};
    });
    return done.ok() ? success() : Status(done.error());
}

Result<SendStepStats> CampaignSender::queueStep(qint64 campaignId)
{
    if (!m_renderer)
        return Error::internal(QStringLiteral("campaign sender without a renderer"));
    return inTransaction<SendStepStats>(m_c, [&]() -> Result<SendStepStats> {
        SendStepStats stats;
        CampaignSendRepository repo(m_c);
        auto status = repo.lockStatus(campaignId); // a pause waits for this step, then nothing more is queued
        if (!status.ok())
            return status.error();
        if (status.value() != u"sending")
            return stats;
        auto campaign = repo.find(campaignId);
        if (!campaign.ok())
            return campaign.error();
        const bool email = campaign->channel == Channel::Email;
        if (email && m_config.fromEmail.trimmed().isEmpty())
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::campaigns",
                    "E-mail is not set up (Mailjet has no sender address in the integration settings)."));
        if (!email && (m_config.twilioAccountSid.isEmpty() || m_config.twilioSender.isEmpty()))
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::campaigns",
                    "SMS is not set up (Twilio has no account or sender in the integration settings)."));
        auto inFlight = repo.queuedCount(campaignId);
        if (!inFlight.ok())
            return inFlight.error();
        const qint64 room = std::min<qint64>(m_config.queueBatch, m_config.maxQueued - inFlight.value());
        if (room <= 0)
            return stats;
        auto due = repo.claimDue(campaignId, int(room));
        if (!due.ok())
            return due.error();
        QList<std::pair<Recipient, RenderedMessage>> batch;
        for (const DueRecipient &d : due.value()) {
            if (!d.block.isEmpty()) {
                if (Status s = repo.markSkipped(d.recipient.id, d.block); !s.ok())
                    return s.error();
                ++stats.skipped;
                continue;
            }
            Result<RenderedMessage> message = m_renderer(campaign.value(), d.recipient);
            if (!message.ok()) {
                const Error &e = message.error();
                if (Status s = repo.markUnsendable(d.recipient.id, e.userMessage, QStringLiteral("render")); !s.ok())
                    return s.error();
                ++stats.unsendable;
                continue;
            }
            if (!email) {
                if (Status s = queueSms(campaign.value(), d.recipient, message.value(), stats); !s.ok())
                    return s.error();
                continue;
            }
            batch.append({d.recipient, message.value()});
            if (batch.size() == integrations::MailjetClient::kMaxMessagesPerCall) {
                if (Status s = queueEmail(campaign.value(), batch, stats); !s.ok())
                    return s.error();
                batch.clear();
            }
        }
        if (!batch.isEmpty())
            if (Status s = queueEmail(campaign.value(), batch, stats); !s.ok())
                return s.error();
        return stats;
    });
}

namespace {

integrations::MailjetMessage mailjetMessage(
    const QString &address, const QString &name, const RenderedMessage &rendered)
{
    integrations::MailjetMessage m;
    m.to = {integrations::MailjetAddress{address, name}};
    m.subject = rendered.subject;
    m.textPart = rendered.text;
    m.htmlPart = rendered.html;
    if (!rendered.unsubscribeUrl.isEmpty()) {
        m.headers << std::pair{QStringLiteral("List-Unsubscribe"), QStringLiteral("<%1>").arg(rendered.unsubscribeUrl)}
                  << std::pair{QStringLiteral("List-Unsubscribe-Post"), QStringLiteral("List-Unsubscribe=One-Click")};
    }
    return m;
}

// The Mailjet client only builds the requests; the outbox worker sends them.
struct MailjetBuilder
{
    explicit MailjetBuilder(const SendConfig &c)
        : client(unused, config(c))
    {}
    static integrations::MailjetConfig config(const SendConfig &c)
    {
        integrations::MailjetConfig config;
        config.fromEmail = c.fromEmail.trimmed();
        config.fromName = c.fromName;
        return config;
    }
    net::NetExecutor unused{1};
    integrations::MailjetClient client;
};

// One SMS's outbox request (the client only builds it).
Result<outbox::OutboxRequest> smsRequest(const SendConfig &c, const QString &to, const QString &body)
{
    integrations::TwilioConfig config;
    config.accountSid = c.twilioAccountSid;
    net::NetExecutor unused(1);
    integrations::TwilioClient client(unused, config);
    integrations::TwilioSms sms;
    sms.to = to;
    (c.twilioSender.startsWith(u"MG") ? sms.messagingServiceSid : sms.from) = c.twilioSender;
    sms.body = body;
    return client.sendSmsRequest(sms);
}

} // namespace

Status CampaignSender::queueEmail(
    const Campaign &campaign, const QList<std::pair<Recipient, RenderedMessage>> &batch, SendStepStats &stats)
{
    MailjetBuilder mailjet(m_config);
    integrations::MailjetClient &client = mailjet.client;
    CampaignSendRepository repo(m_c);
    QList<integrations::MailjetMessage> messages;
    QList<qint64> ids;
    for (const auto &[r, rendered] : batch) {
        integrations::MailjetMessage m = mailjetMessage(r.address, r.firstName, rendered);
        m.customId = QString::number(r.id);
        // An address or message Mailjet's client refuses is never sent: failed at once with the reason.
        if (auto checked = client.messageJson(m); !checked.ok()) {
            if (Status s = repo.markUnsendable(r.id, checked.error().userMessage, QStringLiteral("invalid")); !s.ok())
                return s;
            ++stats.unsendable;
            continue;
        }
        messages << m;
        ids << r.id;
    }
    if (messages.isEmpty())
        return success();
    auto requests = client.sendRequests(messages);
    if (!requests.ok())
        return requests.error();
    if (requests.value().size() != 1)
        return Error::internal(QStringLiteral("a campaign batch of %1 messages made %2 Mailjet requests")
                                   .arg(messages.size())
                                   .arg(requests.value().size()));
    outbox::OutboxRequest request = requests.value().first();
    request.businessEntity = kBusinessEntity;
    request.businessId = campaign.id;
    request.maxAttempts = 1; // the campaign owns the retries (class comment)
    auto row = outbox::enqueue(m_c, request);
    if (!row.ok())
        return row.error();
    if (Status s = repo.markQueued(ids, row.value().id); !s.ok())
        return s;
    stats.queued += int(ids.size());
    ++stats.outboxRows;
    return success();
}

Status CampaignSender::queueSms(
    const Campaign &campaign, const Recipient &recipient, const RenderedMessage &message, SendStepStats &stats)
{
    CampaignSendRepository repo(m_c);
    auto request = smsRequest(m_config, recipient.address, message.text);
    if (!request.ok()) {
        if (Status s = repo.markUnsendable(recipient.id, request.error().userMessage, QStringLiteral("invalid"));
            !s.ok())
            return s;
        ++stats.unsendable;
        return success();
    }
    outbox::OutboxRequest r = request.value();
    r.businessEntity = kBusinessEntity;
    r.businessId = campaign.id;
    r.maxAttempts = 1;
    auto row = outbox::enqueue(m_c, r);
    if (!row.ok())
        return row.error();
    if (Status s = repo.markQueued({recipient.id}, row.value().id); !s.ok())
        return s;
    ++stats.queued;
    ++stats.outboxRows;
    return success();
}

Result<qint64> CampaignSender::queueTestMessage(
    const Campaign &campaign, const QString &address, const RenderedMessage &message)
{
    outbox::OutboxRequest request;
    if (campaign.channel == Channel::Sms) {
        auto r = smsRequest(m_config, address, message.text);
        if (!r.ok())
            return r.error();
        request = r.value();
    } else {
        MailjetBuilder mailjet(m_config);
        integrations::MailjetMessage m = mailjetMessage(address, QString(), message);
        m.subject = QCoreApplication::translate("ops::campaigns::CampaignSender", "[Test] %1").arg(message.subject);
        auto requests = mailjet.client.sendRequests({m});
        if (!requests.ok())
            return requests.error();
        if (requests.value().isEmpty())
            return Error::internal(QStringLiteral("a test message made no Mailjet request"));
        request = requests.value().first();
    }
    // Not a recipient: never collected by the campaign; the outbox retries it like any other message.
    request.businessEntity = QStringLiteral("campaign_test");
    request.businessId = campaign.id;
    return inTransaction<qint64>(m_c, [&]() -> Result<qint64> {
        auto row = outbox::enqueue(m_c, request);
        if (!row.ok())
            return row.error();
        return row.value().id;
    });
}

Result<SendStepStats> CampaignSender::collectStep(qint64 campaignId)
{
    SendStepStats stats;
    auto rows = CampaignSendRepository(m_c).finishedOutboxRows(campaignId, m_config.collectBatch);
    if (!rows.ok())
        return rows.error();
    for (qint64 id : rows.value()) {
        auto one = collectRow(id);
        if (!one.ok())
            return one.error();
        stats += one.value();
    }
    return stats;
}

Result<SendStepStats> CampaignSender::collectRow(qint64 outboxId)
{
    return inTransaction<SendStepStats>(m_c, [&]() -> Result<SendStepStats> {
        SendStepStats stats;
        CampaignSendRepository repo(m_c);
        auto locked = repo.lockOutboxRow(outboxId);
        if (!locked.ok())
            return locked.error();
        if (!locked.value())
            return stats;
        const OutboxOutcome row = *locked.value();
        auto recipients = repo.recipientsOfOutbox(outboxId);
        if (!recipients.ok())
            return recipients.error();
        const bool mailjet = row.provider == u"mailjet";
        const QHash<QString, MessageOutcome> outcomes =
            mailjet ? mailjetOutcomes(row.response) : QHash<QString, MessageOutcome>();
        const ProviderFailure rowFailure = failureOfOutboxError(row.httpStatus, row.lastError);
        bool tookOver = false;
        for (const Recipient &r : recipients.value()) {
            const bool queued = r.status == u"queued";
            if (!queued && row.status != u"sent")
                continue; // ambiguous: waits for a decision (or for the row to be found sent)
            const int attempts = queued ? r.attempts + 1 : r.attempts;
            const auto outcome = outcomes.constFind(QString::number(r.id));
            RecipientUpdate u;
            if (row.status == u"sent") {
                const QString messageId =
                    mailjet ? (outcome != outcomes.cend() ? outcome->messageId : QString()) : row.providerRef;
                u = sentUpdate(r, attempts, messageId, row.sentAt);
            } else if (row.status == u"failed") {
                tookOver = true;
                if (outcome != outcomes.cend() && outcome->sent)
                    u = sentUpdate(r, attempts, outcome->messageId, row.sentAt);
                else
                    u = afterFailure(r, attempts, outcome != outcomes.cend() ? outcome->failure : rowFailure);
            } else if (row.status == u"ambiguous") {
                ProviderFailure f = rowFailure;
                f.kind = FailureKind::Ambiguous;
                u = afterFailure(r, attempts, f);
            } else if (row.status == u"cancelled") {
                u.id = r.id;
                u.status = QStringLiteral("cancelled");
                u.attempts = r.attempts;
                u.lastError = row.lastError;
            } else {
                continue; // still pending or being sent
            }
            if (Status s = repo.update(u); !s.ok())
                return s.error();
            tally(stats, u.status);
        }
        if (tookOver)
            if (Status s = repo.closeOutboxRow(outboxId, QStringLiteral("collected by its campaign, which retries it"));
                !s.ok())
                return s.error();
        return stats;
    });
}

Result<SendStepStats> CampaignSender::step(qint64 campaignId)
{
    auto stats = collectStep(campaignId);
    if (!stats.ok())
        return stats;
    auto queued = queueStep(campaignId);
    if (!queued.ok())
        return queued.error();
    stats.value() += queued.value();
    auto done = CampaignSendRepository(m_c).completeIfDone(campaignId);
    if (!done.ok())
        return done.error();
    stats.value().completed = done.value();
    if (done.value())
        log::get("campaign")->info("campaign {} completed", campaignId);
    return stats;
}

Result<SendStepStats> CampaignSender::tick()
{
    SendStepStats total;
    auto ids = CampaignSendRepository(m_c).sendingCampaigns();
    if (!ids.ok())
        return ids.error();
    // One campaign's trouble (its provider not set up) does not hold the others up: the first error is returned after.
    std::optional<Error> firstError;
    for (qint64 id : ids.value()) {
        auto one = step(id);
        if (one.ok())
            total += one.value();
        else if (!firstError)
            firstError = one.error();
    }
    if (firstError)
        return *firstError;
    return total;
}

} // namespace ops::campaigns
