#pragma once

#include <functional>

#include <QFuture>
#include <QHash>
#include <QWidget>

#include "core/common/Result.h"
#include "core/map/MapLayers.h"
#include "core/session/Capabilities.h"
#include "ui/map/MapLayerMarkers.h"

class MapCardPanel;
class MapView;
class OutagesWidget;
class QSplitter;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class MessageBanner;

namespace ops {
class Settings;
namespace map {
class MapLayersService;
}
namespace cpe {
class OutageService;
}
namespace dispatch {
class LivePositions;
struct Position;
} // namespace dispatch
namespace live {
class ChangeFeed;
struct Change;
} // namespace live
} // namespace ops

// The Map section (issue 15; NavigationBar::Section::Map, Ctrl+8): the managers' and dispatchers' view of every
// service location (clustered per zoom level), the technicians' live positions, today's jobs, open tickets, CPE that
// stopped informing and OLT ports in outage. Layers are switched in the legend (Alt+1..6 too) and remembered; a click
// opens a small card (customer file, job, ticket, today's trail); "Find on map" (Ctrl+F) centres a code, serial,
// technician or port, and the global search centres a customer while the map is shown (showCustomer). Everything is
// read on the DB executor (MapLayersService); the section reloads on change notifications (coalesced) and every
// minute (offline devices and outages depend on time passing). Works on the offline base or an OSM-style tile URL.
class MapSection : public QWidget
{
    Q_OBJECT
public:
    explicit MapSection(ops::Settings *settings, QWidget *parent = nullptr);
    ~MapSection() override;

    // null detaches (the session closed or the role may not see the map). outages: the outage list under the map
    // (Outages button, Ctrl+Shift+O); null: none.
    void attach(ops::map::MapLayersService *layers, ops::dispatch::LivePositions *positions,
        ops::live::ChangeFeed *feed, ops::cpe::OutageService *outages = nullptr);
    // What the role may do: opening and closing outages follows it (others read).
    void setCapabilities(const ops::Capabilities &caps);
    // Where today's trail of a technician comes from (positions kept during the shift only); unset: no trail action.
    using TrailLoader = std::function<QFuture<ops::Result<QList<ops::dispatch::Position>>>(qint64 technicianId)>;
    void setTrailLoader(TrailLoader loader);

    // Centres the map on a customer's located service locations and opens the first one's card. False when the
    // customer has none on the map (the status line says so).
    bool showCustomer(qint64 customerId);
    // Finds a code (LOC-, DJ-, TCK-, DT-), a device serial, a technician's name or an OLT port ("OLT:PORT") among
    // what is loaded, centres on it and opens its card. False when nothing matches.
    bool find(const QString &text);

    void setLayerVisible(ops::map::Layer layer, bool visible);
    bool isLayerVisible(ops::map::Layer layer) const { return m_visible[layer]; }

    MapView *view() const { return m_view; }
    MapCardPanel *card() const { return m_card; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *layerCheck(ops::map::Layer layer) const { return m_checks[int(layer)]; }
    QLabel *statusLabel() const { return m_status; }
    OutagesWidget *outageList() const { return m_outageList; } // null while detached or without a service
    void showOutageList(bool shown);
    // The scan's thresholds, shared by the offline devices layer, the outage layer and the outage list.
    const ops::map::MapLoadOptions &options() const { return m_options; }
    const ops::map::MapData &data() const { return m_data; }
    bool isLoading() const { return m_loading; }

public slots:
    void reload();

signals:
    void customerRequested(qint64 customerId);
    void jobRequested(qint64 jobId);
    void ticketRequested(qint64 ticketId);
    void loaded(); // a load finished (successfully or not)

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildLegend();
    void applyData(const ops::map::MapData &data);
    void rebuildMarkers();
    void rebuildLive();
    void updateCounts();
    void onChange(const ops::live::Change &change);
    void onMarker(qint64 markerId);
    void focusOn(double latitude, double longitude, qint64 markerId, int zoom = 17);
    void showTechnicianCard(qint64 technicianId);
    void showOutageCard(qsizetype index);
    void loadTrail(qint64 technicianId);
    void saveState();
    void selectOutagePort(const QString &key);

    ops::Settings *m_settings = nullptr;
    ops::map::MapLayersService *m_layers = nullptr;
    ops::dispatch::LivePositions *m_positions = nullptr;
    ops::live::ChangeFeed *m_feed = nullptr;
    TrailLoader m_trailLoader;
    QList<QMetaObject::Connection> m_connections;
    ops::map::MapData m_data;
    ops::map::MapLoadOptions m_options;
    ops::Capabilities m_caps = ops::Capabilities::unrestricted();
    maplayers::Visible m_visible;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_fitted = false;
    qint64 m_trailFor = 0;

    MapView *m_view = nullptr;
    MapCardPanel *m_card = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_refresh = nullptr;
    QToolButton *m_outagesToggle = nullptr;
    QSplitter *m_splitter = nullptr;
    OutagesWidget *m_outageList = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_checks[ops::map::kLayerCount] = {};
    QLabel *m_counts[ops::map::kLayerCount] = {};
    QLabel *m_stateCounts[ops::map::kLocationStateCount] = {};
    QTimer *m_reloadTimer = nullptr; // coalesces change notifications
    QTimer *m_liveTimer = nullptr; // coalesces live positions
    QTimer *m_periodic = nullptr; // once a minute while shown
};
