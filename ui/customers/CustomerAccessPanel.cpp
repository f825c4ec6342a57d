#include "ui/customers/CustomerAccessPanel.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/audit/AuditApi.h"
#include "core/concurrency/Async.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;

CustomerAccessPanel::CustomerAccessPanel(ops::audit::AuditApi *api, qint64 customerId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_customerId(customerId)
{
    setObjectName(u"CustomerAccessPanel"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 8, 12, 12);
    v->setSpacing(6);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("Every opening of this file is recorded (Quebec Law 25)."), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"AccessRefreshButton"_s);
    m_refresh->setToolTip(tr("Read the access log again"));
    m_export = new QPushButton(tr("E&xport personal data…"), this);
    m_export->setObjectName(u"PersonalDataExportButton"_s);
    m_export->setToolTip(tr("Everything stored about this customer, as a ZIP archive of CSV and JSON files (a Law 25 "
                            "request). The export is recorded."));
    top->addWidget(m_refresh);
    top->addWidget(m_export);
    v->addLayout(top);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"AccessList"_s);
    m_list->setAccessibleName(tr("Who opened this file"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Time"), tr("Staff member"), tr("Role"), tr("Application")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->resizeSection(0, 170);
    m_list->header()->resizeSection(1, 220);
    m_list->header()->resizeSection(2, 110);
    v->addWidget(m_list, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"AccessSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    v->addWidget(m_summary);

    connect(m_refresh, &QPushButton::clicked, this, &CustomerAccessPanel::reload);
    connect(m_export, &QPushButton::clicked, this, &CustomerAccessPanel::exportPersonalData);
}

CustomerAccessPanel::~CustomerAccessPanel() = default;

void CustomerAccessPanel::setCustomerCode(const QString &code)
{
    m_code = code;
}

void CustomerAccessPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload(); // read when first shown, not when the file opens
}

void CustomerAccessPanel::reload()
{
    if (!m_api)
        return;
    m_loadedOnce = true;
    const quint64 seq = ++m_seq;
    m_summary->setText(tr("Loading…"));
    ops::runThen(m_api->fileAccesses(m_customerId, kLimit), this,
        [this, seq](const ops::Result<QList<ops::audit::FileAccess>> &r) {
            if (seq != m_seq)
                return;
            if (!r.ok()) {
                m_summary->clear();
                m_banner->showError(r.error().userMessage);
                return;
            }
            m_list->clear();
            const QLocale locale;
            for (const ops::audit::FileAccess &a : r.value()) {
                auto *item = new QTreeWidgetItem(m_list);
                item->setText(0, locale.toString(a.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s));
                item->setText(1, a.staffName);
                item->setToolTip(1, a.dbRole);
                item->setText(2, a.groupName);
                item->setText(3, a.client);
            }
            const int n = int(r.value().size());
            m_summary->setText(n >= kLimit ? tr("The %1 most recent openings.").arg(locale.toString(n))
                                           : tr("%n opening(s).", nullptr, n));
            emit loaded(n);
        });
}

QString CustomerAccessPanel::suggestedPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString name = (m_code.isEmpty() ? QString::number(m_customerId) : m_code) + u"-personal-data-"_s
        + QDate::currentDate().toString(Qt::ISODate) + u".zip"_s;
    return QDir(dir).filePath(name);
}

void CustomerAccessPanel::exportPersonalData()
{
    if (!m_api || m_exporting)
        return;
    QString path = m_chooser ? m_chooser(suggestedPath())
                             : QFileDialog::getSaveFileName(
                                 window(), tr("Export personal data"), suggestedPath(), tr("ZIP archives (*.zip)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".zip"_s;
    exportPersonalDataTo(path);
}

void CustomerAccessPanel::exportPersonalDataTo(const QString &path)
{
    if (!m_api || m_exporting)
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    m_banner->showInfo(tr("Exporting the personal data…"));
    ops::runThen(m_api->exportPersonalData(m_customerId, path), this,
        [this](const ops::Result<ops::audit::PersonalDataExportResult> &r) {
            m_exporting = false;
            m_export->setEnabled(true);
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                emit exportFailed(r.error().userMessage);
                return;
            }
            qint64 rows = 0;
            for (const auto &t : r.value().tables)
                rows += t.rows;
            m_banner->showSuccess(tr("Personal data written to %1 (%n row(s)).", nullptr, int(rows))
                                      .arg(QDir::toNativeSeparators(r.value().path)));
            emit exportFinished(r.value().path);
        });
}
