#pragma once

#include <QPointer>
#include <QWidget>

class DispatchBoardWidget;
class JobDetailWidget;
class OnMyWayAction;

namespace ops {
struct Capabilities;
class Settings;
namespace live {
class ChangeFeed;
}
namespace dispatch {
class DispatchApi;
class JobDetailApi;
class LivePositions;
class OnMyWayApi;
class PresenceTracker;
} // namespace dispatch
} // namespace ops

// The Dispatch section (Ctrl+5): the board, and in its detachable "Job" pane the selected job's "on my way" action
// and detail. Enter (or a double-click) opens the job in its own window. Everything comes through the session's
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
    };
    void attach(const Apis &apis);
    // Managers see the board read-only; the section itself is shown only to roles that may read it (MainWindow).
    void setCapabilities(const ops::Capabilities &caps);

    DispatchBoardWidget *board() const { return m_board; }
    JobDetailWidget *detail() const { return m_detail; }
    OnMyWayAction *onMyWay() const;

private:
    void onJobSelected(qint64 jobId);
    void openJobWindow(qint64 jobId);

    DispatchBoardWidget *m_board = nullptr;
    JobDetailWidget *m_detail = nullptr;
    QWidget *m_pane = nullptr;
    QPointer<OnMyWayAction> m_onMyWay;
    Apis m_apis;
};
