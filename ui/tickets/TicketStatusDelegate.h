#pragma once

#include <QStyledItemDelegate>

// Paints the ticket status column as a chip, toned by the raw status (TicketListModel::StatusKeyRole).
class TicketStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TicketStatusDelegate(QObject *parent = nullptr);
    ~TicketStatusDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
