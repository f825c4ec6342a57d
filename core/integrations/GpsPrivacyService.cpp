#include "core/concurrency/DbExecutor.h"
#include "core/integrations/GpsPrivacyApi.h"
#include "core/integrations/GpsPrivacyRepository.h"

namespace ops::integrations {

GpsPrivacyService::GpsPrivacyService(DbExecutor &db, QObject *parent)
    : GpsPrivacyApi(parent)
    , m_db(db)
{}

QFuture<Result<GpsPrivacySettings>> GpsPrivacyService::load()
{
    return m_db.run([](db::PgConnection &c) { return GpsPrivacyRepository(c).load(); });
}

QFuture<Result<GpsPrivacySettings>> GpsPrivacyService::save(const GpsPrivacySettings &s)
{
    return m_db.run([s](db::PgConnection &c) { return GpsPrivacyRepository(c).save(s); });
}

} // namespace ops::integrations
