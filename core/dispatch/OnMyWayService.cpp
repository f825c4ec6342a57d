#include "core/dispatch/OnMyWayService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/dispatch/LivePositions.h"
#include "core/dispatch/OnMyWayRepository.h"

namespace ops::dispatch {

OnMyWayService::OnMyWayService(DbExecutor &db, QObject *parent)
    : OnMyWayApi(parent)
    , m_db(db)
{}

void OnMyWayService::setLivePositions(LivePositions *live)
{
    m_live = live;
}

QHash<qint64, Position> OnMyWayService::livePositions() const
{
    return m_live ? m_live->snapshot() : QHash<qint64, Position>();
}

QFuture<Result<OnMyWayPreview>> OnMyWayService::preview(qint64 jobId)
{
    const bool senderSet = m_sender.isSet();
    return m_db.run([jobId, live = livePositions(), senderSet](db::PgConnection &c) -> Result<OnMyWayPreview> {
        auto p = OnMyWayRepository(c).preview(jobId, live);
        if (p.ok() && p.value().canSend() && !senderSet)
            p.value().blocker = smsNotSetUpText();
        return p;
    });
}

QFuture<Result<OnMyWaySent>> OnMyWayService::send(qint64 jobId, int expectedVersion)
{
    QPointer<OnMyWayService> self(this);
    return m_db
        .run([jobId, expectedVersion, sender = m_sender, live = livePositions()](
                 db::PgConnection &c) { return OnMyWayRepository(c).send(jobId, expectedVersion, sender, live); })
        .then(this, [self](Result<OnMyWaySent> r) {
            if (self && r.ok())
                emit self->sent(r.value().jobId);
            return r;
        });
}

QFuture<Result<qint64>> OnMyWayService::jobIdOf(const QString &jobCode)
{
    return m_db.run([jobCode](db::PgConnection &c) { return OnMyWayRepository(c).jobIdOf(jobCode); });
}

} // namespace ops::dispatch
