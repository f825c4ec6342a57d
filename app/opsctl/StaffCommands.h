#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// staff add LOGIN --group dispatcher|billing|manager|admin --name NAME [--email E] [--password-stdin]
// staff list [--json] | staff set-group LOGIN GROUP | staff deactivate LOGIN | staff reset-password LOGIN
// [--password-stdin]. Without --password-stdin, add and reset-password print the generated temporary password once
// (alone on standard output; the explanation goes to standard error).
int runStaffCommand(QStringList args, CommandContext &ctx);
} // namespace ops
