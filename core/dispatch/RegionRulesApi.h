#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include "core/common/Result.h"

namespace ops::dispatch {

// One rule of region_rules: a postal-code prefix ("J8X", "J8X 1") or a city name decides a location's region. The
// longest matching prefix wins, then the city (ops_region_for, migration 0016).
struct RegionRule
{
    qint64 id = 0;
    qint64 regionTagId = 0;
    QString regionName;
    QString city; // exactly one of city and postalPrefix is set
    QString postalPrefix;
};

struct Region
{
    qint64 tagId = 0;
    QString name;
    int locations = 0; // service locations in it now
};

struct RegionRulesView
{
    QList<RegionRule> rules; // postal prefixes first (by prefix), then cities (by name)
    QList<Region> regions; // every region tag, by name
    int locationsWithoutRegion = 0;
    int locationsTotal = 0;
};

// What an admin types to add a rule. Exactly one of city and postalPrefix.
struct RegionRuleInput
{
    qint64 regionTagId = 0;
    QString city;
    QString postalPrefix;
};

// Normalises and checks input for a rule: postal prefixes upper-cased with the space of "J8X 1A2" (one to six
// characters of a Canadian postal code: letter, digit, letter, space, digit, letter, digit); cities trimmed with inner
// spaces collapsed. An error names what is wrong (translated).
Result<RegionRuleInput> normalisedRule(RegionRuleInput input);
// The same for a new region's name (1..60 characters, trimmed).
Result<QString> normalisedRegionName(const QString &name);

// The region rules as the Administration screen sees them. Admin only (the database refuses the others). Every call
// returns at once and runs on the DB executor.
class RegionRulesApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RegionRulesApi() override = default;

    virtual QFuture<Result<RegionRulesView>> load() = 0;
    virtual QFuture<Result<RegionRule>> addRule(const RegionRuleInput &input) = 0;
    virtual QFuture<Result<Unit>> removeRule(qint64 ruleId) = 0;
    // A new region tag (dispatch_tags, category region).
    virtual QFuture<Result<Region>> addRegion(const QString &name) = 0;
    // Every location (and open job) takes its region again from the rules: the number of locations that changed.
    virtual QFuture<Result<int>> applyToAllLocations() = 0;
};

} // namespace ops::dispatch
