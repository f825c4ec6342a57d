#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ops::sched {

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

struct XY
{
    double x = 0;
    double y = 0;
};

// Travel time (minutes) and distance between every pair of the model's nodes, dense, row-major. Built once per plan
// (500 points: 250,000 pairs, about 4 MB); the dispatch adapter caches the last one by its point set.
class TravelMatrix
{
public:
    TravelMatrix() = default;
    explicit TravelMatrix(int size); // all zeros

    int size() const { return m_size; }
    double time(int from, int to) const { return m_time[std::size_t(from) * std::size_t(m_size) + std::size_t(to)]; }
    double distance(int from, int to) const
    {
        return m_distance[std::size_t(from) * std::size_t(m_size) + std::size_t(to)];
    }
    void set(int from, int to, double time, double distance);

    // Straight line × roadFactor (e.g. 1.3) at speedKmh: the default when no routing service is configured.
    static TravelMatrix haversine(const std::vector<GeoPoint> &points, double roadFactor, double speedKmh);
    // Euclidean distance in double precision, time = distance (Solomon).
    static TravelMatrix euclidean(const std::vector<XY> &points);
    // A matrix file: first line N, then N lines of N travel times (minutes), then optionally N lines of N distances
    // (km); whitespace-separated. false and a message on a malformed file (out untouched).
    static bool readFile(const std::string &path, TravelMatrix &out, std::string &error);
    bool writeFile(const std::string &path, std::string &error) const;

private:
    int m_size = 0;
    std::vector<double> m_time;
    std::vector<double> m_distance;
};

} // namespace ops::sched
