#pragma once

#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
#include "core/tickets/TicketApi.h"

class QThreadPool;

namespace ops {
class DbExecutor;
}

namespace ops::tickets {

// GUI-thread facade over TicketRepository: every call returns at once and runs on a DB executor thread.
class TicketService : public TicketApi
{
    Q_OBJECT
public:
    // cpu: where exports format their rows (the Session's CPU pool).
    TicketService(DbExecutor &db, QThreadPool &cpu, QObject *parent = nullptr);

    QFuture<Result<TicketPage>> page(
        const TicketFilter &filter, TicketSort sort, const TicketCursor &cursor = {}, int limit = 100) override;
    QFuture<Result<QList<TicketRow>>> children(qint64 parentId) override;
    QFuture<Result<TicketFilterOptions>> filterOptions() override;

    // One ticket (see TicketRepository for the rules). Changes are attributed to the staff row of the connection's
    // PostgreSQL role.
    QFuture<Result<TicketSnapshot>> loadTicket(qint64 ticketId, int messageLimit = 200) override;
    QFuture<Result<TicketDetail>> detail(qint64 ticketId) override;
    QFuture<Result<MessagePage>> olderMessages(qint64 ticketId, const MessageCursor &before, int limit = 200) override;
    QFuture<Result<QList<TicketMessage>>> newerMessages(
        qint64 ticketId, const MessageCursor &after, int limit = 200) override;
    QFuture<Result<TicketMessage>> addMessage(
        qint64 ticketId, const QString &body, bool internal, qint64 authorStaffId = 0) override;
    QFuture<Result<ReplyTargets>> replyTargets(qint64 ticketId) override;
    QFuture<Result<TicketMessage>> sendReply(qint64 ticketId, const ReplyRequest &request) override;
    QFuture<Result<QList<MessageDelivery>>> deliveries(qint64 ticketId, const QList<qint64> &messageIds) override;
    // Who sends replies (the integration settings; Bootstrap sets it when a session opens and when they are saved).
    void setReplySender(const ReplySender &sender);
    QFuture<TicketWriteResult> assign(qint64 ticketId, qint64 staffId, int expectedVersion) override;
    QFuture<TicketWriteResult> setStatus(qint64 ticketId, const QString &status, int expectedVersion) override;
    QFuture<TicketWriteResult> linkLocation(qint64 ticketId, qint64 locationId, int expectedVersion) override;
    QFuture<TicketWriteResult> linkEquipment(qint64 ticketId, qint64 equipmentId, int expectedVersion) override;
    QFuture<Result<DispatchJobCreated>> createDispatchJob(
        qint64 ticketId, const DispatchJobRequest &request, int expectedVersion) override;
    QFuture<Result<LinkOptions>> linkOptions(qint64 customerId) override;

    bool canExport() const override { return true; }
    TicketExporter *newExporter(QObject *parent) override;

private:
    DbExecutor &m_db;
    QThreadPool &m_cpu;
    ReplySender m_replySender;
};

} // namespace ops::tickets
