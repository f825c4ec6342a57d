#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

#include "core/dispatch/DispatchTypes.h"

// The unscheduled queue beside the timeline: one row per unscheduled job of the loaded board. Rows drag to the
// timeline (mime type DispatchTimeline::kJobMime, the job ids).
class DispatchQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Type,
        Customer,
        Region,
        Priority,
        Age,
        Skills,
        Duration,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        SortRole,
        TypeRole,
        RegionRole,
        PriorityRole,
        AgeDaysRole,
        TagIdsRole
    };

    explicit DispatchQueueModel(QObject *parent = nullptr);

    // The queue jobs of a board (status unscheduled); tags name the regions and skills. now: for the age column.
    void setJobs(const ops::dispatch::Board &board, const QDateTime &now);
    qint64 jobId(int row) const;
    int rowOf(qint64 jobId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Entry
    {
        ops::dispatch::Job job;
        QString region;
        QString skills;
        QList<qint64> tagIds;
        int ageDays = 0;
    };
    QList<Entry> m_rows;
};

// Filters of the queue: type, region, priority (at most), age (at least, days), required tag.
class DispatchQueueFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DispatchQueueFilter(QObject *parent = nullptr);
    void setType(const QString &type); // empty: any
    void setRegion(qint64 regionTagId); // 0: any
    void setMaxPriority(int priority); // 0: any
    void setMinAgeDays(int days); // 0: any
    void setRequiredTag(qint64 tagId); // 0: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    qint64 m_region = 0;
    int m_maxPriority = 0;
    int m_minAge = 0;
    qint64 m_tag = 0;
};
