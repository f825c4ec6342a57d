#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
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
// are checked before reuse (the socket at every lease, a round trip when idle for more than 30 s). A connection found
// broken, or returned after the server said it is read-only (25006: a standby, or a demoted primary), is closed, and
// so are the other idle ones (they went to the same server); new connections are opened with retries and back-off
// (100 ms doubling to 1 s) until timeoutMs (once a connection has worked, and only in the first 20 s of an outage), so
// that a multi-host conninfo with target_session_attrs=read-write finds the promoted standby. Losses and reconnections
// are reported to the event handler.
class PgConnectionPool
{
public:
    enum class Event
    {
        ConnectionLost, // detail: what libpq said
        Reconnected // detail: the server now used, "host:port"
    };
    // Called on the thread that saw the event (a DB thread), never with the pool's lock held.
    using EventHandler = std::function<void(Event, const QString &detail)>;

    PgConnectionPool(QString conninfo, int maxSize);
    ~PgConnectionPool();

    // Thread-safe; an empty handler removes it. Once this returns, the previous handler is not running and never
    // runs again.
    void setEventHandler(EventHandler handler);

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
    void connectionLost(const QString &detail); // closes the idle connections, reports once per outage
    void report(Event e, const QString &detail);

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
    bool m_lost = false; // an outage was seen and no connection has been opened since
    std::chrono::steady_clock::time_point m_lostSince;
    bool m_everConnected = false; // retries are for a server that worked: a first connection fails at once
    std::mutex m_handlerMutex;
    EventHandler m_handler;
};

} // namespace ops::db
