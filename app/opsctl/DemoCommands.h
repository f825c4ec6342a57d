#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
int runDemoCommand(const QStringList &args, CommandContext &ctx);
} // namespace ops
