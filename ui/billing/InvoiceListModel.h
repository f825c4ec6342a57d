#pragma once

#include <QPointer>

#include "core/billing/BillingApi.h"
#include "ui/common/KeysetTableModel.h"

// Every invoice matching a filter, one keyset page at a time (issue date, newest first): the view asks for more with
// canFetchMore()/fetchMore() and the next page arrives asynchronously, appended (selection and scroll stay put).
// Display strings are made once per row when its page arrives. InvoiceListWidget turns the view's own fetching off
// (a QTreeView would pull one more page at every layout) and asks for pages itself (loadMore).
class InvoiceListModel : public KeysetRows<ops::billing::InvoiceListRow, ops::billing::InvoiceCursor>
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Customer,
        Period,
        Issued,
        Due,
        Status,
        Total,
        Paid,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw value (cents, dates, keys)
        StatusKeyRole,
        CustomerIdRole,
        OverdueRole
    };
    Q_ENUM(Role)

    explicit InvoiceListModel(QObject *parent = nullptr);
    ~InvoiceListModel() override;

    // null: the list empties.
    void setApi(ops::billing::BillingApi *api);
    void setFilter(const ops::billing::InvoiceListFilter &filter); // resets and loads the first page
    const ops::billing::InvoiceListFilter &filter() const { return m_filter; }
    const ops::billing::InvoiceListRow &invoice(int row) const { return rowAt(row); }

    static QString statusLabel(const QString &statusKey);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool hasSource() const override { return !m_api.isNull(); }
    void requestPage(quint64 seq) override;
    QStringList displayTexts(const ops::billing::InvoiceListRow &r) const override;

private:
    QPointer<ops::billing::BillingApi> m_api;
    ops::billing::InvoiceListFilter m_filter;
};
