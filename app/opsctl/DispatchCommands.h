#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// dispatch board --date YYYY-MM-DD | check JOB --tech DT --start ISO | assign JOB --tech DT --start ISO
// [--duration MIN] [--expect-version N] | unassign JOB | status JOB STATUS [--reason TEXT] | eta JOB [--send];
// --json on each.
// A refusal (a rule, or a stale version) exits with 3 and lists every broken rule with its code.
int runDispatchCommand(QStringList args, CommandContext &ctx);
} // namespace ops
