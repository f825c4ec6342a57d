#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"

// A list read by keyset pages from a service, appended as pages arrive (selection and scroll stay put): the
// page-loading state shared by the billing lists. reload() empties it and asks for the first page; loadMore() asks
// for the next one when there is one and none is loading (a widget calls it as the scroll position nears the end).
// With fetch enabled, a plain view pulls pages itself through canFetchMore()/fetchMore(); a QTreeView pulls one
// more at every layout, so the list widgets turn it off and call loadMore(). An answer that arrives after a reload
// is dropped.
class KeysetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    void reload();
    void loadMore();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return storedHasMore(); }
    void setFetchEnabled(bool enabled) { m_fetchEnabled = enabled; }
    bool isFetchEnabled() const { return m_fetchEnabled; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded(int rows);
    void loadFailed(const QString &message);

protected:
    explicit KeysetTableModel(QObject *parent = nullptr);

    virtual bool hasSource() const = 0; // a service to ask
    // Asks the service for the page after the stored cursor; its answer goes to KeysetRows::deliver(seq, …).
    virtual void requestPage(quint64 seq) = 0;
    virtual void clearRows() = 0; // rows and cursor
    virtual int storedRows() const = 0;
    virtual bool storedHasMore() const = 0;

    bool isCurrent(quint64 seq) const { return seq == m_seq; }
    void pageDone(int rows);
    void pageFailed(const QString &message);

private:
    void request();

    bool m_started = false; // the first page was asked for
    bool m_loading = false;
    bool m_fetchEnabled = true;
    quint64 m_seq = 0;
    int m_pageSize = 200;
};

// The typed rows of a KeysetTableModel: each service row with its display text per column, made once when its page
// arrives (displayTexts), and the cursor of the next page (null: none).
template <typename RowT, typename CursorT> class KeysetRows : public KeysetTableModel
{
public:
    const RowT &rowAt(int row) const { return m_rows.at(row).row; }
    const QStringList &textsAt(int row) const { return m_rows.at(row).text; }

protected:
    using KeysetTableModel::KeysetTableModel;

    virtual QStringList displayTexts(const RowT &row) const = 0;
    const CursorT &nextCursor() const { return m_next; }

    // A service's answer: the page's rows appended and its cursor kept (a failure ends the paging with loadFailed).
    template <typename PageT> void deliver(quint64 seq, const ops::Result<PageT> &r)
    {
        if (!isCurrent(seq))
            return;
        if (!r.ok()) {
            m_next = {};
            pageFailed(r.error().userMessage);
            return;
        }
        const PageT &page = r.value();
        if (!page.rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            for (const RowT &row : page.rows)
                m_rows.push_back({row, displayTexts(row)});
            endInsertRows();
        }
        m_next = page.next;
        pageDone(int(page.rows.size()));
    }

    void clearRows() override
    {
        m_rows.clear();
        m_next = {};
    }
    int storedRows() const override { return int(m_rows.size()); }
    bool storedHasMore() const override { return !m_next.isNull(); }

private:
    struct Row
    {
        RowT row;
        QStringList text; // per column
    };
    QList<Row> m_rows;
    CursorT m_next;
};
