#include "ui/dispatch/DispatchSection.h"

#include <QAction>
#include <QDockWidget>
#include <QLocale>
#include <QMainWindow>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/dispatch/DispatchApi.h"
#include "core/dispatch/JobDetailApi.h"
#include "core/dispatch/LivePositions.h"
#include "core/dispatch/OnMyWayApi.h"
#include "core/dispatch/OptimizerApi.h"
#include "core/dispatch/Presence.h"
#include "core/session/Capabilities.h"
#include "ui/common/MessageBanner.h"
#include "ui/cpe/CpePanel.h"
#include "ui/dispatch/AssistantPanel.h"
#include "ui/dispatch/DispatchBoardWidget.h"
#include "ui/dispatch/GpsNoticeDialog.h"
#include "ui/dispatch/JobDetailDialog.h"
#include "ui/dispatch/JobDetailWidget.h"
#include "ui/dispatch/OnMyWayAction.h"
#include "ui/dispatch/OptimizerDialog.h"

using namespace Qt::Literals::StringLiterals;

DispatchSection::DispatchSection(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_board = new DispatchBoardWidget(this);
    m_board->setObjectName(QStringLiteral("dispatchBoard"));
    v->addWidget(m_board);

    // The assistant, under the queue (its dock is created before the remembered layout is restored).
    m_assistDock = new QDockWidget(tr("Suggestions"), m_board->panes());
    m_assistDock->setObjectName(u"dispatchAssistDock"_s);
    m_assistDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    m_assistant = new AssistantPanel(m_board, m_assistDock);
    m_assistDock->setWidget(m_assistant);
    m_board->panes()->splitDockWidget(m_board->queueDock(), m_assistDock, Qt::Vertical);
    m_suggest = new QAction(tr("Suggest"), this);
    m_suggest->setObjectName(u"dispatchSuggestAction"_s);
    m_suggest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_suggest->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_suggest->setToolTip(tr("Who could take the selected job (Ctrl+Space)"));
    addAction(m_suggest);
    connect(m_suggest, &QAction::triggered, this, [this] {
        m_assistDock->show();
        m_assistDock->raise();
        m_assistant->suggest();
    });

    // The optimizer, on the board's toolbar.
    QToolBar *bar = m_board->toolbar();
    bar->addSeparator();
    m_optimizeDay = bar->addAction(tr("Optimize day…"));
    m_optimizeDay->setObjectName(u"optimizeDayAction"_s);
    m_optimizeRest = bar->addAction(tr("Optimize rest of today…"));
    m_optimizeRest->setObjectName(u"optimizeRestAction"_s);
    m_optimizeRest->setToolTip(tr("Re-plan what is left of today: jobs en route, on site or done stay, each "
                                  "technician leaves from where they are now"));
    // Law 25: the technicians' GPS notice, read-only, for everyone on the board.
    bar->addSeparator();
    m_gpsNotice = bar->addAction(tr("GPS notice"));
    m_gpsNotice->setObjectName(u"gpsNoticeAction"_s);
    m_gpsNotice->setToolTip(
        tr("What GPS tracking collects from technicians, when, why, for how long, and who sees it"));
    m_gpsNotice->setEnabled(false);
    connect(m_gpsNotice, &QAction::triggered, this, [this] {
        auto *dialog = new GpsNoticeDialog(m_apis.gpsPrivacy, this);
        dialog->open();
    });
    connect(m_optimizeDay, &QAction::triggered, this, [this] { optimize(false); });
    connect(m_optimizeRest, &QAction::triggered, this, [this] { optimize(true); });
    connect(m_board, &DispatchBoardWidget::dayChanged, this, &DispatchSection::updateOptimizerActions);
    connect(m_board, &DispatchBoardWidget::boardLoaded, this, &DispatchSection::updateOptimizerActions);
    updateOptimizerActions();

    if (settings)
        m_board->setSettings(settings);

    m_pane = new QWidget;
    auto *pv = new QVBoxLayout(m_pane);
    pv->setContentsMargins(4, 4, 4, 4);
    m_detail = new JobDetailWidget(m_pane);
    pv->addWidget(m_detail, 1);
    m_board->detailDock()->setWidget(m_pane);

    connect(m_board, &DispatchBoardWidget::jobSelected, this, &DispatchSection::onJobSelected);
    connect(m_board, &DispatchBoardWidget::jobActivated, this, &DispatchSection::openJobWindow);
}

DispatchSection::~DispatchSection() = default;

void DispatchSection::attach(const Apis &apis)
{
    if (m_apis.positions)
        disconnect(m_apis.positions, nullptr, this, nullptr);
    if (m_apis.presence) {
        m_apis.presence->announce(0, ops::dispatch::PresenceTracker::Mode::None);
        disconnect(m_apis.presence, nullptr, m_board, nullptr);
        disconnect(m_board, &DispatchBoardWidget::presenceChanged, m_apis.presence, nullptr);
    }
    m_apis = apis;
    if (apis.presence) {
        using Mode = ops::dispatch::PresenceTracker::Mode;
        connect(m_board, &DispatchBoardWidget::presenceChanged, apis.presence,
            [tracker = apis.presence](qint64 jobId, DispatchBoardWidget::PresenceMode mode) {
                tracker->announce(jobId,
                    mode == DispatchBoardWidget::PresenceMode::Editing       ? Mode::Editing
                        : mode == DispatchBoardWidget::PresenceMode::Viewing ? Mode::Viewing
                                                                             : Mode::None);
            });
        connect(apis.presence, &ops::dispatch::PresenceTracker::othersChanged, m_board,
            &DispatchBoardWidget::setOthersOnJob);
    }
    delete m_onMyWay;
    if (apis.onMyWay) {
        m_onMyWay = new OnMyWayAction(apis.onMyWay, m_pane);
        static_cast<QVBoxLayout *>(m_pane->layout())->insertWidget(0, m_onMyWay);
        if (apis.positions) {
            connect(apis.positions, &ops::dispatch::LivePositions::positionChanged, m_onMyWay,
                [action = m_onMyWay](qint64 technicianId, qint64, const ops::dispatch::Position &) {
                    action->onPositionChanged(technicianId);
                });
        }
    }
    m_gpsNotice->setEnabled(apis.gpsPrivacy != nullptr);
    m_detail->setApi(apis.detail);
    m_detail->setChangeFeed(apis.changes);
    m_assistant->setApi(apis.optimizer);
    if (m_optimizerDialog)
        m_optimizerDialog->close(); // planned with the session being left
    updateOptimizerActions();
    m_board->setChangeFeed(apis.changes);
    m_board->setApi(apis.board); // loads the board
}

void DispatchSection::setCpeApi(ops::cpe::CpeApi *api)
{
    m_detail->cpePanel()->setApi(api);
}

void DispatchSection::setCapabilities(const ops::Capabilities &caps)
{
    m_detail->cpePanel()->setCapabilities(caps);
    const bool write = caps.allows(ops::Capabilities::Action::WriteDispatch);
    m_board->setReadOnly(!write, caps.whyNot(ops::Capabilities::Action::WriteDispatch));
    m_assistant->setReadOnly(!write);
    m_canWrite = write;
    if (!write && m_optimizerDialog)
        m_optimizerDialog->close();
    updateOptimizerActions();
}

void DispatchSection::updateOptimizerActions()
{
    const bool available = m_apis.optimizer && m_canWrite;
    m_optimizeDay->setVisible(available);
    // A day gone by is history: nothing to re-plan.
    const bool past = m_board->date() < m_board->today();
    m_optimizeDay->setEnabled(!past);
    m_optimizeDay->setToolTip(past ? tr("%1 is past: there is nothing left to plan.")
                                         .arg(QLocale().toString(m_board->date(), QLocale::LongFormat))
                                   : tr("Propose a better plan for %1 (pinned jobs stay); you review the changes "
                                        "before anything is written")
                                         .arg(QLocale().toString(m_board->date(), QLocale::LongFormat)));
    // The rest of today: only on today's board.
    m_optimizeRest->setVisible(available && m_board->date() == m_board->today());
}

OptimizerDialog *DispatchSection::optimize(bool restOfToday)
{
    if (!m_apis.optimizer || !m_canWrite || m_board->date() < m_board->today())
        return nullptr;
    if (restOfToday && m_board->date() != m_board->today())
        return nullptr;
    const QDate day = restOfToday ? m_board->today() : m_board->date();
    if (m_optimizerDialog) {
        if (m_optimizerDialog->day() == day && m_optimizerDialog->restOfToday() == restOfToday) {
            m_optimizerDialog->raise();
            m_optimizerDialog->activateWindow();
            return m_optimizerDialog;
        }
        m_optimizerDialog->close(); // another day: that plan is abandoned
    }
    auto *dialog = new OptimizerDialog(m_apis.optimizer, day, restOfToday, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_optimizerDialog = dialog;
    connect(dialog, &OptimizerDialog::applied, this, [this](int jobs) {
        m_board->banner()->showSuccess(tr("The optimizer's plan is on the board: %n job(s) changed.", "", jobs));
        m_board->reload(); // live anyway; a reload shows it at once
    });
    dialog->show();
    dialog->plan();
    return dialog;
}

void DispatchSection::onJobSelected(qint64 jobId)
{
    m_assistant->setJob(jobId);
    if (jobId && m_apis.detail)
        m_detail->openJob(jobId);
    if (!m_onMyWay)
        return;
    const ops::dispatch::Job *job = jobId ? m_board->board().job(jobId) : nullptr;
    if (job)
        m_onMyWay->setJob(*job);
    else
        m_onMyWay->clear();
}

void DispatchSection::openJobWindow(qint64 jobId)
{
    if (!jobId || !m_apis.detail)
        return;
    auto *dialog = new JobDetailDialog(m_apis.detail, jobId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    CpePanel *cpe = dialog->detail()->cpePanel(); // its "Device" tab, like the pane's
    cpe->setCapabilities(m_detail->cpePanel()->capabilities());
    cpe->setApi(m_detail->cpePanel()->api());
    dialog->show();
}

OptimizerDialog *DispatchSection::optimizerDialog() const
{
    return m_optimizerDialog;
}

OnMyWayAction *DispatchSection::onMyWay() const
{
    return m_onMyWay;
}
