#pragma once

#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
#include "core/tickets/TicketTypes.h"

namespace ops {
class DbExecutor;
}

namespace ops::tickets {

// GUI-thread facade over TicketRepository: every call returns at once and runs on a DB executor thread.
class TicketService : public QObject
{
    Q_OBJECT
public:
    explicit TicketService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<TicketPage>> page(
        const TicketFilter &filter, TicketSort sort, const TicketCursor &cursor = {}, int limit = 100);
    QFuture<Result<QList<TicketRow>>> children(qint64 parentId);
    QFuture<Result<TicketFilterOptions>> filterOptions();

private:
    DbExecutor &m_db;
};

} // namespace ops::tickets
