// TicketRepository, one ticket: the ticket view's reads and every change to a ticket (one transaction, guarded by the
// ticket's version; the audit rows come from the tables' triggers, migration 0012).
#include <QCoreApplication>
#include <QLocale>

#include "core/db/Audit.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketRepositoryMessages.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::tickets {

const char *const kMessageColumns =
    "SELECT m.id, coalesce(m.author_staff_id, 0), m.author_name, m.channel, m.is_internal, m.created_at,"
    " (extract(epoch FROM m.created_at) * 1000000)::bigint, m.body, coalesce(m.sent_to, ''), coalesce(m.subject, ''),"
    " coalesce(m.outbox_id, 0),"
    " CASE WHEN o.id IS NULL THEN '' WHEN o.status = 'pending' THEN 'queued' ELSE o.status END,"
    " CASE WHEN o.status = 'sent' THEN coalesce(o.provider_ref, '') ELSE '' END,"
    " CASE WHEN o.status IN ('failed', 'ambiguous') THEN coalesce(o.last_error, '') ELSE '' END";
const char *const kMessageFrom = " FROM ticket_messages m LEFT JOIN outbox o ON o.id = m.outbox_id";

TicketMessage readMessage(const db::PgResult &r, int i)
{
    TicketMessage m;
    m.id = r.int64(i, 0);
    m.authorStaffId = r.int64(i, 1);
    m.authorName = r.text(i, 2);
    m.channel = r.text(i, 3);
    m.internal = r.boolean(i, 4);
    m.createdAt = r.timestamp(i, 5);
    m.createdMicros = r.int64(i, 6);
    m.body = r.text(i, 7);
    m.sentTo = r.text(i, 8);
    m.subject = r.text(i, 9);
    m.outboxId = r.int64(i, 10);
    m.delivery = r.text(i, 11);
    m.deliveryRef = r.text(i, 12);
    m.deliveryError = r.text(i, 13);
    return m;
}

namespace {

constexpr int kMaxMessagePage = 1000;
constexpr qsizetype kMaxJobNotes = 10000;

constexpr const char *kDetailSql =
    "SELECT t.id, t.code, t.subject, t.issue_type, t.status, t.is_important,"
    " coalesce(t.customer_id, 0), coalesce(c.code, ''), coalesce(c.display_name, ''),"
    " coalesce(t.location_id, 0), coalesce(l.code, ''),"
    " coalesce(concat_ws(', ', concat_ws(' ', l.civic_number, l.street) || coalesce(' #' || l.unit, ''), l.city), ''),"
    " coalesce(t.equipment_id, 0), coalesce(e.code, ''),"
    " coalesce(e.make || ' ' || e.model || ' · ' || e.serial, ''),"
    " coalesce(t.assigned_staff_id, 0), coalesce(s.display_name, ''),"
    " coalesce(t.parent_id, 0), coalesce(p.code, ''), (SELECT count(*) FROM tickets k WHERE k.parent_id = t.id),"
    " t.created_at, t.updated_at, t.closed_at, t.version, coalesce(a.who, ''), a.at"
    " FROM tickets t"
    " LEFT JOIN customers c ON c.id = t.customer_id"
    " LEFT JOIN service_locations l ON l.id = t.location_id"
    " LEFT JOIN service_equipment e ON e.id = t.equipment_id"
    " LEFT JOIN staff s ON s.id = t.assigned_staff_id"
    " LEFT JOIN tickets p ON p.id = t.parent_id"
    " LEFT JOIN LATERAL (SELECT coalesce(st.display_name, al.db_role) AS who, al.at FROM audit_log al"
    "   LEFT JOIN staff st ON st.id = al.staff_id"
    "   WHERE al.entity = 'ticket' AND al.entity_id = t.id AND al.action = 'update'"
    "   ORDER BY al.at DESC, al.id DESC LIMIT 1) a ON true"
    " WHERE t.id = $1";

TicketDetail readDetailRow(const db::PgResult &r)
{
    TicketDetail d;
    d.id = r.int64(0, 0);
    d.code = r.text(0, 1);
    d.subject = r.text(0, 2);
    d.issueType = r.text(0, 3);
    d.status = r.text(0, 4);
    d.important = r.boolean(0, 5);
    d.customerId = r.int64(0, 6);
    d.customerCode = r.text(0, 7);
    d.customerName = r.text(0, 8);
    d.locationId = r.int64(0, 9);
    d.locationCode = r.text(0, 10);
    d.locationAddress = r.text(0, 11);
    d.equipmentId = r.int64(0, 12);
    d.equipmentCode = r.text(0, 13);
    d.equipmentLabel = r.text(0, 14);
    d.assignedStaffId = r.int64(0, 15);
    d.assignedStaffName = r.text(0, 16);
    d.parentId = r.int64(0, 17);
    d.parentCode = r.text(0, 18);
    d.childCount = r.int32(0, 19);
    d.createdAt = r.timestamp(0, 20);
    d.updatedAt = r.timestamp(0, 21);
    d.closedAt = r.timestamp(0, 22);
    d.version = r.int32(0, 23);
    d.lastChangedBy = r.text(0, 24);
    d.lastChangedAt = r.timestamp(0, 25);
    return d;
}

Error notFound()
{
    return Error::make(
        Error::Kind::NotFound, QCoreApplication::translate("ops::tickets", "This ticket no longer exists."));
}

Result<TicketDetail> readDetail(db::PgConnection &c, qint64 ticketId)
{
    auto r = c.exec(kDetailSql, db::SqlParams().add(ticketId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return notFound();
    return readDetailRow(r.value());
}

Error conflictError(const TicketDetail &current)
{
    const QString who = current.lastChangedBy.isEmpty() ? QCoreApplication::translate("ops::tickets", "Someone else")
                                                        : current.lastChangedBy;
    const QDateTime at = current.lastChangedAt.isValid() ? current.lastChangedAt : current.updatedAt;
    return Error::make(Error::Kind::Conflict,
        QCoreApplication::translate("ops::tickets", "%1 changed this ticket at %2 while you were looking at it.")
            .arg(who, QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)),
        QStringLiteral("ticket %1: stale version").arg(current.id));
}

// One change to the ticket row. setClause uses $1 (id), $2 (expected version) and the caller's $3…;
// check (optional) runs first, inside the transaction.
struct Change
{
    QString setClause;
    std::function<void(db::SqlParams &)> bind; // adds $3…
    std::function<std::optional<Error>(db::PgConnection &)> check;
};

TicketWriteResult runChange(db::PgConnection &c, qint64 ticketId, int expectedVersion, const Change &change)
{
    // The guarded UPDATE returns no row when the version is stale; the audit row comes from the trigger (migration
    // 0012). Inside setClause, b is the row as it was.
    const QString sql =
        u"UPDATE tickets b SET %1 WHERE b.id = $1 AND b.version = $2 RETURNING b.id"_s.arg(change.setClause);

    std::optional<TicketConflict> conflict;
    auto r = db::withTransaction<TicketDetail>(c, [&](db::PgConnection &tx) -> Result<TicketDetail> {
        conflict.reset();
        if (change.check) {
            if (auto e = change.check(tx))
                return *e;
        }
        db::SqlParams params;
        params.add(ticketId).add(expectedVersion);
        change.bind(params);
        auto u = tx.exec(sql, params);
        if (!u.ok())
            return u.error();
        if (u.value().rows() == 0) {
            auto current = readDetail(tx, ticketId);
            if (!current.ok())
                return current.error();
            conflict = TicketConflict{current.value()};
            return conflictError(current.value());
        }
        return readDetail(tx, ticketId);
    });
    if (r.ok())
        return std::move(r).value();
    if (conflict)
        return TicketWriteResult(std::move(r).error(), std::move(*conflict));
    return TicketWriteResult(std::move(r).error());
}

} // namespace

std::optional<Error> TicketRepository::validateMessageBody(const QString &body)
{
    const QString trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return Error::make(
            Error::Kind::Validation, QCoreApplication::translate("ops::tickets", "The message is empty."));
    if (trimmed.contains(QChar(0)))
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::tickets", "The message contains a NUL character, which cannot be stored."));
    const qsizetype bytes = trimmed.toUtf8().size();
    if (bytes > kMaxMessageBytes)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::tickets", "The message is too long: %1 KB, at most %2 KB.")
                .arg(QLocale().toString((bytes + 1023) / 1024), QLocale().toString(kMaxMessageBytes / 1024)));
    return std::nullopt;
}

Result<TicketDetail> TicketRepository::detail(qint64 ticketId)
{
    return readDetail(m_c, ticketId);
}

Result<TicketSnapshot> TicketRepository::loadTicket(qint64 ticketId, int messageLimit)
{
    const quint64 before = m_c.roundTrips();
    TicketSnapshot snap;
    auto d = readDetail(m_c, ticketId);
    if (!d.ok())
        return d.error();
    snap.ticket = std::move(d).value();
    const int limit = qBound(1, messageLimit, kMaxMessagePage);
    auto m = m_c.exec(QLatin1String(kMessageColumns)
            + u", (SELECT count(*) FROM ticket_messages WHERE ticket_id = $1)"_s + QLatin1String(kMessageFrom)
            + u" WHERE m.ticket_id = $1 ORDER BY m.created_at DESC, m.id DESC LIMIT $2"_s,
        db::SqlParams().add(ticketId).add(limit + 1));
    if (!m.ok())
        return m.error();
    const db::PgResult &res = m.value();
    const int n = res.rows();
    for (int i = qMin(n, limit) - 1; i >= 0; --i)
        snap.thread.messages.append(readMessage(res, i));
    snap.messageCount = n > 0 ? res.int32(0, kMessageColumnCount) : 0;
    snap.thread.hasOlder = n > limit;
    if (snap.thread.hasOlder)
        snap.thread.olderCursor = {snap.thread.messages.first().createdMicros, snap.thread.messages.first().id};
    snap.roundTrips = m_c.roundTrips() - before;
    return snap;
}

Result<MessagePage> TicketRepository::olderMessages(qint64 ticketId, const MessageCursor &before, int limit)
{
    limit = qBound(1, limit, kMaxMessagePage);
    auto m = m_c.exec(QLatin1String(kMessageColumns) + QLatin1String(kMessageFrom)
            + u" WHERE m.ticket_id = $1"
              " AND (m.created_at, m.id) < (timestamptz 'epoch' + $2::bigint * interval '1 microsecond', $3)"
              " ORDER BY m.created_at DESC, m.id DESC LIMIT $4"_s,
        db::SqlParams().add(ticketId).add(before.micros).add(before.id).add(limit + 1));
    if (!m.ok())
        return m.error();
    MessagePage page;
    const int n = m.value().rows();
    for (int i = qMin(n, limit) - 1; i >= 0; --i)
        page.messages.append(readMessage(m.value(), i));
    page.hasOlder = n > limit;
    if (page.hasOlder)
        page.olderCursor = {page.messages.first().createdMicros, page.messages.first().id};
    return page;
}

Result<QList<TicketMessage>> TicketRepository::newerMessages(qint64 ticketId, const MessageCursor &after, int limit)
{
    limit = qBound(1, limit, kMaxMessagePage);
    // Newest first and limited, then turned around: a burst larger than limit keeps its newest messages.
    auto m = after.isNull()
        ? m_c.exec(QLatin1String(kMessageColumns) + QLatin1String(kMessageFrom)
                + u" WHERE m.ticket_id = $1 ORDER BY m.created_at DESC, m.id DESC LIMIT $2"_s,
            db::SqlParams().add(ticketId).add(limit))
        : m_c.exec(QLatin1String(kMessageColumns) + QLatin1String(kMessageFrom)
                + u" WHERE m.ticket_id = $1"
                  " AND (m.created_at, m.id) > (timestamptz 'epoch' + $2::bigint * interval '1 microsecond', $3)"
                  " ORDER BY m.created_at DESC, m.id DESC LIMIT $4"_s,
            db::SqlParams().add(ticketId).add(after.micros).add(after.id).add(limit));
    if (!m.ok())
        return m.error();
    QList<TicketMessage> out;
    for (int i = m.value().rows() - 1; i >= 0; --i)
        out.append(readMessage(m.value(), i));
    return out;
}

Result<TicketMessage> TicketRepository::addMessage(
    qint64 ticketId, const QString &body, bool internal, qint64 authorStaffId)
{
    if (auto e = validateMessageBody(body))
        return *e;
    // One statement (its audit row comes from the trigger, in the same transaction). The body travels as a parameter
    // and is stored as text; nothing here (or in the view) interprets it.
    auto r = m_c.exec(u"WITH me AS (SELECT id, display_name FROM staff"
                      "   WHERE CASE WHEN $4::bigint > 0 THEN id = $4 ELSE pg_role = current_user END),"
                      " m AS (INSERT INTO ticket_messages (ticket_id, author_staff_id, author_name, channel,"
                      "   is_internal, body)"
                      "   SELECT t.id, (SELECT id FROM me), coalesce((SELECT display_name FROM me), current_user),"
                      "    $3, $5, $2 FROM tickets t WHERE t.id = $1"
                      "     AND ($4::bigint = 0 OR EXISTS (SELECT 1 FROM me))"
                      "   RETURNING *) "_s
            + QLatin1String(kMessageColumns) + u" FROM m LEFT JOIN outbox o ON o.id = m.outbox_id"_s,
        db::SqlParams()
            .add(ticketId)
            .add(body.trimmed())
            .add(internal ? "note" : "portal")
            .add(authorStaffId)
            .add(internal));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0) {
        if (authorStaffId > 0) {
            auto staff = m_c.exec("SELECT 1 FROM staff WHERE id = $1", db::SqlParams().add(authorStaffId));
            if (staff.ok() && staff.value().rows() == 0)
                return Error::make(Error::Kind::Validation,
                    QCoreApplication::translate("ops::tickets", "The author of this message is not a staff member."));
        }
        return notFound();
    }
    return readMessage(r.value(), 0);
}

TicketWriteResult TicketRepository::assign(qint64 ticketId, qint64 staffId, int expectedVersion)
{
    Change ch;
    ch.setClause = u"assigned_staff_id = $3"_s;
    ch.bind = [staffId](db::SqlParams &p) {
        p.add(staffId > 0 ? std::optional<qint64>(staffId) : std::nullopt);
    };
    if (staffId > 0) {
        ch.check = [staffId](db::PgConnection &c) -> std::optional<Error> {
            auto r = c.exec("SELECT active FROM staff WHERE id = $1", db::SqlParams().add(staffId));
            if (!r.ok())
                return r.error();
            if (r.value().rows() == 0 || !r.value().boolean(0, 0))
                return Error::make(Error::Kind::Validation,
                    QCoreApplication::translate("ops::tickets", "This staff member does not exist or is inactive."));
            return std::nullopt;
        };
    }
    return runChange(m_c, ticketId, expectedVersion, ch);
}

TicketWriteResult TicketRepository::setStatus(qint64 ticketId, const QString &status, int expectedVersion)
{
    if (!ticketStatuses().contains(status))
        return TicketWriteResult(Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::tickets", "Unknown ticket status: %1").arg(status)));
    Change ch;
    ch.setClause = u"status = $3::text, closed_at = CASE WHEN $3::text IN ('resolved', 'closed')"
                   " THEN coalesce(b.closed_at, now()) END"_s;
    ch.bind = [status](db::SqlParams &p) {
        p.add(status);
    };
    return runChange(m_c, ticketId, expectedVersion, ch);
}

TicketWriteResult TicketRepository::linkLocation(qint64 ticketId, qint64 locationId, int expectedVersion)
{
    Change ch;
    // A device installed elsewhere no longer describes the ticket.
    ch.setClause = u"location_id = $3::bigint, equipment_id = CASE WHEN $3::bigint IS NOT NULL AND"
                   " (SELECT location_id FROM service_equipment WHERE id = b.equipment_id) = $3::bigint"
                   " THEN b.equipment_id END"_s;
    ch.bind = [locationId](db::SqlParams &p) {
        p.add(locationId > 0 ? std::optional<qint64>(locationId) : std::nullopt);
    };
    if (locationId > 0) {
        ch.check = [ticketId, locationId](db::PgConnection &c) -> std::optional<Error> {
            auto r = c.exec("SELECT l.customer_id IS NOT DISTINCT FROM t.customer_id AND t.customer_id IS NOT NULL"
                            " FROM service_locations l, tickets t WHERE l.id = $1 AND t.id = $2",
                db::SqlParams().add(locationId).add(ticketId));
            if (!r.ok())
                return r.error();
            if (r.value().rows() == 0 || !r.value().boolean(0, 0))
                return Error::make(Error::Kind::Validation,
                    QCoreApplication::translate(
                        "ops::tickets", "This location does not belong to the ticket's customer."));
            return std::nullopt;
        };
    }
    return runChange(m_c, ticketId, expectedVersion, ch);
}

TicketWriteResult TicketRepository::linkEquipment(qint64 ticketId, qint64 equipmentId, int expectedVersion)
{
    Change ch;
    ch.setClause = u"equipment_id = $3::bigint, location_id = coalesce("
                   "(SELECT location_id FROM service_equipment WHERE id = $3::bigint), b.location_id)"_s;
    ch.bind = [equipmentId](db::SqlParams &p) {
        p.add(equipmentId > 0 ? std::optional<qint64>(equipmentId) : std::nullopt);
    };
    if (equipmentId > 0) {
        ch.check = [ticketId, equipmentId](db::PgConnection &c) -> std::optional<Error> {
            auto r = c.exec("SELECT l.customer_id = t.customer_id FROM service_equipment e"
                            " JOIN service_locations l ON l.id = e.location_id, tickets t"
                            " WHERE e.id = $1 AND t.id = $2",
                db::SqlParams().add(equipmentId).add(ticketId));
            if (!r.ok())
                return r.error();
            if (r.value().rows() == 0 || !r.value().boolean(0, 0))
                return Error::make(Error::Kind::Validation,
                    QCoreApplication::translate(
                        "ops::tickets", "This device is not installed at one of the ticket's customer's locations."));
            return std::nullopt;
        };
    }
    return runChange(m_c, ticketId, expectedVersion, ch);
}

Result<DispatchJobCreated> TicketRepository::createDispatchJob(
    qint64 ticketId, const DispatchJobRequest &request, int expectedVersion)
{
    const auto invalid = [](const QString &message) {
        return Error::make(Error::Kind::Validation, message);
    };
    if (!dispatchJobTypes().contains(request.jobType))
        return invalid(QCoreApplication::translate("ops::tickets", "Unknown job type: %1").arg(request.jobType));
    if (request.priority < 1 || request.priority > 5)
        return invalid(QCoreApplication::translate("ops::tickets", "The priority goes from 1 (urgent) to 5."));
    if (request.durationMinutes < 5 || request.durationMinutes > 1440)
        return invalid(QCoreApplication::translate("ops::tickets", "The duration goes from 5 minutes to 24 hours."));
    if (request.notes.size() > kMaxJobNotes)
        return invalid(QCoreApplication::translate("ops::tickets", "The note is too long (at most %1 characters).")
                           .arg(QLocale().toString(kMaxJobNotes)));

    return db::withTransaction<DispatchJobCreated>(m_c, [&](db::PgConnection &c) -> Result<DispatchJobCreated> {
        // The ticket as the user confirmed it (same version), kept still until the job is in.
        auto t = c.exec("SELECT version, coalesce(customer_id, 0), coalesce(location_id, 0) FROM tickets"
                        " WHERE id = $1 FOR SHARE",
            db::SqlParams().add(ticketId));
        if (!t.ok())
            return t.error();
        if (t.value().rows() == 0)
            return notFound();
        if (t.value().int32(0, 0) != expectedVersion) {
            auto current = readDetail(c, ticketId);
            if (!current.ok())
                return current.error();
            return conflictError(current.value());
        }
        const qint64 customerId = t.value().int64(0, 1);
        const qint64 locationId = request.locationId > 0 ? request.locationId : t.value().int64(0, 2);
        if (customerId == 0)
            return invalid(
                QCoreApplication::translate("ops::tickets", "This ticket has no customer to send a technician to."));
        if (locationId == 0)
            return invalid(
                QCoreApplication::translate("ops::tickets", "Choose the location where the technician goes."));
        auto j = c.exec(u"WITH j AS (INSERT INTO dispatch_jobs (customer_id, location_id, ticket_id, job_type, status,"
                        "   priority, duration_minutes, notes)"
                        "   SELECT $1, l.id, $3, $4, 'unscheduled', $5, $6, nullif($7, '')"
                        "   FROM service_locations l WHERE l.id = $2 AND l.customer_id = $1 RETURNING *)"
                        " SELECT id, code, customer_id, location_id FROM j"_s,
            db::SqlParams()
                .add(customerId)
                .add(locationId)
                .add(ticketId)
                .add(request.jobType)
                .add(request.priority)
                .add(request.durationMinutes)
                .add(request.notes.trimmed()));
        if (!j.ok())
            return j.error();
        if (j.value().rows() == 0)
            return invalid(
                QCoreApplication::translate("ops::tickets", "This location does not belong to the ticket's customer."));
        DispatchJobCreated out;
        out.id = j.value().int64(0, 0);
        out.code = j.value().text(0, 1);
        out.customerId = j.value().int64(0, 2);
        out.locationId = j.value().int64(0, 3);
        return out;
    });
}

Result<LinkOptions> TicketRepository::linkOptions(qint64 customerId)
{
    auto r = m_c.exec(
        "SELECT 'l', l.id, l.id, l.code,"
        "  concat_ws(', ', concat_ws(' ', l.civic_number, l.street) || coalesce(' #' || l.unit, ''), l.city)"
        " FROM service_locations l WHERE l.customer_id = $1"
        " UNION ALL"
        " SELECT 'e', e.id, e.location_id, e.code, e.make || ' ' || e.model || ' · ' || e.serial || ' — ' || l.code"
        " FROM service_equipment e JOIN service_locations l ON l.id = e.location_id WHERE l.customer_id = $1"
        " ORDER BY 1 DESC, 4",
        db::SqlParams().add(customerId));
    if (!r.ok())
        return r.error();
    LinkOptions o;
    for (int i = 0; i < r.value().rows(); ++i) {
        const db::PgResult &res = r.value();
        LinkOption opt{res.int64(i, 1), res.int64(i, 2), res.text(i, 3), res.text(i, 4)};
        (res.text(i, 0) == "l"_L1 ? o.locations : o.equipment).append(opt);
    }
    return o;
}

} // namespace ops::tickets
