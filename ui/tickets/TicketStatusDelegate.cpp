#include "ui/tickets/TicketStatusDelegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/common/StatusChip.h"
#include "ui/tickets/TicketListModel.h"

using namespace Qt::Literals::StringLiterals;

namespace {
StatusChip::Tone toneFor(const QString &status)
{
    if (status == "open"_L1)
        return StatusChip::Tone::Bad;
    if (status == "in_progress"_L1)
        return StatusChip::Tone::Info;
    if (status == "waiting"_L1)
        return StatusChip::Tone::Warning;
    if (status == "resolved"_L1)
        return StatusChip::Tone::Good;
    return StatusChip::Tone::Neutral;
}
} // namespace

TicketStatusDelegate::TicketStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

TicketStatusDelegate::~TicketStatusDelegate() = default;

void TicketStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    painter->setFont(opt.font);
    StatusChip::paint(
        painter, opt.rect.adjusted(4, 2, -4, -2), text, toneFor(index.data(TicketListModel::StatusKeyRole).toString()));
    painter->restore();
}

QSize TicketStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QSize chip = StatusChip::sizeFor(option.fontMetrics, index.data().toString());
    return {qMax(s.width(), chip.width() + 8), qMax(s.height(), chip.height() + 4)};
}
