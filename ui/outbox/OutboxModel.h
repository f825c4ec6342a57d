#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>

#include "core/outbox/OutboxTypes.h"

namespace ops::outbox {
class OutboxService;
}
namespace ops::live {
class ChangeFeed;
struct Change;
} // namespace ops::live

// The outbox rows matching a filter, newest first, one keyset page (OutboxFilter::beforeId) at a time. Display
// strings are computed once per row. Live: ops_change notifications for the outbox table re-read only the rows
// that changed (updated in place, removed when they no longer match, inserted at their place when new); loaded
// pages, selection and scroll position are kept.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Created,
        Provider,
        Operation,
        Status,
        Attempts,
        NextAttempt,
        HttpStatus,
        LastError,
        ProviderRef,
        Business,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw value of the column
        StatusKeyRole, // "pending", "failed"… (database spelling)
        ToneKeyRole, // "outbox:<status>": the StatusChip tone key
        ProviderRole, // "twilio"…
        FullErrorRole // last_error, unabridged
    };
    Q_ENUM(Role)

    explicit OutboxModel(QObject *parent = nullptr);
    ~OutboxModel() override;

    // nullptr empties the list (disconnected).
    void setService(ops::outbox::OutboxService *service);
    // A new query (status, provider; beforeId and limit are managed here): the list is reset and reloaded.
    void setFilter(const ops::outbox::OutboxFilter &filter);
    const ops::outbox::OutboxFilter &filter() const { return m_filter; }
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    const ops::outbox::OutboxItem &item(int row) const { return m_rows.at(row).item; }
    int rowOf(qint64 id) const;
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }

    void setChangeFeed(ops::live::ChangeFeed *feed);
    // Re-reads these rows (or, for refreshAll, the loaded window from the top) like a live change does.
    void refreshIds(QList<qint64> ids);
    void refreshAll();

    // Translated labels.
    static QString statusLabel(ops::outbox::OutboxStatus status);
    static QString operationLabel(const QString &operation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void setFetchEnabled(bool enabled) { m_fetchEnabled = enabled; }

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded, bool hasMore);
    void loadFailed(const QString &userMessage);
    void liveUpdated(); // a live re-read was applied (tests)

private:
    struct Row
    {
        ops::outbox::OutboxItem item;
        QString created;
        QString provider;
        QString operation;
        QString status;
        QString attempts;
        QString nextAttempt;
        QString httpStatus;
        QString error; // first line, abridged
        QString business;
    };

    void request();
    void setLoading(bool loading);
    Row makeRow(const ops::outbox::OutboxItem &item) const;
    bool matches(const ops::outbox::OutboxItem &item) const;
    void onChange(const ops::live::Change &change);
    // probed: ids whose current state is known; fresh: those of them that exist (any filter).
    void applyLive(const QSet<qint64> &probed, const QList<ops::outbox::OutboxItem> &fresh);

    QPointer<ops::outbox::OutboxService> m_service;
    ops::outbox::OutboxFilter m_filter;
    QList<Row> m_rows;
    int m_pageSize = 100;
    quint64 m_generation = 0;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_fetchEnabled = true;
    QPointer<ops::live::ChangeFeed> m_feed;
};
