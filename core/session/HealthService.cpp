#include "core/session/HealthService.h"

#include <QElapsedTimer>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"

namespace ops {

HealthService::HealthService(DbExecutor &db, db::PgListener *listener, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_listener(listener)
{
    if (listener) {
        connect(listener, &db::PgListener::connectionLost, this, &HealthService::connectionLost);
        connect(listener, &db::PgListener::connected, this, &HealthService::reconnected);
    }
}

HealthService::~HealthService() = default;

bool HealthService::isListening() const
{
    return m_listener && m_listener->isConnected();
}

QFuture<Result<HealthService::Ping>> HealthService::ping()
{
    return m_db.run([](db::PgConnection &c) -> Result<Ping> {
        QElapsedTimer t;
        t.start();
        const bool ok = c.ping();
        return Ping{ok, t.nsecsElapsed() / 1000};
    });
}

} // namespace ops
