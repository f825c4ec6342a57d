#pragma once

#include <exception>
#include <memory>
#include <type_traits>

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/db/PgConnectionPool.h"

namespace ops {

// Private thread pool sized to the connection pool. Each job leases a connection for its whole run.
class DbExecutor
{
public:
    DbExecutor(QString conninfo, int poolSize = 4);
    ~DbExecutor();

    db::PgConnectionPool &pool() { return *m_pool; }
    QThreadPool &threads() { return m_threads; }

    // fn: Result<T>(db::PgConnection &). Runs on a DB thread; never blocks the caller. The lease waits for a
    // connection while the server fails over (see PgConnectionPool). A job refused because the server is read-only
    // (25006: the connection reached a standby) changed nothing: it runs once more on a new connection, so fn may
    // be called twice and must not consume its captures.
    template <typename F> auto run(F fn) -> QFuture<std::invoke_result_t<F, db::PgConnection &>>
    {
        using R = std::invoke_result_t<F, db::PgConnection &>;
        auto *pool = m_pool.get();
        return QtConcurrent::run(&m_threads, [pool, fn = std::move(fn)]() mutable -> R {
            try {
                for (int attempt = 1;; ++attempt) {
                    auto lease = pool->acquire();
                    if (!lease.ok())
                        return R(lease.error());
                    R r = fn(*lease.value());
                    if (attempt == 1 && lease.value()->lastSqlState() == QLatin1String("25006"))
                        continue; // the lease drops that connection on release
                    return r;
                }
            } catch (const std::exception &e) {
                return R(Error::internal(QString::fromUtf8(e.what())));
            }
        });
    }

    void shutdown(int waitMs = 5000);

private:
    std::unique_ptr<db::PgConnectionPool> m_pool;
    QThreadPool m_threads;
};

} // namespace ops
