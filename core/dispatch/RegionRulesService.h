#pragma once

#include "core/dispatch/RegionRulesApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::dispatch {

// GUI-thread facade over RegionRulesRepository: every call returns at once and runs on a DB executor thread.
class RegionRulesService : public RegionRulesApi
{
    Q_OBJECT
public:
    explicit RegionRulesService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<RegionRulesView>> load() override;
    QFuture<Result<RegionRule>> addRule(const RegionRuleInput &input) override;
    QFuture<Result<Unit>> removeRule(qint64 ruleId) override;
    QFuture<Result<Region>> addRegion(const QString &name) override;
    QFuture<Result<int>> applyToAllLocations() override;

private:
    DbExecutor &m_db;
};

} // namespace ops::dispatch
