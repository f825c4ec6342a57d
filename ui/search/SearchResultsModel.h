#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

#include "core/search/SearchTypes.h"

// The hits of one global search, with every display string computed once when the results arrive.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int (ops::search::HitKind)
        KindLabelRole, // "Customer", translated
        CodeRole,
        TitleRole,
        SubtitleRole,
        StatusKeyRole, // raw status from the schema ("active")
        StatusLabelRole, // translated status
        EntityIdRole,
        CustomerIdRole, // 0 when the thing belongs to no customer
        RankRole,
        DetailRole, // second line: "Customer · CUST-00042 · Saint-Jérôme · (450) 555-0142"
        TyposRole, // int: 0 exact or prefix match, > 0 a close match found by forgiving typos
        CloseMatchLabelRole, // "≈ close match", translated; empty for exact matches
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(QObject *parent = nullptr);
    ~SearchResultsModel() override;

    // A new query: the whole list changes, so this resets the model.
    void setResults(const ops::search::SearchResults &results);
    void clear();

    QString query() const { return m_query; }
    qint64 elapsedUs() const { return m_elapsedUs; }
    const ops::search::SearchHit &hit(int row) const { return m_rows.at(row).hit; }

    static QString kindLabel(ops::search::HitKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        ops::search::SearchHit hit;
        QString kindLabel;
        QString statusLabel;
        QString detail;
        QString toolTip;
        QString accessibleText;
        QString closeMatch;
        QIcon icon;
    };

    QList<Row> m_rows;
    QString m_query;
    qint64 m_elapsedUs = 0;
};
