#include "ui/map/MapView.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include "core/concurrency/Async.h"
#include "core/map/TileSource.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;
namespace mercator = ops::map::mercator;
using mercator::GeoPoint;
using mercator::TileId;

namespace {

constexpr int kTileCacheCount = 160;
constexpr double kMarkerHit = 14;

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

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_tiles(kTileCacheCount)
{
    setObjectName(u"MapView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Map"));
    setToolTip(tr("Wheel or +/− to zoom, drag or arrow keys to move, double-click to zoom in"));
}

MapView::~MapView() = default;

QSize MapView::sizeHint() const
{
    return {360, 260};
}

QSize MapView::minimumSizeHint() const
{
    return {160, 120};
}

void MapView::setTileSource(std::shared_ptr<ops::map::TileSource> source)
{
    if (source && !source->isValid())
        source.reset();
    m_source = std::move(source);
    ++m_sourceGeneration;
    m_tiles.clear();
    m_pending.clear();
    m_failed.clear();
    update();
}

void MapView::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    m_world0.clear();
    m_world0.reserve(m_markers.size());
    for (const Marker &m : std::as_const(m_markers))
        m_world0.append(mercator::project({m.latitude, m.longitude}, 0));
    m_clusterCache.clear();
    update();
}

void MapView::setClusterRadius(int pixels)
{
    pixels = std::max(0, pixels);
    if (pixels == m_clusterRadius)
        return;
    m_clusterRadius = pixels;
    m_clusterCache.clear();
    update();
}

void MapView::setRoute(const QList<GeoPoint> &points, const QColor &color)
{
    m_route = points;
    m_routeColor = color;
    update();
}

const QList<MapView::Cluster> &MapView::clusters() const
{
    const auto cached = m_clusterCache.constFind(m_zoom);
    if (cached != m_clusterCache.cend())
        return *cached;
    // Grid clustering in world pixels at this zoom: one cell of radius × radius per cluster, anchored on the world
    // (not on the view), so panning never changes them.
    const double scale = mercator::worldSize(m_zoom) / mercator::worldSize(0);
    const double cell = std::max(1, m_clusterRadius);
    QHash<quint64, qsizetype> cells;
    cells.reserve(m_markers.size() / 4 + 1);
    QList<Cluster> out;
    QList<QPointF> sums;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        if (!m_markers.at(i).clusterable)
            continue;
        const QPointF w = m_world0.at(i) * scale;
        const quint64 key =
            (quint64(quint32(qint32(std::floor(w.x() / cell)))) << 32) | quint32(qint32(std::floor(w.y() / cell)));
        const auto it = cells.constFind(key);
        if (it == cells.cend()) {
            cells.insert(key, out.size());
            out.append(Cluster{m_world0.at(i), 1, i});
            sums.append(m_world0.at(i));
        } else {
            Cluster &c = out[*it];
            ++c.count;
            sums[*it] += m_world0.at(i);
        }
    }
    for (qsizetype k = 0; k < out.size(); ++k)
        out[k].world = sums.at(k) / out.at(k).count;
    if (m_clusterCache.size() > 8)
        m_clusterCache.clear();
    return *m_clusterCache.insert(m_zoom, out);
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

void MapView::setSelectedMarker(qint64 id)
{
    m_selected = id;
    update();
}

void MapView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void MapView::setCenter(double latitude, double longitude)
{
    m_center = {mercator::clampLatitude(latitude), mercator::wrapLongitude(longitude)};
    update();
    emit viewChanged();
}

void MapView::setZoom(int zoom)
{
    zoom = std::clamp(zoom, mercator::kMinZoom, mercator::kMaxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    update();
    emit viewChanged();
}

void MapView::zoomBy(int steps, const QPointF &anchor)
{
    const int target = std::clamp(m_zoom + steps, mercator::kMinZoom, mercator::kMaxZoom);
    if (target == m_zoom)
        return;
    if (anchor.x() < 0) {
        setZoom(target);
        return;
    }
    // Keep the point under the anchor where it is.
    const GeoPoint under = geoPosition(anchor);
    m_zoom = target;
    const QPointF world = mercator::project(under, m_zoom);
    const QPointF offset = anchor - QPointF(width() / 2.0, height() / 2.0);
    m_center = mercator::unproject(world - offset, m_zoom);
    m_center.longitude = mercator::wrapLongitude(m_center.longitude);
    update();
    emit viewChanged();
}

void MapView::panBy(const QPointF &pixels)
{
    const QPointF world = centerWorld() + pixels;
    const double size = mercator::worldSize(m_zoom);
    GeoPoint c = mercator::unproject({world.x(), std::clamp(world.y(), 0.0, size)}, m_zoom);
    setCenter(c.latitude, c.longitude);
}

void MapView::fitToMarkers(int maxZoom)
{
    if (m_markers.isEmpty())
        return;
    double south = 90, north = -90, west = 180, east = -180;
    for (const Marker &m : m_markers) {
        south = std::min(south, m.latitude);
        north = std::max(north, m.latitude);
        west = std::min(west, m.longitude);
        east = std::max(east, m.longitude);
    }
    const double pad = 48;
    const int z = mercator::zoomToFit(
        south, west, north, east, std::max(1.0, width() - 2 * pad), std::max(1.0, height() - 2 * pad));
    const QPointF a = mercator::project({north, west}, z);
    const QPointF b = mercator::project({south, east}, z);
    const GeoPoint mid = mercator::unproject((a + b) / 2.0, z);
    m_zoom = std::clamp(std::min(z, maxZoom), mercator::kMinZoom, mercator::kMaxZoom);
    setCenter(mid.latitude, mid.longitude);
}

QPointF MapView::centerWorld() const
{
    return mercator::project(m_center, m_zoom);
}

QPointF MapView::widgetPosition(double latitude, double longitude) const
{
    return mercator::project({latitude, longitude}, m_zoom) - centerWorld() + QPointF(width() / 2.0, height() / 2.0);
}

GeoPoint MapView::geoPosition(const QPointF &widgetPixel) const
{
    return mercator::unproject(centerWorld() + widgetPixel - QPointF(width() / 2.0, height() / 2.0), m_zoom);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Theme::color(Theme::Role::SurfaceMuted));
    paintTiles(p);
    paintGraticule(p);
    if (m_placeholder.isEmpty()) {
        paintRoute(p);
        paintMarkers(p);
    }
    paintScaleBar(p);
    paintInfo(p);
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

void MapView::requestTile(const TileId &tile)
{
    if (m_pending.contains(tile) || m_failed.contains(tile) || m_pending.size() > 64)
        return;
    m_pending.insert(tile);
    const quint64 generation = m_sourceGeneration;
    ops::runThen(m_source->fetch(tile), this, [this, tile, generation](const ops::Result<QByteArray> &r) {
        if (generation != m_sourceGeneration)
            return;
        m_pending.remove(tile);
        QImage image;
        if (!r.ok() || !image.loadFromData(r.value())) {
            m_failed.insert(tile); // drawn without it; tried again after a source change
            return;
        }
        m_tiles.insert(tile, new QImage(image.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
        update();
        emit tileArrived();
    });
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

void MapView::paintMarkers(QPainter &p)
{
    m_clustersDrawn = 0;
    m_markersDrawn = 0;
    const QRectF visible = QRectF(rect()).adjusted(-40, -40, 40, 40);
    auto draw = [&](const Marker &m, bool selected) {
        const QPointF at = widgetPosition(m.latitude, m.longitude);
        if (!visible.contains(at))
            return;
        ++m_markersDrawn;
        const QColor color = m.color.isValid() ? m.color : Theme::color(Theme::Role::Accent);
        const double r = selected ? 9 : 7;
        double labelY = at.y();
        const double labelX = at.x() + r + 3;
        QPointF anchor;
        const QPixmap &sprite = markerSprite(color, selected, m.shape == Marker::Shape::Dot, &anchor);
        p.drawPixmap(at - anchor, sprite);
        if (m.shape != Marker::Shape::Dot)
            labelY = at.y() - r * 2.1;
        if (m.label.isEmpty())
            return;
        QFont f = font();
        f.setBold(selected);
        p.setFont(f);
        const QFontMetrics lfm(f);
        const QRectF box(
            labelX, labelY - lfm.height() / 2.0 - 2, lfm.horizontalAdvance(m.label) + 10, lfm.height() + 4);
        p.setPen(QPen(Theme::color(Theme::Role::MapOutline), 1));
        p.setBrush(Theme::color(Theme::Role::MapPanel));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(Theme::color(Theme::Role::Text));
        p.drawText(box, Qt::AlignCenter, m.label);
    };
    if (m_clusterRadius <= 0) {
        for (const Marker &m : std::as_const(m_markers))
            if (m.id != m_selected)
                draw(m, false);
    } else {
        const double scale = mercator::worldSize(m_zoom) / mercator::worldSize(0);
        const QPointF offset = QPointF(width() / 2.0, height() / 2.0) - centerWorld();
        for (const Cluster &c : clusters()) {
            if (c.count == 1) {
                const Marker &m = m_markers.at(c.first);
                if (m.id != m_selected)
                    draw(m, false);
                continue;
            }
            const QPointF at = c.world * scale + offset;
            if (!visible.contains(at))
                continue;
            ++m_clustersDrawn;
            QPointF anchor;
            const QPixmap &sprite = clusterSprite(c.count, &anchor);
            p.drawPixmap(at - anchor, sprite);
        }
        for (const Marker &m : std::as_const(m_markers))
            if (!m.clusterable && m.id != m_selected)
                draw(m, false);
    }
    for (const Marker &m : std::as_const(m_markers))
        if (m.id == m_selected)
            draw(m, true);
}

// Markers and clusters are drawn from small pre-rendered images (a filled path or a disc with text costs far more
// than a blit, and a clustered map draws hundreds of them per frame).
const QPixmap &MapView::markerSprite(const QColor &color, bool selected, bool dot, QPointF *anchor) const
{
    const double r = selected ? 9 : 7;
    const quint64 key = (quint64(1) << 60) | (quint64(selected) << 59) | (quint64(dot) << 58) | color.rgba();
    if (dot)
        *anchor = QPointF(r + 2, r + 2);
    else
        *anchor = QPointF(r + 2, r * 3.1 + 2);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const qreal dpr = devicePixelRatioF();
    const QSizeF size = dot ? QSizeF(2 * r + 4, 2 * r + 4) : QSizeF(2 * r + 4, r * 3.1 + 4);
    QPixmap pixmap((size * dpr).toSize() + QSize(1, 1));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF at = *anchor;
    if (dot) {
        p.setPen(QPen(Theme::color(Theme::Role::MapMarkerOutline), 2));
        p.setBrush(selected ? color.darker(115) : color);
        p.drawEllipse(at, r, r);
    } else {
        // A pin: a circle head over its tip at the exact position.
        QPainterPath pin;
        pin.moveTo(at);
        pin.cubicTo(at + QPointF(-r * 0.35, -r * 1.1), at + QPointF(-r, -r * 1.5), at + QPointF(-r, -r * 2.1));
        pin.arcTo(QRectF(at.x() - r, at.y() - r * 3.1, 2 * r, 2 * r), 180, -180);
        pin.cubicTo(at + QPointF(r, -r * 1.5), at + QPointF(r * 0.35, -r * 1.1), at);
        p.setPen(QPen(Theme::color(Theme::Role::MapMarkerOutline), 1.5));
        p.setBrush(selected ? color.darker(115) : color);
        p.drawPath(pin);
        p.setBrush(Theme::color(Theme::Role::Base));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(at.x(), at.y() - r * 2.1), r * 0.38, r * 0.38);
    }
    p.end();
    if (m_sprites.size() > 4000)
        m_sprites.clear();
    return *m_sprites.insert(key, pixmap);
}

const QPixmap &MapView::clusterSprite(int count, QPointF *anchor) const
{
    const quint64 key = (quint64(2) << 60) | quint32(count);
    auto found = m_sprites.find(key);
    if (found != m_sprites.end()) {
        const QSizeF size = found->deviceIndependentSize();
        *anchor = QPointF(std::floor(size.width() / 2), std::floor(size.height() / 2));
        return *found;
    }
    QFont f = font();
    f.setBold(true);
    const QFontMetrics fm(f);
    const QString text = QLocale().toString(count);
    const double r = std::min(26.0, 11 + 3.0 * std::log10(double(count)) + fm.horizontalAdvance(text) / 4.0);
    const double half = std::ceil(r + 2);
    *anchor = QPointF(half, half);
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap((QSizeF(2 * half, 2 * half) * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(f);
    p.setPen(QPen(Theme::color(Theme::Role::MapMarkerOutline), 2));
    p.setBrush(Theme::color(Theme::Role::MapCluster));
    p.drawEllipse(*anchor, r, r);
    p.setPen(Theme::color(Theme::Role::TextOnColor));
    p.drawText(QRectF(half - r, half - r, 2 * r, 2 * r), Qt::AlignCenter, text);
    p.end();
    if (m_sprites.size() > 4000)
        m_sprites.clear();
    return *m_sprites.insert(key, pixmap);
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
    for (const Marker &m : m_markers)
        if (m.id == m_selected)
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

qint64 MapView::markerAt(const QPointF &pos) const
{
    qint64 best = 0;
    double bestDistance = kMarkerHit * kMarkerHit;
    auto consider = [&](const Marker &m) {
        // The pin's head sits above its tip (a dot is hit at its centre).
        const QPointF head =
            widgetPosition(m.latitude, m.longitude) - QPointF(0, m.shape == Marker::Shape::Dot ? 0 : 14);
        const QPointF d = head - pos;
        const double dist = QPointF::dotProduct(d, d);
        if (dist <= bestDistance) {
            bestDistance = dist;
            best = m.id;
        }
    };
    if (m_clusterRadius <= 0) {
        for (const Marker &m : m_markers)
            consider(m);
        return best;
    }
    // Clustered: only the markers drawn on their own can be hit.
    for (const Cluster &c : clusters())
        if (c.count == 1)
            consider(m_markers.at(c.first));
    for (const Marker &m : m_markers)
        if (!m.clusterable || m.id == m_selected)
            consider(m);
    return best;
}

const MapView::Cluster *MapView::clusterAt(const QPointF &pos) const
{
    if (m_clusterRadius <= 0)
        return nullptr;
    const double scale = mercator::worldSize(m_zoom) / mercator::worldSize(0);
    const QPointF offset = QPointF(width() / 2.0, height() / 2.0) - centerWorld();
    for (const Cluster &c : clusters()) {
        if (c.count < 2)
            continue;
        const QPointF d = c.world * scale + offset - pos;
        if (QPointF::dotProduct(d, d) <= 22.0 * 22.0)
            return &c;
    }
    return nullptr;
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    zoomBy(delta > 0 ? 1 : -1, event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragMoved = false;
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
    QWidget::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const QPointF d = event->position() - m_dragFrom;
        if (m_dragMoved || d.manhattanLength() > 3) {
            m_dragMoved = true;
            panBy(-d);
            m_dragFrom = event->position();
        }
    } else {
        setCursor(markerAt(event->position()) ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        unsetCursor();
        if (!m_dragMoved) {
            if (const qint64 id = markerAt(event->position())) {
                setSelectedMarker(id);
                emit markerActivated(id);
            }
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // On a cluster: two steps in, around it.
    zoomBy(clusterAt(event->position()) ? 2 : 1, event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = std::max(40.0, std::min(width(), height()) / 4.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(-1);
        break;
    case Qt::Key_Left:
        panBy({-step, 0});
        break;
    case Qt::Key_Right:
        panBy({step, 0});
        break;
    case Qt::Key_Up:
        panBy({0, -step});
        break;
    case Qt::Key_Down:
        panBy({0, step});
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitToMarkers();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}
