#include "core/dispatch/RegionRulesService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/dispatch/RegionRulesRepository.h"

namespace ops::dispatch {

RegionRulesService::RegionRulesService(DbExecutor &db, QObject *parent)
    : RegionRulesApi(parent)
    , m_db(db)
{}

QFuture<Result<RegionRulesView>> RegionRulesService::load()
{
    return m_db.run([](db::PgConnection &c) { return RegionRulesRepository(c).load(); });
}

QFuture<Result<RegionRule>> RegionRulesService::addRule(const RegionRuleInput &input)
{
    return m_db.run([input](db::PgConnection &c) { return RegionRulesRepository(c).addRule(input); });
}

QFuture<Result<Unit>> RegionRulesService::removeRule(qint64 ruleId)
{
    return m_db.run([ruleId](db::PgConnection &c) { return RegionRulesRepository(c).removeRule(ruleId); });
}

QFuture<Result<Region>> RegionRulesService::addRegion(const QString &name)
{
    return m_db.run([name](db::PgConnection &c) { return RegionRulesRepository(c).addRegion(name); });
}

QFuture<Result<int>> RegionRulesService::applyToAllLocations()
{
    return m_db.run([](db::PgConnection &c) { return RegionRulesRepository(c).reassign(); });
}

} // namespace ops::dispatch
