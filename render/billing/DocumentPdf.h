#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/common/Result.h"

class QImage;

namespace ops::billing {

struct InvoicePreview;

// Lays an HTML document out once at the PDF writer's resolution (letter paper, 15 mm margins) and draws it page by
// page into a PDF and, when pages is given, into one image per page at dpi (what the preview shows is the PDF). Each
// page gets a footer: footerLeft on the left, pageLabel.arg(page).arg(count) on the right (empty: none). Tables
// with a <thead> repeat their header rows on every page. Needs a QGuiApplication (offscreen is enough); any thread.
struct PdfPageSetup
{
    QString title;
    QString creator;
    QString footerLeft;
    QString pageLabel; // "Page %1 of %2"
};

Result<QByteArray> renderHtmlPdf(const QString &html, const PdfPageSetup &setup, int pageDpi = 0,
    QList<QImage> *pages = nullptr, int *pageCount = nullptr);
// The PDF and its pages as PNG images, ready for InvoicePreviewDialog.
Result<InvoicePreview> previewHtmlPdf(const QString &html, const PdfPageSetup &setup, const QString &fileName, int dpi);
// Writes bytes to path atomically (QSaveFile): Validation error naming the path when it cannot.
Status writePdfFile(const QByteArray &bytes, const QString &path);

} // namespace ops::billing
