#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// payments add CUST-CODE --amount CENTS --method cash|cheque|etransfer [--reference R] [--date YYYY-MM-DD]
// | payments reverse PAY-CODE --reason TEXT; --json on each. Bad input (an amount that is not above zero, an unknown
// customer or method, a reason missing) exits with 2 and writes nothing; a payment that cannot be reversed (already
// reversed) with 3; other errors with 1.
int runPaymentsCommand(QStringList args, CommandContext &ctx);
// billing verify [--json]: every customer's balance recomputed; exit 0 when all agree, 4 when any differs.
int runBillingVerify(QStringList args, CommandContext &ctx);
// bench payments [--runs N]: a payment with oldest-first allocation saved on the demo data, p95 (target ≤ 50 ms).
int runPaymentsBench(QStringList args, CommandContext &ctx);
} // namespace ops
