#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;

// targo-opsctl billing invoice ... (args start after "invoice"):
//   pdf INV-CODE --out FILE     the invoice (or credit note) as a PDF in the customer's language
//   credit INV-CODE             a credit note that corrects the invoice in full (taxes reversed)
//   void INV-CODE               a draft invoice becomes void
//   show INV-CODE               the invoice, its taxes and its e-mail's delivery state (--json)
// Renders PDFs: the process must have a QGuiApplication (main.cpp makes one, offscreen, for the billing commands).
int runInvoiceCommand(QStringList args, CommandContext &ctx);
// targo-opsctl billing send --period YYYY-MM (args start after "send"): the e-mail of each invoice of the period,
// with its PDF, into the outbox (Mailjet sender from TARGO_MAILJET_FROM_EMAIL); the worker sends them.
int runBillingSend(QStringList args, CommandContext &ctx);
// True when a command line needs a QGuiApplication (billing invoice pdf, billing send, bench invoice-pdf).
bool invoiceCommandNeedsGui(int argc, char *argv[]);
} // namespace ops
