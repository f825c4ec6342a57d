#pragma once

#include <QDate>

#include "core/common/Result.h"
#include "core/stripe/PpaTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {
struct ProviderSettings;
}

namespace ops::stripe {

// One PPA run, or one read of Stripe's events, with everything built from the Stripe provider's settings (base URL,
// secret key, rate limit: ratePerSec, default 25/s; requests in flight: concurrency, default 8): what targo-opsctl
// calls, and what a GUI Api runs as one DbExecutor job, e.g.
//   m_db.run([settings, date](db::PgConnection &c) { return stripe::runPpa(c, settings, date); })
// Blocking (a private NetExecutor for the call): never on the GUI thread.
Result<PpaRunSummary> runPpa(db::PgConnection &c, const integrations::ProviderSettings &stripe, const QDate &date);
Result<StripeEventsSummary> applyStripeEvents(
    db::PgConnection &c, const integrations::ProviderSettings &stripe, int maxPages = 10);

} // namespace ops::stripe
