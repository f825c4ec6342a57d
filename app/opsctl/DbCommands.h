#pragma once

#include <QFuture>
#include <QStringList>

#include "core/common/Result.h"

namespace ops {
struct CommandContext;
struct EmbeddedOptions;
int runDbCommand(QStringList args, CommandContext &ctx);
// Headless: waits for a credential store read in a local event loop (fine in this tool, never in the GUI).
Result<QString> awaitSecret(const QFuture<Result<QString>> &future);
// The launcher options of the embedded cluster in `embeddedDir`: in TCP + password mode (Windows, TARGO_PG_TCP=1)
// with its password from the credential store (made and stored at the first start).
Result<EmbeddedOptions> embeddedLaunchOptions(const QString &embeddedDir);
} // namespace ops
