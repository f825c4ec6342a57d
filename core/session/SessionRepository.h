#pragma once

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops {

// What opening a database asks of its contents. Synchronous: the opening thread or a DB executor thread only.
class SessionRepository
{
public:
    explicit SessionRepository(db::PgConnection &c);

    // True when the database holds no customer yet (a fresh database the demo data may fill). One round trip.
    Result<bool> hasNoCustomers();

private:
    db::PgConnection &m_c;
};

} // namespace ops
