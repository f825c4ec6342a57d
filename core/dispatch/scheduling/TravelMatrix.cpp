#include "core/dispatch/scheduling/TravelMatrix.h"

#include <cmath>

namespace ops::sched {

TravelMatrix::TravelMatrix(int size)
    : m_size(size < 0 ? 0 : size)
    , m_time(std::size_t(m_size) * std::size_t(m_size), 0.0)
    , m_distance(std::size_t(m_size) * std::size_t(m_size), 0.0)
{}

void TravelMatrix::set(int from, int to, double time, double distance)
{
    if (from < 0 || to < 0 || from >= m_size || to >= m_size) {
        return;
    }
    const std::size_t i = std::size_t(from) * std::size_t(m_size) + std::size_t(to);
    m_time[i] = time;
    m_distance[i] = distance;
}

TravelMatrix TravelMatrix::haversine(const std::vector<GeoPoint> &points, double roadFactor, double speedKmh)
{
    // This library is std-only (no Qt), so it cannot call QGeoCoordinate like the rest of the application; it uses
    // the same formula on the same mean Earth radius, so the solver's distances equal the board's.
    constexpr double kEarthRadiusKm = 6371.0072;
    constexpr double kDegree = 3.14159265358979323846 / 180.0;
    const int n = int(points.size());
    TravelMatrix m(n);
    const double minutesPerKm = speedKmh > 0 ? 60.0 / speedKmh : 0.0;
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            const double lat1 = points[std::size_t(a)].lat * kDegree;
            const double lat2 = points[std::size_t(b)].lat * kDegree;
            const double dLat = lat2 - lat1;
            const double dLon = (points[std::size_t(b)].lon - points[std::size_t(a)].lon) * kDegree;
            const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                + std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
            const double km = 2 * kEarthRadiusKm * std::asin(std::sqrt(std::fmin(1.0, h))) * roadFactor;
            const double minutes = km * minutesPerKm;
            m.set(a, b, minutes, km);
            m.set(b, a, minutes, km);
        }
    }
    return m;
}

TravelMatrix TravelMatrix::euclidean(const std::vector<XY> &points)
{
    const int n = int(points.size());
    TravelMatrix m(n);
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            const double dx = points[std::size_t(a)].x - points[std::size_t(b)].x;
            const double dy = points[std::size_t(a)].y - points[std::size_t(b)].y;
            const double d = std::sqrt(dx * dx + dy * dy);
            m.set(a, b, d, d);
            m.set(b, a, d, d);
        }
    }
    return m;
}

} // namespace ops::sched
