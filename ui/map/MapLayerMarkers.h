#pragma once

#include <array>

#include <QColor>
#include <QHash>
#include <QList>

#include "core/map/MapLayers.h"
#include "ui/map/MapView.h"

namespace ops::dispatch {
struct Position;
}

// The Map section's markers from its layers (pure functions: the section, its tests and the benchmark share them).
// A marker's id carries its layer in its top byte, so one MapView holds every layer without collisions.
namespace maplayers {

using ops::map::Layer;

qint64 markerId(Layer layer, qint64 itemId);
Layer layerOf(qint64 markerId);
qint64 itemOf(qint64 markerId);

// Which layers are drawn.
struct Visible
{
    std::array<bool, ops::map::kLayerCount> on{true, true, true, true, true, true};
    bool operator[](Layer layer) const { return on[size_t(layer)]; }
    void set(Layer layer, bool shown) { on[size_t(layer)] = shown; }
};

// The cluster group of a layer's markers (MapView clusters each group on its own).
quint8 clusterGroup(Layer layer);
QColor clusterColor(Layer layer);
QColor locationColor(ops::map::LocationState state);
QColor jobColor(ops::map::JobState state);
QColor ticketColor(bool important);
QColor deviceColor();
QColor outageColor();
QString layerName(Layer layer);
QString locationStateName(ops::map::LocationState state);
QString jobStateName(ops::map::JobState state);

// The clustered and fixed markers, bottom to top: locations, tickets, offline devices, jobs, then the ports in outage.
QList<MapView::Marker> staticMarkers(const ops::map::MapData &data, const Visible &visible);

// The technicians' live positions (a labelled dot in the technician's colour); a technician without a known
// position is not drawn.
QList<MapView::Marker> technicianMarkers(
    const QList<ops::map::MapTechnician> &technicians, const QHash<qint64, ops::dispatch::Position> &positions);

} // namespace maplayers
