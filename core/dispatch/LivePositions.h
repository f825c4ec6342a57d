#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>

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
class TraccarLive;
class PositionRecorder;
} // namespace ops::integrations

namespace ops::dispatch {

// The GUI process follows Traccar's live positions itself (not only `targo-opsctl gps follow`): a TraccarLive
// WebSocket (own one-thread NetExecutor, back-off) feeding the same PositionRecorder into gps_positions, and the
// newest position of every technician kept in memory for the board's map and the "on my way" ETA. Lives on the GUI
// thread and never blocks it: the device -> technician map is read on the DB executor.
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

    // Newest position by technician id (positions of devices no technician has are kept by device until one does).
    QHash<qint64, Position> snapshot() const;
    std::optional<Position> latest(qint64 technicianId) const;

    // Positions as they arrive (the socket calls it; tests call it directly). Fixes without GPS are ignored, and a
    // position older than the one already known for its device changes nothing.
    void ingest(const QList<integrations::TraccarPosition> &positions);

public slots:
    // Reads which technician has which Traccar device again (after dispatch_technicians changed).
    void reloadDevices();

signals:
    // A newer position for a technician (technicianId 0: a device no technician has yet).
    void positionChanged(qint64 technicianId, qint64 deviceId, const ops::dispatch::Position &position);
    void connectedChanged(bool connected);
    void devicesLoaded();

private:
    DbExecutor &m_db;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<integrations::TraccarLive> m_live;
    std::unique_ptr<integrations::PositionRecorder> m_recorder;
    QHash<qint64, qint64> m_technicianOfDevice;
    QHash<qint64, Position> m_byDevice;
    bool m_connected = false;
};

} // namespace ops::dispatch
