#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>

#include "core/common/Result.h"

class QTimer;

namespace ops {

class DbExecutor;
namespace db {
class PgListener;
}

// How the session's connection is doing, for the status bar: a ping (a trivial round trip through the DB executor,
// timed on the DB thread), and outages: the connection pool and the live-update listener report losses; while the
// connection is lost a probe job runs through the pool (which reconnects with back-off, following a multi-host
// conninfo to the promoted primary) until a round trip works again, then reconnectedTo() says where.
// Lives on the GUI thread and never waits: every probe is a DB job.
class HealthService : public QObject
{
    Q_OBJECT
public:
    struct Ping
    {
        bool ok = false;
        qint64 micros = 0; // round trip, measured on the DB thread
    };

    // listener may be null (no live updates: only pings and the pool's reports).
    HealthService(DbExecutor &db, db::PgListener *listener, QObject *parent = nullptr);
    ~HealthService() override;

    QFuture<Result<Ping>> ping();
    // Whether live updates are being received (the listener is connected and listening).
    bool isListening() const;
    // Between connectionLost() and reconnectedTo().
    bool isLost() const { return m_lost; }
    // The server of the last reconnection ("host:port"), empty before any.
    QString server() const { return m_server; }

signals:
    void connectionLost(const QString &detail); // once per outage
    void reconnected(); // the listener (re)connected, or the connection came back after an outage
    void reconnectedTo(const QString &server); // after an outage: a round trip works again, on this server

private:
    void onLost(const QString &detail);
    void onReconnected(const QString &server);
    void probe();

    DbExecutor &m_db;
    db::PgListener *m_listener = nullptr;
    QTimer *m_retry = nullptr;
    bool m_lost = false;
    bool m_probing = false;
    QString m_server;
};

} // namespace ops
