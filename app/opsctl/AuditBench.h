#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// bench audit [--runs N]: the customer-file save path (CustomerWriteRepository::saveCustomer, one committed update)
// with the audit trigger on and off, in alternating blocks on the current database (S=1 demo data expected). Writes
// customer_save_audited.json: the audited samples against 1.15 × the p95 without the trigger (issue 9: the audit
// adds at most 15 %), with both medians and the overheads. Needs a superuser (it switches the trigger).
int runAuditBench(QStringList args, CommandContext &ctx);
} // namespace ops
