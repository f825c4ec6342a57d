#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;

// targo-opsctl payments receipt PAY-CODE --out FILE.pdf [--lang fr|en] [--json] (args start after "receipt"):
// the payment's receipt as a PDF in the customer's language (or --lang).
int runPaymentReceipt(QStringList args, CommandContext &ctx);
// targo-opsctl billing statement CUST-CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en] [--json]
// (args start after "statement"): the customer's statement for the range. JSON: opening and closing balance, lines,
// pages, aging buckets. Bad input (dates, from after to, unknown code, unwritable path): exit 2, nothing written.
int runBillingStatement(QStringList args, CommandContext &ctx);
// bench statement [--runs N] [--code CUST-CODE] [--months M]: the statement PDF of the customer with the most
// movements over the last M months (24), loaded and rendered N times; target median ≤ 200 ms.
int runStatementBench(QStringList args, CommandContext &ctx);
// `--lang` is also the tool's own option (the language of its messages): after `payments receipt` or `billing
// statement` (or `gps notice`) it names the document's language instead. Rewrites that one into --document-lang
// (call before the global options are taken).
void takeDocumentLanguage(QStringList &args);
// True when the command line prints a receipt or a statement (needs a QGuiApplication, offscreen).
bool documentCommandNeedsGui(int argc, char *argv[]);
} // namespace ops
