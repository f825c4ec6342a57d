#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>

#include "core/common/Result.h"

namespace ops {

class DbExecutor;
namespace db {
class PgListener;
}

// How the session's connection is doing, for the status bar: a ping (a trivial round trip through the DB executor,
// timed on the DB thread) and the live-update listener's losses and reconnections.
class HealthService : public QObject
{
    Q_OBJECT
public:
    struct Ping
    {
        bool ok = false;
        qint64 micros = 0; // round trip, measured on the DB thread
    };

    // listener may be null (no live updates: only pings).
    HealthService(DbExecutor &db, db::PgListener *listener, QObject *parent = nullptr);
    ~HealthService() override;

    QFuture<Result<Ping>> ping();
    // Whether live updates are being received (the listener is connected and listening).
    bool isListening() const;

signals:
    void connectionLost(const QString &detail);
    void reconnected();

private:
    DbExecutor &m_db;
    db::PgListener *m_listener = nullptr;
};

} // namespace ops
