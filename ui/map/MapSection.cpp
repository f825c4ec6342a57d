#include "ui/map/MapSection.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QShortcut>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
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

using namespace Qt::Literals::StringLiterals;
using namespace ops::map;
using maplayers::layerOf;
using maplayers::markerId;

namespace {

constexpr int kReloadDelayMs = 2000;
constexpr int kLiveDelayMs = 250;
constexpr int kPeriodicMs = 60 * 1000;
constexpr int kClusterRadius = 56;

// A small colour swatch for the legend, in the marker's shape.
QLabel *swatch(const QColor &color, MapView::Marker::Shape shape, QWidget *parent)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(color);
    switch (shape) {
    case MapView::Marker::Shape::Square:
        p.drawRect(QRectF(2, 2, 10, 10));
        break;
    case MapView::Marker::Shape::Diamond:
        p.drawPolygon(QPolygonF{{7, 1}, {13, 7}, {7, 13}, {1, 7}});
        break;
    case MapView::Marker::Shape::Triangle:
        p.drawPolygon(QPolygonF{{7, 1}, {13, 12}, {1, 12}});
        break;
    case MapView::Marker::Shape::Ring:
        p.setPen(QPen(color, 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(7, 7), 5, 5);
        break;
    default:
        p.drawEllipse(QPointF(7, 7), 5.5, 5.5);
        break;
    }
    p.end();
    auto *label = new QLabel(parent);
    label->setPixmap(pixmap);
    return label;
}

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
    auto *fit = new QToolButton(this);
    fit->setIcon(Icons::icon(Icons::Glyph::Home));
    fit->setToolTip(tr("Show everything (Home)"));
    fit->setAccessibleName(tr("Show everything"));
    bar->addWidget(fit);
    outer->addLayout(bar);

    m_banner = new MessageBanner(this);
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    m_view = new MapView(this);
    m_view->setClusterRadius(kClusterRadius);
    m_view->setPlaceNamesShown(true);
    m_view->setLabelMinZoom(12);
    for (Layer layer : {Layer::Locations, Layer::Jobs, Layer::Tickets, Layer::OfflineDevices})
        m_view->setGroupColor(
            maplayers::clusterGroup(layer), maplayers::clusterColor(layer), layer != Layer::Locations);
    connect(fit, &QToolButton::clicked, m_view, [this] { m_view->fitToMarkers(); });
    body->addWidget(m_view, 1);
    m_card = new MapCardPanel(m_view);
    connect(m_card, &MapCardPanel::customerRequested, this, &MapSection::customerRequested);
    connect(m_card, &MapCardPanel::jobRequested, this, &MapSection::jobRequested);
    connect(m_card, &MapCardPanel::ticketRequested, this, &MapSection::ticketRequested);
    connect(m_card, &MapCardPanel::trailRequested, this, &MapSection::loadTrail);
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

QWidget *MapSection::buildLegend()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(u"mapLegend"_s);
    auto *grid = new QGridLayout(panel);
    grid->setContentsMargins(6, 0, 6, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    auto *heading = new QLabel(tr("Layers"), panel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    int row = 0;
    grid->addWidget(heading, row++, 0, 1, 3);
    struct Row
    {
        Layer layer;
        QColor color;
        MapView::Marker::Shape shape;
    };
    const Row rows[] = {
        {Layer::Locations, maplayers::locationColor(LocationState::Active), MapView::Marker::Shape::Small},
        {Layer::Technicians, QColor(0x1f, 0x77, 0xb4), MapView::Marker::Shape::Dot},
        {Layer::Jobs, maplayers::jobColor(JobState::Scheduled), MapView::Marker::Shape::Diamond},
        {Layer::Tickets, maplayers::ticketColor(false), MapView::Marker::Shape::Square},
        {Layer::OfflineDevices, maplayers::deviceColor(), MapView::Marker::Shape::Triangle},
        {Layer::Outages, maplayers::outageColor(), MapView::Marker::Shape::Ring}};
    for (const Row &r : rows) {
        const int i = int(r.layer);
        auto *check = new QCheckBox(maplayers::layerName(r.layer), panel);
        check->setObjectName(u"mapLayer%1"_s.arg(i));
        check->setChecked(true);
        check->setToolTip(tr("Show or hide this layer (Alt+%1)").arg(i + 1));
        connect(check, &QCheckBox::toggled, this, [this, r](bool on) { setLayerVisible(r.layer, on); });
        m_checks[i] = check;
        grid->addWidget(swatch(r.color, r.shape, panel), row, 0);
        grid->addWidget(check, row, 1);
        m_counts[i] = new QLabel(panel);
        m_counts[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_counts[i], row++, 2);
        if (r.layer == Layer::Locations) {
            for (int s = 0; s < kLocationStateCount; ++s) {
                const auto state = LocationState(s);
                grid->addWidget(swatch(maplayers::locationColor(state), MapView::Marker::Shape::Small, panel), row, 0,
                    Qt::AlignRight);
                grid->addWidget(new QLabel(maplayers::locationStateName(state), panel), row, 1);
                m_stateCounts[s] = new QLabel(panel);
                m_stateCounts[s]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                grid->addWidget(m_stateCounts[s], row++, 2);
            }
        } else if (r.layer == Layer::Jobs) {
            for (int s = 0; s < kJobStateCount; ++s) {
                const auto state = JobState(s);
                grid->addWidget(
                    swatch(maplayers::jobColor(state), MapView::Marker::Shape::Diamond, panel), row, 0, Qt::AlignRight);
                grid->addWidget(new QLabel(maplayers::jobStateName(state), panel), row++, 1, 1, 2);
            }
        } else if (r.layer == Layer::Tickets) {
            grid->addWidget(
                swatch(maplayers::ticketColor(true), MapView::Marker::Shape::Square, panel), row, 0, Qt::AlignRight);
            grid->addWidget(new QLabel(tr("Important"), panel), row++, 1, 1, 2);
        }
    }
    auto *hint = new QLabel(tr("Numbers in discs are groups of nearby items: click one to zoom in. Wheel or +/− "
                               "zooms, arrows move, Home shows everything."),
        panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(hint, row++, 0, 1, 3);
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(1, 1);
    return panel;
}

void MapSection::attach(
    ops::map::MapLayersService *layers, ops::dispatch::LivePositions *positions, ops::live::ChangeFeed *feed)
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
    if (m_feed)
        m_connections << connect(m_feed, &ops::live::ChangeFeed::changed, this, &MapSection::onChange);
    if (m_positions) {
        m_connections << connect(m_positions, &ops::dispatch::LivePositions::positionChanged, this, [this] {
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
    ops::runThen(m_layers->load({}), this, [this, generation](const ops::Result<MapData> &r) {
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

void MapSection::updateCounts()
{
    const QLocale locale;
    auto set = [&](Layer layer, qsizetype n) {
        const bool refused = m_data.refused.contains(layer);
        m_counts[int(layer)]->setText(refused ? tr("—") : locale.toString(n));
        m_counts[int(layer)]->setToolTip(refused ? tr("Your role may not read this layer") : QString());
        m_checks[int(layer)]->setEnabled(!refused);
    };
    set(Layer::Locations, m_data.locations.size());
    set(Layer::Jobs, m_data.jobs.size());
    set(Layer::Tickets, m_data.tickets.size());
    set(Layer::OfflineDevices, m_data.offlineDevices.size());
    set(Layer::Outages, m_data.outages.size());
    m_counts[int(Layer::Technicians)]->setText(locale.toString(m_view->liveMarkers().size()));
    int byState[kLocationStateCount] = {};
    for (const MapLocation &l : std::as_const(m_data.locations))
        ++byState[int(l.state)];
    for (int s = 0; s < kLocationStateCount; ++s)
        m_stateCounts[s]->setText(locale.toString(byState[s]));
    if (m_data.readAt.isValid())
        m_status->setText(
            tr("Read at %1 · a device is offline after %n minute(s) without informing", nullptr, m_data.offlineMinutes)
                .arg(locale.toString(m_data.readAt.toLocalTime().time(), QLocale::ShortFormat)));
    else
        m_status->clear();
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

bool MapSection::showCustomer(qint64 customerId)
{
    QList<const MapLocation *> found;
    for (const MapLocation &l : std::as_const(m_data.locations))
        if (l.customerId == customerId)
            found << &l;
    if (found.isEmpty()) {
        m_banner->showWarning(tr("This customer has no service location with a GPS position on the map."));
        return false;
    }
    if (!m_visible[Layer::Locations])
        setLayerVisible(Layer::Locations, true);
    if (found.size() > 1) {
        // Several locations: the map shows them all, the first one's card open.
        QGeoCoordinate a(found.first()->latitude, found.first()->longitude);
        double farthest = 0;
        for (const MapLocation *l : found)
            farthest = std::max(farthest, a.distanceTo(QGeoCoordinate(l->latitude, l->longitude)));
        const int zoom = farthest > 20000 ? 10 : farthest > 5000 ? 12 : farthest > 1000 ? 14 : 16;
        focusOn(found.first()->latitude, found.first()->longitude, markerId(Layer::Locations, found.first()->id), zoom);
        return true;
    }
    focusOn(found.first()->latitude, found.first()->longitude, markerId(Layer::Locations, found.first()->id));
    return true;
}

bool MapSection::find(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    auto same = [&](const QString &s) {
        return s.compare(needle, Qt::CaseInsensitive) == 0;
    };
    for (const MapTechnician &t : std::as_const(m_data.technicians)) {
        if (!same(t.name) && !same(t.code))
            continue;
        if (m_positions) {
            if (const auto at = m_positions->latest(t.id)) {
                if (!m_visible[Layer::Technicians])
                    setLayerVisible(Layer::Technicians, true);
                focusOn(at->point.lat, at->point.lon, markerId(Layer::Technicians, t.id), 14);
                return true;
            }
        }
        m_banner->showInfo(tr("%1 has no position right now (outside the shift, or no tracker).").arg(t.name));
        return true;
    }
    for (const MapJob &j : std::as_const(m_data.jobs))
        if (same(j.code)) {
            setLayerVisible(Layer::Jobs, true);
            focusOn(j.latitude, j.longitude, markerId(Layer::Jobs, j.id));
            return true;
        }
    for (const MapTicket &t : std::as_const(m_data.tickets))
        if (same(t.code)) {
            setLayerVisible(Layer::Tickets, true);
            focusOn(t.latitude, t.longitude, markerId(Layer::Tickets, t.id));
            return true;
        }
    for (const MapDevice &d : std::as_const(m_data.offlineDevices))
        if (same(d.serial)) {
            setLayerVisible(Layer::OfflineDevices, true);
            focusOn(d.latitude, d.longitude, markerId(Layer::OfflineDevices, d.equipmentId));
            return true;
        }
    for (qsizetype i = 0; i < m_data.outages.size(); ++i)
        if (same(m_data.outages.at(i).key())) {
            setLayerVisible(Layer::Outages, true);
            focusOn(m_data.outages.at(i).latitude, m_data.outages.at(i).longitude, markerId(Layer::Outages, i), 13);
            return true;
        }
    for (const MapLocation &l : std::as_const(m_data.locations))
        if (same(l.code)) {
            setLayerVisible(Layer::Locations, true);
            focusOn(l.latitude, l.longitude, markerId(Layer::Locations, l.id));
            return true;
        }
    return false;
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
        if (r.ok())
            m_card->showCard(r.value());
        else
            m_card->showError(maplayers::layerName(layerOf(id)), r.error().userMessage);
    });
}

void MapSection::showTechnicianCard(qint64 technicianId)
{
    const MapTechnician *tech = nullptr;
    for (const MapTechnician &t : std::as_const(m_data.technicians))
        if (t.id == technicianId)
            tech = &t;
    if (!tech)
        return;
    QStringList lines;
    lines << tech->code;
    if (m_positions) {
        if (const auto at = m_positions->latest(technicianId)) {
            const qint64 seconds = std::max<qint64>(0, at->at.secsTo(QDateTime::currentDateTimeUtc()));
            const int minutes = int(seconds / 60);
            lines << tr("Position at %1 (%n minute(s) ago)", nullptr, minutes)
                         .arg(QLocale().toString(at->at.toLocalTime().time(), QLocale::ShortFormat));
            lines << tr("%1 km/h").arg(QLocale().toString(at->speedKmh, 'f', 0));
            int jobs = 0;
            for (const MapJob &j : std::as_const(m_data.jobs))
                jobs += j.technicianId == technicianId ? 1 : 0;
            lines << tr("%n job(s) today", nullptr, jobs);
        }
    }
    m_card->showTechnician(tech->name, lines, technicianId, bool(m_trailLoader));
}

void MapSection::showOutageCard(qsizetype index)
{
    if (index < 0 || index >= m_data.outages.size())
        return;
    const MapOutagePort &p = m_data.outages.at(index);
    MapCard card;
    card.title = tr("OLT %1, port %2").arg(p.olt, p.port);
    card.lines << tr("%1 of %n location(s) silent (%2 %)", nullptr, p.locations)
                      .arg(QLocale().toString(p.silent), QLocale().toString(p.silentPercent));
    if (p.since.isValid())
        card.lines << tr("Since %1").arg(QLocale().toString(p.since.toLocalTime(), QLocale::ShortFormat));
    card.lines << (p.outageId != 0 ? tr("An outage is open (its tickets are in the Tickets section).")
                                   : tr("No outage opened yet: targo-opsctl outage open %1").arg(p.key()));
    m_card->showCard(card);
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
