#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// payments ppa-run --date YYYY-MM-DD [--json]: the PPA run of that date against Stripe (TARGO_STRIPE_*; the rate
// limit is TARGO_STRIPE_RATE_PER_SEC, 25 by default). Exit 0 when every request was answered (declines included),
// 2 for bad input or Stripe not configured, 3 when attempts were left 'sending' (Stripe unreachable, the key
// refused): run it again, they are resent with the same keys; 1 for other errors.
int runPpaRun(QStringList args, CommandContext &ctx);
// stripe apply-events [--max-pages N] [--json]: Stripe's events since the stored cursor applied, each once.
int runStripeApplyEvents(QStringList args, CommandContext &ctx);
} // namespace ops
