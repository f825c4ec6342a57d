#pragma once

#include "core/common/Result.h"
#include "core/tickets/TicketTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::tickets {

// The ticket list over all tickets. Keyset pagination only: a page is one statement, ordered by the sort key with the
// id as tiebreaker, that fetches limit + 1 rows after the cursor (never OFFSET, never a count over the table).
class TicketRepository
{
public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;

    explicit TicketRepository(db::PgConnection &c);

    // One round trip. A null cursor starts at the top.
    Result<TicketPage> page(const TicketFilter &filter, TicketSort sort = TicketSort::CreatedDesc,
        const TicketCursor &cursor = {}, int limit = kDefaultLimit);
    // The children of an outage parent, oldest first. One round trip.
    Result<QList<TicketRow>> children(qint64 parentId);
    // Active staff and the issue types in use, for the filter bar. One round trip.
    Result<TicketFilterOptions> filterOptions();

    // An estimate of the number of tickets matching filter, cheap on any table size: the planner's row count
    // (pg_class.reltuples) without a filter; with a filter, a count of the same structured criteria as page(), capped
    // at kEstimateCap; -1 for a text filter. One round trip.
    static constexpr qint64 kEstimateCap = 100000;
    Result<qint64> estimateCount(const TicketFilter &filter);
    // Makes the open transaction READ ONLY (the export's snapshot). Call right after BEGIN.
    Status setTransactionReadOnly();

    // "50%_off" -> "%50\%\_off%": a literal ILIKE pattern (backslash is ILIKE's default escape).
    static QString containsPattern(const QString &text);

    // ---- One ticket (TicketRepositoryActions.cpp) ----
    // Who is "me": staff are PostgreSQL roles (staff.pg_role), so every change is attributed to the staff row whose
    // pg_role is the connection's current_user (audit_log.staff_id; NULL when there is none, db_role still says who).

    static constexpr int kDefaultMessageLimit = 200;
    static constexpr qsizetype kMaxMessageBytes = 1024 * 1024; // UTF-8, after trimming

    // The header and the newest messageLimit messages (oldest first), in two round trips. NotFound when gone.
    Result<TicketSnapshot> loadTicket(qint64 ticketId, int messageLimit = kDefaultMessageLimit);
    // The header only (one round trip).
    Result<TicketDetail> detail(qint64 ticketId);
    // Paging a long thread: up to limit messages before `before`, oldest first.
    Result<MessagePage> olderMessages(qint64 ticketId, const MessageCursor &before, int limit = kDefaultMessageLimit);
    // Messages after `after` (live updates), oldest first; a null cursor gives the newest limit.
    Result<QList<TicketMessage>> newerMessages(
        qint64 ticketId, const MessageCursor &after, int limit = kDefaultMessageLimit);

    // A reply (channel portal) or an internal note (channel note). body: plain text, stored trimmed and otherwise
    // exactly as given; empty or over kMaxMessageBytes is refused (Validation). authorStaffId 0: the current user.
    // One transaction with its audit row.
    Result<TicketMessage> addMessage(qint64 ticketId, const QString &body, bool internal, qint64 authorStaffId = 0);
    static std::optional<Error> validateMessageBody(const QString &body);

    // Changes to the ticket row: one transaction each, UPDATE … WHERE id = $1 AND version = $2 plus an audit_log row
    // (before/after of the changed fields). A stale expectedVersion gives Kind::Conflict with the current row.
    // staffId 0: unassign.
    TicketWriteResult assign(qint64 ticketId, qint64 staffId, int expectedVersion);
    // Closing sets closed_at; reopening clears it.
    TicketWriteResult setStatus(qint64 ticketId, const QString &status, int expectedVersion);
    // locationId 0: unlink. The location must belong to the ticket's customer; linking a location clears a device
    // that is elsewhere.
    TicketWriteResult linkLocation(qint64 ticketId, qint64 locationId, int expectedVersion);
    // equipmentId 0: unlink. The device must be installed at one of the ticket's customer's locations; the ticket's
    // location follows the device.
    TicketWriteResult linkEquipment(qint64 ticketId, qint64 equipmentId, int expectedVersion);
    // A dispatch job in the unscheduled queue with the ticket's customer and location (or request.locationId, one of
    // the customer's). expectedVersion guards against a ticket changed since the user confirmed (Conflict).
    Result<DispatchJobCreated> createDispatchJob(
        qint64 ticketId, const DispatchJobRequest &request, int expectedVersion);
    // The customer's locations and their installed equipment (one round trip).
    Result<LinkOptions> linkOptions(qint64 customerId);

    // ---- Replies that reach the customer (TicketRepositoryReplies.cpp, migration 0029) ----

    // Where a reply can go: the ticket's customer's e-mail (email, else email_alt) and mobile (phone, else phone_alt,
    // the first that is a Quebec number), and whether sender settings exist for each. One round trip.
    Result<ReplyTargets> replyTargets(qint64 ticketId, const ReplySender &sender = {});
    // A reply by e-mail (Mailjet: « Re: [TCK-…] subject » in the customer's language, plain text and escaped HTML,
    // the configured sender, Reply-To the company's address when set) or by SMS (Twilio), to the customer's address
    // or number or to request.to: the ticket_messages row (channel email or sms, not internal, its outbox_id and
    // sent_to) and the outbox row in one transaction, both or neither. A missing or invalid address, an unset
    // sender, an empty body or a ticket without customer: a translated Validation error, nothing written.
    Result<TicketMessage> sendReply(qint64 ticketId, const ReplyRequest &request, const ReplySender &sender);
    // The delivery of the given messages of the ticket as their outbox rows say now (outbound ones only).
    Result<QList<MessageDelivery>> deliveries(qint64 ticketId, const QList<qint64> &messageIds);

    // The id of the ticket with this code ("TCK-00042"), NotFound when none. One round trip.
    Result<qint64> ticketIdByCode(const QString &code);

    // The customer-facing text, in the customer's language (fr, en), not the screen's.
    static QString replySubject(const QString &language, const QString &ticketCode, const QString &ticketSubject);
    static QString replyText(
        const QString &language, const QString &body, const QString &ticketCode, const QString &companyName);
    static QString replyHtml(
        const QString &language, const QString &body, const QString &ticketCode, const QString &companyName);

private:
    db::PgConnection &m_c;
};

} // namespace ops::tickets
