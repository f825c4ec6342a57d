#pragma once

#include <QFuture>
#include <QList>
#include <QObject>

#include "core/catalogue/CatalogueTypes.h"
#include "core/common/Result.h"

namespace ops::catalogue {

// What the "Plans and products" tab uses: the catalogue, and saving an item. Every call returns at once; the work runs
// off the GUI thread. UI tests use a fake.
class CatalogueApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CatalogueApi() override = default;

    virtual QFuture<Result<QList<CatalogueItem>>> listItems() = 0;
    virtual QFuture<Result<CatalogueSaveResult>> saveItem(const CatalogueItem &item) = 0;

signals:
    // An item was created or changed through this API.
    void itemsChanged();
};

} // namespace ops::catalogue
