#pragma once

#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
#include "core/map/MapLayers.h"

namespace ops {
class DbExecutor;
}

namespace ops::map {

// GUI-thread facade over MapLayersRepository: every call returns at once and runs on a DB executor thread.
class MapLayersService : public QObject
{
    Q_OBJECT
public:
    explicit MapLayersService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<MapData>> load(const MapLoadOptions &options);
    QFuture<Result<MapCard>> card(Layer layer, qint64 id);

private:
    DbExecutor &m_db;
};

} // namespace ops::map
