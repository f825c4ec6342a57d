#pragma once

#include <memory>

#include "core/cpe/CpeApi.h"

namespace ops {
class DbExecutor;
}
namespace ops::net {
struct ProviderConfig;
}
namespace ops::integrations {
struct GenieAcsConfig;
struct ProviderSettings;
} // namespace ops::integrations

namespace ops::cpe {

// The GenieACS client settings of a provider (the account and secret are the NBI's Basic credentials, if any).
integrations::GenieAcsConfig genieAcsConfig(const integrations::ProviderSettings &provider);

// CpeApi over the session's DB executor and a small HTTPS pool of its own for GenieACS (configure()). Lives on the
// GUI thread; nothing here waits: the DB work (which may wait on GenieACS for one device) runs on a DB thread.
class CpeService : public CpeApi
{
public:
    explicit CpeService(DbExecutor &db);
    ~CpeService() override;

    // GenieACS for the actions and the pending tasks; an unconfigured provider (no base URL) turns them off.
    Status configure(const integrations::ProviderSettings &genieacs);
    Status configure(const net::ProviderConfig &provider, const integrations::GenieAcsConfig &config);

    QFuture<Result<std::optional<CpeView>>> statusForEquipment(qint64 equipmentId) override;
    QFuture<Result<std::optional<CpeView>>> statusForLocation(qint64 locationId) override;
    bool actionsAvailable() const override;
    QString unavailableReason() const override;
    QFuture<Result<CpeActionQueued>> request(const CpeView &device, CpeAction action, const WifiChange &wifi) override;
    QFuture<Result<outbox::OutboxItem>> outboxRow(qint64 outboxId) override;
    QFuture<Result<QList<integrations::CpePendingTask>>> pendingTasks(const QString &deviceId) override;
    QFuture<Status> retryTask(const QString &taskId) override;
    QFuture<Status> deleteTask(const QString &taskId) override;
    QFuture<Result<CpeSyncReport>> refreshStore(const QString &serial) override;

    struct Net; // the HTTPS pool and the client, shared with the jobs in flight

private:
    DbExecutor &m_db;
    std::shared_ptr<Net> m_net;
};

} // namespace ops::cpe
