#include "core/outbox/OutboxDrainController.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/concurrency/Async.h"
#include "core/integrations/ProviderSettings.h"
#include "core/logging/Logger.h"
#include "core/net/NetExecutor.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"

using ops::integrations::IntegrationSettings;
using ops::integrations::ProviderSettings;

namespace ops::outbox {

namespace {
constexpr int kNetShutdownMs = 5000;
} // namespace

struct OutboxDrainController::Running
{
    std::unique_ptr<net::NetExecutor> net;
    std::unique_ptr<OutboxWorker> worker;
    std::unique_ptr<QThread> thread; // runs worker->run()
    Status final = success();

    // Blocking: a pool thread, join(), or the destructor at quit.
    void join()
    {
        if (worker)
            worker->stop();
        if (thread)
            thread->wait();
        if (net)
            net->shutdown(kNetShutdownMs);
    }
};

OutboxDrainController::OutboxDrainController(
    Settings *settings, SecretStore *secrets, QThreadPool &retirePool, QObject *parent)
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

void OutboxDrainController::setWorkerOptions(const OutboxWorkerOptions &options, int netThreads)
{
    m_options = options;
    m_netThreads = qMax(1, netThreads);
}

bool OutboxDrainController::isRunning() const
{
    return m_running != nullptr;
}

QString OutboxDrainController::workerId() const
{
    return m_running && m_running->worker ? m_running->worker->workerId() : QString();
}

OutboxWorkerStats OutboxDrainController::stats() const
{
    return m_running && m_running->worker ? m_running->worker->stats() : m_lastStats;
}

void OutboxDrainController::start(const QString &conninfo)
{
    m_conninfo = conninfo;
    restart();
}

void OutboxDrainController::restart()
{
    retire();
    if (m_conninfo.isEmpty() || !m_settings || !m_secrets)
        return;
    const quint64 generation = ++m_generation;
    auto loaded = std::make_shared<IntegrationSettings>();
    loaded->load(*m_settings);
    const QStringList ids = ProviderSettings::providerIds();
    auto remaining = std::make_shared<int>(int(ids.size()));
    for (const QString &id : ids) {
        runThen(m_secrets->read(ProviderSettings::secretKey(id)), this,
            [this, generation, loaded, remaining, id](const Result<QString> &r) {
                if (generation != m_generation)
                    return;
                if (r.ok()) {
                    ProviderSettings p = loaded->provider(id);
                    p.secret = r.value();
                    loaded->setProvider(p);
                } else if (r.error().kind != Error::Kind::NotFound) {
                    log::keychain()->warn("secret of {} unavailable: {}", id, r.error().detail);
                }
                if (--*remaining == 0)
                    (void)launch(*loaded, generation);
            });
    }
}

Result<QStringList> OutboxDrainController::startWith(const QString &conninfo, const IntegrationSettings &settings)
{
    retire();
    m_conninfo = conninfo;
    return launch(settings, ++m_generation);
}

Result<QStringList> OutboxDrainController::launch(const IntegrationSettings &settings, quint64 generation)
{
    if (generation != m_generation)
        return Error::make(Error::Kind::Cancelled, QString(), QStringLiteral("superseded by a newer start"));
    IntegrationSettings s = settings;
    s.applyEnvironment(m_env);
    auto running = std::make_shared<Running>();
    running->net = std::make_unique<net::NetExecutor>(m_netThreads);
    QMap<QString, net::ProviderConfig> configs;
    QMap<QString, net::RawHeaders> headers;
    for (const ProviderSettings &p : s.configured()) {
        if (p.id == u"osrm")
            continue; // the routing server sends nothing through the outbox
        const Status added = running->net->setProvider(p.netConfig());
        if (!added.ok()) {
            log::net()->warn("outbox: provider {} not drained: {}", p.id, added.error().detail);
            continue;
        }
        configs.insert(p.id, p.netConfig());
        headers.insert(p.id, p.authHeaders());
    }
    if (configs.isEmpty()) {
        running->net->shutdown(0);
        m_providers.clear();
        log::app()->info("outbox: no service is configured; nothing is sent from this workstation");
        emit stateChanged(false, {});
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::outbox",
                "no service is configured: set TARGO_<SERVICE>_BASE_URL or its credentials (see the documentation)"),
            QStringLiteral("no provider configured"));
    }
    running->worker = std::make_unique<OutboxWorker>(m_conninfo, *running->net, configs, headers, m_options);
    OutboxWorker *worker = running->worker.get();
    Running *raw = running.get();
    running->thread.reset(QThread::create([worker, raw] { raw->final = worker->run(); }));
    running->thread->setObjectName(QStringLiteral("outbox-worker"));
    // The thread object lives here; its finished() arrives queued on this object's thread.
    // (Only while this run is still the current one: retire() and join() let go of it first.)
    connect(running->thread.get(), &QThread::finished, this, [this, raw] {
        if (m_running.get() == raw)
            emit finished(raw->final);
    });
    running->thread->start();
    m_running = std::move(running);
    m_providers = configs.keys();
    log::app()->info("outbox: draining {} as {}", m_providers.join(u", "), m_running->worker->workerId());
    emit stateChanged(true, m_providers);
    return m_providers;
}

void OutboxDrainController::retire()
{
    ++m_generation;
    if (!m_running)
        return;
    std::shared_ptr<Running> running = std::exchange(m_running, nullptr);
    m_lastStats = running->worker ? running->worker->stats() : OutboxWorkerStats{};
    if (running->worker)
        running->worker->stop();
    // The thread object must not be destroyed while its finished() connection to this object is pending: cut it.
    if (running->thread)
        disconnect(running->thread.get(), nullptr, this, nullptr);
    (void)QtConcurrent::run(&m_retirePool, [running]() mutable {
        running->join();
        running.reset();
    });
    m_providers.clear();
    emit stateChanged(false, {});
}

Status OutboxDrainController::join()
{
    if (!m_running)
        return success();
    std::shared_ptr<Running> running = std::exchange(m_running, nullptr);
    ++m_generation;
    if (running->thread)
        disconnect(running->thread.get(), nullptr, this, nullptr);
    if (running->thread)
        running->thread->wait();
    m_lastStats = running->worker ? running->worker->stats() : OutboxWorkerStats{};
    running->join();
    const Status final = running->final;
    m_providers.clear();
    emit stateChanged(false, {});
    return final;
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

} // namespace ops::outbox
