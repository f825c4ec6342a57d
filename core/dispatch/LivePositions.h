#pragma once

#include <memory>
#include <optional>

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include "core/common/Result.h"
#include "core/dispatch/DispatchTypes.h"

namespace ops {
class DbExecutor;
}
namespace ops::net {
class NetExecutor;
}
namespace ops::integrations {
struct ProviderSettings;
struct TraccarPosition;
struct TrackingWindow;
class TraccarLive;
class PositionRecorder;
} // namespace ops::integrations

namespace ops::dispatch {

// The GUI process follows Traccar's live positions itself (not only `targo-opsctl gps follow`): a TraccarLive
// WebSocket (own one-thread NetExecutor, back-off) feeding the same PositionRecorder into gps_positions, and the
// newest position of every technician kept in memory for the board's map and the "on my way" ETA. Lives on the GUI
// thread and never blocks it: the device -> technician map is read on the DB executor.
//
// Quebec Law 25: only positions inside their technician's tracking window today (the shift in local time widened by
// the grace, on a work day without absence: ops_gps_shift_window, read on the DB executor with the devices) are
// shown; positions of devices no technician has are ignored. When a technician's window ends, the technician leaves
// the snapshot (positionRemoved); the windows are read again when the local day changes.
class LivePositions : public QObject
{
    Q_OBJECT
public:
    explicit LivePositions(DbExecutor &db, QObject *parent = nullptr);
    ~LivePositions() override;

    // Starts following (a second call restarts with the new settings). Refused with a translated message when the
    // provider is not usable (no base URL or credentials); nothing runs then.
    Status start(const integrations::ProviderSettings &traccar);
    void stop(); // closes the socket and writes what is buffered
    bool isRunning() const { return m_live != nullptr; }
    bool isConnected() const { return m_connected; }

    // Newest position by technician id, technicians inside their tracking window only.
    QHash<qint64, Position> snapshot() const;
    std::optional<Position> latest(qint64 technicianId) const;

    // Positions as they arrive (the socket calls it; tests call it directly). Fixes without GPS, positions of devices
    // no technician has and positions outside the technician's tracking window are ignored, and a position older
    // than the one already known for its device changes nothing. Before the windows are first read, positions wait
    // (bounded) and are judged when they arrive.
    void ingest(const QList<integrations::TraccarPosition> &positions);

    // Today's trail of one technician for the map: the stored positions inside today's tracking window, oldest
    // first (empty when the technician is not tracked today). Runs on the DB executor; continue on the GUI thread.
    QFuture<Result<QList<Position>>> todayTrack(qint64 technicianId) const;

    // Drops the technicians whose tracking window ended before now (positionRemoved for each shown one); the timer
    // calls it at the next window end. Public for tests.
    void dropEnded(const QDateTime &now);

public slots:
    // Reads which technician has which Traccar device again (after dispatch_technicians changed).
    void reloadDevices();

signals:
    // A newer position for a technician (technicianId 0: a device no technician has yet).
    void positionChanged(qint64 technicianId, qint64 deviceId, const ops::dispatch::Position &position);
    // A technician's shift ended (or the tracking window changed): remove the technician from the map.
    void positionRemoved(qint64 technicianId);
    void connectedChanged(bool connected);
    void devicesLoaded();

private:
    DbExecutor &m_db;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<integrations::TraccarLive> m_live;
    std::unique_ptr<integrations::PositionRecorder> m_recorder;
    void applyWindows(const QList<integrations::TrackingWindow> &windows);
    void armShiftTimer();

    QHash<qint64, qint64> m_technicianOfDevice;
    QHash<qint64, QPair<QDateTime, QDateTime>> m_windowOfDevice; // today's [from, to], UTC; absent: not today
    QHash<qint64, Position> m_byDevice;
    QTimer m_shiftTimer;
    QDate m_windowsDay; // the local day the windows were read for; invalid until the first read
    QList<integrations::TraccarPosition> m_early; // arrived before the first read: judged once it lands
    bool m_connected = false;
};

} // namespace ops::dispatch
