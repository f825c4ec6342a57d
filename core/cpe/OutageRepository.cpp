#include "core/cpe/OutageRepository.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"

using namespace Qt::StringLiterals;

namespace ops::cpe {

namespace {

// The locations with a CPE in the status store, with their newest last inform ($1 now, $2 silent minutes, $3 normal
// hours). "silent": informed within the normal hours but not within the silent minutes.
const char *const kLocations =
    "loc AS (SELECT l.id, l.customer_id, l.olt_name, l.olt_port, max(s.last_inform) AS last_inform"
    "  FROM service_locations l"
    "  JOIN service_equipment e ON e.location_id = l.id AND e.status = 'installed'"
    "  JOIN cpe_status s ON s.equipment_id = e.id"
    "  WHERE l.olt_name IS NOT NULL AND l.olt_port IS NOT NULL AND l.status = 'active' %1"
    "  GROUP BY l.id),"
    " marked AS (SELECT loc.*,"
    "  loc.last_inform >= $1::timestamptz - make_interval(hours => $3::int) AS normal,"
    "  loc.last_inform >= $1::timestamptz - make_interval(hours => $3::int)"
    "   AND loc.last_inform < $1::timestamptz - make_interval(mins => $2::int) AS silent FROM loc)";

Error notFlagged(const QString &olt, const QString &port, const PortHealth *health)
{
    return Error::make(Error::Kind::Validation,
        health ? QCoreApplication::translate("ops::cpe",
            "Port %1 %2 is not flagged: %3 of its %4 normally online location(s) are silent (%5 %). Use "
            "--force to open an outage anyway.")
                     .arg(olt, port)
                     .arg(health->silent)
                     .arg(health->normallyOnline)
                     .arg(health->silentPercent())
               : QCoreApplication::translate(
                   "ops::cpe", "No location with a synced CPE is on port %1 %2. Check the OLT name and port.")
                     .arg(olt, port),
        u"outage port not flagged"_s);
}

db::SqlParams scanParams(const OutageOptions &o, const QDateTime &now)
{
    return std::move(db::SqlParams().add(now).add(o.silentMinutes).add(o.normalHours));
}

} // namespace

OutageRepository::OutageRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<QList<PortHealth>> OutageRepository::scan(const OutageOptions &options, const QDateTime &now)
{
    auto r = m_c.exec(
        u"WITH %1,"
        " port AS (SELECT olt_name, olt_port, count(*) AS locations, count(*) FILTER (WHERE normal) AS normal,"
        "  count(*) FILTER (WHERE silent) AS silent, count(DISTINCT customer_id) FILTER (WHERE silent) AS customers,"
        "  max(last_inform) FILTER (WHERE silent) AS since FROM marked GROUP BY olt_name, olt_port)"
        " SELECT p.olt_name, p.olt_port, p.locations, p.normal, p.silent, p.customers, p.since,"
        "  coalesce(o.id, 0), coalesce(t.code, '')"
        " FROM port p LEFT JOIN outages o ON o.olt_name = p.olt_name AND o.olt_port = p.olt_port"
        "  AND o.closed_at IS NULL LEFT JOIN tickets t ON t.id = o.parent_ticket_id"
        " ORDER BY p.silent::float8 / greatest(p.normal, 1) DESC, p.silent DESC, p.olt_name, p.olt_port"_s.arg(
            QString::fromLatin1(kLocations).arg(QString())),
        scanParams(options, now));
    if (!r.ok())
        return r.error();
    QList<PortHealth> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i) {
        PortHealth h;
        h.olt = r.value().text(i, 0);
        h.port = r.value().text(i, 1);
        h.locations = r.value().int32(i, 2);
        h.normallyOnline = r.value().int32(i, 3);
        h.silent = r.value().int32(i, 4);
        h.customers = r.value().int32(i, 5);
        if (!r.value().isNull(i, 6))
            h.since = r.value().timestamp(i, 6);
        h.outageId = r.value().int64(i, 7);
        h.parentTicketCode = r.value().text(i, 8);
        h.flagged = h.normallyOnline >= options.minLocations && h.silent > 0
            && qint64(h.silent) * 100 >= qint64(options.thresholdPercent) * h.normallyOnline;
        out << h;
    }
    return out;
}

Result<QList<AffectedCustomer>> OutageRepository::affectedCustomers(
    const QString &olt, const QString &port, const OutageOptions &options, const QDateTime &now)
{
    auto r = m_c.exec(
        u"WITH %1,"
        " affected AS (SELECT customer_id, min(id) AS location_id, max(last_inform) AS last_inform FROM marked"
        "  WHERE silent GROUP BY customer_id)"
        " SELECT c.id, c.code, c.display_name,"
        "  concat_ws(', ', l.civic_number || ' ' || l.street, nullif(l.unit, ''), l.city), a.last_inform"
        " FROM affected a JOIN customers c ON c.id = a.customer_id JOIN service_locations l ON l.id = a.location_id"
        " ORDER BY c.display_name, c.id"_s.arg(
            QString::fromLatin1(kLocations).arg(u"AND l.olt_name = $4 AND l.olt_port = $5"_s)),
        scanParams(options, now).add(olt).add(port));
    if (!r.ok())
        return r.error();
    QList<AffectedCustomer> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i) {
        AffectedCustomer a;
        a.customerId = r.value().int64(i, 0);
        a.code = r.value().text(i, 1);
        a.name = r.value().text(i, 2);
        a.address = r.value().text(i, 3);
        if (!r.value().isNull(i, 4))
            a.lastInform = r.value().timestamp(i, 4);
        out << a;
    }
    return out;
}

Result<OutageTickets> OutageRepository::openTickets(const QString &olt, const QString &port,
    const OutageOptions &options, const QDateTime &now, qint64 staffId, bool force)
{
    auto health = scan(options, now);
    if (!health.ok())
        return health.error();
    const PortHealth *h = nullptr;
    for (const PortHealth &p : health.value())
        if (p.olt == olt && p.port == port)
            h = &p;
    if (!h || h->silent == 0 || (!h->flagged && !force && h->outageId == 0))
        return notFlagged(olt, port, h);
    const PortHealth found = *h;
    return db::withTransaction<OutageTickets>(m_c, [&](db::PgConnection &) -> Result<OutageTickets> {
        OutageTickets out;
        out.opened.since = found.since;
        auto open = m_c.exec("SELECT o.id, t.id, t.code, coalesce(o.campaign_id, 0) FROM outages o"
                             " JOIN tickets t ON t.id = o.parent_ticket_id"
                             " WHERE o.olt_name = $1 AND o.olt_port = $2 AND o.closed_at IS NULL FOR UPDATE OF o",
            db::SqlParams().add(olt).add(port));
        if (!open.ok())
            return open.error();
        const QString subject = QCoreApplication::translate("ops::cpe", "Outage on %1 port %2").arg(olt, port);
        qint64 parentId = 0;
        if (open.value().rows() == 1) {
            out.opened.outageId = open.value().int64(0, 0);
            parentId = open.value().int64(0, 1);
            out.opened.parentTicketCode = open.value().text(0, 2);
            out.campaignId = open.value().int64(0, 3);
        } else {
            auto parent = m_c.exec("WITH p AS (INSERT INTO tickets (subject, issue_type, status, is_important)"
                                   "  VALUES ($1, 'outage', 'open', true) RETURNING id, code),"
                                   " o AS (INSERT INTO outages (olt_name, olt_port, since, parent_ticket_id, opened_by)"
                                   "  SELECT $2, $3, $4, p.id, (SELECT id FROM staff WHERE CASE WHEN $5::bigint > 0"
                                   "   THEN id = $5 ELSE pg_role = current_user END) FROM p RETURNING id)"
                                   " SELECT o.id, p.id, p.code FROM o, p",
                db::SqlParams().add(subject).add(olt).add(port).add(found.since).add(staffId));
            if (!parent.ok())
                return parent.error();
            out.opened.outageId = parent.value().int64(0, 0);
            parentId = parent.value().int64(0, 1);
            out.opened.parentTicketCode = parent.value().text(0, 2);
            out.opened.created = true;
        }
        // One child per affected customer (at their first silent location), none twice.
        auto children = m_c.exec(
            u"WITH %1,"
            " affected AS (SELECT customer_id, min(id) AS location_id FROM marked WHERE silent GROUP BY customer_id),"
            " made AS (INSERT INTO tickets (parent_id, customer_id, location_id, subject, issue_type, status)"
            "  SELECT $6, a.customer_id, a.location_id, $7, 'outage', 'open' FROM affected a"
            "  WHERE NOT EXISTS (SELECT 1 FROM tickets t WHERE t.parent_id = $6 AND t.customer_id = a.customer_id)"
            "  RETURNING id)"
            " SELECT (SELECT count(*) FROM made),"
            "  (SELECT count(*) FROM tickets t WHERE t.parent_id = $6) + (SELECT count(*) FROM made),"
            "  (SELECT coalesce(string_agg(c.code, ',' ORDER BY c.code), '') FROM customers c"
            "   WHERE c.id IN (SELECT customer_id FROM affected))"_s.arg(
                QString::fromLatin1(kLocations).arg(u"AND l.olt_name = $4 AND l.olt_port = $5"_s)),
            scanParams(options, now).add(olt).add(port).add(parentId).add(subject));
        if (!children.ok())
            return children.error();
        out.opened.childrenCreated = children.value().int32(0, 0);
        out.opened.childrenTotal = children.value().int32(0, 1);
        out.customerCodes = children.value().text(0, 2).split(u',', Qt::SkipEmptyParts);
        out.campaignName =
            QCoreApplication::translate("ops::cpe", "Outage %1 %2 (#%3)").arg(olt, port).arg(out.opened.outageId);
        return out;
    });
}

Status OutageRepository::linkCampaign(qint64 outageId, qint64 campaignId)
{
    auto r = m_c.exec("UPDATE outages SET campaign_id = $2 WHERE id = $1 AND campaign_id IS NULL",
        db::SqlParams().add(outageId).add(campaignId));
    return r.ok() ? success() : Status(r.error());
}

Status OutageRepository::linkRecoveryCampaign(qint64 outageId, qint64 campaignId)
{
    auto r = m_c.exec("UPDATE outages SET recovery_campaign_id = $2 WHERE id = $1 AND recovery_campaign_id IS NULL",
        db::SqlParams().add(outageId).add(campaignId));
    return r.ok() ? success() : Status(r.error());
}

Result<std::optional<qint64>> OutageRepository::draftCampaignNamed(const QString &name)
{
    auto r = m_c.exec(
        "SELECT id FROM campaigns WHERE name = $1 AND status = 'draft' ORDER BY id LIMIT 1", db::SqlParams().add(name));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return std::optional<qint64>();
    return std::optional<qint64>(r.value().int64(0, 0));
}

Result<OutageTickets> OutageRepository::closeTickets(
    const QString &olt, const QString &port, const QString &recoveryNote, qint64 staffId)
{
    const QString note = recoveryNote.trimmed();
    if (note.isEmpty() || note.size() > 2000)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::cpe", "Write the recovery message (1 to 2,000 characters)."));
    return db::withTransaction<OutageTickets>(m_c, [&](db::PgConnection &) -> Result<OutageTickets> {
        OutageTickets out;
        auto open = m_c.exec("SELECT o.id, t.id, t.code FROM outages o JOIN tickets t ON t.id = o.parent_ticket_id"
                             " WHERE o.olt_name = $1 AND o.olt_port = $2 AND o.closed_at IS NULL FOR UPDATE OF o",
            db::SqlParams().add(olt).add(port));
        if (!open.ok())
            return open.error();
        if (open.value().rows() == 0)
            return Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("ops::cpe", "Port %1 %2 has no open outage.").arg(olt, port));
        out.closed.outageId = open.value().int64(0, 0);
        const qint64 parentId = open.value().int64(0, 1);
        out.closed.parentTicketCode = open.value().text(0, 2);
        // The note on every ticket still open, then all of them closed, in one statement each.
        auto closed =
            m_c.exec("WITH me AS (SELECT id, display_name FROM staff"
                     "   WHERE CASE WHEN $3::bigint > 0 THEN id = $3 ELSE pg_role = current_user END),"
                     " open AS (SELECT id, customer_id FROM tickets WHERE (id = $1 OR parent_id = $1)"
                     "   AND status NOT IN ('resolved', 'closed') FOR UPDATE),"
                     " noted AS (INSERT INTO ticket_messages (ticket_id, author_staff_id, author_name, channel, "
                     "is_internal, body)"
                     "   SELECT o.id, (SELECT id FROM me), coalesce((SELECT display_name FROM me), current_user), "
                     "'note', true, $2"
                     "   FROM open o RETURNING ticket_id),"
                     " done AS (UPDATE tickets t SET status = 'closed', closed_at = coalesce(t.closed_at, now())"
                     "   FROM open o WHERE t.id = o.id RETURNING t.id)"
                     " SELECT (SELECT count(*) FROM done), (SELECT coalesce(string_agg(DISTINCT c.code, ','), '')"
                     "   FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE t.parent_id = $1)",
                db::SqlParams().add(parentId).add(note).add(staffId));
        if (!closed.ok())
            return closed.error();
        out.closed.ticketsClosed = closed.value().int32(0, 0);
        out.customerCodes = closed.value().text(0, 1).split(u',', Qt::SkipEmptyParts);
        out.customerCodes.sort();
        auto shut =
            m_c.exec("UPDATE outages SET closed_at = now() WHERE id = $1 RETURNING coalesce(recovery_campaign_id, 0)",
                db::SqlParams().add(out.closed.outageId));
        if (!shut.ok())
            return shut.error();
        out.campaignId = shut.value().int64(0, 0);
        out.campaignName = QCoreApplication::translate("ops::cpe", "Service restored %1 %2 (#%3)")
                               .arg(olt, port)
                               .arg(out.closed.outageId);
        return out;
    });
}

} // namespace ops::cpe
