#include "core/cpe/CpeSyncPump.h"

#include <atomic>

#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/cpe/CpeService.h"
#include "core/db/PgConnection.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/integrations/ProviderSettings.h"
#include "core/logging/Logger.h"
#include "core/net/NetExecutor.h"

namespace ops::cpe {

struct CpeSyncPump::State
{
    QString conninfo;
    integrations::ProviderSettings provider;
    std::atomic<bool> busy{false};
    // Touched by the sync in flight only (one at a time).
    std::unique_ptr<db::PgConnection> c;
    QString lastError;
};

CpeSyncPump::CpeSyncPump(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_timer(new QTimer(this))
{
    if (!m_pool) {
        m_ownPool = std::make_unique<QThreadPool>();
        m_ownPool->setMaxThreadCount(1);
        m_pool = m_ownPool.get();
    }
    connect(m_timer, &QTimer::timeout, this, &CpeSyncPump::tick);
}

CpeSyncPump::~CpeSyncPump()
{
    stop();
    if (m_ownPool)
        m_ownPool->waitForDone();
}

Result<CpeSyncReport> CpeSyncPump::syncOnce(db::PgConnection &c, const integrations::ProviderSettings &genieacs,
    const CpeSyncOptions &options, const QString &serial)
{
    net::NetExecutor net(2);
    if (Status s = net.setProvider(genieacs.netConfig()); !s.ok())
        return s.error();
    integrations::GenieAcsClient client(net, genieAcsConfig(genieacs));
    auto report = serial.isEmpty() ? CpeSync::run(c, client, options) : CpeSync::refreshSerial(c, client, serial);
    net.shutdown();
    return report;
}

bool CpeSyncPump::start(const QString &conninfo, const integrations::ProviderSettings &genieacs, int intervalMs)
{
    stop();
    if (genieacs.baseUrl.isEmpty())
        return false;
    auto state = std::make_shared<State>();
    state->conninfo = conninfo;
    state->provider = genieacs;
    m_state = std::move(state);
    m_timer->start(intervalMs);
    tick();
    return true;
}

void CpeSyncPump::stop()
{
    m_timer->stop();
    m_state.reset();
}

bool CpeSyncPump::isActive() const
{
    return m_timer->isActive();
}

namespace {

// One sync with the state's connection (opened, or opened again after a failure). Returns why it failed; empty
// when it ran.
QString syncWith(CpeSyncPump::State &state);

} // namespace

void CpeSyncPump::tick()
{
    std::shared_ptr<State> state = m_state;
    if (!state || state->busy.exchange(true))
        return; // the previous sync still runs: this tick is skipped
    (void)QtConcurrent::run(m_pool, [state] {
        const QString problem = syncWith(*state);
        if (problem.isEmpty() && !state->lastError.isEmpty())
            log::get("cpe")->info("CPE sync: GenieACS answers again");
        else if (!problem.isEmpty() && problem != state->lastError)
            log::get("cpe")->warn("CPE sync: {}", problem); // said once until it changes or GenieACS answers
        state->lastError = problem;
        state->busy = false;
    });
}

namespace {

QString syncWith(CpeSyncPump::State &state)
{
    if (!state.c) {
        auto opened = db::PgConnection::open(state.conninfo);
        if (!opened.ok())
            return opened.error().detail;
        state.c = std::move(opened).value();
    }
    auto synced = CpeSyncPump::syncOnce(*state.c, state.provider);
    if (!synced.ok()) {
        if (!state.c->isOk())
            state.c.reset();
        return synced.error().detail.isEmpty() ? synced.error().userMessage : synced.error().detail;
    }
    log::get("cpe")->info(
        "CPE sync: {} device(s), {} changed", synced.value().fetched, synced.value().inserted + synced.value().updated);
    return {};
}

} // namespace

} // namespace ops::cpe
