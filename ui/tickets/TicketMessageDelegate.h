#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;

// Paints one message of a ticket thread as a card: author, time and channel on top, the body below as plain text
// with word wrap (never rich text: an HTML or script body is shown literally). Internal notes are amber with a
// "Internal note" badge. Heights are cached per message and width.
class TicketMessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TicketMessageDelegate(QAbstractItemView *view);
    ~TicketMessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void clearCache() { m_heights.clear(); }

private:
    int cardWidth() const;
    QAbstractItemView *m_view = nullptr;
    mutable QHash<quint64, int> m_heights; // (id, width) -> height
};
