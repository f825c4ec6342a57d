#pragma once

#include <QPointer>
#include <QWidget>

class AssistantPanel;
class DispatchBoardWidget;
class JobDetailWidget;
class OnMyWayAction;
class OptimizerDialog;
class QAction;
class QDockWidget;

namespace ops {
struct Capabilities;
class Settings;
namespace integrations {
class GpsPrivacyApi;
}
namespace live {
class ChangeFeed;
}
namespace cpe {
class CpeApi;
}
namespace dispatch {
class DispatchApi;
class JobDetailApi;
class LivePositions;
class OnMyWayApi;
class OptimizerApi;
class PresenceTracker;
} // namespace dispatch
} // namespace ops

// The Dispatch section (Ctrl+5): the board, and in its detachable "Job" pane the selected job's "on my way" action
// and detail. Enter (or a double-click) opens the job in its own window. The "Suggestions" pane (under the queue)
// ranks who could take the selected job (Ctrl+Space goes to it, Enter assigns). The board's toolbar gains "Optimize
// day" and "Optimize rest of today" (the latter when the board shows today) for roles that may write dispatch: they
// open the optimizer's non-modal dialog (progress, diff, Apply / Discard). Everything comes through the session's
// APIs; attach(nullptrs) detaches.
class DispatchSection : public QWidget
{
    Q_OBJECT
public:
    explicit DispatchSection(ops::Settings *settings, QWidget *parent = nullptr);
    ~DispatchSection() override;

    struct Apis
    {
        ops::dispatch::DispatchApi *board = nullptr;
        ops::dispatch::JobDetailApi *detail = nullptr;
        ops::dispatch::OnMyWayApi *onMyWay = nullptr;
        ops::dispatch::LivePositions *positions = nullptr;
        ops::live::ChangeFeed *changes = nullptr;
        ops::dispatch::PresenceTracker *presence = nullptr; // who else is on a job (announced and heard)
        ops::dispatch::OptimizerApi *optimizer = nullptr; // the assistant and the day optimizer
        ops::integrations::GpsPrivacyApi *gpsPrivacy = nullptr; // the technicians' GPS notice (Law 25)
    };
    void attach(const Apis &apis);
    // Managers see the board read-only; the section itself is shown only to roles that may read it (MainWindow).
    void setCapabilities(const ops::Capabilities &caps);
    // The job detail's "Device" tab (issue 15); null: not available.
    void setCpeApi(ops::cpe::CpeApi *api);

    DispatchBoardWidget *board() const { return m_board; }
    JobDetailWidget *detail() const { return m_detail; }
    OnMyWayAction *onMyWay() const;
    AssistantPanel *assistant() const { return m_assistant; }
    QDockWidget *assistantDock() const { return m_assistDock; }
    QAction *suggestAction() const { return m_suggest; }
    QAction *optimizeDayAction() const { return m_optimizeDay; }
    QAction *optimizeRestAction() const { return m_optimizeRest; }
    QAction *gpsNoticeAction() const { return m_gpsNotice; }
    // Opens (or raises) the optimizer's dialog for the board's day, or the rest of today, and starts planning.
    OptimizerDialog *optimize(bool restOfToday);
    OptimizerDialog *optimizerDialog() const; // the open one, or null

private:
    void onJobSelected(qint64 jobId);
    void openJobWindow(qint64 jobId);
    void updateOptimizerActions();

    DispatchBoardWidget *m_board = nullptr;
    JobDetailWidget *m_detail = nullptr;
    QWidget *m_pane = nullptr;
    QPointer<OnMyWayAction> m_onMyWay;
    AssistantPanel *m_assistant = nullptr;
    QDockWidget *m_assistDock = nullptr;
    QAction *m_suggest = nullptr;
    QAction *m_optimizeDay = nullptr;
    QAction *m_optimizeRest = nullptr;
    QAction *m_gpsNotice = nullptr;
    QPointer<OptimizerDialog> m_optimizerDialog;
    bool m_canWrite = true; // until setCapabilities() says otherwise (the board's own default)
    Apis m_apis;
};
