#include "core/integrations/GenieAcsClient.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "core/integrations/IntegrationSupport.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"

namespace ops::integrations {

namespace {

const QString kIgd = QStringLiteral("InternetGatewayDevice");
const QString kTr181 = QStringLiteral("Device");

// TR-098 vendor optical paths (dBm) and TR-181 standard ones (0.001 dBm).
const QString kIgdRx = QStringLiteral("InternetGatewayDevice.WANDevice.1.X_GponInterafceConfig.RXPower");
const QString kIgdTx = QStringLiteral("InternetGatewayDevice.WANDevice.1.X_GponInterafceConfig.TXPower");
const QString kTr181Rx = QStringLiteral("Device.Optical.Interface.1.OpticalSignalLevel");
const QString kTr181Tx = QStringLiteral("Device.Optical.Interface.1.TransmitOpticalLevel");
const QString kIgdWlan = QStringLiteral("InternetGatewayDevice.LANDevice.1.WLANConfiguration");
const QString kTr181Ssid = QStringLiteral("Device.WiFi.SSID");

const QStringList &macPaths()
{
    static const QStringList paths{
        QStringLiteral("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.MACAddress"),
        QStringLiteral("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.MACAddress"),
        QStringLiteral("InternetGatewayDevice.LANDevice.1.LANEthernetInterfaceConfig.1.MACAddress"),
        QStringLiteral("Device.Ethernet.Interface.1.MACAddress"),
        QStringLiteral("Device.Ethernet.Link.1.MACAddress"),
    };
    return paths;
}

QJsonValue node(const QJsonObject &doc, const QString &path)
{
    QJsonValue v = doc;
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return {};
        v = v.toObject().value(segment);
    }
    return v;
}

QJsonValue paramValue(const QJsonObject &doc, const QString &path)
{
    const QJsonValue n = node(doc, path);
    return n.isObject() ? n.toObject().value(u"_value") : QJsonValue();
}

QString paramText(const QJsonObject &doc, const QString &path)
{
    const QJsonValue v = paramValue(doc, path);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<double> paramNumber(const QJsonObject &doc, const QString &path)
{
    const QJsonValue v = paramValue(doc, path);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

// Children of an object node whose keys are instance numbers, in numeric order.
QStringList instanceTexts(const QJsonObject &doc, const QString &objectPath, const QString &leaf)
{
    const QJsonObject obj = node(doc, objectPath).toObject();
    QList<int> indexes;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool ok = false;
        const int n = it.key().toInt(&ok);
        if (ok)
            indexes << n;
    }
    std::sort(indexes.begin(), indexes.end());
    QStringList out;
    for (int n : indexes) {
        const QString text =
            paramText(doc, objectPath + QLatin1Char('.') + QString::number(n) + QLatin1Char('.') + leaf);
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

QDateTime parseIsoUtc(const QString &text)
{
    QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(text, Qt::ISODate);
    return d.isValid() ? d.toUTC() : QDateTime();
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool isObjectId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{24}$"));
    return re.match(id).hasMatch();
}

Error badTaskId(const QString &id)
{
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate("ops::integrations",
            "\"%1\" is not a GenieACS task identifier (24 hexadecimal digits). Refresh the task list.")
            .arg(id));
}

Error noDeviceId()
{
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate("ops::integrations", "No GenieACS device is selected. Find the device first."));
}

// The provider's text answer at the end of a core/net Error's detail (GenieACS errors are text/plain).
QString bodyTextOf(const Error &error)
{
    const qsizetype at = error.detail.indexOf(QStringLiteral(" ms]: "));
    return at < 0 ? QString() : error.detail.mid(at + 6).trimmed();
}

template <typename T>
Result<QList<T>> parseArray(const net::HttpResponse &response, Result<T> (*parse)(const QJsonObject &))
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (!doc.isArray())
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate("ops::integrations",
                "GenieACS sent an answer this version cannot read. Check the GenieACS address in the settings."),
            QStringLiteral("HTTP %1, not a JSON array: %2").arg(response.status).arg(pe.errorString()));
    QList<T> out;
    for (const QJsonValue &v : doc.array()) {
        Result<T> item = parse(v.toObject());
        if (!item)
            return item.error();
        out << std::move(item).value();
    }
    return out;
}

} // namespace

Result<CpeFault> CpeFault::fromJson(const QJsonObject &o)
{
    CpeFault f;
    f.id = o.value(u"_id").toString();
    if (f.id.isEmpty())
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate(
                "ops::integrations", "GenieACS sent a fault without an identifier. Check the GenieACS address."),
            QStringLiteral("no _id in fault: %1").arg(compactJson(o).left(200)));
    f.device = o.value(u"device").toString();
    f.channel = o.value(u"channel").toString();
    f.code = o.value(u"code").toString();
    f.message = o.value(u"message").toString();
    f.detail = o.value(u"detail").toObject();
    f.retries = o.value(u"retries").toInt();
    f.timestamp = parseIsoUtc(o.value(u"timestamp").toString());
    return f;
}

Result<CpePendingTask> CpePendingTask::fromJson(const QJsonObject &o)
{
    CpePendingTask t;
    t.id = o.value(u"_id").toString();
    if (t.id.isEmpty())
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate(
                "ops::integrations", "GenieACS sent a task without an identifier. Check the GenieACS address."),
            QStringLiteral("no _id in task: %1").arg(compactJson(o).left(200)));
    t.device = o.value(u"device").toString();
    t.name = o.value(u"name").toString();
    t.timestamp = parseIsoUtc(o.value(u"timestamp").toString());
    t.raw = o;
    return t;
}

GenieAcsClient::GenieAcsClient(net::NetExecutor &net, GenieAcsConfig config)
    : m_net(net)
    , m_config(std::move(config))
{}

net::RawHeaders GenieAcsClient::authHeaders() const
{
    if (m_config.user.isEmpty())
        return {};
    return {{QByteArrayLiteral("Authorization"), net::basicAuthorization(m_config.user, m_config.password)}};
}

QString GenieAcsClient::encodeDeviceIdForPath(const QString &id)
{
    static const char hex[] = "0123456789ABCDEF";
    QString out;
    const QByteArray utf8 = id.toUtf8();
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_' || b == '-') {
            out += QLatin1Char(c);
        } else {
            out += QLatin1Char('%');
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 0xF]);
        }
    }
    return out;
}

QString GenieAcsClient::encodeFaultIdForPath(const QString &faultId)
{
    QStringList parts = faultId.split(QLatin1Char(':'));
    for (QString &p : parts)
        p = encodeDeviceIdForPath(p);
    return parts.join(QLatin1Char(':'));
}

Result<QString> GenieAcsClient::normalizeMac(const QString &mac)
{
    QString hex;
    for (const QChar c : mac.trimmed()) {
        if (c == u':' || c == u'-' || c == u'.')
            continue;
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            hex.clear();
            break;
        }
        hex += c.toUpper();
    }
    if (hex.size() != 12)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations",
                "\"%1\" is not a MAC address. Enter 12 hexadecimal digits, e.g. AA:BB:CC:DD:EE:FF.")
                .arg(mac));
    QStringList pairs;
    for (int i = 0; i < 12; i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

QString GenieAcsClient::serialQuery(const QString &serial)
{
    return compactJson(QJsonObject{{QStringLiteral("_deviceId._SerialNumber"), serial.trimmed()}});
}

QString GenieAcsClient::macQuery(const QString &normalizedMac)
{
    // "/^AA[:-]?BB[:-]?…$/i": the server widens it to a case-insensitive regex, so any separator style matches.
    const QString pattern = QStringLiteral("/^") + normalizedMac.split(QLatin1Char(':')).join(QStringLiteral("[:-]?"))
        + QStringLiteral("$/i");
    QJsonArray alternatives;
    for (const QString &path : macPaths())
        alternatives.append(QJsonObject{{path, pattern}});
    return compactJson(QJsonObject{{QStringLiteral("$or"), alternatives}});
}

QStringList GenieAcsClient::statusProjection()
{
    return {QStringLiteral("_id"), QStringLiteral("_deviceId"), QStringLiteral("_lastInform"), QStringLiteral("_tags"),
        kIgd + QStringLiteral(".DeviceInfo.SoftwareVersion"), kTr181 + QStringLiteral(".DeviceInfo.SoftwareVersion"),
        kIgdRx, kIgdTx, kTr181Rx, kTr181Tx, kIgdWlan, kTr181Ssid};
}

QStringList GenieAcsClient::statusParameters(bool tr181)
{
    if (tr181)
        return {kTr181 + QStringLiteral(".DeviceInfo.SoftwareVersion"), kTr181Rx, kTr181Tx};
    return {kIgd + QStringLiteral(".DeviceInfo.SoftwareVersion"), kIgdRx, kIgdTx};
}

Result<CpeStatus> GenieAcsClient::parseDevice(
    const QJsonObject &device, const QDateTime &now, std::chrono::seconds onlineWindow)
{
    CpeStatus s;
    s.deviceId = device.value(u"_id").toString();
    if (s.deviceId.isEmpty())
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate("ops::integrations",
                "GenieACS sent a device without an identifier. Check the GenieACS address in the settings."),
            QStringLiteral("no _id in device: %1").arg(compactJson(device).left(200)));
    const QJsonValue lastInform = device.value(u"_lastInform");
    if (!lastInform.isUndefined() && !lastInform.isNull()) {
        s.lastInform = parseIsoUtc(lastInform.toString());
        if (!s.lastInform.isValid())
            return Error::make(Error::Kind::Schema,
                QCoreApplication::translate("ops::integrations",
                    "GenieACS sent an unreadable last contact time for device %1. Check the GenieACS version.")
                    .arg(s.deviceId),
                QStringLiteral("_lastInform: %1").arg(compactJson(QJsonObject{{QStringLiteral("v"), lastInform}})));
    }
    s.online = s.lastInform.isValid() && now.isValid() && s.lastInform.secsTo(now) <= onlineWindow.count();

    const QJsonObject id = device.value(u"_deviceId").toObject();
    s.serial = id.value(u"_SerialNumber").toString();
    s.oui = id.value(u"_OUI").toString();
    s.productClass = id.value(u"_ProductClass").toString();
    s.manufacturer = id.value(u"_Manufacturer").toString();
    for (const QJsonValue &t : device.value(u"_tags").toArray())
        s.tags << t.toString();

    s.tr181 = device.value(kTr181).isObject() && !device.value(kIgd).isObject();
    if (s.tr181) {
        s.firmware = paramText(device, kTr181 + QStringLiteral(".DeviceInfo.SoftwareVersion"));
        if (const auto rx = paramNumber(device, kTr181Rx))
            s.rxPowerDbm = *rx / 1000.0;
        if (const auto tx = paramNumber(device, kTr181Tx))
            s.txPowerDbm = *tx / 1000.0;
        s.wifiSsids = instanceTexts(device, kTr181Ssid, QStringLiteral("SSID"));
    } else {
        s.firmware = paramText(device, kIgd + QStringLiteral(".DeviceInfo.SoftwareVersion"));
        const auto dbm = [](std::optional<double> v) -> std::optional<double> {
            if (v && qAbs(*v) > 100.0)
                return *v / 1000.0;
            return v;
        };
        s.rxPowerDbm = dbm(paramNumber(device, kIgdRx));
        s.txPowerDbm = dbm(paramNumber(device, kIgdTx));
        s.wifiSsids = instanceTexts(device, kIgdWlan, QStringLiteral("SSID"));
    }
    return s;
}

net::HttpRequest GenieAcsClient::getRequest(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QByteArray q;
    for (const auto &[key, value] : query)
        q += (q.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    QUrl url(path);
    if (!q.isEmpty())
        url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    net::HttpRequest r = net::HttpRequest::get(url);
    r.providerId = m_config.providerId;
    r.headers = authHeaders();
    r.expectJson = true;
    return r;
}

QFuture<Result<QList<CpeStatus>>> GenieAcsClient::findDevices(const QString &queryJson, const QDateTime &now, int limit)
{
    return sendFind(getRequest(QStringLiteral("/devices"),
                        {{QStringLiteral("query"), queryJson},
                            {QStringLiteral("projection"), statusProjection().join(QLatin1Char(','))},
                            {QStringLiteral("limit"), QString::number(qMax(1, limit))}}),
        now);
}

QFuture<Result<QList<CpeStatus>>> GenieAcsClient::findDevicesPage(
    const QString &queryJson, const QDateTime &now, int limit, qint64 skip)
{
    return sendFind(getRequest(QStringLiteral("/devices"),
                        {{QStringLiteral("query"), queryJson},
                            {QStringLiteral("projection"), statusProjection().join(QLatin1Char(','))},
                            {QStringLiteral("sort"), QStringLiteral("{\"_id\":1}")},
                            {QStringLiteral("skip"), QString::number(qMax<qint64>(0, skip))},
                            {QStringLiteral("limit"), QString::number(qMax(1, limit))}}),
        now);
}

QFuture<Result<QList<CpeStatus>>> GenieAcsClient::sendFind(const net::HttpRequest &r, const QDateTime &now)
{
    return mapResult<QList<CpeStatus>>(
        m_net.send(r), [now](const Result<net::HttpResponse> &response) -> Result<QList<CpeStatus>> {
            if (!response)
                return mapError(response.error());
            const auto parse = [now](const QJsonObject &o) {
                return parseDevice(o, now);
            };
            QJsonParseError pe{};
            const QJsonDocument doc = QJsonDocument::fromJson(response.value().body, &pe);
            if (!doc.isArray())
                return Error::make(Error::Kind::Schema,
                    QCoreApplication::translate("ops::integrations",
                        "GenieACS sent an answer this version cannot read. Check the GenieACS address in the "
                        "settings."),
                    QStringLiteral("HTTP %1, not a JSON array: %2").arg(response.value().status).arg(pe.errorString()));
            QList<CpeStatus> out;
            for (const QJsonValue &v : doc.array()) {
                Result<CpeStatus> s = parse(v.toObject());
                if (!s)
                    return s.error();
                out << std::move(s).value();
            }
            return out;
        });
}

QFuture<Result<QList<CpeStatus>>> GenieAcsClient::findBySerial(const QString &serial, const QDateTime &now)
{
    if (serial.trimmed().isEmpty())
        return QtFuture::makeReadyFuture(Result<QList<CpeStatus>>(Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations", "Enter the serial number of the device to find."))));
    return findDevices(serialQuery(serial), now);
}

QFuture<Result<QList<CpeStatus>>> GenieAcsClient::findByMac(const QString &mac, const QDateTime &now)
{
    const Result<QString> normalized = normalizeMac(mac);
    if (!normalized)
        return QtFuture::makeReadyFuture(Result<QList<CpeStatus>>(normalized.error()));
    return findDevices(macQuery(normalized.value()), now);
}

QString GenieAcsClient::operationName(CpeTaskKind kind)
{
    switch (kind) {
    case CpeTaskKind::Refresh:
        return QStringLiteral("cpe.refresh");
    case CpeTaskKind::GetParameterValues:
        return QStringLiteral("cpe.get_parameter_values");
    case CpeTaskKind::SetParameterValues:
        return QStringLiteral("cpe.set_parameter_values");
    case CpeTaskKind::Reboot:
        return QStringLiteral("cpe.reboot");
    case CpeTaskKind::FactoryReset:
        return QStringLiteral("cpe.factory_reset");
    }
    return {};
}

Result<outbox::OutboxRequest> GenieAcsClient::taskRequest(
    const QString &deviceId, const CpeTask &task, bool connectionRequest, int timeoutMs) const
{
    if (deviceId.trimmed().isEmpty())
        return noDeviceId();
    QJsonObject body;
    switch (task.kind) {
    case CpeTaskKind::Refresh:
        if (task.parameterNames.size() > 1)
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::integrations",
                    "A refresh reads one object of the device. To read several parameters, ask for their values "
                    "instead."));
        body.insert(QStringLiteral("name"), QStringLiteral("refreshObject"));
        body.insert(QStringLiteral("objectName"), task.parameterNames.value(0));
        break;
    case CpeTaskKind::GetParameterValues: {
        QJsonArray names;
        for (const QString &n : task.parameterNames) {
            if (!n.trimmed().isEmpty())
                names.append(n.trimmed());
        }
        if (names.isEmpty())
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::integrations", "Choose at least one device parameter to read."));
        body.insert(QStringLiteral("name"), QStringLiteral("getParameterValues"));
        body.insert(QStringLiteral("parameterNames"), names);
        break;
    }
    case CpeTaskKind::SetParameterValues: {
        QJsonArray values;
        for (const auto &[name, value, type] : task.values) {
            if (name.trimmed().isEmpty())
                return Error::make(Error::Kind::Validation,
                    QCoreApplication::translate(
                        "ops::integrations", "A device parameter to change has no name. Choose the parameter."));
            QJsonArray v{name.trimmed(), value};
            if (!type.isEmpty())
                v.append(type);
            values.append(v);
        }
        if (values.isEmpty())
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate(
                    "ops::integrations", "Enter at least one device parameter value to change."));
        body.insert(QStringLiteral("name"), QStringLiteral("setParameterValues"));
        body.insert(QStringLiteral("parameterValues"), values);
        break;
    }
    case CpeTaskKind::Reboot:
        body.insert(QStringLiteral("name"), QStringLiteral("reboot"));
        break;
    case CpeTaskKind::FactoryReset:
        body.insert(QStringLiteral("name"), QStringLiteral("factoryReset"));
        break;
    }

    outbox::OutboxRequest r;
    r.provider = m_config.providerId;
    r.operation = operationName(task.kind);
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/devices/%1/tasks").arg(encodeDeviceIdForPath(deviceId.trimmed()));
    if (connectionRequest)
        r.path += QStringLiteral("?connection_request&timeout=%1").arg(qMax(0, timeoutMs));
    r.json = body;
    return r;
}

Result<CpeTaskOutcome> GenieAcsClient::parseTaskResponse(int status, const QByteArray &reason, const QByteArray &body)
{
    CpeTaskOutcome out;
    out.state = status == 202 ? CpeTaskOutcome::State::Queued : CpeTaskOutcome::State::Done;
    out.reason = QString::fromUtf8(reason);
    if (body.trimmed().isEmpty())
        return out; // connection request only
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate("ops::integrations",
                "GenieACS sent an unreadable answer to the task. Check the device's pending tasks before sending it "
                "again."),
            QStringLiteral("HTTP %1, task body not a JSON object").arg(status));
    out.taskId = doc.object().value(u"_id").toString();
    return out;
}

QFuture<Result<CpeTaskOutcome>> GenieAcsClient::runTask(
    const QString &deviceId, const CpeTask &task, bool connectionRequest, int timeoutMs)
{
    Result<outbox::OutboxRequest> request = taskRequest(deviceId, task, connectionRequest, timeoutMs);
    if (!request)
        return QtFuture::makeReadyFuture(Result<CpeTaskOutcome>(request.error()));
    net::HttpRequest http = toHttpRequest(request.value(), authHeaders());
    // The server waits up to timeoutMs for the session to start, then up to 120 s for it to end.
    if (connectionRequest)
        http.timeoutMs = qMax(0, timeoutMs) + 130000;
    return mapResult<CpeTaskOutcome>(m_net.send(http, net::RetryPolicy::noRetry()),
        [](const Result<net::HttpResponse> &r) -> Result<CpeTaskOutcome> {
            if (!r)
                return mapError(r.error());
            return parseTaskResponse(r.value().status, r.value().reason, r.value().body);
        });
}

QFuture<Result<QList<CpePendingTask>>> GenieAcsClient::tasks(const QString &deviceId)
{
    if (deviceId.trimmed().isEmpty())
        return QtFuture::makeReadyFuture(Result<QList<CpePendingTask>>(noDeviceId()));
    const net::HttpRequest r = getRequest(QStringLiteral("/tasks"),
        {{QStringLiteral("query"), compactJson(QJsonObject{{QStringLiteral("device"), deviceId.trimmed()}})}});
    return mapResult<QList<CpePendingTask>>(
        m_net.send(r), [](const Result<net::HttpResponse> &response) -> Result<QList<CpePendingTask>> {
            if (!response)
                return mapError(response.error());
            return parseArray<CpePendingTask>(response.value(), &CpePendingTask::fromJson);
        });
}

QFuture<Result<QList<CpeFault>>> GenieAcsClient::faults(const std::optional<QString> &deviceId)
{
    QList<std::pair<QString, QString>> query;
    if (deviceId && !deviceId->trimmed().isEmpty())
        query << std::pair{
            QStringLiteral("query"), compactJson(QJsonObject{{QStringLiteral("device"), deviceId->trimmed()}})};
    const net::HttpRequest r = getRequest(QStringLiteral("/faults"), query);
    return mapResult<QList<CpeFault>>(
        m_net.send(r), [](const Result<net::HttpResponse> &response) -> Result<QList<CpeFault>> {
            if (!response)
                return mapError(response.error());
            return parseArray<CpeFault>(response.value(), &CpeFault::fromJson);
        });
}

QFuture<Status> GenieAcsClient::sendNoContent(net::HttpRequest request)
{
    request.providerId = m_config.providerId;
    request.headers = authHeaders();
    request.expectJson = false;
    return mapResult<Unit>(m_net.send(request), [](const Result<net::HttpResponse> &r) -> Status {
        if (!r)
            return mapError(r.error());
        return success();
    });
}

QFuture<Status> GenieAcsClient::deleteTask(const QString &taskId)
{
    if (!isObjectId(taskId.trimmed()))
        return QtFuture::makeReadyFuture(Status(badTaskId(taskId)));
    net::HttpRequest r;
    r.method = QByteArrayLiteral("DELETE");
    r.url = QUrl(QStringLiteral("/tasks/") + taskId.trimmed());
    return sendNoContent(r);
}

QFuture<Status> GenieAcsClient::retryTask(const QString &taskId)
{
    if (!isObjectId(taskId.trimmed()))
        return QtFuture::makeReadyFuture(Status(badTaskId(taskId)));
    net::HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = QUrl(QStringLiteral("/tasks/%1/retry").arg(taskId.trimmed()));
    return sendNoContent(r);
}

QFuture<Status> GenieAcsClient::deleteFault(const QString &faultId)
{
    if (!faultId.contains(QLatin1Char(':')) || faultId.startsWith(QLatin1Char(':'))
        || faultId.endsWith(QLatin1Char(':')))
        return QtFuture::makeReadyFuture(Status(Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations",
                "\"%1\" is not a GenieACS fault identifier (<device>:<channel>). Refresh the fault list.")
                .arg(faultId))));
    net::HttpRequest r;
    r.method = QByteArrayLiteral("DELETE");
    r.url = QUrl(QStringLiteral("/faults/") + encodeFaultIdForPath(faultId));
    return sendNoContent(r);
}

Error GenieAcsClient::mapError(const Error &error)
{
    if (error.code.isEmpty() || !error.code.startsWith(u"net/"))
        return error;
    Error e = error;
    const int status = net::httpStatusOf(error);
    const QString text = bodyTextOf(error);
    const bool taskById = error.detail.contains(QStringLiteral("/tasks/"));
    const bool postTask = error.detail.startsWith(QStringLiteral("POST "))
        && error.detail.contains(QStringLiteral("/tasks")) && !taskById;
    if (status == 404 && taskById) {
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "GenieACS no longer has this task: it ran, expired or was deleted. Refresh the device's task list.");
    } else if (status == 404) {
        e.kind = Error::Kind::NotFound;
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "The device was not found in GenieACS. Check the serial number; a device that never contacted the ACS "
            "is unknown to it.");
    } else if (status == 504) {
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "The device did not answer GenieACS's connection request (%1). Check that it is powered on and "
            "connected, then try again.")
                            .arg(text.isEmpty() ? QStringLiteral("no reason given") : text);
    } else if (status == 503) {
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "The device is in a session with GenieACS right now. Try again in a minute.");
    } else if (status == 401 || status == 403) {
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "GenieACS refused the credentials. Check the GenieACS user and password in the settings.");
    } else if (status >= 400 && status < 500) {
        const QString reason = providerMessageOf(error).isEmpty() ? text : providerMessageOf(error);
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "GenieACS refused the request (HTTP %1: %2). Correct it, then send it again.")
                            .arg(status)
                            .arg(reason.isEmpty() ? QStringLiteral("no reason given") : reason.left(300));
    } else if (status == 0 && postTask && net::outcomeOf(error) == net::Outcome::Ambiguous) {
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "GenieACS closed the connection without answering the task (it does so when it rejects a task). Check "
            "the device's pending tasks before sending it again.");
    }
    return e;
}

} // namespace ops::integrations
