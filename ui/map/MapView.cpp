#include "ui/map/MapView.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTimer>
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
    m_clusterOrder.clear();
    update();
}

void MapView::setLiveMarkers(const QList<Marker> &markers)
{
    m_live = markers;
    update();
}

void MapView::setGroupColor(quint8 group, const QColor &color, bool compact)
{
    m_groupColors.insert(group, color);
    if (compact)
        m_compactGroups.insert(group);
    else
        m_compactGroups.remove(group);
    m_sprites.clear();
    update();
}

void MapView::setLabelMinZoom(int zoom)
{
    m_labelMinZoom = zoom;
    update();
}

void MapView::setPlaceNamesShown(bool shown)
{
    m_places = shown;
    update();
}

void MapView::setClusterRadius(int pixels)
{
    pixels = std::max(0, pixels);
    if (pixels == m_clusterRadius)
        return;
    m_clusterRadius = pixels;
    m_clusterCache.clear();
    m_clusterOrder.clear();
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
    return clustersAt(m_zoom);
}

// The zoom levels next to the one shown are clustered while the event loop is idle, so that a zoom step only draws.
void MapView::warmNeighbourZooms()
{
    m_warmPending = false;
    for (int zoom : {m_zoom + 1, m_zoom - 1}) {
        if (zoom < mercator::kMinZoom || zoom > mercator::kMaxZoom || m_clusterCache.contains(zoom))
            continue;
        clustersAt(zoom);
        if (!m_clusterCache.contains(m_zoom - 1) && m_zoom - 1 >= mercator::kMinZoom) {
            m_warmPending = true; // one level per turn of the event loop
            QTimer::singleShot(0, this, &MapView::warmNeighbourZooms);
        }
        return;
    }
}

const QList<MapView::Cluster> &MapView::clustersAt(int zoom) const
{
    const auto cached = m_clusterCache.constFind(zoom);
    if (cached != m_clusterCache.cend())
        return *cached;
    // Grid clustering in world pixels at this zoom: one cell of radius × radius per group and cluster, anchored on the
    // world (not on the view), so panning never changes them.
    const double scale = mercator::worldSize(zoom) / mercator::worldSize(0);
    const double cell = std::max(1, m_clusterRadius);
    QHash<quint64, qsizetype> cells;
    cells.reserve(m_markers.size() + 1);
    QList<Cluster> out;
    QList<QPointF> sums;
    QList<qsizetype> clusterOf(m_markers.size(), -1);
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        if (!m_markers.at(i).clusterable)
            continue;
        const QPointF w = m_world0.at(i) * scale;
        // The world is at most 2^27 px wide (zoom 19): 28 bits per cell coordinate, 8 for the group.
        const quint64 key = (quint64(m_markers.at(i).group) << 56)
            | (quint64(quint32(qint32(std::floor(w.x() / cell))) & 0xFFFFFFF) << 28)
            | (quint32(qint32(std::floor(w.y() / cell))) & 0xFFFFFFF);
        const auto it = cells.constFind(key);
        if (it == cells.cend()) {
            clusterOf[i] = out.size();
            cells.insert(key, out.size());
            out.append(Cluster{m_world0.at(i), 1, i, m_markers.at(i).group});
            sums.append(m_world0.at(i));
        } else {
            clusterOf[i] = *it;
            Cluster &c = out[*it];
            ++c.count;
            sums[*it] += m_world0.at(i);
        }
    }
    // Members listed cluster by cluster (a counting sort), for clusterMembers().
    QList<qsizetype> order(m_markers.size() - std::count(clusterOf.cbegin(), clusterOf.cend(), qsizetype(-1)));
    qsizetype next = 0;
    for (Cluster &c : out) {
        c.begin = next;
        next += c.count;
    }
    QList<qsizetype> fill(out.size(), 0);
    for (qsizetype i = 0; i < clusterOf.size(); ++i)
        if (const qsizetype k = clusterOf.at(i); k >= 0)
            order[out.at(k).begin + fill[k]++] = i;
    for (qsizetype k = 0; k < out.size(); ++k)
        out[k].world = sums.at(k) / out.at(k).count;
    // Every zoom level stays cached (at most 20, each at most one entry per marker) until the markers change.
    m_clusterOrder.insert(zoom, order);
    return *m_clusterCache.insert(zoom, out);
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

qint64 MapView::markerAt(const QPointF &pos) const
{
    qint64 best = 0;
    double bestDistance = kMarkerHit * kMarkerHit;
    const double scale = mercator::worldSize(m_zoom) / mercator::worldSize(0);
    const QPointF offset = QPointF(width() / 2.0, height() / 2.0) - centerWorld();
    auto consider = [&](const Marker &m, const QPointF &at) {
        // The pin's head sits above its tip (the other shapes are hit at their centre).
        const QPointF head = at - QPointF(0, m.shape == Marker::Shape::Pin ? 14 : 0);
        const QPointF d = head - pos;
        const double dist = QPointF::dotProduct(d, d);
        if (dist <= bestDistance) {
            bestDistance = dist;
            best = m.id;
        }
    };
    // Live markers (technicians) are drawn on top: they win a tie.
    if (m_clusterRadius <= 0) {
        for (qsizetype i = 0; i < m_markers.size(); ++i)
            consider(m_markers.at(i), m_world0.at(i) * scale + offset);
    } else {
        // Clustered: only the markers drawn on their own can be hit.
        for (const Cluster &c : clusters())
            if (c.count == 1)
                consider(m_markers.at(c.first), m_world0.at(c.first) * scale + offset);
        for (qsizetype i = 0; i < m_markers.size(); ++i) {
            const Marker &m = m_markers.at(i);
            if (!m.clusterable || (m_selected != 0 && m.id == m_selected))
                consider(m, m_world0.at(i) * scale + offset);
        }
    }
    for (const Marker &m : m_live)
        consider(m, widgetPosition(m.latitude, m.longitude));
    return best;
}

const MapView::Cluster *MapView::clusterAt(const QPointF &pos) const
{
    if (m_clusterRadius <= 0)
        return nullptr;
    const double scale = mercator::worldSize(m_zoom) / mercator::worldSize(0);
    const QPointF offset = QPointF(width() / 2.0, height() / 2.0) - centerWorld();
    const Cluster *best = nullptr;
    double bestDistance = 22.0 * 22.0;
    for (const Cluster &c : clusters()) {
        if (c.count < 2)
            continue;
        const QPointF d = c.world * scale + offset - pos;
        const double dist = QPointF::dotProduct(d, d);
        if (dist <= bestDistance) {
            bestDistance = dist;
            best = &c;
        }
    }
    return best;
}

MapView::Hit MapView::hitTest(const QPointF &widgetPixel) const
{
    Hit hit;
    hit.marker = markerAt(widgetPixel);
    if (hit.marker != 0)
        return hit;
    if (const Cluster *c = clusterAt(widgetPixel)) {
        hit.clusterCount = c->count;
        hit.clusterCenter = mercator::unproject(c->world, 0);
        hit.clusterGroup = c->group;
    }
    return hit;
}

QList<QPair<quint8, QList<qint64>>> MapView::clusterMembers() const
{
    QList<QPair<quint8, QList<qint64>>> out;
    if (m_clusterRadius <= 0)
        return out;
    const QList<Cluster> &all = clusters();
    const QList<qsizetype> &order = m_clusterOrder[m_zoom];
    out.reserve(all.size());
    for (const Cluster &c : all) {
        QList<qint64> ids;
        ids.reserve(c.count);
        for (qsizetype k = c.begin; k < c.begin + c.count; ++k)
            ids.append(m_markers.at(order.at(k)).id);
        out.append({c.group, ids});
    }
    return out;
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
        const Hit hit = hitTest(event->position());
        setCursor(hit.marker != 0 || hit.clusterCount > 1 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        unsetCursor();
        if (!m_dragMoved) {
            const Hit hit = hitTest(event->position());
            if (hit.marker != 0) {
                setSelectedMarker(hit.marker);
                emit markerActivated(hit.marker);
            } else if (hit.clusterCount > 1) {
                // A cluster opens by zooming in around it.
                zoomBy(2, event->position());
                emit clusterActivated(hit.clusterCount);
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
