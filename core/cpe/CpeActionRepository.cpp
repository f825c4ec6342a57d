#include "core/cpe/CpeActionRepository.h"

#include <functional>

#include <QJsonArray>
#include <QJsonDocument>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/outbox/OutboxRepository.h"
#include "core/outbox/OutboxTypes.h"

using namespace Qt::StringLiterals;

namespace ops::cpe {

CpeActionRepository::CpeActionRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<std::optional<CpeView>> CpeActionRepository::readOne(const char *where, qint64 id)
{
    const QString sql =
        u"SELECT s.equipment_id, coalesce(l.customer_id, 0), e.code, s.genieacs_device_id, s.serial, s.manufacturer,"
        " s.product_class, s.firmware, s.last_inform, s.updated_at, s.rx_power_mdbm, s.tx_power_mdbm,"
        " array_to_json(s.wifi_ssids)::text"
        " FROM cpe_status s JOIN service_equipment e ON e.id = s.equipment_id"
        " LEFT JOIN service_locations l ON l.id = e.location_id"
        " WHERE %1 ORDER BY s.last_inform DESC NULLS LAST, s.id LIMIT 1"_s.arg(QLatin1String(where));
    auto r = m_c.exec(sql.toUtf8().constData(), db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    const db::PgResult &p = r.value();
    if (p.rows() == 0)
        return std::optional<CpeView>();
    CpeView v;
    v.equipmentId = p.int64(0, 0);
    v.customerId = p.int64(0, 1);
    v.equipmentCode = p.text(0, 2);
    v.deviceId = p.text(0, 3);
    v.serial = p.text(0, 4);
    v.manufacturer = p.text(0, 5);
    v.productClass = p.text(0, 6);
    v.firmware = p.text(0, 7);
    v.lastInform = p.isNull(0, 8) ? QDateTime() : p.timestamp(0, 8);
    v.updatedAt = p.timestamp(0, 9);
    if (!p.isNull(0, 10))
        v.rxMdbm = p.int32(0, 10);
    if (!p.isNull(0, 11))
        v.txMdbm = p.int32(0, 11);
    for (const QJsonValue &s : QJsonDocument::fromJson(p.bytes(0, 12)).array())
        v.wifiSsids << s.toString();
    return std::optional<CpeView>(v);
}

Result<std::optional<CpeView>> CpeActionRepository::statusForEquipment(qint64 equipmentId)
{
    return readOne("s.equipment_id = $1", equipmentId);
}

Result<std::optional<CpeView>> CpeActionRepository::statusForLocation(qint64 locationId)
{
    return readOne("e.location_id = $1 AND e.status = 'installed'", locationId);
}

Result<CpeActionQueued> CpeActionRepository::record(
    const CpeView &device, CpeAction action, const QJsonObject &detail, const outbox::OutboxRequest &task)
{
    std::function<Result<CpeActionQueued>(db::PgConnection &)> fn =
        [&](db::PgConnection &c) -> Result<CpeActionQueued> {
        // The action's id first, so that the outbox row names it and the action row is written once (one audit row).
        auto id = c.exec("SELECT nextval(pg_get_serial_sequence('cpe_actions', 'id'))", db::SqlParams());
        if (!id.ok())
            return id.error();
        CpeActionQueued q;
        q.actionId = id.value().int64(0, 0);
        q.action = action;
        q.deviceId = device.deviceId;
        q.serial = device.serial;
        outbox::OutboxRequest request = task;
        request.businessEntity = u"cpe_action"_s;
        request.businessId = q.actionId;
        auto item = outbox::enqueue(c, request);
        if (!item.ok())
            return item.error();
        q.outboxId = item.value().id;
        db::SqlParams p;
        p.add(q.actionId)
            .add(device.equipmentId > 0 ? std::optional<qint64>(device.equipmentId) : std::nullopt)
            .add(device.customerId > 0 ? std::optional<qint64>(device.customerId) : std::nullopt)
            .add(device.deviceId)
            .add(device.serial)
            .add(actionName(action))
            .add(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))
            .add(q.outboxId);
        auto inserted = c.exec("INSERT INTO cpe_actions (id, equipment_id, customer_id, genieacs_device_id, serial,"
                               " action, detail, outbox_id) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)",
            p);
        if (!inserted.ok())
            return inserted.error();
        return q;
    };
    return db::withTransaction(m_c, fn);
}

} // namespace ops::cpe
