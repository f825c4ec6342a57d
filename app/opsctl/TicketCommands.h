#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// bench tickets [--runs N]: ticket list pages on the current database (S=1 demo data expected).
int runTicketBench(QStringList args, CommandContext &ctx);
// tickets export --out FILE [--status S[,S]] [--type T] [--important] [--text T] [--sort created-desc|created-asc|
// updated-desc] [--separator C] [--max N]: matching tickets to a CSV file (TicketExport).
// tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR] [--json]: a reply on the ticket;
// email and sms reach the customer through the outbox (TicketRepository::sendReply).
int runTicketCommand(QStringList args, CommandContext &ctx);
// bench export [--runs N]: CSV export of all tickets (median/p95 vs 10 s, peak RSS of a 10k and a full export).
int runExportBench(QStringList args, CommandContext &ctx);
} // namespace ops
