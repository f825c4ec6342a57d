#pragma once

#include <QString>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {

// Stored read positions of provider feeds (table integration_cursors). Synchronous: DB threads only.
class CursorRepository
{
public:
    explicit CursorRepository(db::PgConnection &c);
    Result<QString> get(const QString &name); // empty when none is stored
    // Stores value when the stored cursor is still expected (empty: none stored); Conflict when another reader
    // moved it meanwhile, so two readers never both process the same events.
    Status advance(const QString &name, const QString &expected, const QString &value);

private:
    db::PgConnection &m_c;
};

} // namespace ops::integrations
