#pragma once

#include <QStringList>

namespace ops {
struct CommandContext;
// targo-opsctl bench invoice-pdf [--runs N] [--code INV-CODE] (args start after "invoice-pdf"): one invoice's PDF,
// loaded once, rendered N times; median and p95 in ms into invoice-pdf.json (target 50 ms, aim 15 ms). Default
// invoice: the demo invoice with the most lines. Needs a QGuiApplication (main.cpp makes one, offscreen).
int runInvoicePdfBench(QStringList args, CommandContext &ctx);
// targo-opsctl bench invoice-list [--runs N]: the invoice list's first page and its deepest page (keyset, 200 rows,
// no filter) on the demo data (115,000+ invoices): invoice-list-first.json (target 50 ms) and
// invoice-list-deepest.json (target 1.5 × the first page's p95).
int runInvoiceListBench(QStringList args, CommandContext &ctx);
} // namespace ops
