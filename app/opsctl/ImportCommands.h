#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FILE] [--report FILE.csv] (issue 16,
// docs/import-erpnext.md): progress on stderr, the counts, the validation report and the reconciliation.
int runImportCommand(QStringList args, CommandContext &ctx);
} // namespace ops
