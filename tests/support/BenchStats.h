#pragma once

#include <algorithm>
#include <vector>

#include <QtGlobal>

// The statistics every benchmark reports (median, p95): one definition for all of tests/bench.
namespace ops::test {

// p in [0, 1], linear interpolation between the closest ranks; 0 for no samples.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double rank = p * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<size_t>(rank);
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - static_cast<double>(lo));
}

inline double round2(double x)
{
    return static_cast<double>(qRound64(x * 100)) / 100.0;
}

inline double round3(double x)
{
    return static_cast<double>(qRound64(x * 1000)) / 1000.0;
}

} // namespace ops::test
