#include "ui/tickets/TicketListModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

#include "core/concurrency/Async.h"
#include "core/live/ChangeFeed.h"
#include "core/tickets/TicketApi.h"
#include "ui/common/Icons.h"
#include "ui/common/IdRowDiff.h"

using namespace Qt::Literals::StringLiterals;
using ops::tickets::TicketPage;
using ops::tickets::TicketRow;

namespace {

struct Text
{
    const char *source;
    const char *comment;
};

struct Label
{
    const char *key;
    Text text;
};

// Translated label of a schema key; unknown keys are shown as they are.
template <size_t N> QString lookup(const Label (&labels)[N], const QString &key)
{
    for (const Label &l : labels) {
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("TicketListModel", l.text.source, l.text.comment);
    }
    return key;
}

} // namespace

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_importantIcon(Icons::icon(Icons::Glyph::Warning))
{}

TicketListModel::~TicketListModel() = default;

QString TicketListModel::statusLabel(const QString &statusKey)
{
    static const Label labels[] = {
        {"open", QT_TRANSLATE_NOOP3("TicketListModel", "Open", "ticket status")},
        {"in_progress", QT_TRANSLATE_NOOP3("TicketListModel", "In progress", "ticket status")},
        {"waiting", QT_TRANSLATE_NOOP3("TicketListModel", "Waiting", "ticket status")},
        {"resolved", QT_TRANSLATE_NOOP3("TicketListModel", "Resolved", "ticket status")},
        {"closed", QT_TRANSLATE_NOOP3("TicketListModel", "Closed", "ticket status")},
    };
    return lookup(labels, statusKey);
}

QString TicketListModel::typeLabel(const QString &issueType)
{
    static const Label labels[] = {
        {"no_internet", QT_TRANSLATE_NOOP3("TicketListModel", "No Internet", "ticket type")},
        {"slow_speed", QT_TRANSLATE_NOOP3("TicketListModel", "Slow speed", "ticket type")},
        {"wifi", QT_TRANSLATE_NOOP3("TicketListModel", "Wi-Fi", "ticket type")},
        {"tv", QT_TRANSLATE_NOOP3("TicketListModel", "TV", "ticket type")},
        {"phone", QT_TRANSLATE_NOOP3("TicketListModel", "Phone", "ticket type")},
        {"billing", QT_TRANSLATE_NOOP3("TicketListModel", "Billing", "ticket type")},
        {"installation", QT_TRANSLATE_NOOP3("TicketListModel", "Installation", "ticket type")},
        {"equipment", QT_TRANSLATE_NOOP3("TicketListModel", "Equipment", "ticket type")},
        {"move", QT_TRANSLATE_NOOP3("TicketListModel", "Move", "ticket type")},
        {"cancellation", QT_TRANSLATE_NOOP3("TicketListModel", "Cancellation", "ticket type")},
        {"general", QT_TRANSLATE_NOOP3("TicketListModel", "General", "ticket type")},
        {"outage", QT_TRANSLATE_NOOP3("TicketListModel", "Outage", "ticket type")},
    };
    return lookup(labels, issueType);
}

void TicketListModel::setService(ops::tickets::TicketApi *service)
{
    if (!service) {
        m_childFetcher = {};
        return setFetcher({});
    }
    QPointer<ops::tickets::TicketApi> guard(service);
    m_childFetcher = [guard](qint64 parentId) -> QFuture<ops::Result<QList<TicketRow>>> {
        if (!guard)
            return QtFuture::makeReadyFuture(ops::Result<QList<TicketRow>>(ops::Error::make(
                ops::Error::Kind::Unavailable, QCoreApplication::translate("TicketListModel", "Not connected."))));
        return guard->children(parentId);
    };
    setFetcher([guard](const ops::tickets::TicketFilter &f, ops::tickets::TicketSort s,
                   const ops::tickets::TicketCursor &c, int limit) -> QFuture<ops::Result<TicketPage>> {
        if (!guard)
            return QtFuture::makeReadyFuture(ops::Result<TicketPage>(ops::Error::make(
                ops::Error::Kind::Unavailable, QCoreApplication::translate("TicketListModel", "Not connected."))));
        return guard->page(f, s, c, limit);
    });
}

void TicketListModel::setFetcher(PageFetcher fetcher)
{
    m_fetcher = std::move(fetcher);
    reload();
}

void TicketListModel::setChildFetcher(ChildFetcher fetcher)
{
    beginResetModel();
    m_childFetcher = std::move(fetcher);
    m_children.clear();
    endResetModel();
}

bool TicketListModel::childrenLoaded(qint64 parentId) const
{
    const auto it = m_children.constFind(parentId);
    return it != m_children.cend() && it->loaded;
}

void TicketListModel::setQuery(const ops::tickets::TicketFilter &filter, ops::tickets::TicketSort sort)
{
    m_filter = filter;
    m_sort = sort;
    reload();
}

void TicketListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_children.clear();
    m_rowIndexDirty = true;
    m_cursor = {};
    m_hasMore = bool(m_fetcher);
    const bool wasLoading = m_loading;
    m_loading = false; // a page still on its way belongs to the old query
    endResetModel();
    // A view may already have asked for the first page from its modelReset handler; request() then does nothing.
    if (wasLoading && !m_loading)
        emit loadingChanged(false);
    request();
}

void TicketListModel::request()
{
    if (m_loading || !m_hasMore || !m_fetcher)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    ops::runThen(
        m_fetcher(m_filter, m_sort, m_cursor, m_pageSize), this, [this, generation](const ops::Result<TicketPage> &r) {
            if (generation != m_generation)
                return; // an older query
            setLoading(false);
            if (!r.ok()) {
                m_hasMore = false;
                emit loadFailed(r.error().userMessage);
                return;
            }
            appendPage(r.value());
        });
}

void TicketListModel::appendPage(const TicketPage &page)
{
    m_hasMore = page.hasMore && !page.nextCursor.isNull();
    m_cursor = page.nextCursor;
    if (!page.rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.rows.size()) - 1);
        m_rows.reserve(m_rows.size() + page.rows.size());
        for (const TicketRow &t : page.rows)
            m_rows.append(makeRow(t));
        m_rowIndexDirty = true;
        endInsertRows();
    }
    emit pageLoaded(int(page.rows.size()), m_hasMore);
}

TicketListModel::Row TicketListModel::makeRow(const TicketRow &t, bool child) const
{
    const QLocale locale;
    Row r;
    r.ticket = t;
    if (t.customerId > 0)
        r.customer = tr("%1 (%2)", "customer name (code)").arg(t.customerName, t.customerCode);
    r.type = typeLabel(t.issueType);
    r.status = statusLabel(t.status);
    r.created = locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat);
    r.updated = locale.toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat);
    if (t.childCount > 0)
        r.children = locale.toString(t.childCount);
    r.toolTip = t.important ? tr("%1 · %2 (important)").arg(t.code, t.subject) : tr("%1 · %2").arg(t.code, t.subject);
    if (child && !t.parentCode.isEmpty())
        r.toolTip = tr("%1\nGrouped under %2", "tooltip of a child ticket: its text, then its parent")
                        .arg(r.toolTip, t.parentCode);
    return r;
}

void TicketListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

// Index scheme: a top-level index has internalId 0; a child index has its parent ticket's id as internalId.
QModelIndex TicketListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size())
        return {};
    const qint64 parentId = m_rows.at(parent.row()).ticket.id;
    const auto it = m_children.constFind(parentId);
    if (it == m_children.cend() || row >= it->rows.size())
        return {};
    return createIndex(row, column, quintptr(parentId));
}

QModelIndex TicketListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOf(qint64(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

bool TicketListModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_rows.isEmpty();
    if (parent.internalId() != 0 || parent.column() != 0 || !m_childFetcher || parent.row() >= m_rows.size())
        return false;
    const qint64 id = m_rows.at(parent.row()).ticket.id;
    const auto it = m_children.constFind(id);
    if (it != m_children.cend() && it->loaded)
        return !it->rows.isEmpty();
    return m_rows.at(parent.row()).ticket.childCount > 0;
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size())
        return 0;
    const auto it = m_children.constFind(m_rows.at(parent.row()).ticket.id);
    return it == m_children.cend() ? 0 : int(it->rows.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return !parent.isValid() || parent.internalId() == 0 ? int(ColumnCount) : 0;
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_fetchEnabled && m_hasMore && !m_loading && m_fetcher;
    if (parent.internalId() != 0 || parent.column() != 0 || !m_childFetcher || parent.row() >= m_rows.size())
        return false;
    const TicketRow &t = m_rows.at(parent.row()).ticket;
    const auto it = m_children.constFind(t.id);
    return t.childCount > 0 && (it == m_children.cend() || (!it->loaded && !it->loading));
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        return request();
    if (canFetchMore(parent))
        requestChildren(m_rows.at(parent.row()).ticket.id);
}

const TicketListModel::Row &TicketListModel::rowAt(const QModelIndex &index) const
{
    if (index.internalId() == 0)
        return m_rows.at(index.row());
    return m_children.find(qint64(index.internalId()))->rows.at(index.row());
}

void TicketListModel::requestChildren(qint64 parentId)
{
    if (!m_childFetcher)
        return;
    ChildList &list = m_children[parentId];
    if (list.loading)
        return;
    list.loading = true;
    const quint64 generation = m_generation;
    ops::runThen(m_childFetcher(parentId), this, [this, generation, parentId](const ops::Result<QList<TicketRow>> &r) {
        if (generation != m_generation)
            return; // another query: its tree starts collapsed
        const auto it = m_children.find(parentId);
        if (it == m_children.end())
            return; // the parent left the list
        it->loading = false;
        if (rowOf(parentId) < 0) {
            m_children.erase(it);
            return;
        }
        if (!r.ok()) {
            it->loaded = true; // no retry loop from the view; a reload or a live change asks again
            emit loadFailed(r.error().userMessage);
            return;
        }
        applyChildren(parentId, r.value());
    });
}

void TicketListModel::applyChildren(qint64 parentId, const QList<TicketRow> &rows)
{
    const int parentRow = rowOf(parentId);
    if (parentRow < 0)
        return;
    ChildList &list = m_children[parentId];
    const bool wasLoaded = list.loaded;
    list.loaded = true;
    const QModelIndex parent = index(parentRow, 0);
    IdRowDiffSignals s;
    s.beginRemove = [this, parent](int row) {
        beginRemoveRows(parent, row, row);
    };
    s.endRemove = [this] {
        endRemoveRows();
    };
    s.beginInsert = [this, parent](int row) {
        beginInsertRows(parent, row, row);
    };
    s.endInsert = [this] {
        endInsertRows();
    };
    s.changed = [this, parentId](int row) {
        emit dataChanged(
            createIndex(row, 0, quintptr(parentId)), createIndex(row, ColumnCount - 1, quintptr(parentId)));
    };
    applyIdRowDiff(
        list.rows, rows, [](const Row &r) { return r.ticket.id; }, [](const TicketRow &t) { return t.id; },
        [this](const TicketRow &t) { return makeRow(t, true); },
        [](const Row &a, const Row &b) { return a.ticket == b.ticket; }, s);
    // The parent's "Children" count follows what was read (a child inserted elsewhere does not touch its row).
    TicketRow parentTicket = m_rows.at(parentRow).ticket;
    if (parentTicket.childCount != list.rows.size()) {
        parentTicket.childCount = int(list.rows.size());
        m_rows[parentRow] = makeRow(parentTicket);
        emit dataChanged(index(parentRow, 0), index(parentRow, ColumnCount - 1));
    } else if (!wasLoaded && list.rows.isEmpty()) { // the arrow goes away: hasChildren() changed
        emit dataChanged(index(parentRow, 0), index(parentRow, ColumnCount - 1));
    }
    emit childrenArrived(parentId, int(list.rows.size()));
}

void TicketListModel::removeTopRow(int row)
{
    const qint64 id = m_rows.at(row).ticket.id;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_children.remove(id);
    m_rowIndexDirty = true;
    endRemoveRows();
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = rowAt(index);
    const TicketRow &t = r.ticket;
    switch (role) {
    case IdRole:
        return t.id;
    case ParentIdRole:
        return t.parentId;
    case IsChildRole:
        return index.internalId() != 0;
    case StatusKeyRole:
        return t.status;
    case CustomerIdRole:
        return t.customerId;
    case CustomerCodeRole:
        return t.customerCode;
    case ImportantRole:
        return t.important;
    case ChildCountRole:
        return t.childCount;
    case Qt::ToolTipRole:
        return r.toolTip;
    case Qt::DecorationRole:
        return index.column() == Important && t.important ? QVariant(m_importantIcon) : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == Important)
            return t.important ? tr("Important") : QString();
        break;
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Important:
        return sort ? QVariant(t.important) : QVariant();
    case Code:
        return sort ? QVariant(t.id) : QVariant(t.code);
    case Subject:
        return t.subject;
    case Customer:
        return sort ? QVariant(t.customerName) : QVariant(r.customer);
    case Type:
        return sort ? QVariant(t.issueType) : QVariant(r.type);
    case Status:
        return sort ? QVariant(t.status) : QVariant(r.status);
    case Assigned:
        return t.assignedStaffName;
    case Created:
        return sort ? QVariant(t.createdAt) : QVariant(r.created);
    case Updated:
        return sort ? QVariant(t.updatedAt) : QVariant(r.updated);
    case Parent:
        return t.parentCode;
    case Children:
        return sort ? QVariant(t.childCount) : QVariant(r.children);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Important)
        return tr("Important");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Important:
        return tr("!", "header of the important column");
    case Code:
        return tr("Ticket");
    case Subject:
        return tr("Subject");
    case Customer:
        return tr("Customer");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Assigned:
        return tr("Assigned to");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Parent:
        return tr("Parent");
    case Children:
        return tr("Children", "child tickets");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- live updates ----

ops::live::ChangeFeed *TicketListModel::changeFeed() const
{
    return m_feed;
}

void TicketListModel::setChangeFeed(ops::live::ChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &ops::live::ChangeFeed::changed, this, &TicketListModel::onChange);
}

int TicketListModel::rowOf(qint64 id) const
{
    if (m_rowIndexDirty) {
        m_rowById.clear();
        m_rowById.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(m_rows.at(i).ticket.id, i);
        m_rowIndexDirty = false;
    }
    return m_rowById.value(id, -1);
}

bool TicketListModel::isBeforeFirst(const TicketRow &t) const
{
    if (m_rows.isEmpty())
        return true;
    const TicketRow &first = m_rows.first().ticket;
    // Descending sorts only: the row would come before the current first row.
    return t.sortKeyMicros > first.sortKeyMicros || (t.sortKeyMicros == first.sortKeyMicros && t.id > first.id);
}

void TicketListModel::onChange(const ops::live::Change &change)
{
    if (change.table != "tickets"_L1 || !m_fetcher)
        return;
    if (m_rows.isEmpty()) {
        if (!m_loading && change.op != u'D')
            reload(); // nothing loaded to keep: the first page again
        return;
    }
    refreshLoadedChildren(change);
    if (change.op == u'D' && !change.many()) {
        for (qint64 id : change.ids) {
            const int row = rowOf(id);
            if (row >= 0)
                removeTopRow(row);
        }
        emit liveUpdated();
        return;
    }
    QList<TicketRow> toProbe;
    if (change.many()) {
        for (int i = 0; i < m_rows.size() && toProbe.size() < kMaxLiveProbes; ++i)
            toProbe.append(m_rows.at(i).ticket);
    } else {
        for (qint64 id : change.ids) {
            const int row = rowOf(id);
            if (row >= 0 && toProbe.size() < kMaxLiveProbes)
                toProbe.append(m_rows.at(row).ticket);
        }
    }
    for (const TicketRow &t : std::as_const(toProbe))
        probeRow(t);
    // Inserts, and updates that may move a ticket to the top (sorted by last update) or make it match the filter.
    if (m_sort != ops::tickets::TicketSort::CreatedAsc)
        probeTop();
}

void TicketListModel::probeRow(const TicketRow &t)
{
    // The page of one row starting at this row's own position (the cursor is exclusive): the same row back means it
    // still matches the filter at the same place; anything else means it left this list (or moved, by update time).
    ops::tickets::TicketCursor cursor;
    cursor.keyMicros = t.sortKeyMicros;
    cursor.id = m_sort == ops::tickets::TicketSort::CreatedAsc ? t.id - 1 : t.id + 1;
    if (cursor.isNull())
        return;
    const quint64 generation = m_generation;
    const qint64 id = t.id;
    const qint64 key = t.sortKeyMicros;
    auto apply = [this, generation, id, key](const ops::Result<TicketPage> &r) {
        if (generation != m_generation || !r.ok())
            return; // another query, or a failed background re-read: keep what is shown
        const int row = rowOf(id);
        if (row < 0 || m_rows.at(row).ticket.sortKeyMicros != key)
            return; // gone, or already moved by a newer re-read
        const QList<TicketRow> &rows = r.value().rows;
        if (!rows.isEmpty() && rows.first().id == id) {
            m_rows[row] = makeRow(rows.first());
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            removeTopRow(row);
        }
        emit liveUpdated();
    };
    ops::runThen(m_fetcher(m_filter, m_sort, cursor, 1), this, std::move(apply));
}

void TicketListModel::probeTop()
{
    const quint64 generation = m_generation;
    ops::runThen(m_fetcher(m_filter, m_sort, {}, 20), this, [this, generation](const ops::Result<TicketPage> &r) {
        if (generation != m_generation || !r.ok())
            return;
        QList<TicketRow> fresh;
        for (const TicketRow &t : r.value().rows) {
            if (!isBeforeFirst(t))
                break;
            const int existing = rowOf(t.id);
            if (existing >= 0) // moved up (sorted by update time): take it out of its old place
                removeTopRow(existing);
            fresh.append(t);
        }
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        for (qsizetype i = fresh.size() - 1; i >= 0; --i)
            m_rows.prepend(makeRow(fresh.at(i)));
        m_rowIndexDirty = true;
        endInsertRows();
        emit liveUpdated();
    });
}

void TicketListModel::refreshLoadedChildren(const ops::live::Change &change)
{
    // Expanded parents are few: re-read every loaded child list that the change may touch (one round trip each).
    // An insert may be a new child of any of them (its parent row is not part of the change).
    if (!m_childFetcher || m_children.isEmpty())
        return;
    const bool any = change.many() || change.op == u'I';
    QList<qint64> parents;
    for (auto it = m_children.cbegin(); it != m_children.cend() && parents.size() < kMaxLiveProbes; ++it) {
        if (!it->loaded || it->loading)
            continue;
        bool touched = any || change.ids.contains(it.key());
        for (int i = 0; !touched && i < it->rows.size(); ++i)
            touched = change.ids.contains(it->rows.at(i).ticket.id);
        if (touched)
            parents.append(it.key());
    }
    const quint64 generation = m_generation;
    for (qint64 parentId : std::as_const(parents)) {
        m_children[parentId].loading = true;
        ops::runThen(
            m_childFetcher(parentId), this, [this, generation, parentId](const ops::Result<QList<TicketRow>> &r) {
                if (generation != m_generation)
                    return;
                const auto it = m_children.find(parentId);
                if (it == m_children.end())
                    return;
                it->loading = false;
                if (r.ok() && rowOf(parentId) >= 0) {
                    applyChildren(parentId, r.value());
                    emit liveUpdated();
                }
            });
    }
}
