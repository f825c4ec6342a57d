#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;
class QTimer;
class Spinner;

namespace ops {
class HealthService;
} // namespace ops

// Owns the status bar's connection widgets: mode (embedded / server host), user, round-trip time (the session's
// HealthService pings every 5 s) and the "Connecting…" / "Connection lost — reconnecting…" states, then
// "Reconnected to server X" when HealthService reports where the connection came back (a failover).
class StatusBarController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Connecting,
        Connected,
        Reconnecting,
        Failed
    };
    Q_ENUM(State)

    struct Connection
    {
        ops::HealthService *health = nullptr;
        bool embedded = true;
        QString where; // server host list or embedded folder (tooltip)
        QString user;
    };

    StatusBarController(QStatusBar *bar, QObject *parent = nullptr);
    ~StatusBarController() override;

    void setConnecting(const QString &stage, int percent = -1);
    void setFailed(const QString &message);
    void attach(const Connection &connection);
    void detach();
    void pingNow();

    State state() const { return m_state; }
    QString stateText() const;
    QString roundTripText() const;
    int pingIntervalMs() const;

signals:
    void stateChanged(StatusBarController::State state);

private:
    void onPingResult(quint64 seq, bool ok, qint64 micros, const QString &error);
    void setState(State state, const QString &text);

    QStatusBar *m_bar;
    QPointer<ops::HealthService> m_health;
    QTimer *m_timer = nullptr;
    Spinner *m_spinner = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_rtt = nullptr;
    State m_state = State::Idle;
    quint64 m_pingSeq = 0;
    bool m_pingInFlight = false;
};
