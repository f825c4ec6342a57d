#include "ui/map/MapSection.h"

#include <memory>

#include <QCheckBox>
#include <QCompleter>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/cpe/CpeTypes.h"
#include "core/dispatch/DispatchTypes.h"
#include "core/dispatch/LivePositions.h"
#include "core/live/ChangeFeed.h"
#include "core/map/MapLayersService.h"
#include "core/map/TileSource.h"
#include "core/settings/Settings.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBanner.h"
#include "ui/map/MapCardPanel.h"
#include "ui/map/MapView.h"
#include "ui/network/OutagesWidget.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::map;
using maplayers::layerOf;
using maplayers::markerId;

namespace {

constexpr int kReloadDelayMs = 2000;
constexpr int kLiveDelayMs = 250;
constexpr int kPeriodicMs = 60 * 1000;
constexpr int kClusterRadius = 56;

// Which tables move which layers.
bool touchesMap(const QString &table)
{
    static const QStringList kTables{u"service_locations"_s, u"customers"_s, u"dispatch_jobs"_s, u"job_technicians"_s,
        u"tickets"_s, u"cpe_status"_s, u"outages"_s, u"dispatch_technicians"_s, u"service_equipment"_s};
    return kTables.contains(table);
}

} // namespace

MapSection::MapSection(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"MapSection"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->setSpacing(6);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Map"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() + 3);
    big.setBold(true);
    title->setFont(big);
    bar->addWidget(title);
    bar->addSpacing(12);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"mapSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Find on map: code, serial, technician or OLT:PORT (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find on map"));
    m_search->setToolTip(tr("Ctrl+K finds a customer by name, address or phone and centres the map on them"));
    auto *completer = new QCompleter(new QStringListModel(this), m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty() && !find(m_search->text()))
            m_banner->showWarning(tr("Nothing on the map matches « %1 ».").arg(m_search->text().trimmed()));
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
        [this](const QString &text) { find(text); });
    bar->addWidget(m_search, 1);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"mapRefresh"_s);
    m_refresh->setIcon(Icons::icon(Icons::Glyph::Refresh));
    m_refresh->setToolTip(tr("Read the map again (F5)"));
    m_refresh->setAccessibleName(tr("Refresh the map"));
    connect(m_refresh, &QToolButton::clicked, this, &MapSection::reload);
    bar->addWidget(m_refresh);
    m_outagesToggle = new QToolButton(this);
    m_outagesToggle->setObjectName(u"mapOutagesToggle"_s);
    m_outagesToggle->setText(tr("Outages"));
    m_outagesToggle->setCheckable(true);
    m_outagesToggle->setToolTip(tr("The outage list under the map: OLT ports, affected customers (Ctrl+Shift+O)"));
    m_outagesToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_outagesToggle->setEnabled(false);
    connect(m_outagesToggle, &QToolButton::toggled, this, &MapSection::showOutageList);
    bar->addWidget(m_outagesToggle);
    auto *fit = new QToolButton(this);
    fit->setIcon(Icons::icon(Icons::Glyph::Home));
    fit->setToolTip(tr("Show everything (Home)"));
    fit->setAccessibleName(tr("Show everything"));
    bar->addWidget(fit);
    outer->addLayout(bar);

    m_banner = new MessageBanner(this);
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_view = new MapView(m_splitter);
    m_splitter->addWidget(m_view);
    m_view->setClusterRadius(kClusterRadius);
    m_view->setPlaceNamesShown(true);
    m_view->setLabelMinZoom(12);
    for (Layer layer : {Layer::Locations, Layer::Jobs, Layer::Tickets, Layer::OfflineDevices})
        m_view->setGroupColor(
            maplayers::clusterGroup(layer), maplayers::clusterColor(layer), layer != Layer::Locations);
    connect(fit, &QToolButton::clicked, m_view, [this] { m_view->fitToMarkers(); });
    body->addWidget(m_splitter, 1);
    m_card = new MapCardPanel(m_view);
    connect(m_card, &MapCardPanel::customerRequested, this, &MapSection::customerRequested);
    connect(m_card, &MapCardPanel::jobRequested, this, &MapSection::jobRequested);
    connect(m_card, &MapCardPanel::ticketRequested, this, &MapSection::ticketRequested);
    connect(m_card, &MapCardPanel::trailRequested, this, &MapSection::loadTrail);
    connect(m_card, &MapCardPanel::outageRequested, this, &MapSection::selectOutagePort);
    connect(m_card, &MapCardPanel::closed, this, [this] {
        m_view->setSelectedMarker(0);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_view, &MapView::markerActivated, this, &MapSection::onMarker);
    connect(m_view, &MapView::viewChanged, this, [this] {
        if (m_settings) {
            m_settings->setUiState(u"Map/center"_s,
                QStringList{QString::number(m_view->center().latitude, 'f', 6),
                    QString::number(m_view->center().longitude, 'f', 6)});
            m_settings->setUiState(u"Map/zoom"_s, m_view->zoom());
        }
    });
    auto *legendScroll = new QScrollArea(this);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);
    legendScroll->setWidget(buildLegend());
    legendScroll->setFixedWidth(250);
    body->addWidget(legendScroll);
    outer->addLayout(body, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"mapStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    outer->addWidget(m_status);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &MapSection::reload);
    m_liveTimer = new QTimer(this);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(kLiveDelayMs);
    connect(m_liveTimer, &QTimer::timeout, this, &MapSection::rebuildLive);
    m_periodic = new QTimer(this);
    m_periodic->setInterval(kPeriodicMs);
    connect(m_periodic, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, &MapSection::reload);
    for (int i = 0; i < kLayerCount; ++i) {
        auto *toggle = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(toggle, &QShortcut::activated, this, [this, i] { m_checks[i]->toggle(); });
    }

    if (m_settings) {
        // The layers shown, the centre and the zoom are remembered.
        const int mask = m_settings->uiState(u"Map/layers"_s, (1 << kLayerCount) - 1).toInt();
        for (int i = 0; i < kLayerCount; ++i) {
            m_visible.on[size_t(i)] = (mask >> i) & 1;
            m_checks[i]->setChecked(m_visible.on[size_t(i)]);
        }
        m_options.offlineMinutes =
            std::clamp(m_settings->uiState(u"Map/silentMinutes"_s, m_options.offlineMinutes).toInt(), 1, 1440);
        m_options.outageThresholdPercent = std::clamp(
            m_settings->uiState(u"Map/thresholdPercent"_s, m_options.outageThresholdPercent).toInt(), 1, 100);
        m_options.outageMinLocations =
            std::clamp(m_settings->uiState(u"Map/minLocations"_s, m_options.outageMinLocations).toInt(), 1, 1000);
        const QStringList center = m_settings->uiState(u"Map/center"_s).toStringList();
        if (center.size() == 2) {
            m_view->setCenter(center.at(0).toDouble(), center.at(1).toDouble());
            m_view->setZoom(m_settings->uiState(u"Map/zoom"_s, 9).toInt());
            m_fitted = true;
        }
        const qint64 cacheMb = m_settings->integrationValue(u"map"_s, u"tile_cache_mb"_s).toLongLong();
        m_view->setTileSource(
            ops::map::TileSource::shared(m_settings->integrationValue(u"map"_s, u"tile_url"_s).toString().trimmed(),
                ops::map::TileSource::defaultCacheDir(),
                cacheMb > 0 ? cacheMb * 1024 * 1024 : ops::map::TileSource::kDefaultDiskMaxBytes));
    }
    setFocusProxy(m_view);
}

MapSection::~MapSection() = default;

void MapSection::attach(ops::map::MapLayersService *layers, ops::dispatch::LivePositions *positions,
    ops::live::ChangeFeed *feed, ops::cpe::OutageService *outages)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    ++m_generation; // answers to an older session's requests are dropped
    m_loading = false;
    m_layers = layers;
    m_positions = positions;
    m_feed = feed;
    m_data = {};
    m_card->hide();
    m_view->setRoute({});
    delete m_outageList; // it holds the old session's service
    m_outageList = nullptr;
    if (outages && layers) {
        m_outageList = new OutagesWidget(outages, m_splitter);
        m_outageList->setObjectName(u"mapOutageList"_s);
        m_outageList->setCapabilities(m_caps);
        ops::cpe::OutageOptions o;
        o.silentMinutes = m_options.offlineMinutes;
        o.thresholdPercent = m_options.outageThresholdPercent;
        o.minLocations = m_options.outageMinLocations;
        m_outageList->setOptions(o);
        m_splitter->addWidget(m_outageList);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 2);
        connect(m_outageList, &OutagesWidget::customerActivated, this, &MapSection::customerRequested);
        connect(m_outageList, &OutagesWidget::portSelected, this, [this](const QString &olt, const QString &port) {
            const QString key = olt + u':' + port;
            for (qsizetype i = 0; i < m_data.outages.size(); ++i)
                if (m_data.outages.at(i).key() == key) {
                    m_view->setZoom(std::max(m_view->zoom(), 13));
                    m_view->setCenter(m_data.outages.at(i).latitude, m_data.outages.at(i).longitude);
                    m_view->setSelectedMarker(markerId(Layer::Outages, i));
                }
        });
        connect(m_outageList, &OutagesWidget::optionsChanged, this, [this](const ops::cpe::OutageOptions &edited) {
            // One set of thresholds for the list, the offline devices and the ports in outage on the map.
            m_options.offlineMinutes = edited.silentMinutes;
            m_options.outageThresholdPercent = edited.thresholdPercent;
            m_options.outageMinLocations = edited.minLocations;
            if (m_settings) {
                m_settings->setUiState(u"Map/silentMinutes"_s, edited.silentMinutes);
                m_settings->setUiState(u"Map/thresholdPercent"_s, edited.thresholdPercent);
                m_settings->setUiState(u"Map/minLocations"_s, edited.minLocations);
            }
            if (!m_reloadTimer->isActive())
                m_reloadTimer->start();
        });
        const bool shown = m_settings && m_settings->uiState(u"Map/outagesShown"_s, false).toBool();
        m_outageList->setVisible(shown);
        m_outagesToggle->setChecked(shown);
    }
    m_outagesToggle->setEnabled(m_outageList != nullptr);
    m_card->setOutageListAvailable(m_outageList != nullptr);
    if (m_feed)
        m_connections << connect(m_feed, &ops::live::ChangeFeed::changed, this, &MapSection::onChange);
    if (m_positions) {
        m_connections << connect(m_positions, &ops::dispatch::LivePositions::positionChanged, this, [this] {
            if (!m_liveTimer->isActive())
                m_liveTimer->start();
        });
        // A shift ended: the technician's dot goes (Law 25: shown only during the shift).
        m_connections << connect(m_positions, &ops::dispatch::LivePositions::positionRemoved, this, [this] {
            if (!m_liveTimer->isActive())
                m_liveTimer->start();
        });
    }
    if (!m_layers) {
        m_periodic->stop();
        m_view->setMarkers({});
        m_view->setLiveMarkers({});
        updateCounts();
        return;
    }
    m_periodic->start();
    if (isVisible())
        reload();
}

void MapSection::setTrailLoader(TrailLoader loader)
{
    m_trailLoader = std::move(loader);
}

void MapSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_layers && m_data.readAt.isNull() && !m_loading)
        reload();
}

void MapSection::reload()
{
    if (!m_layers)
        return;
    if (m_loading) {
        m_dirty = true; // read again once this one answers
        return;
    }
    m_loading = true;
    m_dirty = false;
    m_refresh->setEnabled(false);
    const quint64 generation = m_generation;
    ops::runThen(m_layers->load(m_options), this, [this, generation](const ops::Result<MapData> &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_refresh->setEnabled(true);
        if (!r.ok()) {
            m_banner->showError(tr("The map could not be read: %1").arg(r.error().userMessage));
        } else {
            applyData(r.value());
        }
        emit loaded();
        if (m_dirty)
            m_reloadTimer->start();
    });
}

void MapSection::applyData(const MapData &data)
{
    m_data = data;
    rebuildMarkers();
    rebuildLive();
    updateCounts();
    if (!data.refused.isEmpty()) {
        QStringList names;
        for (Layer layer : data.refused)
            names << maplayers::layerName(layer);
        m_banner->showInfo(tr("Your role may not read: %1.").arg(names.join(u", "_s)));
    }
    // Completion for "Find on map".
    QStringList words;
    words.reserve(data.locations.size() + data.jobs.size() + data.tickets.size() + data.technicians.size());
    for (const MapLocation &l : data.locations)
        words << l.code;
    for (const MapJob &j : data.jobs)
        words << j.code;
    for (const MapTicket &t : data.tickets)
        words << t.code;
    for (const MapDevice &d : data.offlineDevices)
        words << d.serial;
    for (const MapTechnician &t : data.technicians)
        words << t.name;
    for (const MapOutagePort &p : data.outages)
        words << p.key();
    if (auto *model = qobject_cast<QStringListModel *>(m_search->completer()->model()))
        model->setStringList(words);
    if (!m_fitted && !data.locations.isEmpty()) {
        m_fitted = true;
        m_view->fitToMarkers(12);
    }
}

void MapSection::rebuildMarkers()
{
    const qint64 selected = m_view->selectedMarker();
    m_view->setMarkers(maplayers::staticMarkers(m_data, m_visible));
    m_view->setSelectedMarker(selected);
}

void MapSection::rebuildLive()
{
    if (!m_positions || !m_visible[Layer::Technicians]) {
        m_view->setLiveMarkers({});
        return;
    }
    m_view->setLiveMarkers(maplayers::technicianMarkers(m_data.technicians, m_positions->snapshot()));
    if (m_counts[int(Layer::Technicians)])
        m_counts[int(Layer::Technicians)]->setText(QLocale().toString(m_view->liveMarkers().size()));
}

void MapSection::setLayerVisible(Layer layer, bool visible)
{
    if (m_visible[layer] == visible && m_checks[int(layer)]->isChecked() == visible)
        return;
    m_visible.set(layer, visible);
    if (m_checks[int(layer)]->isChecked() != visible)
        m_checks[int(layer)]->setChecked(visible); // calls back here, then returns above
    if (layer == Layer::Technicians)
        rebuildLive();
    else
        rebuildMarkers();
    saveState();
}

void MapSection::setCapabilities(const ops::Capabilities &caps)
{
    m_caps = caps;
    if (m_outageList)
        m_outageList->setCapabilities(caps);
}

void MapSection::showOutageList(bool shown)
{
    if (!m_outageList)
        return;
    m_outageList->setVisible(shown);
    if (m_outagesToggle->isChecked() != shown)
        m_outagesToggle->setChecked(shown);
    if (m_settings)
        m_settings->setUiState(u"Map/outagesShown"_s, shown);
    if (shown) {
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (sizes.value(1) < 160 && total > 400)
            m_splitter->setSizes({total - std::max(240, total * 2 / 5), std::max(240, total * 2 / 5)});
        m_outageList->refresh();
    }
}

void MapSection::selectOutagePort(const QString &key)
{
    if (!m_outageList)
        return;
    showOutageList(true);
    if (m_outageList->selectPort(key))
        return;
    // The list is still scanning: the port is selected when the scan arrives.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_outageList, &OutagesWidget::scanned, this, [this, key, once] {
        disconnect(*once);
        m_outageList->selectPort(key);
    });
}

void MapSection::saveState()
{
    if (!m_settings)
        return;
    int mask = 0;
    for (int i = 0; i < kLayerCount; ++i)
        mask |= int(m_visible.on[size_t(i)]) << i;
    m_settings->setUiState(u"Map/layers"_s, mask);
}

void MapSection::onChange(const ops::live::Change &change)
{
    if (!m_layers || !touchesMap(change.table))
        return;
    if (!m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void MapSection::focusOn(double latitude, double longitude, qint64 id, int zoom)
{
    m_view->setZoom(std::max(m_view->zoom(), zoom));
    m_view->setCenter(latitude, longitude);
    m_view->setSelectedMarker(id);
    onMarker(id);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MapSection::onMarker(qint64 id)
{
    const Layer layer = layerOf(id);
    const qint64 item = maplayers::itemOf(id);
    if (layer == Layer::Technicians) {
        showTechnicianCard(item);
        return;
    }
    if (layer == Layer::Outages) {
        showOutageCard(item);
        return;
    }
    if (!m_layers)
        return;
    m_card->showLoading(maplayers::layerName(layer));
    const quint64 generation = m_generation;
    ops::runThen(m_layers->card(layer, item), this, [this, generation, id](const ops::Result<MapCard> &r) {
        if (generation != m_generation || m_view->selectedMarker() != id)
            return; // another item was clicked meanwhile
        if (r.ok()) {
            m_card->showCard(r.value());
            return;
        }
        m_card->showError(maplayers::layerName(layerOf(id)), r.error().userMessage);
        if (r.error().kind == ops::Error::Kind::NotFound && !m_reloadTimer->isActive())
            m_reloadTimer->start(); // the item went meanwhile: the map reads again, as the card says
    });
}

void MapSection::loadTrail(qint64 technicianId)
{
    if (!m_trailLoader)
        return;
    m_trailFor = technicianId;
    QColor colour;
    for (const MapTechnician &t : std::as_const(m_data.technicians))
        if (t.id == technicianId)
            colour = QColor(t.colour);
    const quint64 generation = m_generation;
    ops::runThen(m_trailLoader(technicianId), this,
        [this, generation, technicianId, colour](const ops::Result<QList<ops::dispatch::Position>> &r) {
            if (generation != m_generation || m_trailFor != technicianId)
                return;
            if (!r.ok()) {
                m_banner->showError(tr("Today's trail could not be read: %1").arg(r.error().userMessage));
                return;
            }
            QList<mercator::GeoPoint> points;
            points.reserve(r.value().size());
            for (const ops::dispatch::Position &p : r.value())
                points.append({p.point.lat, p.point.lon});
            m_view->setRoute(points, colour);
            if (points.size() < 2)
                m_banner->showInfo(tr("No trail today for this technician."));
        });
}
