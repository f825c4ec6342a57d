#include "ui/dispatch/DispatchSection.h"

#include <QDockWidget>
#include <QVBoxLayout>

#include "core/dispatch/DispatchApi.h"
#include "core/dispatch/JobDetailApi.h"
#include "core/dispatch/LivePositions.h"
#include "core/dispatch/OnMyWayApi.h"
#include "core/dispatch/Presence.h"
#include "core/session/Capabilities.h"
#include "ui/dispatch/DispatchBoardWidget.h"
#include "ui/dispatch/JobDetailDialog.h"
#include "ui/dispatch/JobDetailWidget.h"
#include "ui/dispatch/OnMyWayAction.h"

DispatchSection::DispatchSection(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_board = new DispatchBoardWidget(this);
    m_board->setObjectName(QStringLiteral("dispatchBoard"));
    v->addWidget(m_board);
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
    m_detail->setApi(apis.detail);
    m_detail->setChangeFeed(apis.changes);
    m_board->setChangeFeed(apis.changes);
    m_board->setApi(apis.board); // loads the board
}

void DispatchSection::setCapabilities(const ops::Capabilities &caps)
{
    const bool write = caps.allows(ops::Capabilities::Action::WriteDispatch);
    m_board->setReadOnly(!write, caps.whyNot(ops::Capabilities::Action::WriteDispatch));
}

void DispatchSection::onJobSelected(qint64 jobId)
{
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
    dialog->show();
}

OnMyWayAction *DispatchSection::onMyWay() const
{
    return m_onMyWay;
}
