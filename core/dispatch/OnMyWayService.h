#pragma once

#include <QPointer>

#include "core/dispatch/OnMyWayApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::dispatch {

class LivePositions;

// The "on my way" SMS on PostgreSQL: every call runs OnMyWayRepository on a DB executor thread. The ETA uses the newer
// of the stored position and the live one when a LivePositions follows Traccar in this process.
class OnMyWayService : public OnMyWayApi
{
    Q_OBJECT
public:
    explicit OnMyWayService(DbExecutor &db, QObject *parent = nullptr);

    // Who the SMS comes from (the Twilio settings: account SID and sender; no secret). Without one, preview() says
    // the SMS is not set up and send() is refused.
    void setSmsSender(const SmsSender &sender) { m_sender = sender; }
    const SmsSender &smsSender() const { return m_sender; }
    // Live positions followed by this process (may be null; not owned).
    void setLivePositions(LivePositions *live);

    QFuture<Result<OnMyWayPreview>> preview(qint64 jobId) override;
    QFuture<Result<OnMyWaySent>> send(qint64 jobId, int expectedVersion) override;

    // The job id of a code (DJ-00042), for screens and commands that take codes.
    QFuture<Result<qint64>> jobIdOf(const QString &jobCode);

private:
    QHash<qint64, Position> livePositions() const;

    DbExecutor &m_db;
    SmsSender m_sender;
    QPointer<LivePositions> m_live;
};

} // namespace ops::dispatch
