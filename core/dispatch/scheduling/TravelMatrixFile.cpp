// TravelMatrix::readFile / writeFile: the matrix file format (issue #11).
//
//   N
//   N lines of N travel times (minutes)
//   [N lines of N distances (km)]
//
// Numbers are whitespace-separated, in the C locale ("1.5", "2e3"); blank lines are ignored; every value is a
// finite number >= 0. Without the distance block, distances are 0 (unknown). A file whose shape differs (a row with
// more or fewer than N numbers, a count of rows other than N or 2N, text that is not a number) is refused with the
// line number; the matrix passed in is then left as it was.
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string_view>
#include <system_error>

#include "core/dispatch/scheduling/TravelMatrix.h"

namespace ops::sched {

namespace {

constexpr int kMaxSize = 20000; // 400 million pairs: beyond any plan (the dispatch day has about 600 points)

std::vector<std::string_view> tokensOf(std::string_view line)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size()
            && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\f' || line[i] == '\v'))
            ++i;
        const std::size_t start = i;
        while (i < line.size()
            && !(line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\f' || line[i] == '\v'))
            ++i;
        if (i > start)
            out.push_back(line.substr(start, i - start));
    }
    return out;
}

bool parseNumber(std::string_view token, double &value)
{
    const char *end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, value);
    return ec == std::errc() && ptr == end && std::isfinite(value);
}

std::string at(int line)
{
    return "line " + std::to_string(line) + ": ";
}

} // namespace

bool TravelMatrix::readFile(const std::string &path, TravelMatrix &out, std::string &error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open " + path;
        return false;
    }
    TravelMatrix m;
    int rows = 0; // value rows read so far
    int lineNo = 0;
    bool haveSize = false;
    std::string line;
    while (std::getline(in, line)) {
        ++lineNo;
        const std::vector<std::string_view> tokens = tokensOf(line);
        if (tokens.empty())
            continue;
        if (!haveSize) {
            int n = 0;
            const char *end = tokens[0].data() + tokens[0].size();
            const auto [ptr, ec] = std::from_chars(tokens[0].data(), end, n);
            if (tokens.size() != 1 || ec != std::errc() || ptr != end || n <= 0 || n > kMaxSize) {
                error = at(lineNo) + "the first line must hold the number of points alone (1 to "
                    + std::to_string(kMaxSize) + ")";
                return false;
            }
            m.m_size = n;
            m.m_time.assign(std::size_t(n) * std::size_t(n), 0.0);
            m.m_distance.assign(std::size_t(n) * std::size_t(n), 0.0);
            haveSize = true;
            continue;
        }
        const int n = m.m_size;
        if (rows >= 2 * n) {
            error = at(lineNo) + "more than " + std::to_string(2 * n) + " rows of values";
            return false;
        }
        if (static_cast<int>(tokens.size()) != n) {
            error = at(lineNo) + std::to_string(tokens.size()) + " values, expected " + std::to_string(n);
            return false;
        }
        std::vector<double> &target = rows < n ? m.m_time : m.m_distance;
        const std::size_t base = std::size_t(rows % n) * std::size_t(n);
        for (int c = 0; c < n; ++c) {
            double v = 0;
            if (!parseNumber(tokens[std::size_t(c)], v) || v < 0) {
                error = at(lineNo) + "value " + std::to_string(c + 1) + " ('" + std::string(tokens[std::size_t(c)])
                    + "') is not a number >= 0";
                return false;
            }
            target[base + std::size_t(c)] = v;
        }
        ++rows;
    }
    if (in.bad()) {
        error = "cannot read " + path;
        return false;
    }
    if (!haveSize) {
        error = "empty file: the first line must hold the number of points";
        return false;
    }
    if (rows != m.m_size && rows != 2 * m.m_size) {
        error = std::to_string(rows) + " rows of values, expected " + std::to_string(m.m_size) + " (times) or "
            + std::to_string(2 * m.m_size) + " (times, then distances)";
        return false;
    }
    out = std::move(m);
    return true;
}

bool TravelMatrix::writeFile(const std::string &path, std::string &error) const
{
    std::ostringstream text;
    text << m_size << '\n';
    char buffer[64];
    for (const std::vector<double> *block : {&m_time, &m_distance}) {
        for (int r = 0; r < m_size; ++r) {
            for (int c = 0; c < m_size; ++c) {
                // Shortest text that reads back to the same double.
                const auto [ptr, ec] = std::to_chars(
                    buffer, buffer + sizeof buffer, (*block)[std::size_t(r) * std::size_t(m_size) + std::size_t(c)]);
                if (ec != std::errc()) {
                    error = "cannot format a value";
                    return false;
                }
                if (c > 0)
                    text << ' ';
                text.write(buffer, ptr - buffer);
            }
            text << '\n';
        }
    }
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) {
        error = "cannot write " + path;
        return false;
    }
    const std::string data = text.str();
    file.write(data.data(), static_cast<std::streamsize>(data.size()));
    file.close();
    if (!file) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

} // namespace ops::sched
