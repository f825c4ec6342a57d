#pragma once

#include <QWidget>

#include "core/import/ImportTypes.h"

class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class TextTableModel;

// The report of an ERPNext import on screen (issue 16, item 6): the counts per entity (source, new, updated,
// unchanged, refused), the refused and changed rows with a filter by entity and by reason, and the reconciliation with
// its differences highlighted. "Save report as CSV…" writes the same file as `targo-opsctl import erpnext --report`
// (writeImportReportCsv).
class ImportReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportReportView(QWidget *parent = nullptr);
    ~ImportReportView() override;

    void setReport(const ops::import::ImportReport &report);
    const ops::import::ImportReport &report() const { return m_report; }
    // Writes the CSV; a translated message on failure (empty on success).
    QString saveCsv(const QString &path) const;

    QTableWidget *countsTable() const { return m_counts; }
    QTableView *issuesView() const { return m_issuesView; }
    QSortFilterProxyModel *issuesFilter() const { return m_filter; }
    QComboBox *entityFilter() const { return m_entity; }
    QComboBox *reasonFilter() const { return m_reason; }
    QTableWidget *reconciliationTable() const { return m_recon; }
    QPushButton *saveButton() const { return m_save; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void fillCounts();
    void fillIssues();
    void fillReconciliation();
    void applyFilter();
    void askAndSave();

    ops::import::ImportReport m_report;
    QLabel *m_summary = nullptr;
    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_counts = nullptr;
    TextTableModel *m_issues = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_issuesView = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_reason = nullptr;
    QTableWidget *m_recon = nullptr;
    QPushButton *m_save = nullptr;
};
