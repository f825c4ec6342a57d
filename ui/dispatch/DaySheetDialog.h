#pragma once

#include <optional>

#include <QDate>
#include <QDialog>

#include "core/dispatch/JobDetailTypes.h"

class QComboBox;
class QPushButton;
class QTextBrowser;
class MessageBanner;

namespace ops::dispatch {
class JobDetailApi;
}

// A technician's day sheet: loads the day (JobDetailApi::daySheet), previews it in French or English, saves it as a
// PDF or prints it. Open it with show() or open().
class DaySheetDialog : public QDialog
{
    Q_OBJECT
public:
    // language: the sheet's first language (fr | en), e.g. the technician's.
    DaySheetDialog(ops::dispatch::JobDetailApi *api, qint64 technicianId, const QDate &day, const QString &language,
        QWidget *parent = nullptr);
    ~DaySheetDialog() override;

    QString language() const;
    void setLanguage(const QString &language);
    bool isLoaded() const { return m_data.has_value(); }
    QTextBrowser *preview() const { return m_preview; }
    MessageBanner *banner() const { return m_banner; }
    // Writes the PDF to path (the "Save as PDF" button asks for it); false with the message shown when it fails.
    bool savePdf(const QString &path);

signals:
    void loaded();

private:
    void render();
    void choosePdfPath();
    void printSheet();

    std::optional<ops::dispatch::DaySheetData> m_data;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_language = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
};
