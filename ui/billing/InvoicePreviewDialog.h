#pragma once

#include <functional>

#include <QDialog>
#include <QList>

#include "core/billing/InvoicePreview.h"

class QLabel;
class QPushButton;
class QScrollArea;

// An invoice's PDF shown inside the application: its pages (rendered off the GUI thread from the same layout as the
// PDF) one under the other in a scrollable pane. PgDown / PgUp go to the next / previous page, Home / End to the
// first / last, Esc closes. "Open in viewer" hands the PDF to the system's viewer; "Save as…" writes it where the
// clerk chooses. Tests replace the viewer and the file chooser.
class InvoicePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InvoicePreviewDialog(QWidget *parent = nullptr);
    ~InvoicePreviewDialog() override;

    // Decodes the pages (PNG, a page or two) and shows the first.
    void setPreview(const ops::billing::InvoicePreview &preview);
    const ops::billing::InvoicePreview &preview() const { return m_preview; }

    int pageCount() const { return m_pages.size(); }
    int currentPage() const { return m_current; } // 0-based
    void showPage(int page);
    QLabel *pageLabel(int page) const { return m_pages.value(page); }
    QLabel *pageIndicator() const { return m_indicator; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveButton() const { return m_save; }

    void openInViewer();
    void saveAs();

    // Opens a written PDF (default: QDesktopServices); asks for a path to save to (default: QFileDialog).
    using Opener = std::function<void(const QString &path)>;
    using PathChooser = std::function<QString(const QString &suggestedName)>;
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }

private:
    void updateIndicator();
    bool writeTo(const QString &path);

    ops::billing::InvoicePreview m_preview;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_pagesWidget = nullptr;
    QList<QLabel *> m_pages;
    QLabel *m_indicator = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    int m_current = 0;
    Opener m_opener;
    PathChooser m_chooser;
};
