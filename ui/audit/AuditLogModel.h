#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/audit/AuditTypes.h"

// The audit viewer's rows, newest first, as pages arrive (appendPage) or anew (setRows). Display strings are made when
// rows arrive, never in data().
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Staff,
        Action,
        Entity,
        EntityId,
        Customer,
        Changes,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        SortRole,
        ActionKeyRole
    };

    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<ops::audit::AuditEntry> &rows);
    void appendPage(const QList<ops::audit::AuditEntry> &rows);
    void clear();
    const ops::audit::AuditEntry &entry(int row) const { return m_rows.at(row).entry; }

    static QString actionLabel(const QString &action);
    static QString entityLabel(const QString &entity);
    // "status, phone" for an update; "created" / "deleted" / "opened" / "exported" / "revealed" otherwise.
    static QString changeSummary(const ops::audit::AuditEntry &e);

private:
    struct Row
    {
        ops::audit::AuditEntry entry;
        QString texts[ColumnCount];
    };
    static Row makeRow(const ops::audit::AuditEntry &e);
    QList<Row> m_rows;
};
