#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QVariantList>

// Base of the customer file's section grids (equipment, invoices, payments, tickets, jobs): rows are built once per
// load (display strings, raw sort values, status key and chip tone), sorted through SortRole, and a live refresh
// diffs them by id (IdRowDiff: no reset, selection and scroll kept). Subclasses build rows and name the columns.
class FileSectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        StatusKeyRole,
        ToneRole // int(StatusChip::Tone) of the row's status
    };
    Q_ENUM(Role)

    ~FileSectionModel() override;

    int statusColumn() const { return m_statusColumn; }
    qint64 idAt(int row) const { return m_rows.at(row).id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One built row; public so helpers can assemble lists of them.
    struct Row
    {
        qint64 id = 0;
        QString statusKey;
        int tone = 0;
        QStringList text; // per column
        QVariantList sort; // per column
        QString toolTip; // whole row; empty: the cell text
        bool operator==(const Row &o) const = default;
    };

protected:
    FileSectionModel(int columns, int statusColumn, QList<int> rightAligned, QObject *parent);
    virtual QString columnTitle(int column) const = 0;
    void resetRows(QList<Row> rows);
    void diffRows(const QList<Row> &rows);

private:
    const int m_columns;
    const int m_statusColumn;
    const QList<int> m_rightAligned;
    QList<Row> m_rows;
};

// Paints the status column as a chip: text from DisplayRole, tone from FileSectionModel::ToneRole.
class SectionStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SectionStatusDelegate(QObject *parent = nullptr);
    ~SectionStatusDelegate() override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
