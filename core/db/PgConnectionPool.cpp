#include "core/db/PgConnectionPool.h"

#include <chrono>
#include <thread>

#include <QCoreApplication>

namespace ops::db {

namespace {
constexpr auto kRetryOutage = std::chrono::seconds(20);
}

PgLease::PgLease(PgConnectionPool *pool, std::unique_ptr<PgConnection> c)
    : m_pool(pool)
    , m_conn(std::move(c))
{}

PgLease::~PgLease()
{
    if (m_pool && m_conn)
        m_pool->release(std::move(m_conn));
}

PgLease::PgLease(PgLease &&o) noexcept
    : m_pool(o.m_pool)
    , m_conn(std::move(o.m_conn))
{
    o.m_pool = nullptr;
}

PgLease &PgLease::operator=(PgLease &&o) noexcept
{
    if (this != &o) {
        if (m_pool && m_conn)
            m_pool->release(std::move(m_conn));
        m_pool = o.m_pool;
        m_conn = std::move(o.m_conn);
        o.m_pool = nullptr;
    }
    return *this;
}

PgConnectionPool::PgConnectionPool(QString conninfo, int maxSize)
    : m_conninfo(std::move(conninfo))
    , m_maxSize(maxSize < 1 ? 1 : maxSize)
{}

PgConnectionPool::~PgConnectionPool()
{
    std::lock_guard lock(m_mutex);
    m_idle.clear();
}

void PgConnectionPool::setEventHandler(EventHandler handler)
{
    std::lock_guard lock(m_handlerMutex);
    m_handler = std::move(handler);
}

void PgConnectionPool::report(Event e, const QString &detail)
{
    std::lock_guard lock(m_handlerMutex);
    if (m_handler)
        m_handler(e, detail);
}

void PgConnectionPool::connectionLost(const QString &detail)
{
    bool first = false;
    std::vector<Idle> dropped;
    {
        std::lock_guard lock(m_mutex);
        first = !std::exchange(m_lost, true);
        if (first)
            m_lostSince = std::chrono::steady_clock::now();
        // The other idle connections went to the same server: closed now rather than failing one job each.
        m_open -= static_cast<int>(m_idle.size());
        m_reconnects += m_idle.size();
        dropped.swap(m_idle);
    }
    dropped.clear(); // PQfinish outside the lock
    m_cv.notify_all();
    if (first)
        report(Event::ConnectionLost, detail);
}

Result<PgLease> PgConnectionPool::acquire(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        while (!m_idle.empty()) {
            std::unique_ptr<PgConnection> c = std::move(m_idle.back().conn);
            const auto since = m_idle.back().since;
            m_idle.pop_back();
            lock.unlock();
            // Health check: the socket at every lease (a server that went away closed it), and a round trip when
            // idle for a while (a network cut is only seen by talking).
            const bool stale = std::chrono::steady_clock::now() - since > std::chrono::seconds(30);
            if (c->isAlive() && (!stale || c->ping())) {
                c->clearLastSqlState();
                return PgLease(this, std::move(c));
            }
            c.reset();
            lock.lock();
            --m_open;
            ++m_reconnects;
            lock.unlock();
            connectionLost(QStringLiteral("an idle connection was closed by the server"));
            lock.lock();
        }
        if (m_open < m_maxSize) {
            ++m_open;
            lock.unlock();
            // Retries while the server is unreachable (restarting, failing over): back-off up to the deadline.
            int backoffMs = 100;
            for (;;) {
                auto opened = PgConnection::open(m_conninfo);
                if (opened.ok()) {
                    std::unique_ptr<PgConnection> c = std::move(opened).value();
                    bool wasLost = false;
                    {
                        std::lock_guard relock(m_mutex);
                        wasLost = std::exchange(m_lost, false);
                        m_everConnected = true;
                    }
                    if (wasLost)
                        report(Event::Reconnected, c->host() + QLatin1Char(':') + c->port());
                    return PgLease(this, std::move(c));
                }
                const auto now = std::chrono::steady_clock::now();
                bool longOutage = false;
                {
                    // A failover takes seconds; past kRetryOutage the server is down, and jobs fail at once instead
                    // of each waiting its whole timeout (the health probe keeps trying).
                    std::lock_guard relock(m_mutex);
                    // A server never reached (wrong settings, not started) is not an outage: no waiting either.
                    longOutage = !m_everConnected || (m_lost && now - m_lostSince > kRetryOutage);
                }
                const bool late = now + std::chrono::milliseconds(backoffMs) >= deadline;
                if (!opened.error().retryable || late || longOutage) {
                    lock.lock();
                    --m_open;
                    lock.unlock();
                    m_cv.notify_one();
                    return opened.error();
                }
                connectionLost(opened.error().detail);
                std::this_thread::sleep_for(std::chrono::milliseconds(backoffMs));
                backoffMs = std::min(backoffMs * 2, 1000);
            }
        }
        if (m_cv.wait_until(lock, deadline) == std::cv_status::timeout && m_idle.empty() && m_open >= m_maxSize) {
            Error e = Error::make(Error::Kind::Unavailable,
                QCoreApplication::translate("ops::db", "The database is busy. Please try again."),
                QStringLiteral("connection pool exhausted"));
            e.retryable = true;
            return e;
        }
    }
}

void PgConnectionPool::release(std::unique_ptr<PgConnection> c)
{
    // A connection returned mid-transaction (a job that failed to roll back), broken, or to a server that refuses
    // writes (25006: a standby) is closed, not reused.
    const bool broken = !c->isOk();
    const bool readOnly = c->lastSqlState() == QLatin1String("25006");
    const bool reusable = !broken && !readOnly && !c->inTransaction();
    {
        std::lock_guard lock(m_mutex);
        if (reusable)
            m_idle.push_back({std::move(c), std::chrono::steady_clock::now()});
        else
            --m_open;
    }
    if (!reusable)
        c.reset();
    m_cv.notify_one();
    if (broken || readOnly)
        connectionLost(readOnly ? QStringLiteral("the server is read-only (a standby)")
                                : QStringLiteral("a connection was lost during a job"));
}

int PgConnectionPool::openCount() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

int PgConnectionPool::idleCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_idle.size());
}

quint64 PgConnectionPool::reconnects() const
{
    std::lock_guard lock(m_mutex);
    return m_reconnects;
}

void PgConnectionPool::closeIdle()
{
    std::lock_guard lock(m_mutex);
    m_open -= static_cast<int>(m_idle.size());
    m_idle.clear();
}

QString PgConnectionPool::maskedConninfo() const
{
    return maskConninfo(m_conninfo);
}

} // namespace ops::db
