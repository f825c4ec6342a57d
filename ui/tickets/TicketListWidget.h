#pragma once

#include <functional>
#include <memory>

#include <QPointer>
#include <QWidget>

#include "core/session/Capabilities.h"
#include "core/tickets/TicketSavedFilters.h"
#include "core/tickets/TicketTypes.h"

class GridTools;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPersistentModelIndex;
class QToolButton;
class QSplitter;
class QTimer;
class QTreeView;
class TicketListModel;
class TicketView;

namespace ops {
class Settings;
namespace csv {
class ExportService;
}
namespace tickets {
class TicketApi;
}
} // namespace ops

// The Tickets section: a filter bar over the list of all tickets (keyset pages loaded as the view scrolls).
// Keyboard first: Ctrl+F goes to the text filter, Enter on a ticket opens it beside the list (without a service:
// its customer's file; on an outage parent: the list of its children). With a service the list is a tree: outage
// parents expand (Right/Left, +/-) to their children, loaded on the first expand.
//
// Live inserts at the top while the user is scrolled down: the rows are inserted (the model stays the truth: count,
// export) but the view is moved by their height so the rows on screen do not move, and a "N new tickets ↑" pill
// appears over the list; clicking it (or reaching the top) scrolls up and clears it. At the very top new rows simply
// appear. A dispatcher reading a ticket in the middle of the list is never pulled away from it.
//
// Saved filters (the "Saved filters" menu button, Alt+S): the filter bar's criteria under a name, kept per user in
// Settings UiState/TicketList/savedFilters (SavedTicketFilters JSON); one may be the default, applied when the list
// is created.
class TicketListWidget : public QWidget
{
    Q_OBJECT
public:
    // settings: where the header state is kept (UiState/TicketList/header); may be null (tests).
    explicit TicketListWidget(ops::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~TicketListWidget() override;

    // nullptr while disconnected: the list empties.
    // Where the shown rows are exported (the session's ExportService); null: unavailable.
    void setExportService(ops::csv::ExportService *exports);
    void setTicketService(ops::tickets::TicketApi *service);
    // What the role may do (RoleGate): handed to the ticket view (now and when it is created). Default: everything.
    void setCapabilities(const ops::Capabilities &caps);
    GridTools *gridTools() const { return m_grid; }

    ops::tickets::TicketFilter currentFilter() const;
    ops::tickets::TicketSort currentSort() const;
    TicketListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    // The ticket view beside the list (Enter or double-click on a ticket; Esc closes it). Null until first opened.
    void openTicket(qint64 ticketId);
    TicketView *ticketView() const { return m_ticketView; }

    // Live inserts above the visible rows not yet scrolled to (the pill); 0 when the pill is hidden.
    int pendingNewAbove() const { return m_newAbove; }
    QToolButton *newTicketsPill() const { return m_newPill; }
    // The id of the first row visible at the top of the list (0: none).
    qint64 firstVisibleTicketId() const;

    // Saved filters (also reachable from the menu). Names are SavedTicketFilters::normalizedName()d.
    const ops::tickets::SavedTicketFilters &savedFilters() const { return m_saved; }
    ops::tickets::SavedTicketFilter currentCriteria() const;
    void setCriteria(const ops::tickets::SavedTicketFilter &criteria); // the filter bar shows it, the list reloads
    bool saveCurrentFilterAs(const QString &name);
    bool applySavedFilter(const QString &name);
    bool renameSavedFilter(const QString &from, const QString &to);
    bool deleteSavedFilter(const QString &name);
    bool setDefaultSavedFilter(const QString &name); // empty: no default
    QToolButton *savedFiltersButton() const { return m_savedButton; }
    static constexpr const char *kSavedFiltersKey = "TicketList/savedFilters";

signals:
    void customerRequested(qint64 customerId, const QString &code);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void maybeFetchMore();
    QWidget *buildFilterBar();
    void loadFilterOptions();
    void applyFilter();
    void enableFullExport();
    void onActivated(const QModelIndex &index);
    void showChildrenOf(qint64 parentId, const QString &code);
    void closeTicketView();
    void updateSummary();
    void saveHeader() const;
    void captureAnchor(const QModelIndex &parent, int first);
    void restoreAnchor();
    void onRowsInsertedAbove(const QModelIndex &parent, int first, int last);
    void updatePill();
    void placePill();
    void loadSavedFilters();
    void storeSavedFilters();
    void rebuildSavedMenu();
    void askName(const QString &title, const QString &initial, std::function<void(const QString &)> done);

    ops::Settings *m_settings = nullptr;
    ops::Capabilities m_caps = ops::Capabilities::unrestricted();
    QPointer<ops::tickets::TicketApi> m_service;
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
    // Keeping the visible rows in place across inserts/removals above them.
    std::unique_ptr<QPersistentModelIndex> m_anchor;
    int m_anchorTop = 0; // its visualRect().top() before the change
    int m_anchorHScroll = 0;
    int m_newAbove = 0;
    QToolButton *m_newPill = nullptr;
    // Saved filters.
    ops::tickets::SavedTicketFilters m_saved;
    QString m_activeSaved; // the last applied or saved entry (rename/delete/default act on it)
    QToolButton *m_savedButton = nullptr;
    QMenu *m_savedMenu = nullptr;
};
