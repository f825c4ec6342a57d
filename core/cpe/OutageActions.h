#pragma once

#include <utility>

#include <QDateTime>
#include <QString>

#include "core/common/Result.h"
#include "core/cpe/CpeTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::cpe {

// "OLT-SJR-01:1/1/3" → {"OLT-SJR-01", "1/1/3"} (the CLI's PORT); Validation when it is not of that form.
Result<std::pair<QString, QString>> parsePortKey(const QString &key);

// Opens (or completes) the port's outage: the tickets (OutageRepository::openTickets), then a draft transactional SMS
// campaign to the affected customers' mobiles, created once per outage (found again by its name if a previous run
// stopped before linking it). Running it twice creates nothing new. A role that may not create campaigns (dispatch)
// still opens the outage; campaignProblem says why there is no draft. DB thread only.
Result<OpenedOutage> openOutage(db::PgConnection &c, const QString &olt, const QString &port,
    const OutageOptions &options, const QDateTime &now, qint64 staffId = 0, bool force = false);

// Closes the port's outage: the recovery note on every ticket, all closed, and a draft SMS campaign with the
// recovery message to the same customers. DB thread only.
Result<ClosedOutage> closeOutage(
    db::PgConnection &c, const QString &olt, const QString &port, const QString &recoveryMessage, qint64 staffId = 0);

} // namespace ops::cpe
