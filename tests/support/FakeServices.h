#pragma once

// In-memory stand-ins for the services the customer file and the ticket view use, so their UI tests run without
// PostgreSQL. They answer with ready futures (delivered through the event loop like real ones), keep what was saved,
// apply the same version rule as the database (a stale version is a conflict carrying the current row) and count
// calls, so a test can assert what the screen asked for.
#include <optional>

#include <QHash>
#include <QList>

#include "core/customers/CustomerApi.h"
#include "core/tickets/TicketApi.h"

namespace ops::test {

class FakeCustomerApi : public customers::CustomerApi
{
    Q_OBJECT
public:
    using CustomerApi::CustomerApi;

    QHash<qint64, customers::CustomerFile> files;
    QHash<qint64, customers::CustomerEdit> customerEdits;
    QList<customers::TimelineEvent> timeline; // newest first, for every customer
    std::optional<Error> failNextLoad; // the next loadFile() answers this error
    int loadCalls = 0;
    int saveCalls = 0;
    int timelineCalls = 0;

    QFuture<Result<customers::CustomerFile>> loadFile(
        qint64 customerId, const customers::SectionLimits &limits = {}) override;
    QFuture<Result<customers::TimelinePage>> loadTimeline(qint64 customerId, const QSet<customers::TimelineKind> &kinds,
        const customers::TimelineCursor &after, int pageSize, const QString &language) override;
    QFuture<Result<customers::CustomerEdit>> loadCustomerEdit(qint64 id) override;
    QFuture<Result<customers::LocationEdit>> loadLocationEdit(qint64 id) override;
    QFuture<Result<customers::EquipmentEdit>> loadEquipmentEdit(qint64 id) override;
    QFuture<Result<customers::SubscriptionEdit>> loadSubscriptionEdit(qint64 id) override;
    QFuture<Result<QList<customers::PlanOption>>> loadPlans() override;
    QFuture<customers::CustomerWrite> saveCustomer(const customers::CustomerEdit &c) override;
    QFuture<customers::LocationWrite> saveLocation(const customers::LocationEdit &l) override;
    QFuture<customers::EquipmentWrite> saveEquipment(const customers::EquipmentEdit &e) override;
    QFuture<customers::SubscriptionWrite> saveSubscription(const customers::SubscriptionEdit &s) override;
    QFuture<Result<QString>> revealRadiusPassword(qint64 subscriptionId) override;
};

class FakeTicketApi : public tickets::TicketApi
{
    Q_OBJECT
public:
    using TicketApi::TicketApi;

    QHash<qint64, tickets::TicketDetail> tickets;
    QHash<qint64, QList<tickets::TicketMessage>> messages; // per ticket, oldest first
    tickets::TicketFilterOptions options;
    tickets::LinkOptions links;
    std::optional<Error> failNextMessage; // the next addMessage() answers this error
    int writeCalls = 0;
    int messageCalls = 0;
    qint64 nextMessageId = 1000;

    // Another user changes a ticket "in the database": bumps its version (the next write with the old one conflicts).
    void changeElsewhere(qint64 ticketId, const QString &status, const QString &by);

    QFuture<Result<tickets::TicketPage>> page(const tickets::TicketFilter &filter, tickets::TicketSort sort,
        const tickets::TicketCursor &cursor = {}, int limit = 100) override;
    QFuture<Result<QList<tickets::TicketRow>>> children(qint64 parentId) override;
    QFuture<Result<tickets::TicketFilterOptions>> filterOptions() override;
    QFuture<Result<tickets::TicketSnapshot>> loadTicket(qint64 ticketId, int messageLimit = 200) override;
    QFuture<Result<tickets::TicketDetail>> detail(qint64 ticketId) override;
    QFuture<Result<tickets::MessagePage>> olderMessages(
        qint64 ticketId, const tickets::MessageCursor &before, int limit = 200) override;
    QFuture<Result<QList<tickets::TicketMessage>>> newerMessages(
        qint64 ticketId, const tickets::MessageCursor &after, int limit = 200) override;
    QFuture<Result<tickets::TicketMessage>> addMessage(
        qint64 ticketId, const QString &body, bool internal, qint64 authorStaffId = 0) override;
    // Replies to the customer: where they can go per ticket (none: portal and note only), what was sent, and the
    // deliveries the outbox "reports" (set by the test, read by deliveries()).
    QHash<qint64, tickets::ReplyTargets> replyTargetsOf;
    QList<tickets::ReplyRequest> sentReplies;
    QHash<qint64, tickets::MessageDelivery> deliveryOf; // per message id
    int deliveryCalls = 0;
    QFuture<Result<tickets::ReplyTargets>> replyTargets(qint64 ticketId) override;
    QFuture<Result<tickets::TicketMessage>> sendReply(qint64 ticketId, const tickets::ReplyRequest &request) override;
    QFuture<Result<QList<tickets::MessageDelivery>>> deliveries(
        qint64 ticketId, const QList<qint64> &messageIds) override;
    QFuture<tickets::TicketWriteResult> assign(qint64 ticketId, qint64 staffId, int expectedVersion) override;
    QFuture<tickets::TicketWriteResult> setStatus(qint64 ticketId, const QString &status, int expectedVersion) override;
    QFuture<tickets::TicketWriteResult> linkLocation(qint64 ticketId, qint64 locationId, int expectedVersion) override;
    QFuture<tickets::TicketWriteResult> linkEquipment(
        qint64 ticketId, qint64 equipmentId, int expectedVersion) override;
    QFuture<Result<tickets::DispatchJobCreated>> createDispatchJob(
        qint64 ticketId, const tickets::DispatchJobRequest &request, int expectedVersion) override;
    QFuture<Result<tickets::LinkOptions>> linkOptions(qint64 customerId) override;
    bool canExport() const override { return false; }
    tickets::TicketExporter *newExporter(QObject *) override { return nullptr; }

private:
    template <typename F> QFuture<tickets::TicketWriteResult> write(qint64 ticketId, int expectedVersion, F change);
};

} // namespace ops::test
