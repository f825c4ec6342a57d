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

    // One ticket (see TicketRepository for the rules). Changes are attributed to the staff row of the connection's
    // PostgreSQL role.
    QFuture<Result<TicketSnapshot>> loadTicket(qint64 ticketId, int messageLimit = 200);
    QFuture<Result<TicketDetail>> detail(qint64 ticketId);
    QFuture<Result<MessagePage>> olderMessages(qint64 ticketId, const MessageCursor &before, int limit = 200);
    QFuture<Result<QList<TicketMessage>>> newerMessages(qint64 ticketId, const MessageCursor &after, int limit = 200);
    // The composer's check before sending (same rule as addMessage): nullopt when the body may be sent.
    static std::optional<Error> validateMessageBody(const QString &body);
    static qsizetype maxMessageBytes();
    QFuture<Result<TicketMessage>> addMessage(
        qint64 ticketId, const QString &body, bool internal, qint64 authorStaffId = 0);
    QFuture<TicketWriteResult> assign(qint64 ticketId, qint64 staffId, int expectedVersion);
    QFuture<TicketWriteResult> setStatus(qint64 ticketId, const QString &status, int expectedVersion);
    QFuture<TicketWriteResult> linkLocation(qint64 ticketId, qint64 locationId, int expectedVersion);
    QFuture<TicketWriteResult> linkEquipment(qint64 ticketId, qint64 equipmentId, int expectedVersion);
    QFuture<Result<DispatchJobCreated>> createDispatchJob(
        qint64 ticketId, const DispatchJobRequest &request, int expectedVersion);
    QFuture<Result<LinkOptions>> linkOptions(qint64 customerId);

private:
    DbExecutor &m_db;
};

} // namespace ops::tickets
