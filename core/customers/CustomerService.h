#pragma once

#include <QFuture>
#include <QObject>
#include <QSet>

#include "core/common/Result.h"
#include "core/customers/CustomerEditTypes.h"
#include "core/customers/CustomerTypes.h"

namespace ops {
class DbExecutor;
}

namespace ops::customers {

class CustomerService : public QObject
{
    Q_OBJECT
public:
    explicit CustomerService(DbExecutor &db, QObject *parent = nullptr);
    QFuture<Result<CustomerFile>> loadFile(qint64 customerId, const SectionLimits &limits = {});
    // One timeline page (newest first) after `after`; language picks plan names ("fr"/"en").
    QFuture<Result<TimelinePage>> loadTimeline(qint64 customerId, const QSet<TimelineKind> &kinds,
        const TimelineCursor &after, int pageSize, const QString &language);

    // Edits (CustomerWriteRepository): the editable row with its version, and saves (id 0: create). A save is one
    // transaction with its audit row; a stale version comes back as a conflict with the current row.
    QFuture<Result<CustomerEdit>> loadCustomerEdit(qint64 id);
    QFuture<Result<LocationEdit>> loadLocationEdit(qint64 id);
    QFuture<Result<EquipmentEdit>> loadEquipmentEdit(qint64 id);
    QFuture<Result<SubscriptionEdit>> loadSubscriptionEdit(qint64 id);
    QFuture<Result<QList<PlanOption>>> loadPlans();
    QFuture<CustomerWrite> saveCustomer(const CustomerEdit &c);
    QFuture<LocationWrite> saveLocation(const LocationEdit &l);
    QFuture<EquipmentWrite> saveEquipment(const EquipmentEdit &e);
    QFuture<SubscriptionWrite> saveSubscription(const SubscriptionEdit &s);

private:
    DbExecutor &m_db;
};

} // namespace ops::customers
