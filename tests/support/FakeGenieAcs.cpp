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
    m_server.setHandler("/tasks", [this](const ReceivedRequest &r) { return listTasks(r); });
}

void FakeGenieAcs::acceptTasks(const QByteArray &path, const QString &deviceId)
{
    m_server.setHandler(path, [this, deviceId](const ReceivedRequest &r) { return postTask(r, deviceId); });
}

void FakeGenieAcs::setTaskAnswer(int status, const QString &faultCode, const QString &faultMessage)
{
    std::lock_guard lock(m_state->mutex);
    m_state->taskStatus = status;
    m_state->faultCode = faultCode;
    m_state->faultMessage = faultMessage;
}

void FakeGenieAcs::completePendingTasks()
{
    std::lock_guard lock(m_state->mutex);
    m_state->pending.removeIf([](const QJsonObject &t) { return !t.contains(QStringLiteral("fault")); });
}

int FakeGenieAcs::pendingTaskCount() const
{
    std::lock_guard lock(m_state->mutex);
    return int(m_state->pending.size());
}

FakeBehaviour FakeGenieAcs::postTask(const ReceivedRequest &request, const QString &deviceId)
{
    if (request.method != "POST")
        return FakeBehaviour::json(405, "\"method\"");
    QJsonObject task = QJsonDocument::fromJson(request.body).object();
    int status = 200;
    QString id;
    {
        std::lock_guard lock(m_state->mutex);
        status = m_state->taskStatus;
        id = QStringLiteral("%1").arg(m_state->nextTask++, 24, 10, QLatin1Char('0'));
        task.insert(QStringLiteral("_id"), id);
        task.insert(QStringLiteral("device"), deviceId);
        task.insert(QStringLiteral("timestamp"), QStringLiteral("2026-12-07T14:00:00.000Z"));
        if (status == 202) {
            QJsonObject pending = task;
            if (!m_state->faultCode.isEmpty())
                pending.insert(QStringLiteral("fault"),
                    QJsonObject{{QStringLiteral("code"), m_state->faultCode},
                        {QStringLiteral("message"), m_state->faultMessage}});
            m_state->pending << pending;
        }
    }
    if (status == 404)
        return FakeBehaviour::json(404, "\"No such device\"");
    const QByteArray body = QJsonDocument(task).toJson(QJsonDocument::Compact);
    const QString taskPath = QStringLiteral("/tasks/") + id;
    m_server.setHandler(taskPath.toUtf8(), [this, id](const ReceivedRequest &r) {
        std::lock_guard lock(m_state->mutex);
        if (r.method == "DELETE")
            m_state->pending.removeIf([&id](const QJsonObject &t) { return t.value(QStringLiteral("_id")) == id; });
        return FakeBehaviour::json(200, "");
    });
    m_server.setHandler((taskPath + QStringLiteral("/retry")).toUtf8(), [this, id](const ReceivedRequest &) {
        std::lock_guard lock(m_state->mutex);
        for (QJsonObject &t : m_state->pending)
            if (t.value(QStringLiteral("_id")) == id)
                t.remove(QStringLiteral("fault"));
        return FakeBehaviour::json(200, "");
    });
    FakeBehaviour b = FakeBehaviour::json(status, body);
    return b;
}

FakeBehaviour FakeGenieAcs::listTasks(const ReceivedRequest &request)
{
    const QUrlQuery q(QUrl(QString::fromUtf8(request.target)).query());
    const QJsonObject filter =
        QJsonDocument::fromJson(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).toUtf8()).object();
    const QString device = filter.value(QStringLiteral("device")).toString();
    QJsonArray list;
    std::lock_guard lock(m_state->mutex);
    for (const QJsonObject &t : std::as_const(m_state->pending))
        if (device.isEmpty() || t.value(QStringLiteral("device")).toString() == device)
            list.append(t);
    return FakeBehaviour::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
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
    const QString id = filter.value(QStringLiteral("_id")).toString();
    if (!filter.isEmpty() && !after.isValid() && serial.isEmpty() && id.isEmpty())
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
        if (!id.isEmpty() && d.id != id)
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
