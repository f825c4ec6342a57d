#pragma once

#include <memory>

#include <QString>

#include "core/common/Result.h"
#include "core/dispatch/JobDetailTypes.h"

class QPagedPaintDevice;
class QTranslator;

// A technician's day sheet: the day's jobs in order with their times, customers, contacts, addresses, access notes,
// windows, tickets, crews, notes and materials. Written in the language asked for (fr | en) whatever the screen's
// language: its text comes from the application's translations (:/i18n/ops_<language>.qm), its dates and times from
// that language's locale (Canada). HTML through QTextDocument; printed to a PDF file or a printer.
class DaySheet
{
public:
    DaySheet(ops::dispatch::DaySheetData data, const QString &language);
    ~DaySheet();
    DaySheet(const DaySheet &) = delete;
    DaySheet &operator=(const DaySheet &) = delete;

    QString language() const { return m_language; }
    QString title() const;
    QString html() const;
    // Letter paper (Quebec), 15 mm margins. The file is replaced.
    ops::Status writePdf(const QString &path) const;
    void print(QPagedPaintDevice *device) const;

private:
    QString t(const char *context, const char *source, const char *disambiguation = nullptr) const;
    QString statusText(ops::dispatch::JobStatus status) const;
    QString typeText(const QString &type) const;

    ops::dispatch::DaySheetData m_data;
    QString m_language;
    std::unique_ptr<QTranslator> m_translator; // null: the source (English) text
};
