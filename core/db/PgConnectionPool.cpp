#include "core/db/PgConnectionPool.h"

#include <chrono>

#include <QCoreApplication>

namespace ops::db {

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
            // Health check: a connection idle for a while is pinged (a server restart or a network cut is only seen
            // by talking); a broken one is reset once.
            const bool stale = std::chrono::steady_clock::now() - since > std::chrono::seconds(30);
            if ((c->isOk() && (!stale || c->ping())) || c->reset())
                return PgLease(this, std::move(c));
            lock.lock();
            --m_open;
            ++m_reconnects;
        }
        if (m_open < m_maxSize) {
            ++m_open;
            lock.unlock();
            auto opened = PgConnection::open(m_conninfo);
            if (!opened.ok()) {
                lock.lock();
                --m_open;
                m_cv.notify_one();
                return opened.error();
            }
            return PgLease(this, std::move(opened).value());
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
    // A connection returned mid-transaction (a job that failed to roll back) or broken is closed, not reused.
    const bool reusable = c->isOk() && !c->inTransaction();
    {
        std::lock_guard lock(m_mutex);
        if (reusable)
            m_idle.push_back({std::move(c), std::chrono::steady_clock::now()});
        else
            --m_open;
    }
    m_cv.notify_one();
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
