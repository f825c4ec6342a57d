#include "ui/customers/CustomerSummary.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

#include "core/customers/CustomerTypes.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/StatusChip.h"
#include "ui/common/Theme.h"
#include "ui/customers/CustomerSectionModels.h"

using namespace Qt::Literals::StringLiterals;
using ops::customers::CustomerFile;

namespace {

constexpr int kLatestRows = 6;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? u"—"_s : esc(s);
}

struct Table
{
    QString out;
    explicit Table(const QStringList &headers)
    {
        out = u"<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>"_s;
        for (const QString &h : headers)
            out += u"<th align='left'>"_s + esc(h) + u"</th>"_s;
        out += u"</tr>"_s;
    }
    void row(const QStringList &cells, const QList<int> &rightAligned = {})
    {
        out += u"<tr>"_s;
        for (int i = 0; i < cells.size(); ++i)
            out += (rightAligned.contains(i) ? u"<td align='right'>"_s : u"<td>"_s) + orDash(cells.at(i)) + u"</td>"_s;
        out += u"</tr>"_s;
    }
    QString done() { return out + u"</table>"_s; }
};

QString section(const QString &title, const QString &body, const QString &note = {})
{
    QString s = u"<h2>"_s + esc(title) + u"</h2>"_s + body;
    if (!note.isEmpty())
        s += u"<p class='note'>"_s + esc(note) + u"</p>"_s;
    return s;
}

QString shownNote(const CustomerFile &file, ops::customers::FileSection s, int shown)
{
    const int total = std::max(file.total(s), int(shown));
    if (shown >= total)
        return {};
    return QCoreApplication::translate("CustomerSummary", "%1 of %2 shown.").arg(shown).arg(total);
}

} // namespace

QString CustomerSummary::html(const CustomerFile &file, const QLocale &locale)
{
    const auto &c = file.customer;
    const bool english = locale.language() == QLocale::English;
    auto date = [&locale](const QDate &d) {
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
    };
    QString h;
    h += Theme::styled(
        u"<html><head><meta charset='utf-8'><style>"
        "body { font-family: sans-serif; font-size: 9pt; color: @Text; }"
        "h1 { font-size: 16pt; margin: 0; } h2 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px;"
        " color: @Accent; border-bottom: 1px solid @Divider; }"
        ".code { color: @TextMuted; font-family: monospace; } .note { color: @TextCaption; font-size: 8pt; }"
        "th { background: @SurfaceMuted; color: @TextSecondary; font-size: 8pt; } td { border-bottom: 1px solid "
        "@SurfaceMuted; }"
        ".caption { color: @TextCaption; font-size: 8pt; }"
        "</style></head><body>"_s);
    // Header.
    h += u"<h1>"_s + esc(c.displayName) + u"</h1>"_s;
    h += u"<p><span class='code'>"_s + esc(c.code) + u"</span> · "_s + esc(StatusChip::label(c.status)) + u" · "_s
        + esc(c.kind == "business"_L1 ? QCoreApplication::translate("CustomerSummary", "Business")
                                      : QCoreApplication::translate("CustomerSummary", "Residential"))
        + u"</p>"_s;
    // Contacts and balance.
    QStringList contacts;
    for (const QString &v : {c.email, c.emailAlt, c.phone, c.phoneAlt})
        if (!v.trimmed().isEmpty())
            contacts << esc(v.trimmed());
    const QString address = esc(c.billingStreet) + u"<br>"_s
        + esc(QStringList({c.billingCity, c.billingProvince, c.billingPostalCode}).join(u' ').trimmed());
    h += u"<table width='100%' cellpadding='2'><tr>"_s;
    auto cell = [&h](const QString &caption, const QString &valueHtml) {
        h += u"<td valign='top'><span class='caption'>"_s + esc(caption) + u"</span><br>"_s + valueHtml + u"</td>"_s;
    };
    cell(QCoreApplication::translate("CustomerSummary", "Balance"),
        u"<b>"_s + esc(c.balance.format(locale)) + u"</b>"_s);
    cell(QCoreApplication::translate("CustomerSummary", "Language"),
        esc(c.language == "en"_L1 ? QCoreApplication::translate("CustomerSummary", "English")
                                  : QCoreApplication::translate("CustomerSummary", "French")));
    cell(QCoreApplication::translate("CustomerSummary", "Pre-authorized payments"),
        esc(c.ppaEnabled ? QCoreApplication::translate("CustomerSummary", "Enabled")
                         : QCoreApplication::translate("CustomerSummary", "Not enrolled")));
    cell(QCoreApplication::translate("CustomerSummary", "Contacts"),
        contacts.isEmpty() ? u"—"_s : contacts.join(u"<br>"_s));
    cell(QCoreApplication::translate("CustomerSummary", "Billing address"), address);
    h += u"</tr></table>"_s;

    // Locations.
    {
        Table t({QCoreApplication::translate("CustomerSummary", "Code"),
            QCoreApplication::translate("CustomerSummary", "Address"),
            QCoreApplication::translate("CustomerSummary", "Postal code"),
            QCoreApplication::translate("CustomerSummary", "GPS"),
            QCoreApplication::translate("CustomerSummary", "Status")});
        for (const auto &l : file.locations)
            t.row({l.code, l.address, l.postalCode,
                l.hasGps ? u"%1, %2"_s.arg(locale.toString(l.latitude, 'f', 5), locale.toString(l.longitude, 'f', 5))
                         : QString(),
                StatusChip::label(l.status)});
        h += section(QCoreApplication::translate("CustomerSummary", "Service locations"),
            file.locations.isEmpty() ? esc(QCoreApplication::translate("CustomerSummary", "No service location"))
                                     : t.done(),
            shownNote(file, ops::customers::FileSection::Locations, int(file.locations.size())));
    }
    // Subscriptions with prices.
    {
        Table t({QCoreApplication::translate("CustomerSummary", "Code"),
            QCoreApplication::translate("CustomerSummary", "Plan"),
            QCoreApplication::translate("CustomerSummary", "Location"),
            QCoreApplication::translate("CustomerSummary", "Since"),
            QCoreApplication::translate("CustomerSummary", "Monthly price"),
            QCoreApplication::translate("CustomerSummary", "Status")});
        for (const auto &s : file.subscriptions) {
            const QString plan = english ? s.planNameEn : s.planNameFr;
            t.row({s.code, plan.isEmpty() ? s.planName : plan, s.locationCode, date(s.startDate),
                      s.price.format(locale), StatusChip::label(s.status)},
                {4});
        }
        h += section(QCoreApplication::translate("CustomerSummary", "Subscriptions"),
            file.subscriptions.isEmpty() ? esc(QCoreApplication::translate("CustomerSummary", "No subscription"))
                                         : t.done(),
            shownNote(file, ops::customers::FileSection::Subscriptions, int(file.subscriptions.size())));
    }
    // Latest invoices.
    {
        Table t({QCoreApplication::translate("CustomerSummary", "Invoice"),
            QCoreApplication::translate("CustomerSummary", "Issued"),
            QCoreApplication::translate("CustomerSummary", "Due"),
            QCoreApplication::translate("CustomerSummary", "Total"),
            QCoreApplication::translate("CustomerSummary", "Balance"),
            QCoreApplication::translate("CustomerSummary", "Status")});
        const int n = std::min(kLatestRows, int(file.invoices.size()));
        for (int i = 0; i < n; ++i) {
            const auto &inv = file.invoices.at(i);
            t.row({inv.code, date(inv.issueDate), date(inv.dueDate), inv.total.format(locale),
                      inv.balance.format(locale), InvoicesModel::statusLabel(inv.status)},
                {3, 4});
        }
        h += section(QCoreApplication::translate("CustomerSummary", "Latest invoices"),
            n == 0 ? esc(QCoreApplication::translate("CustomerSummary", "No invoice")) : t.done());
    }
    // Latest payments.
    {
        Table t({QCoreApplication::translate("CustomerSummary", "Payment"),
            QCoreApplication::translate("CustomerSummary", "Received"),
            QCoreApplication::translate("CustomerSummary", "Method"),
            QCoreApplication::translate("CustomerSummary", "Reference"),
            QCoreApplication::translate("CustomerSummary", "Amount"),
            QCoreApplication::translate("CustomerSummary", "Status")});
        const int n = std::min(kLatestRows, int(file.payments.size()));
        for (int i = 0; i < n; ++i) {
            const auto &p = file.payments.at(i);
            t.row({p.code, date(p.receivedAt.toLocalTime().date()), PaymentsModel::methodLabel(p.method), p.reference,
                      p.amount.format(locale), PaymentsModel::statusLabel(p.status)},
                {4});
        }
        h += section(QCoreApplication::translate("CustomerSummary", "Latest payments"),
            n == 0 ? esc(QCoreApplication::translate("CustomerSummary", "No payment")) : t.done());
    }
    // Open tickets.
    {
        Table t({QCoreApplication::translate("CustomerSummary", "Ticket"),
            QCoreApplication::translate("CustomerSummary", "Subject"),
            QCoreApplication::translate("CustomerSummary", "Opened"),
            QCoreApplication::translate("CustomerSummary", "Assigned to"),
            QCoreApplication::translate("CustomerSummary", "Status")});
        int n = 0;
        for (const auto &tk : file.tickets) {
            if (tk.status == "resolved"_L1 || tk.status == "closed"_L1)
                continue;
            ++n;
            t.row({tk.code, (tk.important ? u"! "_s : QString()) + tk.subject, date(tk.createdAt.toLocalTime().date()),
                tk.assignedTo, CustomerTicketsModel::statusLabel(tk.status)});
        }
        h += section(QCoreApplication::translate("CustomerSummary", "Open tickets"),
            n == 0 ? esc(QCoreApplication::translate("CustomerSummary", "No open ticket")) : t.done());
    }
    h += u"<p class='note'>"_s
        + esc(QCoreApplication::translate("CustomerSummary", "Printed on %1 · Targo Ops")
                  .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)))
        + u"</p></body></html>"_s;
    return h;
}

std::unique_ptr<QTextDocument> CustomerSummary::document(const CustomerFile &file, const QLocale &locale)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setHtml(html(file, locale));
    return doc;
}

void CustomerSummary::print(const CustomerFile &file, QPrinter *printer)
{
    printer->setPageLayout(QPageLayout(
        QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    printer->setDocName(file.customer.code);
    const auto doc = document(file);
    doc->print(printer);
}

bool CustomerSummary::exportPdf(const CustomerFile &file, const QString &path, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    printer.setCreator(u"Targo Ops"_s);
    print(file, &printer);
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        if (error)
            *error = QCoreApplication::translate("CustomerSummary", "The PDF could not be written to %1.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString CustomerSummary::suggestedFileName(const CustomerFile &file)
{
    QString code = file.customer.code;
    code.remove(QRegularExpression(u"[^A-Za-z0-9-]"_s));
    return (code.isEmpty() ? u"customer"_s : code) + u'-' + QDate::currentDate().toString(Qt::ISODate) + u".pdf"_s;
}

void CustomerSummary::printInteractive(QWidget *parent, const CustomerFile &file)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("CustomerSummary", "Print the customer summary"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(file, &printer);
}

void CustomerSummary::exportPdfInteractive(QWidget *parent, const CustomerFile &file, MessageBanner *banner)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("CustomerSummary", "Export the customer summary"),
        dir + u'/' + suggestedFileName(file), QCoreApplication::translate("CustomerSummary", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = exportPdf(file, path, &error);
    if (!banner)
        return;
    if (ok)
        banner->showSuccess(
            QCoreApplication::translate("CustomerSummary", "Summary saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        banner->showError(error);
}
