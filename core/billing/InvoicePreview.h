#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ops::billing {

// An invoice (or a sample) ready to be shown inside the application: the PDF as the customer receives it, and the
// same pages as PNG images (rendered from the same laid-out QTextDocument, off the GUI thread) for the preview pane.
struct InvoicePreview
{
    QString title; // "Facture INV-00042"
    QString fileName; // "facture-INV-00042.pdf"
    QByteArray pdf;
    QList<QByteArray> pages; // PNG, one per page
    int dpi = 0; // the pages' resolution
};

} // namespace ops::billing

Q_DECLARE_METATYPE(ops::billing::InvoicePreview)
