#pragma once

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::billing {

// For `bench billing` only: takes a committed run back out of the shared bench database so that the next
// measurement starts from the same data (the invoices of its code range with their lines and taxes, the balances
// they moved, the charges they billed, the counter when nothing took a code since, and the run's row).
class BillingBenchRepository
{
public:
    explicit BillingBenchRepository(db::PgConnection &c);

    Status undoRun(qint64 runId);
    Status deleteRun(qint64 runId); // a preview's row

private:
    db::PgConnection &m_c;
};

} // namespace ops::billing
