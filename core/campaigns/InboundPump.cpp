#include "core/campaigns/InboundPump.h"

#include <atomic>
#include <mutex>

#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/campaigns/InboundPull.h"
#include "core/concurrency/Async.h"
#include "core/db/PgConnection.h"
#include "core/integrations/ProviderSettings.h"
#include "core/logging/Logger.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::campaigns {

struct InboundPump::State
{
    QString conninfo;
    integrations::IntegrationSettings settings;
    std::atomic<bool> busy{false};
    // Touched by the pull in flight only (one at a time).
    std::unique_ptr<db::PgConnection> c;
    QString lastError;
};

InboundPump::InboundPump(QThreadPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &InboundPump::tick);
}

InboundPump::~InboundPump()
{
    stop();
}

void InboundPump::start(const QString &conninfo, const Settings &settings, SecretStore &secrets, int intervalMs)
{
    stop();
    const quint64 generation = ++m_generation;
    auto loaded = std::make_shared<integrations::IntegrationSettings>();
    loaded->load(settings);
    const QStringList ids{u"mailjet"_s, u"twilio"_s};
    auto remaining = std::make_shared<int>(int(ids.size()));
    for (const QString &id : ids) {
        runThen(secrets.read(integrations::ProviderSettings::secretKey(id)), this,
            [this, generation, loaded, remaining, id, conninfo, intervalMs](const Result<QString> &r) {
                if (generation != m_generation)
                    return;
                if (r.ok()) {
                    integrations::ProviderSettings p = loaded->provider(id);
                    p.secret = r.value();
                    loaded->setProvider(p);
                }
                if (--*remaining == 0)
                    startWith(conninfo, *loaded, intervalMs);
            });
    }
}

void InboundPump::startWith(const QString &conninfo, const integrations::IntegrationSettings &settings, int intervalMs)
{
    m_timer->stop();
    auto state = std::make_shared<State>();
    state->conninfo = conninfo;
    state->settings = settings;
    state->settings.applyEnvironment();
    const bool any = inboundMailjetConfigured(state->settings) || inboundTwilioConfigured(state->settings);
    if (!any) {
        m_state.reset();
        log::get("campaign")
            ->info("inbound pull: neither Mailjet nor Twilio (with a sender) is configured; nothing is pulled");
        return;
    }
    m_state = std::move(state);
    m_timer->start(intervalMs);
    tick();
}

void InboundPump::stop()
{
    ++m_generation;
    m_timer->stop();
    m_state.reset();
}

bool InboundPump::isActive() const
{
    return m_timer->isActive();
}

void InboundPump::tick()
{
    std::shared_ptr<State> state = m_state;
    if (!state || state->busy.exchange(true))
        return; // the previous pull is still running: this tick is skipped
    (void)QtConcurrent::run(&m_pool, [state] {
        auto report = [&state](const QString &text) {
            if (text != state->lastError)
                log::get("campaign")->warn("inbound pull: {}", text);
            state->lastError = text;
        };
        if (!state->c) {
            auto opened = db::PgConnection::open(state->conninfo);
            if (!opened.ok()) {
                report(opened.error().detail);
                state->busy = false;
                return;
            }
            state->c = std::move(opened).value();
        }
        auto pulled = pullInbound(*state->c, state->settings);
        if (!pulled.ok()) {
            report(pulled.error().detail);
            if (!state->c->isOk())
                state->c.reset();
        } else if (!pulled.value().errors.isEmpty()) {
            report(pulled.value().errors.join(u" "_s));
        } else {
            if (!state->lastError.isEmpty())
                log::get("campaign")->info("inbound pull: the providers answer again");
            state->lastError.clear();
            const InboundSummary &s = pulled.value();
            if (s.mailjetUnsubscribes + s.twilioUnsubscribes + s.messagesThreaded + s.ticketsCreated > 0)
                log::get("campaign")
                    ->info("inbound pull: {} unsubscribes, {} SMS threaded, {} tickets created",
                        s.mailjetUnsubscribes + s.twilioUnsubscribes, s.messagesThreaded, s.ticketsCreated);
        }
        state->busy = false;
    });
}

} // namespace ops::campaigns
