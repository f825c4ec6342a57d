#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include "core/billing/BillingApi.h"

// Every invoice matching a filter, one keyset page at a time (issue date, newest first): the view asks for more with
// canFetchMore()/fetchMore() and the next page arrives asynchronously, appended (selection and scroll stay put).
// Display strings are made once per row when its page arrives.
class InvoiceListModel : public QAbstractTableModel
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
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return !m_next.isNull(); }
    const ops::billing::InvoiceListRow &invoice(int row) const { return m_rows.at(row).row; }

    static QString statusLabel(const QString &statusKey);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // QTreeView pulls one more page at every layout (and a page insert causes a layout), which would load the whole
    // table: InvoiceListWidget turns that off and asks for pages itself (loadMore) when the scroll position nears the
    // end. Enabled by default (a plain view on the model).
    void setFetchEnabled(bool enabled) { m_fetchEnabled = enabled; }
    bool isFetchEnabled() const { return m_fetchEnabled; }
    // The next page, if there is one and none is loading, whatever setFetchEnabled says.
    void loadMore();
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded(int rows);
    void loadFailed(const QString &message);

private:
    struct Row
    {
        ops::billing::InvoiceListRow row;
        QStringList text; // per column
    };
    void request();
    static Row makeRow(const ops::billing::InvoiceListRow &r);

    QPointer<ops::billing::BillingApi> m_api;
    ops::billing::InvoiceListFilter m_filter;
    QList<Row> m_rows;
    ops::billing::InvoiceCursor m_next;
    bool m_started = false; // the first page was asked for
    bool m_loading = false;
    bool m_fetchEnabled = true;
    quint64 m_seq = 0;
    int m_pageSize = 200;
};
