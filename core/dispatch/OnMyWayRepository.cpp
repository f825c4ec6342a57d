#include "core/dispatch/OnMyWayRepository.h"

#include <functional>

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/integrations/OutboxMessages.h"
#include "core/integrations/SmsText.h"
#include "core/outbox/OutboxRepository.h"

namespace ops::dispatch {

namespace {

// One row per job: the job, its lead technician (lead first, then the lowest id), that technician's newest valid
// stored position (by technician or by its Traccar device, both indexed), the location, the customer, the settings.
constexpr const char *kContextSql =
    "SELECT j.id, j.code, j.status, j.version, j.window_start, j.window_end, j.eta_sent_at, j.eta_announced,"
    "       t.id, t.code, t.name, t.traccar_device_id,"
    "       l.latitude, l.longitude, concat_ws(', ', concat_ws(' ', l.civic_number, l.street), l.city),"
    "       c.id, c.display_name, c.language, c.phone_alt, c.phone,"
    "       p.latitude, p.longitude, p.fix_time, p.speed_kmh,"
    "       coalesce(s.road_factor_pct, 130), coalesce(s.average_speed_kmh, 60), now()"
    "  FROM dispatch_jobs j"
    "  LEFT JOIN LATERAL (SELECT jt.technician_id FROM job_technicians jt WHERE jt.job_id = j.id"
    "                      ORDER BY jt.is_lead DESC, jt.technician_id LIMIT 1) lead ON true"
    "  LEFT JOIN dispatch_technicians t ON t.id = lead.technician_id"
    "  LEFT JOIN LATERAL (SELECT x.latitude, x.longitude, x.fix_time, x.speed_kmh FROM ("
    "       (SELECT g.latitude, g.longitude, g.fix_time, g.speed_kmh FROM gps_positions g"
    "         WHERE g.technician_id = t.id AND g.valid ORDER BY g.fix_time DESC LIMIT 1)"
    "       UNION ALL"
    "       (SELECT g.latitude, g.longitude, g.fix_time, g.speed_kmh FROM gps_positions g"
    "         WHERE g.device_id = t.traccar_device_id AND g.valid ORDER BY g.fix_time DESC LIMIT 1)) x"
    "       ORDER BY x.fix_time DESC LIMIT 1) p ON true"
    "  LEFT JOIN service_locations l ON l.id = j.location_id"
    "  LEFT JOIN customers c ON c.id = j.customer_id"
    "  LEFT JOIN dispatch_settings s ON s.id = 1"
    " WHERE j.id = $1";

QString mobileOf(const QStringList &candidates)
{
    for (const QString &raw : candidates) {
        if (raw.trimmed().isEmpty())
            continue;
        auto number = integrations::normalizeQuebecPhone(raw);
        if (number.ok())
            return number.value();
    }
    return {};
}

Error jobGone()
{
    return Error::make(
        Error::Kind::NotFound, QCoreApplication::translate("ops::dispatch", "This job no longer exists."));
}

} // namespace

QString smsNotSetUpText()
{
    return QCoreApplication::translate("ops::dispatch",
        "SMS is not set up: Twilio needs its account SID and a sending number in the integration settings.");
}

OnMyWayRepository::OnMyWayRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<qint64> OnMyWayRepository::jobIdOf(const QString &jobCode)
{
    auto r = m_c.exec("SELECT id FROM dispatch_jobs WHERE code = upper($1)", db::SqlParams().add(jobCode.trimmed()));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(
            Error::Kind::NotFound, QCoreApplication::translate("ops::dispatch", "No job %1.").arg(jobCode.trimmed()));
    return r.value().int64(0, 0);
}

Result<QHash<qint64, qint64>> OnMyWayRepository::technicianDevices()
{
    auto r = m_c.exec("SELECT traccar_device_id, id FROM dispatch_technicians WHERE traccar_device_id IS NOT NULL");
    if (!r.ok())
        return r.error();
    QHash<qint64, qint64> map;
    map.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i)
        map.insert(r.value().int64(i, 0), r.value().int64(i, 1));
    return map;
}

Result<EtaContext> OnMyWayRepository::context(qint64 jobId, const QHash<qint64, Position> &live)
{
    return read(jobId, live, false);
}

Result<EtaContext> OnMyWayRepository::read(qint64 jobId, const QHash<qint64, Position> &live, bool lock)
{
    const QString sql = QString::fromLatin1(kContextSql) + (lock ? QStringLiteral(" FOR UPDATE OF j") : QString());
    auto r = m_c.exec(sql, db::SqlParams().add(jobId));
    if (!r.ok())
        return r.error();
    const db::PgResult &row = r.value();
    if (row.rows() == 0)
        return jobGone();
    EtaContext c;
    c.jobId = row.int64(0, 0);
    c.jobCode = row.text(0, 1);
    c.status = statusFromKey(row.text(0, 2)).value_or(JobStatus::Unscheduled);
    c.version = row.int32(0, 3);
    c.windowStart = row.isNull(0, 4) ? QDateTime() : row.timestamp(0, 4);
    c.windowEnd = row.isNull(0, 5) ? QDateTime() : row.timestamp(0, 5);
    c.etaSentAt = row.isNull(0, 6) ? QDateTime() : row.timestamp(0, 6);
    c.etaAnnounced = row.isNull(0, 7) ? QDateTime() : row.timestamp(0, 7);
    c.technicianId = row.int64(0, 8);
    c.technicianCode = row.text(0, 9);
    c.technicianName = row.text(0, 10);
    c.deviceId = row.int64(0, 11);
    if (!row.isNull(0, 12) && !row.isNull(0, 13))
        c.destination = GeoPoint{row.real(0, 12), row.real(0, 13)};
    c.address = row.text(0, 14);
    c.customerId = row.int64(0, 15);
    c.customerName = row.text(0, 16);
    c.customerLanguage = row.text(0, 17).trimmed();
    c.mobile = mobileOf({row.text(0, 18), row.text(0, 19)});
    std::optional<Position> stored;
    if (!row.isNull(0, 20)) {
        Position p;
        p.point = GeoPoint{row.real(0, 20), row.real(0, 21)};
        p.at = row.timestamp(0, 22);
        p.speedKmh = row.real(0, 23);
        stored = p;
    }
    const auto liveIt = c.technicianId != 0 ? live.constFind(c.technicianId) : live.cend();
    c.position = newerPosition(stored, liveIt == live.cend() ? std::nullopt : std::optional<Position>(*liveIt));
    c.travel.roadFactorPct = row.int32(0, 24, 130);
    c.travel.averageSpeedKmh = row.int32(0, 25, 60);
    c.now = row.timestamp(0, 26);
    return c;
}

Result<OnMyWayPreview> OnMyWayRepository::evaluate(const EtaContext &context)
{
    if (context.technicianId == 0)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::dispatch", "%1 has no technician assigned: there is no ETA to give.")
                .arg(context.jobCode));
    if (!context.position)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::dispatch",
                "No position is known for %1 (%2): check that the technician's Traccar tracker is on and linked.")
                .arg(context.technicianName, context.technicianCode));
    if (!context.destination)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::dispatch",
                "The location of %1 has no coordinates (%2): the ETA cannot be computed. Geocode the address first.")
                .arg(context.jobCode, context.address));
    OnMyWayPreview p;
    p.context = context;
    p.estimate = estimateEta(
        *context.position, *context.destination, context.travel, context.now, context.windowEnd, context.etaAnnounced);
    p.corrected = context.etaSentAt.isValid();
    p.sms = onMyWaySms(context.customerLanguage, firstName(context.technicianName), p.estimate.at, p.corrected);
    if (context.status != JobStatus::EnRoute)
        p.blocker = QCoreApplication::translate("ops::dispatch",
            "%1 is not en route (it is “%2”): the “on my way” SMS is sent once the technician is on the way.")
                        .arg(context.jobCode, statusLabel(context.status));
    else if (context.mobile.isEmpty())
        p.blocker = QCoreApplication::translate("ops::dispatch",
            "%1 has no mobile number on file: the SMS cannot be sent. Add one in the customer's file, or call "
            "the customer.")
                        .arg(context.customerName.isEmpty() ? context.jobCode : context.customerName);
    return p;
}

Result<OnMyWayPreview> OnMyWayRepository::preview(qint64 jobId, const QHash<qint64, Position> &live)
{
    auto c = context(jobId, live);
    if (!c.ok())
        return c.error();
    return evaluate(c.value());
}

Result<OnMyWaySent> OnMyWayRepository::send(
    qint64 jobId, int expectedVersion, const SmsSender &sender, const QHash<qint64, Position> &live)
{
    if (!sender.isSet())
        return Error::make(Error::Kind::Validation, smsNotSetUpText());
    std::function<Result<OnMyWaySent>(db::PgConnection &)> fn = [&](db::PgConnection &) -> Result<OnMyWaySent> {
        auto context = read(jobId, live, true);
        if (!context.ok())
            return context.error();
        const EtaContext &c = context.value();
        if (c.version != expectedVersion)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::dispatch",
                    "%1 changed since it was shown (version %2, now %3): look at it again before sending the SMS.")
                    .arg(c.jobCode)
                    .arg(expectedVersion)
                    .arg(c.version));
        auto preview = evaluate(c);
        if (!preview.ok())
            return preview.error();
        const OnMyWayPreview &p = preview.value();
        if (!p.canSend())
            return Error::make(Error::Kind::Validation, p.blocker);

        auto request = integrations::smsOutboxRequest(sender.accountSid, sender.from, c.mobile, p.sms);
        if (!request.ok())
            return request.error();
        outbox::OutboxRequest r = request.value();
        r.businessEntity = QStringLiteral("dispatch_job");
        r.businessId = c.jobId;
        auto item = outbox::OutboxRepository(m_c).enqueue(r);
        if (!item.ok())
            return item.error();

        auto updated = m_c.exec("UPDATE dispatch_jobs SET eta_sent_at = now(), eta_announced = $3"
                                " WHERE id = $1 AND version = $2 RETURNING version, eta_sent_at",
            db::SqlParams().add(c.jobId).add(expectedVersion).add(p.estimate.at));
        if (!updated.ok())
            return updated.error();
        if (updated.value().rows() != 1) // locked above: only a concurrent delete gets here
            return jobGone();
        OnMyWaySent sent;
        sent.jobId = c.jobId;
        sent.jobCode = c.jobCode;
        sent.outboxId = item.value().id;
        sent.version = updated.value().int32(0, 0);
        sent.sentAt = updated.value().timestamp(0, 1);
        sent.to = c.mobile;
        sent.text = p.sms;
        sent.corrected = p.corrected;
        sent.estimate = p.estimate;
        return sent;
    };
    return db::withTransaction(m_c, fn, db::Isolation::ReadCommitted, 1);
}

} // namespace ops::dispatch
