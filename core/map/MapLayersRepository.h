#pragma once

#include <QDateTime>

#include "core/common/Result.h"
#include "core/map/MapLayers.h"

namespace ops::db {
class PgConnection;
}

namespace ops::map {

// The Map section's reads (issue 15). Synchronous: DB executor threads only, with a leased connection. Every layer is
// one set-based statement; a layer the role may not read (SQLSTATE 42501) is left empty and named in
// MapData::refused, any other failure fails the load.
class MapLayersRepository
{
public:
    explicit MapLayersRepository(db::PgConnection &c);

    using Options = MapLoadOptions;

    // Every layer at `now` (UTC); "today" is the board's day (America/Toronto).
    Result<MapData> load(const Options &options, const QDateTime &now);

    // The card of one clicked item: a location, a job, a ticket or a device (by its service_equipment id).
    // NotFound when it is gone.
    Result<MapCard> card(Layer layer, qint64 id, const QDateTime &now);

private:
    Result<MapCard> locationCard(qint64 id);
    Result<MapCard> jobCard(qint64 id);
    Result<MapCard> ticketCard(qint64 id);
    Result<MapCard> deviceCard(qint64 id, const QDateTime &now);

    db::PgConnection &m_c;
};

} // namespace ops::map
