#include "ui/outbox/OutboxDrainController.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/concurrency/Async.h"
#include "core/integrations/ProviderSettings.h"
#include "core/logging/Logger.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxWorker.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"

using ops::integrations::IntegrationSettings;
using ops::integrations::ProviderSettings;

namespace {
constexpr int kNetThreads = 2;
constexpr int kNetShutdownMs = 5000;
} // namespace

struct OutboxDrainController::Running
{
    std::unique_ptr<ops::net::NetExecutor> net;
    std::unique_ptr<ops::outbox::OutboxWorker> worker;

    // Blocking: a pool thread, or the destructor at quit.
    void join()
    {
        if (worker) {
            worker->stop();
            worker->wait();
        }
        worker.reset();
        if (net)
            net->shutdown(kNetShutdownMs);
        net.reset();
    }
};

OutboxDrainController::OutboxDrainController(
    ops::Settings &settings, ops::SecretStore &secrets, QThreadPool &retirePool, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_retirePool(retirePool)
{}

OutboxDrainController::~OutboxDrainController()
{
    ++m_generation;
    if (m_running) {
        m_running->join(); // at quit, after the window has gone
        m_running.reset();
    }
}

bool OutboxDrainController::isRunning() const
{
    return m_running != nullptr;
}

void OutboxDrainController::start(const QString &conninfo)
{
    m_conninfo = conninfo;
    restart();
}

void OutboxDrainController::restart()
{
    retire();
    if (m_conninfo.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    auto loaded = std::make_shared<IntegrationSettings>();
    loaded->load(m_settings);
    const QStringList ids = ProviderSettings::providerIds();
    auto remaining = std::make_shared<int>(int(ids.size()));
    for (const QString &id : ids) {
        ops::runThen(m_secrets.read(ProviderSettings::secretKey(id)), this,
            [this, generation, loaded, remaining, id](const ops::Result<QString> &r) {
                if (generation != m_generation)
                    return;
                if (r.ok()) {
                    ProviderSettings p = loaded->provider(id);
                    p.secret = r.value();
                    loaded->setProvider(p);
                } else if (r.error().kind != ops::Error::Kind::NotFound) {
                    ops::log::keychain()->warn("secret of {} unavailable: {}", id, r.error().detail);
                }
                if (--*remaining == 0)
                    launch(*loaded, generation);
            });
    }
}

void OutboxDrainController::launch(const IntegrationSettings &settings, quint64 generation)
{
    if (generation != m_generation)
        return;
    IntegrationSettings s = settings;
    s.applyEnvironment(m_env);
    auto running = std::make_shared<Running>();
    running->net = std::make_unique<ops::net::NetExecutor>(kNetThreads);
    QMap<QString, ops::net::ProviderConfig> configs;
    QMap<QString, ops::net::RawHeaders> headers;
    for (const ProviderSettings &p : s.configured()) {
        const ops::Status added = running->net->setProvider(p.netConfig());
        if (!added.ok()) {
            ops::log::net()->warn("outbox: provider {} not drained: {}", p.id, added.error().detail);
            continue;
        }
        configs.insert(p.id, p.netConfig());
        headers.insert(p.id, p.authHeaders());
    }
    if (configs.isEmpty()) {
        running->net->shutdown(0);
        m_providers.clear();
        ops::log::app()->info("outbox: no service is configured; nothing is sent from this workstation");
        emit stateChanged(false, {});
        return;
    }
    running->worker = std::make_unique<ops::outbox::OutboxWorker>(m_conninfo, *running->net, configs, headers);
    running->worker->start();
    m_running = std::move(running);
    m_providers = configs.keys();
    ops::log::app()->info("outbox: draining {} as {}", m_providers.join(u", "), m_running->worker->workerId());
    emit stateChanged(true, m_providers);
}

void OutboxDrainController::retire()
{
    ++m_generation;
    if (!m_running)
        return;
    std::shared_ptr<Running> running = std::exchange(m_running, nullptr);
    if (running->worker)
        running->worker->stop();
    (void)QtConcurrent::run(&m_retirePool, [running]() mutable {
        running->join();
        running.reset();
    });
    m_providers.clear();
    emit stateChanged(false, {});
}

void OutboxDrainController::stop()
{
    m_conninfo.clear();
    retire();
}

void OutboxDrainController::requestStop()
{
    ++m_generation;
    if (m_running && m_running->worker)
        m_running->worker->stop();
}
