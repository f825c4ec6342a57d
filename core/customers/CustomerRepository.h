#pragma once

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::customers {

class CustomerRepository
{
public:
    explicit CustomerRepository(db::PgConnection &c);
    // Header and every section in one round trip; each section bounded by limits (<= 0: all rows). With
    // limits.recordView the opening is recorded in audit_log (Law 25) by the same statement.
    Result<CustomerFile> loadFile(qint64 customerId, const SectionLimits &limits = {});
    Result<qint64> idForCode(const QString &code); // CUST-00042 -> id

private:
    db::PgConnection &m_c;
};

} // namespace ops::customers
