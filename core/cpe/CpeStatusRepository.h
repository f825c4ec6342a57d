#pragma once

#include <QDateTime>
#include <QList>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}
namespace ops::integrations {
struct CpeStatus;
}

namespace ops::cpe {

struct CpeUpsertCounts
{
    qint64 inserted = 0, updated = 0, unchanged = 0, unmatched = 0;
};

// The CPE status store (cpe_status, migration 0030). Synchronous: DB threads only.
class CpeStatusRepository
{
public:
    explicit CpeStatusRepository(db::PgConnection &c);

    // One set-based statement per call: each device is matched to our equipment (service_equipment's GenieACS id,
    // else its serial, case-insensitive) and inserted or updated; a row whose state did not change is not written
    // (no change notification, no dead tuple). Devices repeated in the list count once.
    Result<CpeUpsertCounts> upsert(const QList<integrations::CpeStatus> &devices);

private:
    db::PgConnection &m_c;
};

} // namespace ops::cpe
