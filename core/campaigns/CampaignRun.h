#pragma once

#include <functional>

#include <QString>

#include "core/campaigns/CampaignSendRepository.h"
#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/net/ProviderConfig.h"

namespace ops::campaigns {

class CampaignSender;

struct CampaignRunOptions
{
    int leaseSeconds = 30; // the outbox claims' lease (a killed run's rows turn ambiguous after it)
    int stepIntervalMs = 100; // pause between the sender's steps
    int netThreads = 4;
    // Outbox rows claimed at once. Small: a claimed row waits for the rate limit, and a row claimed when the process
    // dies becomes ambiguous (no idempotency at Mailjet or Twilio) even if it never left; two keep the limit busy.
    int rowsInFlight = 2;
    std::function<bool()> stop; // asked between steps: true ends the run early
};

// Drives one campaign to its end in this process (`campaign send --wait`, the bench): an outbox worker for the
// campaign's provider on its own thread (one HTTP attempt per outbox attempt: the campaign owns the retries), and the
// sender's steps on the calling thread (with c), until nothing is pending or queued, or the campaign is paused or
// cancelled and its rows in flight are collected. Returns the campaign's last numbers. Blocking; never the GUI thread.
Result<CampaignProgress> runCampaignToEnd(db::PgConnection &c, const QString &conninfo, qint64 campaignId,
    const net::ProviderConfig &provider, const net::RawHeaders &auth, CampaignSender &sender,
    const CampaignRunOptions &options = {});

} // namespace ops::campaigns
