#include "core/tickets/TicketService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/tickets/TicketRepository.h"

namespace ops::tickets {

TicketService::TicketService(DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QFuture<Result<TicketPage>> TicketService::page(
    const TicketFilter &filter, TicketSort sort, const TicketCursor &cursor, int limit)
{
    return m_db.run([filter, sort, cursor, limit](
                        db::PgConnection &c) { return TicketRepository(c).page(filter, sort, cursor, limit); });
}

QFuture<Result<QList<TicketRow>>> TicketService::children(qint64 parentId)
{
    return m_db.run([parentId](db::PgConnection &c) { return TicketRepository(c).children(parentId); });
}

QFuture<Result<TicketFilterOptions>> TicketService::filterOptions()
{
    return m_db.run([](db::PgConnection &c) { return TicketRepository(c).filterOptions(); });
}

} // namespace ops::tickets
