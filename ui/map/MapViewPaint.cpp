// MapView's painting: tiles or the offline base, markers and clusters from cached sprites, route, scale and chips.
#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

#include "ui/common/Theme.h"
#include "ui/map/MapView.h"

using namespace Qt::Literals::StringLiterals;
namespace mercator = ops::map::mercator;
using mercator::GeoPoint;
using mercator::TileId;

namespace {

QString degrees(double value, bool latitude)
{
    const QLocale locale;
    const QString hemisphere = latitude
        ? (value >= 0 ? QCoreApplication::translate("MapView", "N") : QCoreApplication::translate("MapView", "S"))
        : (value >= 0 ? QCoreApplication::translate("MapView", "E") : QCoreApplication::translate("MapView", "W"));
    return QCoreApplication::translate("MapView", "%1° %2").arg(locale.toString(std::abs(value), 'f', 5), hemisphere);
}

QString gridLabel(double value, double step)
{
    const int decimals = step >= 1 ? 0 : std::clamp(int(std::ceil(-std::log10(step))), 0, 4);
    return QLocale().toString(value, 'f', decimals) + u'°';
}

// Towns of the service area and the province's cities, for orientation on the offline base (public gazetteer
// positions). rank 1: shown from zoom 5, 2: from zoom 8, 3: from zoom 10.
struct Place
{
    const char *name;
    double latitude;
    double longitude;
    int rank;
};
constexpr Place kPlaces[] = {{"Montréal", 45.5019, -73.5674, 1}, {"Québec", 46.8139, -71.2080, 1},
    {"Gatineau", 45.4765, -75.7013, 1}, {"Ottawa", 45.4215, -75.6972, 1}, {"Trois-Rivières", 46.3430, -72.5430, 1},
    {"Sherbrooke", 45.4042, -71.8929, 1}, {"Saguenay", 48.4281, -71.0686, 1}, {"Rimouski", 48.4489, -68.5230, 1},
    {"Rouyn-Noranda", 48.2366, -79.0231, 1}, {"Saint-Jérôme", 45.7804, -74.0036, 1}, {"Laval", 45.6066, -73.7124, 2},
    {"Mirabel", 45.6760, -74.0390, 2}, {"Mont-Tremblant", 46.1185, -74.5962, 2}, {"Mont-Laurier", 46.5500, -75.5000, 2},
    {"Sainte-Agathe-des-Monts", 46.0500, -74.2833, 2}, {"Lachute", 45.6500, -74.3333, 2},
    {"Terrebonne", 45.7000, -73.6475, 2}, {"Blainville", 45.6700, -73.8800, 2}, {"Joliette", 46.0167, -73.4500, 2},
    {"Saint-Sauveur", 45.8950, -74.1700, 3}, {"Sainte-Adèle", 45.9500, -74.1333, 3},
    {"Val-David", 46.0300, -74.2070, 3}, {"Prévost", 45.8667, -74.0833, 3}, {"Saint-Colomban", 45.7333, -74.1333, 3},
    {"Morin-Heights", 45.9000, -74.2500, 3}, {"Sainte-Thérèse", 45.6386, -73.8253, 3},
    {"Saint-Eustache", 45.5650, -73.9050, 3}, {"Labelle", 46.2833, -74.7333, 3},
    {"Rivière-Rouge", 46.4167, -74.8667, 3}, {"Saint-Lin–Laurentides", 45.8500, -73.7667, 3}};

constexpr double kSmallRadius = 4.5;

} // namespace

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Theme::color(Theme::Role::SurfaceMuted));
    paintTiles(p);
    paintGraticule(p);
    if (m_places && m_tilesDrawn == 0)
        paintPlaces(p);
    if (m_placeholder.isEmpty()) {
        paintRoute(p);
        paintMarkers(p);
    }
    paintScaleBar(p);
    paintInfo(p);
    if (m_clusterRadius > 0 && !m_warmPending) {
        m_warmPending = true;
        QTimer::singleShot(0, this, &MapView::warmNeighbourZooms);
    }
    p.setPen(QPen(Theme::color(Theme::Role::MapOutline), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    if (hasFocus()) {
        p.setPen(QPen(Theme::color(Theme::Role::Accent), 2));
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapView::paintTiles(QPainter &p)
{
    m_tilesDrawn = 0;
    if (!m_source)
        return;
    const QPointF topLeft = centerWorld() - QPointF(width() / 2.0, height() / 2.0);
    const int n = mercator::tileCount(m_zoom);
    const int x0 = int(std::floor(topLeft.x() / mercator::kTileSize));
    const int y0 = std::max(0, int(std::floor(topLeft.y() / mercator::kTileSize)));
    const int x1 = int(std::floor((topLeft.x() + width()) / mercator::kTileSize));
    const int y1 = std::min(n - 1, int(std::floor((topLeft.y() + height()) / mercator::kTileSize)));
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int ty = y0; ty <= y1; ++ty) {
        for (int tx = x0; tx <= x1; ++tx) {
            const TileId id{m_zoom, ((tx % n) + n) % n, ty};
            const QPointF at(tx * mercator::kTileSize - topLeft.x(), ty * mercator::kTileSize - topLeft.y());
            if (const QImage *image = m_tiles.object(id)) {
                p.drawImage(QRectF(at, QSizeF(mercator::kTileSize, mercator::kTileSize)), *image);
                ++m_tilesDrawn;
            } else {
                requestTile(id);
            }
        }
    }
}

void MapView::paintGraticule(QPainter &p)
{
    const GeoPoint tl = geoPosition({0, 0});
    const GeoPoint br = geoPosition(QPointF(width(), height()));
    const double span = std::max(std::abs(br.longitude - tl.longitude), std::abs(tl.latitude - br.latitude));
    const double step = mercator::graticuleStep(span);
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1.5));
    p.setFont(small);
    const QFontMetrics fm(small);
    const bool overTiles = m_tilesDrawn > 0;
    p.setPen(QPen(overTiles ? Theme::color(Theme::Role::MapGraticuleOverTiles) : Theme::color(Theme::Role::Border), 1));
    for (double lon = std::ceil(tl.longitude / step) * step; lon <= br.longitude; lon += step) {
        const double x = std::round(widgetPosition(0, lon).x()) + 0.5;
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
    for (double lat = std::ceil(br.latitude / step) * step; lat <= tl.latitude; lat += step) {
        const double y = std::round(widgetPosition(lat, 0).y()) + 0.5;
        p.drawLine(QPointF(0, y), QPointF(width(), y));
    }
    p.setPen(Theme::color(Theme::Role::MapGraticuleText));
    for (double lon = std::ceil(tl.longitude / step) * step; lon <= br.longitude; lon += step) {
        const double x = widgetPosition(0, lon).x();
        p.drawText(QPointF(x + 3, fm.ascent() + 3), gridLabel(lon, step));
    }
    for (double lat = std::ceil(br.latitude / step) * step; lat <= tl.latitude; lat += step) {
        const double y = widgetPosition(lat, 0).y();
        p.drawText(QPointF(4, y - 3), gridLabel(lat, step));
    }
}

void MapView::paintRoute(QPainter &p)
{
    if (m_route.size() < 2)
        return;
    QPolygonF line;
    line.reserve(m_route.size());
    for (const GeoPoint &g : std::as_const(m_route))
        line << widgetPosition(g.latitude, g.longitude);
    const QColor color = m_routeColor.isValid() ? m_routeColor : Theme::color(Theme::Role::Accent);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Theme::color(Theme::Role::MapMarkerOutline), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
    p.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
}

void MapView::drawMarker(QPainter &p, const Marker &m, const QPointF &at, bool selected)
{
    ++m_markersDrawn;
    const QColor color = m.color.isValid() ? m.color : Theme::color(Theme::Role::Accent);
    QPointF anchor;
    const QPixmap &sprite = markerSprite(color, selected, m.shape, &anchor);
    p.drawPixmap(at - anchor, sprite);
    if (m.label.isEmpty() || (!selected && m_zoom < m_labelMinZoom))
        return;
    const double r = selected ? 9 : 7;
    const bool pin = m.shape == Marker::Shape::Pin;
    const double labelX = at.x() + r + 3;
    const double labelY = pin ? at.y() - r * 2.1 : at.y();
    QFont f = font();
    f.setBold(selected);
    p.setFont(f);
    const QFontMetrics lfm(f);
    const QRectF box(labelX, labelY - lfm.height() / 2.0 - 2, lfm.horizontalAdvance(m.label) + 10, lfm.height() + 4);
    p.setPen(QPen(Theme::color(Theme::Role::MapOutline), 1));
    p.setBrush(Theme::color(Theme::Role::MapPanel));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(Theme::color(Theme::Role::Text));
    p.drawText(box, Qt::AlignCenter, m.label);
}

void MapView::paintMarkers(QPainter &p)
{
    m_clustersDrawn = 0;
    m_markersDrawn = 0;
    const QRectF visible = QRectF(rect()).adjusted(-40, -40, 40, 40);
    // World positions were projected once (setMarkers): a frame only scales and offsets them.
    const double scale = mercator::worldSize(m_zoom) / mercator::worldSize(0);
    const QPointF offset = QPointF(width() / 2.0, height() / 2.0) - centerWorld();
    const Marker *selected = nullptr;
    QPointF selectedAt;
    auto single = [&](qsizetype i) {
        const Marker &m = m_markers.at(i);
        const QPointF at = m_world0.at(i) * scale + offset;
        if (m_selected != 0 && m.id == m_selected) {
            selected = &m;
            selectedAt = at;
        } else if (visible.contains(at)) {
            drawMarker(p, m, at, false);
        }
    };
    if (m_clusterRadius <= 0) {
        for (qsizetype i = 0; i < m_markers.size(); ++i)
            single(i);
    } else {
        for (const Cluster &c : clusters()) {
            if (c.count == 1) {
                single(c.first);
                continue;
            }
            const QPointF at = c.world * scale + offset;
            if (!visible.contains(at))
                continue;
            ++m_clustersDrawn;
            drawCluster(p, at, c.count, c.group);
        }
        for (qsizetype i = 0; i < m_markers.size(); ++i)
            if (!m_markers.at(i).clusterable || (m_selected != 0 && m_markers.at(i).id == m_selected))
                single(i);
    }
    for (const Marker &m : std::as_const(m_live)) {
        const QPointF at = widgetPosition(m.latitude, m.longitude);
        if (m_selected != 0 && m.id == m_selected) {
            selected = &m;
            selectedAt = at;
        } else if (visible.contains(at)) {
            drawMarker(p, m, at, false);
        }
    }
    if (selected)
        drawMarker(p, *selected, selectedAt, true);
}

// Markers and clusters are drawn from small pre-rendered images (a filled path or a disc with text costs far more
// than a blit, and a clustered map draws hundreds of them per frame).
const QPixmap &MapView::markerSprite(const QColor &color, bool selected, Marker::Shape shape, QPointF *anchor) const
{
    const double r = shape == Marker::Shape::Small ? (selected ? 7 : kSmallRadius)
        : shape == Marker::Shape::Ring             ? (selected ? 15 : 13)
                                                   : (selected ? 9 : 7);
    const bool pin = shape == Marker::Shape::Pin;
    *anchor = pin ? QPointF(r + 2, r * 3.1 + 2) : QPointF(r + 2, r + 2);
    const quint64 key = (quint64(1) << 60) | (quint64(selected) << 59) | (quint64(shape) << 48) | color.rgba();
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const qreal dpr = devicePixelRatioF();
    const QSizeF size = pin ? QSizeF(2 * r + 4, r * 3.1 + 4) : QSizeF(2 * r + 4, 2 * r + 4);
    QPixmap pixmap((size * dpr).toSize() + QSize(1, 1));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF at = *anchor;
    const QColor fill = selected ? color.darker(115) : color;
    p.setPen(QPen(Theme::color(Theme::Role::MapMarkerOutline), shape == Marker::Shape::Small ? 1 : 1.5));
    p.setBrush(fill);
    switch (shape) {
    case Marker::Shape::Dot:
        p.setPen(QPen(Theme::color(Theme::Role::MapMarkerOutline), 2));
        p.drawEllipse(at, r, r);
        break;
    case Marker::Shape::Small:
        p.drawEllipse(at, r, r);
        break;
    case Marker::Shape::Square:
        p.drawRoundedRect(QRectF(at.x() - r * 0.85, at.y() - r * 0.85, r * 1.7, r * 1.7), 2, 2);
        break;
    case Marker::Shape::Diamond:
        p.drawPolygon(QPolygonF{at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)});
        break;
    case Marker::Shape::Triangle:
        p.drawPolygon(QPolygonF{at + QPointF(0, -r), at + QPointF(r, r * 0.8), at + QPointF(-r, r * 0.8)});
        p.setPen(QPen(Theme::color(Theme::Role::TextOnColor), 1.5));
        p.drawLine(at + QPointF(0, -r * 0.35), at + QPointF(0, r * 0.2));
        p.drawPoint(at + QPointF(0, r * 0.5));
        break;
    case Marker::Shape::Ring:
        p.setPen(QPen(fill, 4));
        p.setBrush(QColor(fill.red(), fill.green(), fill.blue(), 70));
        p.drawEllipse(at, r - 2, r - 2);
        p.setPen(QPen(Theme::color(Theme::Role::MapMarkerOutline), 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(at, r, r);
        break;
    case Marker::Shape::Pin: {
        // A pin: a circle head over its tip at the exact position.
        QPainterPath path;
        path.moveTo(at);
        path.cubicTo(at + QPointF(-r * 0.35, -r * 1.1), at + QPointF(-r, -r * 1.5), at + QPointF(-r, -r * 2.1));
        path.arcTo(QRectF(at.x() - r, at.y() - r * 3.1, 2 * r, 2 * r), 180, -180);
        path.cubicTo(at + QPointF(r, -r * 1.5), at + QPointF(r * 0.35, -r * 1.1), at);
        p.drawPath(path);
        p.setBrush(Theme::color(Theme::Role::Base));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(at.x(), at.y() - r * 2.1), r * 0.38, r * 0.38);
        break;
    }
    }
    p.end();
    if (m_sprites.size() > 4000)
        m_sprites.clear();
    return *m_sprites.insert(key, pixmap);
}

// A cluster is a disc (one sprite per group and radius) with its count drawn from one sprite per character: a few
// dozen sprites in all, however many distinct counts the zoom levels show (a sprite per count made every first visit
// of a zoom level cost tens of milliseconds).
void MapView::drawCluster(QPainter &p, const QPointF &at, int count, quint8 group) const
{
    const bool compact = m_compactGroups.contains(group);
    QFont f = font();
    f.setBold(true);
    if (compact)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() - 1.5));
    const QString text = QLocale().toString(count);
    const QFontMetricsF fm(f);
    double textWidth = 0;
    for (const QChar c : text)
        textWidth += fm.horizontalAdvance(c);
    const int r = compact ? int(std::min(16.0, 7 + textWidth / 2.6))
                          : int(std::min(26.0, 11 + 3.0 * std::log10(double(std::max(count, 1))) + textWidth / 4.0));
    const qreal dpr = devicePixelRatioF();
    const quint64 discKey = (quint64(2) << 60) | (quint64(group) << 32) | quint32(r);
    auto disc = m_sprites.find(discKey);
    if (disc == m_sprites.end()) {
        const int half = r + 2;
        QPixmap pixmap((QSizeF(2 * half, 2 * half) * dpr).toSize());
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter dp(&pixmap);
        dp.setRenderHint(QPainter::Antialiasing);
        dp.setPen(QPen(Theme::color(Theme::Role::MapMarkerOutline), compact ? 1.5 : 2));
        dp.setBrush(m_groupColors.value(group, Theme::color(Theme::Role::MapCluster)));
        dp.drawEllipse(QPointF(half, half), r, r);
        dp.end();
        disc = m_sprites.insert(discKey, pixmap);
    }
    p.drawPixmap(at - QPointF(r + 2, r + 2), *disc);
    double x = at.x() - textWidth / 2.0;
    const double top = at.y() - fm.height() / 2.0;
    for (const QChar c : text) {
        const quint64 glyphKey = (quint64(3) << 60) | (quint64(compact) << 32) | c.unicode();
        auto glyph = m_sprites.find(glyphKey);
        if (glyph == m_sprites.end()) {
            QPixmap pixmap((QSizeF(fm.horizontalAdvance(c) + 2, fm.height()) * dpr).toSize());
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter gp(&pixmap);
            gp.setRenderHint(QPainter::TextAntialiasing);
            gp.setFont(f);
            gp.setPen(Theme::color(Theme::Role::TextOnColor));
            gp.drawText(QPointF(0, fm.ascent()), QString(c));
            gp.end();
            glyph = m_sprites.insert(glyphKey, pixmap);
        }
        p.drawPixmap(QPointF(std::round(x), std::round(top)), *glyph);
        x += fm.horizontalAdvance(c);
    }
}

void MapView::paintPlaces(QPainter &p)
{
    const int maxRank = m_zoom >= 10 ? 3 : m_zoom >= 8 ? 2 : m_zoom >= 5 ? 1 : 0;
    if (maxRank == 0)
        return;
    QFont f = font();
    f.setItalic(true);
    p.setFont(f);
    const QFontMetrics fm(f);
    const QRectF area = QRectF(rect()).adjusted(-100, -20, 100, 20);
    for (const Place &place : kPlaces) {
        if (place.rank > maxRank)
            continue;
        const QPointF at = widgetPosition(place.latitude, place.longitude);
        if (!area.contains(at))
            continue;
        const QString name = QString::fromUtf8(place.name);
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::color(Theme::Role::MapGraticuleText));
        p.drawEllipse(at, 2.5, 2.5);
        p.setPen(Theme::color(Theme::Role::MapGraticuleText));
        p.drawText(QPointF(at.x() - fm.horizontalAdvance(name) / 2.0, at.y() - 6), name);
    }
}

void MapView::paintScaleBar(QPainter &p)
{
    const double mpp = mercator::metersPerPixel(m_center.latitude, m_zoom);
    const double maxPx = std::min(120.0, width() / 3.0);
    const double meters = mercator::niceDistance(maxPx * mpp);
    if (meters <= 0)
        return;
    const double px = meters / mpp;
    const QString text = meters >= 1000 ? tr("%1 km").arg(QLocale().toString(meters / 1000.0, 'g', 3))
                                        : tr("%1 m").arg(QLocale().toString(meters, 'g', 3));
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1));
    p.setFont(small);
    const QFontMetrics fm(small);
    const QRectF box(
        8, height() - fm.height() - 22, std::max(px, double(fm.horizontalAdvance(text))) + 12, fm.height() + 14);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::color(Theme::Role::MapScaleBackground));
    p.drawRoundedRect(box, 3, 3);
    const double y = box.bottom() - 6;
    p.setPen(QPen(Theme::color(Theme::Role::Text), 1.5));
    p.drawLine(QPointF(box.left() + 6, y), QPointF(box.left() + 6 + px, y));
    p.drawLine(QPointF(box.left() + 6, y - 4), QPointF(box.left() + 6, y));
    p.drawLine(QPointF(box.left() + 6 + px, y - 4), QPointF(box.left() + 6 + px, y));
    p.drawText(QPointF(box.left() + 6, box.top() + fm.ascent() + 2), text);
}

void MapView::paintInfo(QPainter &p)
{
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1));
    p.setFont(small);
    const QFontMetrics fm(small);
    auto chip = [&](const QString &text, Qt::Alignment corner) {
        const double w = fm.horizontalAdvance(text) + 14;
        const double h = fm.height() + 8;
        const double x = (corner & Qt::AlignRight) ? width() - w - 8 : 8;
        const double y = (corner & Qt::AlignBottom) ? height() - h - 8 : 8;
        const QRectF box(x, y, w, h);
        p.setPen(QPen(Theme::color(Theme::Role::MapOutline), 1));
        p.setBrush(Theme::color(Theme::Role::MapChip));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Theme::color(Theme::Role::Text));
        p.drawText(box, Qt::AlignCenter, text);
    };
    // Coordinates of the selected marker (else of the centre), bottom right.
    const Marker *selected = nullptr;
    for (const QList<Marker> *list : {&m_markers, &m_live})
        for (const Marker &m : *list)
            if (m_selected != 0 && m.id == m_selected)
                selected = &m;
    if (m_placeholder.isEmpty()) {
        const GeoPoint at = selected ? GeoPoint{selected->latitude, selected->longitude} : m_center;
        chip(tr("%1, %2").arg(degrees(at.latitude, true), degrees(at.longitude, false)),
            Qt::AlignRight | Qt::AlignBottom);
    }
    if (!m_source || m_tilesDrawn == 0) {
        const QString note = m_source ? tr("Map tiles unavailable") : tr("Offline map");
        const double w = fm.horizontalAdvance(note) + 14;
        const QRectF box(width() - w - 8, 8, w, fm.height() + 8);
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::color(Theme::Role::MapNote));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Theme::color(Theme::Role::TextSecondary));
        p.drawText(box, Qt::AlignCenter, note);
    }
    if (!m_placeholder.isEmpty()) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() + 1);
        p.setFont(f);
        const QFontMetrics pfm(f);
        const QRect textRect = pfm.boundingRect(
            QRect(0, 0, std::max(100, width() - 80), 1000), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        QRectF box(0, 0, textRect.width() + 32, textRect.height() + 20);
        box.moveCenter(QRectF(rect()).center());
        p.setPen(QPen(Theme::color(Theme::Role::MapOutline), 1));
        p.setBrush(Theme::color(Theme::Role::MapPanel));
        p.drawRoundedRect(box, 6, 6);
        p.setPen(Theme::color(Theme::Role::TextSecondary));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    }
}
