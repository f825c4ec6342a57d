#pragma once

#include "core/billing/BillingSettings.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::billing {

// billing_settings (one row, migration 0018): read by billing, manager and admin; written by admin only (the database
// refuses the others: Forbidden). Synchronous: DB executor threads only.
class BillingSettingsRepository
{
public:
    explicit BillingSettingsRepository(db::PgConnection &c);

    // The settings, their version and whether the connected role may UPDATE them.
    Result<BillingSettings> load();
    // Saves s (normalised) if the row is still at s.version; Validation with the first problem's message when it is
    // not valid, Conflict when someone saved since s was loaded. Returns the row as saved (its new version).
    Result<BillingSettings> save(const BillingSettings &s);

private:
    db::PgConnection &m_c;
};

} // namespace ops::billing
