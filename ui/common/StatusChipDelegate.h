#pragma once

#include <QStyledItemDelegate>

// Paints a cell as a status chip. The chip text is the DisplayRole; the tone comes from the raw status key found
// under keyRole (a model's StatusKeyRole).
class StatusChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusChipDelegate(int keyRole, QObject *parent = nullptr);
    ~StatusChipDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_keyRole;
};
