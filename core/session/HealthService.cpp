#include "core/session/HealthService.h"

#include <QElapsedTimer>
#include <QTimer>

#include "core/concurrency/Async.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"

namespace ops {

namespace {
constexpr int kProbeRetryMs = 1000; // between probes that failed (each already retried up to the pool's timeout)
}

HealthService::HealthService(DbExecutor &db, db::PgListener *listener, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_listener(listener)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kProbeRetryMs);
    connect(m_retry, &QTimer::timeout, this, &HealthService::probe);
    if (listener) {
        connect(listener, &db::PgListener::connectionLost, this, &HealthService::onLost);
        connect(listener, &db::PgListener::connected, this, [this] {
            if (m_lost)
                probe(); // the server is back: confirm through the pool, which learns where
            else
                emit reconnected();
        });
    }
    // The pool reports from DB threads: queued to this (GUI) thread. Posted events die with this object, and the
    // handler is removed (waiting for a running call) before the object goes.
    db.pool().setEventHandler([this](db::PgConnectionPool::Event e, const QString &detail) {
        QMetaObject::invokeMethod(
            this,
            [this, e, detail] {
                if (e == db::PgConnectionPool::Event::ConnectionLost)
                    onLost(detail);
                else
                    onReconnected(detail);
            },
            Qt::QueuedConnection);
    });
}

HealthService::~HealthService()
{
    m_db.pool().setEventHandler({});
}

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

void HealthService::onLost(const QString &detail)
{
    if (m_lost)
        return;
    m_lost = true;
    emit connectionLost(detail);
    probe();
}

void HealthService::onReconnected(const QString &server)
{
    if (!m_lost)
        return;
    m_lost = false;
    m_retry->stop();
    m_server = server;
    emit reconnectedTo(server);
    emit reconnected();
}

void HealthService::probe()
{
    if (!m_lost || m_probing)
        return;
    m_probing = true;
    auto job = m_db.run([](db::PgConnection &c) -> Result<QString> {
        if (!c.ping())
            return Error::make(Error::Kind::Unavailable, QStringLiteral("probe failed"), c.lastSqlState());
        return QString(c.host() + QLatin1Char(':') + c.port());
    });
    runThen(job, this, [this](const Result<QString> &r) {
        m_probing = false;
        if (r.ok())
            onReconnected(r.value());
        else if (m_lost)
            m_retry->start();
    });
}

} // namespace ops
