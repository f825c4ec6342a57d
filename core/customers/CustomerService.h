#pragma once

#include <QFuture>
#include <QObject>
#include <QSet>

#include "core/common/Result.h"
#include "core/customers/CustomerApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::customers {

// The customer domain on PostgreSQL: every call runs its repository on a DB executor thread.
class CustomerService : public CustomerApi
{
    Q_OBJECT
public:
    explicit CustomerService(DbExecutor &db, QObject *parent = nullptr);
    QFuture<Result<CustomerFile>> loadFile(qint64 customerId, const SectionLimits &limits = {}) override;
    // One timeline page (newest first) after `after`; language picks plan names ("fr"/"en").
    QFuture<Result<TimelinePage>> loadTimeline(qint64 customerId, const QSet<TimelineKind> &kinds,
        const TimelineCursor &after, int pageSize, const QString &language) override;

    // Edits (CustomerWriteRepository): the editable row with its version, and saves (id 0: create). A save is one
    // transaction with its audit row; a stale version comes back as a conflict with the current row.
    QFuture<Result<CustomerEdit>> loadCustomerEdit(qint64 id) override;
    QFuture<Result<LocationEdit>> loadLocationEdit(qint64 id) override;
    QFuture<Result<EquipmentEdit>> loadEquipmentEdit(qint64 id) override;
    QFuture<Result<SubscriptionEdit>> loadSubscriptionEdit(qint64 id) override;
    QFuture<Result<QList<PlanOption>>> loadPlans() override;
    QFuture<CustomerWrite> saveCustomer(const CustomerEdit &c) override;
    QFuture<LocationWrite> saveLocation(const LocationEdit &l) override;
    QFuture<EquipmentWrite> saveEquipment(const EquipmentEdit &e) override;
    QFuture<SubscriptionWrite> saveSubscription(const SubscriptionEdit &s) override;
    QFuture<Result<QString>> revealRadiusPassword(qint64 subscriptionId) override;

private:
    DbExecutor &m_db;
};

} // namespace ops::customers
