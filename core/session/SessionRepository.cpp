#include "core/session/SessionRepository.h"

#include "core/db/PgConnection.h"

namespace ops {

SessionRepository::SessionRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<bool> SessionRepository::hasNoCustomers()
{
    auto r = m_c.exec("SELECT NOT EXISTS (SELECT 1 FROM customers)");
    if (!r.ok())
        return r.error();
    return r.value().boolean(0, 0);
}

} // namespace ops
