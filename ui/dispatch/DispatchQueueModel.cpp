#include "ui/dispatch/DispatchQueueModel.h"

#include <QLocale>
#include <QMimeData>

#include "ui/dispatch/DispatchTimeline.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;

DispatchQueueModel::DispatchQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DispatchQueueModel::setJobs(const Board &board, const QDateTime &now)
{
    beginResetModel();
    m_rows.clear();
    for (const Job &j : board.jobs) {
        if (j.status != JobStatus::Unscheduled)
            continue;
        Entry e;
        e.job = j;
        if (const Tag *region = board.tag(j.regionTagId))
            e.region = region->name;
        QStringList skills;
        for (const TagLevel &t : j.required) {
            e.tagIds << t.tagId;
            const Tag *tag = board.tag(t.tagId);
            if (tag && tag->category != QLatin1String("region"))
                skills << u"%1 %2"_s.arg(tag->name).arg(t.level);
        }
        e.skills = skills.join(u", "_s);
        e.ageDays = j.createdAt.isValid() ? int(j.createdAt.secsTo(now) / 86400) : 0;
        m_rows << e;
    }
    endResetModel();
}

qint64 DispatchQueueModel::jobId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).job.id : 0;
}

int DispatchQueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).job.id == id)
            return i;
    return -1;
}

int DispatchQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DispatchQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &e = m_rows.at(index.row());
    const Job &j = e.job;
    switch (role) {
    case JobIdRole:
        return j.id;
    case TypeRole:
        return j.type;
    case RegionRole:
        return j.regionTagId;
    case PriorityRole:
        return j.priority;
    case AgeDaysRole:
        return e.ageDays;
    case TagIdsRole: {
        QVariantList ids;
        for (qint64 id : e.tagIds)
            ids << id;
        return ids;
    }
    case SortRole:
        switch (index.column()) {
        case Priority:
            return j.priority;
        case Age:
            return j.createdAt;
        case Duration:
            return j.durationMin;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        QStringList lines{j.code, j.customerName, j.address};
        if (!j.notes.isEmpty())
            lines << j.notes;
        lines << tr("Drag onto a technician's row to schedule it.");
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return j.code;
        case Type:
            return jobTypeLabel(j.type);
        case Customer:
            return j.city.isEmpty() ? j.customerName : u"%1 · %2"_s.arg(j.customerName, j.city);
        case Region:
            return e.region;
        case Priority:
            return j.priority;
        case Age:
            return tr("%n day(s)", "", e.ageDays);
        case Skills:
            return e.skills;
        case Duration:
            return tr("%1 min").arg(j.durationMin);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DispatchQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Job");
    case Type:
        return tr("Type");
    case Customer:
        return tr("Customer");
    case Region:
        return tr("Region");
    case Priority:
        return tr("Priority");
    case Age:
        return tr("Age");
    case Skills:
        return tr("Required skills");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

Qt::ItemFlags DispatchQueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList DispatchQueueModel::mimeTypes() const
{
    return {QLatin1String(DispatchTimeline::kJobMime)};
}

QMimeData *DispatchQueueModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        const qint64 id = jobId(i.row());
        if (id && !ids.contains(id))
            ids << id;
    }
    QByteArray bytes;
    for (qint64 id : ids) {
        if (!bytes.isEmpty())
            bytes += ',';
        bytes += QByteArray::number(id);
    }
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(DispatchTimeline::kJobMime), bytes);
    return mime;
}

Qt::DropActions DispatchQueueModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

DispatchQueueFilter::DispatchQueueFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DispatchQueueModel::SortRole);
}

void DispatchQueueFilter::setType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void DispatchQueueFilter::setRegion(qint64 regionTagId)
{
    m_region = regionTagId;
    invalidateFilter();
}

void DispatchQueueFilter::setMaxPriority(int priority)
{
    m_maxPriority = priority;
    invalidateFilter();
}

void DispatchQueueFilter::setMinAgeDays(int days)
{
    m_minAge = days;
    invalidateFilter();
}

void DispatchQueueFilter::setRequiredTag(qint64 tagId)
{
    m_tag = tagId;
    invalidateFilter();
}

bool DispatchQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_type.isEmpty() && i.data(DispatchQueueModel::TypeRole).toString() != m_type)
        return false;
    if (m_region && i.data(DispatchQueueModel::RegionRole).toLongLong() != m_region)
        return false;
    if (m_maxPriority && i.data(DispatchQueueModel::PriorityRole).toInt() > m_maxPriority)
        return false;
    if (m_minAge && i.data(DispatchQueueModel::AgeDaysRole).toInt() < m_minAge)
        return false;
    if (m_tag && !i.data(DispatchQueueModel::TagIdsRole).toList().contains(QVariant(m_tag)))
        return false;
    return true;
}
