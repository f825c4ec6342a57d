#pragma once

#include <memory>

#include <QObject>
#include <QString>

namespace ops {
class SecretStore;
class Settings;
} // namespace ops

namespace ops::integrations {
class IntegrationSettings;
}

class QThreadPool;
class QTimer;

namespace ops::campaigns {

// The inbound pull (InboundPull) every minute in the background: a timer on the owner's thread starts one pull at a
// time on the given pool (never the GUI thread), with its own connection (reopened after a failure). A provider that is
// down is logged once, until it answers again; nothing is lost (the next tick reads from the same cursor). Used by the
// GUI's composition root (start: the settings file and the keychain) and by `targo-opsctl worker` (startWith: the
// environment). Nothing runs when neither provider is configured for the pull (InboundPull.h).
class InboundPump : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60000;

    // pool outlives the pump: a pull in flight when the pump dies finishes there (it holds what it uses).
    explicit InboundPump(QThreadPool &pool, QObject *parent = nullptr);
    ~InboundPump() override;

    // Reads the Mailjet and Twilio secrets from the keychain (asynchronously), then startWith.
    void start(const QString &conninfo, const Settings &settings, SecretStore &secrets, int intervalMs = kIntervalMs);
    // The TARGO_* environment is applied over `settings`. First pull at once, then every intervalMs.
    void startWith(
        const QString &conninfo, const integrations::IntegrationSettings &settings, int intervalMs = kIntervalMs);
    void stop(); // no new pull (the one in flight finishes)
    bool isActive() const;

private:
    void tick();

    struct State;
    std::shared_ptr<State> m_state;
    QThreadPool &m_pool;
    QTimer *m_timer = nullptr;
    quint64 m_generation = 0;
};

} // namespace ops::campaigns
