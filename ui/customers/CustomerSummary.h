#pragma once

#include <memory>

#include <QLocale>
#include <QString>

class MessageBanner;
class QPrinter;
class QTextDocument;
class QWidget;

namespace ops::customers {
struct CustomerFile;
}

// The printable one-to-two-page summary of a customer file: header, contacts, balance, locations, subscriptions with
// prices, latest invoices and payments, open tickets. Built from the already-loaded file (no database access); every
// value is HTML-escaped.
namespace CustomerSummary {

QString html(const ops::customers::CustomerFile &file, const QLocale &locale = QLocale());
std::unique_ptr<QTextDocument> document(const ops::customers::CustomerFile &file, const QLocale &locale = QLocale());
// Letter paper, 15 mm margins.
void print(const ops::customers::CustomerFile &file, QPrinter *printer);
bool exportPdf(const ops::customers::CustomerFile &file, const QString &path, QString *error = nullptr);
// "CUST-00042-2026-11-27.pdf"
QString suggestedFileName(const ops::customers::CustomerFile &file);

// With the print dialog / a save dialog; the outcome goes to banner (may be null).
void printInteractive(QWidget *parent, const ops::customers::CustomerFile &file);
void exportPdfInteractive(QWidget *parent, const ops::customers::CustomerFile &file, MessageBanner *banner);

} // namespace CustomerSummary
