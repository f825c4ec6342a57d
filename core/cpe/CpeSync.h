#pragma once

#include <functional>

#include "core/common/Result.h"
#include "core/cpe/CpeTypes.h"

namespace ops::db {
class PgConnection;
}
namespace ops::integrations {
class GenieAcsClient;
}

namespace ops::cpe {

struct CpeSyncOptions
{
    bool full = false; // every device; else (when a cursor is stored) only those that informed since
    int pageSize = 1000;
    int overlapSeconds = 120; // the incremental query starts this much before the cursor (clock skew, late writes)
};

// The periodic GenieACS → cpe_status sync (issue 15): one projected query for all devices, paged in _id order, each
// page stored by one set-based statement. Incremental by _lastInform after the first full run: the cursor
// (integration_cursors "genieacs.cpe_last_inform") is the newest last inform stored, and it only moves after every
// page was stored, so a sync that fails half-way (GenieACS down, a broken answer) is simply run again: the pages
// already stored are rewritten identically. Blocking: run it on a DB/background thread, never the GUI thread.
class CpeSync
{
public:
    static constexpr const char *kCursorName = "genieacs.cpe_last_inform";

    static Result<CpeSyncReport> run(db::PgConnection &c, integrations::GenieAcsClient &client,
        const CpeSyncOptions &options = {}, const std::function<bool()> &cancelled = {});

    // The on-demand refresh of one device (the CPE panel's Refresh, `cpe sync --serial`): GenieACS's current
    // document of the device(s) with this serial stored at once; the cursor is left alone. NotFound when GenieACS
    // knows no such serial.
    static Result<CpeSyncReport> refreshSerial(
        db::PgConnection &c, integrations::GenieAcsClient &client, const QString &serial);

    // The device query: {} (full) or {"_lastInform":{"$gt":"<cursor - overlap>"}}.
    static QString query(const QDateTime &cursor, int overlapSeconds);
};

} // namespace ops::cpe
