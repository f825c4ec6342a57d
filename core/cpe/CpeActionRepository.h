#pragma once

#include <optional>

#include <QJsonObject>

#include "core/common/Result.h"
#include "core/cpe/CpePanelTypes.h"

namespace ops::db {
class PgConnection;
}
namespace ops::outbox {
struct OutboxRequest;
}

namespace ops::cpe {

// The CPE panel's reads and writes (cpe_status, cpe_actions: migration 0031). Synchronous: DB threads only.
class CpeActionRepository
{
public:
    explicit CpeActionRepository(db::PgConnection &c);

    // The cpe_status row linked to this equipment (the newest informed when several are), with the equipment's code
    // and customer.
    Result<std::optional<CpeView>> statusForEquipment(qint64 equipmentId);
    // The newest informed CPE among the location's installed equipment.
    Result<std::optional<CpeView>> statusForLocation(qint64 locationId);

    // One transaction: the cpe_actions row (audited by its trigger: who, which action, which device, which
    // customer) and the task's outbox row (business entity cpe_action). detail never holds a secret.
    Result<CpeActionQueued> record(
        const CpeView &device, CpeAction action, const QJsonObject &detail, const outbox::OutboxRequest &task);

private:
    Result<std::optional<CpeView>> readOne(const char *where, qint64 id);

    db::PgConnection &m_c;
};

} // namespace ops::cpe
