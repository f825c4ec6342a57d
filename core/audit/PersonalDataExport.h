#pragma once

#include <atomic>

#include <QString>

#include "core/audit/AuditTypes.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::audit {

// A Law 25 request: everything stored about one customer as one ZIP archive at path. Per table (see
// PersonalDataRepository::tableNames(): the customer row, locations, equipment, subscriptions, invoices with lines and
// taxes, payments with allocations, tickets with messages, dispatch jobs, consents, campaign messages, outbox messages,
// audit rows) one CSV file (UTF-8 with BOM, ',' separator, RFC 4180; formula-looking text gets a leading apostrophe)
// and one JSON file (an array of row objects, exact values), plus manifest.json (customer, export time, per table the
// row count, columns, and excluded columns). RADIUS passwords are excluded (never exported, listed as excluded).
//
// All tables are read in one REPEATABLE READ transaction; the export is recorded in it
// (ops_record_access('export', 'customer', id, id)) before the archive is put in place. The archive is written to a
// temporary file and renamed only when complete: an unknown customer, an unwritable path, a failed recording or a
// cancel leave no file (and an existing file at path untouched). Synchronous: a DB executor thread only.
Result<PersonalDataExportResult> exportPersonalData(db::PgConnection &c, const QString &customerCodeOrNumber,
    const QString &path, const std::atomic<bool> *cancel = nullptr);

} // namespace ops::audit
