#include "core/integrations/TraccarClient.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

#include "core/integrations/IntegrationSupport.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"

namespace ops::integrations {

namespace {

Error schemaError(const QString &what, const QString &detail)
{
    return Error::make(Error::Kind::Schema,
        QCoreApplication::translate("ops::integrations",
            "Traccar sent data this version cannot read (%1). Check the Traccar address in Settings and the "
            "server version.")
            .arg(what),
        detail);
}

// A whole number (JSON numbers are doubles); nullopt when absent, null, or not a whole number.
std::optional<qint64> integerOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

// Optional number: absent or null gives fallback; anything but a finite number is an error (ok = false).
double numberOf(const QJsonObject &o, const char16_t *key, bool *ok, double fallback = 0.0)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        *ok = false;
        return fallback;
    }
    return v.toDouble();
}

Result<QJsonArray> jsonArrayOf(const net::HttpResponse &response)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (!doc.isArray())
        return schemaError(QCoreApplication::translate("ops::integrations", "a list was expected"),
            QStringLiteral("HTTP %1, not a JSON array: %2").arg(response.status).arg(pe.errorString()));
    return doc.array();
}

void addQuery(QByteArray &query, const char *key, const QString &value)
{
    if (!query.isEmpty())
        query += '&';
    query += QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

QDateTime parseTraccarTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    // Traccar sends "+00:00" or "Z"; a time without a zone is not accepted (it would be read as local time).
    if (!d.isValid() || d.timeSpec() == Qt::LocalTime)
        return {};
    return d.toUTC();
}

QString traccarTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

Result<TraccarServerInfo> TraccarServerInfo::fromJson(const QJsonObject &o)
{
    const QJsonValue version = o.value(u"version");
    if (!version.isString() || version.toString().isEmpty())
        return schemaError(QCoreApplication::translate("ops::integrations", "server information without a version"),
            QStringLiteral("no version in /api/server"));
    TraccarServerInfo s;
    s.id = integerOf(o.value(u"id")).value_or(0);
    s.version = version.toString();
    s.readonly = o.value(u"readonly").toBool();
    s.registration = o.value(u"registration").toBool();
    s.attributes = o.value(u"attributes").toObject();
    return s;
}

Result<TraccarDevice> TraccarDevice::fromJson(const QJsonObject &o)
{
    const std::optional<qint64> id = integerOf(o.value(u"id"));
    if (!id)
        return schemaError(QCoreApplication::translate("ops::integrations", "a device without an identifier"),
            QStringLiteral("device without integer id"));
    TraccarDevice d;
    d.id = *id;
    d.name = o.value(u"name").toString();
    d.uniqueId = o.value(u"uniqueId").toString();
    d.status = o.value(u"status").toString();
    d.disabled = o.value(u"disabled").toBool();
    d.category = o.value(u"category").toString();
    d.positionId = integerOf(o.value(u"positionId"));
    const QJsonValue last = o.value(u"lastUpdate");
    if (last.isString()) {
        d.lastUpdate = parseTraccarTime(last.toString());
        if (!d.lastUpdate.isValid())
            return schemaError(QCoreApplication::translate("ops::integrations", "a device's last update time"),
                QStringLiteral("device %1: unreadable lastUpdate '%2'").arg(d.id).arg(last.toString()));
    }
    return d;
}

Result<TraccarPosition> TraccarPosition::fromJson(const QJsonObject &o)
{
    const std::optional<qint64> id = integerOf(o.value(u"id"));
    const std::optional<qint64> deviceId = integerOf(o.value(u"deviceId"));
    if (!id || !deviceId)
        return schemaError(
            QCoreApplication::translate("ops::integrations", "a position without its identifier or device"),
            QStringLiteral("position without integer %1").arg(id ? QStringLiteral("deviceId") : QStringLiteral("id")));
    TraccarPosition p;
    p.id = *id;
    p.deviceId = *deviceId;
    const QJsonValue lat = o.value(u"latitude");
    const QJsonValue lon = o.value(u"longitude");
    if (!lat.isDouble() || !lon.isDouble() || !std::isfinite(lat.toDouble()) || !std::isfinite(lon.toDouble())
        || std::fabs(lat.toDouble()) > 90.0 || std::fabs(lon.toDouble()) > 180.0)
        return schemaError(QCoreApplication::translate("ops::integrations", "a position with invalid coordinates"),
            QStringLiteral("position %1: latitude %2, longitude %3 out of range or missing")
                .arg(p.id)
                .arg(lat.toVariant().toString(), lon.toVariant().toString()));
    p.latitude = lat.toDouble();
    p.longitude = lon.toDouble();
    p.fixTime = parseTraccarTime(o.value(u"fixTime").toString());
    if (!p.fixTime.isValid())
        return schemaError(QCoreApplication::translate("ops::integrations", "a position without a fix time"),
            QStringLiteral("position %1: missing or unreadable fixTime").arg(p.id));
    p.deviceTime = parseTraccarTime(o.value(u"deviceTime").toString());
    p.serverTime = parseTraccarTime(o.value(u"serverTime").toString());
    bool ok = true;
    p.speed = numberOf(o, u"speed", &ok);
    p.course = numberOf(o, u"course", &ok);
    p.altitude = numberOf(o, u"altitude", &ok);
    p.accuracy = numberOf(o, u"accuracy", &ok);
    if (!ok || p.speed < 0.0 || p.accuracy < 0.0)
        return schemaError(QCoreApplication::translate("ops::integrations", "a position with an invalid measurement"),
            QStringLiteral("position %1: speed, course, altitude or accuracy is not a valid number").arg(p.id));
    p.valid = o.value(u"valid").toBool();
    p.address = o.value(u"address").toString();
    p.attributes = o.value(u"attributes").toObject();
    return p;
}

TraccarClient::TraccarClient(net::NetExecutor &net, TraccarConfig config)
    : m_net(net)
    , m_config(std::move(config))
{}

QByteArray TraccarClient::authorization(const TraccarConfig &config)
{
    if (!config.token.isEmpty())
        return net::bearerAuthorization(config.token);
    return net::basicAuthorization(config.user, config.password);
}

net::RawHeaders TraccarClient::authHeaders() const
{
    return {{QByteArrayLiteral("Authorization"), authorization(m_config)}};
}

net::HttpRequest TraccarClient::get(const QString &path, const QByteArray &query) const
{
    QUrl url(path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    net::HttpRequest r = net::HttpRequest::get(url);
    r.providerId = m_config.providerId;
    r.headers = authHeaders();
    r.setHeader("Accept", "application/json"); // positions and reports can also be CSV, GPX or xlsx
    r.expectJson = true;
    return r;
}

Result<QList<TraccarDevice>> TraccarClient::parseDevices(const QJsonArray &array)
{
    QList<TraccarDevice> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return schemaError(QCoreApplication::translate("ops::integrations", "a device that is not an object"),
                QStringLiteral("device entry is not a JSON object"));
        Result<TraccarDevice> d = TraccarDevice::fromJson(v.toObject());
        if (!d)
            return d.error();
        out << std::move(d).value();
    }
    return out;
}

Result<QList<TraccarPosition>> TraccarClient::parsePositions(const QJsonArray &array)
{
    QList<TraccarPosition> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return schemaError(QCoreApplication::translate("ops::integrations", "a position that is not an object"),
                QStringLiteral("position entry is not a JSON object"));
        Result<TraccarPosition> p = TraccarPosition::fromJson(v.toObject());
        if (!p)
            return p.error();
        out << std::move(p).value();
    }
    return out;
}

QFuture<Result<TraccarServerInfo>> TraccarClient::server()
{
    return mapResult<TraccarServerInfo>(m_net.send(get(QStringLiteral("/api/server"), {})),
        [](const Result<net::HttpResponse> &r) -> Result<TraccarServerInfo> {
            if (!r)
                return mapError(r.error());
            Result<QJsonObject> o = jsonObjectOf(r.value(), QStringLiteral("Traccar"));
            if (!o)
                return o.error();
            return TraccarServerInfo::fromJson(o.value());
        });
}

QFuture<Result<QList<TraccarDevice>>> TraccarClient::devices(const QList<qint64> &ids)
{
    QByteArray query;
    for (qint64 id : ids)
        addQuery(query, "id", QString::number(id));
    return mapResult<QList<TraccarDevice>>(m_net.send(get(QStringLiteral("/api/devices"), query)),
        [](const Result<net::HttpResponse> &r) -> Result<QList<TraccarDevice>> {
            if (!r)
                return mapError(r.error());
            Result<QJsonArray> a = jsonArrayOf(r.value());
            if (!a)
                return a.error();
            return parseDevices(a.value());
        });
}

namespace {

QFuture<Result<QList<TraccarPosition>>> positionList(net::NetExecutor &net, const net::HttpRequest &request)
{
    return mapResult<QList<TraccarPosition>>(
        net.send(request), [](const Result<net::HttpResponse> &r) -> Result<QList<TraccarPosition>> {
            if (!r)
                return TraccarClient::mapError(r.error());
            Result<QJsonArray> a = jsonArrayOf(r.value());
            if (!a)
                return a.error();
            return TraccarClient::parsePositions(a.value());
        });
}

QFuture<Result<QList<TraccarPosition>>> invalid(const QString &message)
{
    return QtFuture::makeReadyFuture(Result<QList<TraccarPosition>>(Error::make(Error::Kind::Validation, message)));
}

} // namespace

QFuture<Result<QList<TraccarPosition>>> TraccarClient::positions(
    std::optional<qint64> deviceId, const QDateTime &from, const QDateTime &to)
{
    if (from.isValid() != to.isValid() || (deviceId && !from.isValid()))
        return invalid(QCoreApplication::translate(
            "ops::integrations", "Traccar needs both a start and an end time for a device's positions. Choose both."));
    if (from.isValid() && from > to)
        return invalid(QCoreApplication::translate(
            "ops::integrations", "The start time is after the end time. Choose a start before the end."));
    QByteArray query;
    if (deviceId)
        addQuery(query, "deviceId", QString::number(*deviceId));
    if (from.isValid()) {
        addQuery(query, "from", traccarTime(from));
        addQuery(query, "to", traccarTime(to));
    }
    return positionList(m_net, get(QStringLiteral("/api/positions"), query));
}

QFuture<Result<QList<TraccarPosition>>> TraccarClient::route(
    const QList<qint64> &deviceIds, const QDateTime &from, const QDateTime &to)
{
    if (deviceIds.isEmpty())
        return invalid(QCoreApplication::translate(
            "ops::integrations", "Choose at least one technician's device for the route report."));
    if (!from.isValid() || !to.isValid())
        return invalid(QCoreApplication::translate(
            "ops::integrations", "The route report needs a start and an end time. Choose both."));
    if (from > to)
        return invalid(QCoreApplication::translate(
            "ops::integrations", "The start time is after the end time. Choose a start before the end."));
    QByteArray query;
    for (qint64 id : deviceIds)
        addQuery(query, "deviceId", QString::number(id));
    addQuery(query, "from", traccarTime(from));
    addQuery(query, "to", traccarTime(to));
    return positionList(m_net, get(QStringLiteral("/api/reports/route"), query));
}

Error TraccarClient::mapError(const Error &error)
{
    if (!error.code.startsWith(u"net/"))
        return error;
    Error e = error;
    const int status = net::httpStatusOf(error);
    const QString message = providerMessageOf(error);
    if (status >= 200 && status < 300) {
        e.kind = Error::Kind::Schema;
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Traccar sent an answer this version cannot read. Check the Traccar address in Settings: it must be "
            "the server root (for example https://gps.example.com), without /api.");
    } else if (status == 401) {
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Traccar refused the credentials. Check the Traccar token, or the user and password, in Settings.");
    } else if (status == 403) {
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "The Traccar user may not see this (HTTP 403). Give it access to the devices in Traccar, or use "
            "another account in Settings.");
    } else if (status == 404) {
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Traccar does not know this address or device (HTTP 404). Check the Traccar address in Settings (the "
            "server root, without /api) and that the device still exists.");
    } else if (status == 400 || status == 422) {
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Traccar refused the request: %1. Check the devices and the time window, then try again.")
                            .arg(message.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : message);
    } else if (status == 429 || status >= 500) {
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "The Traccar server is busy or unavailable (HTTP %1). Try again in a few minutes.")
                            .arg(status);
    } else if (status == 0) {
        if (error.detail.contains(u"TLS verification failed"))
            e.userMessage = QCoreApplication::translate("ops::integrations",
                "The Traccar server's certificate could not be verified. Check the Traccar address, or the CA "
                "file for Traccar, in Settings.");
        else if (error.detail.contains(u"transfer timeout"))
            e.userMessage = QCoreApplication::translate("ops::integrations",
                "The Traccar server did not answer in time. Check the network connection, then try again.");
        else if (error.kind == Error::Kind::Network)
            e.userMessage = QCoreApplication::translate("ops::integrations",
                "Cannot reach the Traccar server. Check the Traccar address in Settings and that the server is "
                "running, then try again.");
    }
    return e;
}

} // namespace ops::integrations
