#pragma once

#include <memory>

#include <QStringList>

class QObject;
class QTextStream;

namespace ops {
struct CommandContext;
// cpe sync [--full] [--page N] [--json]: GenieACS → the CPE status store (issue 15, docs/network.md).
int runCpeSyncCommand(QStringList args, CommandContext &ctx);
// outage scan [--all] [--json] | outage open OLT:PORT [--force] | outage close OLT:PORT --message TEXT
int runOutageCommand(QStringList args, CommandContext &ctx);
// The worker's periodic CPE sync (its own thread and connection); null when GenieACS is not configured.
std::unique_ptr<QObject> startCpeSyncPump(const QString &conninfo, QTextStream &err, int intervalMs = 5 * 60 * 1000);
} // namespace ops
