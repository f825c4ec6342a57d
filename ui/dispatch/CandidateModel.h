#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/dispatch/OptimizerApi.h"

// The assistant's ranked candidates for one job (OptimizerApi::candidates), best first: who, when, the driving before
// and after, the driving added to the technician's day, lateness and skill margin. Rows drag to the timeline with the
// queue's mime type (DispatchTimeline::kJobMime, the job id), so a candidate can be placed on the board by hand.
class CandidateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        Technician,
        When,
        Travel,
        AddedDriving,
        Lateness,
        SkillMargin,
        ColumnCount
    };
    enum Role
    {
        TechnicianIdRole = Qt::UserRole + 1,
        StartRole, // QDateTime, UTC
        CostRole
    };

    explicit CandidateModel(QObject *parent = nullptr);

    // The candidates for jobId (durationMin: the job's, for the "when" column). Rows keep the given order.
    void setCandidates(qint64 jobId, int durationMin, const QList<ops::dispatch::CandidateSlot> &candidates);
    void clear();
    qint64 jobId() const { return m_jobId; }
    const ops::dispatch::CandidateSlot &candidate(int row) const { return m_rows.at(row).slot; }
    // Rows can be dragged (false on a read-only board).
    void setDragEnabled(bool enabled) { m_drag = enabled; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Row
    {
        ops::dispatch::CandidateSlot slot;
        QString text[ColumnCount];
        QString tooltip;
    };
    qint64 m_jobId = 0;
    bool m_drag = true;
    QList<Row> m_rows;
};
