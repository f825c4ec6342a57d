#pragma once

#include <QStyledItemDelegate>

// Two-line search hit: kind icon, code and title on the first line, kind and subtitle on the second, status chip on
// the right. Reads only precomputed roles of SearchResultsModel.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchResultDelegate(QObject *parent = nullptr);
    ~SearchResultDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
