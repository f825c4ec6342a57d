#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// customer export-personal-data CODE --out FILE: everything stored about one customer (Law 25 request) as a ZIP of
// CSV + JSON files (PersonalDataExport), recorded in the audit. Exit 1 for an unknown customer or an unwritable path
// (no file left), 2 for a usage error.
int runCustomerCommand(QStringList args, CommandContext &ctx);
} // namespace ops
