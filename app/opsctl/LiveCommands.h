#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// bench live [--runs N]: commit → ChangeFeed::changed → customer re-read, across two connections (S=1 data expected).
int runLiveBench(QStringList args, CommandContext &ctx);
} // namespace ops
