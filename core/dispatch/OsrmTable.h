#pragma once

#include <vector>

#include <QByteArray>
#include <QFuture>
#include <QString>

#include "core/common/Result.h"
#include "core/dispatch/scheduling/TravelMatrix.h"

namespace ops::net {
class NetExecutor;
}

namespace ops::dispatch {

struct OsrmConfig
{
    QString providerId = QStringLiteral("osrm"); // the NetExecutor provider: base URL = the OSRM server root
    QString profile = QStringLiteral("driving");
};

// The `table` service of an OSRM-compatible routing server (osrm-routed, or anything that speaks its HTTP API):
// travel times and road distances between every pair of points, in one GET through the NetExecutor
// (providerId's base URL, rate limit, CA file, timeout; retried with back-off when the server is busy):
//   GET {base}/table/v1/{profile}/{lon,lat;lon,lat;…}?annotations=duration,distance
// Seconds become minutes and metres kilometres, as TravelMatrix holds them. osrm-routed refuses tables larger than
// its --max-table-size (100 by default): a deployment planning 500 points raises it.
class OsrmTable
{
public:
    OsrmTable(net::NetExecutor &net, OsrmConfig config = {});

    const OsrmConfig &config() const { return m_config; }

    // The matrix for the points, in their order; an Error (translated) when the server cannot be reached, refuses,
    // answers something unreadable or of another size, or has no route between two of the points. No points: an
    // empty matrix, nothing sent. A point out of range: Validation, nothing sent.
    QFuture<Result<sched::TravelMatrix>> table(const std::vector<sched::GeoPoint> &points);

    // "table/v1/driving/-73.567,45.501;…" (relative: resolved against the provider's base URL).
    static QString tablePath(const QString &profile, const std::vector<sched::GeoPoint> &points);
    // An OSRM table answer for size points → the matrix (minutes, km).
    static Result<sched::TravelMatrix> parseTable(const QByteArray &body, int size);
    // A core/net Error from the OSRM server, with a translated message that says what to do.
    static Error mapError(const Error &error);

private:
    net::NetExecutor &m_net;
    OsrmConfig m_config;
};

} // namespace ops::dispatch
