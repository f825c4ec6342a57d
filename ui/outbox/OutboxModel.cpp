#include "ui/outbox/OutboxModel.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QLocale>

#include "core/concurrency/Async.h"
#include "core/integrations/ProviderSettings.h"
#include "core/live/ChangeFeed.h"
#include "core/outbox/OutboxService.h"
#include "ui/common/IdRowDiff.h"

using namespace Qt::Literals::StringLiterals;
using ops::outbox::OutboxFilter;
using ops::outbox::OutboxItem;
using ops::outbox::OutboxStatus;

namespace {
constexpr int kErrorPreviewChars = 160;
constexpr int kManyWindow = 500; // rows re-read from the top when a change names no ids
} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OutboxModel::~OutboxModel() = default;

QString OutboxModel::statusLabel(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return tr("Pending", "outbox status");
    case OutboxStatus::Sending:
        return tr("Sending", "outbox status");
    case OutboxStatus::Sent:
        return tr("Sent", "outbox status");
    case OutboxStatus::Failed:
        return tr("Failed", "outbox status");
    case OutboxStatus::Ambiguous:
        return tr("Uncertain", "outbox status: may or may not have been delivered");
    case OutboxStatus::Cancelled:
        return tr("Cancelled", "outbox status");
    }
    return {};
}

QString OutboxModel::operationLabel(const QString &operation)
{
    struct Entry
    {
        const char *key;
        const char *source;
    };
    static const Entry entries[] = {
        {"sms.send", QT_TRANSLATE_NOOP("OutboxModel", "Text message")},
        {"email.send", QT_TRANSLATE_NOOP("OutboxModel", "E-mail")},
        {"payment_intent.create", QT_TRANSLATE_NOOP("OutboxModel", "Payment")},
        {"refund.create", QT_TRANSLATE_NOOP("OutboxModel", "Refund")},
        {"customer.create", QT_TRANSLATE_NOOP("OutboxModel", "Stripe customer")},
    };
    for (const Entry &e : entries) {
        if (operation == QLatin1String(e.key))
            return QCoreApplication::translate("OutboxModel", e.source);
    }
    return operation;
}

void OutboxModel::setService(ops::outbox::OutboxService *service)
{
    m_service = service;
    reload();
}

void OutboxModel::setFilter(const OutboxFilter &filter)
{
    m_filter.status = filter.status;
    m_filter.provider = filter.provider;
    reload();
}

void OutboxModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_hasMore = bool(m_service);
    const bool wasLoading = m_loading;
    m_loading = false;
    endResetModel();
    if (wasLoading && !m_loading)
        emit loadingChanged(false);
    request();
}

void OutboxModel::request()
{
    if (m_loading || !m_hasMore || !m_service)
        return;
    setLoading(true);
    OutboxFilter f = m_filter;
    f.limit = m_pageSize + 1; // one more: is there a next page?
    f.beforeId.reset();
    if (!m_rows.isEmpty())
        f.beforeId = m_rows.last().item.id;
    const quint64 generation = m_generation;
    ops::runThen(m_service->list(f), this, [this, generation](const ops::Result<QList<OutboxItem>> &r) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!r.ok()) {
            m_hasMore = false;
            emit loadFailed(r.error().userMessage);
            return;
        }
        QList<OutboxItem> items = r.value();
        m_hasMore = items.size() > m_pageSize;
        if (m_hasMore)
            items.resize(m_pageSize);
        // A live insert may already have brought some of these rows.
        const qint64 floor = m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.last().item.id;
        items.removeIf([floor](const OutboxItem &i) { return i.id >= floor; });
        if (!items.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(items.size()) - 1);
            for (const OutboxItem &i : items)
                m_rows.append(makeRow(i));
            endInsertRows();
        }
        emit pageLoaded(int(items.size()), m_hasMore);
    });
}

void OutboxModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

OutboxModel::Row OutboxModel::makeRow(const OutboxItem &i) const
{
    const QLocale locale;
    Row r;
    r.item = i;
    r.created = locale.toString(i.createdAt.toLocalTime(), QLocale::ShortFormat);
    r.provider = ops::integrations::ProviderSettings::displayName(i.provider);
    r.operation = operationLabel(i.operation);
    r.status = statusLabel(i.status);
    r.attempts = tr("%1/%2", "attempts made / attempts allowed").arg(i.attempts).arg(i.maxAttempts);
    if (i.status == OutboxStatus::Pending && i.nextAttemptAt.isValid())
        r.nextAttempt = locale.toString(i.nextAttemptAt.toLocalTime(), QLocale::ShortFormat);
    if (i.lastHttpStatus > 0)
        r.httpStatus = QString::number(i.lastHttpStatus);
    r.error = i.lastError.section(u'\n', 0, 0).simplified();
    if (r.error.size() > kErrorPreviewChars)
        r.error = r.error.left(kErrorPreviewChars - 1) + QChar(0x2026);
    if (!i.businessEntity.isEmpty() && i.businessId)
        r.business = tr("%1 #%2", "business entity and id, e.g. invoice #42").arg(i.businessEntity).arg(*i.businessId);
    return r;
}

bool OutboxModel::matches(const OutboxItem &i) const
{
    return (!m_filter.status || i.status == *m_filter.status)
        && (m_filter.provider.isEmpty() || i.provider == m_filter.provider);
}

int OutboxModel::rowOf(qint64 id) const
{
    // Rows are sorted by id, descending.
    auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, [](const Row &r, qint64 v) { return r.item.id > v; });
    if (it == m_rows.cend() || it->item.id != id)
        return -1;
    return int(it - m_rows.cbegin());
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OutboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetchEnabled && m_hasMore && !m_loading && m_service;
}

void OutboxModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        request();
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const OutboxItem &i = r.item;
    switch (role) {
    case IdRole:
        return i.id;
    case StatusKeyRole:
        return ops::outbox::statusName(i.status);
    case ToneKeyRole:
        return QString(u"outbox:"_s + ops::outbox::statusName(i.status));
    case ProviderRole:
        return i.provider;
    case FullErrorRole:
        return i.lastError;
    case Qt::ToolTipRole:
        if (index.column() == LastError && !i.lastError.isEmpty())
            return i.lastError;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Attempts || index.column() == HttpStatus)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Id:
        return sort ? QVariant(i.id) : QVariant(QString::number(i.id));
    case Created:
        return sort ? QVariant(i.createdAt) : QVariant(r.created);
    case Provider:
        return sort ? QVariant(i.provider) : QVariant(r.provider);
    case Operation:
        return sort ? QVariant(i.operation) : QVariant(r.operation);
    case Status:
        return sort ? QVariant(ops::outbox::statusName(i.status)) : QVariant(r.status);
    case Attempts:
        return sort ? QVariant(i.attempts) : QVariant(r.attempts);
    case NextAttempt:
        return sort ? QVariant(i.nextAttemptAt) : QVariant(r.nextAttempt);
    case HttpStatus:
        return sort ? QVariant(i.lastHttpStatus) : QVariant(r.httpStatus);
    case LastError:
        return sort ? QVariant(i.lastError) : QVariant(r.error);
    case ProviderRef:
        return i.providerRef;
    case Business:
        return r.business;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("No.", "outbox row number");
    case Created:
        return tr("Created");
    case Provider:
        return tr("Service", "external provider");
    case Operation:
        return tr("Operation");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case HttpStatus:
        return tr("HTTP");
    case LastError:
        return tr("Last error");
    case ProviderRef:
        return tr("Provider reference");
    case Business:
        return tr("Related to");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- live updates ----

void OutboxModel::setChangeFeed(ops::live::ChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (feed)
        connect(feed, &ops::live::ChangeFeed::changed, this, &OutboxModel::onChange);
}

void OutboxModel::onChange(const ops::live::Change &change)
{
    if (change.table != "outbox"_L1)
        return;
    if (change.many())
        refreshAll();
    else
        refreshIds(change.ids);
}

void OutboxModel::refreshAll()
{
    if (!m_service)
        return;
    const quint64 generation = m_generation;
    OutboxFilter f = m_filter;
    f.beforeId.reset();
    f.limit = std::clamp(int(m_rows.size()) + 20, 20, kManyWindow);
    const int limit = f.limit;
    ops::runThen(m_service->list(f), this, [this, generation, limit](const ops::Result<QList<OutboxItem>> &r) {
        if (generation != m_generation || !r.ok())
            return;
        const QList<OutboxItem> &items = r.value();
        // Known: every loaded id down to the last row read (all of them when the window was not full).
        const qint64 lowest =
            items.size() < limit || items.isEmpty() ? std::numeric_limits<qint64>::min() : items.last().id;
        QSet<qint64> probed;
        for (const Row &row : std::as_const(m_rows)) {
            if (row.item.id >= lowest)
                probed.insert(row.item.id);
        }
        for (const OutboxItem &i : items)
            probed.insert(i.id);
        applyLive(probed, items);
    });
}

void OutboxModel::refreshIds(QList<qint64> ids)
{
    if (!m_service)
        return;
    // Only ids this list may show: loaded rows, and rows newer than the last loaded one (or any when all is loaded).
    const qint64 floor = m_hasMore && !m_rows.isEmpty() ? m_rows.last().item.id : std::numeric_limits<qint64>::min();
    ids.removeIf([floor](qint64 id) { return id < floor; });
    if (ids.isEmpty())
        return;
    const quint64 generation = m_generation;
    ops::runThen(m_service->findMany(ids), this, [this, generation, ids](const ops::Result<QList<OutboxItem>> &r) {
        if (generation != m_generation || !r.ok())
            return;
        applyLive(QSet<qint64>(ids.cbegin(), ids.cend()), r.value());
    });
}

void OutboxModel::applyLive(const QSet<qint64> &probed, const QList<OutboxItem> &fresh)
{
    QHash<qint64, OutboxItem> byId;
    for (const OutboxItem &i : fresh) {
        if (matches(i))
            byId.insert(i.id, i);
    }
    // Loaded rows: kept as they are unless probed; probed ones are replaced, or removed when gone or no longer
    // matching.
    QList<OutboxItem> kept;
    kept.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows)) {
        if (!probed.contains(row.item.id))
            kept.append(row.item);
        else if (auto it = byId.constFind(row.item.id); it != byId.constEnd())
            kept.append(*it);
    }
    const IdRowDiffSignals s{
        [this](int row) { beginRemoveRows({}, row, row); },
        [this] { endRemoveRows(); },
        [this](int row) { beginInsertRows({}, row, row); },
        [this] { endInsertRows(); },
        [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    auto same = [](const Row &a, const Row &b) {
        return a.item.updatedAt == b.item.updatedAt && a.item.status == b.item.status
            && a.item.attempts == b.item.attempts && a.item.lastError == b.item.lastError;
    };
    applyIdRowDiff(
        m_rows, kept, [](const Row &r) { return r.item.id; }, [](const OutboxItem &i) { return i.id; },
        [this](const OutboxItem &i) { return makeRow(i); }, same, s);
    // New matching rows at their place (newest first); below the loaded pages only when there is nothing more.
    QList<OutboxItem> added;
    for (const OutboxItem &i : std::as_const(byId)) {
        if (rowOf(i.id) < 0 && (!m_hasMore || m_rows.isEmpty() || i.id > m_rows.last().item.id))
            added.append(i);
    }
    std::sort(added.begin(), added.end(), [](const OutboxItem &a, const OutboxItem &b) { return a.id > b.id; });
    for (const OutboxItem &i : std::as_const(added)) {
        auto it =
            std::lower_bound(m_rows.begin(), m_rows.end(), i.id, [](const Row &r, qint64 v) { return r.item.id > v; });
        const int row = int(it - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, makeRow(i));
        endInsertRows();
    }
    emit liveUpdated();
}
