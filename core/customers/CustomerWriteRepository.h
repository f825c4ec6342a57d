#pragma once

#include <QList>

#include "core/common/Result.h"
#include "core/customers/CustomerEditTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::customers {

// Creates and edits customers, service locations, equipment and subscriptions. Runs on a DB thread.
// Every save validates (CustomerValidation), then writes the row; its audit_log row (before/after of the changed
// columns, who, when) comes from the table's trigger in the same transaction. Updates are guarded by the version read
// with the row: a stale version writes nothing and returns a conflict carrying the current row.
// CHECK/unique/foreign-key violations come back as per-field errors. Values travel as parameters and are stored
// literally (HTML, quotes, SQL metacharacters, emoji).
class CustomerWriteRepository
{
public:
    explicit CustomerWriteRepository(db::PgConnection &c);

    Result<CustomerEdit> customer(qint64 id);
    Result<LocationEdit> location(qint64 id);
    Result<EquipmentEdit> equipment(qint64 id);
    Result<SubscriptionEdit> subscription(qint64 id);
    // Active plans and items a subscription can take, by SKU.
    Result<QList<PlanOption>> plans();

    // id == 0: create; otherwise update guarded by version. The result is the row as stored (new version).
    CustomerWrite saveCustomer(CustomerEdit c);
    LocationWrite saveLocation(LocationEdit l);
    EquipmentWrite saveEquipment(EquipmentEdit e);
    SubscriptionWrite saveSubscription(SubscriptionEdit s);
    // The stored RADIUS password in clear, through ops_reveal_radius_pwd (audited as a reveal). Empty when none.
    Result<QString> revealRadiusPassword(qint64 subscriptionId);

private:
    db::PgConnection &m_c;
};

} // namespace ops::customers
