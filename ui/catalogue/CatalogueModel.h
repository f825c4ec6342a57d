#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

#include "core/catalogue/CatalogueTypes.h"

// The catalogue's items as a table: one row per item, in the order given (the repository sorts by kind, then SKU).
class CatalogueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Sku,
        Name,
        Kind,
        Speeds,
        OltProfile,
        Price,
        NextPrice,
        Taxable,
        Active,
        Subscriptions,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole, // the kind's key (internet, tv, ...)
        ActiveRole, // bool
        SearchRole // SKU and both names, lower case
    };

    explicit CatalogueModel(QObject *parent = nullptr);

    void setItems(QList<ops::catalogue::CatalogueItem> items);
    const QList<ops::catalogue::CatalogueItem> &items() const { return m_items; }
    const ops::catalogue::CatalogueItem *itemAt(int row) const;
    int rowOf(qint64 id) const;
    int pendingChanges() const;

    static QString kindLabel(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ops::catalogue::CatalogueItem> m_items;
};

// The list's filter: text (SKU or either name), kind, active or not.
class CatalogueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class ActiveFilter
    {
        All,
        Active,
        Inactive
    };
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    void setKind(const QString &kind); // empty: every kind
    void setActiveFilter(ActiveFilter f);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_kind;
    ActiveFilter m_active = ActiveFilter::All;
};
