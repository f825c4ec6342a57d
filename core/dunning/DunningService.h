#pragma once

#include "core/dunning/DunningApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::dunning {

// DunningApi over DunningRepository, on the session's DB executor (never the GUI thread). Lives on the GUI thread; the
// Session owns it. The senders (Mailjet's and Twilio's, from the integration settings) are set by the composition
// root; a run that needs one that is not set is refused with a message.
class DunningService : public DunningApi
{
    Q_OBJECT
public:
    explicit DunningService(DbExecutor &db, QObject *parent = nullptr);
    ~DunningService() override;

    void setSenders(const DunningSenders &senders) { m_senders = senders; }

    QFuture<Result<DunningConfig>> config() override;
    QFuture<Status> saveConfig(const DunningConfig &config) override;
    QFuture<Result<DunningRunReport>> preview(const QDate &date) override;
    QFuture<Result<DunningRunReport>> run(const QDate &date) override;
    QFuture<Result<QList<SuspensionCandidate>>> suspensionPreview(const QDate &date) override;
    QFuture<Result<qint64>> addHold(qint64 customerId, const QDate &until, const QString &reason) override;
    QFuture<Status> releaseHold(qint64 holdId) override;

private:
    DbExecutor &m_db;
    DunningSenders m_senders;
};

} // namespace ops::dunning
