#include "core/customers/CustomerService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerRepository.h"

namespace ops::customers {

CustomerService::CustomerService(DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QFuture<Result<CustomerFile>> CustomerService::loadFile(qint64 customerId)
{
    return m_db.run([customerId](db::PgConnection &c) { return CustomerRepository(c).loadFile(customerId); });
}

} // namespace ops::customers
