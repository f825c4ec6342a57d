#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QString>

#include "core/session/Capabilities.h"

class QThreadPool;

namespace ops {

class DbExecutor;
class HealthService;
namespace db {
class PgListener;
}
namespace live {
class ChangeFeed;
}
namespace csv {
class ExportService;
}
namespace search {
class SearchService;
}
namespace customers {
class CustomerService;
}
namespace dispatch {
class DispatchService;
class RegionRulesService;
class JobDetailService;
class PresenceTracker;
} // namespace dispatch
namespace tickets {
class TicketService;
}
namespace outbox {
class OutboxService;
}
namespace integrations {
class GpsPrivacyService;
}
namespace staff {
class StaffService;
}
namespace audit {
class AuditService;
}
namespace payments {
class PaymentUiService;
class StripeOpsService;
class PaymentMethodService;
} // namespace payments
namespace billing {
class BillingUiService;
class ReceivablesService;
} // namespace billing
namespace dunning {
class DunningService;
}
namespace catalogue {
class CatalogueService;
}
namespace campaigns {
class CampaignApi;
}
namespace map {
class MapLayersService;
}
namespace cpe {
class OutageService;
class CpeApi;
} // namespace cpe
namespace dispatch {
class OnMyWayService;
class LivePositions;
class OptimizerApi;
class OptimizerService;
struct TravelConfig;
} // namespace dispatch

struct SessionInfo
{
    QString conninfo; // may hold a password: never log it (db::maskConninfo)
    bool embedded = true;
    QString where; // host list or embedded folder, for people
    QString user; // the PostgreSQL role
    int dbPoolSize = 4; // connections, and DB executor threads
    int cpuThreads = 0; // 0: one less than the cores, at least 1
    bool liveUpdates = true; // LISTEN ops_change (the ChangeFeed stays silent without it)
    Capabilities capabilities; // read by the opener; not known: the session reads them itself at start
};

// Everything that lives for one open database, built in one place: the DB executor (connection pool and its
// threads), the LISTEN/NOTIFY listener and the ChangeFeed it feeds, the CPU pool (exports, reports, PDFs), and every
// service the screens use (search, customers, tickets, outbox, staff, health, exports). The composition root (Bootstrap
// in the GUI) builds one per opened profile and hands the services down; widgets never see the executor, the listener
// or a repository. Switching profile swaps the Session. Lives on the GUI thread; the services' work runs on the
// executor and the pools.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(SessionInfo info, QObject *parent = nullptr);
    // Blocking (joins the listener, closes the connections): at quit only. Use retire() from the GUI.
    ~Session() override;
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const SessionInfo &info() const { return m_info; }

    search::SearchService &search() { return *m_search; }
    customers::CustomerService &customers() { return *m_customers; }
    tickets::TicketService &tickets() { return *m_tickets; }
    dispatch::DispatchService &dispatch() { return *m_dispatch; }
    dispatch::RegionRulesService &regionRules() { return *m_regionRules; } // Administration → Regions
    map::MapLayersService &mapLayers() { return *m_mapLayers; } // the Map section's layers (issue 15)
    // The outage list's service (issue 15; it lives in ops_cpe, which builds on this library): null until the
    // composition root installed it. Shared: its deleter comes from the factory, compiled where the type is complete.
    cpe::OutageService *outages() { return m_outages.get(); }
    using OutagesFactory = std::function<std::shared_ptr<cpe::OutageService>(DbExecutor &)>;
    void installOutages(const OutagesFactory &make);
    // Administration → GPS tracking (Law 25), and the technicians' notice shown in Dispatch.
    integrations::GpsPrivacyService &gpsPrivacy() { return *m_gpsPrivacy; }
    outbox::OutboxService &outbox() { return *m_outbox; }
    staff::StaffService &staff() { return *m_staff; }
    audit::AuditService &audit() { return *m_audit; }
    // The Billing section's API (the run, the invoice list and view); PDFs and e-mails once the composition root gave
    // it their output (BillingUiService::setOutput).
    billing::BillingUiService &billing() { return *m_billing; }
    // Plans and products (the Billing section's catalogue tab).
    catalogue::CatalogueService &catalogue() { return *m_catalogue; }
    payments::PaymentUiService &payments() { return *m_payments; } // the Payments tab's API (issue 13)
    billing::ReceivablesService &receivables() { return *m_receivables; } // the Receivables tab (aging)
    dunning::DunningService &dunning() { return *m_dunning; } // the Dunning tab (its senders: the composition root)
    payments::StripeOpsService &stripeOps() { return *m_stripeOps; } // the Stripe tab (issue 13)
    // The customer file's "Payment methods" tab (billing roles; its Stripe runners: the composition root).
    payments::PaymentMethodService &paymentMethods() { return *m_paymentMethods; }
    dispatch::JobDetailService &jobDetail() { return *m_jobDetail; } // the job detail and the day sheet
    // The Campaigns section and the customer file's Campaigns tab (issue 14): null until the composition root
    // installed it (the service lives in ops_campaigns, which builds on this library: CampaignUiService).
    campaigns::CampaignApi *campaigns() { return m_campaigns.get(); }
    using CampaignsFactory = std::function<std::unique_ptr<campaigns::CampaignApi>(DbExecutor &)>;
    void installCampaigns(const CampaignsFactory &make);
    // The CPE panel's API (issue 15, ops_cpe's CpeService): null until the composition root installed it.
    cpe::CpeApi *cpe() { return m_cpe.get(); }
    using CpeFactory = std::function<std::unique_ptr<cpe::CpeApi>(DbExecutor &)>;
    void installCpe(const CpeFactory &make);
    // The "on my way" SMS (its sender is set by the composition root from the Twilio settings) and the live Traccar
    // positions this process follows (started by the composition root when Traccar is configured).
    dispatch::OnMyWayService &onMyWay() { return *m_onMyWay; }
    dispatch::LivePositions &livePositions() { return *m_livePositions; }
    // Who else is looking at or editing a job (needs liveUpdates to hear the others).
    dispatch::PresenceTracker &presence() { return *m_presence; }
    // The scheduling assistant and the day optimizer (loads on the DB executor, solves on the CPU pool).
    dispatch::OptimizerApi &optimizer();
    // Where the assistant's and the optimizer's travel times come from (the composition root, from the settings).
    void configureTravel(const dispatch::TravelConfig &config);
    HealthService &health() { return *m_health; }
    live::ChangeFeed &changes() { return *m_changes; }
    csv::ExportService &exports() { return *m_exports; }
    QThreadPool &cpuPool() { return *m_cpu; }

    // What the connected role may do (Capabilities), read off the GUI thread at connect and again after a reconnect
    // (the role's grants may have changed meanwhile); capabilitiesChanged tells when a new read differs.
    const Capabilities &capabilities() const { return m_capabilities; }
    // Re-reads them on a DB thread; the answer arrives on this (GUI) thread.
    void refreshCapabilities();

    // Ends a session without blocking the calling (GUI) thread: the services are destroyed at once (nothing answers
    // their callers any more), the listener is stopped and the executor and CPU pool drained on `pool`; then the
    // session is deleted and `then` runs, on context's thread. If context dies first, `then` never runs.
    static void retire(
        std::unique_ptr<Session> session, QThreadPool &pool, QObject *context, std::function<void()> then = {});

    // Blocking stop (quit): true when every job ended within waitMs.
    bool shutdown(int waitMs);

signals:
    void capabilitiesChanged(const ops::Capabilities &capabilities);

private:
    void dropServices();

    SessionInfo m_info;
    Capabilities m_capabilities;
    std::unique_ptr<QThreadPool> m_cpu;
    std::unique_ptr<DbExecutor> m_db;
    std::unique_ptr<db::PgListener> m_listener;
    std::unique_ptr<live::ChangeFeed> m_changes;
    std::unique_ptr<HealthService> m_health;
    std::unique_ptr<csv::ExportService> m_exports;
    std::unique_ptr<search::SearchService> m_search;
    std::unique_ptr<customers::CustomerService> m_customers;
    std::unique_ptr<tickets::TicketService> m_tickets;
    std::unique_ptr<dispatch::DispatchService> m_dispatch;
    std::unique_ptr<dispatch::RegionRulesService> m_regionRules;
    std::unique_ptr<map::MapLayersService> m_mapLayers;
    std::shared_ptr<cpe::OutageService> m_outages;
    std::unique_ptr<integrations::GpsPrivacyService> m_gpsPrivacy;
    std::unique_ptr<outbox::OutboxService> m_outbox;
    std::unique_ptr<staff::StaffService> m_staff;
    std::unique_ptr<audit::AuditService> m_audit;
    std::unique_ptr<billing::BillingUiService> m_billing;
    std::unique_ptr<catalogue::CatalogueService> m_catalogue;
    std::unique_ptr<payments::PaymentUiService> m_payments;
    std::unique_ptr<billing::ReceivablesService> m_receivables;
    std::unique_ptr<dunning::DunningService> m_dunning;
    std::unique_ptr<payments::StripeOpsService> m_stripeOps;
    std::unique_ptr<payments::PaymentMethodService> m_paymentMethods;
    std::unique_ptr<dispatch::JobDetailService> m_jobDetail;
    std::unique_ptr<campaigns::CampaignApi> m_campaigns;
    std::unique_ptr<cpe::CpeApi> m_cpe;
    std::unique_ptr<dispatch::LivePositions> m_livePositions;
    std::unique_ptr<dispatch::OnMyWayService> m_onMyWay;
    std::unique_ptr<dispatch::PresenceTracker> m_presence;
    std::unique_ptr<dispatch::OptimizerService> m_optimizer;
    bool m_stopped = false;
};

} // namespace ops
