#pragma once

#include <QPointer>
#include <QWidget>

#include "core/audit/AuditTypes.h"

class AuditLogModel;
class GridTools;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace ops {
class Settings;
namespace audit {
class AuditApi;
}
namespace csv {
class ExportService;
}
} // namespace ops

// The "Audit" section (managers and admins): every change and every opening of a customer file, newest first, filtered
// by staff member, entity, customer (code or number), dates and action; pages load as the list scrolls. The pane
// below shows the selected row's fields before and after. "Export to CSV" writes the shown rows or every matching row
// (an export about one customer is itself recorded in the audit).
class AuditLogWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageRows = 200;

    // settings: where the header and splitter states are kept (UiState/Audit/...); may be null (tests).
    explicit AuditLogWidget(ops::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~AuditLogWidget() override;

    // null while disconnected (or when the role may not read the audit): the list empties.
    void setAuditApi(ops::audit::AuditApi *api);
    // Where "shown rows" exports are written (the session's ExportService).
    void setExportService(ops::csv::ExportService *exports);

    // The filters as shown, and setting them (then loading).
    ops::audit::AuditQuery query() const;
    void setQuery(const ops::audit::AuditQuery &query);
    void reload();

    AuditLogModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QTreeWidget *details() const { return m_details; }
    QLabel *detailsTitle() const { return m_detailsTitle; }
    QComboBox *staffFilter() const { return m_staff; }
    QComboBox *entityFilter() const { return m_entity; }
    QComboBox *actionFilter() const { return m_action; }
    QLineEdit *customerFilter() const { return m_customer; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    GridTools *grid() const { return m_grid; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *summary() const { return m_summary; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }
    void fetchMore();

signals:
    void customerRequested(qint64 customerId, const QString &code);
    void pageLoaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFilterBar();
    void loadStaff();
    void request(bool first);
    void maybeFetchMore();
    void updateDetails();
    void updateSummary();
    void saveUiState() const;

    ops::Settings *m_settings = nullptr;
    QPointer<ops::audit::AuditApi> m_api;
    AuditLogModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QTreeWidget *m_details = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QSplitter *m_splitter = nullptr;
    GridTools *m_grid = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_staff = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_customer = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_exportButton = nullptr;
    ops::audit::AuditQuery m_query; // the query of the rows shown
    ops::audit::AuditCursor m_cursor;
    quint64 m_seq = 0;
    bool m_loading = false;
    bool m_hasMore = false;
    bool m_applying = false;
};
