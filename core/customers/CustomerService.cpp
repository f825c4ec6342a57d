#include "core/customers/CustomerService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerWriteRepository.h"
#include "core/customers/TimelineRepository.h"

namespace ops::customers {

QSet<TimelineKind> CustomerApi::allTimelineKinds()
{
    return TimelineRepository::allKinds();
}

CustomerService::CustomerService(DbExecutor &db, QObject *parent)
    : CustomerApi(parent)
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

QFuture<Result<CustomerEdit>> CustomerService::loadCustomerEdit(qint64 id)
{
    return m_db.run([id](db::PgConnection &c) { return CustomerWriteRepository(c).customer(id); });
}

QFuture<Result<LocationEdit>> CustomerService::loadLocationEdit(qint64 id)
{
    return m_db.run([id](db::PgConnection &c) { return CustomerWriteRepository(c).location(id); });
}

QFuture<Result<EquipmentEdit>> CustomerService::loadEquipmentEdit(qint64 id)
{
    return m_db.run([id](db::PgConnection &c) { return CustomerWriteRepository(c).equipment(id); });
}

QFuture<Result<SubscriptionEdit>> CustomerService::loadSubscriptionEdit(qint64 id)
{
    return m_db.run([id](db::PgConnection &c) { return CustomerWriteRepository(c).subscription(id); });
}

QFuture<Result<QList<PlanOption>>> CustomerService::loadPlans()
{
    return m_db.run([](db::PgConnection &c) { return CustomerWriteRepository(c).plans(); });
}

QFuture<CustomerWrite> CustomerService::saveCustomer(const CustomerEdit &row)
{
    return m_db.run([row](db::PgConnection &c) { return CustomerWriteRepository(c).saveCustomer(row); });
}

QFuture<LocationWrite> CustomerService::saveLocation(const LocationEdit &row)
{
    return m_db.run([row](db::PgConnection &c) { return CustomerWriteRepository(c).saveLocation(row); });
}

QFuture<EquipmentWrite> CustomerService::saveEquipment(const EquipmentEdit &row)
{
    return m_db.run([row](db::PgConnection &c) { return CustomerWriteRepository(c).saveEquipment(row); });
}

QFuture<SubscriptionWrite> CustomerService::saveSubscription(const SubscriptionEdit &row)
{
    return m_db.run([row](db::PgConnection &c) { return CustomerWriteRepository(c).saveSubscription(row); });
}

QFuture<Result<QString>> CustomerService::revealRadiusPassword(qint64 subscriptionId)
{
    return m_db.run([subscriptionId](db::PgConnection &c) {
        return CustomerWriteRepository(c).revealRadiusPassword(subscriptionId);
    });
}

} // namespace ops::customers
