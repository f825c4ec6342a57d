#include "ui/search/SearchResultDelegate.h"

#include <QFontMetrics>
#include <QPainter>

#include "ui/common/StatusChip.h"
#include "ui/common/Theme.h"
#include "ui/search/SearchResultsModel.h"

namespace {
constexpr int kPadding = 8;
constexpr int kIconSize = 20;
} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

SearchResultDelegate::~SearchResultDelegate() = default;

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    // Our own light selection with an accent bar: the text keeps its normal colours and stays readable.
    if (selected) {
        painter->fillRect(opt.rect, Theme::color(Theme::Role::SearchSelected));
        painter->fillRect(
            QRect(opt.rect.left(), opt.rect.top(), 3, opt.rect.height()), Theme::color(Theme::Role::Accent));
    } else if (hovered) {
        painter->fillRect(opt.rect, Theme::color(Theme::Role::SearchHover));
    }
    const QColor text = opt.palette.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.62f);

    const QRect r = opt.rect.adjusted(kPadding, 4, -kPadding, -4);
    const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
    const QRect iconRect(r.left(), r.top() + (r.height() - kIconSize) / 2, kIconSize, kIconSize);
    icon.paint(painter, iconRect, Qt::AlignCenter, QIcon::Normal);

    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics fmBold(bold);
    const QFontMetrics fmSmall(small);

    // Status chip on the right of the first line.
    const QString status = index.data(SearchResultsModel::StatusLabelRole).toString();
    const QSize chipSize = StatusChip::sizeFor(fmSmall, status);
    const int lineH = r.height() / 2;
    QRect chipRect(r.right() - chipSize.width(), r.top(), chipSize.width(), lineH);
    if (!status.isEmpty()) {
        painter->save();
        painter->setFont(small);
        StatusChip::paint(painter, chipRect, status,
            StatusChip::toneFor(index.data(SearchResultsModel::StatusKeyRole).toString()), Qt::AlignRight);
        painter->restore();
    } else {
        chipRect.setWidth(0);
    }

    const int textLeft = iconRect.right() + kPadding + 2;
    int textRight = (status.isEmpty() ? r.right() : chipRect.left() - kPadding);

    // A close match (found by forgiving typos) says so, in small muted text left of the status chip.
    const QString closeMatch = index.data(SearchResultsModel::CloseMatchLabelRole).toString();
    if (!closeMatch.isEmpty()) {
        const int w = fmSmall.horizontalAdvance(closeMatch);
        const QRect markRect(textRight - w, r.top(), w, lineH);
        painter->save();
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(markRect, Qt::AlignRight | Qt::AlignVCenter, closeMatch);
        painter->restore();
        textRight = markRect.left() - kPadding;
    }
    const QString title = index.data(SearchResultsModel::TitleRole).toString();

    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    const QRect line1(textLeft, r.top(), textRight - textLeft, lineH);
    painter->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, fmBold.elidedText(title, Qt::ElideRight, line1.width()));

    painter->setFont(small);
    painter->setPen(muted);
    const QString second = index.data(SearchResultsModel::DetailRole).toString();
    const QRect line2(textLeft, r.top() + lineH, r.right() - textLeft, r.height() - lineH);
    painter->drawText(
        line2, Qt::AlignLeft | Qt::AlignVCenter, fmSmall.elidedText(second, Qt::ElideRight, line2.width()));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int h = option.fontMetrics.height();
    return {320, 2 * h + 14};
}
