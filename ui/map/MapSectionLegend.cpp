// MapSection: the legend with its layer switches and counts, the technicians' and ports' cards, and finding things
// on the map (Find on map, the global search's customer).
#include <QCheckBox>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>

#include "core/dispatch/DispatchTypes.h"
#include "core/dispatch/LivePositions.h"
#include "ui/common/MessageBanner.h"
#include "ui/map/MapCardPanel.h"
#include "ui/map/MapSection.h"
#include "ui/map/MapView.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::map;
using maplayers::markerId;

namespace {

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

} // namespace

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
    card.lines << (p.outageId != 0 ? tr("An outage is open: its parent ticket and one child ticket per customer.")
                                   : tr("No outage opened yet: the outage list opens one."));
    card.portKey = p.key();
    m_card->showCard(card);
}
