#include "core/session/Session.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/audit/AuditService.h"
#include "core/billing/BillingUiService.h"
#include "core/billing/ReceivablesService.h"
#include "core/campaigns/CampaignApi.h"
#include "core/catalogue/CatalogueService.h"
#include "core/concurrency/Async.h"
#include "core/concurrency/DbExecutor.h"
#include "core/cpe/CpeApi.h"
#include "core/customers/CustomerService.h"
#include "core/db/PgListener.h"
#include "core/dispatch/DispatchService.h"
#include "core/dispatch/JobDetailService.h"
#include "core/dispatch/LivePositions.h"
#include "core/dispatch/OnMyWayService.h"
#include "core/dispatch/OptimizerService.h"
#include "core/dispatch/Presence.h"
#include "core/dispatch/RegionRulesService.h"
#include "core/dispatch/TravelSource.h"
#include "core/dunning/DunningService.h"
#include "core/export/ExportService.h"
#include "core/integrations/GpsPrivacyApi.h"
#include "core/live/ChangeFeed.h"
#include "core/map/MapLayersService.h"
#include "core/outbox/OutboxService.h"
#include "core/payments/PaymentMethodService.h"
#include "core/payments/PaymentUiService.h"
#include "core/payments/StripeOpsService.h"
#include "core/search/SearchService.h"
#include "core/session/CapabilitiesRepository.h"
#include "core/session/HealthService.h"
#include "core/staff/StaffService.h"
#include "core/tickets/TicketService.h"

using namespace Qt::Literals::StringLiterals;

namespace ops {

Session::Session(SessionInfo info, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
    , m_capabilities(m_info.capabilities)
    , m_cpu(std::make_unique<QThreadPool>())
{
    m_cpu->setObjectName(u"cpu"_s);
    m_cpu->setMaxThreadCount(m_info.cpuThreads > 0 ? m_info.cpuThreads : qMax(1, QThread::idealThreadCount() - 1));
    m_db = std::make_unique<DbExecutor>(m_info.conninfo, qMax(1, m_info.dbPoolSize));
    m_changes = std::make_unique<live::ChangeFeed>();
    if (m_info.liveUpdates) {
        // The listener's thread delivers ops_change notifications, queued, to the GUI-thread ChangeFeed.
        m_listener = std::make_unique<db::PgListener>(m_info.conninfo);
        connect(m_listener.get(), &db::PgListener::notified, m_changes.get(), &live::ChangeFeed::onNotification,
            Qt::QueuedConnection);
        m_listener->listen(u"ops_change"_s);
    }
    m_health = std::make_unique<HealthService>(*m_db, m_listener.get());
    m_exports = std::make_unique<csv::ExportService>(*m_cpu);
    m_search = std::make_unique<search::SearchService>(*m_db);
    m_customers = std::make_unique<customers::CustomerService>(*m_db);
    m_tickets = std::make_unique<tickets::TicketService>(*m_db, *m_cpu);
    m_dispatch = std::make_unique<dispatch::DispatchService>(*m_db);
    m_regionRules = std::make_unique<dispatch::RegionRulesService>(*m_db);
    m_mapLayers = std::make_unique<map::MapLayersService>(*m_db);
    m_gpsPrivacy = std::make_unique<integrations::GpsPrivacyService>(*m_db);
    m_outbox = std::make_unique<outbox::OutboxService>(*m_db);
    // A reconnection may land on another server (failover) or after the role's grants changed: read them again.
    connect(m_health.get(), &HealthService::reconnected, this, &Session::refreshCapabilities);
    m_staff = std::make_unique<staff::StaffService>(*m_db);
    m_audit = std::make_unique<audit::AuditService>(*m_db);
    m_billing = std::make_unique<billing::BillingUiService>(*m_db);
    m_catalogue = std::make_unique<catalogue::CatalogueService>(*m_db);
    m_payments = std::make_unique<payments::PaymentUiService>(*m_db);
    m_receivables = std::make_unique<billing::ReceivablesService>(*m_db);
    m_dunning = std::make_unique<dunning::DunningService>(*m_db);
    m_stripeOps = std::make_unique<payments::StripeOpsService>(*m_db);
    m_paymentMethods = std::make_unique<payments::PaymentMethodService>(*m_db);
    m_jobDetail = std::make_unique<dispatch::JobDetailService>(*m_db);
    m_livePositions = std::make_unique<dispatch::LivePositions>(*m_db);
    m_onMyWay = std::make_unique<dispatch::OnMyWayService>(*m_db);
    m_onMyWay->setLivePositions(m_livePositions.get());
    // A tracker given to (or taken from) a technician, a shift, an absence or the grace changed: the live positions
    // follow (Law 25: shown only inside the shift).
    connect(m_changes.get(), &live::ChangeFeed::changed, m_livePositions.get(), [this](const live::Change &change) {
        const bool shifts = change.table == u"dispatch_technicians"_s || change.table == u"technician_absences"_s
            || change.table == u"gps_privacy_settings"_s;
        if (shifts && m_livePositions->isRunning())
            m_livePositions->reloadDevices();
    });
    // Who else is on a job (the board's presence): announced and heard on ops_dispatch_presence.
    m_presence = std::make_unique<dispatch::PresenceTracker>(m_db.get());
    if (m_listener) {
        connect(m_listener.get(), &db::PgListener::notified, m_presence.get(),
            &dispatch::PresenceTracker::onNotification, Qt::QueuedConnection);
        m_listener->listen(QString::fromLatin1(dispatch::PresenceTracker::kChannel));
    }
    m_optimizer = std::make_unique<dispatch::OptimizerService>(*m_db, *m_cpu);
    if (m_listener)
        m_listener->start();
    if (!m_capabilities.known)
        refreshCapabilities();
}

void Session::refreshCapabilities()
{
    if (m_stopped || !m_db)
        return;
    auto job = [](db::PgConnection &c) {
        return CapabilitiesRepository(c).read();
    };
    runThen(m_db->run(std::move(job)), this, [this](const Result<Capabilities> &r) {
        if (!r.ok())
            return; // a failed read keeps the last known capabilities (the server still enforces them)
        const bool changed = !(r.value() == m_capabilities);
        m_capabilities = r.value();
        if (changed)
            emit capabilitiesChanged(m_capabilities);
    });
}

Session::~Session()
{
    shutdown(5000);
}

dispatch::OptimizerApi &Session::optimizer()
{
    return *m_optimizer;
}

void Session::configureTravel(const dispatch::TravelConfig &config)
{
    if (m_optimizer)
        m_optimizer->configureTravel(config);
}

void Session::installOutages(const OutagesFactory &make)
{
    if (m_stopped || !m_db)
        return;
    m_outages = make(*m_db);
}

void Session::installCampaigns(const CampaignsFactory &make)
{
    if (m_stopped || !m_db)
        return;
    m_campaigns.reset();
    m_campaigns = make(*m_db);
}

void Session::installCpe(const CpeFactory &make)
{
    if (m_stopped || !m_db)
        return;
    m_cpe.reset();
    m_cpe = make(*m_db);
}

void Session::dropServices()
{
    m_cpe.reset(); // its jobs in flight hold what they use
    m_campaigns.reset(); // its pump's tick in flight answers nobody
    m_optimizer.reset();
    m_presence.reset();
    m_jobDetail.reset();
    m_onMyWay.reset();
    m_livePositions.reset(); // closes the Traccar socket; its last positions are written on the DB executor
    m_staff.reset();
    m_audit.reset();
    m_payments.reset();
    m_billing.reset();
    m_catalogue.reset();
    m_receivables.reset();
    m_dunning.reset();
    m_stripeOps.reset();
    m_paymentMethods.reset();
    m_outbox.reset();
    m_tickets.reset();
    m_regionRules.reset();
    m_mapLayers.reset();
    m_outages.reset();
    m_gpsPrivacy.reset();
    m_dispatch.reset();
    m_customers.reset();
    m_search.reset();
    m_health.reset();
    m_exports.reset();
    m_changes.reset();
}

bool Session::shutdown(int waitMs)
{
    if (std::exchange(m_stopped, true))
        return true;
    dropServices();
    if (m_listener)
        m_listener->stop();
    // The DB jobs first (an export's DB thread hands pages to the CPU pool), then the CPU pool.
    if (m_db)
        m_db->shutdown(waitMs);
    m_cpu->clear();
    const bool done = m_cpu->waitForDone(waitMs);
    m_db.reset(); // closes the pool's connections
    return done;
}

void Session::retire(std::unique_ptr<Session> session, QThreadPool &pool, QObject *context, std::function<void()> then)
{
    if (!session) {
        if (then)
            then();
        return;
    }
    Session *raw = session.release();
    raw->dropServices(); // GUI-thread objects: now, here
    // Joining the listener thread and closing the pool's connections block: on a pool thread. The session (and the
    // listener, a QObject of this thread) is deleted back on this thread.
    auto work = [raw] {
        return Result<bool>(raw->shutdown(5000));
    };
    runThen(QtConcurrent::run(&pool, std::move(work)), context, [raw, then = std::move(then)](const Result<bool> &) {
        delete raw;
        if (then)
            then();
    });
}

} // namespace ops
