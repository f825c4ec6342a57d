#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include "core/payments/PaymentApi.h"

// Every payment matching a filter, one keyset page at a time (received, newest first): pages are appended as they
// arrive (selection and scroll stay put). Display strings are made once per row when its page arrives.
class PaymentListModel : public QAbstractTableModel
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
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return !m_next.isNull(); }
    const ops::payments::PaymentListRow &payment(int row) const { return m_rows.at(row).row; }
    // The next page, if there is one and none is loading (the widget asks when the scroll position nears the end).
    void loadMore();

    static QString methodLabel(const QString &methodKey);
    static QString statusLabel(const QString &statusKey);
    static QStringList methodKeys();
    static QStringList statusKeys();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void pageLoaded(int rows);
    void loadFailed(const QString &message);

private:
    struct Row
    {
        ops::payments::PaymentListRow row;
        QStringList text; // per column
    };
    void request();
    static Row makeRow(const ops::payments::PaymentListRow &r);

    QPointer<ops::payments::PaymentApi> m_api;
    ops::payments::PaymentListFilter m_filter;
    QList<Row> m_rows;
    ops::payments::PaymentCursor m_next;
    bool m_started = false;
    bool m_loading = false;
    quint64 m_seq = 0;
    int m_pageSize = 200;
};
