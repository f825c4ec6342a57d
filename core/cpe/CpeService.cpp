#include "core/cpe/CpeService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/concurrency/DbExecutor.h"
#include "core/cpe/CpeActionRepository.h"
#include "core/cpe/CpeSync.h"
#include "core/cpe/CpeWifi.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/integrations/ProviderSettings.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxRepository.h"
#include "core/outbox/OutboxTypes.h"

using namespace Qt::StringLiterals;

namespace ops::cpe {

struct CpeService::Net
{
    net::NetExecutor executor{2};
    std::unique_ptr<integrations::GenieAcsClient> client;
};

namespace {

Error notConfigured()
{
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate("ops::cpe",
            "GenieACS is not configured on this workstation: set its address in Settings → Integrations to act on "
            "devices."),
        u"genieacs not configured"_s);
}

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// Blocking (a DB thread): the device's data model, read from GenieACS (TR-181 "Device." or TR-098).
Result<bool> readTr181(integrations::GenieAcsClient &client, const QString &deviceId)
{
    const QString query =
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"_id"_s, deviceId}}).toJson(QJsonDocument::Compact));
    auto found = client.findDevices(query, QDateTime::currentDateTimeUtc(), 1);
    found.waitForFinished();
    const Result<QList<integrations::CpeStatus>> devices = found.result();
    if (!devices.ok())
        return integrations::GenieAcsClient::mapError(devices.error());
    if (devices.value().isEmpty())
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::cpe",
                "GenieACS knows no device %1 any more: refresh the equipment's GenieACS id, or sync the CPEs again.")
                .arg(deviceId.left(80)),
            u"genieacs device not found"_s);
    return devices.value().first().tr181;
}

} // namespace

integrations::GenieAcsConfig genieAcsConfig(const integrations::ProviderSettings &provider)
{
    integrations::GenieAcsConfig config;
    config.providerId = provider.id;
    config.user = provider.account;
    config.password = provider.secret;
    return config;
}

CpeService::CpeService(DbExecutor &db)
    : m_db(db)
{}

CpeService::~CpeService() = default;

Status CpeService::configure(const integrations::ProviderSettings &genieacs)
{
    if (genieacs.baseUrl.isEmpty()) {
        m_net.reset();
        return success();
    }
    return configure(genieacs.netConfig(), genieAcsConfig(genieacs));
}

Status CpeService::configure(const net::ProviderConfig &provider, const integrations::GenieAcsConfig &config)
{
    m_net.reset();
    auto net = std::make_shared<Net>();
    if (Status s = net->executor.setProvider(provider); !s.ok())
        return s;
    net->client = std::make_unique<integrations::GenieAcsClient>(net->executor, config);
    m_net = std::move(net);
    return success();
}

QFuture<Result<std::optional<CpeView>>> CpeService::statusForEquipment(qint64 equipmentId)
{
    return m_db.run(
        [equipmentId](db::PgConnection &c) { return CpeActionRepository(c).statusForEquipment(equipmentId); });
}

QFuture<Result<std::optional<CpeView>>> CpeService::statusForLocation(qint64 locationId)
{
    return m_db.run([locationId](db::PgConnection &c) { return CpeActionRepository(c).statusForLocation(locationId); });
}

bool CpeService::actionsAvailable() const
{
    return m_net != nullptr;
}

QString CpeService::unavailableReason() const
{
    return m_net ? QString() : notConfigured().userMessage;
}

QFuture<Result<CpeActionQueued>> CpeService::request(const CpeView &device, CpeAction action, const WifiChange &wifi)
{
    if (!m_net)
        return ready(Result<CpeActionQueued>(notConfigured()));
    if (device.deviceId.isEmpty())
        return ready(Result<CpeActionQueued>(Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::cpe", "This equipment has no GenieACS device: nothing can be sent."))));
    QJsonObject detail;
    if (action == CpeAction::Wifi) {
        // Bad input is refused here, before anything is read or written.
        if (auto checked = wifiChangeTask(false, wifi.ssid, wifi.passphrase); !checked.ok())
            return ready(Result<CpeActionQueued>(checked.error()));
        detail = QJsonObject{{u"ssid"_s, wifi.ssid}, {u"passphrase_changed"_s, wifi.passphrase.has_value()}};
    }
    std::shared_ptr<Net> net = m_net;
    return m_db.run([net, device, action, wifi, detail](db::PgConnection &c) -> Result<CpeActionQueued> {
        integrations::CpeTask task;
        switch (action) {
        case CpeAction::Refresh:
        case CpeAction::Wifi: {
            auto tr181 = readTr181(*net->client, device.deviceId);
            if (!tr181.ok())
                return tr181.error();
            if (action == CpeAction::Wifi) {
                auto wifiTask = wifiChangeTask(tr181.value(), wifi.ssid, wifi.passphrase);
                if (!wifiTask.ok())
                    return wifiTask.error();
                task = wifiTask.value();
            } else {
                task.kind = integrations::CpeTaskKind::GetParameterValues;
                task.parameterNames = integrations::GenieAcsClient::statusParameters(tr181.value());
            }
            break;
        }
        case CpeAction::Reboot:
            task.kind = integrations::CpeTaskKind::Reboot;
            break;
        case CpeAction::FactoryReset:
            task.kind = integrations::CpeTaskKind::FactoryReset;
            break;
        }
        auto request = net->client->taskRequest(device.deviceId, task);
        if (!request.ok())
            return request.error();
        return CpeActionRepository(c).record(device, action, detail, request.value());
    });
}

QFuture<Result<outbox::OutboxItem>> CpeService::outboxRow(qint64 outboxId)
{
    return m_db.run([outboxId](db::PgConnection &c) { return outbox::OutboxRepository(c).find(outboxId); });
}

QFuture<Result<QList<integrations::CpePendingTask>>> CpeService::pendingTasks(const QString &deviceId)
{
    if (!m_net)
        return ready(Result<QList<integrations::CpePendingTask>>(notConfigured()));
    return m_net->client->tasks(deviceId);
}

QFuture<Status> CpeService::retryTask(const QString &taskId)
{
    if (!m_net)
        return ready(Status(notConfigured()));
    return m_net->client->retryTask(taskId);
}

QFuture<Status> CpeService::deleteTask(const QString &taskId)
{
    if (!m_net)
        return ready(Status(notConfigured()));
    return m_net->client->deleteTask(taskId);
}

QFuture<Result<CpeSyncReport>> CpeService::refreshStore(const QString &serial)
{
    if (!m_net)
        return ready(Result<CpeSyncReport>(notConfigured()));
    std::shared_ptr<Net> net = m_net;
    return m_db.run([net, serial](db::PgConnection &c) { return CpeSync::refreshSerial(c, *net->client, serial); });
}

} // namespace ops::cpe
