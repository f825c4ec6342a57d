#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/staff/StaffTypes.h"

// The staff list of the Administration section: one row per staff member. Refreshed in place by id (no reset), so
// the selection survives a reload.
class StaffListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Login,
        Name,
        Group,
        Email,
        State,
        LastChange,
        ColumnCount
    };
    enum Role
    {
        LoginRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit StaffListModel(QObject *parent = nullptr);

    void setMembers(const QList<ops::staff::StaffMember> &members);
    const ops::staff::StaffMember *memberAt(int row) const;
    int rowOfLogin(const QString &login) const;
    // What the state column says for m (translated).
    static QString stateText(const ops::staff::StaffMember &m);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ops::staff::StaffMember> m_rows;
};
