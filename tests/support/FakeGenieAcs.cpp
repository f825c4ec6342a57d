#include "tests/support/FakeGenieAcs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace ops::test {

namespace {

QJsonObject param(const QJsonValue &value)
{
    return QJsonObject{
        {QStringLiteral("_object"), false}, {QStringLiteral("_writable"), false}, {QStringLiteral("_value"), value}};
}

} // namespace

FakeGenieAcs::FakeGenieAcs()
{
    m_server.setHandler("/devices", [this](const ReceivedRequest &r) { return answer(r); });
}

bool FakeGenieAcs::start()
{
    return m_server.start();
}

void FakeGenieAcs::setDevices(const QList<FakeCpe> &devices)
{
    std::lock_guard lock(m_state->mutex);
    m_state->devices.clear();
    for (const FakeCpe &d : devices)
        m_state->devices.insert(d.id, d);
}

void FakeGenieAcs::setLastInform(const QStringList &ids, const QDateTime &at)
{
    std::lock_guard lock(m_state->mutex);
    for (auto it = m_state->devices.begin(); it != m_state->devices.end(); ++it)
        if (ids.isEmpty() || ids.contains(it.key()))
            it->lastInform = at;
}

QStringList FakeGenieAcs::queries() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->queries;
}

QByteArray FakeGenieAcs::deviceJson(const FakeCpe &d)
{
    QJsonObject o{{QStringLiteral("_id"), d.id},
        {QStringLiteral("_deviceId"),
            QJsonObject{{QStringLiteral("_SerialNumber"), d.serial}, {QStringLiteral("_OUI"), QStringLiteral("00D09E")},
                {QStringLiteral("_ProductClass"), QStringLiteral("HG8245")},
                {QStringLiteral("_Manufacturer"), QStringLiteral("Huawei")}}}};
    if (d.lastInform.isValid())
        o.insert(QStringLiteral("_lastInform"), d.lastInform.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject igd;
    if (!d.firmware.isEmpty())
        igd.insert(QStringLiteral("DeviceInfo"), QJsonObject{{QStringLiteral("SoftwareVersion"), param(d.firmware)}});
    if (d.rxDbm)
        igd.insert(QStringLiteral("WANDevice"),
            QJsonObject{{QStringLiteral("1"),
                QJsonObject{{QStringLiteral("X_GponInterafceConfig"),
                    QJsonObject{{QStringLiteral("RXPower"), param(QString::number(*d.rxDbm, 'f', 2))}}}}}});
    if (!d.ssid.isEmpty())
        igd.insert(QStringLiteral("LANDevice"),
            QJsonObject{{QStringLiteral("1"),
                QJsonObject{{QStringLiteral("WLANConfiguration"),
                    QJsonObject{{QStringLiteral("1"), QJsonObject{{QStringLiteral("SSID"), param(d.ssid)}}}}}}}});
    o.insert(QStringLiteral("InternetGatewayDevice"), igd);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeBehaviour FakeGenieAcs::answer(const ReceivedRequest &request)
{
    const QUrlQuery q(QUrl(QString::fromUtf8(request.target)).query());
    const QString query = q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
    const qint64 skip = q.queryItemValue(QStringLiteral("skip")).toLongLong();
    const qint64 limit =
        q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toLongLong() : 1 << 30;
    const QJsonObject filter = QJsonDocument::fromJson(query.toUtf8()).object();
    QDateTime after;
    if (filter.contains(QStringLiteral("_lastInform"))) {
        after = QDateTime::fromString(
            filter.value(QStringLiteral("_lastInform")).toObject().value(QStringLiteral("$gt")).toString(),
            Qt::ISODateWithMs);
        if (!after.isValid())
            return FakeBehaviour::json(400, "\"bad _lastInform\"");
    }
    const QString serial = filter.value(QStringLiteral("_deviceId._SerialNumber")).toString();
    if (!filter.isEmpty() && !after.isValid() && serial.isEmpty())
        return FakeBehaviour::json(400, "\"unsupported query\"");
    QByteArray body = "[";
    std::lock_guard lock(m_state->mutex);
    m_state->queries << query;
    qint64 index = 0, written = 0;
    for (const FakeCpe &d : std::as_const(m_state->devices)) {
        if (after.isValid() && !(d.lastInform.isValid() && d.lastInform > after))
            continue;
        if (!serial.isEmpty() && d.serial != serial)
            continue;
        if (index++ < skip)
            continue;
        if (written == limit)
            break;
        if (written++ > 0)
            body += ',';
        body += deviceJson(d);
    }
    body += ']';
    return FakeBehaviour::json(200, body);
}

} // namespace ops::test
