#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// billing run --period YYYY-MM [--preview] | billing charge CUST-CODE --amount CENTS --description TEXT
// [--quantity N] [--tax-exempt]; --json on each. Bad input (a period in another shape or beyond next month, a
// credit marked taxable) exits with 2; a run the data refuses (a negative taxable subscription price, registration
// numbers missing) with 3; other errors with 1. When app/opsctl/InvoiceCommands.h exists (helper invoicepdf), the
// `billing invoice ...` and `billing send ...` subcommands are its runInvoiceCommand / runBillingSend.
int runBillingCommand(QStringList args, CommandContext &ctx);
} // namespace ops
