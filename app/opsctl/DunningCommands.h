#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// billing dunning --date YYYY-MM-DD [--preview] [--json]: the dunning run of the date (or, with --preview, what it
// would record, writing nothing). Exit 0 done; 2 bad input (a date, an unknown option, a message due whose channel is
// not set up: TARGO_MAILJET_FROM_EMAIL, TARGO_TWILIO_ACCOUNT_SID and TARGO_TWILIO_FROM, or the integration
// settings), nothing written; 1 other errors.
int runBillingDunning(QStringList args, CommandContext &ctx);
// billing hold CUST-CODE --until YYYY-MM-DD --reason TEXT [--json]: the customer is skipped by dunning until that date.
int runBillingHold(QStringList args, CommandContext &ctx);
// bench dunning [--runs N]: the preview for the whole base as of today (target 2 s, aim 300 ms), median and p95.
int runDunningBench(QStringList args, CommandContext &ctx);
} // namespace ops
