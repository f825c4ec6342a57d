#include "core/customers/TimelineRepository.h"

#include <QStringList>

#include "core/db/PgConnection.h"

namespace ops::customers {

namespace {

constexpr const char *kKeys[int(TimelineKind::Count)] = {"ticket_opened", "ticket_closed", "ticket_message",
    "invoice_issued", "payment_received", "subscription_started", "subscription_ended", "job_scheduled",
    "job_completed", "equipment_installed"};

// Each branch: (at, kind, id, code, title, detail, status, amount) for one kind, newest first, at most $6 rows,
// strictly after the cursor ($3 time in µs, $4 kind, $5 id). The time bound (at <= cursor) lets the per-customer
// indexes skip what the previous pages showed; the row comparison settles ties. Dates count from midnight, Montreal.
// clang-format off
const char *const kTimelineSql =
    "WITH cur AS (SELECT timestamptz 'epoch' + $3::bigint * interval '1 microsecond' AS at,"
    "                    ($3::bigint IS NULL) AS first)"
    " SELECT (extract(epoch FROM e.at) * 1000000)::bigint, e.kind, e.id, e.code, e.title, e.detail, e.status,"
    "        e.amount"
    " FROM ("
    // tickets opened
    "  (SELECT t.created_at AS at, 'ticket_opened'::text AS kind, t.id, t.code, t.subject AS title,"
    "          t.issue_type AS detail, t.status, 0::bigint AS amount"
    "   FROM tickets t, cur WHERE 'ticket_opened' = ANY($2::text[]) AND t.customer_id = $1"
    "    AND (cur.first OR (t.created_at <= cur.at"
    "         AND (t.created_at, 'ticket_opened'::text COLLATE \"C\", t.id) < (cur.at, $4::text COLLATE \"C\", $5::bigint)))"
    "   ORDER BY t.created_at DESC, t.id DESC LIMIT $6)"
    // tickets closed
    "  UNION ALL"
    "  (SELECT t.closed_at, 'ticket_closed', t.id, t.code, t.subject, t.issue_type, t.status, 0"
    "   FROM tickets t, cur WHERE 'ticket_closed' = ANY($2::text[]) AND t.customer_id = $1 AND t.closed_at IS NOT NULL"
    "    AND (cur.first OR (t.closed_at <= cur.at"
    "         AND (t.closed_at, 'ticket_closed'::text COLLATE \"C\", t.id) < (cur.at, $4::text COLLATE \"C\", $5::bigint)))"
    "   ORDER BY t.closed_at DESC, t.id DESC LIMIT $6)"
    // messages on the customer's tickets
    "  UNION ALL"
    "  (SELECT m.created_at, 'ticket_message', m.id, t.code, t.subject,"
    "          m.author_name || ' — ' || left(m.body, 240), m.channel, 0"
    "   FROM tickets t JOIN ticket_messages m ON m.ticket_id = t.id, cur"
    "   WHERE 'ticket_message' = ANY($2::text[]) AND t.customer_id = $1"
    "    AND (cur.first OR (m.created_at <= cur.at"
    "         AND (m.created_at, 'ticket_message'::text COLLATE \"C\", m.id) < (cur.at, $4::text COLLATE \"C\", $5::bigint)))"
    "   ORDER BY m.created_at DESC, m.id DESC LIMIT $6)"
    // invoices issued
    "  UNION ALL"
    "  (SELECT (i.issue_date::timestamp AT TIME ZONE 'America/Montreal'), 'invoice_issued', i.id, i.code,"
    "          to_char(i.period_start, 'YYYY-MM-DD') || '/' || to_char(i.period_end, 'YYYY-MM-DD'),"
    "          to_char(i.due_date, 'YYYY-MM-DD'), i.status, i.total_cents"
    "   FROM invoices i, cur WHERE 'invoice_issued' = ANY($2::text[]) AND i.customer_id = $1"
    "    AND (cur.first OR (i.issue_date <= (cur.at AT TIME ZONE 'America/Montreal')::date"
    "         AND ((i.issue_date::timestamp AT TIME ZONE 'America/Montreal'), 'invoice_issued'::text COLLATE \"C\", i.id)"
    "             < (cur.at, $4::text COLLATE \"C\", $5::bigint)))"
    "   ORDER BY i.issue_date DESC, i.id DESC LIMIT $6)"
    // payments received
    "  UNION ALL"
    "  (SELECT p.received_at, 'payment_received', p.id, p.code, p.method, coalesce(p.reference, ''), p.status,"
    "          p.amount_cents"
    "   FROM payments p, cur WHERE 'payment_received' = ANY($2::text[]) AND p.customer_id = $1"
    "    AND (cur.first OR (p.received_at <= cur.at"
    "         AND (p.received_at, 'payment_received'::text COLLATE \"C\", p.id) < (cur.at, $4::text COLLATE \"C\", $5::bigint)))"
    "   ORDER BY p.received_at DESC, p.id DESC LIMIT $6)"
    // subscriptions started
    "  UNION ALL"
    "  (SELECT (s.start_date::timestamp AT TIME ZONE 'America/Montreal'), 'subscription_started', s.id, s.code,"
    "          CASE WHEN $7 = 'en' THEN it.name_en ELSE it.name_fr END, coalesce(l.code, ''), s.status,"
    "          s.price_cents * s.quantity"
    "   FROM subscriptions s JOIN items it ON it.id = s.item_id LEFT JOIN service_locations l ON l.id = s.location_id,"
    "        cur"
    "   WHERE 'subscription_started' = ANY($2::text[]) AND s.customer_id = $1"
    "    AND (cur.first OR ((s.start_date::timestamp AT TIME ZONE 'America/Montreal'),"
    "         'subscription_started'::text COLLATE \"C\", s.id) < (cur.at, $4::text COLLATE \"C\", $5::bigint))"
    "   ORDER BY s.start_date DESC, s.id DESC LIMIT $6)"
    // subscriptions ended
    "  UNION ALL"
    "  (SELECT (s.end_date::timestamp AT TIME ZONE 'America/Montreal'), 'subscription_ended', s.id, s.code,"
    "          CASE WHEN $7 = 'en' THEN it.name_en ELSE it.name_fr END, coalesce(l.code, ''), s.status,"
    "          s.price_cents * s.quantity"
    "   FROM subscriptions s JOIN items it ON it.id = s.item_id LEFT JOIN service_locations l ON l.id = s.location_id,"
    "        cur"
    "   WHERE 'subscription_ended' = ANY($2::text[]) AND s.customer_id = $1 AND s.end_date IS NOT NULL"
    "    AND (cur.first OR ((s.end_date::timestamp AT TIME ZONE 'America/Montreal'),"
    "         'subscription_ended'::text COLLATE \"C\", s.id) < (cur.at, $4::text COLLATE \"C\", $5::bigint))"
    "   ORDER BY s.end_date DESC, s.id DESC LIMIT $6)"
    // jobs scheduled
    "  UNION ALL"
    "  (SELECT j.scheduled_start, 'job_scheduled', j.id, j.code, j.job_type,"
    "          coalesce((SELECT string_agg(dt.name, ', ' ORDER BY jt.is_lead DESC, dt.name) FROM job_technicians jt"
    "                    JOIN dispatch_technicians dt ON dt.id = jt.technician_id WHERE jt.job_id = j.id), ''),"
    "          j.status, 0"
    "   FROM dispatch_jobs j, cur WHERE 'job_scheduled' = ANY($2::text[]) AND j.customer_id = $1"
    "    AND j.scheduled_start IS NOT NULL"
    "    AND (cur.first OR (j.scheduled_start <= cur.at"
    "         AND (j.scheduled_start, 'job_scheduled'::text COLLATE \"C\", j.id) < (cur.at, $4::text COLLATE \"C\", $5::bigint)))"
    "   ORDER BY j.scheduled_start DESC, j.id DESC LIMIT $6)"
    // jobs completed
    "  UNION ALL"
    "  (SELECT j.completed_at, 'job_completed', j.id, j.code, j.job_type,"
    "          coalesce((SELECT string_agg(dt.name, ', ' ORDER BY jt.is_lead DESC, dt.name) FROM job_technicians jt"
    "                    JOIN dispatch_technicians dt ON dt.id = jt.technician_id WHERE jt.job_id = j.id), ''),"
    "          j.status, 0"
    "   FROM dispatch_jobs j, cur WHERE 'job_completed' = ANY($2::text[]) AND j.customer_id = $1"
    "    AND j.completed_at IS NOT NULL"
    "    AND (cur.first OR (j.completed_at <= cur.at"
    "         AND (j.completed_at, 'job_completed'::text COLLATE \"C\", j.id) < (cur.at, $4::text COLLATE \"C\", $5::bigint)))"
    "   ORDER BY j.completed_at DESC, j.id DESC LIMIT $6)"
    // equipment installed
    "  UNION ALL"
    "  (SELECT e.created_at, 'equipment_installed', e.id, e.code, e.make || ' ' || e.model, e.serial, e.status, 0"
    "   FROM service_locations l JOIN service_equipment e ON e.location_id = l.id, cur"
    "   WHERE 'equipment_installed' = ANY($2::text[]) AND l.customer_id = $1"
    "    AND (cur.first OR (e.created_at <= cur.at"
    "         AND (e.created_at, 'equipment_installed'::text COLLATE \"C\", e.id) < (cur.at, $4::text COLLATE \"C\", $5::bigint)))"
    "   ORDER BY e.created_at DESC, e.id DESC LIMIT $6)"
    " ) e"
    " ORDER BY e.at DESC, e.kind COLLATE \"C\" DESC, e.id DESC LIMIT $6";
// clang-format on

} // namespace

const char *timelineKindKey(TimelineKind k)
{
    const int i = int(k);
    return i >= 0 && i < int(TimelineKind::Count) ? kKeys[i] : "";
}

TimelineKind timelineKindFromKey(const QString &key)
{
    for (int i = 0; i < int(TimelineKind::Count); ++i)
        if (key == QLatin1String(kKeys[i]))
            return TimelineKind(i);
    return TimelineKind::Count;
}

TimelineRepository::TimelineRepository(db::PgConnection &c)
    : m_c(c)
{}

QSet<TimelineKind> TimelineRepository::allKinds()
{
    QSet<TimelineKind> all;
    for (int i = 0; i < int(TimelineKind::Count); ++i)
        all.insert(TimelineKind(i));
    return all;
}

Result<TimelinePage> TimelineRepository::page(qint64 customerId, const QSet<TimelineKind> &kinds,
    const TimelineCursor &after, int pageSize, const QString &language)
{
    const quint64 before = m_c.roundTrips();
    TimelinePage page;
    if (kinds.isEmpty())
        return page;
    pageSize = qBound(1, pageSize, 1000);
    QStringList keys;
    for (TimelineKind k : kinds)
        keys << QString::fromLatin1(timelineKindKey(k));
    keys.sort();
    db::SqlParams params;
    params.add(customerId).add(QString(u'{' + keys.join(u',') + u'}'));
    if (after.valid)
        params.add(after.atUs).add(after.kind).add(after.id);
    else
        params.addNull().addNull().addNull();
    params.add(pageSize + 1).add(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr"));
    auto r = m_c.exec(kTimelineSql, params);
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    const int n = res.rows();
    page.hasMore = n > pageSize;
    const int shown = qMin(n, pageSize);
    page.events.reserve(shown);
    for (int i = 0; i < shown; ++i) {
        TimelineEvent e;
        e.atUs = res.int64(i, 0);
        e.at = QDateTime::fromMSecsSinceEpoch(e.atUs / 1000, Qt::UTC);
        e.kind = timelineKindFromKey(res.text(i, 1));
        e.id = res.int64(i, 2);
        e.code = res.text(i, 3);
        e.title = res.text(i, 4);
        e.detail = res.text(i, 5).simplified(); // message bodies: one line
        e.status = res.text(i, 6);
        e.amountCents = res.int64(i, 7);
        page.events << e;
    }
    if (page.hasMore && !page.events.isEmpty()) {
        const TimelineEvent &last = page.events.constLast();
        page.next.valid = true;
        page.next.atUs = last.atUs;
        page.next.kind = QString::fromLatin1(timelineKindKey(last.kind));
        page.next.id = last.id;
    }
    page.roundTrips = m_c.roundTrips() - before;
    return page;
}

} // namespace ops::customers
