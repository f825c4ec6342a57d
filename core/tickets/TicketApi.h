#pragma once

#include <optional>

#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
#include "core/tickets/TicketTypes.h"

namespace ops::tickets {

class TicketExporter;

// What the ticket screens need from the ticket domain. The Session hands the widgets its TicketService (PostgreSQL,
// on the DB executor); UI tests hand them an in-memory fake. Every call returns at once.
class TicketApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TicketApi() override = default;

    virtual QFuture<Result<TicketPage>> page(
        const TicketFilter &filter, TicketSort sort, const TicketCursor &cursor = {}, int limit = 100) = 0;
    virtual QFuture<Result<QList<TicketRow>>> children(qint64 parentId) = 0;
    virtual QFuture<Result<TicketFilterOptions>> filterOptions() = 0;

    // One ticket (see TicketRepository for the rules). Changes are attributed to the staff row of the connection's
    // PostgreSQL role.
    virtual QFuture<Result<TicketSnapshot>> loadTicket(qint64 ticketId, int messageLimit = 200) = 0;
    virtual QFuture<Result<TicketDetail>> detail(qint64 ticketId) = 0;
    virtual QFuture<Result<MessagePage>> olderMessages(
        qint64 ticketId, const MessageCursor &before, int limit = 200) = 0;
    virtual QFuture<Result<QList<TicketMessage>>> newerMessages(
        qint64 ticketId, const MessageCursor &after, int limit = 200) = 0;
    // The composer's check before sending (same rule as addMessage): nullopt when the body may be sent.
    static std::optional<Error> validateMessageBody(const QString &body);
    static qsizetype maxMessageBytes();
    virtual QFuture<Result<TicketMessage>> addMessage(
        qint64 ticketId, const QString &body, bool internal, qint64 authorStaffId = 0) = 0;
    // Replies that reach the customer (migration 0029; see TicketRepository::sendReply). replyTargets: where a reply
    // can go (the customer's e-mail and mobile, whether each channel is set up); deliveries: the current delivery of
    // the given outbound messages (re-read when the outbox changes).
    virtual QFuture<Result<ReplyTargets>> replyTargets(qint64 ticketId) = 0;
    virtual QFuture<Result<TicketMessage>> sendReply(qint64 ticketId, const ReplyRequest &request) = 0;
    virtual QFuture<Result<QList<MessageDelivery>>> deliveries(qint64 ticketId, const QList<qint64> &messageIds) = 0;
    virtual QFuture<TicketWriteResult> assign(qint64 ticketId, qint64 staffId, int expectedVersion) = 0;
    virtual QFuture<TicketWriteResult> setStatus(qint64 ticketId, const QString &status, int expectedVersion) = 0;
    virtual QFuture<TicketWriteResult> linkLocation(qint64 ticketId, qint64 locationId, int expectedVersion) = 0;
    virtual QFuture<TicketWriteResult> linkEquipment(qint64 ticketId, qint64 equipmentId, int expectedVersion) = 0;
    virtual QFuture<Result<DispatchJobCreated>> createDispatchJob(
        qint64 ticketId, const DispatchJobRequest &request, int expectedVersion) = 0;
    virtual QFuture<Result<LinkOptions>> linkOptions(qint64 customerId) = 0;

    // "Export all matching tickets": whether this source can stream an export, and a new exporter (parented to
    // parent) reading on the session's executor and formatting on its CPU pool.
    virtual bool canExport() const = 0;
    virtual TicketExporter *newExporter(QObject *parent) = 0;
};

} // namespace ops::tickets
