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
    Result<CustomerFile> loadFile(qint64 customerId);
    Result<qint64> idForCode(const QString &code); // CUST-00042 -> id

private:
    db::PgConnection &m_c;
};

} // namespace ops::customers
