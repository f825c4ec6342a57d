#pragma once

#include "core/catalogue/CatalogueApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::catalogue {

// CatalogueApi on the DB executor (CatalogueRepository), for the session.
class CatalogueService : public CatalogueApi
{
    Q_OBJECT
public:
    explicit CatalogueService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<QList<CatalogueItem>>> listItems() override;
    QFuture<Result<CatalogueSaveResult>> saveItem(const CatalogueItem &item) override;

private:
    DbExecutor &m_db;
};

} // namespace ops::catalogue
