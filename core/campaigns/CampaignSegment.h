#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"

// A campaign's audience as a whitelisted filter model (docs/campaigns.md "Segments"): a JSON object with known keys
// only, each value checked; SegmentRepository turns it into fixed SQL with every value bound as a parameter.
namespace ops::campaigns {

struct OltPort
{
    QString olt; // service_locations.olt_name, e.g. "OLT-SJR-01"
    QString port; // service_locations.olt_port, e.g. "1/1/3"
    bool operator==(const OltPort &) const = default;
};

struct SegmentFilter
{
    QStringList statuses; // customers.status: prospect, active, suspended, terminated
    QStringList regions; // region names (dispatch tags of category region) of a service location
    QStringList cities; // a service location's city (case-insensitive)
    QStringList plans; // item SKUs of a subscription that is not cancelled nor ended
    QStringList olts; // a service location's OLT
    QList<OltPort> oltPorts; // a service location's OLT and port
    std::optional<qint64> balanceOverCents; // balance strictly above, in cents
    QString language; // fr, en; empty: both
    std::optional<bool> hasEmail, hasMobile;
    std::optional<bool> consent; // has (true) or lacks (false) a valid commercial consent for the channel (CASL)
    QStringList customers; // customer codes (CUST-…): an outage's affected customers, a hand-picked list

    // Unknown keys, wrong types, unknown statuses or languages, empty, too long (120) or control-character values,
    // lists over 200 items, a balance that is not a whole number of cents: Validation error naming the key.
    static Result<SegmentFilter> fromJson(const QJsonObject &object);
    static Result<SegmentFilter> fromJsonText(const QByteArray &text);
    QJsonObject toJson() const; // only the keys set; fromJson(toJson()) gives the same filter
    bool operator==(const SegmentFilter &) const = default;
};

// The keys of the filter model, as documented.
const QStringList &segmentKeys();

} // namespace ops::campaigns
