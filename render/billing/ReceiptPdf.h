#pragma once

#include <QByteArray>
#include <QString>

#include "core/common/Result.h"

namespace ops::billing {

struct InvoicePreview;
struct ReceiptDocument;
struct StatementDocument;

// A payment's receipt as a PDF in the customer's language (French unless "en"): the company block, the customer, the
// payment (code, date received, method, reference, amount), the invoices it paid with what each still owes, what
// stayed as credit, the account's balance now; a reversed or refunded payment says so at the top in bold. Letter
// paper, QTextDocument drawn by QPdfWriter (render/billing/DocumentPdf): needs a QGuiApplication, no window.
class ReceiptPdf
{
public:
    static QString html(const ReceiptDocument &doc);
    static Result<QByteArray> render(const ReceiptDocument &doc);
    static Result<InvoicePreview> preview(const ReceiptDocument &doc, int dpi = 110);
    static Status write(const ReceiptDocument &doc, const QString &path); // replaces the file
    static QString title(const ReceiptDocument &doc); // "Reçu de paiement PAY-00042"
    static QString fileName(const ReceiptDocument &doc); // "recu-PAY-00042.pdf" / "receipt-PAY-00042.pdf"
};

// A customer's statement for a date range: the opening balance, every movement with the running balance (the
// table's header repeats on each page), the closing balance and the aging of what is open at the end; "Page n of m"
// at the foot of each page.
class StatementPdf
{
public:
    static QString html(const StatementDocument &doc);
    static Result<QByteArray> render(const StatementDocument &doc, int *pageCount = nullptr);
    static Result<InvoicePreview> preview(const StatementDocument &doc, int dpi = 110);
    static Status write(const StatementDocument &doc, const QString &path);
    static QString title(const StatementDocument &doc); // "État de compte CUST-00042"
    // "etat-de-compte-CUST-00042-2026-12-31.pdf" / "statement-CUST-00042-2026-12-31.pdf"
    static QString fileName(const StatementDocument &doc);
};

} // namespace ops::billing
