#include "core/customers/CustomerService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/TimelineRepository.h"

namespace ops::customers {

CustomerService::CustomerService(DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QFuture<Result<CustomerFile>> CustomerService::loadFile(qint64 customerId, const SectionLimits &limits)
{
    return m_db.run(
        [customerId, limits](db::PgConnection &c) { return CustomerRepository(c).loadFile(customerId, limits); });
}

QFuture<Result<TimelinePage>> CustomerService::loadTimeline(qint64 customerId, const QSet<TimelineKind> &kinds,
    const TimelineCursor &after, int pageSize, const QString &language)
{
    return m_db.run([customerId, kinds, after, pageSize, language](db::PgConnection &c) {
        return TimelineRepository(c).page(customerId, kinds, after, pageSize, language);
    });
}

} // namespace ops::customers
