#pragma once

#include "core/dispatch/RegionRulesApi.h"

namespace ops::db {
class PgConnection;
}

namespace ops::dispatch {

// region_rules and the region tags, on one connection (SQL lives here only).
class RegionRulesRepository
{
public:
    explicit RegionRulesRepository(db::PgConnection &c);

    Result<RegionRulesView> load();
    Result<RegionRule> addRule(const RegionRuleInput &input); // normalised here too
    Status removeRule(qint64 ruleId);
    Result<Region> addRegion(const QString &name);
    Result<int> reassign();

private:
    db::PgConnection &m_c;
};

} // namespace ops::dispatch
