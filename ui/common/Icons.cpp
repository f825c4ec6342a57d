#include "ui/common/Icons.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include "ui/common/Theme.h"

namespace Icons {
namespace {

// All glyphs are drawn in a 24 x 24 box with a 2 px round stroke (feather-like line icons).
void drawGlyph(QPainter &p, Glyph glyph, const QColor &c)
{
    QPen pen(c, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::Info:
        p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
        p.drawLine(QPointF(12, 11), QPointF(12, 16.5));
        p.drawPoint(QPointF(12, 7.5));
        break;
    case Glyph::Warning: {
        QPainterPath t;
        t.moveTo(12, 3);
        t.lineTo(22, 20.5);
        t.lineTo(2, 20.5);
        t.closeSubpath();
        p.drawPath(t);
        p.drawLine(QPointF(12, 9.5), QPointF(12, 14));
        p.drawPoint(QPointF(12, 17.3));
        break;
    }
    case Glyph::Error:
        p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
        p.drawLine(QPointF(12, 7), QPointF(12, 13));
        p.drawPoint(QPointF(12, 16.8));
        break;
    case Glyph::Check:
        p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
        p.drawPolyline(QPolygonF({QPointF(7.5, 12.5), QPointF(10.5, 15.5), QPointF(16.5, 9)}));
        break;
    case Glyph::Close:
        p.drawLine(QPointF(7, 7), QPointF(17, 17));
        p.drawLine(QPointF(17, 7), QPointF(7, 17));
        break;
    case Glyph::Search:
        p.drawEllipse(QPointF(10.5, 10.5), 6.5, 6.5);
        p.drawLine(QPointF(15.5, 15.5), QPointF(20.5, 20.5));
        break;
    case Glyph::Customer:
    case Glyph::User:
        p.drawEllipse(QPointF(12, 8), 4, 4);
        p.drawArc(QRectF(4.5, 14, 15, 14), 0, 180 * 16);
        break;
    case Glyph::Customers:
        p.drawEllipse(QPointF(9, 8), 3.6, 3.6);
        p.drawArc(QRectF(2.5, 14, 13, 13), 0, 180 * 16);
        p.drawArc(QRectF(13, 4.2, 7, 7.5), -90 * 16, 180 * 16);
        p.drawArc(QRectF(14.5, 14, 8, 13), 0, 90 * 16);
        break;
    case Glyph::Location: {
        QPainterPath pin;
        pin.moveTo(12, 21.5);
        pin.cubicTo(12, 21.5, 4.5, 15, 4.5, 9.5);
        pin.arcTo(QRectF(4.5, 2, 15, 15), 180, -180);
        pin.cubicTo(19.5, 15, 12, 21.5, 12, 21.5);
        p.drawPath(pin);
        p.drawEllipse(QPointF(12, 9.5), 2.5, 2.5);
        break;
    }
    case Glyph::Map: {
        // Three folded panels, the middle one raised.
        const QPolygonF folds{{3, 6}, {9, 3.5}, {15, 6}, {21, 3.5}, {21, 18}, {15, 20.5}, {9, 18}, {3, 20.5}};
        p.drawPolygon(folds);
        p.drawLine(QPointF(9, 3.5), QPointF(9, 18));
        p.drawLine(QPointF(15, 6), QPointF(15, 20.5));
        break;
    }
    case Glyph::Equipment:
        p.drawRoundedRect(QRectF(3, 12.5, 18, 7), 2, 2);
        p.drawLine(QPointF(7, 12.5), QPointF(5.5, 5.5));
        p.drawLine(QPointF(17, 12.5), QPointF(18.5, 5.5));
        p.drawPoint(QPointF(7.5, 16));
        p.drawPoint(QPointF(11, 16));
        break;
    case Glyph::Database:
        p.drawEllipse(QRectF(4, 3, 16, 5.5));
        p.drawLine(QPointF(4, 5.75), QPointF(4, 18.25));
        p.drawLine(QPointF(20, 5.75), QPointF(20, 18.25));
        p.drawArc(QRectF(4, 9.25, 16, 5.5), 180 * 16, 180 * 16);
        p.drawArc(QRectF(4, 15.5, 16, 5.5), 180 * 16, 180 * 16);
        break;
    case Glyph::Server:
        p.drawRoundedRect(QRectF(3, 3.5, 18, 7), 2, 2);
        p.drawRoundedRect(QRectF(3, 13.5, 18, 7), 2, 2);
        p.drawPoint(QPointF(7, 7));
        p.drawPoint(QPointF(7, 17));
        break;
    case Glyph::Settings:
        p.drawLine(QPointF(4, 6), QPointF(20, 6));
        p.drawLine(QPointF(4, 12), QPointF(20, 12));
        p.drawLine(QPointF(4, 18), QPointF(20, 18));
        p.setBrush(Theme::color(Theme::Role::Base));
        p.drawEllipse(QPointF(15, 6), 2.3, 2.3);
        p.drawEllipse(QPointF(8, 12), 2.3, 2.3);
        p.drawEllipse(QPointF(13, 18), 2.3, 2.3);
        break;
    case Glyph::Refresh:
        p.drawArc(QRectF(4, 4, 16, 16), 40 * 16, 280 * 16);
        p.drawPolyline(QPolygonF({QPointF(20, 3.5), QPointF(19.5, 8.5), QPointF(14.5, 8)}));
        break;
    case Glyph::Home:
        p.drawPolyline(QPolygonF({QPointF(3, 11), QPointF(12, 3.5), QPointF(21, 11)}));
        p.drawPolyline(QPolygonF({QPointF(5.5, 9.5), QPointF(5.5, 20.5), QPointF(18.5, 20.5), QPointF(18.5, 9.5)}));
        break;
    case Glyph::Pulse:
        p.drawPolyline(QPolygonF(
            {QPointF(2, 12), QPointF(7, 12), QPointF(10, 5), QPointF(14, 19), QPointF(17, 12), QPointF(22, 12)}));
        break;
    }
}

// Paints on demand at the size and device pixel ratio asked for; disabled icons are drawn grey.
class GlyphIconEngine : public QIconEngine
{
public:
    GlyphIconEngine(Glyph glyph, QColor color)
        : m_glyph(glyph)
        , m_color(color)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        drawGlyph(*painter, m_glyph, mode == QIcon::Disabled ? Theme::color(Theme::Role::TextDisabled) : m_color);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph, m_color); }

private:
    Glyph m_glyph;
    QColor m_color;
};

} // namespace

QColor defaultColor(Glyph glyph)
{
    switch (glyph) {
    case Glyph::Info:
        return Theme::color(Theme::Role::IconInfo);
    case Glyph::Warning:
        return Theme::color(Theme::Role::IconWarning);
    case Glyph::Error:
        return Theme::color(Theme::Role::IconError);
    case Glyph::Check:
        return Theme::color(Theme::Role::IconSuccess);
    case Glyph::Customer:
    case Glyph::Customers:
        return Theme::color(Theme::Role::IconInfo);
    case Glyph::Location:
        return Theme::color(Theme::Role::IconLocation);
    case Glyph::Equipment:
        return Theme::color(Theme::Role::IconEquipment);
    default:
        break;
    }
    return Theme::color(Theme::Role::IconDefault);
}

QIcon icon(Glyph glyph, const QColor &color)
{
    static QHash<quint64, QIcon> cache;
    const QColor c = color.isValid() ? color : defaultColor(glyph);
    const quint64 key = (quint64(glyph) << 32) | c.rgba();
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon result(new GlyphIconEngine(glyph, c));
    cache.insert(key, result);
    return result;
}

} // namespace Icons
