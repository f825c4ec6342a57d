#include "core/dispatch/OsrmTable.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "core/net/HttpRequest.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"

namespace ops::dispatch {

namespace {

Error unreadable(const QString &detail)
{
    return Error::make(Error::Kind::Schema,
        QCoreApplication::translate("ops::dispatch",
            "The routing service sent an answer this version cannot read. Check its address in Settings: it must "
            "be the root of an OSRM server (for example https://osrm.example.com)."),
        detail);
}

// One annotation block: size rows of size numbers; scale converts the unit. Null (no route) is refused.
bool readBlock(const QJsonObject &o, const char16_t *key, int size, double scale, sched::TravelMatrix &m,
    bool distances, Error &error)
{
    const QJsonValue block = o.value(key);
    if (!block.isArray()) {
        error = unreadable(QStringLiteral("no '%1' array in the table answer").arg(QString::fromUtf16(key)));
        return false;
    }
    const QJsonArray rows = block.toArray();
    if (rows.size() != size) {
        error = Error::make(Error::Kind::Schema,
            QCoreApplication::translate("ops::dispatch",
                "The routing service answered for %1 points instead of %2. Check that its address in Settings is an "
                "OSRM server, then try again.")
                .arg(rows.size())
                .arg(size),
            QStringLiteral("'%1' has %2 rows, %3 points were sent")
                .arg(QString::fromUtf16(key))
                .arg(rows.size())
                .arg(size));
        return false;
    }
    for (int i = 0; i < size; ++i) {
        const QJsonArray row = rows.at(i).toArray();
        if (!rows.at(i).isArray() || row.size() != size) {
            error = Error::make(Error::Kind::Schema,
                QCoreApplication::translate("ops::dispatch",
                    "The routing service answered for %1 points instead of %2. Check that its address in Settings is "
                    "an OSRM server, then try again.")
                    .arg(row.size())
                    .arg(size),
                QStringLiteral("'%1' row %2 has %3 values, %4 points were sent")
                    .arg(QString::fromUtf16(key))
                    .arg(i)
                    .arg(row.size())
                    .arg(size));
            return false;
        }
        for (int j = 0; j < size; ++j) {
            const QJsonValue v = row.at(j);
            if (v.isNull()) {
                error = Error::make(Error::Kind::NotFound,
                    QCoreApplication::translate("ops::dispatch",
                        "The routing service found no road between two of the points (%1 and %2). Check the "
                        "addresses of the jobs and technicians, or the map data of the routing server.")
                        .arg(i + 1)
                        .arg(j + 1),
                    QStringLiteral("null %1 from %2 to %3").arg(QString::fromUtf16(key)).arg(i).arg(j));
                return false;
            }
            if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) {
                error = unreadable(
                    QStringLiteral("'%1'[%2][%3] is not a number >= 0").arg(QString::fromUtf16(key)).arg(i).arg(j));
                return false;
            }
        }
    }
    // Written once both blocks are known good (the caller passes a matrix of the right size).
    for (int i = 0; i < size; ++i) {
        const QJsonArray row = rows.at(i).toArray();
        for (int j = 0; j < size; ++j) {
            const double v = row.at(j).toDouble() * scale;
            if (distances)
                m.set(i, j, m.time(i, j), v);
            else
                m.set(i, j, v, m.distance(i, j));
        }
    }
    return true;
}

} // namespace

OsrmTable::OsrmTable(net::NetExecutor &net, OsrmConfig config)
    : m_net(net)
    , m_config(std::move(config))
{}

QString OsrmTable::tablePath(const QString &profile, const std::vector<sched::GeoPoint> &points)
{
    QString path = QStringLiteral("table/v1/") + profile + QLatin1Char('/');
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            path += QLatin1Char(';');
        // 6 decimals: about 0.1 m, OSRM's own precision.
        path += QString::number(points[i].lon, 'f', 6) + QLatin1Char(',') + QString::number(points[i].lat, 'f', 6);
    }
    return path;
}

Result<sched::TravelMatrix> OsrmTable::parseTable(const QByteArray &body, int size)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject())
        return unreadable(QStringLiteral("not a JSON object: %1").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    const QString code = o.value(u"code").toString();
    if (code != u"Ok")
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::dispatch", "The routing service refused the table: %1.")
                .arg(o.value(u"message").toString(code.isEmpty() ? QStringLiteral("no code") : code)),
            QStringLiteral("OSRM code '%1': %2").arg(code, o.value(u"message").toString()));
    sched::TravelMatrix m(size);
    Error error;
    if (!readBlock(o, u"durations", size, 1.0 / 60.0, m, false, error)
        || !readBlock(o, u"distances", size, 1.0 / 1000.0, m, true, error))
        return error;
    return m;
}

Error OsrmTable::mapError(const Error &error)
{
    if (!error.code.startsWith(u"net/"))
        return error;
    Error e = error;
    const int status = net::httpStatusOf(error);
    const QString providerCode = net::providerCodeOf(error);
    if (status >= 200 && status < 300 && error.detail.contains(u"with a malformed body")) {
        e.kind = Error::Kind::Schema;
        e.userMessage = QCoreApplication::translate("ops::dispatch",
            "The routing service sent an answer this version cannot read. Check its address in Settings: it must "
            "be the root of an OSRM server (for example https://osrm.example.com).");
    } else if (status >= 200 && status < 300) {
        e.userMessage = QCoreApplication::translate("ops::dispatch",
            "The connection to the routing service was cut during its answer. Check the network connection, then try "
            "again.");
    } else if (providerCode == u"TooBig") {
        e.userMessage = QCoreApplication::translate("ops::dispatch",
            "The routing service refuses tables this large. Raise its --max-table-size, or plan fewer jobs at "
            "once.");
    } else if (status == 400) {
        e.userMessage = QCoreApplication::translate("ops::dispatch",
            "The routing service refused the request (%1). Check the coordinates of the jobs and technicians.")
                            .arg(providerCode.isEmpty() ? QStringLiteral("HTTP 400") : providerCode);
    } else if (status == 401 || status == 403) {
        e.userMessage = QCoreApplication::translate("ops::dispatch",
            "The routing service refused access (HTTP %1). Check its address and credentials in Settings.")
                            .arg(status);
    } else if (status == 404) {
        e.userMessage = QCoreApplication::translate("ops::dispatch",
            "The routing service does not know this address (HTTP 404). Check its address in Settings (the "
            "server root) and the profile.");
    } else if (status == 429 || status >= 500) {
        e.userMessage = QCoreApplication::translate("ops::dispatch",
            "The routing service is busy or unavailable (HTTP %1). Try again in a few minutes; meanwhile travel "
            "is estimated from straight-line distances.")
                            .arg(status);
    } else if (status == 0) {
        if (error.detail.contains(u"TLS verification failed"))
            e.userMessage = QCoreApplication::translate("ops::dispatch",
                "The routing service's certificate could not be verified. Check its address, or its CA file, in "
                "Settings.");
        else if (error.detail.contains(u"transfer timeout"))
            e.userMessage = QCoreApplication::translate(
                "ops::dispatch", "The routing service did not answer in time. Try again in a few minutes.");
        else if (error.kind == Error::Kind::Network)
            e.userMessage = QCoreApplication::translate("ops::dispatch",
                "Cannot reach the routing service. Check its address in Settings and that the server is running.");
    }
    return e;
}

QFuture<Result<sched::TravelMatrix>> OsrmTable::table(const std::vector<sched::GeoPoint> &points)
{
    for (const sched::GeoPoint &p : points) {
        if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || std::fabs(p.lat) > 90 || std::fabs(p.lon) > 180)
            return QtFuture::makeReadyFuture(Result<sched::TravelMatrix>(Error::make(Error::Kind::Validation,
                QCoreApplication::translate(
                    "ops::dispatch", "A point has invalid coordinates (%1, %2). Check the address's position.")
                    .arg(p.lat)
                    .arg(p.lon))));
    }
    if (points.empty())
        return QtFuture::makeReadyFuture(Result<sched::TravelMatrix>(sched::TravelMatrix()));
    QUrl url(tablePath(m_config.profile, points));
    url.setQuery(QStringLiteral("annotations=duration,distance"));
    net::HttpRequest request = net::HttpRequest::get(url);
    request.providerId = m_config.providerId;
    request.setHeader("Accept", "application/json");
    request.expectJson = true;
    const int size = static_cast<int>(points.size());
    return m_net.send(request).then(
        QtFuture::Launch::Sync, [size](const Result<net::HttpResponse> &r) -> Result<sched::TravelMatrix> {
            if (!r)
                return mapError(r.error());
            return parseTable(r.value().body, size);
        });
}

} // namespace ops::dispatch
