#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// A read-only table of display strings made once when its rows arrive (reports, previews, logs: the aging buckets,
// the dunning preview, the Stripe runs), with a key per row under KeyRole (a bucket, a customer id, an invoice id)
// and an optional tooltip per row (else a cell's tooltip is its text, for columns too narrow to show it). Numeric
// columns are right-aligned, headers too.
class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1
    };
    struct Row
    {
        Row() = default;
        Row(QVariant k, QStringList t, QString tip = {})
            : key(std::move(k))
            , text(std::move(t))
            , toolTip(std::move(tip))
        {}
        QVariant key;
        QStringList text;
        QString toolTip; // empty: each cell's own text
    };

    explicit TextTableModel(QObject *parent = nullptr);
    TextTableModel(const QStringList &headers, const QList<int> &numericColumns, QObject *parent = nullptr);

    void setHeaders(const QStringList &headers, const QList<int> &numericColumns); // clears the rows
    void setRows(QList<Row> rows);
    void clear() { setRows({}); }
    const Row &row(int r) const { return m_rows.at(r); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<int> m_numeric;
    QList<Row> m_rows;
};
