#include "render/billing/InvoicePdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include "core/billing/InvoiceDocument.h"
#include "core/billing/InvoicePreview.h"
#include "core/billing/InvoiceText.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

constexpr int kDpi = 300; // the writer's resolution: CSS pixels below are device pixels at this resolution

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString lines(const QStringList &l)
{
    QStringList out;
    for (const QString &s : l) {
        if (!s.trimmed().isEmpty())
            out << esc(s);
    }
    return out.join(u"<br>"_s);
}

QString multiline(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), u"<br>"_s);
}

// One tax row: the stored row when there is one, else the invoice's amount with the company's number.
struct TaxRow
{
    QString name;
    QString rate;
    QString number;
    qint64 amount = 0;
};

TaxRow taxRow(const InvoiceDocument &doc, bool gst, bool fr)
{
    const InvoiceTax *t = doc.tax(gst ? u"GST"_s : u"QST"_s);
    TaxRow r;
    r.name = invoiceLabel(gst ? InvoiceLabel::Gst : InvoiceLabel::Qst, fr);
    r.rate = invoiceRate(t ? t->ratePpm : (gst ? 50000 : 99750), fr);
    r.number = t && !t->registrationNumber.isEmpty() ? t->registrationNumber
                                                     : (gst ? doc.company.gstNumber : doc.company.qstNumber);
    r.amount = t ? t->amountCents : (gst ? doc.gstCents : doc.qstCents);
    return r;
}

} // namespace

QString InvoicePdf::html(const InvoiceDocument &doc)
{
    const bool fr = doc.isFrench();
    auto L = [fr](InvoiceLabel l) {
        return esc(invoiceLabel(l, fr));
    };
    auto money = [fr](qint64 cents) {
        return esc(invoiceMoney(cents, fr));
    };
    const QString title = L(doc.isCreditNote() ? InvoiceLabel::CreditNote : InvoiceLabel::Invoice);

    QString h;
    h.reserve(6000 + 300 * doc.lines.size());
    h += u"<html><head><meta charset=\"utf-8\"><style>"
         "body{font-size:9pt;} h1{font-size:16pt;margin:0;} .co{font-size:12pt;font-weight:bold;}"
         "td{padding:1px 6px;vertical-align:top;} th{text-align:left;padding:2px 6px;border-bottom:3px solid #444;}"
         ".r{text-align:right;} .tot td{font-weight:bold;border-top:3px solid #444;} .small{font-size:8pt;color:#333;}"
         "</style></head><body>"_s;

    // Company block (left) and the document's identity (right).
    QStringList company;
    company << u"<span class=\"co\">%1</span>"_s.arg(esc(doc.company.name));
    if (const QString a = lines(doc.company.addressLines); !a.isEmpty())
        company << a;
    if (!doc.company.phone.isEmpty())
        company << u"%1 %2"_s.arg(L(InvoiceLabel::Phone), esc(doc.company.phone));
    if (!doc.company.email.isEmpty())
        company << u"%1 %2"_s.arg(L(InvoiceLabel::Email), esc(doc.company.email));
    h += u"<table width=\"100%\" cellspacing=\"0\"><tr><td width=\"50%\">%1</td><td width=\"50%\">"_s.arg(
        company.join(u"<br>"_s));
    h += u"<h1>%1</h1><table cellspacing=\"0\">"_s.arg(title);
    auto idRow = [&h](const QString &label, const QString &value) {
        h += u"<tr><td>%1</td><td><b>%2</b></td></tr>"_s.arg(label, value);
    };
    idRow(L(InvoiceLabel::Number), esc(doc.code));
    idRow(L(InvoiceLabel::IssueDate), esc(invoiceDate(doc.issueDate, fr)));
    if (!doc.isCreditNote())
        idRow(L(InvoiceLabel::DueDate), esc(invoiceDate(doc.dueDate, fr)));
    idRow(L(InvoiceLabel::Period), esc(invoicePeriod(doc.periodStart, doc.periodEnd, fr)));
    idRow(L(InvoiceLabel::CustomerNumber), esc(doc.customerCode));
    h += u"</table>"_s;
    if (doc.isCreditNote() && !doc.correctsCode.isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(invoiceLabel(InvoiceLabel::Corrects, fr).arg(doc.correctsCode)));
    h += u"</td></tr></table><br>"_s;

    // Customer and service address.
    h += u"<table width=\"100%\" cellspacing=\"0\"><tr><td width=\"50%\"><b>%1</b><br>%2"_s.arg(
        L(InvoiceLabel::BillTo), esc(doc.customerName));
    if (!doc.billingAddress.isEmpty())
        h += u"<br>"_s + lines(doc.billingAddress.lines);
    h += u"</td><td width=\"50%\">"_s;
    if (!doc.serviceAddress.isEmpty())
        h += u"<b>%1</b><br>%2"_s.arg(L(InvoiceLabel::ServiceAddress), lines(doc.serviceAddress.lines));
    h += u"</td></tr></table><br>"_s;

    // Lines.
    h += u"<table width=\"100%\" cellspacing=\"0\"><tr><th width=\"56%\">%1</th><th class=\"r\" width=\"10%\">%2</th>"
         "<th class=\"r\" width=\"17%\">%3</th><th class=\"r\" width=\"17%\">%4</th></tr>"_s.arg(
             L(InvoiceLabel::Description), L(InvoiceLabel::Quantity), L(InvoiceLabel::UnitPrice),
             L(InvoiceLabel::Amount));
    const QLocale locale = invoiceLocale(fr);
    for (const InvoiceLine &line : doc.lines) {
        h += u"<tr><td>%1</td><td class=\"r\">%2</td><td class=\"r\">%3</td><td class=\"r\">%4</td></tr>"_s.arg(
            esc(line.description), esc(locale.toString(line.quantity)), money(line.unitPriceCents),
            money(line.amountCents));
    }
    h += u"</table><br>"_s;

    // Totals: subtotal, GST and QST each on its own line with its registration number, total, paid, balance.
    h += u"<table width=\"100%\" cellspacing=\"0\">"_s;
    auto totalRow = [&h](const QString &label, const QString &value, const char *cls = "") {
        h += u"<tr class=\"%1\"><td width=\"75%\" class=\"r\">%2</td><td width=\"25%\" class=\"r\">%3</td></tr>"_s.arg(
            QLatin1String(cls), label, value);
    };
    totalRow(L(InvoiceLabel::Subtotal), money(doc.subtotalCents));
    for (bool gst : {true, false}) {
        const TaxRow t = taxRow(doc, gst, fr);
        totalRow(
            esc(u"%1 (%2) — %3"_s.arg(t.name, t.rate, invoiceLabel(InvoiceLabel::RegistrationNo, fr).arg(t.number))),
            money(t.amount));
    }
    totalRow(L(doc.isCreditNote() ? InvoiceLabel::CreditTotal : InvoiceLabel::Total), money(doc.totalCents), "tot");
    if (!doc.isCreditNote()) {
        if (doc.paidCents != 0)
            totalRow(L(InvoiceLabel::Paid), money(-doc.paidCents));
        totalRow(u"%1 — %2 %3"_s.arg(
                     L(InvoiceLabel::BalanceDue), L(InvoiceLabel::DueDate), esc(invoiceDate(doc.dueDate, fr))),
            money(doc.balanceDueCents()), "tot");
    }
    h += u"</table>"_s;

    if (!doc.payments.isEmpty()) {
        h += u"<p><b>%1</b><br>"_s.arg(L(InvoiceLabel::Payments));
        QStringList p;
        for (const InvoicePaymentAllocation &a : doc.payments) {
            p << esc(u"%1 — %2 — %3"_s.arg(
                a.paymentCode, invoiceDate(a.receivedAt.toLocalTime().date(), fr), invoiceMoney(a.amountCents, fr)));
        }
        h += p.join(u"<br>"_s) + u"</p>"_s;
    }

    const QString instructions = fr ? doc.company.paymentInstructionsFr : doc.company.paymentInstructionsEn;
    if (!doc.isCreditNote() && !instructions.trimmed().isEmpty())
        h += u"<p class=\"small\"><b>%1</b><br>%2</p>"_s.arg(
            L(InvoiceLabel::PaymentInstructions), multiline(instructions));
    h += u"</body></html>"_s;
    return h;
}

namespace {

QString documentTitle(const InvoiceDocument &doc)
{
    return u"%1 %2"_s.arg(
        invoiceLabel(doc.isCreditNote() ? InvoiceLabel::CreditNote : InvoiceLabel::Invoice, doc.isFrench()), doc.code);
}

// Lays the invoice out once, directly at the writer's resolution (QTextDocument::print() would clone the document and
// lay it out a second time), then draws it page by page into the PDF and, when pageDpi > 0, into one image per page
// (the same layout scaled: what the preview shows is what the PDF holds).
Result<QByteArray> renderPages(const InvoiceDocument &doc, int pageDpi, QList<QImage> *pages)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(documentTitle(doc));
        writer.setCreator(doc.company.name.isEmpty() ? u"Targo Ops"_s : doc.company.name);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(kDpi);
        QTextDocument text;
        text.documentLayout()->setPaintDevice(&writer);
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QRect full = writer.pageLayout().fullRectPixels(writer.resolution());
        text.setPageSize(page.size());
        text.setDocumentMargin(0);
        text.setHtml(InvoicePdf::html(doc));
        const auto drawPage = [&text, &page](QPainter &painter, int i) {
            painter.save();
            painter.translate(0, -i * page.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * page.height(), page.width(), page.height());
            text.documentLayout()->draw(&painter, context);
            painter.restore();
        };
        QPainter painter(&writer);
        const int count = text.pageCount();
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                writer.newPage();
            drawPage(painter, i);
        }
        if (pages && pageDpi > 0) {
            const qreal scale = qreal(pageDpi) / kDpi;
            const QSize size(qRound(full.width() * scale), qRound(full.height() * scale));
            const QPointF margin = page.topLeft() - QPointF(full.topLeft());
            for (int i = 0; i < count; ++i) {
                QImage image(size, QImage::Format_RGB32);
                image.fill(Qt::white);
                // The layout's fonts are sized for kDpi: the image claims that resolution, the painter scales down.
                image.setDotsPerMeterX(qRound(kDpi / 0.0254));
                image.setDotsPerMeterY(qRound(kDpi / 0.0254));
                QPainter p(&image);
                p.setRenderHint(QPainter::Antialiasing);
                p.setRenderHint(QPainter::TextAntialiasing);
                p.setRenderHint(QPainter::SmoothPixmapTransform);
                p.scale(scale, scale);
                p.translate(margin);
                drawPage(p, i);
                p.end();
                pages->append(image);
            }
        }
    }
    if (!bytes.startsWith("%PDF"))
        return Error::make(Error::Kind::Internal,
            QCoreApplication::translate("ops::billing::InvoicePdf", "The PDF of invoice %1 could not be made.")
                .arg(doc.code));
    return bytes;
}

} // namespace

Result<QByteArray> InvoicePdf::render(const InvoiceDocument &doc)
{
    return renderPages(doc, 0, nullptr);
}

Result<QList<QImage>> InvoicePdf::pageImages(const InvoiceDocument &doc, int dpi)
{
    QList<QImage> pages;
    auto pdf = renderPages(doc, dpi, &pages);
    if (!pdf.ok())
        return pdf.error();
    return pages;
}

Result<InvoicePreview> InvoicePdf::preview(const InvoiceDocument &doc, int dpi)
{
    QList<QImage> images;
    auto pdf = renderPages(doc, dpi, &images);
    if (!pdf.ok())
        return pdf.error();
    InvoicePreview out;
    out.title = documentTitle(doc);
    out.fileName = fileName(doc);
    out.pdf = pdf.value();
    out.dpi = dpi;
    for (const QImage &image : std::as_const(images)) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        // Light compression: the pages go from one thread to another, not to disk.
        if (!image.save(&buffer, "PNG", 80))
            return Error::make(Error::Kind::Internal,
                QCoreApplication::translate("ops::billing::InvoicePdf", "The PDF of invoice %1 could not be made.")
                    .arg(doc.code),
                u"PNG encoding failed"_s);
        out.pages.append(png);
    }
    return out;
}

Status InvoicePdf::write(const InvoiceDocument &doc, const QString &path)
{
    auto bytes = render(doc);
    if (!bytes.ok())
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing::InvoicePdf", "The PDF cannot be written to %1: %2")
                .arg(path, file.errorString()));
    return success();
}

QString InvoicePdf::fileName(const InvoiceDocument &doc)
{
    const bool fr = doc.isFrench();
    const QString stem =
        doc.isCreditNote() ? (fr ? u"note-de-credit"_s : u"credit-note"_s) : (fr ? u"facture"_s : u"invoice"_s);
    return u"%1-%2.pdf"_s.arg(stem, doc.code);
}

} // namespace ops::billing
