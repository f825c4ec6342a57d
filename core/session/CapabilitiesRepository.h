#pragma once

#include "core/common/Result.h"
#include "core/session/Capabilities.h"

namespace ops::db {
class PgConnection;
}

namespace ops {

// Reads what the connection's effective role (current_user) may do: its group (membership of the ops_* group
// roles), whether it is a superuser, and the table, column and function privileges the screens need. One round trip
// on the catalogs; a group role or a function that does not exist reads as "not allowed", never as an error.
// Synchronous: the opening thread or a DB executor thread only.
class CapabilitiesRepository
{
public:
    explicit CapabilitiesRepository(db::PgConnection &c);

    Result<Capabilities> read();

private:
    db::PgConnection &m_c;
};

} // namespace ops
