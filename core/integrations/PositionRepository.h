#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include "core/common/Result.h"
#include "core/integrations/TraccarClient.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {

// One row of gps_positions (0005_gps_positions.sql).
struct StoredPosition
{
    qint64 id = 0;
    qint64 traccarPositionId = 0;
    qint64 deviceId = 0; // Traccar's device id
    std::optional<qint64> technicianId; // dispatch_technicians whose traccar_device_id is deviceId, when stored
    double latitude = 0.0;
    double longitude = 0.0;
    double speedKmh = 0.0;
    double course = 0.0;
    std::optional<double> accuracy; // metres; none when Traccar did not know it
    bool valid = true;
    QDateTime fixTime; // UTC
    QDateTime receivedAt; // UTC
};

// What PositionRepository::store did with a batch.
struct StoreOutcome
{
    int inserted = 0; // new rows (duplicates not counted)
    int outsideShift = 0; // dropped: no technician has the device, or outside that technician's shift (Law 25)
};

// When a technician's positions are collected today (ops_gps_shift_window, migration 0033): the shift in
// America/Toronto local time widened by the grace, on a work day without absence. from/to invalid: not today.
struct TrackingWindow
{
    qint64 deviceId = 0;
    qint64 technicianId = 0;
    QDateTime from; // UTC
    QDateTime to; // UTC
    bool contains(const QDateTime &t) const { return from.isValid() && t >= from && t <= to; }
};

// Traccar positions in PostgreSQL. Synchronous: runs on DB executor threads only, with a leased connection.
class PositionRepository
{
public:
    explicit PositionRepository(db::PgConnection &c);

    // Stores the batch in one statement (one round trip). Positions already stored (same Traccar position id, in the
    // table or earlier in the batch) are ignored. Speed is converted from knots to km/h here
    // (TraccarPosition::speedKmh), and the technician is resolved from the device. Only positions of a device that
    // belongs to a technician, fixed inside that technician's tracking window of the fix's local day, are kept
    // (Quebec Law 25: the one place this rule is enforced for every writer); the others are counted and dropped.
    // A non-finite number is a Validation error; coordinates out of range fail the batch (table CHECK).
    Result<StoreOutcome> store(const QList<TraccarPosition> &positions);

    // The newest position of every device (by fix time), ordered by device id.
    Result<QList<StoredPosition>> latestPerDevice();
    // A device's positions with from <= fix_time <= to, oldest first.
    Result<QList<StoredPosition>> track(qint64 deviceId, const QDateTime &from, const QDateTime &to);

    // Every technician with a Traccar device, with today's tracking window (local day of the database's clock).
    Result<QList<TrackingWindow>> trackingWindows();
    // A technician's positions today inside today's tracking window, oldest first (empty when not tracked today).
    Result<QList<StoredPosition>> todayTrack(qint64 technicianId);

    // Bounded retention: deletes positions fixed more than retentionDays ago, and beyond the maxRowsPerDevice newest
    // of each device. Both bounds must be >= 1. Returns the rows deleted.
    Result<qint64> prune(int retentionDays, int maxRowsPerDevice);

private:
    db::PgConnection &m_c;
};

} // namespace ops::integrations

Q_DECLARE_METATYPE(ops::integrations::StoredPosition)
