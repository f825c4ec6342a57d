#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"

namespace ops::net {
class NetExecutor;
}

namespace ops::integrations {

struct TraccarConfig
{
    QString providerId = QStringLiteral("traccar"); // the NetExecutor provider: base URL = the server root
    QString token; // non-empty: Authorization: Bearer <token>
    QString user; // else Basic user:password (the Traccar user's e-mail)
    QString password;
};

// GET /api/server, the fields the ops client uses.
struct TraccarServerInfo
{
    qint64 id = 0;
    QString version;
    bool readonly = false;
    bool registration = false;
    QJsonObject attributes;

    static Result<TraccarServerInfo> fromJson(const QJsonObject &o);
};

struct TraccarDevice
{
    qint64 id = 0;
    QString name;
    QString uniqueId;
    QString status; // online, offline, unknown
    QDateTime lastUpdate; // UTC; invalid when never seen
    std::optional<qint64> positionId; // the device's latest position
    bool disabled = false;
    QString category;

    static Result<TraccarDevice> fromJson(const QJsonObject &o);
};

struct TraccarPosition
{
    // Traccar reports speed in knots; km/h = knots * 1.852 (done once, by speedKmh()).
    static constexpr double kKmhPerKnot = 1.852;

    qint64 id = 0;
    qint64 deviceId = 0;
    double latitude = 0.0; // [-90, 90]
    double longitude = 0.0; // [-180, 180]
    double speed = 0.0; // knots, as Traccar sends it
    double course = 0.0; // degrees
    double altitude = 0.0; // metres
    double accuracy = 0.0; // metres; 0 when unknown
    bool valid = false; // the device had a GPS fix
    QDateTime fixTime; // UTC, always valid
    QDateTime deviceTime; // UTC; invalid when absent
    QDateTime serverTime; // UTC; invalid when absent
    QString address;
    QJsonObject attributes;

    double speedKmh() const { return speed * kKmhPerKnot; }

    // Rejects a position without id, deviceId or fixTime, or with coordinates out of range.
    static Result<TraccarPosition> fromJson(const QJsonObject &o);
};

// "2026-01-01T00:00:00Z" (also with milliseconds or a numeric offset) → UTC; invalid when empty or unreadable.
QDateTime parseTraccarTime(const QString &text);
// A UTC instant as Traccar expects it in queries: "2026-01-01T00:00:00Z".
QString traccarTime(const QDateTime &time);

// The Traccar REST API (server 6.x) over the NetExecutor. All calls are GET and safe to retry. Paths start with
// /api; the provider's base URL is the server root (https://gps.example.com).
class TraccarClient
{
public:
    TraccarClient(net::NetExecutor &net, TraccarConfig config);

    const TraccarConfig &config() const { return m_config; }
    // Authorization header value: Bearer <token>, or Basic user:password when there is no token.
    static QByteArray authorization(const TraccarConfig &config);
    net::RawHeaders authHeaders() const;

    QFuture<Result<TraccarServerInfo>> server();
    // The user's devices; ids non-empty: only those (id=1&id=2).
    QFuture<Result<QList<TraccarDevice>>> devices(const QList<qint64> &ids = {});
    // No arguments: the latest position of every device. deviceId needs from and to; from and to go together
    // (a Validation error otherwise, nothing sent).
    QFuture<Result<QList<TraccarPosition>>> positions(
        std::optional<qint64> deviceId = std::nullopt, const QDateTime &from = {}, const QDateTime &to = {});
    // GET /api/reports/route (Accept: application/json): every position of the devices in [from, to].
    QFuture<Result<QList<TraccarPosition>>> route(
        const QList<qint64> &deviceIds, const QDateTime &from, const QDateTime &to);

    // A core/net Error from a Traccar call, with a translated message that says what to do.
    static Error mapError(const Error &error);
    static Result<QList<TraccarDevice>> parseDevices(const QJsonArray &array);
    static Result<QList<TraccarPosition>> parsePositions(const QJsonArray &array);

private:
    net::HttpRequest get(const QString &path, const QByteArray &query) const;

    net::NetExecutor &m_net;
    TraccarConfig m_config;
};

} // namespace ops::integrations

Q_DECLARE_METATYPE(ops::integrations::TraccarDevice)
Q_DECLARE_METATYPE(ops::integrations::TraccarPosition)
