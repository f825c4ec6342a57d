#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include "core/integrations/TraccarClient.h"

namespace ops {
class DbExecutor;
}

namespace ops::integrations {

class TraccarLive;

// Stores the live Traccar positions in PostgreSQL (gps_positions) with bounded retention. Positions received from a
// TraccarLive are buffered and written in one statement per flush (every flushMs, or sooner when maxBuffered are
// waiting), on a DbExecutor thread: the thread that owns this object never waits on SQL. Every pruneMs the rows
// older than retentionDays, and beyond maxRowsPerDevice per device, are deleted. A failed write keeps the batch and
// tries again at the next flush (bounded by maxBuffered × 10 positions, the oldest dropped first with a warning).
// Positions outside their technician's shift are dropped by PositionRepository::store (Law 25), counted in dropped().
// retentionDays 0 (the default): the company setting (gps_privacy_settings.retention_days), read at every prune.
class PositionRecorder : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int flushMs = 1000;
        int maxBuffered = 500;
        int pruneMs = 3600 * 1000;
        int retentionDays = 0; // 0: the company setting; else 1..365 (`gps follow --retention-days`)
        int maxRowsPerDevice = 100000;
    };

    PositionRecorder(DbExecutor &db, Options options, QObject *parent = nullptr);
    PositionRecorder(DbExecutor &db, QObject *parent = nullptr);
    ~PositionRecorder() override;

    void attach(TraccarLive *live); // positionsReceived → record()
    void record(const QList<ops::integrations::TraccarPosition> &positions);
    void flush(); // writes what is buffered now (asynchronously)
    void prune(); // applies the retention now (asynchronously)

    qint64 stored() const { return m_stored; } // rows inserted (duplicates not counted)
    qint64 pruned() const { return m_pruned; }
    qint64 dropped() const { return m_dropped; } // outside a shift, or a device no technician has
    int buffered() const { return int(m_buffer.size()); }
    int failures() const { return m_failures; }

signals:
    void flushed(int inserted);
    void storeFailed(const QString &message);

private:
    DbExecutor &m_db;
    const Options m_options;
    QList<TraccarPosition> m_buffer;
    QTimer m_flushTimer;
    QTimer m_pruneTimer;
    bool m_writing = false;
    qint64 m_stored = 0;
    qint64 m_pruned = 0;
    qint64 m_dropped = 0;
    int m_failures = 0;
};

} // namespace ops::integrations
