#include "ui/map/MapLayerMarkers.h"

#include <QCoreApplication>

#include "core/dispatch/DispatchTypes.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::map;

namespace maplayers {

namespace {

constexpr int kLayerShift = 56;
constexpr qint64 kItemMask = (qint64(1) << kLayerShift) - 1;

QString translated(const char *text)
{
    return QCoreApplication::translate("MapSection", text);
}

} // namespace

qint64 markerId(Layer layer, qint64 itemId)
{
    // Layer + 1 so that no marker id is 0 (0 means "none" to MapView).
    return (qint64(quint8(layer) + 1) << kLayerShift) | (itemId & kItemMask);
}

Layer layerOf(qint64 id)
{
    const int layer = int(id >> kLayerShift) - 1;
    return Layer(std::clamp(layer, 0, kLayerCount - 1));
}

qint64 itemOf(qint64 id)
{
    return id & kItemMask;
}

quint8 clusterGroup(Layer layer)
{
    return quint8(layer) + 1;
}

QColor clusterColor(Layer layer)
{
    switch (layer) {
    case Layer::Locations:
        return QColor(0x45, 0x5a, 0x64);
    case Layer::Jobs:
        return QColor(0x28, 0x35, 0x93);
    case Layer::Tickets:
        return QColor(0x00, 0x69, 0x7c);
    case Layer::OfflineDevices:
        return QColor(0xbf, 0x36, 0x0c);
    case Layer::Technicians:
    case Layer::Outages:
        break;
    }
    return QColor(0x45, 0x5a, 0x64);
}

QColor locationColor(LocationState state)
{
    switch (state) {
    case LocationState::Active:
        return QColor(0x2e, 0x7d, 0x32);
    case LocationState::Suspended:
        return QColor(0xef, 0x6c, 0x00);
    case LocationState::Planned:
        return QColor(0x15, 0x65, 0xc0);
    case LocationState::Inactive:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor jobColor(JobState state)
{
    switch (state) {
    case JobState::Scheduled:
        return QColor(0x39, 0x49, 0xab);
    case JobState::EnRoute:
        return QColor(0x8e, 0x24, 0xaa);
    case JobState::InProgress:
        return QColor(0xf9, 0xa8, 0x25);
    case JobState::Completed:
        return QColor(0x1b, 0x5e, 0x20);
    case JobState::Unscheduled:
        return QColor(0x75, 0x75, 0x75);
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor ticketColor(bool important)
{
    return important ? QColor(0xc6, 0x28, 0x28) : QColor(0x00, 0x83, 0x8f);
}

QColor deviceColor()
{
    return QColor(0xd8, 0x43, 0x15);
}

QColor outageColor()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

QString layerName(Layer layer)
{
    switch (layer) {
    case Layer::Locations:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Service locations"));
    case Layer::Technicians:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Technicians (live)"));
    case Layer::Jobs:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Today's jobs"));
    case Layer::Tickets:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Open tickets"));
    case Layer::OfflineDevices:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Devices offline"));
    case Layer::Outages:
        return translated(QT_TRANSLATE_NOOP("MapSection", "OLT ports in outage"));
    }
    return {};
}

QString locationStateName(LocationState state)
{
    switch (state) {
    case LocationState::Active:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Active"));
    case LocationState::Suspended:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Suspended"));
    case LocationState::Planned:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Planned or prospect"));
    case LocationState::Inactive:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Inactive or terminated"));
    }
    return {};
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Scheduled:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Scheduled"));
    case JobState::EnRoute:
        return translated(QT_TRANSLATE_NOOP("MapSection", "En route"));
    case JobState::InProgress:
        return translated(QT_TRANSLATE_NOOP("MapSection", "In progress"));
    case JobState::Completed:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Completed"));
    case JobState::Unscheduled:
        return translated(QT_TRANSLATE_NOOP("MapSection", "Not scheduled yet"));
    }
    return {};
}

QList<MapView::Marker> staticMarkers(const MapData &data, const Visible &visible)
{
    QList<MapView::Marker> out;
    qsizetype total = 0;
    if (visible[Layer::Locations])
        total += data.locations.size();
    total += data.jobs.size() + data.tickets.size() + data.offlineDevices.size() + data.outages.size();
    out.reserve(total);
    auto add = [&](Layer layer, qint64 id, double lat, double lon, const QColor &color, MapView::Marker::Shape shape,
                   bool clusterable = true, const QString &label = {}) {
        MapView::Marker m;
        m.id = markerId(layer, id);
        m.latitude = lat;
        m.longitude = lon;
        m.color = color;
        m.shape = shape;
        m.clusterable = clusterable;
        m.group = clusterGroup(layer);
        m.label = label;
        out.append(m);
    };
    if (visible[Layer::Locations]) {
        std::array<QColor, kLocationStateCount> colors;
        for (int s = 0; s < kLocationStateCount; ++s)
            colors[size_t(s)] = locationColor(LocationState(s));
        for (const MapLocation &l : data.locations)
            add(Layer::Locations, l.id, l.latitude, l.longitude, colors[size_t(l.state)],
                MapView::Marker::Shape::Small);
    }
    if (visible[Layer::Tickets])
        for (const MapTicket &t : data.tickets)
            add(Layer::Tickets, t.id, t.latitude, t.longitude, ticketColor(t.important),
                MapView::Marker::Shape::Square);
    if (visible[Layer::OfflineDevices])
        for (const MapDevice &d : data.offlineDevices)
            add(Layer::OfflineDevices, d.equipmentId, d.latitude, d.longitude, deviceColor(),
                MapView::Marker::Shape::Triangle);
    if (visible[Layer::Jobs])
        for (const MapJob &j : data.jobs)
            add(Layer::Jobs, j.id, j.latitude, j.longitude, jobColor(j.state), MapView::Marker::Shape::Diamond);
    if (visible[Layer::Outages])
        for (qsizetype i = 0; i < data.outages.size(); ++i) {
            const MapOutagePort &p = data.outages.at(i);
            // A port's marker id is its index in MapData::outages (ports have no numeric id of their own).
            add(Layer::Outages, i, p.latitude, p.longitude, outageColor(), MapView::Marker::Shape::Ring, false,
                p.key());
        }
    return out;
}

QList<MapView::Marker> technicianMarkers(
    const QList<MapTechnician> &technicians, const QHash<qint64, ops::dispatch::Position> &positions)
{
    QList<MapView::Marker> out;
    for (const MapTechnician &t : technicians) {
        const auto found = positions.constFind(t.id);
        if (found == positions.cend())
            continue;
        MapView::Marker m;
        m.id = markerId(Layer::Technicians, t.id);
        m.latitude = found->point.lat;
        m.longitude = found->point.lon;
        m.color = QColor(t.colour);
        m.shape = MapView::Marker::Shape::Dot;
        m.clusterable = false;
        m.label = t.name;
        out.append(m);
    }
    return out;
}

} // namespace maplayers
