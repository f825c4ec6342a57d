#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// inbound pull [--json]: Mailjet's excluded contacts and Twilio's STOP replies into the consent ledger, the other SMS
// answers threaded onto tickets (docs/campaigns.md). Exit 0 when every configured provider was read, 1 when one
// failed (what the others gave is stored; its cursor stays), 2 for bad input or neither provider configured.
int runInboundCommand(QStringList args, CommandContext &ctx);
} // namespace ops
