#pragma once

#include <atomic>

#include <QString>
#include <QStringList>

#include "core/audit/AuditTypes.h"
#include "core/common/Result.h"
#include "core/export/CsvWriter.h"

namespace ops::db {
class PgConnection;
}

namespace ops::audit {

// The header row of an audit export (translated), in column order.
QStringList auditExportHeader();

// Writes every audit row matching query, newest first, to path as CSV (atomically: nothing at path unless complete).
// Read by keyset pages in one REPEATABLE READ transaction (one snapshot). When the query is about one customer, the
// export itself is recorded (ops_record_access('export', 'customer', id, id)) in that transaction, before the file is
// put in place: a failed recording means no file. cancel is checked before every page (Cancelled error, no file);
// progress counts the rows written. Synchronous: a DB executor thread only.
Result<AuditExportResult> exportAudit(db::PgConnection &c, const QString &path, const AuditQuery &query,
    const csv::CsvOptions &options, const std::atomic<bool> *cancel = nullptr, std::atomic<qint64> *progress = nullptr,
    int pageRows = 1000);

} // namespace ops::audit
