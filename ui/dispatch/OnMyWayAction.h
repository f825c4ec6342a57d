#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include "core/dispatch/DispatchTypes.h"

class MessageBanner;
class QLabel;
class QPushButton;
class QTimer;

namespace ops::dispatch {
class OnMyWayApi;
struct OnMyWayPreview;
} // namespace ops::dispatch

// The "on my way" action of one job, for the dispatch board to host (a pane, the job detail, a popup): shows the ETA
// computed from the lead technician's last position, flags an ETA that slipped past the customer's window or the
// announced ETA, and sends the SMS in one click when the job is en route (the corrected SMS after a slip). Talks only
// to an OnMyWayApi (the Session's OnMyWayService, or a fake in tests); never waits on it. While an en-route or
// dispatched job is shown the ETA is recomputed every minute and whenever its technician's live position moves.
class OnMyWayAction : public QWidget
{
    Q_OBJECT
public:
    explicit OnMyWayAction(ops::dispatch::OnMyWayApi *api, QWidget *parent = nullptr);
    ~OnMyWayAction() override;

    // The job to act on, as the board has it (id, code, status, version, lead technician). Asks for its ETA.
    void setJob(const ops::dispatch::Job &job);
    void clear();

    qint64 jobId() const { return m_job.id; }
    int jobVersion() const { return m_job.version; }
    bool isSlipped() const { return m_slipped; }
    // For tests and hosts.
    QPushButton *sendButton() const { return m_send; }
    QLabel *etaLabel() const { return m_eta; }
    QLabel *slipLabel() const { return m_slip; }
    MessageBanner *banner() const { return m_banner; }

public slots:
    void refresh(); // asks for the ETA again
    // A live position arrived (LivePositions::positionChanged): refreshes when it is this job's technician.
    void onPositionChanged(qint64 technicianId);

signals:
    // The SMS was queued; version is the job's new version (the board updates its copy).
    void sent(qint64 jobId, int version);
    // The ETA slipped (or stopped slipping): the board flags the job. reason is translated; empty when not slipped.
    void slipChanged(qint64 jobId, bool slipped, const QString &reason);

private:
    void showPreview(const ops::dispatch::OnMyWayPreview &p);
    void showNoEta(const QString &why);
    void setSlipped(bool slipped, const QString &reason);
    void send();
    bool wantsEta() const;

    QPointer<ops::dispatch::OnMyWayApi> m_api;
    ops::dispatch::Job m_job;
    QLabel *m_eta = nullptr;
    QLabel *m_slip = nullptr;
    QPushButton *m_send = nullptr;
    MessageBanner *m_banner = nullptr;
    QTimer *m_timer = nullptr;
    quint64 m_generation = 0; // bumped when the job changes: older answers are dropped
    bool m_busy = false;
    bool m_canSend = false;
    bool m_slipped = false;
};
