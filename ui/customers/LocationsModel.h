#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/customers/CustomerTypes.h"

// A customer's service locations. Display strings are computed once in setLocations().
class LocationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Address,
        PostalCode,
        Olt,
        Gps,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        StatusKeyRole
    };
    Q_ENUM(Role)

    explicit LocationsModel(QObject *parent = nullptr);
    ~LocationsModel() override;

    void setLocations(const QList<ops::customers::ServiceLocation> &locations);
    // Live refresh: diffs by id — dataChanged for changed rows, insert for new ids, remove for gone ids (no reset, so
    // selection and scroll position survive).
    void setRows(const QList<ops::customers::ServiceLocation> &locations);
    const ops::customers::ServiceLocation &location(int row) const { return m_rows.at(row).location; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ops::customers::ServiceLocation location;
        QString olt;
        QString gps;
        QString statusLabel;
    };
    Row makeRow(const ops::customers::ServiceLocation &l) const;
    static bool sameRow(const Row &a, const Row &b);
    QList<Row> m_rows;
};
