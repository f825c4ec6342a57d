#pragma once

#include <memory>

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include "core/common/Result.h"
#include "core/outbox/OutboxWorker.h"

class QThreadPool;

namespace ops {
class SecretStore;
class Settings;
namespace integrations {
class IntegrationSettings;
}
} // namespace ops

namespace ops::outbox {

// Drains the outbox while a database is open: an OutboxWorker on its own thread with its own NetExecutor, for every
// configured provider. The one way the outbox is sent, by the GUI process and by `targo-opsctl worker` alike:
// - the GUI (start/restart): loads the integration settings file, reads each provider's secret from the keychain
//   (asynchronously), applies the TARGO_* environment overrides, and restarts when the settings are saved;
// - the headless worker (startWith): settings given (environment), options from the command line, join() at the end.
// Never blocks its thread: stopping asks the worker to stop and joins it on retirePool; only join() and the
// destructor wait for a worker still running.
class OutboxDrainController : public QObject
{
    Q_OBJECT
public:
    // settings/secrets: where start()/restart() read the integration settings (may be null for startWith() only).
    OutboxDrainController(Settings *settings, SecretStore *secrets, QThreadPool &retirePool, QObject *parent = nullptr);
    ~OutboxDrainController() override;

    // Environment overrides (TARGO_*); the process environment by default.
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    // The worker's options and the number of HTTPS threads (the next start).
    void setWorkerOptions(const OutboxWorkerOptions &options, int netThreads = 2);

    // A session is open on conninfo: (re)start draining it with the settings file and the keychain.
    void start(const QString &conninfo);
    // The integration settings changed: start again with them (nothing when no session).
    void restart();
    // Starts at once with these settings (the environment overrides are applied on top). Returns the providers
    // drained; an error naming the variables to set when no provider is configured.
    Result<QStringList> startWith(const QString &conninfo, const integrations::IntegrationSettings &settings);
    // The session closes: stop draining (the worker is joined off this thread).
    void stop();
    // Quit: ask the worker to stop now; join() or the destructor waits for it.
    void requestStop();
    // Blocking: waits for the running worker to end (after requestStop(), or by itself) and returns how it ended.
    Status join();

    bool isRunning() const;
    QStringList providers() const { return m_providers; } // the providers being drained
    QString workerId() const;
    OutboxWorkerStats stats() const; // of the running (or last joined) worker

signals:
    // After every start or stop; providers is empty when nothing is drained.
    void stateChanged(bool running, const QStringList &providers);
    // The worker's thread ended (stopped, or failed on its own: then status says why).
    void finished(const ops::Status &status);

private:
    Result<QStringList> launch(const integrations::IntegrationSettings &settings, quint64 generation);
    void retire();

    struct Running;
    Settings *m_settings = nullptr;
    SecretStore *m_secrets = nullptr;
    QThreadPool &m_retirePool;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    OutboxWorkerOptions m_options;
    int m_netThreads = 2;
    QString m_conninfo;
    quint64 m_generation = 0;
    std::shared_ptr<Running> m_running;
    QStringList m_providers;
    OutboxWorkerStats m_lastStats;
};

} // namespace ops::outbox
