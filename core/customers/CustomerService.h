#pragma once

#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
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
    QFuture<Result<CustomerFile>> loadFile(qint64 customerId);

private:
    DbExecutor &m_db;
};

} // namespace ops::customers
