#pragma once

#include <QFuture>
#include <QList>
#include <QObject>

#include "core/common/Result.h"
#include "core/outbox/OutboxTypes.h"

namespace ops {
class DbExecutor;
}

namespace ops::outbox {

// GUI-thread facade over OutboxRepository for the operator screen: every call returns at once and runs on a DB
// executor thread.
class OutboxService : public QObject
{
    Q_OBJECT
public:
    explicit OutboxService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<QList<OutboxItem>>> list(const OutboxFilter &filter);
    QFuture<Result<OutboxItem>> find(qint64 id);
    // The rows among ids that still exist, in the order of ids (one connection, one query per id; at most
    // kMaxFindMany ids are read).
    QFuture<Result<QList<OutboxItem>>> findMany(const QList<qint64> &ids);
    static constexpr int kMaxFindMany = 200;

    QFuture<Status> retry(qint64 id);
    QFuture<Result<int>> retryAllFailed(const QString &provider = {});
    QFuture<Status> cancel(qint64 id);

    // Failed plus ambiguous rows (the ones an operator must look at), counted up to cap.
    QFuture<Result<int>> attentionCount(int cap = kAttentionCap);
    static constexpr int kAttentionCap = 100;

private:
    DbExecutor &m_db;
};

} // namespace ops::outbox
