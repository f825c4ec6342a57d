#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
int runDbCommand(QStringList args, CommandContext &ctx);
} // namespace ops
