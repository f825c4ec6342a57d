#pragma once

#include <QPointer>

#include "core/payments/PaymentApi.h"
#include "ui/common/KeysetTableModel.h"

// Every payment matching a filter, one keyset page at a time (received, newest first): pages are appended as they
// arrive (selection and scroll stay put). Display strings are made once per row when its page arrives. The widget asks
// for pages (loadMore), so the view's own fetching is off.
class PaymentListModel : public KeysetRows<ops::payments::PaymentListRow, ops::payments::PaymentCursor>
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Customer,
        Received,
        Method,
        Reference,
        Status,
        Amount,
        Allocated,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw value (cents, times, keys)
        StatusKeyRole,
        CustomerIdRole
    };
    Q_ENUM(Role)

    explicit PaymentListModel(QObject *parent = nullptr);
    ~PaymentListModel() override;

    void setApi(ops::payments::PaymentApi *api); // null: the list empties
    void setFilter(const ops::payments::PaymentListFilter &filter); // resets and loads the first page
    const ops::payments::PaymentListFilter &filter() const { return m_filter; }
    const ops::payments::PaymentListRow &payment(int row) const { return rowAt(row); }

    static QString methodLabel(const QString &methodKey);
    static QString statusLabel(const QString &statusKey);
    static QStringList methodKeys();
    static QStringList statusKeys();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool hasSource() const override { return !m_api.isNull(); }
    void requestPage(quint64 seq) override;
    QStringList displayTexts(const ops::payments::PaymentListRow &r) const override;

private:
    QPointer<ops::payments::PaymentApi> m_api;
    ops::payments::PaymentListFilter m_filter;
};
