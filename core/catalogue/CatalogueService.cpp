#include "core/catalogue/CatalogueService.h"

#include <QCoreApplication>
#include <QPointer>

#include "core/catalogue/CatalogueRepository.h"
#include "core/concurrency/DbExecutor.h"

namespace ops::catalogue {

CatalogueService::CatalogueService(DbExecutor &db, QObject *parent)
    : CatalogueApi(parent)
    , m_db(db)
{}

QFuture<Result<QList<CatalogueItem>>> CatalogueService::listItems()
{
    return m_db.run([](db::PgConnection &c) { return CatalogueRepository(c).list(); });
}

QFuture<Result<CatalogueSaveResult>> CatalogueService::saveItem(const CatalogueItem &item)
{
    QPointer<CatalogueService> self(this);
    return m_db.run([item, self](db::PgConnection &c) {
        auto r = CatalogueRepository(c).save(item);
        if (r.ok()) {
            // Told on the service's own thread; a service deleted meanwhile is skipped.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self] {
                    if (self)
                        emit self->itemsChanged();
                },
                Qt::QueuedConnection);
        }
        return r;
    });
}

} // namespace ops::catalogue
