#include "ui/dispatch/DispatchBoardWidget.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/live/ChangeFeed.h"
#include "core/settings/Settings.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/dispatch/DispatchQueueModel.h"
#include "ui/map/MapView.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;

namespace {

const QString kLayoutKey = u"dispatchBoard/panes"_s;
const QString kZoomKey = u"dispatchBoard/pixelsPerHour"_s;
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

DispatchBoardWidget::DispatchBoardWidget(QWidget *parent)
    : QWidget(parent)
    , m_day(QDate::currentDate())
{
    setObjectName(u"DispatchBoardWidget"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"dispatchBanner"_s);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_panes = new QMainWindow(nullptr, Qt::Widget);
    m_panes->setObjectName(u"dispatchPanes"_s);
    m_panes->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    layout->addWidget(m_panes, 1);

    m_timeline = new DispatchTimeline(m_panes);
    m_timeline->setBoard(&m_board, &m_index);
    m_panes->setCentralWidget(m_timeline);
    buildPanes();
    buildToolbar();

    m_timeline->setQueueHitTest([this](const QPoint &global) {
        if (!m_queueView || !m_queueView->isVisible())
            return false;
        return m_queueView->rect().contains(m_queueView->mapFromGlobal(global));
    });
    connect(m_timeline, &DispatchTimeline::dropRequested, this, &DispatchBoardWidget::onDrop);
    connect(m_timeline, &DispatchTimeline::unassignRequested, this, &DispatchBoardWidget::requestUnassign);
    connect(m_timeline, &DispatchTimeline::keyMoveRequested, this, &DispatchBoardWidget::onKeyMove);
    connect(m_timeline, &DispatchTimeline::keyResizeRequested, this, &DispatchBoardWidget::onKeyResize);
    connect(m_timeline, &DispatchTimeline::pinToggleRequested, this, [this](qint64 jobId) {
        if (const Job *j = m_board.job(jobId))
            requestPin(jobId, !j->pinned);
    });
    connect(m_timeline, &DispatchTimeline::jobActivated, this, &DispatchBoardWidget::jobActivated);
    connect(m_timeline, &DispatchTimeline::contextMenuRequested, this, &DispatchBoardWidget::onContextMenu);
    connect(m_timeline, &DispatchTimeline::selectionChanged, this, [this](qint64 jobId, qint64) {
        updateMap();
        updateDetail();
        announce(jobId, jobId ? PresenceMode::Viewing : PresenceMode::None);
        emit jobSelected(jobId);
    });
    connect(m_timeline, &DispatchTimeline::dragStateChanged, this, [this](qint64 jobId, bool dragging) {
        if (dragging) {
            announce(jobId, PresenceMode::Editing);
            const QStringList editing = m_others.value(jobId).second;
            const Job *job = m_board.job(jobId);
            if (!editing.isEmpty() && job)
                m_banner->showWarning(tr("%1 is changing %2 right now.").arg(editing.join(u", "_s), job->code));
        } else {
            const qint64 selected = m_timeline->selectedJob();
            announce(selected, selected ? PresenceMode::Viewing : PresenceMode::None);
        }
    });
    connect(m_timeline, &DispatchTimeline::dropIndicatorChanged, this, [this](bool allowed, const QString &text) {
        m_status->setText(text.section(QLatin1Char('\n'), 0, 0));
        if (!allowed && !m_timeline->dropState().active && !text.isEmpty())
            showRefusal(text); // a refused drop was released: say why nothing happened
    });

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &DispatchBoardWidget::saveLayout);
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, m_timeline, &DispatchTimeline::invalidate);
    m_clock->start();
}

DispatchBoardWidget::~DispatchBoardWidget()
{
    saveLayout();
}

void DispatchBoardWidget::buildToolbar()
{
    auto *bar = new QToolBar(tr("Board"), m_panes);
    bar->setObjectName(u"dispatchToolbar"_s);
    bar->setMovable(false);
    m_panes->addToolBar(Qt::TopToolBarArea, bar);

    QAction *prev = bar->addAction(tr("◀"));
    prev->setToolTip(tr("Previous day or week"));
    QAction *today = bar->addAction(tr("Today"));
    QAction *next = bar->addAction(tr("▶"));
    next->setToolTip(tr("Next day or week"));
    m_dateEdit = new QDateEdit(m_day, bar);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setAccessibleName(tr("Day"));
    bar->addWidget(m_dateEdit);
    m_viewCombo = new QComboBox(bar);
    m_viewCombo->addItem(tr("Day"));
    m_viewCombo->addItem(tr("Week"));
    m_viewCombo->setAccessibleName(tr("View"));
    bar->addWidget(m_viewCombo);
    bar->addSeparator();
    QAction *zoomOut = bar->addAction(tr("−"));
    zoomOut->setToolTip(tr("Zoom out"));
    QAction *zoomIn = bar->addAction(tr("+"));
    zoomIn->setToolTip(tr("Zoom in"));
    bar->addSeparator();
    m_colourCombo = new QComboBox(bar);
    m_colourCombo->addItem(tr("Colour by status"));
    m_colourCombo->addItem(tr("Colour by type"));
    bar->addWidget(m_colourCombo);
    m_groupCombo = new QComboBox(bar);
    m_groupCombo->addItem(tr("No grouping"));
    m_groupCombo->addItem(tr("Group by region"));
    m_groupCombo->setCurrentIndex(1);
    bar->addWidget(m_groupCombo);
    m_regionCombo = new QComboBox(bar);
    m_regionCombo->setAccessibleName(tr("Region filter"));
    bar->addWidget(m_regionCombo);
    m_skillCombo = new QComboBox(bar);
    m_skillCombo->setAccessibleName(tr("Skill filter"));
    bar->addWidget(m_skillCombo);
    bar->addSeparator();
    m_undoAction = bar->addAction(tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undoAction->setEnabled(false);
    m_undoAction->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    addAction(m_undoAction);
    QAction *refresh = bar->addAction(tr("Reload"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refresh);
    for (QComboBox *combo : {m_regionCombo, m_skillCombo, m_colourCombo, m_groupCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QLabel(m_panes);
    m_status->setObjectName(u"dispatchStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(6, 0, 6, 0);
    m_panes->statusBar()->addWidget(m_status, 1);

    const auto step = [this](int direction) {
        setDate(m_day.addDays(direction * (m_view == View::Week ? 7 : 1)));
    };
    connect(prev, &QAction::triggered, this, [step] { step(-1); });
    connect(next, &QAction::triggered, this, [step] { step(1); });
    connect(today, &QAction::triggered, this, [this] { setDate(localDay(now())); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate &d) { setDate(d); });
    connect(m_viewCombo, &QComboBox::currentIndexChanged, this,
        [this](int i) { setView(i == 1 ? View::Week : View::Day); });
    connect(zoomIn, &QAction::triggered, this,
        [this] { m_timeline->setPixelsPerHour(m_timeline->pixelsPerHour() * 1.25); });
    connect(zoomOut, &QAction::triggered, this,
        [this] { m_timeline->setPixelsPerHour(m_timeline->pixelsPerHour() / 1.25); });
    connect(m_colourCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_timeline->setColourBy(i == 1 ? DispatchTimeline::ColourBy::Type : DispatchTimeline::ColourBy::Status);
    });
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, [this] { rebuildRows(); });
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] { rebuildRows(); });
    connect(m_skillCombo, &QComboBox::currentIndexChanged, this, [this] { rebuildRows(); });
    connect(m_undoAction, &QAction::triggered, this, &DispatchBoardWidget::undo);
    connect(refresh, &QAction::triggered, this, &DispatchBoardWidget::reload);
}

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

void DispatchBoardWidget::setApi(DispatchApi *api)
{
    m_api = api;
    reload();
}

void DispatchBoardWidget::setChangeFeed(ops::live::ChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &ops::live::ChangeFeed::changed, this, &DispatchBoardWidget::onChange);
}

void DispatchBoardWidget::setSettings(ops::Settings *settings)
{
    m_settings = settings;
    if (!m_settings)
        return;
    const QByteArray state = m_settings->uiState(kLayoutKey).toByteArray();
    if (!state.isEmpty())
        m_panes->restoreState(state);
    const double zoom = m_settings->uiState(kZoomKey, 0.0).toDouble();
    if (zoom > 0)
        m_timeline->setPixelsPerHour(zoom);
}

void DispatchBoardWidget::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setUiState(kLayoutKey, m_panes->saveState());
    m_settings->setUiState(kZoomKey, m_timeline->pixelsPerHour());
}

void DispatchBoardWidget::setDate(const QDate &day)
{
    if (!day.isValid() || day == m_day)
        return;
    m_day = day;
    if (m_dateEdit->date() != day) {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(day);
    }
    reload();
}

void DispatchBoardWidget::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    {
        const QSignalBlocker block(m_viewCombo);
        m_viewCombo->setCurrentIndex(view == View::Week ? 1 : 0);
    }
    m_timeline->setPixelsPerHour(view == View::Week ? 24 : 90);
    reload();
}

void DispatchBoardWidget::setNow(const QDateTime &utc)
{
    m_now = utc;
    m_timeline->setNow(utc);
}

void DispatchBoardWidget::announce(qint64 jobId, PresenceMode mode)
{
    if (jobId == m_presenceJob && mode == m_presenceMode)
        return;
    if (m_presenceJob && m_presenceJob != jobId)
        emit presenceChanged(m_presenceJob, PresenceMode::None);
    m_presenceJob = mode == PresenceMode::None ? 0 : jobId;
    m_presenceMode = mode;
    if (m_presenceJob)
        emit presenceChanged(m_presenceJob, mode);
}

void DispatchBoardWidget::setOthersOnJob(qint64 jobId, const QStringList &viewing, const QStringList &editing)
{
    if (viewing.isEmpty() && editing.isEmpty())
        m_others.remove(jobId);
    else
        m_others.insert(jobId, qMakePair(viewing, editing));
    const auto initials = [](const QString &name) {
        QString out;
        for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            out += part.at(0).toUpper();
        return out;
    };
    QString badge;
    if (!editing.isEmpty())
        badge =
            u"✎ "_s + initials(editing.first()) + (editing.size() > 1 ? u" +%1"_s.arg(editing.size() - 1) : QString());
    else if (!viewing.isEmpty())
        badge = u"👁 %1"_s.arg(viewing.size());
    m_timeline->setPresenceBadge(jobId, badge);
    if (jobId == m_timeline->selectedJob())
        updateDetail();
}

void DispatchBoardWidget::setGroupByRegion(bool group)
{
    m_groupCombo->setCurrentIndex(group ? 1 : 0); // rebuilds the rows
}

QDateTime DispatchBoardWidget::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void DispatchBoardWidget::reload()
{
    if (!m_api)
        return;
    QDate from = m_day;
    QDate to = m_day;
    if (m_view == View::Week) {
        from = m_day.addDays(1 - m_day.dayOfWeek());
        to = from.addDays(6);
    }
    m_loading = true;
    const quint64 generation = ++m_loadGeneration;
    m_status->setText(tr("Loading…"));
    ops::runThen(m_api->loadBoard(from, to), this, [this, generation](const ops::Result<Board> &r) {
        if (generation != m_loadGeneration)
            return; // a newer load was asked for
        m_loading = false;
        if (!r.ok()) {
            m_status->clear();
            m_banner->showError(tr("The board could not be loaded: %1").arg(r.error().userMessage));
            return;
        }
        applyBoard(r.value());
        emit boardLoaded();
    });
}

void DispatchBoardWidget::applyBoard(Board board)
{
    m_board = std::move(board);
    m_board.reindex();
    m_undo.clear();
    m_undoAction->setEnabled(false);
    const int days = int(m_board.from.daysTo(m_board.to)) + 1;
    m_timeline->setDays(m_board.from.isValid() ? m_board.from : m_day, std::max(1, days));
    rebuildFilters();
    boardEdited();
    m_status->setText(tr("%n job(s) on the board", "",
        int(std::count_if(m_board.jobs.cbegin(), m_board.jobs.cend(), [](const Job &j) { return j.scheduled(); }))));
    updateMap();
    if (!m_timeline->selectedJob() && !m_timeline->selectedTechnician())
        m_map->fitToMarkers(13); // the whole board in view
}

QList<qint64> DispatchBoardWidget::rowsOf(const Job &job)
{
    QList<qint64> out = job.crew;
    if (job.leadTechnicianId)
        out << job.leadTechnicianId;
    return out;
}

void DispatchBoardWidget::boardEdited(const QList<qint64> &rows)
{
    m_index.rebuild(m_board);
    // The queue is rebuilt only when its members changed (a move on the timeline leaves it as it is).
    QList<qint64> queued;
    for (const Job &j : std::as_const(m_board.jobs))
        if (j.status == JobStatus::Unscheduled)
            queued << j.id;
    if (queued != m_queued || rows.isEmpty()) {
        m_queued = queued;
        rebuildQueue();
    }
    if (rows.isEmpty())
        m_timeline->boardChanged();
    else
        m_timeline->invalidateTechnicians(rows);
    updateDetail();
}

void DispatchBoardWidget::rebuildQueue()
{
    const qint64 current = m_queueView->currentIndex().data(DispatchQueueModel::JobIdRole).toLongLong();
    m_queueModel->setJobs(m_board, now());
    if (current) {
        const int row = m_queueModel->rowOf(current);
        if (row >= 0) {
            const QModelIndex i = m_queueFilter->mapFromSource(m_queueModel->index(row, 0));
            const QSignalBlocker block(m_queueView->selectionModel());
            m_queueView->setCurrentIndex(i);
        }
    }
    m_queueDock->setWindowTitle(tr("Unscheduled queue (%1)").arg(m_queueModel->rowCount()));
}

void DispatchBoardWidget::rebuildFilters()
{
    const qint64 region = m_regionCombo->currentData().toLongLong();
    const qint64 skill = m_skillCombo->currentData().toLongLong();
    const qint64 qRegion = m_queueRegion->currentData().toLongLong();
    const qint64 qSkill = m_queueSkill->currentData().toLongLong();
    const QSignalBlocker b1(m_regionCombo);
    const QSignalBlocker b2(m_skillCombo);
    const QSignalBlocker b3(m_queueRegion);
    const QSignalBlocker b4(m_queueSkill);
    m_regionCombo->clear();
    m_skillCombo->clear();
    m_queueRegion->clear();
    m_queueSkill->clear();
    m_regionCombo->addItem(tr("All regions"), 0);
    m_queueRegion->addItem(tr("Any region"), 0);
    m_skillCombo->addItem(tr("All skills"), 0);
    m_queueSkill->addItem(tr("Any skill"), 0);
    QList<Tag> tags = m_board.tags;
    std::sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) { return a.name < b.name; });
    for (const Tag &t : std::as_const(tags)) {
        if (t.category == QLatin1String("region")) {
            m_regionCombo->addItem(t.name, t.id);
            m_queueRegion->addItem(t.name, t.id);
        } else {
            m_skillCombo->addItem(t.name, t.id);
            m_queueSkill->addItem(t.name, t.id);
        }
    }
    m_regionCombo->setCurrentIndex(std::max(0, m_regionCombo->findData(region)));
    m_skillCombo->setCurrentIndex(std::max(0, m_skillCombo->findData(skill)));
    m_queueRegion->setCurrentIndex(std::max(0, m_queueRegion->findData(qRegion)));
    m_queueSkill->setCurrentIndex(std::max(0, m_queueSkill->findData(qSkill)));
    m_queueFilter->setRegion(m_queueRegion->currentData().toLongLong());
    m_queueFilter->setRequiredTag(m_queueSkill->currentData().toLongLong());
    rebuildRows();
}

void DispatchBoardWidget::rebuildRows()
{
    const qint64 region = m_regionCombo->currentData().toLongLong();
    const qint64 skill = m_skillCombo->currentData().toLongLong();
    const bool group = m_groupCombo->currentIndex() == 1;
    // Each technician's main region: the region tag with the highest level.
    auto mainRegion = [this](const Technician &t) -> const Tag * {
        const Tag *best = nullptr;
        int level = 0;
        for (const TagLevel &tl : t.tags) {
            const Tag *tag = m_board.tag(tl.tagId);
            if (tag && tag->category == QLatin1String("region") && tl.level > level) {
                best = tag;
                level = tl.level;
            }
        }
        return best;
    };
    struct Entry
    {
        QString group;
        const Technician *tech;
    };
    QList<Entry> entries;
    for (const Technician &t : std::as_const(m_board.technicians)) {
        if (region && t.level(region) <= 0)
            continue;
        if (skill && t.level(skill) <= 0)
            continue;
        const Tag *r = mainRegion(t);
        entries << Entry{r ? r->name : tr("No region"), &t};
    }
    if (group)
        std::stable_sort(entries.begin(), entries.end(),
            [](const Entry &a, const Entry &b) { return QString::localeAwareCompare(a.group, b.group) < 0; });
    QList<DispatchTimeline::Row> rows;
    QString current;
    for (const Entry &e : std::as_const(entries)) {
        if (group && (rows.isEmpty() || e.group != current)) {
            current = e.group;
            rows << DispatchTimeline::Row{0, current};
        }
        rows << DispatchTimeline::Row{e.tech->id, e.group};
    }
    m_timeline->setRows(rows);
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

// ---- writes ----

void DispatchBoardWidget::onDrop(const Slot &slot, DispatchTimeline::DropKind kind)
{
    const Job *job = m_board.job(slot.jobId);
    if (!job)
        return;
    UndoStep inverse;
    inverse.jobId = job->id;
    if (kind == DispatchTimeline::DropKind::Crew) {
        inverse.kind = UndoStep::Kind::RemoveCrew;
        inverse.technicianId = slot.technicianId;
    } else if (!job->scheduled() || job->status == JobStatus::Unscheduled) {
        inverse.kind = UndoStep::Kind::Unassign;
    } else {
        inverse.kind = UndoStep::Kind::Assign;
        inverse.slot = Slot{job->id, job->leadTechnicianId, job->start, job->durationMin, false};
    }
    place(slot, inverse);
}

void DispatchBoardWidget::place(const Slot &slot, std::optional<UndoStep> inverse)
{
    if (!m_api)
        return;
    Job *job = m_board.job(slot.jobId);
    if (!job)
        return;
    const Job before = *job;
    // Optimistic: paint it where it was dropped now; the write confirms or rolls back.
    if (slot.crew) {
        if (!job->hasTechnician(slot.technicianId))
            job->crew << slot.technicianId;
    } else {
        job->crew.removeAll(slot.technicianId);
        job->leadTechnicianId = slot.technicianId;
        job->start = slot.start;
        if (slot.durationMin > 0)
            job->durationMin = slot.durationMin;
        if (job->status == JobStatus::Unscheduled)
            job->status = JobStatus::Scheduled;
    }
    boardEdited(rowsOf(before) << slot.technicianId);
    m_timeline->setSelection(slot.jobId, slot.crew ? slot.technicianId : job->leadTechnicianId);
    m_timeline->viewport()->repaint(); // the optimistic state is on screen before the write leaves
    send(slot.jobId, m_api->assign(slot, before.version), before, inverse);
}

void DispatchBoardWidget::requestUnassign(qint64 jobId)
{
    Job *job = m_board.job(jobId);
    if (!job || !m_api || !job->scheduled())
        return;
    if (job->pinned) {
        showRefusal(tr("%1 is pinned: unpin it before sending it back to the queue.").arg(job->code));
        return;
    }
    const Job before = *job;
    UndoStep inverse;
    inverse.kind = UndoStep::Kind::Assign;
    inverse.jobId = jobId;
    inverse.slot = Slot{jobId, before.leadTechnicianId, before.start, before.durationMin, false};
    job->leadTechnicianId = 0;
    job->crew.clear();
    job->start = QDateTime();
    job->status = JobStatus::Unscheduled;
    m_timeline->setSelection(jobId, 0);
    boardEdited(rowsOf(before));
    send(jobId, m_api->unassign(jobId, before.version), before, inverse);
}

void DispatchBoardWidget::requestPin(qint64 jobId, bool pinned)
{
    Job *job = m_board.job(jobId);
    if (!job || !m_api || job->pinned == pinned)
        return;
    const Job before = *job;
    UndoStep inverse;
    inverse.kind = UndoStep::Kind::Pin;
    inverse.jobId = jobId;
    inverse.pinned = before.pinned;
    job->pinned = pinned;
    boardEdited(rowsOf(before));
    send(jobId, m_api->setPinned(jobId, pinned, before.version), before, inverse);
}

void DispatchBoardWidget::requestRemoveCrew(qint64 jobId, qint64 technicianId)
{
    Job *job = m_board.job(jobId);
    if (!job || !m_api || !job->crew.contains(technicianId))
        return;
    const Job before = *job;
    UndoStep inverse;
    inverse.kind = UndoStep::Kind::Assign;
    inverse.jobId = jobId;
    inverse.slot = Slot{jobId, technicianId, before.start, 0, true};
    job->crew.removeAll(technicianId);
    boardEdited(rowsOf(before));
    send(jobId, m_api->removeCrewMember(jobId, technicianId, before.version), before, inverse);
}

void DispatchBoardWidget::send(
    qint64 jobId, QFuture<DispatchWriteResult> future, const Job &before, std::optional<UndoStep> inverse)
{
    ++m_pendingWrites;
    ++m_inFlight[jobId];
    ops::runThen(future, this, [this, jobId, before, inverse](const DispatchWriteResult &r) {
        --m_pendingWrites;
        if (--m_inFlight[jobId] <= 0)
            m_inFlight.remove(jobId);
        if (r.ok()) {
            replaceJob(r.value());
            if (inverse) {
                m_undo << *inverse;
                m_undo.last().afterVersion = r.value().version;
                if (m_undo.size() > 50)
                    m_undo.removeFirst();
            }
            m_undoAction->setEnabled(!m_undo.isEmpty());
            emit writeFinished(true);
            return;
        }
        if (r.isStale()) {
            // Someone else changed it: show the job as it now is, never overwrite silently.
            replaceJob(r.current ? *r.current : before);
            m_banner->showWarning(tr("Not saved: %1.").arg(r.error().userMessage));
        } else {
            replaceJob(before);
            if (r.isRefused()) {
                QStringList lines;
                for (const Violation &v : r.violations)
                    if (v.hard)
                        lines << v.message;
                showRefusal(lines.join(QLatin1Char('\n')));
            } else {
                m_banner->showError(tr("Not saved: %1").arg(r.error().userMessage));
            }
        }
        emit writeFinished(false);
    });
}

void DispatchBoardWidget::showRefusal(const QString &text)
{
    m_banner->showError(tr("Refused: %1").arg(text));
}

void DispatchBoardWidget::undo()
{
    if (m_undo.isEmpty() || !m_api)
        return;
    const UndoStep step = m_undo.takeLast();
    m_undoAction->setEnabled(!m_undo.isEmpty());
    Job *job = m_board.job(step.jobId);
    if (!job) {
        m_banner->showWarning(tr("The job is no longer on the board: nothing to undo."));
        return;
    }
    if (job->version != step.afterVersion) {
        // Someone changed it after us: undoing now would overwrite their change without them knowing.
        m_banner->showWarning(tr("%1 was changed by someone else since: nothing undone.").arg(job->code));
        return;
    }
    switch (step.kind) {
    case UndoStep::Kind::Assign:
        place(step.slot, std::nullopt);
        break;
    case UndoStep::Kind::Unassign: {
        const Job before = *job;
        job->leadTechnicianId = 0;
        job->crew.clear();
        job->start = QDateTime();
        job->status = JobStatus::Unscheduled;
        boardEdited(rowsOf(before));
        send(step.jobId, m_api->unassign(step.jobId, before.version), before, std::nullopt);
        break;
    }
    case UndoStep::Kind::Pin: {
        const Job before = *job;
        job->pinned = step.pinned;
        boardEdited(rowsOf(before));
        send(step.jobId, m_api->setPinned(step.jobId, step.pinned, before.version), before, std::nullopt);
        break;
    }
    case UndoStep::Kind::RemoveCrew: {
        const Job before = *job;
        job->crew.removeAll(step.technicianId);
        boardEdited(rowsOf(before));
        send(step.jobId, m_api->removeCrewMember(step.jobId, step.technicianId, before.version), before, std::nullopt);
        break;
    }
    }
}

void DispatchBoardWidget::onKeyMove(qint64 jobId, qint64 technicianId, int minutes, int rows)
{
    const Job *job = m_board.job(jobId);
    if (!job || !job->scheduled())
        return;
    Slot slot{jobId, job->leadTechnicianId, job->start.addSecs(qint64(minutes) * 60), job->durationMin, false};
    if (rows != 0) {
        const QList<DispatchTimeline::Row> &all = m_timeline->rows();
        qsizetype at = -1;
        const qint64 from = technicianId ? technicianId : job->leadTechnicianId;
        for (qsizetype i = 0; i < all.size(); ++i)
            if (all.at(i).technicianId == from)
                at = i;
        if (at < 0)
            return;
        qsizetype i = at + rows;
        while (i >= 0 && i < all.size() && !all.at(i).technicianId)
            i += rows > 0 ? 1 : -1;
        if (i < 0 || i >= all.size())
            return;
        slot.technicianId = all.at(i).technicianId;
    }
    const auto state = DispatchTimeline::evaluate(m_board, m_index, slot, DispatchTimeline::DropKind::Move);
    if (!state.allowed) {
        showRefusal(state.text);
        return;
    }
    if (state.warning)
        m_banner->showWarning(state.text);
    onDrop(slot, DispatchTimeline::DropKind::Move);
    m_timeline->ensureVisible(jobId, slot.technicianId);
}

void DispatchBoardWidget::onKeyResize(qint64 jobId, int minutes)
{
    const Job *job = m_board.job(jobId);
    if (!job || !job->scheduled())
        return;
    const int duration = job->durationMin + minutes;
    if (duration < DispatchTimeline::kSnapMin)
        return;
    const Slot slot{jobId, job->leadTechnicianId, job->start, duration, false};
    const auto state = DispatchTimeline::evaluate(m_board, m_index, slot, DispatchTimeline::DropKind::Resize);
    if (!state.allowed) {
        showRefusal(state.text);
        return;
    }
    onDrop(slot, DispatchTimeline::DropKind::Resize);
}

void DispatchBoardWidget::onContextMenu(qint64 jobId, qint64 technicianId, const QPoint &globalPos)
{
    const Job *job = m_board.job(jobId);
    if (!job)
        return;
    QMenu menu(this);
    menu.addAction(tr("Open %1").arg(job->code), this, [this, jobId] { emit jobActivated(jobId); });
    menu.addAction(job->pinned ? tr("Unpin") : tr("Pin"), this,
        [this, jobId, pinned = job->pinned] { requestPin(jobId, !pinned); });
    if (job->scheduled() && !job->pinned)
        menu.addAction(tr("Back to the queue"), this, [this, jobId] { requestUnassign(jobId); });
    if (technicianId && job->crew.contains(technicianId)) {
        const Technician *t = m_board.technician(technicianId);
        menu.addAction(tr("Remove %1 from the crew").arg(t ? t->name : QString()), this,
            [this, jobId, technicianId] { requestRemoveCrew(jobId, technicianId); });
    }
    if (job->scheduled()) {
        QMenu *crew = menu.addMenu(tr("Add a crew member"));
        for (const DispatchTimeline::Row &row : m_timeline->rows()) {
            const Technician *t = m_board.technician(row.technicianId);
            if (!t || job->hasTechnician(t->id))
                continue;
            const Slot slot{jobId, t->id, job->start, 0, true};
            const auto state = DispatchTimeline::evaluate(m_board, m_index, slot, DispatchTimeline::DropKind::Crew);
            QAction *a =
                crew->addAction(t->name, this, [this, slot] { onDrop(slot, DispatchTimeline::DropKind::Crew); });
            a->setEnabled(state.allowed);
            if (!state.allowed)
                a->setToolTip(state.text);
        }
        crew->setToolTipsVisible(true);
    }
    menu.exec(globalPos);
}

// ---- live ----

void DispatchBoardWidget::replaceJob(const Job &job)
{
    Job *mine = m_board.job(job.id);
    QList<qint64> rows = rowsOf(job);
    if (mine)
        rows << rowsOf(*mine);
    rows << 0; // never empty: only these rows are painted again
    if (job.status == JobStatus::Unscheduled || (mine && mine->status == JobStatus::Unscheduled))
        m_queued.clear(); // a queue row changed: rebuild the queue
    const bool belongs = !job.scheduled() ? job.status == JobStatus::Unscheduled
                                          : localDay(job.start) >= m_board.from && localDay(job.start) <= m_board.to;
    if (mine && belongs) {
        *mine = job;
    } else if (mine) {
        removeJob(job.id);
        return;
    } else if (belongs) {
        m_board.jobs << job;
        m_board.reindex();
    }
    boardEdited(rows);
}

void DispatchBoardWidget::removeJob(qint64 jobId)
{
    const auto it =
        std::find_if(m_board.jobs.begin(), m_board.jobs.end(), [jobId](const Job &j) { return j.id == jobId; });
    if (it == m_board.jobs.end())
        return;
    QList<qint64> rows = rowsOf(*it);
    rows << 0;
    m_board.jobs.erase(it);
    m_board.reindex();
    if (m_timeline->selectedJob() == jobId)
        m_timeline->setSelection(0, m_timeline->selectedTechnician());
    boardEdited(rows);
}

void DispatchBoardWidget::onChange(const ops::live::Change &change)
{
    if (!m_api)
        return;
    if (change.table == QLatin1String("technician_absences") || change.table == QLatin1String("dispatch_technicians")
        || change.table == QLatin1String("technician_tags") || change.table == QLatin1String("dispatch_settings")) {
        reload();
        return;
    }
    if (change.table != QLatin1String("dispatch_jobs") && change.table != QLatin1String("job_technicians"))
        return;
    if (change.many() || change.table != QLatin1String("dispatch_jobs")) {
        reload();
        return;
    }
    const QList<qint64> ids = change.ids;
    ops::runThen(m_api->jobs(ids), this, [this, ids](const ops::Result<QList<Job>> &r) {
        if (!r.ok())
            return; // the next change or reload brings them
        QSet<qint64> seen;
        for (const Job &j : r.value()) {
            seen.insert(j.id);
            if (m_inFlight.contains(j.id))
                continue; // our own write brings it back
            const Job *mine = m_board.job(j.id);
            if (mine && mine->version > j.version)
                continue; // older than what we have
            replaceJob(j);
        }
        for (qint64 id : ids)
            if (!seen.contains(id) && !m_inFlight.contains(id))
                removeJob(id);
        updateMap();
    });
}
