#include "core/concurrency/DbExecutor.h"

namespace ops {

DbExecutor::DbExecutor(QString conninfo, int poolSize)
    : m_pool(std::make_unique<db::PgConnectionPool>(std::move(conninfo), poolSize))
{
    m_threads.setMaxThreadCount(poolSize);
    m_threads.setObjectName(QStringLiteral("db"));
}

DbExecutor::~DbExecutor()
{
    shutdown();
}

void DbExecutor::shutdown(int waitMs)
{
    m_threads.clear();
    m_threads.waitForDone(waitMs);
}

} // namespace ops
