#include "core/cpe/CpeSync.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/cpe/CpeStatusRepository.h"
#include "core/integrations/CursorRepository.h"
#include "core/integrations/GenieAcsClient.h"

namespace ops::cpe {

QString CpeSync::query(const QDateTime &cursor, int overlapSeconds)
{
    if (!cursor.isValid())
        return QStringLiteral("{}");
    const QString after = cursor.toUTC().addSecs(-qMax(0, overlapSeconds)).toString(Qt::ISODateWithMs);
    const QJsonObject q{{QStringLiteral("_lastInform"), QJsonObject{{QStringLiteral("$gt"), after}}}};
    return QString::fromUtf8(QJsonDocument(q).toJson(QJsonDocument::Compact));
}

Result<CpeSyncReport> CpeSync::refreshSerial(
    db::PgConnection &c, integrations::GenieAcsClient &client, const QString &serial)
{
    auto found = client.findBySerial(serial.trimmed(), QDateTime::currentDateTimeUtc());
    found.waitForFinished();
    Result<QList<integrations::CpeStatus>> devices = found.result();
    if (!devices.ok())
        return integrations::GenieAcsClient::mapError(devices.error());
    if (devices.value().isEmpty())
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::cpe", "GenieACS knows no device with serial %1.").arg(serial.left(60)));
    auto counts = CpeStatusRepository(c).upsert(devices.value());
    if (!counts.ok())
        return counts.error();
    CpeSyncReport report;
    report.pages = 1;
    report.fetched = devices.value().size();
    report.inserted = counts.value().inserted;
    report.updated = counts.value().updated;
    report.unchanged = counts.value().unchanged;
    report.unmatched = counts.value().unmatched;
    return report;
}

Result<CpeSyncReport> CpeSync::run(db::PgConnection &c, integrations::GenieAcsClient &client,
    const CpeSyncOptions &options, const std::function<bool()> &cancelled)
{
    integrations::CursorRepository cursors(c);
    const QString name = QString::fromLatin1(kCursorName);
    auto stored = cursors.get(name);
    if (!stored.ok())
        return stored.error();
    const QDateTime cursor = QDateTime::fromString(stored.value(), Qt::ISODateWithMs);
    CpeSyncReport report;
    report.incremental = !options.full && cursor.isValid();
    const QString q = query(report.incremental ? cursor : QDateTime(), options.overlapSeconds);
    const int pageSize = qBound(1, options.pageSize, 10000);
    CpeStatusRepository repository(c);
    QDateTime newest = cursor;
    for (qint64 skip = 0;; skip += pageSize) {
        if (cancelled && cancelled())
            return Error::make(Error::Kind::Cancelled,
                QCoreApplication::translate("ops::cpe",
                    "CPE sync cancelled after %n device(s); the next sync goes on from the same point.", nullptr,
                    int(report.fetched)));
        auto page = client.findDevicesPage(q, QDateTime::currentDateTimeUtc(), pageSize, skip);
        page.waitForFinished();
        Result<QList<integrations::CpeStatus>> devices = page.result();
        if (!devices.ok())
            return integrations::GenieAcsClient::mapError(devices.error());
        ++report.pages;
        report.fetched += devices.value().size();
        QList<integrations::CpeStatus> storable;
        storable.reserve(devices.value().size());
        for (const integrations::CpeStatus &d : devices.value()) {
            if (d.deviceId.isEmpty() || d.deviceId.size() > 300) {
                ++report.rejected;
                continue;
            }
            if (d.lastInform.isValid() && (!newest.isValid() || d.lastInform > newest))
                newest = d.lastInform;
            storable << d;
        }
        auto counts = repository.upsert(storable);
        if (!counts.ok())
            return counts.error();
        report.inserted += counts.value().inserted;
        report.updated += counts.value().updated;
        report.unchanged += counts.value().unchanged;
        report.unmatched += counts.value().unmatched;
        if (devices.value().size() < pageSize)
            break;
    }
    report.cursor = stored.value();
    if (newest.isValid() && newest != cursor) {
        const QString value = newest.toUTC().toString(Qt::ISODateWithMs);
        if (Status s = cursors.advance(name, stored.value(), value); !s.ok())
            return s.error();
        report.cursor = value;
    }
    return report;
}

} // namespace ops::cpe
