#include "core/map/MapLayersRepository.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include "core/cpe/OutageRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"

using namespace Qt::StringLiterals;

namespace ops::map {

namespace {

// The board's day around $1 (America/Toronto), as UTC bounds.
const char *const kToday = "day AS (SELECT (date_trunc('day', $1::timestamptz AT TIME ZONE 'America/Toronto')"
                           "  AT TIME ZONE 'America/Toronto') AS d0,"
                           " ((date_trunc('day', $1::timestamptz AT TIME ZONE 'America/Toronto') + interval '1 day')"
                           "  AT TIME ZONE 'America/Toronto') AS d1)";

// A refused layer (the role lacks SELECT) is named; anything else is the load's error.
bool refusedOrFailed(const Error &e, Layer layer, MapData &data, Error *failure)
{
    if (e.kind == Error::Kind::Forbidden) {
        data.refused << layer;
        return true;
    }
    *failure = e;
    return false;
}

QString statusText(const QString &status)
{
    if (status == u"active")
        return QCoreApplication::translate("ops::map", "active");
    if (status == u"suspended")
        return QCoreApplication::translate("ops::map", "suspended");
    if (status == u"terminated")
        return QCoreApplication::translate("ops::map", "terminated");
    if (status == u"prospect")
        return QCoreApplication::translate("ops::map", "prospect");
    if (status == u"planned")
        return QCoreApplication::translate("ops::map", "planned");
    if (status == u"inactive")
        return QCoreApplication::translate("ops::map", "inactive");
    return status;
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

MapLayersRepository::MapLayersRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<MapData> MapLayersRepository::load(const Options &options, const QDateTime &now)
{
    MapData data;
    data.readAt = now;
    data.offlineMinutes = options.offlineMinutes;
    Error failure;

    auto locations = m_c.exec("SELECT l.id, l.customer_id, l.latitude, l.longitude, l.code,"
                              " CASE WHEN l.status = 'inactive' OR c.status = 'terminated' THEN 3"
                              "  WHEN c.status = 'suspended' THEN 1"
                              "  WHEN l.status = 'planned' OR c.status = 'prospect' THEN 2 ELSE 0 END"
                              " FROM service_locations l JOIN customers c ON c.id = l.customer_id"
                              " WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL ORDER BY l.id");
    if (locations.ok()) {
        const db::PgResult &r = locations.value();
        data.locations.reserve(r.rows());
        for (int i = 0; i < r.rows(); ++i)
            data.locations.append(MapLocation{r.int64(i, 0), r.int64(i, 1), r.real(i, 2), r.real(i, 3),
                LocationState(std::clamp(r.int32(i, 5), 0, kLocationStateCount - 1)), r.text(i, 4)});
    } else if (!refusedOrFailed(locations.error(), Layer::Locations, data, &failure)) {
        return failure;
    }

    auto jobs = m_c.exec(u"WITH %1"
                         " SELECT j.id, coalesce(j.customer_id, 0), j.code, j.status, l.latitude, l.longitude,"
                         "  j.scheduled_start, coalesce((SELECT jt.technician_id FROM job_technicians jt"
                         "   WHERE jt.job_id = j.id ORDER BY jt.is_lead DESC, jt.technician_id LIMIT 1), 0)"
                         " FROM dispatch_jobs j CROSS JOIN day JOIN service_locations l ON l.id = j.location_id"
                         " WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL AND j.status <> 'cancelled'"
                         "  AND ((j.scheduled_start >= day.d0 AND j.scheduled_start < day.d1)"
                         "   OR (j.status = 'unscheduled' AND j.window_start < day.d1"
                         "    AND coalesce(j.window_end, j.window_start) >= day.d0))"
                         " ORDER BY j.scheduled_start NULLS LAST, j.id"_s.arg(QLatin1String(kToday)),
        db::SqlParams().add(now));
    if (jobs.ok()) {
        const db::PgResult &r = jobs.value();
        static const QHash<QString, JobState> kStates{{u"scheduled"_s, JobState::Scheduled},
            {u"en_route"_s, JobState::EnRoute}, {u"in_progress"_s, JobState::InProgress},
            {u"completed"_s, JobState::Completed}, {u"unscheduled"_s, JobState::Unscheduled}};
        for (int i = 0; i < r.rows(); ++i) {
            MapJob j;
            j.id = r.int64(i, 0);
            j.customerId = r.int64(i, 1);
            j.code = r.text(i, 2);
            j.state = kStates.value(r.text(i, 3), JobState::Scheduled);
            j.latitude = r.real(i, 4);
            j.longitude = r.real(i, 5);
            if (!r.isNull(i, 6))
                j.scheduledStart = r.timestamp(i, 6);
            j.technicianId = r.int64(i, 7);
            data.jobs << j;
        }
    } else if (!refusedOrFailed(jobs.error(), Layer::Jobs, data, &failure)) {
        return failure;
    }

    // A ticket is drawn at its own location, else at its customer's first located one.
    auto tickets =
        m_c.exec("SELECT t.id, coalesce(t.customer_id, 0), t.code, t.is_important, p.latitude, p.longitude"
                 " FROM tickets t CROSS JOIN LATERAL (SELECT l.latitude, l.longitude FROM service_locations l"
                 "  WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL"
                 "   AND (l.id = t.location_id OR (t.location_id IS NULL AND l.customer_id = t.customer_id))"
                 "  ORDER BY l.id LIMIT 1) p"
                 " WHERE t.status IN ('open', 'in_progress', 'waiting') ORDER BY t.id");
    if (tickets.ok()) {
        const db::PgResult &r = tickets.value();
        data.tickets.reserve(r.rows());
        for (int i = 0; i < r.rows(); ++i)
            data.tickets.append(
                MapTicket{r.int64(i, 0), r.int64(i, 1), r.text(i, 2), r.boolean(i, 3), r.real(i, 4), r.real(i, 5)});
    } else if (!refusedOrFailed(tickets.error(), Layer::Tickets, data, &failure)) {
        return failure;
    }

    auto devices = m_c.exec("SELECT e.id, l.customer_id, e.serial, l.latitude, l.longitude, s.last_inform"
                            " FROM cpe_status s JOIN service_equipment e ON e.id = s.equipment_id"
                            "  AND e.status = 'installed'"
                            " JOIN service_locations l ON l.id = e.location_id AND l.status = 'active'"
                            " WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL"
                            "  AND s.last_inform < $1::timestamptz - make_interval(mins => $2::int)"
                            " ORDER BY s.last_inform DESC, e.id",
        db::SqlParams().add(now).add(options.offlineMinutes));
    if (devices.ok()) {
        const db::PgResult &r = devices.value();
        data.offlineDevices.reserve(r.rows());
        for (int i = 0; i < r.rows(); ++i)
            data.offlineDevices.append(
                MapDevice{r.int64(i, 0), r.int64(i, 1), r.text(i, 2), r.real(i, 3), r.real(i, 4), r.timestamp(i, 5)});
    } else if (!refusedOrFailed(devices.error(), Layer::OfflineDevices, data, &failure)) {
        return failure;
    }

    // Ports in outage: flagged by the scan, or with an outage still open; drawn at the middle of their locations.
    cpe::OutageOptions scanOptions;
    scanOptions.silentMinutes = options.offlineMinutes;
    scanOptions.thresholdPercent = options.outageThresholdPercent;
    scanOptions.minLocations = options.outageMinLocations;
    auto ports = cpe::OutageRepository(m_c).scan(scanOptions, now);
    if (ports.ok()) {
        QList<MapOutagePort> out;
        for (const cpe::PortHealth &h : ports.value()) {
            if (!h.flagged && h.outageId == 0)
                continue;
            out.append(MapOutagePort{h.olt, h.port, h.locations, h.silent, h.silentPercent(), h.since, h.outageId});
        }
        if (!out.isEmpty()) {
            auto middle = m_c.exec("SELECT l.olt_name, l.olt_port, avg(l.latitude), avg(l.longitude)"
                                   " FROM service_locations l WHERE l.olt_name IS NOT NULL AND l.olt_port IS NOT NULL"
                                   "  AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL"
                                   " GROUP BY l.olt_name, l.olt_port");
            if (!middle.ok())
                return middle.error();
            QHash<QString, QPair<double, double>> at;
            for (int i = 0; i < middle.value().rows(); ++i)
                at.insert(middle.value().text(i, 0) + u':' + middle.value().text(i, 1),
                    {middle.value().real(i, 2), middle.value().real(i, 3)});
            for (MapOutagePort &p : out) {
                const auto found = at.constFind(p.key());
                if (found == at.cend())
                    continue; // no located service location on the port: listed by the outage view, not drawn
                p.latitude = found->first;
                p.longitude = found->second;
                data.outages << p;
            }
        }
    } else if (!refusedOrFailed(ports.error(), Layer::Outages, data, &failure)) {
        return failure;
    }

    auto technicians = m_c.exec("SELECT id, code, name, colour, coalesce(traccar_device_id, 0)"
                                " FROM dispatch_technicians WHERE active ORDER BY name, id");
    if (technicians.ok()) {
        const db::PgResult &r = technicians.value();
        for (int i = 0; i < r.rows(); ++i)
            data.technicians.append(
                MapTechnician{r.int64(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.int64(i, 4)});
    } else if (!refusedOrFailed(technicians.error(), Layer::Technicians, data, &failure)) {
        return failure;
    }
    return data;
}

Result<MapCard> MapLayersRepository::card(Layer layer, qint64 id, const QDateTime &now)
{
    switch (layer) {
    case Layer::Locations:
        return locationCard(id);
    case Layer::Jobs:
        return jobCard(id);
    case Layer::Tickets:
        return ticketCard(id);
    case Layer::OfflineDevices:
        return deviceCard(id, now);
    case Layer::Technicians:
    case Layer::Outages:
        break;
    }
    return Error::make(
        Error::Kind::Validation, QCoreApplication::translate("ops::map", "This item has no card to read."));
}

namespace {

const char *const kAddress = "concat_ws(' ', l.civic_number, l.street, CASE WHEN l.unit IS NOT NULL"
                             " THEN '#' || l.unit END) || ', ' || l.city";

Error gone(const QString &what)
{
    return Error::make(Error::Kind::NotFound,
        QCoreApplication::translate("ops::map", "%1 no longer exists. The map is refreshed.").arg(what));
}

} // namespace

Result<MapCard> MapLayersRepository::locationCard(qint64 id)
{
    auto r =
        m_c.exec(u"SELECT l.code, %1, c.id, c.code, c.display_name, c.status, l.status,"
                 " coalesce(l.olt_name || ' ' || l.olt_port, ''),"
                 " (SELECT count(*) FROM service_equipment e WHERE e.location_id = l.id AND e.status = 'installed'),"
                 " (SELECT count(*) FROM subscriptions s WHERE s.location_id = l.id AND s.status = 'active')"
                 " FROM service_locations l JOIN customers c ON c.id = l.customer_id WHERE l.id = $1"_s.arg(
                     QLatin1String(kAddress)),
            db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return gone(QCoreApplication::translate("ops::map", "This location"));
    const db::PgResult &v = r.value();
    MapCard card;
    card.title = v.text(0, 0) + u" · "_s + v.text(0, 1);
    card.customerId = v.int64(0, 2);
    card.lines << QCoreApplication::translate("ops::map", "%1 (%2), customer %3")
                      .arg(v.text(0, 4), v.text(0, 3), statusText(v.text(0, 5)))
               << QCoreApplication::translate("ops::map", "Location %1").arg(statusText(v.text(0, 6)));
    if (!v.text(0, 7).isEmpty())
        card.lines << QCoreApplication::translate("ops::map", "OLT port %1").arg(v.text(0, 7));
    const int devices = v.int32(0, 8);
    const int subscriptions = v.int32(0, 9);
    card.lines << QCoreApplication::translate("ops::map", "%n device(s) installed", nullptr, devices)
               << QCoreApplication::translate("ops::map", "%n active subscription(s)", nullptr, subscriptions);
    return card;
}

Result<MapCard> MapLayersRepository::jobCard(qint64 id)
{
    auto r = m_c.exec(
        u"SELECT j.code, j.job_type, j.status, j.scheduled_start, j.duration_minutes,"
        " coalesce(c.id, 0), coalesce(c.display_name, ''), coalesce(%1, ''),"
        " coalesce((SELECT string_agg(t.name, ', ' ORDER BY jt.is_lead DESC, t.name)"
        "  FROM job_technicians jt JOIN dispatch_technicians t ON t.id = jt.technician_id"
        "  WHERE jt.job_id = j.id), '')"
        " FROM dispatch_jobs j LEFT JOIN customers c ON c.id = j.customer_id"
        " LEFT JOIN service_locations l ON l.id = j.location_id WHERE j.id = $1"_s.arg(QLatin1String(kAddress)),
        db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return gone(QCoreApplication::translate("ops::map", "This job"));
    const db::PgResult &v = r.value();
    static const QHash<QString, const char *> kTypes{{u"installation"_s, QT_TRANSLATE_NOOP("ops::map", "Installation")},
        {u"repair"_s, QT_TRANSLATE_NOOP("ops::map", "Repair")},
        {u"maintenance"_s, QT_TRANSLATE_NOOP("ops::map", "Maintenance")},
        {u"removal"_s, QT_TRANSLATE_NOOP("ops::map", "Removal")},
        {u"survey"_s, QT_TRANSLATE_NOOP("ops::map", "Survey")}};
    static const QHash<QString, const char *> kStates{{u"unscheduled"_s, QT_TRANSLATE_NOOP("ops::map", "unscheduled")},
        {u"scheduled"_s, QT_TRANSLATE_NOOP("ops::map", "scheduled")},
        {u"en_route"_s, QT_TRANSLATE_NOOP("ops::map", "en route")},
        {u"in_progress"_s, QT_TRANSLATE_NOOP("ops::map", "in progress")},
        {u"completed"_s, QT_TRANSLATE_NOOP("ops::map", "completed")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("ops::map", "cancelled")}};
    MapCard card;
    card.jobId = id;
    card.customerId = v.int64(0, 5);
    const char *type = kTypes.value(v.text(0, 1), nullptr);
    const char *state = kStates.value(v.text(0, 2), nullptr);
    card.title = v.text(0, 0) + u" · "_s + (type ? QCoreApplication::translate("ops::map", type) : v.text(0, 1));
    card.lines << QCoreApplication::translate("ops::map", "Status: %1")
                      .arg(state ? QCoreApplication::translate("ops::map", state) : v.text(0, 2));
    if (!v.isNull(0, 3)) {
        const int duration = v.int32(0, 4);
        card.lines << QCoreApplication::translate("ops::map", "%1, %n minute(s)", nullptr, duration)
                          .arg(localTime(v.timestamp(0, 3)));
    }
    if (!v.text(0, 6).isEmpty())
        card.lines << v.text(0, 6);
    if (!v.text(0, 7).isEmpty())
        card.lines << v.text(0, 7);
    card.lines << (v.text(0, 8).isEmpty()
            ? QCoreApplication::translate("ops::map", "No technician assigned")
            : QCoreApplication::translate("ops::map", "Technician: %1").arg(v.text(0, 8)));
    return card;
}

Result<MapCard> MapLayersRepository::ticketCard(qint64 id)
{
    auto r = m_c.exec("SELECT t.code, t.subject, t.status, t.created_at, t.is_important, coalesce(c.id, 0),"
                      " coalesce(c.display_name, ''), coalesce(s.display_name, '')"
                      " FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id"
                      " LEFT JOIN staff s ON s.id = t.assigned_staff_id WHERE t.id = $1",
        db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return gone(QCoreApplication::translate("ops::map", "This ticket"));
    const db::PgResult &v = r.value();
    static const QHash<QString, const char *> kStates{{u"open"_s, QT_TRANSLATE_NOOP("ops::map", "open")},
        {u"in_progress"_s, QT_TRANSLATE_NOOP("ops::map", "in progress")},
        {u"waiting"_s, QT_TRANSLATE_NOOP("ops::map", "waiting")},
        {u"resolved"_s, QT_TRANSLATE_NOOP("ops::map", "resolved")},
        {u"closed"_s, QT_TRANSLATE_NOOP("ops::map", "closed")}};
    MapCard card;
    card.ticketId = id;
    card.customerId = v.int64(0, 5);
    card.title = v.text(0, 0) + u" · "_s + v.text(0, 1);
    const char *state = kStates.value(v.text(0, 2), nullptr);
    card.lines << QCoreApplication::translate("ops::map", "Status: %1, opened %2")
                      .arg(state ? QCoreApplication::translate("ops::map", state) : v.text(0, 2),
                          localTime(v.timestamp(0, 3)));
    if (v.boolean(0, 4))
        card.lines << QCoreApplication::translate("ops::map", "Important");
    if (!v.text(0, 6).isEmpty())
        card.lines << v.text(0, 6);
    card.lines << (v.text(0, 7).isEmpty()
            ? QCoreApplication::translate("ops::map", "Not assigned")
            : QCoreApplication::translate("ops::map", "Assigned to %1").arg(v.text(0, 7)));
    return card;
}

Result<MapCard> MapLayersRepository::deviceCard(qint64 id, const QDateTime &now)
{
    auto r = m_c.exec(u"SELECT e.code, e.serial, e.make || ' ' || e.model, s.last_inform, coalesce(s.firmware, ''),"
                      " c.id, c.display_name, %1, coalesce(l.olt_name || ' ' || l.olt_port, '')"
                      " FROM service_equipment e JOIN service_locations l ON l.id = e.location_id"
                      " JOIN customers c ON c.id = l.customer_id LEFT JOIN cpe_status s ON s.equipment_id = e.id"
                      " WHERE e.id = $1 ORDER BY s.last_inform DESC NULLS LAST LIMIT 1"_s.arg(QLatin1String(kAddress)),
        db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return gone(QCoreApplication::translate("ops::map", "This device"));
    const db::PgResult &v = r.value();
    MapCard card;
    card.customerId = v.int64(0, 5);
    card.title = v.text(0, 0) + u" · "_s + v.text(0, 1);
    card.lines << v.text(0, 2);
    if (v.isNull(0, 3)) {
        card.lines << QCoreApplication::translate("ops::map", "Never informed GenieACS");
    } else {
        const QDateTime last = v.timestamp(0, 3);
        const int minutes = int(last.secsTo(now) / 60);
        const int hours = minutes / 60;
        card.lines << (minutes < 120
                ? QCoreApplication::translate("ops::map", "Silent for %n minute(s), since %1", nullptr, minutes)
                : QCoreApplication::translate("ops::map", "Silent for %n hour(s), since %1", nullptr, hours))
                          .arg(localTime(last));
    }
    if (!v.text(0, 4).isEmpty())
        card.lines << QCoreApplication::translate("ops::map", "Firmware %1").arg(v.text(0, 4));
    card.lines << v.text(0, 6) << v.text(0, 7);
    if (!v.text(0, 8).isEmpty())
        card.lines << QCoreApplication::translate("ops::map", "OLT port %1").arg(v.text(0, 8));
    return card;
}

} // namespace ops::map
