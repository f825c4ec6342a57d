#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// campaign create|preview|list (the audience side, issue 14; the sender's subcommands are in
// CampaignSendCommands.cpp). Exit 0 done; 2 bad input (options, files, templates, segment, CASL requirements),
// nothing written; 1 other errors.
//   campaign create --name N --channel email|sms --classification transactional|commercial --template-fr FILE
//       --template-en FILE [--subject-fr S --subject-en S] (--segment JSON | --csv FILE) [--json]
//   campaign preview CODE [--recipient ADDR] [--json]
//   campaign list [--json]
int runCampaignCommand(QStringList args, CommandContext &ctx);
// bench campaign-segment [--runs N]: segment counts while a filter is edited step by step over the demo base
// (p95 target 100 ms, aim 20 ms).
int runCampaignSegmentBench(QStringList args, CommandContext &ctx);
} // namespace ops
