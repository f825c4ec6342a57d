#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "core/db/PgConnection.h"

namespace ops::db {

class PgConnectionPool;

// RAII lease of a pooled connection; returns it on destruction.
class PgLease
{
public:
    PgLease() = default;
    PgLease(PgConnectionPool *pool, std::unique_ptr<PgConnection> c);
    ~PgLease();
    PgLease(PgLease &&o) noexcept;
    PgLease &operator=(PgLease &&o) noexcept;

    PgConnection &operator*() const { return *m_conn; }
    PgConnection *operator->() const { return m_conn.get(); }
    PgConnection *get() const { return m_conn.get(); }

private:
    PgConnectionPool *m_pool = nullptr;
    std::unique_ptr<PgConnection> m_conn;
};

// Bounded pool. acquire() blocks the calling worker thread (never the GUI thread) up to timeoutMs. Idle connections
// are health-checked before reuse (a round trip when idle for more than 30 s) and reconnected when broken.
class PgConnectionPool
{
public:
    PgConnectionPool(QString conninfo, int maxSize);
    ~PgConnectionPool();

    Result<PgLease> acquire(int timeoutMs = 10000);
    int maxSize() const { return m_maxSize; }
    int openCount() const;
    int idleCount() const;
    quint64 reconnects() const;
    void closeIdle();
    QString maskedConninfo() const;
    const QString &conninfo() const { return m_conninfo; }

private:
    friend class PgLease;
    void release(std::unique_ptr<PgConnection> c);

    const QString m_conninfo;
    const int m_maxSize;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    struct Idle
    {
        std::unique_ptr<PgConnection> conn;
        std::chrono::steady_clock::time_point since;
    };
    std::vector<Idle> m_idle;
    int m_open = 0;
    quint64 m_reconnects = 0;
};

} // namespace ops::db
