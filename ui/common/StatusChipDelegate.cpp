#include "ui/common/StatusChipDelegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/common/StatusChip.h"

StatusChipDelegate::StatusChipDelegate(int keyRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_keyRole(keyRole)
{}

StatusChipDelegate::~StatusChipDelegate() = default;

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QString key = index.data(m_keyRole).toString();
    painter->save();
    painter->setFont(opt.font);
    StatusChip::paint(painter, opt.rect.adjusted(4, 2, -4, -2), text, StatusChip::toneFor(key));
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QSize chip = StatusChip::sizeFor(option.fontMetrics, index.data().toString());
    return {qMax(s.width(), chip.width() + 8), qMax(s.height(), chip.height() + 4)};
}
