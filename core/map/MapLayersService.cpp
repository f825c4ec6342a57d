#include "core/map/MapLayersService.h"

#include <QDateTime>

#include "core/concurrency/DbExecutor.h"
#include "core/map/MapLayersRepository.h"

namespace ops::map {

MapLayersService::MapLayersService(DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QFuture<Result<MapData>> MapLayersService::load(const MapLoadOptions &options)
{
    return m_db.run([options](db::PgConnection &c) {
        return MapLayersRepository(c).load(options, QDateTime::currentDateTimeUtc());
    });
}

QFuture<Result<MapCard>> MapLayersService::card(Layer layer, qint64 id)
{
    return m_db.run([layer, id](db::PgConnection &c) {
        return MapLayersRepository(c).card(layer, id, QDateTime::currentDateTimeUtc());
    });
}

} // namespace ops::map
