#include "ui/tickets/TicketListModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

#include "core/concurrency/Async.h"
#include "core/tickets/TicketService.h"
#include "ui/common/Icons.h"

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
    : QAbstractTableModel(parent)
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

void TicketListModel::setService(ops::tickets::TicketService *service)
{
    if (!service)
        return setFetcher({});
    QPointer<ops::tickets::TicketService> guard(service);
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
        endInsertRows();
    }
    emit pageLoaded(int(page.rows.size()), m_hasMore);
}

TicketListModel::Row TicketListModel::makeRow(const TicketRow &t) const
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
    return r;
}

void TicketListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_fetcher;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        request();
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const TicketRow &t = r.ticket;
    switch (role) {
    case IdRole:
        return t.id;
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
        return QAbstractTableModel::headerData(section, orientation, role);
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
