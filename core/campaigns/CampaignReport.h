#pragma once

#include <QString>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::campaigns {

// The campaign's report CSV (docs/campaigns.md "Report"): one row per recipient in id order (recipient, language,
// status, attempts, error or skip reason, error code, message id, queued and sent times), written through CsvFile:
// nothing at path unless every row was written. Returns the rows written. Blocking: a DB thread or targo-opsctl.
Result<qint64> writeCampaignReport(db::PgConnection &c, qint64 campaignId, const QString &path);

} // namespace ops::campaigns
