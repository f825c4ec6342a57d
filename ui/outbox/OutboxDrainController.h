#pragma once

#include <memory>

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QThreadPool;

namespace ops {
class SecretStore;
class Settings;
namespace integrations {
class IntegrationSettings;
}
} // namespace ops

// Drains the outbox from the GUI process while a session is open: loads the integration settings, reads each
// provider's secret from the keychain (asynchronously), applies the TARGO_* environment overrides, and — when at
// least one provider is configured — runs an outbox::OutboxWorker on its own thread with its own NetExecutor.
// Never blocks the GUI thread: stopping asks the worker to stop and joins it on retirePool; only the destructor
// (after the main window is gone, at quit) waits for a worker still running.
class OutboxDrainController : public QObject
{
    Q_OBJECT
public:
    OutboxDrainController(
        ops::Settings &settings, ops::SecretStore &secrets, QThreadPool &retirePool, QObject *parent = nullptr);
    ~OutboxDrainController() override;

    // Environment overrides (TARGO_*); the process environment by default.
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

    // A session is open on conninfo: (re)start draining it.
    void start(const QString &conninfo);
    // The integration settings changed: start again with them (nothing when no session).
    void restart();
    // The session closes: stop draining (the worker is joined off the GUI thread).
    void stop();
    // Quit: ask the worker to stop now; the destructor waits for it.
    void requestStop();

    bool isRunning() const;
    QStringList providers() const { return m_providers; } // the providers being drained

signals:
    // After every start or stop; providers is empty when nothing is drained.
    void stateChanged(bool running, const QStringList &providers);

private:
    void launch(const ops::integrations::IntegrationSettings &settings, quint64 generation);
    void retire();

    struct Running;
    ops::Settings &m_settings;
    ops::SecretStore &m_secrets;
    QThreadPool &m_retirePool;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_conninfo;
    quint64 m_generation = 0;
    std::shared_ptr<Running> m_running;
    QStringList m_providers;
};
