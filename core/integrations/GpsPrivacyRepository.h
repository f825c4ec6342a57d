#pragma once

#include "core/common/Result.h"
#include "core/integrations/GpsPrivacy.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {

// gps_privacy_settings (one row, migration 0033): read by every group (technicians read the notice), written by admin
// only (the database refuses the others: Forbidden). Synchronous: DB executor threads only.
class GpsPrivacyRepository
{
public:
    explicit GpsPrivacyRepository(db::PgConnection &c);

    Result<GpsPrivacySettings> load();
    // Saves s if the row is still at s.version: Validation (translated) when it is not valid, Conflict when someone
    // saved since s was loaded. Returns the row as saved (its new version).
    Result<GpsPrivacySettings> save(const GpsPrivacySettings &s);

private:
    db::PgConnection &m_c;
};

} // namespace ops::integrations
