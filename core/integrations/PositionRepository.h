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

// Traccar positions in PostgreSQL. Synchronous: runs on DB executor threads only, with a leased connection.
class PositionRepository
{
public:
    explicit PositionRepository(db::PgConnection &c);

    // Stores the batch in one statement (one round trip). Positions already stored (same Traccar position id, in the
    // table or earlier in the batch) are ignored. Speed is converted from knots to km/h here
    // (TraccarPosition::speedKmh), and the technician is resolved from the device. Returns the rows inserted.
    // A non-finite number is a Validation error; coordinates out of range fail the batch (table CHECK).
    Result<int> store(const QList<TraccarPosition> &positions);

    // The newest position of every device (by fix time), ordered by device id.
    Result<QList<StoredPosition>> latestPerDevice();
    // A device's positions with from <= fix_time <= to, oldest first.
    Result<QList<StoredPosition>> track(qint64 deviceId, const QDateTime &from, const QDateTime &to);

    // Bounded retention: deletes positions fixed more than retentionDays ago, and beyond the maxRowsPerDevice newest
    // of each device. Both bounds must be >= 1. Returns the rows deleted.
    Result<qint64> prune(int retentionDays, int maxRowsPerDevice);

private:
    db::PgConnection &m_c;
};

} // namespace ops::integrations

Q_DECLARE_METATYPE(ops::integrations::StoredPosition)
