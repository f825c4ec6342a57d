#pragma once

#include <functional>
#include <memory>

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/common/Result.h"
#include "core/export/CsvWriter.h"

class MessageBanner;
class QAbstractItemView;
class QAction;
class QHeaderView;
class QMenu;
class QProgressDialog;
class QTimer;

namespace ops {
class Settings;
namespace csv {
class ExportService;
}
} // namespace ops

// What a grid's "all matching rows" export returns: the running job, polled on the GUI thread.
struct GridExportJob
{
    QFuture<ops::Result<qint64>> rows; // rows written (header excluded), or the error (Cancelled after cancel())
    std::function<void()> cancel;
    std::function<qint64()> rowsSoFar;
    std::function<qint64()> estimatedTotal; // <= 0: unknown
};

// Column chooser, remembered header state and CSV export for any QTableView / QTreeView.
//
//  - Header context menu: one checkable entry per column (the last visible one cannot be hidden), "Reset columns".
//  - Widths, order, visibility and sort indicator are kept in Settings UiState/<stateKey> (QHeaderView::saveState),
//    saved when they change and restored on attach. Sorting: when the view has sorting enabled, the saved sort column
//    is applied again.
//  - "Export…" (in the header menu, and exportAction() for a toolbar): the visible rows (the model's display text, in
//    view order, visible columns only; written on a worker thread), or all matching rows when the grid has an
//    AllRowsProvider (streamed from the database by the provider). A progress dialog can cancel; a cancelled export
//    leaves no file. On success the banner (if any) offers "Open folder".
//
// Usage: GridTools::attach(view, settings, QStringLiteral("CustomerFile/locations"), QStringLiteral("locations"));
class GridTools : public QObject
{
    Q_OBJECT
public:
    using AllRowsProvider = std::function<GridExportJob(const QString &path, const ops::csv::CsvOptions &options)>;
    // Picks the destination; empty: cancelled. Default: QFileDialog::getSaveFileName.
    using FileChooser = std::function<QString(const QString &suggestedPath)>;

    // settings may be null (nothing remembered). The tools are a child of view.
    GridTools(QAbstractItemView *view, ops::Settings *settings, const QString &stateKey, const QString &exportBaseName);
    ~GridTools() override;
    static GridTools *attach(
        QAbstractItemView *view, ops::Settings *settings, const QString &stateKey, const QString &exportBaseName);

    void setBanner(MessageBanner *banner);
    // Where the shown rows are written (the session's ExportService, on its CPU pool); null: export says it is
    // unavailable.
    void setExportService(ops::csv::ExportService *exports);
    void setAllRowsProvider(AllRowsProvider provider) { m_allRows = std::move(provider); }
    bool hasAllRowsProvider() const { return bool(m_allRows); }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void setProgressDialogEnabled(bool on) { m_progressDialog = on; } // off in tests

    QHeaderView *header() const;
    QMenu *buildHeaderMenu(); // the context menu (caller owns it)
    QAction *exportAction() const { return m_exportAction; }

    void setColumnVisible(int logicalColumn, bool visible);
    void resetColumns(); // the widths, order and visibility the grid had when attached
    void saveState();
    void restoreState();

    // "tickets-2026-11-27.csv" in the Documents folder (or the last export folder).
    QString suggestedPath() const;
    // The CSV options for the UI language: ';' with a decimal comma (fr-CA), ',' otherwise.
    static ops::csv::CsvOptions uiCsvOptions();

    // Starts an export to path without asking; finished with exportFinished / exportFailed / exportCancelled.
    void exportVisibleRows(const QString &path);
    void exportAllRows(const QString &path);
    bool isExporting() const { return bool(m_cancel); }
    void cancelExport();
    // Asks which rows (when there is a choice) and where, then exports.
    void exportInteractive();

signals:
    void exportFinished(const QString &path, qint64 rows);
    void exportFailed(const QString &message);
    void exportCancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onHeaderMenu(const QPoint &pos);
    void scheduleSave();
    void track(QFuture<ops::Result<qint64>> future, const QString &path);
    void finishExport(const ops::Result<qint64> &r, const QString &path);

    QPointer<QAbstractItemView> m_view;
    ops::Settings *m_settings = nullptr;
    QPointer<ops::csv::ExportService> m_exports;
    QString m_stateKey;
    QString m_baseName;
    QByteArray m_defaultState;
    AllRowsProvider m_allRows;
    FileChooser m_chooser;
    QPointer<MessageBanner> m_banner;
    QAction *m_exportAction = nullptr;
    QTimer *m_saveTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::function<void()> m_cancel;
    std::function<qint64()> m_rowsSoFar;
    std::function<qint64()> m_total;
    bool m_progressDialog = true;
    bool m_restoring = false;
};
