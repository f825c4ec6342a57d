#pragma once

#include <QObject>

#include "core/cpe/CpePanelTypes.h"

class QTimer;

namespace ops::cpe {

class CpeApi;

// Follows one CPE action until it ends (GUI thread, never waits): first its outbox row (pending → sending → sent |
// failed), then, when GenieACS answered 202 (the device did not take the task at once), the device's pending tasks
// every few seconds until the task is gone (done) or shows a fault (its text; Retry or Delete). A done Refresh
// reads the device into cpe_status again before it says "done". A poll that fails (GenieACS down) keeps the state
// and tries again.
class CpeActionTracker : public QObject
{
    Q_OBJECT
public:
    CpeActionTracker(CpeApi &api, const CpeActionQueued &queued, QObject *parent = nullptr);
    ~CpeActionTracker() override;

    void setIntervals(int outboxMs, int taskMs); // defaults 1 s and 4 s
    void start();
    // A faulted task: run it again at the next inform, or delete it from GenieACS.
    void retry();
    void deleteTask();

    const CpeActionQueued &action() const { return m_queued; }
    const CpeFollowState &state() const { return m_state; }

signals:
    void changed(const ops::cpe::CpeFollowState &state);

private:
    void poll();
    void pollOutbox();
    void pollTasks();
    void set(CpeFollowState::Phase phase, const QString &text = {});
    void finish();
    void schedule(int ms);

    CpeApi &m_api;
    CpeActionQueued m_queued;
    CpeFollowState m_state;
    QTimer *m_timer = nullptr;
    int m_outboxMs = 1000;
    int m_taskMs = 4000;
    bool m_inFlight = false;
};

} // namespace ops::cpe
