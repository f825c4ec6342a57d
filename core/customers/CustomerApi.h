#pragma once

#include <QFuture>
#include <QObject>
#include <QSet>

#include "core/common/Result.h"
#include "core/customers/CustomerEditTypes.h"
#include "core/customers/CustomerTypes.h"

namespace ops::customers {

// What the customer screens need from the customer domain. The Session hands the widgets its CustomerService
// (PostgreSQL, on the DB executor); UI tests hand them an in-memory fake. Every call returns at once.
class CustomerApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CustomerApi() override = default;

    virtual QFuture<Result<CustomerFile>> loadFile(qint64 customerId, const SectionLimits &limits = {}) = 0;
    // One timeline page (newest first) after `after`; language picks plan names ("fr"/"en").
    virtual QFuture<Result<TimelinePage>> loadTimeline(qint64 customerId, const QSet<TimelineKind> &kinds,
        const TimelineCursor &after, int pageSize, const QString &language) = 0;

    // Edits: the editable row with its version, and saves (id 0: create). A save is one transaction with its audit
    // row; a stale version comes back as a conflict with the current row.
    virtual QFuture<Result<CustomerEdit>> loadCustomerEdit(qint64 id) = 0;
    virtual QFuture<Result<LocationEdit>> loadLocationEdit(qint64 id) = 0;
    virtual QFuture<Result<EquipmentEdit>> loadEquipmentEdit(qint64 id) = 0;
    virtual QFuture<Result<SubscriptionEdit>> loadSubscriptionEdit(qint64 id) = 0;
    virtual QFuture<Result<QList<PlanOption>>> loadPlans() = 0;
    virtual QFuture<CustomerWrite> saveCustomer(const CustomerEdit &c) = 0;
    virtual QFuture<LocationWrite> saveLocation(const LocationEdit &l) = 0;
    virtual QFuture<EquipmentWrite> saveEquipment(const EquipmentEdit &e) = 0;
    virtual QFuture<SubscriptionWrite> saveSubscription(const SubscriptionEdit &s) = 0;
    // The RADIUS password of a subscription, in clear (billing and admin; recorded in the audit log as a reveal).
    // Empty when none is stored.
    virtual QFuture<Result<QString>> revealRadiusPassword(qint64 subscriptionId) = 0;

    // Every kind the timeline knows (the filter's "all").
    static QSet<TimelineKind> allTimelineKinds();
};

} // namespace ops::customers
