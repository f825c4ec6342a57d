// The composition root's session services (app/gui/SessionServices.h), moved out of Bootstrap.cpp.
#include "app/gui/SessionServices.h"

#include <cstdio>

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include "app/gui/Bootstrap.h"
#include "core/billing/BillingUiService.h"
#include "core/billing/InvoicePreview.h"
#include "core/campaigns/CampaignMessage.h"
#include "core/campaigns/CampaignUiService.h"
#include "core/campaigns/InboundPump.h"
#include "core/concurrency/Async.h"
#include "core/cpe/CpeService.h"
#include "core/cpe/CpeSyncPump.h"
#include "core/db/PgConnection.h"
#include "core/dispatch/LivePositions.h"
#include "core/dispatch/OnMyWayService.h"
#include "core/dispatch/TravelSource.h"
#include "core/dunning/DunningService.h"
#include "core/integrations/ProviderSettings.h"
#include "core/logging/Logger.h"
#include "core/payments/PaymentMethodService.h"
#include "core/payments/SetupPageSetting.h"
#include "core/payments/StripeOpsService.h"
#include "core/payments/StripePaymentMethods.h"
#include "core/payments/StripeSetupLinks.h"
#include "core/secrets/SecretStore.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "core/stripe/PpaService.h"
#include "core/tickets/TicketService.h"
#include "render/billing/CustomerDocumentOutput.h"
#include "render/billing/InvoiceMailer.h"
#include "render/billing/InvoicePdf.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::gui {

// The Billing section's PDFs (always) and invoice e-mails (when Mailjet's sender is set up; no secret here: the outbox
// worker sends). Called when a session opens and when the integration settings are saved.
void startBillingOutput(ops::Session &session, const ops::Settings &settings)
{
    ops::integrations::IntegrationSettings integrations;
    integrations.load(settings);
    integrations.applyEnvironment();
    ops::billing::InvoiceOutput out;
    out.renderPdf = [](const ops::billing::InvoiceDocument &doc) {
        return ops::billing::InvoicePdf::render(doc);
    };
    out.renderPreview = [](const ops::billing::InvoiceDocument &doc) {
        return ops::billing::InvoicePdf::preview(doc);
    };
    ops::billing::InvoiceMailSender sender;
    sender.fromEmail = integrations.provider(u"mailjet"_s).sender.trimmed();
    if (!sender.fromEmail.isEmpty()) {
        out.sendPeriod = [sender](ops::db::PgConnection &c, const QDate &period,
                             const std::function<void(int, int)> &progress) -> ops::Result<ops::billing::SendSummary> {
            auto r = ops::billing::queuePeriodInvoiceMails(c, period, sender, progress);
            if (!r.ok())
                return r.error();
            ops::billing::SendSummary s;
            s.invoices = r.value().invoices;
            s.queued = r.value().queued;
            s.withoutEmail = r.value().withoutEmail;
            s.alreadyQueued = r.value().alreadyQueued;
            s.failures = r.value().failures;
            return s;
        };
        out.resend = [sender](ops::db::PgConnection &c, qint64 invoiceId) {
            return ops::billing::queueInvoiceMail(c, invoiceId, sender);
        };
    }
    session.billing().setOutput(std::move(out));
    // Dunning's messages (issue 13): Mailjet's sender and Twilio's account and sender; none set, a run that needs one
    // is refused with a message.
    ops::dunning::DunningSenders dunningSenders;
    dunningSenders.mailFrom = sender.fromEmail;
    dunningSenders.smsAccountSid = integrations.provider(u"twilio"_s).account.trimmed();
    dunningSenders.smsFrom = integrations.provider(u"twilio"_s).sender.trimmed();
    session.dunning().setSenders(dunningSenders);
    // Ticket replies by e-mail and SMS (issue 14): the same senders; none set, the ticket view offers neither.
    ops::tickets::ReplySender replySender;
    replySender.mailFrom = dunningSenders.mailFrom;
    replySender.smsAccountSid = dunningSenders.smsAccountSid;
    replySender.smsFrom = dunningSenders.smsFrom;
    session.tickets().setReplySender(replySender);
    session.billing().setDocumentOutput(ops::billing::customerDocumentOutput(sender)); // receipts, statements
}

// The Campaigns section's service (issue 14) and the pump that continues the campaigns being sent while the application
// is open (like `targo-opsctl worker`): the senders from the integration settings, the unsubscribe page from
// TARGO_CAMPAIGN_UNSUBSCRIBE_URL or the settings. Called when a session opens, next to the outbox drain that sends
// the rows the pump queues, and when the integration settings are saved.
void startCampaigns(ops::Session &session, const ops::Settings &settings)
{
    ops::integrations::IntegrationSettings integrations;
    integrations.load(settings);
    integrations.applyEnvironment();
    const ops::campaigns::SendConfig config = ops::campaigns::sendConfigOf(integrations);
    const QString page = ops::campaigns::configuredUnsubscribeUrl(QProcessEnvironment::systemEnvironment(), &settings);
    if (auto *running = dynamic_cast<ops::campaigns::CampaignUiService *>(session.campaigns())) {
        running->configure(page, config); // settings saved: the screens keep their service
        return;
    }
    // Only a role that may send campaigns continues them (the others would be refused every second).
    const bool pump = session.capabilities().allows(ops::Capabilities::Action::Billing);
    session.installCampaigns([&](ops::DbExecutor &db) {
        auto service = std::make_unique<ops::campaigns::CampaignUiService>(db, page, config);
        if (pump)
            service->startPump();
        return service;
    });
}

// The Stripe tab's "Run PPA now" and "Apply Stripe events" and the customer file's payment methods (issue 13):
// ops_stripe's run and event applier, Stripe's detach and setup links, with Stripe's settings and key (read from the
// keychain, asynchronously). Stripe not set up: no buttons. Called when a session opens and when the integration
// settings are saved.
void startStripeRunners(ops::Session &session, const ops::Settings &settings, ops::SecretStore *secrets)
{
    using ops::integrations::ProviderSettings;
    ops::integrations::IntegrationSettings integrations;
    integrations.load(settings);
    integrations.applyEnvironment();
    session.stripeOps().setRunners({});
    // The customer file's payment methods: Remove (detach) and "Send a link…" need Stripe too; the link's page and
    // senders are plain settings (TARGO_STRIPE_SETUP_PAGE_URL wins).
    const ops::payments::SetupLinkSender sender =
        ops::payments::setupLinkSender(ops::payments::setupPageUrl(settings), integrations);
    session.paymentMethods().setSender(sender);
    session.paymentMethods().setRunners({});
    auto install = [&session, sender](const ProviderSettings &p) {
        if (!p.problems().isEmpty())
            return;
        session.paymentMethods().setRunners(ops::payments::stripePaymentMethodRunners(p, sender));
        ops::payments::StripeOpsRunners runners;
        runners.runPpa = [p](ops::db::PgConnection &c, const QDate &date) -> ops::Result<qint64> {
            auto r = ops::stripe::runPpa(c, p, date);
            if (!r.ok())
                return r.error();
            if (!r.value().stoppedBy.isEmpty()) // the key refused: what was sent is resent by the next run
                return ops::Error::make(ops::Error::Kind::Unavailable, r.value().stoppedBy);
            return r.value().runId;
        };
        runners.applyEvents = [p](ops::db::PgConnection &c) -> ops::Result<int> {
            auto r = ops::stripe::applyStripeEvents(c, p);
            if (!r.ok())
                return r.error();
            return r.value().read;
        };
        session.stripeOps().setRunners(std::move(runners));
    };
    ProviderSettings stripe = integrations.provider(u"stripe"_s);
    if (!stripe.secret.isEmpty() || !secrets || stripe.baseUrl.isEmpty()) {
        install(stripe);
        return;
    }
    // The callback runs only while the session lives (it is the context).
    ops::runThen(secrets->read(ProviderSettings::secretKey(u"stripe"_s)), &session,
        [install, stripe](const ops::Result<QString> &secret) mutable {
            if (secret.ok())
                stripe.secret = secret.value();
            install(stripe);
        });
}

// Unsubscribes and customers' SMS answers pulled from Mailjet and Twilio every minute on the background pool (issue
// 14, docs/campaigns.md), with the keychain's secrets; one pump per session (its child), restarted when the
// integration settings are saved. Neither configured: nothing runs.
void startInboundPump(
    ops::Session &session, const ops::Settings &settings, ops::SecretStore *secrets, QThreadPool &pool)
{
    auto *pump = session.findChild<ops::campaigns::InboundPump *>();
    if (!pump)
        pump = new ops::campaigns::InboundPump(pool, &session);
    if (secrets)
        pump->start(session.info().conninfo, settings, *secrets);
}

// The CPE panel's service (issue 15) and the CPE sync every 5 minutes on the background pool (like `targo-opsctl
// worker`), with GenieACS's settings and secret (read from the keychain, asynchronously). GenieACS not configured:
// the panel shows the status store without actions, and nothing is synced. Only the roles that write the status
// store (dispatchers, admins) run the sync. Called when a session opens and when the integration settings are saved.
void startCpe(ops::Session &session, const ops::Settings &settings, ops::SecretStore *secrets, QThreadPool &pool)
{
    using ops::integrations::ProviderSettings;
    if (!session.cpe())
        session.installCpe([](ops::DbExecutor &db) { return std::make_unique<ops::cpe::CpeService>(db); });
    auto *pump = session.findChild<ops::cpe::CpeSyncPump *>();
    if (!pump)
        pump = new ops::cpe::CpeSyncPump(&pool, &session);
    ops::integrations::IntegrationSettings integrations;
    integrations.load(settings);
    integrations.applyEnvironment();
    ProviderSettings genieacs = integrations.provider(u"genieacs"_s);
    auto apply = [&session, pump](const ProviderSettings &p) {
        if (auto *service = dynamic_cast<ops::cpe::CpeService *>(session.cpe()))
            if (ops::Status s = service->configure(p); !s.ok())
                ops::log::app()->warn("CPE actions not available: {}", s.error().userMessage);
        if (ops::cpe::CpeApi::allows(session.capabilities(), ops::cpe::CpeAction::Refresh))
            pump->start(session.info().conninfo, p);
        else
            pump->stop();
    };
    if (genieacs.baseUrl.isEmpty() || !genieacs.secret.isEmpty() || !secrets) {
        apply(genieacs);
        return;
    }
    ops::runThen(secrets->read(ProviderSettings::secretKey(u"genieacs"_s)), &session,
        [apply, genieacs](const ops::Result<QString> &secret) mutable {
            if (secret.ok())
                genieacs.secret = secret.value();
            apply(genieacs);
        });
}

// The dispatch board's integrations in this process: the "on my way" SMS sender (Twilio account and sender, no
// secret) and the live Traccar positions (its token or password read from the keychain, asynchronously). Called when
// a session opens and when the integration settings are saved.
void startDispatchIntegrations(ops::Session &session, const ops::Settings &settings, ops::SecretStore *secrets)
{
    using ops::integrations::ProviderSettings;
    ops::integrations::IntegrationSettings integrations;
    integrations.load(settings);
    integrations.applyEnvironment();
    const ProviderSettings &twilio = integrations.provider(u"twilio"_s);
    session.onMyWay().setSmsSender(ops::dispatch::SmsSender{twilio.account, twilio.sender});
    // Travel times for the assistant and the optimizer: the straight line, the routing server or a matrix file.
    ops::dispatch::TravelSourceSettings travel = ops::dispatch::TravelSourceSettings::load(settings);
    travel.applyEnvironment();
    ops::dispatch::TravelConfig travelConfig;
    travelConfig.mode = travel.mode;
    travelConfig.matrixFile = travel.matrixFile;
    if (const ProviderSettings &osrm = integrations.provider(u"osrm"_s); osrm.isConfigured())
        travelConfig.osrm = osrm.netConfig();
    session.configureTravel(travelConfig);
    ProviderSettings traccar = integrations.provider(u"traccar"_s);
    if (traccar.baseUrl.isEmpty()) {
        session.livePositions().stop();
        return;
    }
    auto follow = [&session](const ProviderSettings &p) {
        const ops::Status started = session.livePositions().start(p);
        if (!started.ok())
            ops::log::app()->warn("live Traccar positions not followed: {}", started.error().userMessage);
    };
    if (!traccar.secret.isEmpty() || !secrets) {
        follow(traccar);
        return;
    }
    // The callback runs only while the session lives (it is the context).
    ops::runThen(secrets->read(ProviderSettings::secretKey(u"traccar"_s)), &session,
        [follow, traccar](const ops::Result<QString> &secret) mutable {
            if (secret.ok())
                traccar.secret = secret.value();
            follow(traccar);
        });
}

} // namespace ops::gui
