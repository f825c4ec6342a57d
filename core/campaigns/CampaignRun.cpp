#include "core/campaigns/CampaignRun.h"

#include <algorithm>
#include <optional>

#include <QThread>

#include "core/campaigns/CampaignSender.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxWorker.h"

namespace ops::campaigns {

Result<CampaignProgress> runCampaignToEnd(db::PgConnection &c, const QString &conninfo, qint64 campaignId,
    const net::ProviderConfig &provider, const net::RawHeaders &auth, CampaignSender &sender,
    const CampaignRunOptions &options)
{
    net::NetExecutor net(options.netThreads);
    outbox::OutboxWorkerOptions workerOptions;
    workerOptions.leaseSeconds = options.leaseSeconds;
    workerOptions.pollMs = options.stepIntervalMs;
    workerOptions.batchSize = std::max(1, options.rowsInFlight);
    workerOptions.sendPolicy = net::RetryPolicy().setMaxAttempts(1);
    outbox::OutboxWorker worker(conninfo, net, {{provider.id, provider}}, {{provider.id, auth}}, workerOptions);
    worker.start();
    CampaignSendRepository repo(c);
    std::optional<Error> failure;
    CampaignProgress last;
    for (;;) {
        auto stepped = sender.step(campaignId);
        if (!stepped.ok()) {
            failure = stepped.error();
            break;
        }
        auto p = repo.progress(campaignId);
        if (!p.ok()) {
            failure = p.error();
            break;
        }
        last = p.value();
        const bool waiting = last.queued > 0 || (last.pending > 0 && last.status == u"sending");
        if (!waiting || (options.stop && options.stop()))
            break;
        QThread::msleep(static_cast<unsigned long>(std::max(1, options.stepIntervalMs)));
    }
    worker.stop();
    worker.wait();
    net.shutdown();
    if (failure)
        return *failure;
    if (!worker.finalStatus().ok())
        return worker.finalStatus().error();
    return last;
}

} // namespace ops::campaigns
