#include "core/tickets/TicketService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/tickets/TicketExport.h"
#include "core/tickets/TicketRepository.h"

namespace ops::tickets {

TicketService::TicketService(DbExecutor &db, QThreadPool &cpu, QObject *parent)
    : TicketApi(parent)
    , m_db(db)
    , m_cpu(cpu)
{}

TicketExporter *TicketService::newExporter(QObject *parent)
{
    return new TicketExporter(m_db, m_cpu, parent);
}

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

void TicketService::setReplySender(const ReplySender &sender)
{
    m_replySender = sender;
}

QFuture<Result<ReplyTargets>> TicketService::replyTargets(qint64 ticketId)
{
    return m_db.run([ticketId, sender = m_replySender](
                        db::PgConnection &c) { return TicketRepository(c).replyTargets(ticketId, sender); });
}

QFuture<Result<TicketMessage>> TicketService::sendReply(qint64 ticketId, const ReplyRequest &request)
{
    return m_db.run([ticketId, request, sender = m_replySender](
                        db::PgConnection &c) { return TicketRepository(c).sendReply(ticketId, request, sender); });
}

QFuture<Result<QList<MessageDelivery>>> TicketService::deliveries(qint64 ticketId, const QList<qint64> &messageIds)
{
    return m_db.run(
        [ticketId, messageIds](db::PgConnection &c) { return TicketRepository(c).deliveries(ticketId, messageIds); });
}

QFuture<Result<TicketSnapshot>> TicketService::loadTicket(qint64 ticketId, int messageLimit)
{
    return m_db.run([ticketId, messageLimit](
                        db::PgConnection &c) { return TicketRepository(c).loadTicket(ticketId, messageLimit); });
}

QFuture<Result<TicketDetail>> TicketService::detail(qint64 ticketId)
{
    return m_db.run([ticketId](db::PgConnection &c) { return TicketRepository(c).detail(ticketId); });
}

QFuture<Result<MessagePage>> TicketService::olderMessages(qint64 ticketId, const MessageCursor &before, int limit)
{
    return m_db.run([ticketId, before, limit](
                        db::PgConnection &c) { return TicketRepository(c).olderMessages(ticketId, before, limit); });
}

QFuture<Result<QList<TicketMessage>>> TicketService::newerMessages(
    qint64 ticketId, const MessageCursor &after, int limit)
{
    return m_db.run([ticketId, after, limit](
                        db::PgConnection &c) { return TicketRepository(c).newerMessages(ticketId, after, limit); });
}

std::optional<Error> TicketApi::validateMessageBody(const QString &body)
{
    return TicketRepository::validateMessageBody(body);
}

qsizetype TicketApi::maxMessageBytes()
{
    return TicketRepository::kMaxMessageBytes;
}

QFuture<Result<TicketMessage>> TicketService::addMessage(
    qint64 ticketId, const QString &body, bool internal, qint64 authorStaffId)
{
    return m_db.run([ticketId, body, internal, authorStaffId](db::PgConnection &c) {
        return TicketRepository(c).addMessage(ticketId, body, internal, authorStaffId);
    });
}

QFuture<TicketWriteResult> TicketService::assign(qint64 ticketId, qint64 staffId, int expectedVersion)
{
    return m_db.run([ticketId, staffId, expectedVersion](db::PgConnection &c) {
        return TicketRepository(c).assign(ticketId, staffId, expectedVersion);
    });
}

QFuture<TicketWriteResult> TicketService::setStatus(qint64 ticketId, const QString &status, int expectedVersion)
{
    return m_db.run([ticketId, status, expectedVersion](db::PgConnection &c) {
        return TicketRepository(c).setStatus(ticketId, status, expectedVersion);
    });
}

QFuture<TicketWriteResult> TicketService::linkLocation(qint64 ticketId, qint64 locationId, int expectedVersion)
{
    return m_db.run([ticketId, locationId, expectedVersion](db::PgConnection &c) {
        return TicketRepository(c).linkLocation(ticketId, locationId, expectedVersion);
    });
}

QFuture<TicketWriteResult> TicketService::linkEquipment(qint64 ticketId, qint64 equipmentId, int expectedVersion)
{
    return m_db.run([ticketId, equipmentId, expectedVersion](db::PgConnection &c) {
        return TicketRepository(c).linkEquipment(ticketId, equipmentId, expectedVersion);
    });
}

QFuture<Result<DispatchJobCreated>> TicketService::createDispatchJob(
    qint64 ticketId, const DispatchJobRequest &request, int expectedVersion)
{
    return m_db.run([ticketId, request, expectedVersion](db::PgConnection &c) {
        return TicketRepository(c).createDispatchJob(ticketId, request, expectedVersion);
    });
}

QFuture<Result<LinkOptions>> TicketService::linkOptions(qint64 customerId)
{
    return m_db.run([customerId](db::PgConnection &c) { return TicketRepository(c).linkOptions(customerId); });
}

} // namespace ops::tickets
