#pragma once

#include <functional>

#include <QAbstractItemModel>
#include <QFuture>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>

#include "core/common/Result.h"
#include "core/tickets/TicketTypes.h"

namespace ops::tickets {
class TicketApi;
}
namespace ops::live {
class ChangeFeed;
struct Change;
} // namespace ops::live

// All tickets matching a filter, one keyset page at a time: the view asks for more with canFetchMore()/fetchMore()
// and the next page arrives asynchronously (appended with beginInsertRows, so selection and scroll stay put).
// Display strings are computed once per row when its page arrives.
//
// The parent/child tree (when a child fetcher is set, e.g. by setService): the top level is the keyset-paged list;
// an outage parent (childCount > 0) has an expand arrow, and its children are loaded on the first expand
// (canFetchMore/fetchMore on the parent index: one round trip, TicketApi::children, never paged by the list's
// cursor). Children also stay in the top-level list when they match the filter (they are tickets of their own);
// under their parent they are indented and carry ParentIdRole/IsChildRole. Two levels only.
class TicketListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Important,
        Code,
        Subject,
        Customer,
        Type,
        Status,
        Assigned,
        Created,
        Updated,
        Parent,
        Children,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw value of the column (QDateTime, bool, int, key)
        StatusKeyRole, // "open", "in_progress"…
        CustomerIdRole, // 0 when the ticket has no customer
        CustomerCodeRole,
        ImportantRole,
        ChildCountRole,
        ParentIdRole, // the parent ticket's id (0: none)
        IsChildRole // true for a row shown under its parent in the tree
    };
    Q_ENUM(Role)

    using PageFetcher = std::function<QFuture<ops::Result<ops::tickets::TicketPage>>(
        const ops::tickets::TicketFilter &, ops::tickets::TicketSort, const ops::tickets::TicketCursor &, int limit)>;
    using ChildFetcher = std::function<QFuture<ops::Result<QList<ops::tickets::TicketRow>>>(qint64 parentId)>;

    explicit TicketListModel(QObject *parent = nullptr);
    ~TicketListModel() override;

    // Where pages come from; nullptr or an empty fetcher empties the list (disconnected).
    void setService(ops::tickets::TicketApi *service);
    void setFetcher(PageFetcher fetcher);
    // Where children come from; empty: a flat list (no expand arrows). Set before setFetcher (which reloads).
    void setChildFetcher(ChildFetcher fetcher);
    bool isTree() const { return bool(m_childFetcher); }

    // A new query: the list is reset and its first page requested.
    void setQuery(const ops::tickets::TicketFilter &filter, ops::tickets::TicketSort sort);
    void reload();
    const ops::tickets::TicketFilter &filter() const { return m_filter; }
    ops::tickets::TicketSort sortOrder() const { return m_sort; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    const ops::tickets::TicketRow &ticket(int row) const { return m_rows.at(row).ticket; }
    // The ticket at a top-level or child index (valid index only).
    const ops::tickets::TicketRow &ticket(const QModelIndex &index) const { return rowAt(index).ticket; }
    // Whether the children of a top-level ticket were read (false until it is first expanded).
    bool childrenLoaded(qint64 parentId) const;
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }

    // Live updates: changed tickets among the loaded rows are re-read with the current filter (updated in place, or
    // removed when they no longer match); new matching tickets newer than the first row are inserted at the top.
    // Loaded pages, selection and scroll position are kept. nullptr detaches.
    void setChangeFeed(ops::live::ChangeFeed *feed);
    ops::live::ChangeFeed *changeFeed() const;
    static constexpr int kMaxLiveProbes = 100; // changed loaded rows re-read per change, at most

    // Translated labels for schema keys.
    static QString statusLabel(const QString &statusKey);
    static QString typeLabel(const QString &issueType);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    using QObject::parent;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // While the list is not on screen, the view must not pull pages: a hidden view sees "the last row in sight" after
    // every page and would load the whole table.
    void setFetchEnabled(bool enabled) { m_fetchEnabled = enabled; }
    bool isFetchEnabled() const { return m_fetchEnabled; }

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded, bool hasMore);
    void loadFailed(const QString &userMessage);
    void liveUpdated(); // a live re-read was applied (tests, benchmarks)
    void childrenArrived(qint64 parentId, int count); // a parent's children were (re)loaded

private:
    struct Row
    {
        ops::tickets::TicketRow ticket;
        QString customer;
        QString type;
        QString status;
        QString created;
        QString updated;
        QString children;
        QString toolTip;
    };
    struct ChildList
    {
        QList<Row> rows;
        bool loading = false;
        bool loaded = false;
    };

    void request();
    void setLoading(bool loading);
    void appendPage(const ops::tickets::TicketPage &page);
    Row makeRow(const ops::tickets::TicketRow &t, bool child = false) const;
    const Row &rowAt(const QModelIndex &index) const;
    void removeTopRow(int row);
    void requestChildren(qint64 parentId);
    void applyChildren(qint64 parentId, const QList<ops::tickets::TicketRow> &rows);
    void refreshLoadedChildren(const ops::live::Change &change);
    void onChange(const ops::live::Change &change);
    void probeRow(const ops::tickets::TicketRow &t);
    void probeTop();
    int rowOf(qint64 id) const;
    bool isBeforeFirst(const ops::tickets::TicketRow &t) const;

    PageFetcher m_fetcher;
    ChildFetcher m_childFetcher;
    QHash<qint64, ChildList> m_children; // by parent id: children loaded (or loading) under top-level rows
    mutable QHash<qint64, int> m_rowById; // top-level row of a ticket id; rebuilt lazily
    mutable bool m_rowIndexDirty = true;
    ops::tickets::TicketFilter m_filter;
    ops::tickets::TicketSort m_sort = ops::tickets::TicketSort::CreatedDesc;
    ops::tickets::TicketCursor m_cursor;
    QList<Row> m_rows;
    QIcon m_importantIcon;
    int m_pageSize = 100;
    quint64 m_generation = 0; // bumped by every new query; late pages of an old query are dropped
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_fetchEnabled = true;
    QPointer<ops::live::ChangeFeed> m_feed;
};
