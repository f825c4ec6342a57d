#include "render/billing/DocumentPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include "core/billing/InvoicePreview.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

constexpr int kDpi = 300; // the writer's resolution: the layout's device pixels
constexpr qreal kFooterInches = 0.3;

Error renderError(const QString &title)
{
    return Error::make(Error::Kind::Internal,
        QCoreApplication::translate("ops::billing::DocumentPdf", "The PDF of %1 could not be made.").arg(title));
}

} // namespace

Result<QByteArray> renderHtmlPdf(
    const QString &html, const PdfPageSetup &setup, int pageDpi, QList<QImage> *pages, int *pageCount)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(setup.title);
        writer.setCreator(setup.creator.isEmpty() ? u"Targo Ops"_s : setup.creator);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(kDpi);
        QTextDocument text;
        text.documentLayout()->setPaintDevice(&writer);
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QRect full = writer.pageLayout().fullRectPixels(writer.resolution());
        const qreal footer = kFooterInches * kDpi;
        const qreal bodyHeight = page.height() - footer;
        text.setPageSize(QSizeF(page.width(), bodyHeight));
        text.setDocumentMargin(0);
        text.setHtml(html);
        const int count = text.pageCount();
        QFont footerFont = text.defaultFont();
        footerFont.setPointSizeF(7.5);
        const auto drawPage = [&](QPainter &painter, int i) {
            painter.save();
            painter.translate(0, -i * bodyHeight);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * bodyHeight, page.width(), bodyHeight);
            text.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            const QRectF band(0, page.height() - footer * 0.8, page.width(), footer * 0.8);
            if (!setup.footerLeft.isEmpty())
                painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, setup.footerLeft);
            if (!setup.pageLabel.isEmpty())
                painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, setup.pageLabel.arg(i + 1).arg(count));
            painter.restore();
        };
        QPainter painter(&writer);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                writer.newPage();
            drawPage(painter, i);
        }
        painter.end();
        if (pageCount)
            *pageCount = count;
        if (pages && pageDpi > 0) {
            const qreal scale = qreal(pageDpi) / kDpi;
            const QSize size(qRound(full.width() * scale), qRound(full.height() * scale));
            const QPointF margin = page.topLeft() - QPointF(full.topLeft());
            for (int i = 0; i < count; ++i) {
                QImage image(size, QImage::Format_RGB32);
                image.fill(Qt::white);
                image.setDotsPerMeterX(qRound(kDpi / 0.0254));
                image.setDotsPerMeterY(qRound(kDpi / 0.0254));
                QPainter p(&image);
                p.setRenderHint(QPainter::Antialiasing);
                p.setRenderHint(QPainter::TextAntialiasing);
                p.scale(scale, scale);
                p.translate(margin);
                drawPage(p, i);
                p.end();
                pages->append(image);
            }
        }
    }
    if (!bytes.startsWith("%PDF"))
        return renderError(setup.title);
    return bytes;
}

Result<InvoicePreview> previewHtmlPdf(const QString &html, const PdfPageSetup &setup, const QString &fileName, int dpi)
{
    QList<QImage> images;
    auto pdf = renderHtmlPdf(html, setup, dpi, &images);
    if (!pdf.ok())
        return pdf.error();
    InvoicePreview out;
    out.title = setup.title;
    out.fileName = fileName;
    out.pdf = pdf.value();
    out.dpi = dpi;
    for (const QImage &image : std::as_const(images)) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG", 80))
            return renderError(setup.title);
        out.pages.append(png);
    }
    return out;
}

Status writePdfFile(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing::DocumentPdf", "The PDF cannot be written to %1: %2")
                .arg(path, file.errorString()));
    return success();
}

} // namespace ops::billing
