#include "core/search/TypoDistance.h"

#include <algorithm>
#include <vector>

namespace ops::search {

namespace {
// Fills the OSA table of a against b (rows: a, columns: b) and returns its last row; d[i][j] is the distance
// between the first i characters of a and the first j characters of b.
std::vector<int> lastRow(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev;
}
} // namespace

int typoBudget(qsizetype letters)
{
    if (letters >= 9)
        return 2;
    return letters >= 5 ? 1 : 0;
}

int osaDistance(QStringView a, QStringView b, int max)
{
    if (std::abs(a.size() - b.size()) > max)
        return max + 1;
    const int d = lastRow(a, b).back();
    return std::min(d, max + 1);
}

int osaPrefixDistance(QStringView typed, QStringView word, int max)
{
    // Only prefixes of word within max characters of typed's length can be close enough.
    const qsizetype upTo = std::min(word.size(), typed.size() + max);
    if (typed.size() - upTo > max)
        return max + 1;
    const std::vector<int> row = lastRow(typed, word.left(upTo));
    int best = max + 1;
    for (qsizetype j = std::max<qsizetype>(0, typed.size() - max); j <= upTo; ++j)
        best = std::min(best, row[j]);
    return best;
}

} // namespace ops::search
