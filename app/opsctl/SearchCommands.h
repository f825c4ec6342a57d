#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
int runSearchCommand(QStringList args, CommandContext &ctx);
int runBenchCommand(QStringList args, CommandContext &ctx);
} // namespace ops
