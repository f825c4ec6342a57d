#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace ops::tickets {

// The ticket statuses of the schema, in workflow order.
QStringList ticketStatuses();

// What the ticket list shows. Empty members do not filter.
struct TicketFilter
{
    QStringList statuses; // keys from ticketStatuses(); empty: all
    QString issueType; // exact key ("no_internet"); empty: all
    qint64 assignedStaffId = 0; // 0: anyone; kUnassigned: nobody
    bool importantOnly = false;
    QDateTime createdFrom; // inclusive; invalid: open
    QDateTime createdTo; // exclusive; invalid: open
    QString text; // literal, case-insensitive, in the subject or any message (% and _ are not wildcards)
    qint64 parentId = 0; // > 0: the children of this ticket only (the parent/child tree)

    static constexpr qint64 kUnassigned = -1;
    bool isEmpty() const;
    bool operator==(const TicketFilter &) const = default;
};

enum class TicketSort
{
    CreatedDesc, // default: newest first
    CreatedAsc,
    UpdatedDesc,
};

// Keyset position after the last row of a page: the sort key (microseconds since the epoch, exact) and the id.
struct TicketCursor
{
    qint64 keyMicros = 0;
    qint64 id = 0;

    bool isNull() const { return id == 0; }
    QByteArray toByteArray() const; // opaque, for callers that keep it as bytes
    static TicketCursor fromByteArray(const QByteArray &bytes); // null when malformed
    bool operator==(const TicketCursor &) const = default;
};

struct TicketRow
{
    qint64 id = 0;
    QString code;
    QString subject;
    qint64 customerId = 0; // 0: no customer (an outage parent)
    QString customerName;
    QString customerCode;
    QString issueType;
    QString status;
    bool important = false;
    qint64 assignedStaffId = 0;
    QString assignedStaffName;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    qint64 parentId = 0;
    QString parentCode;
    int childCount = 0;
    qint64 sortKeyMicros = 0; // the sort column of the query that produced this row, exact
    bool operator==(const TicketRow &) const = default;
};

struct TicketPage
{
    QList<TicketRow> rows;
    TicketCursor nextCursor; // null when !hasMore
    bool hasMore = false;
    quint64 roundTrips = 0; // database round trips spent on this page (1)
};

struct StaffOption
{
    qint64 id = 0;
    QString name;
};

// What the filter bar offers.
struct TicketFilterOptions
{
    QList<StaffOption> staff;
    QStringList issueTypes;
};

// ---- One ticket (the ticket view) ----

// Everything the ticket view's header shows. version is the optimistic-concurrency token of every change.
struct TicketDetail
{
    qint64 id = 0;
    QString code;
    QString subject;
    QString issueType;
    QString status;
    bool important = false;
    qint64 customerId = 0; // 0: none (an outage parent)
    QString customerCode;
    QString customerName;
    qint64 locationId = 0;
    QString locationCode;
    QString locationAddress; // "123 rue Principale #4, Saint-Jérôme"
    qint64 equipmentId = 0;
    QString equipmentCode;
    QString equipmentLabel; // "ONT Nokia G-010G-Q (ALCL12345678)"
    qint64 assignedStaffId = 0;
    QString assignedStaffName;
    qint64 parentId = 0;
    QString parentCode;
    int childCount = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime closedAt; // UTC; invalid while not closed
    int version = 0;
    // The last recorded change (audit_log), for "X changed this ticket at HH:MM". Empty when none was recorded.
    QString lastChangedBy;
    QDateTime lastChangedAt; // UTC

    bool isNull() const { return id == 0; }
    bool operator==(const TicketDetail &) const = default;
};

// One message of a thread. body is plain text exactly as stored: never interpreted as HTML.
struct TicketMessage
{
    qint64 id = 0;
    qint64 authorStaffId = 0;
    QString authorName;
    QString channel; // email, phone, sms, note, portal
    bool internal = false;
    QDateTime createdAt; // UTC
    qint64 createdMicros = 0; // exact keyset position (with id)
    QString body;
    // A reply that went out to the customer (channel email or sms, migration 0029): where it went, the e-mail's
    // subject, and its delivery read from its outbox row. delivery is empty for every other message.
    QString sentTo;
    QString subject;
    qint64 outboxId = 0;
    QString delivery; // queued, sending, sent, failed, ambiguous, cancelled
    QString deliveryRef; // the provider's message id, once sent
    QString deliveryError; // the provider's own error text, when failed
    bool isOutbound() const { return outboxId > 0 || !delivery.isEmpty(); }
    bool deliveryFinal() const { return isDeliveryFinal(delivery); }
    static bool isDeliveryFinal(const QString &delivery); // empty, sent, failed, cancelled (ambiguous waits)
    bool operator==(const TicketMessage &) const = default;
};

// The delivery of one outbound reply, read again when the outbox moves (TicketApi::deliveries).
struct MessageDelivery
{
    qint64 messageId = 0;
    QString delivery;
    QString deliveryRef;
    QString deliveryError;
    bool operator==(const MessageDelivery &) const = default;
};

// Where a reply to a ticket's customer can go (TicketApi::replyTargets): the customer's e-mail address and mobile
// number (E.164; empty when none is usable) and whether e-mail and SMS are set up in the integration settings.
struct ReplyTargets
{
    qint64 ticketId = 0;
    QString ticketCode;
    QString subject;
    qint64 customerId = 0; // 0: no customer (an outage parent): only notes and portal replies
    QString customerCode;
    QString customerName;
    QString language; // fr, en: the language of what the customer receives
    QString email;
    QString mobile;
    bool mailSetUp = false;
    bool smsSetUp = false;
    bool canEmail() const { return !email.isEmpty() && mailSetUp; }
    bool canSms() const { return !mobile.isEmpty() && smsSetUp; }
};

// A reply that goes out to the customer. channel: email or sms; to: empty for the customer's own address or number,
// else a contact's (checked the same way).
struct ReplyRequest
{
    QString channel;
    QString body;
    QString to;
};

// Who sends replies (the integration settings; no secret: the outbox worker authenticates).
struct ReplySender
{
    QString mailFrom; // Mailjet's verified sender address
    QString mailFromName; // empty: the company name of the billing settings, when the role may read it
    QString smsAccountSid;
    QString smsFrom; // E.164 number or MG... messaging service
    bool mailSet() const { return !mailFrom.trimmed().isEmpty(); }
    bool smsSet() const { return !smsAccountSid.trimmed().isEmpty() && !smsFrom.trimmed().isEmpty(); }
};

// Keyset position in a thread: (created_at, id).
struct MessageCursor
{
    qint64 micros = 0;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
    bool operator==(const MessageCursor &) const = default;
};

// A slice of a thread, oldest first.
struct MessagePage
{
    QList<TicketMessage> messages;
    bool hasOlder = false; // there are messages before messages.first()
    MessageCursor olderCursor; // pass to olderMessages(); null when !hasOlder
};

// A ticket opened in the view: the header and the newest messages (loadTicket: two round trips).
struct TicketSnapshot
{
    TicketDetail ticket;
    MessagePage thread;
    int messageCount = 0; // the whole thread
    quint64 roundTrips = 0;
};

// The schema's dispatch job types, and what createDispatchJob() takes.
QStringList dispatchJobTypes();
struct DispatchJobRequest
{
    QString jobType = QStringLiteral("repair");
    int priority = 3; // 1 (most urgent) … 5
    int durationMinutes = 60;
    QString notes; // optional, plain text
    qint64 locationId = 0; // 0: the ticket's location (it must have one); else one of the ticket's customer's
};

struct DispatchJobCreated
{
    qint64 id = 0;
    QString code; // DJ-#####
    qint64 customerId = 0;
    qint64 locationId = 0;
};

// Link targets offered for a ticket: its customer's locations and their equipment.
struct LinkOption
{
    qint64 id = 0;
    qint64 locationId = 0; // equipment: where it is installed
    QString code;
    QString label;
};
struct LinkOptions
{
    QList<LinkOption> locations;
    QList<LinkOption> equipment;
};

// A change refused because the ticket moved on since it was read: the row as it is now, to show theirs vs mine.
struct TicketConflict
{
    TicketDetail current;
};

// The result of every change to a ticket: the saved ticket, or an Error. When the Error is Kind::Conflict (stale
// version), `conflict` carries the current row.
class [[nodiscard]] TicketWriteResult : public Result<TicketDetail>
{
public:
    using Result<TicketDetail>::Result;
    TicketWriteResult(Error error, TicketConflict c)
        : Result<TicketDetail>(std::move(error))
        , conflict(std::move(c))
    {}
    bool isConflict() const { return !ok() && conflict.has_value(); }
    std::optional<TicketConflict> conflict;
};

} // namespace ops::tickets

Q_DECLARE_METATYPE(ops::tickets::TicketFilter)
Q_DECLARE_METATYPE(ops::tickets::TicketRow)
Q_DECLARE_METATYPE(ops::tickets::TicketPage)
Q_DECLARE_METATYPE(ops::tickets::TicketDetail)
Q_DECLARE_METATYPE(ops::tickets::TicketMessage)
Q_DECLARE_METATYPE(ops::tickets::TicketSnapshot)
Q_DECLARE_METATYPE(ops::tickets::ReplyTargets)
Q_DECLARE_METATYPE(ops::tickets::MessageDelivery)
