#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// bench tickets [--runs N]: ticket list pages on the current database (S=1 demo data expected).
int runTicketBench(QStringList args, CommandContext &ctx);
} // namespace ops
