#include "core/integrations/PositionRepository.h"

#include <cmath>

#include <QCoreApplication>
#include <QStringList>

#include "core/db/PgConnection.h"

namespace ops::integrations {

namespace {

constexpr const char *kColumns = "id, traccar_position_id, device_id, technician_id, latitude, longitude, speed_kmh, "
                                 "course, accuracy, valid, fix_time, received_at";

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

// A PostgreSQL array literal of already formatted elements ("{1,2,NULL}").
QString arrayLiteral(const QStringList &elements)
{
    return QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}');
}

QList<StoredPosition> rowsOf(const db::PgResult &r)
{
    QList<StoredPosition> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        StoredPosition p;
        p.id = r.int64(i, 0);
        p.traccarPositionId = r.int64(i, 1);
        p.deviceId = r.int64(i, 2);
        if (!r.isNull(i, 3))
            p.technicianId = r.int64(i, 3);
        p.latitude = r.real(i, 4);
        p.longitude = r.real(i, 5);
        p.speedKmh = r.real(i, 6);
        p.course = r.real(i, 7);
        if (!r.isNull(i, 8))
            p.accuracy = r.real(i, 8);
        p.valid = r.boolean(i, 9);
        p.fixTime = r.timestamp(i, 10);
        p.receivedAt = r.timestamp(i, 11);
        out << p;
    }
    return out;
}

} // namespace

PositionRepository::PositionRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<StoreOutcome> PositionRepository::store(const QList<TraccarPosition> &positions)
{
    if (positions.isEmpty())
        return StoreOutcome{};
    QStringList ids, devices, lats, lons, speeds, courses, accuracies, valids, fixes;
    for (const TraccarPosition &p : positions) {
        const double kmh = p.speedKmh(); // the only knots → km/h conversion
        if (!std::isfinite(p.latitude) || !std::isfinite(p.longitude) || !std::isfinite(kmh) || !std::isfinite(p.course)
            || !std::isfinite(p.accuracy) || !p.fixTime.isValid())
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate(
                    "ops::integrations", "A GPS position from Traccar is incomplete and was not saved."),
                QStringLiteral("position %1: non-finite number or no fix time").arg(p.id));
        ids << QString::number(p.id);
        devices << QString::number(p.deviceId);
        lats << number(p.latitude);
        lons << number(p.longitude);
        speeds << number(kmh);
        courses << number(p.course);
        accuracies << (p.accuracy > 0.0 ? number(p.accuracy) : QStringLiteral("NULL"));
        valids << (p.valid ? QStringLiteral("t") : QStringLiteral("f"));
        fixes << QLatin1Char('"') + p.fixTime.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char('"');
    }
    db::SqlParams params;
    for (const QStringList *a : {&ids, &devices, &lats, &lons, &speeds, &courses, &accuracies, &valids, &fixes})
        params.add(arrayLiteral(*a));
    // One statement: the batch, each (technician, local day) window once (the rule lives in ops_gps_shift_window), the
    // positions inside their technician's window of the fix's local day, the insert, and both counts.
    auto r = m_c.exec(
        "WITH u AS (SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::float8[], $4::float8[], $5::float8[], "
        "  $6::float8[], $7::float8[], $8::boolean[], $9::timestamptz[]) "
        "  AS u(pid, dev, lat, lon, kmh, course, acc, valid, fix)), "
        "w AS (SELECT tech, dev, day, ops_gps_shift_window(tech, day) AS r FROM ("
        "  SELECT DISTINCT t.id AS tech, u.dev, (u.fix AT TIME ZONE 'America/Toronto')::date AS day "
        "  FROM u JOIN dispatch_technicians t ON t.traccar_device_id = u.dev) d), "
        "kept AS (SELECT u.*, w.tech FROM u JOIN w ON w.dev = u.dev "
        "  AND w.day = (u.fix AT TIME ZONE 'America/Toronto')::date WHERE w.r @> u.fix), "
        "ins AS (INSERT INTO gps_positions (traccar_position_id, device_id, technician_id, latitude, longitude, "
        "  speed_kmh, course, accuracy, valid, fix_time) "
        "  SELECT pid, dev, tech, lat, lon, kmh, course, acc, valid, fix FROM kept "
        "  ON CONFLICT (traccar_position_id) DO NOTHING RETURNING 1) "
        "SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM u) - (SELECT count(*) FROM kept)",
        params);
    if (!r)
        return r.error();
    return StoreOutcome{static_cast<int>(r->int64(0, 0)), static_cast<int>(r->int64(0, 1))};
}

Result<QList<TrackingWindow>> PositionRepository::trackingWindows()
{
    auto r = m_c.exec("SELECT t.traccar_device_id, t.id, lower(w.r), upper(w.r) FROM dispatch_technicians t "
                      "CROSS JOIN LATERAL (SELECT ops_gps_shift_window(t.id, "
                      "  (now() AT TIME ZONE 'America/Toronto')::date) AS r) w "
                      "WHERE t.traccar_device_id IS NOT NULL ORDER BY t.id");
    if (!r)
        return r.error();
    QList<TrackingWindow> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        TrackingWindow w;
        w.deviceId = r->int64(i, 0);
        w.technicianId = r->int64(i, 1);
        if (!r->isNull(i, 2) && !r->isNull(i, 3)) {
            w.from = r->timestamp(i, 2);
            w.to = r->timestamp(i, 3);
        }
        out << w;
    }
    return out;
}

Result<QList<StoredPosition>> PositionRepository::todayTrack(qint64 technicianId)
{
    auto r = m_c.exec(QStringLiteral("SELECT %1 FROM gps_positions g, (SELECT ops_gps_shift_window($1, "
                                     "  (now() AT TIME ZONE 'America/Toronto')::date) AS r) w "
                                     "WHERE g.technician_id = $1 AND g.fix_time >= lower(w.r) "
                                     "AND g.fix_time <= upper(w.r) ORDER BY g.fix_time, g.id")
                          .arg(QLatin1String(kColumns)),
        db::SqlParams().add(technicianId));
    if (!r)
        return r.error();
    return rowsOf(r.value());
}

Result<QList<StoredPosition>> PositionRepository::latestPerDevice()
{
    auto r = m_c.exec(QStringLiteral("SELECT DISTINCT ON (device_id) %1 FROM gps_positions "
                                     "ORDER BY device_id, fix_time DESC, id DESC")
                          .arg(QLatin1String(kColumns)));
    if (!r)
        return r.error();
    return rowsOf(r.value());
}

Result<QList<StoredPosition>> PositionRepository::track(qint64 deviceId, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::integrations", "Choose a start time before the end time to show a technician's route."));
    auto r = m_c.exec(QStringLiteral("SELECT %1 FROM gps_positions WHERE device_id = $1 AND fix_time >= $2 "
                                     "AND fix_time <= $3 ORDER BY fix_time, id")
                          .arg(QLatin1String(kColumns)),
        db::SqlParams().add(deviceId).add(from).add(to));
    if (!r)
        return r.error();
    return rowsOf(r.value());
}

Result<qint64> PositionRepository::prune(int retentionDays, int maxRowsPerDevice)
{
    if (retentionDays < 1 || maxRowsPerDevice < 1)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations",
                "GPS history must be kept at least one day and one position per technician. Check the retention "
                "settings."),
            QStringLiteral("prune(%1, %2)").arg(retentionDays).arg(maxRowsPerDevice));
    // One statement: a row too old and beyond the per-device bound is deleted (and counted) once.
    auto r = m_c.exec("DELETE FROM gps_positions g USING ("
                      "  SELECT id FROM ("
                      "    SELECT id, fix_time, row_number() OVER (PARTITION BY device_id "
                      "                                            ORDER BY fix_time DESC, id DESC) AS rn "
                      "    FROM gps_positions) ranked "
                      "  WHERE ranked.fix_time < now() - make_interval(days => $1) OR ranked.rn > $2) doomed "
                      "WHERE g.id = doomed.id",
        db::SqlParams().add(retentionDays).add(maxRowsPerDevice));
    if (!r)
        return r.error();
    return r->affectedRows();
}

} // namespace ops::integrations
