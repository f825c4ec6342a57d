#pragma once

#include <QHashFunctions>
#include <QPointF>
#include <QString>
#include <QtGlobal>

namespace ops::map {

// Spherical Web Mercator (EPSG:3857) as slippy-map tile servers use it: at zoom z the world is a square of
// 256 * 2^z pixels, x grows eastwards from longitude -180, y grows southwards from latitude +85.0511.
namespace mercator {

constexpr int kTileSize = 256;
constexpr double kMaxLatitude = 85.05112878; // the square's edge
constexpr double kEarthRadiusM = 6378137.0;
constexpr int kMinZoom = 0;
constexpr int kMaxZoom = 19;

struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;
};

struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const TileId &, const TileId &) = default;
};

inline size_t qHash(const TileId &t, size_t seed = 0) noexcept
{
    return ::qHash(
        (quint64(quint8(t.z)) << 56) | (quint64(quint32(t.x) & 0xFFFFFFF) << 28) | (quint32(t.y) & 0xFFFFFFF), seed);
}

double worldSize(double zoom); // pixels across the world at zoom
double clampLatitude(double latitude);
double wrapLongitude(double longitude); // into [-180, 180)
// World pixel position of a point at zoom (latitude clamped to the square).
QPointF project(const GeoPoint &point, double zoom);
GeoPoint unproject(const QPointF &worldPixel, double zoom);
// The tile holding a point (x wraps, y clamped).
TileId tileAt(const GeoPoint &point, int zoom);
int tileCount(int zoom); // tiles per side: 2^zoom
// Ground metres per pixel at a latitude and zoom.
double metersPerPixel(double latitude, double zoom);
// A round length for a scale bar at most maxMeters long: 1, 2 or 5 × 10^n metres.
double niceDistance(double maxMeters);
// A graticule step in degrees for a view spanning spanDegrees: about 3 to 8 lines.
double graticuleStep(double spanDegrees);
// The largest integer zoom whose view of viewWidth × viewHeight pixels holds the box [south..north] × [west..east].
int zoomToFit(double south, double west, double north, double east, double viewWidth, double viewHeight);
// Expands {z}, {x} and {y} in a tile URL template ("https://tile.example/{z}/{x}/{y}.png").
QString tileUrl(const QString &urlTemplate, const TileId &tile);
// Whether a URL template is usable: http(s), and holds {z}, {x} and {y}.
bool isValidTemplate(const QString &urlTemplate);

} // namespace mercator
} // namespace ops::map
