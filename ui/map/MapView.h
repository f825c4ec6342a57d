#pragma once

#include <memory>

#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QSet>
#include <QWidget>

#include "core/map/WebMercator.h"

namespace ops::map {
class TileSource;
}

// A slippy map of our own (Qt 6.4 has no Qt Location): raster tiles from an optional TileSource, markers with labels,
// zoom (wheel, +/-), pan (drag, arrows) and fit-to-markers. Without a tile source — or while tiles are missing — it
// draws an offline base: a neutral background, a latitude/longitude graticule, a scale bar and the coordinates of the
// selected marker. Tiles are fetched by the source on its own threads and decoded here once they arrive.
class MapView : public QWidget
{
    Q_OBJECT
public:
    struct Marker
    {
        qint64 id = 0;
        double latitude = 0;
        double longitude = 0;
        QString label;
        QColor color; // invalid: the theme accent
        enum class Shape : quint8
        {
            Pin, // a location or a job
            Dot, // a moving thing (a technician's position): a filled circle with its label
            Small, // a small disc: one of thousands (the Map section's locations)
            Square, // a ticket
            Diamond, // a job
            Triangle, // a warning: a device that stopped informing
            Ring, // an area in trouble: an OLT port in outage (large, hollow centre)
        };
        Shape shape = Shape::Pin;
        bool clusterable = true; // false: always drawn on its own (the selected route's stops, technicians)
        quint8 group = 0; // markers cluster only with their own group (one group per layer); see setGroupColor
    };
    // What is under a widget pixel: a marker (its id), else a cluster (its member count and middle), else nothing.
    struct Hit
    {
        qint64 marker = 0;
        int clusterCount = 0;
        ops::map::mercator::GeoPoint clusterCenter;
        quint8 clusterGroup = 0;
    };

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    // nullptr: offline base only.
    void setTileSource(std::shared_ptr<ops::map::TileSource> source);
    bool hasTileSource() const { return bool(m_source); }

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    // Markers that move often (technicians' live positions): never clustered, drawn over the others, replaced without
    // recomputing the clusters of the (many) other markers.
    void setLiveMarkers(const QList<Marker> &markers);
    const QList<Marker> &liveMarkers() const { return m_live; }
    // The colour of a group's cluster discs (default: the theme's cluster colour). compact: smaller discs with a
    // smaller count, drawn as badges over the main group's clusters (the Map section's tickets, jobs, devices).
    void setGroupColor(quint8 group, const QColor &color, bool compact = false);
    // Labels are drawn from this zoom level on (the selected marker's always): 50 technicians' names at zoom 9 hide
    // the map. Default 0: always.
    void setLabelMinZoom(int zoom);
    // Town names drawn over the offline base (no tile server, or tiles missing), for orientation.
    void setPlaceNamesShown(bool shown);
    // The marker drawn on top and highlighted, whose coordinates the map shows; 0: none.
    void setSelectedMarker(qint64 id);
    qint64 selectedMarker() const { return m_selected; }

    void setCenter(double latitude, double longitude);
    ops::map::mercator::GeoPoint center() const { return m_center; }
    void setZoom(int zoom);
    int zoom() const { return m_zoom; }
    void zoomBy(int steps, const QPointF &anchor = QPointF(-1, -1));
    void panBy(const QPointF &pixels);
    // Centres on the markers at the largest zoom showing them all (capped at maxZoom for a single marker).
    void fitToMarkers(int maxZoom = 16);

    // Markers closer than radius pixels at the current zoom are drawn as one cluster (a disc with their count;
    // double-click zooms into it). 0: no clustering (the default). Clusters are computed once per zoom level and
    // marker set, so panning only draws them.
    void setClusterRadius(int pixels);
    int clusterRadius() const { return m_clusterRadius; }
    // A line through points (a technician's day route), drawn under the markers; empty: none.
    void setRoute(const QList<ops::map::mercator::GeoPoint> &points, const QColor &color = {});
    const QList<ops::map::mercator::GeoPoint> &route() const { return m_route; }
    int clustersDrawn() const { return m_clustersDrawn; } // clusters (of 2 or more) painted in the last frame
    int markersDrawn() const { return m_markersDrawn; } // single markers painted in the last frame

    // A message drawn over the base instead of markers (e.g. "This location has no GPS position").
    void setPlaceholder(const QString &text);
    QString placeholder() const { return m_placeholder; }

    // Widget pixel of a point, for the current centre, zoom and size.
    QPointF widgetPosition(double latitude, double longitude) const;
    // The marker or cluster a click at this pixel would hit (the map's hit test: a few microseconds for 17,000
    // markers, on the precomputed world positions).
    Hit hitTest(const QPointF &widgetPixel) const;
    // Every cluster at the current zoom as (group, members): each clusterable marker is in exactly one of them.
    QList<QPair<quint8, QList<qint64>>> clusterMembers() const;
    ops::map::mercator::GeoPoint geoPosition(const QPointF &widgetPixel) const;

    int tilesDrawn() const { return m_tilesDrawn; } // tiles painted in the last frame
    int pendingTiles() const { return int(m_pending.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void markerActivated(qint64 id);
    void clusterActivated(int count); // a click on a cluster (the map has zoomed in around it)
    void viewChanged();
    void tileArrived();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointF centerWorld() const;
    void paintTiles(QPainter &p);
    void paintGraticule(QPainter &p);
    void paintMarkers(QPainter &p);
    void paintScaleBar(QPainter &p);
    void paintInfo(QPainter &p);
    void paintPlaces(QPainter &p);
    void drawMarker(QPainter &p, const Marker &m, const QPointF &at, bool selected);
    void requestTile(const ops::map::mercator::TileId &tile);
    qint64 markerAt(const QPointF &pos) const;
    struct Cluster
    {
        QPointF world; // at zoom 0 (mean of its members)
        int count = 0;
        qsizetype first = -1; // index of a member in m_markers
        quint8 group = 0;
        qsizetype begin = 0; // its members in m_clusterOrder[zoom], from begin for count
    };
    const QList<Cluster> &clusters() const;
    const QList<Cluster> &clustersAt(int zoom) const;
    void warmNeighbourZooms();
    const Cluster *clusterAt(const QPointF &pos) const;
    void paintRoute(QPainter &p);
    const QPixmap &markerSprite(const QColor &color, bool selected, Marker::Shape shape, QPointF *anchor) const;
    void drawCluster(QPainter &p, const QPointF &at, int count, quint8 group) const;

    std::shared_ptr<ops::map::TileSource> m_source;
    quint64 m_sourceGeneration = 0;
    QList<Marker> m_markers;
    QList<QPointF> m_world0; // each marker's world pixel at zoom 0
    QList<Marker> m_live;
    QHash<quint8, QColor> m_groupColors;
    QSet<quint8> m_compactGroups;
    int m_labelMinZoom = 0;
    bool m_places = false;
    bool m_warmPending = false;
    int m_clusterRadius = 0;
    mutable QHash<int, QList<Cluster>> m_clusterCache; // per zoom
    mutable QHash<int, QList<qsizetype>> m_clusterOrder; // per zoom: marker indices, cluster by cluster
    QList<ops::map::mercator::GeoPoint> m_route;
    QColor m_routeColor;
    mutable QHash<quint64, QPixmap> m_sprites;
    int m_clustersDrawn = 0;
    int m_markersDrawn = 0;
    qint64 m_selected = 0;
    ops::map::mercator::GeoPoint m_center{46.8, -71.2}; // Québec
    int m_zoom = 6;
    QString m_placeholder;
    QCache<ops::map::mercator::TileId, QImage> m_tiles;
    QSet<ops::map::mercator::TileId> m_pending;
    QSet<ops::map::mercator::TileId> m_failed;
    int m_tilesDrawn = 0;
    QPointF m_dragFrom;
    bool m_dragging = false;
    bool m_dragMoved = false;
};
