#include "core/outbox/OutboxService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/outbox/OutboxRepository.h"

namespace ops::outbox {

OutboxService::OutboxService(DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QFuture<Result<QList<OutboxItem>>> OutboxService::list(const OutboxFilter &filter)
{
    return m_db.run([filter](db::PgConnection &c) { return OutboxRepository(c).list(filter); });
}

QFuture<Result<OutboxItem>> OutboxService::find(qint64 id)
{
    return m_db.run([id](db::PgConnection &c) { return OutboxRepository(c).find(id); });
}

QFuture<Result<QList<OutboxItem>>> OutboxService::findMany(const QList<qint64> &ids)
{
    return m_db.run([ids = ids.mid(0, kMaxFindMany)](db::PgConnection &c) -> Result<QList<OutboxItem>> {
        OutboxRepository repo(c);
        QList<OutboxItem> found;
        for (qint64 id : ids) {
            auto r = repo.find(id);
            if (r.ok())
                found.append(r.value());
            else if (r.error().kind != Error::Kind::NotFound)
                return r.error();
        }
        return found;
    });
}

QFuture<Status> OutboxService::retry(qint64 id)
{
    return m_db.run([id](db::PgConnection &c) { return OutboxRepository(c).retry(id); });
}

QFuture<Result<int>> OutboxService::retryAllFailed(const QString &provider)
{
    return m_db.run([provider](db::PgConnection &c) { return OutboxRepository(c).retryAllFailed(provider); });
}

QFuture<Status> OutboxService::cancel(qint64 id)
{
    return m_db.run([id](db::PgConnection &c) { return OutboxRepository(c).cancel(id); });
}

QFuture<Result<int>> OutboxService::attentionCount(int cap)
{
    return m_db.run([cap](db::PgConnection &c) -> Result<int> {
        OutboxRepository repo(c);
        int total = 0;
        for (OutboxStatus s : {OutboxStatus::Failed, OutboxStatus::Ambiguous}) {
            OutboxFilter f;
            f.status = s;
            f.limit = cap;
            auto r = repo.list(f);
            if (!r.ok())
                return r.error();
            total += int(r.value().size());
        }
        return std::min(total, cap);
    });
}

} // namespace ops::outbox
