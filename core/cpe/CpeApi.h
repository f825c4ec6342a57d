#pragma once

#include <optional>

#include <QFuture>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/cpe/CpePanelTypes.h"
#include "core/cpe/CpeTypes.h"

namespace ops {
struct Capabilities;
}
namespace ops::outbox {
struct OutboxItem;
}
namespace ops::integrations {
struct CpePendingTask;
}

namespace ops::cpe {

// The CPE panel's API (GUI thread; every call returns at once, the work runs on the DB executor or the network
// pool). Installed in the Session by the composition root (CpeService); the panel only sees this.
class CpeApi
{
public:
    virtual ~CpeApi() = default;

    // The CPE of a service_equipment row, or of the newest CPE at a location (the job detail); nullopt: no
    // cpe_status row is linked to it (GenieACS does not know the device, or no sync ran yet).
    virtual QFuture<Result<std::optional<CpeView>>> statusForEquipment(qint64 equipmentId) = 0;
    virtual QFuture<Result<std::optional<CpeView>>> statusForLocation(qint64 locationId) = 0;

    // GenieACS is configured in this process (else actions are refused with unavailableReason()).
    virtual bool actionsAvailable() const = 0;
    virtual QString unavailableReason() const = 0;

    // Writes the cpe_actions row and the task's outbox row in one transaction (Wi-Fi validated first: nothing is
    // written on bad input). Refresh and Wi-Fi read the device's data model from GenieACS first.
    virtual QFuture<Result<CpeActionQueued>> request(
        const CpeView &device, CpeAction action, const WifiChange &wifi = {}) = 0;

    // Following an action: its outbox row, the device's pending GenieACS tasks, retrying or deleting a task.
    virtual QFuture<Result<outbox::OutboxItem>> outboxRow(qint64 outboxId) = 0;
    virtual QFuture<Result<QList<integrations::CpePendingTask>>> pendingTasks(const QString &deviceId) = 0;
    virtual QFuture<Status> retryTask(const QString &taskId) = 0;
    virtual QFuture<Status> deleteTask(const QString &taskId) = 0;
    // The device's cpe_status row read again from GenieACS (after a done Refresh).
    virtual QFuture<Result<CpeSyncReport>> refreshStore(const QString &serial) = 0;

    // Who may do what (the database enforces it: migration 0031); the panel disables the others and says why.
    static bool allows(const Capabilities &capabilities, CpeAction action);
    static QString whyNot(const Capabilities &capabilities, CpeAction action); // empty when allowed
};

} // namespace ops::cpe
