#pragma once

#include <QList>

#include "core/catalogue/CatalogueTypes.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::catalogue {

// The catalogue in SQL (items, item_prices). Synchronous: DB executor threads only.
class CatalogueRepository
{
public:
    explicit CatalogueRepository(db::PgConnection &c)
        : m_c(c)
    {}

    // Every item, by kind then SKU, with its current price, its scheduled price if any and how many subscriptions
    // use it. Brings items.monthly_price_cents up to date first (ops_apply_item_prices).
    Result<QList<CatalogueItem>> list();
    Result<CatalogueItem> item(qint64 id);
    // Creates (id 0) or updates an item, one transaction. A new item's price applies at once; a changed price of an
    // existing item is scheduled for the first day of next month (ops_schedule_item_price). Validation errors are
    // translated (every problem, one per line); a stale version is a Conflict; a used SKU a Validation error.
    Result<CatalogueSaveResult> save(const CatalogueItem &item);

private:
    db::PgConnection &m_c;
};

} // namespace ops::catalogue
