#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// outbox list|retry|cancel
int runOutboxCommand(QStringList args, CommandContext &ctx);
// worker: drains the outbox until SIGTERM/SIGINT (exit 0)
int runWorkerCommand(QStringList args, CommandContext &ctx);
} // namespace ops
