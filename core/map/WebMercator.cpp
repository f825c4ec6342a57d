#include "core/map/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QUrl>

namespace ops::map::mercator {

namespace {
constexpr double kPi = std::numbers::pi;
}

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

double clampLatitude(double latitude)
{
    return std::clamp(latitude, -kMaxLatitude, kMaxLatitude);
}

double wrapLongitude(double longitude)
{
    double l = std::fmod(longitude + 180.0, 360.0);
    if (l < 0)
        l += 360.0;
    return l - 180.0;
}

QPointF project(const GeoPoint &point, double zoom)
{
    const double size = worldSize(zoom);
    const double lat = clampLatitude(point.latitude) * kPi / 180.0;
    const double x = (point.longitude + 180.0) / 360.0 * size;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / kPi) / 2.0 * size;
    return {x, y};
}

GeoPoint unproject(const QPointF &worldPixel, double zoom)
{
    const double size = worldSize(zoom);
    const double lon = worldPixel.x() / size * 360.0 - 180.0;
    const double n = kPi - 2.0 * kPi * worldPixel.y() / size;
    const double lat = 180.0 / kPi * std::atan(std::sinh(n));
    return {lat, lon};
}

int tileCount(int zoom)
{
    return 1 << std::clamp(zoom, kMinZoom, kMaxZoom);
}

TileId tileAt(const GeoPoint &point, int zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const int n = tileCount(zoom);
    const QPointF p = project({point.latitude, wrapLongitude(point.longitude)}, zoom);
    const int x = std::clamp(int(std::floor(p.x() / kTileSize)), 0, n - 1);
    const int y = std::clamp(int(std::floor(p.y() / kTileSize)), 0, n - 1);
    return {zoom, x, y};
}

double metersPerPixel(double latitude, double zoom)
{
    return 2.0 * kPi * kEarthRadiusM * std::cos(clampLatitude(latitude) * kPi / 180.0) / worldSize(zoom);
}

double niceDistance(double maxMeters)
{
    if (!(maxMeters > 0))
        return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMeters)));
    for (const double f : {5.0, 2.0, 1.0})
        if (f * magnitude <= maxMeters)
            return f * magnitude;
    return magnitude;
}

double graticuleStep(double spanDegrees)
{
    static constexpr double kSteps[] = {
        0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 45, 90};
    for (const double s : kSteps)
        if (spanDegrees / s <= 8.0)
            return s;
    return 90;
}

int zoomToFit(double south, double west, double north, double east, double viewWidth, double viewHeight)
{
    if (viewWidth <= 0 || viewHeight <= 0)
        return kMinZoom;
    for (int z = kMaxZoom; z > kMinZoom; --z) {
        const QPointF a = project({north, west}, z);
        const QPointF b = project({south, east}, z);
        if (std::abs(b.x() - a.x()) <= viewWidth && std::abs(b.y() - a.y()) <= viewHeight)
            return z;
    }
    return kMinZoom;
}

QString tileUrl(const QString &urlTemplate, const TileId &tile)
{
    QString url = urlTemplate;
    url.replace(QStringLiteral("{z}"), QString::number(tile.z));
    url.replace(QStringLiteral("{x}"), QString::number(tile.x));
    url.replace(QStringLiteral("{y}"), QString::number(tile.y));
    return url;
}

bool isValidTemplate(const QString &urlTemplate)
{
    if (!urlTemplate.contains(QStringLiteral("{z}")) || !urlTemplate.contains(QStringLiteral("{x}"))
        || !urlTemplate.contains(QStringLiteral("{y}")))
        return false;
    const QUrl url(tileUrl(urlTemplate, {0, 0, 0}), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http"))
        && !url.host().isEmpty();
}

} // namespace ops::map::mercator
