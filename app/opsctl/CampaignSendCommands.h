#pragma once

#include <memory>

#include <QStringList>

class QTextStream;
class QTimer;

namespace ops {
struct CommandContext;

// The sending side of `campaign` (issue 14, docs/campaigns.md "Sending"):
//   campaign send CODE [--wait] [--json]      start (and with --wait: drive the outbox until done, print totals)
//   campaign pause|resume|cancel CODE
//   campaign resend CODE (--recipient ADDR | --all-failed)
//   campaign decide CODE --recipient ADDR (--sent | --resend)   an ambiguous send
//   campaign status CODE [--json]             the live numbers (sent, failed, skipped, ambiguous, rate)
//   campaign report CODE --out FILE.csv
bool isCampaignSendCommand(const QString &sub);
int runCampaignSendCommand(const QString &sub, QStringList args, CommandContext &ctx);

// `targo-opsctl worker` continues the campaigns being sent: every intervalMs, on the calling thread with its own
// connection, collects the finished outbox rows and queues the next recipients (CampaignSender::tick). Errors are
// written to err (each distinct one once). Stops when the timer is destroyed.
std::unique_ptr<QTimer> startCampaignPump(const QString &conninfo, QTextStream &err, int intervalMs = 500);
} // namespace ops
