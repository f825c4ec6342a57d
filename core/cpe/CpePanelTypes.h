#pragma once

#include <optional>

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ops::cpe {

// What an operator may do to a CPE from the CPE panel (docs/network.md "CPE panel"): each is a cpe_actions row
// (audited: who, which action, which device) and a GenieACS task in the outbox, written in one transaction.
enum class CpeAction
{
    Refresh, // GetParameterValues of the status leaves, then the device's cpe_status row read again
    Reboot,
    FactoryReset,
    Wifi, // SetParameterValues: the first Wi-Fi network's SSID and/or WPA passphrase
};

QString actionName(CpeAction action); // the cpe_actions.action spelling: refresh, reboot, factory_reset, wifi
QString actionLabel(CpeAction action); // for people (translated)

// The CPE state the panel shows: one cpe_status row linked to a service_equipment row.
struct CpeView
{
    qint64 equipmentId = 0;
    qint64 customerId = 0; // of the equipment's location (0: none)
    QString equipmentCode; // EQP-00001
    QString deviceId; // GenieACS _id
    QString serial;
    QString manufacturer;
    QString productClass;
    QString firmware;
    QDateTime lastInform; // UTC; invalid: never informed
    QDateTime updatedAt; // last written by a sync
    std::optional<int> rxMdbm; // 0.001 dBm
    std::optional<int> txMdbm;
    QStringList wifiSsids;

    static constexpr int kOnlineWindowSeconds = 300; // the same window as the sync's "online"
    bool online(const QDateTime &now) const
    {
        return lastInform.isValid() && lastInform.secsTo(now) <= kOnlineWindowSeconds;
    }
};

struct WifiChange
{
    QString ssid; // empty: keep the SSID (only the passphrase changes)
    std::optional<QString> passphrase;
};

// An action written: its cpe_actions row and the outbox row that carries the task.
struct CpeActionQueued
{
    qint64 actionId = 0;
    qint64 outboxId = 0;
    CpeAction action = CpeAction::Refresh;
    QString deviceId;
    QString serial;
};

// Where a followed action stands (CpeActionTracker).
struct CpeFollowState
{
    enum class Phase
    {
        Queued, // the outbox row waits for the drain (or for its next attempt: text says why)
        Sending,
        WaitingDevice, // GenieACS answered 202: the task runs at the device's next inform
        Done,
        Fault, // the GenieACS task faulted: text holds the fault; Retry or Delete
        Failed, // the outbox row failed, is ambiguous or was cancelled: text says why
        Deleted, // the task was deleted from GenieACS by the operator
    };
    Phase phase = Phase::Queued;
    QString taskId; // GenieACS task id (from the outbox row's answer)
    QString text; // the provider's error, the fault code and message

    bool finished() const { return phase == Phase::Done || phase == Phase::Failed || phase == Phase::Deleted; }
};

} // namespace ops::cpe

Q_DECLARE_METATYPE(ops::cpe::CpeView)
