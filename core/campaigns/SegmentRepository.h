#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/campaigns/CampaignSegment.h"
#include "core/campaigns/CampaignTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::campaigns {

// What a segment gives for a channel (the live count while a filter is edited).
struct SegmentCount
{
    int customers = 0; // customers matching the filter
    int withAddress = 0; // ... that have an address for the channel (e-mail, or a valid Quebec mobile)
    int addresses = 0; // distinct addresses: the campaign's recipients (several customers may share one)
    int skipped = 0; // recipients CASL would skip for the classification (ops_casl_block)
    QMap<QString, int> skipReasons; // reason → recipients
    int sendable() const { return addresses - skipped; }
};

// One recipient of a segment: the customer with the lowest id when several share the address.
struct AudienceRow
{
    qint64 customerId = 0;
    QString address; // lower-cased e-mail, or E.164 mobile
    QString language;
    QString firstName;
};

// Values the filter's lists can take in this database (editors' suggestions, the bench's filters).
struct SegmentChoices
{
    QStringList regions, cities, plans, olts;
};

// The segment's SQL: fixed text for each key of the filter model, every value bound as a parameter (never spliced).
// E-mail: customers.email, trimmed and lower-cased. SMS: the mobile is phone_alt when it is a valid Quebec number,
// else phone (the rule of the "on my way" SMS), as E.164: the rules of integrations::normalizeQuebecPhone written in
// SQL (the db test compares both on hostile inputs).
class SegmentRepository
{
public:
    explicit SegmentRepository(db::PgConnection &c);

    Result<SegmentCount> count(const SegmentFilter &filter, Channel channel, Classification classification);
    Result<QList<AudienceRow>> resolve(const SegmentFilter &filter, Channel channel);
    // The customers whose address (as the segment reads it) is one of these: one per address, the lowest id.
    Result<QList<AudienceRow>> customersAt(Channel channel, const QStringList &addresses);
    // Regions and plans that exist nowhere are a Validation error naming them (cities and OLTs may match nothing).
    Status checkNames(const SegmentFilter &filter);
    Result<SegmentChoices> choices();
    // The E.164 form the segment SQL gives a phone text (empty: not a valid Quebec number). For tests.
    Result<QString> sqlMobile(const QString &phone);

private:
    Result<QList<AudienceRow>> rows(const SegmentFilter &filter, Channel channel, const QStringList *addresses);
    db::PgConnection &m_c;
};

} // namespace ops::campaigns
