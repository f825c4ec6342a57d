#include "core/integrations/GpsPrivacyRepository.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"

namespace ops::integrations {

namespace {

#define OPS_GPS_PRIVACY_COLUMNS                                                                                        \
    "retention_days, shift_grace_minutes, notice_fr, notice_en, (extract(epoch FROM updated_at) * 1000000)::bigint,"   \
    " has_table_privilege('gps_privacy_settings', 'UPDATE')"

GpsPrivacySettings fromRow(const db::PgResult &q)
{
    GpsPrivacySettings s;
    s.retentionDays = q.int32(0, 0, 30);
    s.shiftGraceMinutes = q.int32(0, 1, 15);
    s.noticeFr = q.text(0, 2);
    s.noticeEn = q.text(0, 3);
    s.version = q.int64(0, 4);
    s.editable = q.boolean(0, 5);
    return s;
}

} // namespace

GpsPrivacyRepository::GpsPrivacyRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<GpsPrivacySettings> GpsPrivacyRepository::load()
{
    auto r = m_c.exec("SELECT " OPS_GPS_PRIVACY_COLUMNS " FROM gps_privacy_settings WHERE id = 1");
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate("ops::integrations::GpsPrivacyRepository",
                "The GPS privacy settings are missing from the database (migration 0033)."));
    return fromRow(r.value());
}

Result<GpsPrivacySettings> GpsPrivacyRepository::save(const GpsPrivacySettings &s)
{
    if (const QString problem = s.problem(); !problem.isEmpty())
        return Error::make(Error::Kind::Validation, problem);
    auto r = m_c.exec("UPDATE gps_privacy_settings SET retention_days = $1, shift_grace_minutes = $2,"
                      " notice_fr = $3, notice_en = $4,"
                      " updated_at = greatest(clock_timestamp(), updated_at + interval '1 microsecond')"
                      " WHERE id = 1 AND (extract(epoch FROM updated_at) * 1000000)::bigint = $5"
                      " RETURNING " OPS_GPS_PRIVACY_COLUMNS,
        db::SqlParams()
            .add(s.retentionDays)
            .add(s.shiftGraceMinutes)
            .add(s.noticeFr.trimmed())
            .add(s.noticeEn.trimmed())
            .add(s.version));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("ops::integrations::GpsPrivacyRepository",
                "Someone else saved the GPS privacy settings after you opened them. Reload them to see their "
                "changes, then make yours again."));
    return fromRow(r.value());
}

} // namespace ops::integrations
