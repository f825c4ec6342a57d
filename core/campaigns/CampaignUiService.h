#pragma once

#include <QObject>

#include "core/campaigns/CampaignApi.h"
#include "core/campaigns/CampaignSender.h"

class QTimer;

namespace ops {
class DbExecutor;
}

namespace ops::campaigns {

// CampaignApi over the campaign repositories and the sender, each call one job on the session's DB executor
// (Session::campaigns(), installed by the composition root). It also continues the campaigns being sent while the
// application is open, like `targo-opsctl worker`: startPump() ticks CampaignSender::tick() on the executor every
// interval, skipping a tick while the previous one runs, so the GUI thread never waits.
class CampaignUiService : public QObject, public CampaignApi
{
    Q_OBJECT
public:
    // unsubscribePageUrl: configuredUnsubscribeUrl(); config: the senders of the integration settings.
    CampaignUiService(DbExecutor &db, QString unsubscribePageUrl, SendConfig config, QObject *parent = nullptr);
    ~CampaignUiService() override;

    // New senders or unsubscribe page (the integration settings were saved): the next calls and ticks use them.
    void configure(QString unsubscribePageUrl, SendConfig config);
    void startPump(int intervalMs = 1000);
    void stopPump();
    bool pumping() const;
    int ticks() const { return m_ticks; } // ticks finished (tests)

    QFuture<Result<QList<CampaignSummary>>> list() override;
    QFuture<Result<SegmentChoices>> choices() override;
    QFuture<Result<SegmentCount>> count(
        const SegmentFilter &filter, Channel channel, Classification classification) override;
    QFuture<Result<CampaignCreated>> create(const CampaignInput &input) override;
    QFuture<Result<Recipient>> addRecipient(
        const QString &code, const QString &address, const QString &customerCode) override;
    QFuture<Result<CampaignPreview>> preview(const QString &code, const QString &address) override;
    QFuture<Result<CampaignProgress>> progress(qint64 campaignId) override;
    QFuture<Result<QList<Recipient>>> recipients(qint64 campaignId, int limit) override;
    QFuture<Status> send(qint64 campaignId) override;
    QFuture<Status> pause(qint64 campaignId) override;
    QFuture<Status> resume(qint64 campaignId) override;
    QFuture<Result<int>> cancel(qint64 campaignId) override;
    QFuture<Result<int>> resend(qint64 campaignId, const QString &address) override;
    QFuture<Status> decideAmbiguous(qint64 campaignId, const QString &address, bool markSent) override;
    QFuture<Result<qint64>> exportReport(qint64 campaignId, const QString &path) override;
    QFuture<Result<TestSendResult>> testSend(const QString &code, const QString &address) override;
    QFuture<Result<QString>> outboxState(qint64 outboxId) override;
    QFuture<Result<QList<CustomerCampaignEntry>>> ofCustomer(qint64 customerId) override;

signals:
    void tickFinished(); // the pump's tick ended (whatever its result)

private:
    void tick();

    DbExecutor &m_db;
    QString m_unsubscribePage;
    SendConfig m_config;
    QTimer *m_pump = nullptr;
    bool m_tickRunning = false;
    int m_ticks = 0;
    QString m_lastPumpError;
};

} // namespace ops::campaigns
