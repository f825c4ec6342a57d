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
#include "core/dispatch/Eta.h"
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
    connect(m_clock, &QTimer::timeout, this, &DispatchBoardWidget::refreshEtaFlags); // ETAs move with the clock
    m_clock->start();
}

DispatchBoardWidget::~DispatchBoardWidget()
{
    saveLayout();
}

void DispatchBoardWidget::buildToolbar()
{
    auto *bar = new QToolBar(tr("Board"), m_panes);
    m_toolbar = bar;
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
    m_mapFramed = false;
    if (m_dateEdit->date() != day) {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(day);
    }
    reload();
    emit dayChanged(day);
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
    refreshEtaFlags();
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

QDate DispatchBoardWidget::today() const
{
    return localDay(now());
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
    refreshEtaFlags();
    updateDetail();
    emit boardChanged();
}

void DispatchBoardWidget::refreshEtaFlags()
{
    QHash<qint64, QString> flags;
    const QDateTime t = now();
    for (const Job &j : std::as_const(m_board.jobs)) {
        if (j.status != JobStatus::EnRoute || !j.point || !j.leadTechnicianId)
            continue;
        const Technician *lead = m_board.technician(j.leadTechnicianId);
        if (!lead || !lead->lastPosition)
            continue;
        const ops::dispatch::EtaEstimate e =
            ops::dispatch::estimateEta(*lead->lastPosition, *j.point, m_board.travel, t, j.windowEnd, j.etaAnnounced);
        if (e.slipped())
            flags.insert(j.id, ops::dispatch::etaSlipText(e));
    }
    m_timeline->setEtaFlags(flags);
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
