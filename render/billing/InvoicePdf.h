#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/common/Result.h"

class QImage;

namespace ops::billing {

struct InvoiceDocument;
struct InvoicePreview;

// The invoice (or credit note) as a PDF, in the invoice's language (French unless it is "en"), whatever the language
// of the screen: company block, customer and service address, period, lines, subtotal, GST and QST on separate lines
// with the registration numbers, total, paid, balance, due date and payment instructions. Letter paper. HTML through
// QTextDocument printed by QPdfWriter: needs a QGuiApplication (QT_QPA_PLATFORM=offscreen when headless), no window.
// Lives in ops_render (render/, Qt GUI), not in ops_core.
class InvoicePdf
{
public:
    static QString html(const InvoiceDocument &doc);
    static Result<QByteArray> render(const InvoiceDocument &doc);
    // The PDF and its pages as images at dpi (the in-app preview), from one layout: what the pane shows is the PDF.
    // Safe on any thread (no widget; QTextDocument and QPainter on QImage/QPdfWriter), like render().
    static Result<InvoicePreview> preview(const InvoiceDocument &doc, int dpi = kPreviewDpi);
    static Result<QList<QImage>> pageImages(const InvoiceDocument &doc, int dpi = kPreviewDpi);
    static constexpr int kPreviewDpi = 110;
    static Status write(const InvoiceDocument &doc, const QString &path); // replaces the file
    // "facture-INV-00042.pdf", "invoice-INV-00042.pdf", "note-de-credit-INV-00050.pdf", "credit-note-INV-00050.pdf"
    static QString fileName(const InvoiceDocument &doc);
};

} // namespace ops::billing
