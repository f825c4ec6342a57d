// DispatchBoardWidget's panes: the queue with its filters, the map (the selected technician's route, the jobs by
// status, the technicians' positions) and the job pane (a placeholder the Dispatch section may replace).
#include <algorithm>

#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/common/Theme.h"
#include "ui/dispatch/DispatchBoardWidget.h"
#include "ui/dispatch/DispatchQueueModel.h"
#include "ui/map/MapView.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;

namespace {

constexpr int kMapClusterRadius = 44;

QString hhmm(const QDateTime &utc)
{
    const int m = localMinutes(utc);
    return u"%1:%2"_s.arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

Theme::Role statusRole(JobStatus s)
{
    switch (s) {
    case JobStatus::Unscheduled:
        return Theme::Role::DispatchStatusUnscheduled;
    case JobStatus::Scheduled:
        return Theme::Role::DispatchStatusScheduled;
    case JobStatus::Dispatched:
        return Theme::Role::DispatchStatusDispatched;
    case JobStatus::EnRoute:
        return Theme::Role::DispatchStatusEnRoute;
    case JobStatus::OnSite:
        return Theme::Role::DispatchStatusOnSite;
    case JobStatus::Completed:
        return Theme::Role::DispatchStatusCompleted;
    case JobStatus::Cancelled:
        return Theme::Role::DispatchStatusCancelled;
    }
    return Theme::Role::DispatchStatusScheduled;
}

} // namespace

void DispatchBoardWidget::buildPanes()
{
    // The queue.
    m_queueDock = new QDockWidget(tr("Unscheduled queue"), m_panes);
    m_queueDock->setObjectName(u"dispatchQueueDock"_s);
    auto *queue = new QWidget(m_queueDock);
    auto *ql = new QVBoxLayout(queue);
    ql->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QWidget(queue);
    auto *fl = new QHBoxLayout(filters);
    fl->setContentsMargins(0, 0, 0, 0);
    m_queueType = new QComboBox(filters);
    m_queueType->addItem(tr("Any type"), QString());
    for (const char *t : {"installation", "repair", "maintenance", "removal", "survey"})
        m_queueType->addItem(jobTypeLabel(QString::fromLatin1(t)), QString::fromLatin1(t));
    m_queueRegion = new QComboBox(filters);
    m_queuePriority = new QComboBox(filters);
    m_queuePriority->addItem(tr("Any priority"), 0);
    for (int p = 1; p <= 4; ++p)
        m_queuePriority->addItem(tr("Priority ≤ %1").arg(p), p);
    m_queueAge = new QComboBox(filters);
    m_queueAge->addItem(tr("Any age"), 0);
    for (int d : {1, 3, 7, 14})
        m_queueAge->addItem(tr("Waiting ≥ %n day(s)", "", d), d);
    m_queueSkill = new QComboBox(filters);
    for (QComboBox *c : {m_queueType, m_queueRegion, m_queuePriority, m_queueAge, m_queueSkill}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        fl->addWidget(c);
    }
    fl->addStretch(1);
    ql->addWidget(filters);
    m_queueModel = new DispatchQueueModel(this);
    m_queueFilter = new DispatchQueueFilter(this);
    m_queueFilter->setSourceModel(m_queueModel);
    m_queueView = new QTableView(queue);
    m_queueView->setObjectName(u"dispatchQueue"_s);
    m_queueView->setModel(m_queueFilter);
    m_queueView->setSortingEnabled(true);
    m_queueView->sortByColumn(DispatchQueueModel::Priority, Qt::AscendingOrder);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setDragEnabled(true);
    m_queueView->setDragDropMode(QAbstractItemView::DragOnly);
    m_queueView->setDefaultDropAction(Qt::MoveAction);
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setDefaultSectionSize(24);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    m_queueView->setAccessibleName(tr("Unscheduled queue"));
    ql->addWidget(m_queueView, 1);
    m_queueDock->setWidget(queue);
    m_panes->addDockWidget(Qt::RightDockWidgetArea, m_queueDock);

    connect(m_queueType, &QComboBox::currentIndexChanged, this,
        [this] { m_queueFilter->setType(m_queueType->currentData().toString()); });
    connect(m_queueRegion, &QComboBox::currentIndexChanged, this,
        [this] { m_queueFilter->setRegion(m_queueRegion->currentData().toLongLong()); });
    connect(m_queuePriority, &QComboBox::currentIndexChanged, this,
        [this] { m_queueFilter->setMaxPriority(m_queuePriority->currentData().toInt()); });
    connect(m_queueAge, &QComboBox::currentIndexChanged, this,
        [this] { m_queueFilter->setMinAgeDays(m_queueAge->currentData().toInt()); });
    connect(m_queueSkill, &QComboBox::currentIndexChanged, this,
        [this] { m_queueFilter->setRequiredTag(m_queueSkill->currentData().toLongLong()); });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const qint64 id = current.data(DispatchQueueModel::JobIdRole).toLongLong();
            if (id)
                m_timeline->setSelection(id, 0);
        });
    connect(m_queueView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(DispatchQueueModel::JobIdRole).toLongLong())
            emit jobActivated(id);
    });

    // The map.
    m_mapDock = new QDockWidget(tr("Map"), m_panes);
    m_mapDock->setObjectName(u"dispatchMapDock"_s);
    m_map = new MapView(m_mapDock);
    m_map->setClusterRadius(kMapClusterRadius);
    m_mapDock->setWidget(m_map);
    m_panes->addDockWidget(Qt::RightDockWidgetArea, m_mapDock);
    connect(m_map, &MapView::markerActivated, this, [this](qint64 id) {
        if (id > 0) {
            const Job *j = m_board.job(id);
            m_timeline->setSelection(id, j ? j->leadTechnicianId : 0);
            if (j)
                m_timeline->ensureVisible(id, j->leadTechnicianId);
        } else if (id < 0) {
            m_timeline->setSelection(0, -id);
            m_timeline->ensureVisible(0, -id);
        }
    });

    // The job detail: a placeholder the Dispatch section replaces (detailDock()->setWidget()).
    m_detailDock = new QDockWidget(tr("Job"), m_panes);
    m_detailDock->setObjectName(u"dispatchDetailDock"_s);
    m_detail = new QLabel(m_detailDock);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMargin(8);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailDock->setWidget(m_detail);
    m_panes->addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    m_panes->tabifyDockWidget(m_mapDock, m_detailDock);
    m_mapDock->raise();
    m_panes->resizeDocks({m_queueDock}, {460}, Qt::Horizontal);

    for (QDockWidget *dock : {m_queueDock, m_mapDock, m_detailDock}) {
        dock->setFeatures(
            QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
        connect(dock, &QDockWidget::topLevelChanged, this, [this] { m_saveTimer->start(); });
        connect(dock, &QDockWidget::dockLocationChanged, this, [this] { m_saveTimer->start(); });
        connect(dock, &QDockWidget::visibilityChanged, this, [this] { m_saveTimer->start(); });
    }
    updateDetail();
}

void DispatchBoardWidget::updateMap()
{
    QList<MapView::Marker> markers;
    markers.reserve(m_board.jobs.size() + m_board.technicians.size());
    const qint64 selectedJob = m_timeline->selectedJob();
    qint64 tech = m_timeline->selectedTechnician();
    if (!tech && selectedJob)
        if (const Job *j = m_board.job(selectedJob))
            tech = j->leadTechnicianId;
    const QDate routeDay = [&] {
        const Job *j = m_board.job(selectedJob);
        return j && j->scheduled() ? localDay(j->start) : m_day;
    }();
    // The selected technician's day route, in order, from their last position (or home).
    QList<const Job *> route;
    if (tech) {
        for (const BoardIndex::Placed &p : m_index.row(tech)) {
            const Job *j = m_board.job(p.jobId);
            if (j && j->point && localDay(p.start) == routeDay)
                route << j;
        }
    }
    QList<ops::map::mercator::GeoPoint> line;
    const Technician *t = m_board.technician(tech);
    if (t && t->lastPosition)
        line << ops::map::mercator::GeoPoint{t->lastPosition->point.lat, t->lastPosition->point.lon};
    else if (t && t->home)
        line << ops::map::mercator::GeoPoint{t->home->lat, t->home->lon};
    for (const Job *j : std::as_const(route))
        line << ops::map::mercator::GeoPoint{j->point->lat, j->point->lon};
    for (const Job &j : std::as_const(m_board.jobs)) {
        if (!j.point)
            continue;
        MapView::Marker m;
        m.id = j.id;
        m.latitude = j.point->lat;
        m.longitude = j.point->lon;
        m.color = Theme::color(statusRole(j.status));
        const qsizetype stop = route.indexOf(&j);
        if (stop >= 0) {
            m.clusterable = false;
            m.label = u"%1 · %2"_s.arg(stop + 1).arg(hhmm(j.start));
        }
        markers << m;
    }
    for (const Technician &tt : std::as_const(m_board.technicians)) {
        if (!tt.lastPosition)
            continue;
        MapView::Marker m;
        m.id = -tt.id;
        m.latitude = tt.lastPosition->point.lat;
        m.longitude = tt.lastPosition->point.lon;
        m.color = QColor(tt.colour);
        m.shape = MapView::Marker::Shape::Dot;
        m.clusterable = false;
        if (tt.id == tech)
            m.label = tt.name;
        markers << m;
    }
    m_map->setMarkers(markers);
    m_map->setRoute(line, t ? QColor(t->colour) : QColor());
    m_map->setSelectedMarker(selectedJob ? selectedJob : (tech ? -tech : 0));
    // A new technician's route: frame it.
    if (!line.isEmpty() && tech != m_mapTech) {
        double south = 90, north = -90, west = 180, east = -180;
        for (const auto &g : std::as_const(line)) {
            south = std::min(south, g.latitude);
            north = std::max(north, g.latitude);
            west = std::min(west, g.longitude);
            east = std::max(east, g.longitude);
        }
        m_map->setZoom(std::clamp(ops::map::mercator::zoomToFit(south, west, north, east,
                                      std::max(120, m_map->width() - 120), std::max(120, m_map->height() - 120)),
            8, 15));
        m_map->setCenter((south + north) / 2, (west + east) / 2);
    }
    // No route: the day's jobs, framed once per day (not on every live change, so a dispatcher's pan stays).
    if (line.isEmpty() && !m_mapFramed && !markers.isEmpty() && m_map->isVisible() && m_map->width() > 150) {
        m_map->fitToMarkers(13);
        m_mapFramed = true;
    }
    m_mapTech = tech;
}

void DispatchBoardWidget::updateDetail()
{
    const Job *j = m_board.job(m_timeline->selectedJob());
    if (!j) {
        m_detail->setText(tr("Select a job to see it here."));
        return;
    }
    QStringList lines;
    lines << u"%1 · %2 · %3"_s.arg(j->code, jobTypeLabel(j->type), statusLabel(j->status));
    lines << j->customerName + (j->customerCode.isEmpty() ? QString() : u" (%1)"_s.arg(j->customerCode));
    lines << j->address;
    if (j->scheduled()) {
        const Technician *lead = m_board.technician(j->leadTechnicianId);
        lines << tr("%1, %2–%3 (%4 min)")
                     .arg(lead ? lead->name : QString(), hhmm(j->start), hhmm(j->end()))
                     .arg(j->durationMin);
    }
    QStringList crew;
    for (qint64 c : j->crew)
        if (const Technician *t = m_board.technician(c))
            crew << t->name;
    if (!crew.isEmpty())
        lines << tr("Crew: %1").arg(crew.join(u", "_s));
    if (j->windowStart.isValid())
        lines << tr("Customer's window: %1–%2").arg(hhmm(j->windowStart), hhmm(j->windowEnd));
    QStringList need;
    for (const TagLevel &tl : j->required)
        if (const Tag *tag = m_board.tag(tl.tagId))
            need << u"%1 %2"_s.arg(tag->name).arg(tl.level);
    if (!need.isEmpty())
        lines << tr("Requires: %1").arg(need.join(u", "_s));
    lines << tr("Priority %1").arg(j->priority) + (j->pinned ? tr(" · pinned") : QString());
    const auto others = m_others.value(j->id);
    if (!others.second.isEmpty())
        lines << tr("Being changed by: %1").arg(others.second.join(u", "_s));
    if (!others.first.isEmpty())
        lines << tr("Also open by: %1").arg(others.first.join(u", "_s));
    if (!j->notes.isEmpty())
        lines << QString() << j->notes;
    lines.removeAll(QString());
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void DispatchBoardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The board may have loaded while hidden (the map had no size yet): frame the day once the panes are laid out.
    if (!m_mapFramed)
        QTimer::singleShot(0, this, [this] {
            if (!m_mapFramed)
                updateMap();
        });
}
