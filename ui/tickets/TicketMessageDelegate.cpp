#include "ui/tickets/TicketMessageDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QtMath>

#include "ui/common/StatusChip.h"
#include "ui/common/Theme.h"
#include "ui/tickets/TicketThreadModel.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kOuter = 6; // space around a card
constexpr int kPad = 10; // inside a card
constexpr int kGap = 4; // header to body
constexpr int kRadius = 6;

// Word wrap, and a break anywhere inside a word longer than the line (URLs, base64). Returns the height.
int layoutBody(QTextLayout &layout, const QString &text, const QFont &font, int width)
{
    layout.setText(text);
    layout.setFont(font);
    QTextOption opt;
    opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(opt);
    layout.beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return qCeil(y);
}

QFont headerFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}
} // namespace

TicketMessageDelegate::TicketMessageDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

TicketMessageDelegate::~TicketMessageDelegate() = default;

int TicketMessageDelegate::cardWidth() const
{
    return qMax(120, m_view->viewport()->width() - 2 * kOuter);
}

QSize TicketMessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = cardWidth();
    const quint64 key = (quint64(index.data(TicketThreadModel::IdRole).toLongLong()) << 16) ^ quint64(width);
    if (const auto it = m_heights.constFind(key); it != m_heights.cend())
        return {width + 2 * kOuter, *it};
    const QFontMetrics hfm(headerFont(option.font));
    const QFontMetrics bfm(option.font);
    const QString body = index.data(TicketThreadModel::BodyRole).toString();
    QTextLayout layout;
    const int textHeight = layoutBody(layout, body, option.font, width - 2 * kPad);
    const int h = kOuter + 2 * kPad + hfm.height() + kGap + qMax(bfm.height(), textHeight);
    if (m_heights.size() > 5000)
        m_heights.clear();
    m_heights.insert(key, h);
    return {width + 2 * kOuter, h};
}

void TicketMessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool internal = index.data(TicketThreadModel::InternalRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(kOuter, kOuter / 2.0, -kOuter, -kOuter / 2.0);
    QPainterPath path;
    path.addRoundedRect(card, kRadius, kRadius);
    const QColor fill = Theme::color(internal ? Theme::Role::InternalNoteBackground : Theme::Role::Base);
    const QColor border = selected ? option.palette.color(QPalette::Highlight)
        : internal                 ? Theme::color(Theme::Role::InternalNoteBorder)
                                   : Theme::color(Theme::Role::Border);
    painter->fillPath(path, fill);
    painter->setPen(QPen(border, selected || focused ? 2.0 : 1.0));
    painter->drawPath(path);
    if (internal) { // an amber stripe on the left edge
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(card.left(), card.top(), 4, card.height()), 2, 2);
        painter->fillPath(stripe, Theme::color(Theme::Role::InternalNoteAccent));
    }

    const QRect inner = card.toRect().adjusted(kPad, kPad, -kPad, -kPad);
    const QFont hf = headerFont(option.font);
    const QFontMetrics hfm(hf);
    painter->setFont(hf);
    painter->setPen(Theme::color(Theme::Role::MessageText));
    const QString author = index.data(TicketThreadModel::AuthorRole).toString();
    int x = inner.left();
    const int baseline = inner.top() + hfm.ascent();
    const QString authorShown = hfm.elidedText(author, Qt::ElideRight, inner.width() / 2);
    painter->drawText(x, baseline, authorShown);
    x += hfm.horizontalAdvance(authorShown) + 10;

    QFont small = option.font;
    const QFontMetrics sfm(small);
    painter->setFont(small);
    painter->setPen(Theme::color(Theme::Role::TextTicketMeta));
    const QString meta = index.data(TicketThreadModel::TimeRole).toString() + QStringLiteral(" · ")
        + index.data(TicketThreadModel::ChannelRole).toString();
    painter->drawText(x, baseline, meta);
    x += sfm.horizontalAdvance(meta) + 10;

    if (internal) {
        const QString badge = tr("Internal note");
        QFont bf = small;
        bf.setBold(true);
        const QFontMetrics bfm(bf);
        const QRect chip(inner.right() - bfm.horizontalAdvance(badge) - 12, inner.top() - 1,
            bfm.horizontalAdvance(badge) + 12, hfm.height() + 2);
        QPainterPath chipPath;
        chipPath.addRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        painter->fillPath(chipPath, Theme::color(Theme::Role::InternalNoteAccent));
        painter->setFont(bf);
        painter->setPen(Theme::color(Theme::Role::TextOnColor));
        painter->drawText(chip, Qt::AlignCenter, badge);
    }

    // An outbound reply's delivery (e-mail or SMS through the outbox), as the outbox screen's chips say it.
    if (const QString delivery = index.data(TicketThreadModel::DeliveryLabelRole).toString(); !delivery.isEmpty()) {
        const QString key = index.data(TicketThreadModel::DeliveryRole).toString();
        const StatusChip::Tone tone = StatusChip::toneFor(u"outbox:"_s + (key == u"queued"_s ? u"pending"_s : key));
        painter->setFont(small);
        const QRect line(x, inner.top() - 1, qMax(0, inner.right() - x), hfm.height() + 2);
        StatusChip::paint(painter, line, sfm.elidedText(delivery, Qt::ElideRight, qMax(0, line.width() - 16)), tone,
            Qt::AlignRight | Qt::AlignVCenter);
    }

    // The body: plain text only (drawText never interprets markup).
    painter->setFont(option.font);
    painter->setPen(Theme::color(Theme::Role::MessageText));
    QTextLayout layout;
    layoutBody(layout, index.data(TicketThreadModel::BodyRole).toString(), option.font, inner.width());
    layout.draw(painter, QPointF(inner.left(), inner.top() + hfm.height() + kGap));
    painter->restore();
}
