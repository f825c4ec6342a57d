#include "ui/dispatch/DaySheetDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/dispatch/JobDetailApi.h"
#include "ui/common/MessageBanner.h"
#include "ui/dispatch/DaySheet.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

DaySheetDialog::DaySheetDialog(
    JobDetailApi *api, qint64 technicianId, const QDate &day, const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"daySheetDialog"_s);
    setWindowTitle(tr("Day sheet"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->hide();
    layout->addWidget(m_banner);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Language of the sheet:"), this));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"daySheetLanguage"_s);
    m_language->addItem(tr("French"), u"fr"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->setCurrentIndex(language == QLatin1String("en") ? 1 : 0);
    bar->addWidget(m_language);
    bar->addStretch(1);
    m_pdf = new QPushButton(tr("Save as PDF…"), this);
    m_print = new QPushButton(tr("Print…"), this);
    bar->addWidget(m_pdf);
    bar->addWidget(m_print);
    layout->addLayout(bar);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"daySheetPreview"_s);
    m_preview->setOpenLinks(false);
    m_preview->setPlainText(tr("Loading…"));
    layout->addWidget(m_preview, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_pdf->setEnabled(false);
    m_print->setEnabled(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, &DaySheetDialog::render);
    connect(m_pdf, &QPushButton::clicked, this, &DaySheetDialog::choosePdfPath);
    connect(m_print, &QPushButton::clicked, this, &DaySheetDialog::printSheet);
    resize(820, 760);

    if (!api)
        return;
    runThen(api->daySheet(technicianId, day), this, [this](const Result<DaySheetData> &r) {
        if (!r.ok()) {
            m_preview->clear();
            m_banner->showError(r.error().userMessage);
            return;
        }
        m_data = r.value();
        m_pdf->setEnabled(true);
        m_print->setEnabled(true);
        render();
        emit loaded();
    });
}

DaySheetDialog::~DaySheetDialog() = default;

QString DaySheetDialog::language() const
{
    return m_language->currentData().toString();
}

void DaySheetDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(m_language->findData(language == QLatin1String("en") ? u"en"_s : u"fr"_s));
}

void DaySheetDialog::render()
{
    if (!m_data)
        return;
    const DaySheet sheet(*m_data, language());
    setWindowTitle(sheet.title());
    m_preview->setHtml(sheet.html());
}

bool DaySheetDialog::savePdf(const QString &path)
{
    if (!m_data)
        return false;
    const DaySheet sheet(*m_data, language());
    const Status s = sheet.writePdf(path);
    if (!s.ok()) {
        m_banner->showError(s.error().userMessage);
        return false;
    }
    m_banner->showSuccess(tr("Saved to %1").arg(path));
    return true;
}

void DaySheetDialog::choosePdfPath()
{
    if (!m_data)
        return;
    const QString name = u"%1-%2.pdf"_s.arg(m_data->technicianCode, m_data->day.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the day sheet"), name, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void DaySheetDialog::printSheet()
{
    if (!m_data)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DaySheet(*m_data, language()).print(&printer);
}
