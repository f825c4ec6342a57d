#include "ui/common/StatusChip.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusChip {
namespace {

struct Colors
{
    QColor background;
    QColor foreground;
};

Colors colorsFor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return {Theme::color(Theme::Role::ChipGoodBackground), Theme::color(Theme::Role::ChipGoodText)};
    case Tone::Warning:
        return {Theme::color(Theme::Role::ChipWarningBackground), Theme::color(Theme::Role::ChipWarningText)};
    case Tone::Bad:
        return {Theme::color(Theme::Role::ChipBadBackground), Theme::color(Theme::Role::ChipBadText)};
    case Tone::Info:
        return {Theme::color(Theme::Role::ChipInfoBackground), Theme::color(Theme::Role::ChipInfoText)};
    case Tone::Neutral:
        break;
    }
    return {Theme::color(Theme::Role::ChipNeutralBackground), Theme::color(Theme::Role::ChipNeutralText)};
}

} // namespace

Tone toneFor(const QString &s)
{
    // Outbox rows ("outbox:<status>"): waiting or in flight is informational, an operator acts on failed/ambiguous.
    if (s.startsWith("outbox:"_L1)) {
        const QStringView st = QStringView(s).mid(7);
        if (st == u"pending" || st == u"sending")
            return Tone::Info;
        if (st == u"sent")
            return Tone::Good;
        if (st == u"failed")
            return Tone::Bad;
        if (st == u"ambiguous")
            return Tone::Warning;
        return Tone::Neutral;
    }
    if (s == "active"_L1 || s == "installed"_L1)
        return Tone::Good;
    if (s == "suspended"_L1 || s == "pending"_L1 || s == "planned"_L1 || s == "prospect"_L1)
        return Tone::Warning;
    if (s == "defective"_L1 || s == "lost"_L1)
        return Tone::Bad;
    if (s == "in_stock"_L1 || s == "in_progress"_L1)
        return Tone::Info;
    // Tickets: an open ticket needs someone; waiting is on the customer; resolved is done.
    if (s == "open"_L1)
        return Tone::Bad;
    if (s == "waiting"_L1)
        return Tone::Warning;
    if (s == "resolved"_L1)
        return Tone::Good;
    return Tone::Neutral;
}

QString label(const QString &s)
{
    struct Text
    {
        const char *source;
        const char *comment;
    };
    struct Entry
    {
        const char *key;
        Text text;
    };
    static const Entry entries[] = {
        {"active", QT_TRANSLATE_NOOP3("StatusChip", "Active", "status")},
        {"suspended", QT_TRANSLATE_NOOP3("StatusChip", "Suspended", "status")},
        {"terminated", QT_TRANSLATE_NOOP3("StatusChip", "Terminated", "status")},
        {"prospect", QT_TRANSLATE_NOOP3("StatusChip", "Prospect", "status")},
        {"planned", QT_TRANSLATE_NOOP3("StatusChip", "Planned", "status")},
        {"inactive", QT_TRANSLATE_NOOP3("StatusChip", "Inactive", "status")},
        {"pending", QT_TRANSLATE_NOOP3("StatusChip", "Pending", "status")},
        {"cancelled", QT_TRANSLATE_NOOP3("StatusChip", "Cancelled", "status")},
        {"in_stock", QT_TRANSLATE_NOOP3("StatusChip", "In stock", "status")},
        {"installed", QT_TRANSLATE_NOOP3("StatusChip", "Installed", "status")},
        {"returned", QT_TRANSLATE_NOOP3("StatusChip", "Returned", "status")},
        {"defective", QT_TRANSLATE_NOOP3("StatusChip", "Defective", "status")},
        {"lost", QT_TRANSLATE_NOOP3("StatusChip", "Lost", "status")},
    };
    for (const Entry &e : entries) {
        if (s == QLatin1String(e.key))
            return QCoreApplication::translate("StatusChip", e.text.source, e.text.comment);
    }
    return s;
}

QSize sizeFor(const QFontMetrics &fm, const QString &text)
{
    return {fm.horizontalAdvance(text) + 16, fm.height() + 4};
}

void paint(QPainter *painter, const QRect &rect, const QString &text, Tone tone, Qt::Alignment align)
{
    if (text.isEmpty())
        return;
    const QFontMetrics fm = painter->fontMetrics();
    const QSize size = sizeFor(fm, text).boundedTo(rect.size());
    QRect chip(QPoint(0, 0), size);
    if (align & Qt::AlignRight)
        chip.moveRight(rect.right());
    else if (align & Qt::AlignHCenter)
        chip.moveLeft(rect.left() + (rect.width() - size.width()) / 2);
    else
        chip.moveLeft(rect.left());
    chip.moveTop(rect.top() + (rect.height() - size.height()) / 2);

    const Colors c = colorsFor(tone);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.background);
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), size.height() / 2.0, size.height() / 2.0);
    painter->setPen(c.foreground);
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, chip.width() - 8));
    painter->restore();
}

} // namespace StatusChip

StatusChipLabel::StatusChipLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

StatusChipLabel::~StatusChipLabel() = default;

void StatusChipLabel::setStatus(const QString &statusKey)
{
    setText(StatusChip::label(statusKey), StatusChip::toneFor(statusKey));
}

void StatusChipLabel::setText(const QString &text, StatusChip::Tone tone)
{
    m_text = text;
    m_tone = tone;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize StatusChipLabel::sizeHint() const
{
    return StatusChip::sizeFor(fontMetrics(), m_text);
}

void StatusChipLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    StatusChip::paint(&p, rect(), m_text, m_tone);
}
