#include "tests/support/FakeServices.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace ops::test {

namespace {

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

Error notFound(const QString &what)
{
    return Error::make(Error::Kind::NotFound, u"%1 not found"_s.arg(what), u"fake: no such row"_s);
}

Error stale()
{
    return Error::make(
        Error::Kind::Conflict, u"Someone else changed this in the meantime."_s, u"fake: stale version"_s);
}

} // namespace

// ---- customers ----

QFuture<Result<customers::CustomerFile>> FakeCustomerApi::loadFile(qint64 customerId, const customers::SectionLimits &)
{
    ++loadCalls;
    if (failNextLoad)
        return ready(Result<customers::CustomerFile>(*std::exchange(failNextLoad, std::nullopt)));
    if (!files.contains(customerId))
        return ready(Result<customers::CustomerFile>(notFound(u"customer"_s)));
    return ready(Result<customers::CustomerFile>(files.value(customerId)));
}

QFuture<Result<customers::TimelinePage>> FakeCustomerApi::loadTimeline(qint64,
    const QSet<customers::TimelineKind> &kinds, const customers::TimelineCursor &after, int pageSize, const QString &)
{
    ++timelineCalls;
    customers::TimelinePage page;
    // The cursor's id is the index of the next event in `timeline` (the fake's own keyset).
    qsizetype i = after.valid ? qsizetype(after.id) : 0;
    for (; i < timeline.size() && page.events.size() < pageSize; ++i) {
        if (kinds.contains(timeline.at(i).kind))
            page.events.append(timeline.at(i));
    }
    page.hasMore = i < timeline.size();
    if (page.hasMore) {
        page.next.valid = true;
        page.next.id = i;
    }
    page.roundTrips = 1;
    return ready(Result<customers::TimelinePage>(page));
}

QFuture<Result<customers::CustomerEdit>> FakeCustomerApi::loadCustomerEdit(qint64 id)
{
    if (!customerEdits.contains(id))
        return ready(Result<customers::CustomerEdit>(notFound(u"customer"_s)));
    return ready(Result<customers::CustomerEdit>(customerEdits.value(id)));
}

QFuture<Result<customers::LocationEdit>> FakeCustomerApi::loadLocationEdit(qint64)
{
    return ready(Result<customers::LocationEdit>(notFound(u"location"_s)));
}

QFuture<Result<customers::EquipmentEdit>> FakeCustomerApi::loadEquipmentEdit(qint64)
{
    return ready(Result<customers::EquipmentEdit>(notFound(u"equipment"_s)));
}

QFuture<Result<customers::SubscriptionEdit>> FakeCustomerApi::loadSubscriptionEdit(qint64)
{
    return ready(Result<customers::SubscriptionEdit>(notFound(u"subscription"_s)));
}

QFuture<Result<QList<customers::PlanOption>>> FakeCustomerApi::loadPlans()
{
    return ready(Result<QList<customers::PlanOption>>(QList<customers::PlanOption>{}));
}

QFuture<customers::CustomerWrite> FakeCustomerApi::saveCustomer(const customers::CustomerEdit &c)
{
    ++saveCalls;
    if (!customerEdits.contains(c.id))
        return ready(customers::CustomerWrite(notFound(u"customer"_s)));
    const customers::CustomerEdit current = customerEdits.value(c.id);
    if (current.version != c.version)
        return ready(
            customers::CustomerWrite(stale(), customers::EditConflict<customers::CustomerEdit>{current, {}, {}}));
    customers::CustomerEdit saved = c;
    saved.version = current.version + 1;
    customerEdits.insert(c.id, saved);
    if (files.contains(c.id)) {
        customers::Customer &shown = files[c.id].customer;
        shown.displayName = saved.displayName;
        shown.firstName = saved.firstName;
        shown.lastName = saved.lastName;
        shown.email = saved.email;
        shown.phone = saved.phone;
        shown.version = saved.version;
    }
    return ready(customers::CustomerWrite(saved));
}

QFuture<customers::LocationWrite> FakeCustomerApi::saveLocation(const customers::LocationEdit &)
{
    return ready(customers::LocationWrite(notFound(u"location"_s)));
}

QFuture<customers::EquipmentWrite> FakeCustomerApi::saveEquipment(const customers::EquipmentEdit &)
{
    return ready(customers::EquipmentWrite(notFound(u"equipment"_s)));
}

QFuture<customers::SubscriptionWrite> FakeCustomerApi::saveSubscription(const customers::SubscriptionEdit &)
{
    return ready(customers::SubscriptionWrite(notFound(u"subscription"_s)));
}

QFuture<Result<QString>> FakeCustomerApi::revealRadiusPassword(qint64)
{
    return ready(Result<QString>(notFound(u"subscription"_s)));
}

// ---- tickets ----

void FakeTicketApi::changeElsewhere(qint64 ticketId, const QString &status, const QString &by)
{
    tickets::TicketDetail &t = tickets[ticketId];
    t.status = status;
    ++t.version;
    t.lastChangedBy = by;
    t.lastChangedAt = QDateTime::currentDateTimeUtc();
    t.updatedAt = t.lastChangedAt;
}

QFuture<Result<tickets::TicketPage>> FakeTicketApi::page(
    const tickets::TicketFilter &, tickets::TicketSort, const tickets::TicketCursor &, int)
{
    return ready(Result<tickets::TicketPage>(tickets::TicketPage{}));
}

QFuture<Result<QList<tickets::TicketRow>>> FakeTicketApi::children(qint64)
{
    return ready(Result<QList<tickets::TicketRow>>(QList<tickets::TicketRow>{}));
}

QFuture<Result<tickets::TicketFilterOptions>> FakeTicketApi::filterOptions()
{
    return ready(Result<tickets::TicketFilterOptions>(options));
}

QFuture<Result<tickets::TicketSnapshot>> FakeTicketApi::loadTicket(qint64 ticketId, int messageLimit)
{
    if (!tickets.contains(ticketId))
        return ready(Result<tickets::TicketSnapshot>(notFound(u"ticket"_s)));
    tickets::TicketSnapshot s;
    s.ticket = tickets.value(ticketId);
    const QList<tickets::TicketMessage> all = messages.value(ticketId);
    s.messageCount = int(all.size());
    const qsizetype from = qMax<qsizetype>(0, all.size() - messageLimit);
    s.thread.messages = all.mid(from);
    s.thread.hasOlder = from > 0;
    if (s.thread.hasOlder)
        s.thread.olderCursor = {all.at(from).createdMicros, all.at(from).id};
    s.roundTrips = 2;
    return ready(Result<tickets::TicketSnapshot>(s));
}

QFuture<Result<tickets::TicketDetail>> FakeTicketApi::detail(qint64 ticketId)
{
    if (!tickets.contains(ticketId))
        return ready(Result<tickets::TicketDetail>(notFound(u"ticket"_s)));
    return ready(Result<tickets::TicketDetail>(tickets.value(ticketId)));
}

QFuture<Result<tickets::MessagePage>> FakeTicketApi::olderMessages(
    qint64 ticketId, const tickets::MessageCursor &before, int limit)
{
    tickets::MessagePage page;
    const QList<tickets::TicketMessage> all = messages.value(ticketId);
    qsizetype end = 0;
    while (end < all.size() && all.at(end).id != before.id)
        ++end;
    const qsizetype from = qMax<qsizetype>(0, end - limit);
    page.messages = all.mid(from, end - from);
    page.hasOlder = from > 0;
    if (page.hasOlder)
        page.olderCursor = {all.at(from).createdMicros, all.at(from).id};
    return ready(Result<tickets::MessagePage>(page));
}

QFuture<Result<QList<tickets::TicketMessage>>> FakeTicketApi::newerMessages(
    qint64 ticketId, const tickets::MessageCursor &after, int limit)
{
    QList<tickets::TicketMessage> out;
    for (const auto &m : messages.value(ticketId)) {
        if ((m.createdMicros > after.micros || (m.createdMicros == after.micros && m.id > after.id))
            && out.size() < limit)
            out.append(m);
    }
    return ready(Result<QList<tickets::TicketMessage>>(out));
}

QFuture<Result<tickets::TicketMessage>> FakeTicketApi::addMessage(
    qint64 ticketId, const QString &body, bool internal, qint64 authorStaffId)
{
    ++messageCalls;
    if (failNextMessage)
        return ready(Result<tickets::TicketMessage>(*std::exchange(failNextMessage, std::nullopt)));
    if (!tickets.contains(ticketId))
        return ready(Result<tickets::TicketMessage>(notFound(u"ticket"_s)));
    if (auto e = validateMessageBody(body))
        return ready(Result<tickets::TicketMessage>(*e));
    tickets::TicketMessage m;
    m.id = nextMessageId++;
    m.authorStaffId = authorStaffId;
    m.authorName = u"Moi"_s;
    m.channel = internal ? u"note"_s : u"email"_s;
    m.internal = internal;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.createdMicros = m.createdAt.toMSecsSinceEpoch() * 1000 + m.id % 1000;
    m.body = body;
    messages[ticketId].append(m);
    return ready(Result<tickets::TicketMessage>(m));
}

QFuture<Result<tickets::ReplyTargets>> FakeTicketApi::replyTargets(qint64 ticketId)
{
    if (!tickets.contains(ticketId))
        return ready(Result<tickets::ReplyTargets>(notFound(u"ticket"_s)));
    tickets::ReplyTargets t = replyTargetsOf.value(ticketId);
    t.ticketId = ticketId;
    t.ticketCode = tickets.value(ticketId).code;
    t.customerId = tickets.value(ticketId).customerId;
    return ready(Result<tickets::ReplyTargets>(t));
}

QFuture<Result<tickets::TicketMessage>> FakeTicketApi::sendReply(qint64 ticketId, const tickets::ReplyRequest &request)
{
    ++messageCalls;
    if (failNextMessage)
        return ready(Result<tickets::TicketMessage>(*std::exchange(failNextMessage, std::nullopt)));
    if (!tickets.contains(ticketId))
        return ready(Result<tickets::TicketMessage>(notFound(u"ticket"_s)));
    if (auto e = validateMessageBody(request.body))
        return ready(Result<tickets::TicketMessage>(*e));
    const tickets::ReplyTargets t = replyTargetsOf.value(ticketId);
    const QString to = request.channel == u"email"_s ? t.email : t.mobile;
    if (to.isEmpty())
        return ready(Result<tickets::TicketMessage>(Error::make(Error::Kind::Validation, u"no address"_s)));
    sentReplies.append(request);
    tickets::TicketMessage m;
    m.id = nextMessageId++;
    m.authorName = u"Moi"_s;
    m.channel = request.channel;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.createdMicros = m.createdAt.toMSecsSinceEpoch() * 1000 + m.id % 1000;
    m.body = request.body.trimmed();
    m.sentTo = to;
    m.outboxId = 5000 + m.id;
    m.delivery = u"queued"_s;
    messages[ticketId].append(m);
    return ready(Result<tickets::TicketMessage>(m));
}

QFuture<Result<QList<tickets::MessageDelivery>>> FakeTicketApi::deliveries(qint64, const QList<qint64> &messageIds)
{
    ++deliveryCalls;
    QList<tickets::MessageDelivery> out;
    for (qint64 id : messageIds) {
        if (deliveryOf.contains(id))
            out.append(deliveryOf.value(id));
    }
    return ready(Result<QList<tickets::MessageDelivery>>(out));
}

template <typename F>
QFuture<tickets::TicketWriteResult> FakeTicketApi::write(qint64 ticketId, int expectedVersion, F change)
{
    ++writeCalls;
    if (!tickets.contains(ticketId))
        return ready(tickets::TicketWriteResult(notFound(u"ticket"_s)));
    tickets::TicketDetail &t = tickets[ticketId];
    if (t.version != expectedVersion)
        return ready(tickets::TicketWriteResult(stale(), tickets::TicketConflict{t}));
    change(t);
    ++t.version;
    t.updatedAt = QDateTime::currentDateTimeUtc();
    return ready(tickets::TicketWriteResult(t));
}

QFuture<tickets::TicketWriteResult> FakeTicketApi::assign(qint64 ticketId, qint64 staffId, int expectedVersion)
{
    QString name;
    for (const auto &s : options.staff) {
        if (s.id == staffId)
            name = s.name;
    }
    return write(ticketId, expectedVersion, [staffId, name](tickets::TicketDetail &t) {
        t.assignedStaffId = staffId;
        t.assignedStaffName = name;
    });
}

QFuture<tickets::TicketWriteResult> FakeTicketApi::setStatus(
    qint64 ticketId, const QString &status, int expectedVersion)
{
    return write(ticketId, expectedVersion, [status](tickets::TicketDetail &t) { t.status = status; });
}

QFuture<tickets::TicketWriteResult> FakeTicketApi::linkLocation(qint64 ticketId, qint64 locationId, int expectedVersion)
{
    return write(ticketId, expectedVersion, [locationId](tickets::TicketDetail &t) { t.locationId = locationId; });
}

QFuture<tickets::TicketWriteResult> FakeTicketApi::linkEquipment(
    qint64 ticketId, qint64 equipmentId, int expectedVersion)
{
    return write(ticketId, expectedVersion, [equipmentId](tickets::TicketDetail &t) { t.equipmentId = equipmentId; });
}

QFuture<Result<tickets::DispatchJobCreated>> FakeTicketApi::createDispatchJob(
    qint64 ticketId, const tickets::DispatchJobRequest &, int expectedVersion)
{
    ++writeCalls;
    if (!tickets.contains(ticketId))
        return ready(Result<tickets::DispatchJobCreated>(notFound(u"ticket"_s)));
    if (tickets.value(ticketId).version != expectedVersion)
        return ready(Result<tickets::DispatchJobCreated>(stale()));
    tickets::DispatchJobCreated created;
    created.id = 77;
    created.code = u"DJ-00077"_s;
    return ready(Result<tickets::DispatchJobCreated>(created));
}

QFuture<Result<tickets::LinkOptions>> FakeTicketApi::linkOptions(qint64)
{
    return ready(Result<tickets::LinkOptions>(links));
}

} // namespace ops::test
