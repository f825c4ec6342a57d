#pragma once

#include <chrono>
#include <optional>
#include <tuple>

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/outbox/OutboxTypes.h"

namespace ops::net {
class NetExecutor;
}

namespace ops::integrations {

struct GenieAcsConfig
{
    QString providerId = QStringLiteral("genieacs"); // the NetExecutor provider: base URL http://acs:7557
    QString user; // empty: no Authorization header (the NBI itself has no authentication; a reverse proxy may)
    QString password;
};

// The state of one CPE as the ops client shows it, read from a GenieACS device document.
//
// Parameter paths read (TR-098 "InternetGatewayDevice." and TR-181 "Device." data models; the first present wins):
// - firmware: <root>.DeviceInfo.SoftwareVersion
// - optical RX/TX power, in dBm:
//   TR-181  Device.Optical.Interface.1.OpticalSignalLevel / TransmitOpticalLevel: int in 0.001 dBm (TR-181 units),
//           divided by 1000;
//   TR-098  InternetGatewayDevice.WANDevice.1.X_GponInterafceConfig.RXPower / TXPower (the vendor's spelling,
//           "Interafce", as Huawei ONTs report it): decimal dBm; a value whose magnitude is above 100 is taken as
//           0.001 dBm (firmwares that report the TR-181 unit under the vendor path).
//   Missing, empty or non-numeric values give std::nullopt.
// - Wi-Fi: InternetGatewayDevice.LANDevice.1.WLANConfiguration.<n>.SSID / Device.WiFi.SSID.<n>.SSID, by index,
//   empty names skipped.
struct CpeStatus
{
    QString deviceId; // _id, as GenieACS stores it (its parts already %XX-escaped)
    QString serial; // _deviceId._SerialNumber
    QString oui;
    QString productClass;
    QString manufacturer;
    bool tr181 = false; // Device.* data model (else InternetGatewayDevice.*)
    QDateTime lastInform; // UTC; invalid when the device never informed
    bool online = false; // lastInform within the online window before "now"
    QString firmware;
    std::optional<double> rxPowerDbm;
    std::optional<double> txPowerDbm;
    QStringList wifiSsids;
    QStringList tags;
};

enum class CpeTaskKind
{
    Refresh, // refreshObject: parameterNames empty = the whole tree (slow), or one object path
    GetParameterValues, // parameterNames (at least one)
    SetParameterValues, // values (at least one)
    Reboot,
    FactoryReset,
};

struct CpeTask
{
    CpeTaskKind kind = CpeTaskKind::Refresh;
    QStringList parameterNames;
    QList<std::tuple<QString, QString, QString>> values; // name, value, xsd type ("xsd:string"; empty: not sent)
};

struct CpeTaskOutcome
{
    enum class State
    {
        Done, // 200: the device connected and the task ran
        Queued, // 202: stored but not run (device did not answer the connection request, busy, or task faulted);
                // it runs at the device's next inform
    };
    State state = State::Done;
    QString taskId; // 24 hex digits; empty when the server sent none
    QString reason; // the HTTP reason phrase of a 202 ("Task queued but not processed", "Task faulted", ...)
};

struct CpeFault
{
    QString id; // "<deviceId>:<channel>"
    QString device;
    QString channel;
    QString code; // "cwmp.9002", "script.TypeError", ...
    QString message;
    QJsonObject detail;
    int retries = 0;
    QDateTime timestamp; // UTC

    static Result<CpeFault> fromJson(const QJsonObject &o);
};

struct CpePendingTask
{
    QString id; // ObjectId, 24 hex digits
    QString device;
    QString name; // refreshObject, getParameterValues, reboot, ...
    QDateTime timestamp; // UTC
    QJsonObject raw; // the stored task (parameterNames, parameterValues, fault, ...)

    static Result<CpePendingTask> fromJson(const QJsonObject &o);
};

// GenieACS northbound interface (shared/specs/genieacs.yaml) over the NetExecutor. Tasks go through the outbox in
// production (taskRequest() gives the row); runTask() sends at once (operator clicks "Reboot now").
class GenieAcsClient
{
public:
    GenieAcsClient(net::NetExecutor &net, GenieAcsConfig config);

    const GenieAcsConfig &config() const { return m_config; }
    net::RawHeaders authHeaders() const; // Basic when user is set, else none

    // A device id as it goes in a URL path: every byte outside [A-Za-z0-9_-] of its UTF-8 form written as %XX, so
    // the id's own escapes are encoded once more ("Fiber%20Router" → "Fiber%2520Router"). The server accepts only
    // [A-Za-z0-9_%-] there. Note: QUrl sends %2E and %7E as '.' and '~' (unreserved); a real GenieACS id never holds
    // them raw (the ACS writes every character outside [A-Za-z0-9_] of each id part as %XX).
    static QString encodeDeviceIdForPath(const QString &id);
    // "<deviceId>:<channel>": both parts encoded like a device id, the colon(s) kept.
    static QString encodeFaultIdForPath(const QString &faultId);
    // Any of AA:BB:CC:DD:EE:FF, aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff, aabbccddeeff → "AA:BB:CC:DD:EE:FF".
    static Result<QString> normalizeMac(const QString &mac);

    // The device query of findBySerial / findByMac (JSON text for the `query` parameter).
    static QString serialQuery(const QString &serial);
    // MAC match (case-insensitive, GenieACS widens "/…/i" strings to regexes) on the WAN/LAN MAC parameters of
    // our CPEs, under $or: TR-098 WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.MACAddress,
    // ...WANPPPConnection.1.MACAddress, LANDevice.1.LANEthernetInterfaceConfig.1.MACAddress; TR-181
    // Device.Ethernet.Interface.1.MACAddress, Device.Ethernet.Link.1.MACAddress. mac must be normalised.
    static QString macQuery(const QString &normalizedMac);
    // The `projection` of the finds: _id, _deviceId, _lastInform, _tags and the paths CpeStatus reads.
    static QStringList statusProjection();
    // Leaf parameters to ask for with GetParameterValues to refresh a CpeStatus (no Wi-Fi objects: use Refresh on
    // the WLAN object for those).
    static QStringList statusParameters(bool tr181);

    static Result<CpeStatus> parseDevice(
        const QJsonObject &device, const QDateTime &now, std::chrono::seconds onlineWindow = std::chrono::minutes(5));

    QFuture<Result<QList<CpeStatus>>> findBySerial(const QString &serial, const QDateTime &now);
    QFuture<Result<QList<CpeStatus>>> findByMac(const QString &mac, const QDateTime &now);
    QFuture<Result<QList<CpeStatus>>> findDevices(const QString &queryJson, const QDateTime &now, int limit = 50);
    // One page of a long listing (the CPE sync): sorted by _id so that pages do not overlap, skip devices first.
    QFuture<Result<QList<CpeStatus>>> findDevicesPage(
        const QString &queryJson, const QDateTime &now, int limit, qint64 skip);

    // Validates the task (GenieACS closes the connection without a status on an invalid one) and builds the outbox
    // row: provider, operation "cpe.refresh" / "cpe.get_parameter_values" / "cpe.set_parameter_values" /
    // "cpe.reboot" / "cpe.factory_reset", POST /devices/{id}/tasks[?connection_request&timeout=ms].
    Result<outbox::OutboxRequest> taskRequest(
        const QString &deviceId, const CpeTask &task, bool connectionRequest = true, int timeoutMs = 3000) const;
    QFuture<Result<CpeTaskOutcome>> runTask(
        const QString &deviceId, const CpeTask &task, bool connectionRequest = true, int timeoutMs = 3000);

    QFuture<Result<QList<CpePendingTask>>> tasks(const QString &deviceId);
    QFuture<Status> deleteTask(const QString &taskId);
    QFuture<Status> retryTask(const QString &taskId);

    QFuture<Result<QList<CpeFault>>> faults(const std::optional<QString> &deviceId = std::nullopt);
    QFuture<Status> deleteFault(const QString &faultId);

    static QString operationName(CpeTaskKind kind);
    static Result<CpeTaskOutcome> parseTaskResponse(int status, const QByteArray &reason, const QByteArray &body);
    // A core/net Error from a GenieACS call, with a translated message that says what to do.
    static Error mapError(const Error &error);

private:
    net::HttpRequest getRequest(const QString &path, const QList<std::pair<QString, QString>> &query) const;
    QFuture<Status> sendNoContent(net::HttpRequest request);
    QFuture<Result<QList<CpeStatus>>> sendFind(const net::HttpRequest &r, const QDateTime &now);

    net::NetExecutor &m_net;
    GenieAcsConfig m_config;
};

} // namespace ops::integrations

Q_DECLARE_METATYPE(ops::integrations::CpeStatus)
Q_DECLARE_METATYPE(ops::integrations::CpeTask)
