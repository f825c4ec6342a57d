#include "render/billing/ReceiptPdf.h"

#include "core/billing/CustomerDocuments.h"
#include "core/billing/InvoicePreview.h"
#include "core/billing/InvoiceText.h"
#include "render/billing/DocumentPdf.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString joined(const QStringList &l)
{
    QStringList out;
    for (const QString &s : l) {
        if (!s.trimmed().isEmpty())
            out << esc(s);
    }
    return out.join(u"<br>"_s);
}

const QString kStyle = u"<html><head><meta charset=\"utf-8\"><style>"
                       "body{font-size:9pt;} h1{font-size:16pt;margin:0;} .co{font-size:12pt;font-weight:bold;}"
                       "td{padding:1px 6px;vertical-align:top;} th{text-align:left;padding:2px 6px;"
                       "border-bottom:3px solid #444;} .r{text-align:right;white-space:nowrap;} "
                       ".nw{white-space:nowrap;} .tot td{font-weight:bold;"
                       "border-top:3px solid #444;} .small{font-size:8pt;color:#333;} .warn{color:#a00000;"
                       "font-weight:bold;font-size:11pt;}"
                       "</style></head><body>"_s;

// The company block (left) and the document's identity rows (right).
QString header(const CompanySettings &co, const QString &title, const QList<QPair<QString, QString>> &ids, bool fr)
{
    QStringList company;
    company << u"<span class=\"co\">%1</span>"_s.arg(esc(co.name));
    if (const QString a = joined(co.addressLines); !a.isEmpty())
        company << a;
    if (!co.phone.isEmpty())
        company << u"%1 %2"_s.arg(esc(invoiceLabel(InvoiceLabel::Phone, fr)), esc(co.phone));
    if (!co.email.isEmpty())
        company << u"%1 %2"_s.arg(esc(invoiceLabel(InvoiceLabel::Email, fr)), esc(co.email));
    QString h = u"<table width=\"100%\" cellspacing=\"0\"><tr><td width=\"50%\">%1</td><td width=\"50%\">"_s.arg(
        company.join(u"<br>"_s));
    h += u"<h1>%1</h1><table cellspacing=\"0\">"_s.arg(esc(title));
    for (const auto &[label, value] : ids)
        h += u"<tr><td>%1</td><td><b>%2</b></td></tr>"_s.arg(esc(label), esc(value));
    h += u"</table></td></tr></table><br>"_s;
    return h;
}

QString customerBlock(const QString &name, const PostalAddress &address, bool fr)
{
    QString h = u"<p><b>%1</b><br>%2"_s.arg(esc(docLabel(DocLabel::Customer, fr)), esc(name));
    if (!address.isEmpty())
        h += u"<br>"_s + joined(address.lines);
    return h + u"</p>"_s;
}

} // namespace

QString ReceiptPdf::title(const ReceiptDocument &doc)
{
    return u"%1 %2"_s.arg(docLabel(DocLabel::Receipt, doc.isFrench()), doc.code);
}

QString ReceiptPdf::fileName(const ReceiptDocument &doc)
{
    return u"%1-%2.pdf"_s.arg(doc.isFrench() ? u"recu"_s : u"receipt"_s, doc.code);
}

QString ReceiptPdf::html(const ReceiptDocument &doc)
{
    const bool fr = doc.isFrench();
    auto L = [fr](DocLabel l) {
        return esc(docLabel(l, fr));
    };
    auto money = [fr](qint64 cents) {
        return esc(invoiceMoney(cents, fr));
    };
    QString h = kStyle;
    QList<QPair<QString, QString>> ids{{docLabel(DocLabel::PaymentNo, fr), doc.code},
        {docLabel(DocLabel::ReceivedOn, fr), invoiceDate(quebecDate(doc.receivedAt), fr)},
        {docLabel(DocLabel::CustomerNumber, fr), doc.customerCode}};
    h += header(doc.company, docLabel(DocLabel::Receipt, fr), ids, fr);
    if (doc.isReversed())
        h += u"<p class=\"warn\">%1</p>"_s.arg(
            esc(docLabel(DocLabel::Reversed, fr).arg(invoiceDate(quebecDate(doc.reversedAt), fr), doc.reversalReason)));
    else if (!doc.counts())
        h += u"<p class=\"warn\">%1</p>"_s.arg(esc(docLabel(DocLabel::NotCounted, fr).arg(doc.status)));
    for (const ReceiptRefund &r : doc.refunds)
        h += u"<p class=\"warn\">%1</p>"_s.arg(
            esc(docLabel(DocLabel::Refunded, fr)
                    .arg(invoiceDate(quebecDate(r.at), fr), invoiceMoney(r.amountCents, fr), r.reason)));
    h += customerBlock(doc.customerName, doc.billingAddress, fr);

    // The payment itself.
    h += u"<table width=\"100%\" cellspacing=\"0\">"_s;
    auto row = [&h](const QString &label, const QString &value, const char *cls = "") {
        h += u"<tr class=\"%1\"><td width=\"60%\">%2</td><td width=\"40%\" class=\"r\">%3</td></tr>"_s.arg(
            QLatin1String(cls), label, value);
    };
    row(L(DocLabel::Method), esc(paymentMethodText(doc.method, fr)));
    if (!doc.reference.isEmpty())
        row(L(DocLabel::Reference), esc(doc.reference));
    row(L(DocLabel::AmountReceived), money(doc.amountCents), "tot");
    if (doc.refundedCents > 0)
        row(L(DocLabel::RefundedTotal), money(-doc.refundedCents));
    h += u"</table><br>"_s;

    if (!doc.allocations.isEmpty()) {
        h += u"<p><b>%1</b></p><table width=\"100%\" cellspacing=\"0\"><thead><tr><th width=\"20%\">%2</th>"
             "<th width=\"20%\">%3</th><th class=\"r\" width=\"20%\">%4</th><th class=\"r\" width=\"20%\">%5</th>"
             "<th class=\"r\" width=\"20%\">%6</th></tr></thead>"_s.arg(L(DocLabel::InvoicesPaid), L(DocLabel::Invoice),
                 L(DocLabel::DueDate), L(DocLabel::InvoiceTotal), L(DocLabel::Applied), L(DocLabel::StillOpen));
        for (const ReceiptAllocation &a : doc.allocations)
            h += u"<tr><td>%1</td><td>%2</td><td class=\"r\">%3</td><td class=\"r\">%4</td><td class=\"r\">%5</td>"
                 "</tr>"_s.arg(esc(a.invoiceCode), esc(invoiceDate(a.dueDate, fr)), money(a.invoiceTotalCents),
                     money(a.amountCents), money(a.invoiceOpenCents));
        h += u"</table><br>"_s;
    }

    h += u"<table width=\"100%\" cellspacing=\"0\">"_s;
    if (doc.counts())
        row(L(DocLabel::Credit), money(doc.creditCents));
    row(esc(docLabel(DocLabel::BalanceAfter, fr).arg(invoiceDate(doc.printedOn, fr))), money(doc.balanceCents), "tot");
    h += u"</table>"_s;
    if (doc.counts() && !doc.isRefunded())
        h += u"<p>%1</p>"_s.arg(L(DocLabel::ThankYou));
    h += u"</body></html>"_s;
    return h;
}

namespace {

PdfPageSetup receiptSetup(const ReceiptDocument &doc)
{
    PdfPageSetup s;
    s.title = ReceiptPdf::title(doc);
    s.creator = doc.company.name;
    s.footerLeft = u"%1 — %2"_s.arg(doc.company.name, ReceiptPdf::title(doc));
    return s;
}

} // namespace

Result<QByteArray> ReceiptPdf::render(const ReceiptDocument &doc)
{
    return renderHtmlPdf(html(doc), receiptSetup(doc));
}

Result<InvoicePreview> ReceiptPdf::preview(const ReceiptDocument &doc, int dpi)
{
    return previewHtmlPdf(html(doc), receiptSetup(doc), fileName(doc), dpi);
}

Status ReceiptPdf::write(const ReceiptDocument &doc, const QString &path)
{
    auto bytes = render(doc);
    if (!bytes.ok())
        return bytes.error();
    return writePdfFile(bytes.value(), path);
}

// ---- statement ----

QString StatementPdf::title(const StatementDocument &doc)
{
    return u"%1 %2"_s.arg(docLabel(DocLabel::Statement, doc.isFrench()), doc.customerCode);
}

QString StatementPdf::fileName(const StatementDocument &doc)
{
    return u"%1-%2-%3.pdf"_s.arg(
        doc.isFrench() ? u"etat-de-compte"_s : u"statement"_s, doc.customerCode, doc.to.toString(Qt::ISODate));
}

QString StatementPdf::html(const StatementDocument &doc)
{
    const bool fr = doc.isFrench();
    auto L = [fr](DocLabel l) {
        return esc(docLabel(l, fr));
    };
    auto money = [fr](qint64 cents) {
        return esc(invoiceMoney(cents, fr));
    };
    QString h = kStyle;
    h.reserve(8000 + 260 * doc.lines.size());
    QList<QPair<QString, QString>> ids{{docLabel(DocLabel::CustomerNumber, fr), doc.customerCode},
        {invoiceLabel(InvoiceLabel::Period, fr), invoicePeriod(doc.from, doc.to, fr)}};
    h += header(doc.company, docLabel(DocLabel::Statement, fr), ids, fr);
    h += customerBlock(doc.customerName, doc.billingAddress, fr) + u"<br>"_s;

    h += u"<table width=\"100%\" cellspacing=\"0\"><thead><tr><th width=\"19%\">%1</th><th width=\"51%\">%2</th>"
         "<th class=\"r\" width=\"15%\">%3</th><th class=\"r\" width=\"15%\">%4</th></tr></thead>"_s.arg(
             L(DocLabel::Date), L(DocLabel::Description), L(DocLabel::Amount), L(DocLabel::Balance));
    h += u"<tr><td class=\"nw\">%1</td><td><b>%2</b></td><td></td><td class=\"r\"><b>%3</b></td></tr>"_s.arg(
        esc(invoiceDate(doc.from, fr)), esc(docLabel(DocLabel::OpeningBalance, fr).arg(invoiceDate(doc.from, fr))),
        money(doc.openingCents));
    for (const StatementLine &l : doc.lines)
        h += u"<tr><td class=\"nw\">%1</td><td>%2</td><td class=\"r\">%3</td><td class=\"r\">%4</td></tr>"_s.arg(
            esc(invoiceDate(l.date, fr)), esc(statementLineText(l, fr)), money(l.amountCents), money(l.balanceCents));
    if (doc.lines.isEmpty())
        h += u"<tr><td></td><td><i>%1</i></td><td></td><td></td></tr>"_s.arg(L(DocLabel::NoActivity));
    h +=
        u"<tr class=\"tot\"><td class=\"nw\">%1</td><td>%2</td><td></td><td class=\"r\">%3</td></tr></table><br>"_s.arg(
            esc(invoiceDate(doc.to, fr)), esc(docLabel(DocLabel::ClosingBalance, fr).arg(invoiceDate(doc.to, fr))),
            money(doc.closingCents));

    // The aging of what is open at the end (the receivables buckets).
    h += u"<p><b>%1</b></p><table width=\"100%\" cellspacing=\"0\"><tr>"_s.arg(
        esc(docLabel(DocLabel::Aging, fr).arg(invoiceDate(doc.to, fr))));
    const DocLabel buckets[] = {
        DocLabel::Current, DocLabel::Days1To30, DocLabel::Days31To60, DocLabel::Days61To90, DocLabel::Over90};
    for (DocLabel b : buckets)
        h += u"<th class=\"r\" width=\"16%\">%1</th>"_s.arg(L(b));
    h += u"<th class=\"r\" width=\"20%\">%1</th></tr><tr>"_s.arg(L(DocLabel::TotalOpen));
    for (qint64 cents : doc.agingCents)
        h += u"<td class=\"r\">%1</td>"_s.arg(money(cents));
    h += u"<td class=\"r\"><b>%1</b></td></tr></table>"_s.arg(money(doc.agingTotalCents));
    if (doc.closingCents < 0)
        h += u"<p>%1</p>"_s.arg(L(DocLabel::CreditBalance));
    const QString instructions = fr ? doc.company.paymentInstructionsFr : doc.company.paymentInstructionsEn;
    if (doc.closingCents > 0 && !instructions.trimmed().isEmpty())
        h += u"<p class=\"small\"><b>%1</b><br>%2</p>"_s.arg(esc(invoiceLabel(InvoiceLabel::PaymentInstructions, fr)),
            esc(instructions).replace(QLatin1Char('\n'), u"<br>"_s));
    h += u"</body></html>"_s;
    return h;
}

namespace {

PdfPageSetup statementSetup(const StatementDocument &doc)
{
    const bool fr = doc.isFrench();
    PdfPageSetup s;
    s.title = StatementPdf::title(doc);
    s.creator = doc.company.name;
    s.footerLeft = u"%1 — %2 — %3"_s.arg(doc.company.name, StatementPdf::title(doc),
        docLabel(DocLabel::Period, fr).arg(invoiceDate(doc.from, fr), invoiceDate(doc.to, fr)));
    s.pageLabel = docLabel(DocLabel::Page, fr);
    return s;
}

} // namespace

Result<QByteArray> StatementPdf::render(const StatementDocument &doc, int *pageCount)
{
    return renderHtmlPdf(html(doc), statementSetup(doc), 0, nullptr, pageCount);
}

Result<InvoicePreview> StatementPdf::preview(const StatementDocument &doc, int dpi)
{
    return previewHtmlPdf(html(doc), statementSetup(doc), fileName(doc), dpi);
}

Status StatementPdf::write(const StatementDocument &doc, const QString &path)
{
    auto bytes = render(doc);
    if (!bytes.ok())
        return bytes.error();
    return writePdfFile(bytes.value(), path);
}

} // namespace ops::billing
