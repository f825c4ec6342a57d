#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/customers/CustomerTypes.h"

// A customer's subscriptions. Display strings (money, dates, speeds) are computed once in setSubscriptions().
class SubscriptionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Plan,
        Location,
        Speed,
        Price,
        Start,
        End,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        StatusKeyRole,
        PriceCentsRole
    };
    Q_ENUM(Role)

    explicit SubscriptionsModel(QObject *parent = nullptr);
    ~SubscriptionsModel() override;

    void setSubscriptions(const QList<ops::customers::Subscription> &subscriptions);
    // Live refresh: diffs by id (dataChanged / insert / remove, never a reset) so selection and scroll survive.
    void setRows(const QList<ops::customers::Subscription> &subscriptions);
    const ops::customers::Subscription &subscription(int row) const { return m_rows.at(row).subscription; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ops::customers::Subscription subscription;
        QString plan;
        QString speed;
        QString price;
        QString start;
        QString end;
        QString statusLabel;
    };
    Row makeRow(const ops::customers::Subscription &s) const;
    static bool sameRow(const Row &a, const Row &b);
    QList<Row> m_rows;
};
