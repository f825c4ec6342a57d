#pragma once

#include "core/billing/BillingApi.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::billing {

// The invoice list: keyset pages in (issue_date DESC, id DESC) order, the order of invoices_list_idx, so the deepest
// page costs what the first does. Synchronous: DB executor threads only.
class InvoiceListRepository
{
public:
    static constexpr int kMaxLimit = 1000;

    explicit InvoiceListRepository(db::PgConnection &c);

    Result<InvoicePage> page(const InvoiceListFilter &filter, const InvoiceCursor &after, int limit);

private:
    db::PgConnection &m_c;
};

} // namespace ops::billing
