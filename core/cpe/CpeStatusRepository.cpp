#include "core/cpe/CpeStatusRepository.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/integrations/GenieAcsClient.h"

namespace ops::cpe {

namespace {

// dBm → 0.001 dBm; out of the stored range (a broken reading) → null.
QJsonValue milliDbm(const std::optional<double> &dbm)
{
    if (!dbm || !std::isfinite(*dbm) || std::fabs(*dbm) > 100.0)
        return QJsonValue::Null;
    return static_cast<qint64>(std::llround(*dbm * 1000.0));
}

} // namespace

CpeStatusRepository::CpeStatusRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<CpeUpsertCounts> CpeStatusRepository::upsert(const QList<integrations::CpeStatus> &devices)
{
    if (devices.isEmpty())
        return CpeUpsertCounts{};
    QJsonArray rows;
    for (const integrations::CpeStatus &d : devices) {
        rows.append(QJsonObject{{QStringLiteral("id"), d.deviceId}, {QStringLiteral("serial"), d.serial},
            {QStringLiteral("manufacturer"), d.manufacturer}, {QStringLiteral("product_class"), d.productClass},
            {QStringLiteral("last_inform"),
                d.lastInform.isValid() ? QJsonValue(d.lastInform.toUTC().toString(Qt::ISODateWithMs))
                                       : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("firmware"), d.firmware}, {QStringLiteral("rx"), milliDbm(d.rxPowerDbm)},
            {QStringLiteral("tx"), milliDbm(d.txPowerDbm)},
            {QStringLiteral("ssids"), QJsonArray::fromStringList(d.wifiSsids)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)}});
    }
    // Texts are cut to the stored limits: a device's own strings are not ours to refuse.
    auto r = m_c.exec(
        "WITH incoming AS ("
        "  SELECT DISTINCT ON (x.id) x.* FROM jsonb_to_recordset($1::jsonb) AS x(id text, serial text,"
        "    manufacturer text, product_class text, last_inform timestamptz, firmware text, rx integer, tx integer,"
        "    ssids text[], tags text[])"
        "  WHERE length(x.id) BETWEEN 1 AND 300 ORDER BY x.id),"
        " matched AS ("
        "  SELECT i.*, coalesce((SELECT e.id FROM service_equipment e WHERE e.genieacs_device_id = i.id),"
        "    (SELECT min(e.id) FROM service_equipment e WHERE i.serial <> '' AND upper(e.serial) = upper(i.serial)))"
        "    AS equipment_id FROM incoming i),"
        " written AS ("
        "  INSERT INTO cpe_status AS s (genieacs_device_id, equipment_id, serial, manufacturer, product_class,"
        "    last_inform, firmware, rx_power_mdbm, tx_power_mdbm, wifi_ssids, tags, updated_at)"
        "  SELECT id, equipment_id, left(coalesce(serial, ''), 120), left(coalesce(manufacturer, ''), 200),"
        "    left(coalesce(product_class, ''), 200), last_inform, left(coalesce(firmware, ''), 200), rx, tx,"
        "    coalesce(ssids, '{}'), coalesce(tags, '{}'), now() FROM matched"
        "  ON CONFLICT (genieacs_device_id) DO UPDATE SET equipment_id = EXCLUDED.equipment_id,"
        "    serial = EXCLUDED.serial, manufacturer = EXCLUDED.manufacturer, product_class = EXCLUDED.product_class,"
        "    last_inform = EXCLUDED.last_inform, firmware = EXCLUDED.firmware,"
        "    rx_power_mdbm = EXCLUDED.rx_power_mdbm, tx_power_mdbm = EXCLUDED.tx_power_mdbm,"
        "    wifi_ssids = EXCLUDED.wifi_ssids, tags = EXCLUDED.tags, updated_at = EXCLUDED.updated_at"
        "  WHERE (s.equipment_id, s.serial, s.manufacturer, s.product_class, s.last_inform, s.firmware,"
        "    s.rx_power_mdbm, s.tx_power_mdbm, s.wifi_ssids, s.tags) IS DISTINCT FROM (EXCLUDED.equipment_id,"
        "    EXCLUDED.serial, EXCLUDED.manufacturer, EXCLUDED.product_class, EXCLUDED.last_inform,"
        "    EXCLUDED.firmware, EXCLUDED.rx_power_mdbm, EXCLUDED.tx_power_mdbm, EXCLUDED.wifi_ssids, EXCLUDED.tags)"
        "  RETURNING (xmax = 0) AS inserted)"
        " SELECT (SELECT count(*) FROM written WHERE inserted), (SELECT count(*) FROM written WHERE NOT inserted),"
        "  (SELECT count(*) FROM incoming), (SELECT count(*) FROM matched WHERE equipment_id IS NULL)",
        db::SqlParams().add(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!r.ok())
        return r.error();
    CpeUpsertCounts out;
    out.inserted = r.value().int64(0, 0);
    out.updated = r.value().int64(0, 1);
    out.unchanged = r.value().int64(0, 2) - out.inserted - out.updated;
    out.unmatched = r.value().int64(0, 3);
    return out;
}

} // namespace ops::cpe
