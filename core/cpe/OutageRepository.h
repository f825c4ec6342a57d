#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/cpe/CpeTypes.h"
#include "core/cpe/OutageTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::cpe {

// What opening or closing wrote, plus the customers the SMS draft goes to.
struct OutageTickets
{
    OpenedOutage opened; // or the closed one's id and parent in closed
    ClosedOutage closed;
    QStringList customerCodes; // the affected customers (open) / the children's customers (close)
    QString campaignName; // the draft's name, unique to the outage ("… #<outage id>")
    qint64 campaignId = 0; // the draft already linked, 0: none yet
};

// The outage scan over cpe_status and the outages (migration 0030). Synchronous: DB threads only.
class OutageRepository
{
public:
    explicit OutageRepository(db::PgConnection &c);

    // Every OLT port with at least one location whose CPE is in the status store, most silent first; flagged
    // ones per options. One set-based query (docs/network.md).
    Result<QList<PortHealth>> scan(const OutageOptions &options, const QDateTime &now);
    // The customers with a silent location on the port, by name (the scan's rules).
    Result<QList<AffectedCustomer>> affectedCustomers(
        const QString &olt, const QString &port, const OutageOptions &options, const QDateTime &now);

    // One transaction: the port's open outage (created with its parent ticket when none is open; a port that is not
    // flagged is refused unless force) and one child ticket per affected customer that has none yet. Running it
    // twice creates nothing new. Validation when the port has no silent location.
    Result<OutageTickets> openTickets(const QString &olt, const QString &port, const OutageOptions &options,
        const QDateTime &now, qint64 staffId, bool force = false);
    // Links the outage's draft campaign (only when none is linked yet; the first one wins).
    Status linkCampaign(qint64 outageId, qint64 campaignId);
    // The draft campaign of this name, if one exists (a run that stopped between creating and linking it).
    Result<std::optional<qint64>> draftCampaignNamed(const QString &name);

    // One transaction: the recovery note on the parent and every child still open, all of them resolved, the
    // outage closed. NotFound when the port has no open outage.
    Result<OutageTickets> closeTickets(
        const QString &olt, const QString &port, const QString &recoveryNote, qint64 staffId);
    Status linkRecoveryCampaign(qint64 outageId, qint64 campaignId);

private:
    db::PgConnection &m_c;
};

} // namespace ops::cpe
