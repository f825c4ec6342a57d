#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;

// targo-opsctl receivables aging --as-of YYYY-MM-DD [--customers N] [--bucket B] [--json]
int runReceivablesCommand(QStringList args, CommandContext &ctx);
// targo-opsctl bench receivables [--runs N]: the aging report as of today, and the first page of its customers.
int runReceivablesBench(QStringList args, CommandContext &ctx);

} // namespace ops
