#include "ui/common/GridTools.h"

#include <atomic>
#include <climits>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

#include "core/export/ExportService.h"
#include "core/settings/Settings.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const auto kLastFolderKey = u"Export/lastFolder"_s;
constexpr int kSaveDelayMs = 300;
constexpr int kPollMs = 100;

// The visible part of a grid, copied on the GUI thread (display text only) and written on a worker.
bool isNumericVariant(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    return nullptr;
}

bool isRowHidden(QAbstractItemView *view, int row)
{
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->isRowHidden(row, QModelIndex());
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->isRowHidden(row);
    return false;
}

bool sortingEnabled(QAbstractItemView *view)
{
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->isSortingEnabled();
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->isSortingEnabled();
    return false;
}

ops::csv::CsvTable snapshot(QAbstractItemView *view, QHeaderView *header, const ops::csv::CsvOptions &options)
{
    ops::csv::CsvTable s;
    const QAbstractItemModel *model = view->model();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    for (int c : columns)
        s.header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    const int rows = model->rowCount();
    s.cells.reserve(qsizetype(rows) * columns.size());
    s.numeric.reserve(qsizetype(rows) * columns.size());
    for (int r = 0; r < rows; ++r) {
        if (isRowHidden(view, r))
            continue;
        for (int c : columns) {
            const QVariant v = model->index(r, c).data(Qt::DisplayRole);
            const bool number = isNumericVariant(v);
            QString text = v.toString();
            if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
                text.replace(QLatin1Char('.'), options.decimalPoint);
            s.cells << text;
            s.numeric << number;
        }
    }
    return s;
}

} // namespace

GridTools::GridTools(
    QAbstractItemView *view, ops::Settings *settings, const QString &stateKey, const QString &exportBaseName)
    : QObject(view)
    , m_view(view)
    , m_settings(settings)
    , m_stateKey(stateKey)
    , m_baseName(exportBaseName)
{
    setObjectName(u"gridTools"_s);
    QHeaderView *h = header();
    Q_ASSERT(h);
    m_defaultState = h->saveState();
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &GridTools::saveState);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (!m_progress || !m_rowsSoFar)
            return;
        const qint64 total = m_total ? m_total() : 0;
        const qint64 rows = m_rowsSoFar();
        if (total > 0 && rows <= total) {
            m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin<qint64>(rows, INT_MAX)));
        } else {
            m_progress->setMaximum(0); // busy indicator: the total is unknown (or was an estimate)
        }
        m_progress->setLabelText(tr("Exporting… %L1 row(s) written").arg(rows));
    });

    m_exportAction = new QAction(tr("E&xport to CSV…"), this);
    m_exportAction->setObjectName(u"gridExport"_s);
    connect(m_exportAction, &QAction::triggered, this, &GridTools::exportInteractive);

    restoreState();
    h->setSectionsMovable(true);
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(h, &QHeaderView::customContextMenuRequested, this, &GridTools::onHeaderMenu);
    connect(h, &QHeaderView::sectionResized, this, &GridTools::scheduleSave);
    connect(h, &QHeaderView::sectionMoved, this, &GridTools::scheduleSave);
    connect(h, &QHeaderView::sortIndicatorChanged, this, &GridTools::scheduleSave);
    view->installEventFilter(this);
}

GridTools::~GridTools()
{
    if (m_cancel)
        m_cancel();
}

GridTools *GridTools::attach(
    QAbstractItemView *view, ops::Settings *settings, const QString &stateKey, const QString &exportBaseName)
{
    return new GridTools(view, settings, stateKey, exportBaseName);
}

void GridTools::setBanner(MessageBanner *banner)
{
    m_banner = banner;
}

QHeaderView *GridTools::header() const
{
    return m_view ? headerOf(m_view) : nullptr;
}

bool GridTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Hide && m_saveTimer->isActive()) {
        m_saveTimer->stop();
        saveState();
    }
    return QObject::eventFilter(watched, event);
}

void GridTools::scheduleSave()
{
    if (!m_restoring)
        m_saveTimer->start();
}

void GridTools::saveState()
{
    if (m_settings && header())
        m_settings->setUiState(m_stateKey, header()->saveState());
}

void GridTools::restoreState()
{
    QHeaderView *h = header();
    if (!m_settings || !h)
        return;
    const QByteArray state = m_settings->uiState(m_stateKey).toByteArray();
    if (state.isEmpty())
        return;
    m_restoring = true;
    h->restoreState(state);
    m_restoring = false;
    if (sortingEnabled(m_view) && h->sortIndicatorSection() >= 0)
        m_view->model()->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
}

void GridTools::setColumnVisible(int logicalColumn, bool visible)
{
    QHeaderView *h = header();
    if (!h || logicalColumn < 0 || logicalColumn >= h->count())
        return;
    if (!visible && h->count() - h->hiddenSectionCount() <= 1)
        return; // keep one column
    h->setSectionHidden(logicalColumn, !visible);
    if (visible && h->sectionSize(logicalColumn) < h->minimumSectionSize())
        h->resizeSection(logicalColumn, h->defaultSectionSize());
    saveState();
}

void GridTools::resetColumns()
{
    QHeaderView *h = header();
    if (!h)
        return;
    m_restoring = true;
    h->restoreState(m_defaultState);
    m_restoring = false;
    saveState();
}

QMenu *GridTools::buildHeaderMenu()
{
    auto *menu = new QMenu(m_view);
    QHeaderView *h = header();
    if (!h)
        return menu;
    const QAbstractItemModel *model = m_view->model();
    const int visibleCount = h->count() - h->hiddenSectionCount();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        QString title = model ? model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString() : QString();
        if (title.isEmpty() && model)
            title = model->headerData(logical, Qt::Horizontal, Qt::ToolTipRole).toString();
        if (title.isEmpty())
            title = tr("Column %1").arg(logical + 1);
        QAction *a = menu->addAction(title);
        a->setCheckable(true);
        a->setChecked(!h->isSectionHidden(logical));
        a->setEnabled(h->isSectionHidden(logical) || visibleCount > 1);
        a->setData(logical);
        connect(a, &QAction::toggled, this, [this, logical](bool on) { setColumnVisible(logical, on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset columns"));
    reset->setObjectName(u"gridResetColumns"_s);
    connect(reset, &QAction::triggered, this, &GridTools::resetColumns);
    menu->addSeparator();
    menu->addAction(m_exportAction);
    return menu;
}

void GridTools::onHeaderMenu(const QPoint &pos)
{
    QMenu *menu = buildHeaderMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(header()->viewport()->mapToGlobal(pos));
}

ops::csv::CsvOptions GridTools::uiCsvOptions()
{
    return ops::csv::CsvOptions::forLocale(QLocale());
}

QString GridTools::suggestedPath() const
{
    QString folder = m_settings ? m_settings->uiState(kLastFolderKey).toString() : QString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"%1-%2.csv"_s.arg(m_baseName, QDate::currentDate().toString(Qt::ISODate));
    return QDir(folder).filePath(name);
}

void GridTools::exportInteractive()
{
    if (!m_view || isExporting())
        return;
    bool all = false;
    if (m_allRows) {
        QMessageBox box(QMessageBox::Question, tr("Export to CSV"), tr("Which rows do you want to export?"),
            QMessageBox::Cancel, m_view->window());
        QPushButton *visible = box.addButton(
            tr("&Shown rows (%L1)").arg(m_view->model() ? m_view->model()->rowCount() : 0), QMessageBox::AcceptRole);
        QPushButton *matching = box.addButton(tr("&All matching rows"), QMessageBox::AcceptRole);
        box.setDefaultButton(matching);
        box.exec();
        if (box.clickedButton() != visible && box.clickedButton() != matching)
            return;
        all = box.clickedButton() == matching;
    }
    QString path;
    if (m_chooser) {
        path = m_chooser(suggestedPath());
    } else {
        path = QFileDialog::getSaveFileName(
            m_view->window(), tr("Export to CSV"), suggestedPath(), tr("CSV files (*.csv);;All files (*)"));
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".csv"_s;
    if (m_settings)
        m_settings->setUiState(kLastFolderKey, QFileInfo(path).absolutePath());
    all ? exportAllRows(path) : exportVisibleRows(path);
}

void GridTools::setExportService(ops::csv::ExportService *exports)
{
    m_exports = exports;
}

void GridTools::exportVisibleRows(const QString &path)
{
    if (!m_view || !m_view->model() || isExporting())
        return;
    if (!m_exports) {
        emit exportFailed(tr("Export is unavailable until the database is connected."));
        if (m_banner)
            m_banner->showError(tr("Export is unavailable until the database is connected."));
        return;
    }
    const ops::csv::CsvOptions options = uiCsvOptions();
    // Copying the display text of the loaded rows is quick; formatting and writing the file run on the session's
    // CPU pool (ExportService).
    auto snap = std::make_shared<const ops::csv::CsvTable>(snapshot(m_view, header(), options));
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto rows = std::make_shared<std::atomic<qint64>>(0);
    const qint64 total = snap->rowCount();
    m_cancel = [cancel] {
        *cancel = true;
    };
    m_rowsSoFar = [rows] {
        return rows->load();
    };
    m_total = [total] {
        return total;
    };
    track(m_exports->writeCsv(path, snap, options, cancel, rows), path);
}

void GridTools::exportAllRows(const QString &path)
{
    if (!m_allRows || isExporting())
        return;
    GridExportJob job = m_allRows(path, uiCsvOptions());
    m_cancel = job.cancel ? job.cancel : std::function<void()>([] {});
    m_rowsSoFar = job.rowsSoFar;
    m_total = job.estimatedTotal;
    track(job.rows, path);
}

void GridTools::cancelExport()
{
    if (m_cancel)
        m_cancel();
}

void GridTools::track(QFuture<ops::Result<qint64>> future, const QString &path)
{
    m_exportAction->setEnabled(false);
    if (m_progressDialog && m_view) {
        m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, m_view->window());
        m_progress->setWindowTitle(tr("Export to CSV"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &GridTools::cancelExport);
    }
    m_pollTimer->start();
    auto *watcher = new QFutureWatcher<ops::Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<ops::Result<qint64>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QFuture<ops::Result<qint64>> f = watcher->future();
        if (f.isCanceled() || f.resultCount() == 0) {
            finishExport(ops::Error::make(ops::Error::Kind::Cancelled, tr("Export cancelled.")), path);
            return;
        }
        finishExport(f.result(), path);
    });
    watcher->setFuture(future);
}

void GridTools::finishExport(const ops::Result<qint64> &r, const QString &path)
{
    m_pollTimer->stop();
    m_cancel = {};
    m_rowsSoFar = {};
    m_total = {};
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    m_exportAction->setEnabled(true);
    if (!r.ok()) {
        if (r.error().kind == ops::Error::Kind::Cancelled) {
            if (m_banner)
                m_banner->showInfo(tr("Export cancelled: no file was written."));
            emit exportCancelled();
            return;
        }
        if (m_banner)
            m_banner->showError(r.error().userMessage);
        emit exportFailed(r.error().userMessage);
        return;
    }
    if (m_banner) {
        m_banner->clearActions();
        QAbstractButton *open = m_banner->addAction(tr("Open folder"));
        const QString folder = QFileInfo(path).absolutePath();
        connect(open, &QAbstractButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        m_banner->showSuccess(tr("%n row(s) exported to %1.", nullptr, int(qMin<qint64>(r.value(), INT_MAX)))
                                  .arg(QDir::toNativeSeparators(path)));
    }
    emit exportFinished(path, r.value());
}
