#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// bench dispatch [--runs N]: on the demo data, the busiest day of the coming week: the board's SQL load, a drop
// committed (DispatchRepository::assign), and the same move seen by another board through LISTEN/NOTIFY.
int runDispatchBench(QStringList args, CommandContext &ctx);
} // namespace ops
