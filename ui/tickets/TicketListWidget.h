#pragma once

#include <QPointer>
#include <QWidget>

#include "core/tickets/TicketTypes.h"

class GridTools;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QTreeView;
class TicketListModel;
class TicketView;

namespace ops {
class DbExecutor;
class Settings;
namespace tickets {
class TicketService;
}
} // namespace ops

// The Tickets section: a filter bar over the list of all tickets (keyset pages loaded as the view scrolls).
// Keyboard first: Ctrl+F goes to the text filter, Enter on a ticket opens it beside the list (without a service:
// its customer's file).
class TicketListWidget : public QWidget
{
    Q_OBJECT
public:
    // settings: where the header state is kept (UiState/TicketList/header); may be null (tests).
    explicit TicketListWidget(ops::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~TicketListWidget() override;

    // nullptr while disconnected: the list empties.
    void setTicketService(ops::tickets::TicketService *service);
    // Enables "export all matching tickets" (TicketExporter on this executor); nullptr: shown rows only.
    void setExportExecutor(ops::DbExecutor *db);
    GridTools *gridTools() const { return m_grid; }

    ops::tickets::TicketFilter currentFilter() const;
    ops::tickets::TicketSort currentSort() const;
    TicketListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    // The ticket view beside the list (Enter or double-click on a ticket; Esc closes it). Null until first opened.
    void openTicket(qint64 ticketId);
    TicketView *ticketView() const { return m_ticketView; }

signals:
    void customerRequested(qint64 customerId, const QString &code);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void maybeFetchMore();
    QWidget *buildFilterBar();
    void loadFilterOptions();
    void applyFilter();
    void onActivated(const QModelIndex &index);
    void showChildrenOf(qint64 parentId, const QString &code);
    void closeTicketView();
    void updateSummary();
    void saveHeader() const;

    ops::Settings *m_settings = nullptr;
    QPointer<ops::tickets::TicketService> m_service;
    TicketListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_assigned = nullptr;
    QCheckBox *m_important = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_debounce = nullptr;
    qint64 m_parentId = 0; // showing the children of this ticket
    QSplitter *m_split = nullptr; // the list | the open ticket
    TicketView *m_ticketView = nullptr;
    GridTools *m_grid = nullptr; // column chooser, remembered header, CSV export
    ops::DbExecutor *m_exportDb = nullptr;
};
