#pragma once

#include <QJsonObject>
#include <QStringList>

namespace ops::outbox {
struct OutboxItem;
}

namespace ops {
struct CommandContext;
// An outbox row as printed by --json.
QJsonObject outboxItemJson(const outbox::OutboxItem &item);
// outbox list|retry|cancel
int runOutboxCommand(QStringList args, CommandContext &ctx);
// worker: drains the outbox until SIGTERM/SIGINT (exit 0)
int runWorkerCommand(QStringList args, CommandContext &ctx);
} // namespace ops
