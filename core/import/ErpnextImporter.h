#pragma once

#include "core/common/Result.h"
#include "core/import/ImportTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::import {

// The ERPNext import (issue 16, docs/import-erpnext.md): checks the site against the mapping (nothing written when a
// mapped field or a standard column is missing), then imports each entity in its own transaction (staged by COPY,
// transformed set-based, checkpointed: a killed import continues where it stopped), then reconciles. Runs on the
// calling thread with `ours` (a DB executor thread in the GUI, the main thread in targo-opsctl); opens its own
// read-only connection to the site. A dry run does all of it in one transaction and rolls it back after the report.
Result<ImportReport> runErpnextImport(db::PgConnection &ours, const ImportOptions &options);

} // namespace ops::import
