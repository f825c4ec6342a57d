#include "ui/billing/InvoicePreviewDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

InvoicePreviewDialog::InvoicePreviewDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"InvoicePreviewDialog"_s);
    setWindowTitle(tr("Invoice preview"));
    auto *v = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"previewScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pagesWidget = new QWidget(m_scroll);
    auto *pages = new QVBoxLayout(m_pagesWidget);
    pages->setSpacing(12);
    pages->setAlignment(Qt::AlignHCenter);
    m_scroll->setWidget(m_pagesWidget);
    v->addWidget(m_scroll, 1);

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    v->addWidget(m_error);

    auto *bar = new QHBoxLayout;
    m_indicator = new QLabel(this);
    m_indicator->setObjectName(u"pageIndicator"_s);
    bar->addWidget(m_indicator);
    bar->addStretch(1);
    m_open = new QPushButton(tr("&Open in viewer"), this);
    m_open->setObjectName(u"previewOpen"_s);
    m_open->setToolTip(tr("Open the PDF in the system's PDF viewer (to print it)"));
    m_save = new QPushButton(tr("&Save as…"), this);
    m_save->setObjectName(u"previewSave"_s);
    m_save->setToolTip(tr("Save the PDF to a file of your choice"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setToolTip(tr("Close the preview (Esc)"));
    bar->addWidget(m_open);
    bar->addWidget(m_save);
    bar->addWidget(close);
    v->addLayout(bar);
    connect(m_open, &QPushButton::clicked, this, &InvoicePreviewDialog::openInViewer);
    connect(m_save, &QPushButton::clicked, this, &InvoicePreviewDialog::saveAs);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // The current page is the last one whose top is above the middle of the view.
        const int middle = value + m_scroll->viewport()->height() / 2;
        int current = 0;
        for (int i = 0; i < m_pages.size(); ++i)
            if (m_pages.at(i)->y() <= middle)
                current = i;
        if (current != m_current) {
            m_current = current;
            updateIndicator();
        }
    });
    // Shortcuts rather than key events: they work wherever the focus is in the dialog (the pane would scroll by a
    // screenful otherwise). Esc closes (QDialog).
    const auto key = [this](QKeySequence seq, auto fn) {
        new QShortcut(seq, this, this, fn, Qt::WindowShortcut);
    };
    key(QKeySequence(Qt::Key_PageDown), [this] { showPage(m_current + 1); });
    key(QKeySequence(Qt::Key_PageUp), [this] { showPage(m_current - 1); });
    key(QKeySequence(Qt::Key_Home), [this] { showPage(0); });
    key(QKeySequence(Qt::Key_End), [this] { showPage(int(m_pages.size()) - 1); });
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setFocus();
    resize(960, 900);
}

InvoicePreviewDialog::~InvoicePreviewDialog() = default;

void InvoicePreviewDialog::setPreview(const ops::billing::InvoicePreview &preview)
{
    m_preview = preview;
    setWindowTitle(tr("Preview: %1").arg(preview.title));
    qDeleteAll(m_pages);
    m_pages.clear();
    auto *layout = static_cast<QVBoxLayout *>(m_pagesWidget->layout());
    for (int i = 0; i < preview.pages.size(); ++i) {
        QImage image = QImage::fromData(preview.pages.at(i), "PNG");
        auto *label = new QLabel(m_pagesWidget);
        label->setObjectName(u"previewPage%1"_s.arg(i + 1));
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        label->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(preview.pages.size()));
        layout->addWidget(label, 0, Qt::AlignHCenter);
        m_pages.append(label);
    }
    const bool hasPdf = !preview.pdf.isEmpty();
    m_open->setEnabled(hasPdf);
    m_save->setEnabled(hasPdf);
    m_current = 0;
    updateIndicator();
    m_scroll->verticalScrollBar()->setValue(0);
}

void InvoicePreviewDialog::showPage(int page)
{
    if (m_pages.isEmpty())
        return;
    page = qBound(0, page, int(m_pages.size()) - 1);
    m_pagesWidget->adjustSize();
    m_scroll->verticalScrollBar()->setValue(page == 0 ? 0 : m_pages.at(page)->y() - 6);
    m_current = page;
    updateIndicator();
}

void InvoicePreviewDialog::updateIndicator()
{
    m_indicator->setText(
        m_pages.isEmpty() ? tr("No page") : tr("Page %1 of %2 (PgUp/PgDn)").arg(m_current + 1).arg(m_pages.size()));
}

bool InvoicePreviewDialog::writeTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_preview.pdf) != m_preview.pdf.size() || !file.commit()) {
        m_error->setText(
            tr("The PDF could not be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

void InvoicePreviewDialog::openInViewer()
{
    if (m_preview.pdf.isEmpty())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/targo-ops-invoices"_s;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + m_preview.fileName;
    if (!writeTo(path))
        return;
    if (m_opener)
        m_opener(path);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void InvoicePreviewDialog::saveAs()
{
    if (m_preview.pdf.isEmpty())
        return;
    QString path;
    if (m_chooser) {
        path = m_chooser(m_preview.fileName);
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            this, tr("Save the PDF"), dir + u'/' + m_preview.fileName, tr("PDF documents (*.pdf)"));
    }
    if (path.isEmpty())
        return;
    writeTo(path);
}
