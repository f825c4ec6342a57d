#include "app/gui/Bootstrap.h"

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

#include "app/gui/SessionServices.h"
#include "app/gui/StartupClock.h"
#include "app/gui/Translations.h"
#include "core/concurrency/Async.h"
#include "core/cpe/OutageService.h"
#include "core/db/PgConnection.h"
#include "core/demo/DemoSeeder.h"
#include "core/embedded/EmbeddedPassword.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/integrations/ProviderSettings.h"
#include "core/logging/Logger.h"
#include "core/outbox/OutboxDrainController.h"
#include "core/search/SearchService.h"
#include "core/secrets/SecretStore.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "core/staff/StaffService.h"
#include "ui/import/ErpnextImportDialog.h"
#include "ui/main/InstanceChannel.h"
#include "ui/main/MainWindow.h"
#include "ui/search/GlobalSearch.h"
#include "ui/settings/ConnectionDialog.h"
#include "ui/settings/FirstRun.h"
#include "ui/settings/FirstRunDialog.h"
#include "ui/settings/IntegrationsDialog.h"

using namespace Qt::Literals::StringLiterals;
using ops::OpenedDatabase;
using ops::Result;
using ops::db::ConnectionProfile;
using namespace ops::gui;

namespace {

constexpr int kDbPoolSize = 4;
constexpr int kOpenAfterMs = 250; // open the database after the first frame, or after this long at the latest
constexpr int kShutdownWaitMs = 5000;

QString userText(const ops::Error &e, const QString &fallback)
{
    return e.userMessage.isEmpty() ? fallback : e.userMessage;
}

QString embeddedDirOf(const ConnectionProfile &p)
{
    return p.embeddedDir.isEmpty() ? ops::EmbeddedServer::defaultBaseDir() : p.embeddedDir;
}

} // namespace

Bootstrap::Bootstrap(GuiCommandLine options, const StartupClock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_settings(std::make_unique<ops::Settings>())
{
    m_openPool.setObjectName(u"open"_s);
    m_openPool.setMaxThreadCount(2);
    if (!m_settings->isNewerThanBinary())
        m_settings->migrate();
    m_pendingUrl = m_options.url;
}

Bootstrap::~Bootstrap()
{
    shutdown();
}

void Bootstrap::start()
{
    m_secrets = new ops::SecretStore(this);
    m_drain = new ops::outbox::OutboxDrainController(m_settings.get(), m_secrets, m_openPool, this);
    createWindow();

    m_profile = m_settings->activeProfile();
    if (!m_options.embeddedDir.isEmpty()) {
        m_profile = ops::Settings::defaultEmbeddedProfile();
        m_profile.embeddedDir = m_options.embeddedDir;
    }
    m_firstRun = FirstRun::shouldAsk(
        *m_settings, {m_options.smokeTest, m_options.benchmarkStartup, !m_options.embeddedDir.isEmpty()});
    if (m_firstRun)
        m_window->showStartupProgress(tr("Welcome: choose a language and a database to start."));
    else if (!m_options.benchmarkStartup)
        m_window->showStartupProgress(m_profile.isEmbedded() ? tr("Starting the embedded database…")
                                                             : tr("Connecting to %1…").arg(m_profile.hosts));
    m_window->restoreUiState();

    // Paint the shell first; the database opens once the first frame is on screen.
    new FirstPaintProbe(
        m_window.get(),
        [this] {
            if (m_options.benchmarkStartup)
                reportFirstPaint();
            else
                openActiveProfile();
        },
        this);
    if (!m_options.benchmarkStartup)
        QTimer::singleShot(kOpenAfterMs, this, &Bootstrap::openActiveProfile);
    m_window->show();
}

void Bootstrap::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->globalSearch()->setResultLimit(m_settings->get<int>(ops::SettingKey::SearchLimit));
    connect(m_window.get(), &MainWindow::connectionSettingsRequested, this, &Bootstrap::showConnectionSettings);
    connect(m_window.get(), &MainWindow::integrationSettingsRequested, this, &Bootstrap::showIntegrationSettings);
    connect(m_window.get(), &MainWindow::erpnextImportRequested, this, &Bootstrap::showErpnextImport);
    connect(m_window.get(), &MainWindow::retryRequested, this, [this] { openProfile(m_profile); });
    m_windowLocale = QLocale().name();
}

void Bootstrap::showFirstRun()
{
    if (m_firstRunAsked) // the first frame and the fallback timer both come here
        return;
    m_firstRunAsked = true;
    m_firstRunDialog = new FirstRunDialog(*m_settings, *m_secrets, m_openPool, m_window.get());
    m_firstRunDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRunDialog, &FirstRunDialog::languageChosen, this, [](const QString &code) {
        Translations::install(code); // the dialog retranslates on the LanguageChange event
    });
    // Queued: the window, the dialog's parent, may be rebuilt once the dialog's own handler has returned.
    connect(m_firstRunDialog, &FirstRunDialog::chosen, this, [this](const ConnectionProfile &profile) {
        QMetaObject::invokeMethod(
            this, [this, profile] { onFirstRunChosen(profile); }, Qt::QueuedConnection);
    });
    m_firstRunDialog->open();
}

void Bootstrap::onFirstRunChosen(const ConnectionProfile &profile)
{
    ops::log::app()->info("first run: profile {} chosen, language {}", profile.id, QLocale().name());
    m_firstRun = false;
    m_profile = profile;
    if (!m_window || !m_window->isVisible()) // the application is quitting (the dialog closed with it)
        return;
    if (QLocale().name() != m_windowLocale)
        rebuildWindow();
    openActiveProfile();
}

void Bootstrap::rebuildWindow()
{
    std::unique_ptr<MainWindow> old = std::move(m_window);
    createWindow();
    m_window->restoreGeometry(old->saveGeometry());
    m_window->show();
    old->hide();
    old.release()->deleteLater(); // after the events queued for it (the first-run dialog, its child)
}

void Bootstrap::reportFirstPaint()
{
    std::printf("first-paint-ms=%lld\n", static_cast<long long>(m_clock.elapsedMs()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void Bootstrap::finishSmokeTest(bool opened, const QString &what)
{
    std::fprintf(opened ? stdout : stderr, "smoke-test: %s: %s\n", opened ? "ok" : "failed", qPrintable(what));
    std::fflush(nullptr);
    // After the events already queued (the window's first loads), like File > Quit.
    QTimer::singleShot(0, this, [opened] {
        QApplication::closeAllWindows();
        QCoreApplication::exit(opened ? 0 : 1);
    });
}

void Bootstrap::openActiveProfile()
{
    if (m_openStarted)
        return;
    if (m_firstRun) {
        showFirstRun();
        return;
    }
    m_openStarted = true;
    openProfile(m_profile);
}

double Bootstrap::demoScale() const
{
    bool ok = false;
    const double s = qEnvironmentVariable("TARGO_DEMO_SCALE").toDouble(&ok);
    return ok && s > 0 ? s : 1.0;
}

void Bootstrap::openProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    const quint64 generation = ++m_generation;
    if (profile.isEmbedded()) {
        m_window->showStartupProgress(tr("Starting the embedded database…"));
        if (!ops::embeddedTcpByDefault()) {
            launchOpen(profile, QString(), generation); // private socket, peer authentication: no password
            return;
        }
        // TCP + password mode (Windows, TARGO_PG_TCP=1): the cluster's password from the credential store (made and
        // stored at the first start), read before the open like a server profile's.
        const QString dir = embeddedDirOf(profile);
        ops::runThen(ops::embeddedPassword(*m_secrets, dir), this,
            [this, profile, generation, dir](const Result<QString> &password) {
                if (generation != m_generation)
                    return;
                if (!password.ok()) {
                    ops::log::keychain()->warn("embedded database password unavailable: {}", password.error().detail);
                    m_window->showConnectionError(
                        tr("The embedded database's password could not be read from the system keychain: %1")
                            .arg(userText(password.error(), tr("the keychain is unavailable."))));
                    return;
                }
                m_embeddedPasswords.insert(dir, password.value());
                launchOpen(profile, password.value(), generation);
            });
        return;
    }
    m_window->showStartupProgress(tr("Connecting to %1…").arg(profile.hosts));
    ops::runThen(
        m_secrets->read(profile.keychainKey()), this, [this, profile, generation](const Result<QString> &password) {
            if (generation != m_generation)
                return;
            if (!password.ok() && password.error().kind != ops::Error::Kind::NotFound) {
                ops::log::keychain()->warn(
                    "password for profile {} unavailable: {}", profile.id, password.error().detail);
                m_window->showConnectionError(
                    tr("The password for “%1” could not be read from the system keychain: %2")
                        .arg(profile.name, userText(password.error(), tr("the keychain is unavailable."))));
                return;
            }
            // No stored password: libpq may still authenticate (certificate, .pgpass, trust).
            launchOpen(profile, password.ok() ? password.value() : QString(), generation);
        });
}

void Bootstrap::launchOpen(const ConnectionProfile &profile, const QString &password, quint64 generation)
{
    ops::OpenOptions options;
    options.migrate = profile.isEmbedded(); // a shared server: ask first
    options.seedDemoIfEmpty = profile.isEmbedded();
    options.demoScale = demoScale();
    options.seedDemo = &ops::demo::seedDemoData; // ops_demo, linked by the GUI only
    // Called on the opening thread: hop to the GUI thread, and drop it if a newer attempt started meanwhile.
    QPointer<Bootstrap> self(this);
    options.progress = [self, generation](const QString &stage, int percent) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, stage, percent] {
                if (self && generation == self->m_generation && self->m_window)
                    self->m_window->showStartupProgress(stage, percent);
            },
            Qt::QueuedConnection);
    };
    if (profile.isEmbedded())
        m_embeddedDirs.insert(embeddedDirOf(profile));
    ops::log::app()->info(
        "opening database profile {} ({})", profile.id, profile.isEmbedded() ? embeddedDirOf(profile) : profile.hosts);
    auto future = QtConcurrent::run(
        &m_openPool, [profile, password, options] { return ops::openDatabase(profile, password, options); });
    ops::runThen(future, this, [this, profile, generation](const Result<OpenedDatabase> &r) {
        if (generation == m_generation)
            onOpened(profile, r);
    });
}

void Bootstrap::onOpened(const ConnectionProfile &profile, const Result<OpenedDatabase> &result)
{
    if (!result.ok()) {
        ops::log::app()->error("opening {} failed: {} ({})", profile.id, ops::log::maskSecrets(result.error().detail),
            ops::errorKindName(result.error().kind));
        m_window->showConnectionError(userText(result.error(), tr("The database could not be opened.")));
        if (m_options.smokeTest)
            finishSmokeTest(false, ops::log::maskSecrets(result.error().detail));
        return;
    }
    const OpenedDatabase &opened = result.value();
    const ops::db::SchemaState &schema = opened.schema;
    if (schema.applied > schema.known) {
        m_window->showConnectionError(tr("This database was updated by a newer version of Targo Ops (schema %1; this "
                                         "version knows up to %2). Install the newer version to use it.")
                                          .arg(schema.applied)
                                          .arg(schema.known));
        return;
    }
    if (!schema.upToDate()) {
        askToMigrate(profile, opened);
        return;
    }
    startSession(profile, opened);
}

void Bootstrap::askToMigrate(const ConnectionProfile &profile, const OpenedDatabase &opened)
{
    const int pending = opened.schema.known - opened.schema.applied;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Update the database?"),
        tr("The database %1 needs %n schema update(s) before Targo Ops can use it.", nullptr, pending)
            .arg(opened.description),
        QMessageBox::NoButton, m_window.get());
    box->setInformativeText(tr("Everyone using this database should then run this version of Targo Ops. The update "
                               "runs in a transaction: if it fails, nothing changes."));
    box->setDetailedText(opened.schema.pendingNames.join(u'\n'));
    QPushButton *update = box->addButton(tr("Update the database"), QMessageBox::AcceptRole);
    box->addButton(tr("Not now"), QMessageBox::RejectRole);
    box->setDefaultButton(update);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 generation = m_generation;
    connect(box, &QMessageBox::finished, this, [this, box, update, profile, opened, generation] {
        if (generation != m_generation)
            return;
        if (box->clickedButton() != static_cast<QAbstractButton *>(update)) {
            m_window->showConnectionError(tr("The database schema is out of date. Targo Ops can use this database "
                                             "once it has been updated."));
            return;
        }
        m_window->showStartupProgress(tr("Updating the database schema…"));
        const QString conninfo = opened.conninfo;
        auto capabilities = std::make_shared<ops::Capabilities>(); // read after the migration, on the same thread
        ops::runThen(QtConcurrent::run(&m_openPool,
                         [conninfo, capabilities] { return ops::migrateDatabase(conninfo, capabilities.get()); }),
            this, [this, profile, opened, generation, capabilities](const Result<ops::db::SchemaState> &r) {
                if (generation != m_generation)
                    return;
                if (!r.ok()) {
                    ops::log::app()->error("migration failed: {}", r.error().detail);
                    m_window->showConnectionError(userText(r.error(), tr("The database could not be updated.")));
                    return;
                }
                OpenedDatabase migrated = opened;
                migrated.schema = r.value();
                migrated.capabilities = *capabilities;
                startSession(profile, migrated);
            });
    });
    box->open();
}

void Bootstrap::startSession(const ConnectionProfile &profile, const OpenedDatabase &opened)
{
    ops::log::app()->info("session open on {} as {} (schema {}, group {})", ops::db::maskConninfo(opened.conninfo),
        opened.user, opened.schema.applied,
        opened.capabilities.group.isEmpty() ? QStringLiteral("none") : opened.capabilities.group);
    ops::SessionInfo info;
    info.conninfo = opened.conninfo;
    info.embedded = opened.embedded;
    info.where = opened.embedded ? embeddedDirOf(profile) : profile.hosts;
    info.user = opened.user;
    info.dbPoolSize = kDbPoolSize;
    info.capabilities = opened.capabilities;
    m_session = std::make_unique<ops::Session>(info);
    {
        // Invitations e-mailed from the Administration section come from the Mailjet sender (no secret here).
        ops::integrations::IntegrationSettings integrations;
        integrations.load(*m_settings);
        ops::staff::InviteSender sender;
        sender.fromEmail = integrations.provider(u"mailjet"_s).sender;
        sender.server = opened.embedded ? QString() : profile.hosts;
        m_session->staff().setInviteSender(sender);
    }
    startDispatchIntegrations(*m_session, *m_settings, m_secrets);
    startBillingOutput(*m_session, *m_settings);
    startStripeRunners(*m_session, *m_settings, m_secrets);
    startInboundPump(*m_session, *m_settings, m_secrets, m_openPool);
    startCampaigns(*m_session, *m_settings);
    m_session->installOutages([](ops::DbExecutor &db) { return std::make_shared<ops::cpe::OutageService>(db); });
    startCpe(*m_session, *m_settings, m_secrets, m_openPool);
    m_window->attachSession(*m_session);
    m_drain->start(opened.conninfo); // the outbox is sent from here once a service is configured
    if (opened.seeded)
        m_window->showNotice(tr("Demo data loaded: this embedded database holds fictitious customers, locations "
                                "and subscriptions to try Targo Ops with."));
    if (!m_pendingUrl.isEmpty())
        openUrl(std::exchange(m_pendingUrl, QString()));
    if (m_options.smokeTest)
        finishSmokeTest(true,
            QStringLiteral("schema %1, %2")
                .arg(opened.schema.applied)
                .arg(opened.seeded ? QStringLiteral("demo data seeded") : QStringLiteral("existing data")));
}

void Bootstrap::teardownSession(std::function<void()> then)
{
    ++m_generation;
    if (m_drain)
        m_drain->stop(); // joined on the open pool
    if (m_window)
        m_window->detachSession();
    // Joining the listener and closing the connections block: the session is retired on the open pool.
    ops::Session::retire(std::move(m_session), m_openPool, this, std::move(then));
}

void Bootstrap::switchProfile(const ConnectionProfile &profile)
{
    ops::log::app()->info("switching to profile {}", profile.id);
    if (!m_settings->set(ops::SettingKey::ActiveProfile, profile.id).ok())
        ops::log::settings()->warn("could not store the active profile {}", profile.id);
    (void)m_settings->sync();
    m_profile = profile;
    m_openStarted = true;
    m_window->showStartupProgress(tr("Switching to “%1”…").arg(profile.name.isEmpty() ? profile.id : profile.name));
    teardownSession([this] { openProfile(m_profile); });
}

void Bootstrap::showConnectionSettings()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ConnectionDialog(*m_settings, *m_secrets, m_openPool, m_profile, m_window.get());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConnectionDialog::profileActivated, this, &Bootstrap::switchProfile);
    m_dialog->open();
}

void Bootstrap::showIntegrationSettings()
{
    if (m_integrations) {
        m_integrations->raise();
        m_integrations->activateWindow();
        return;
    }
    m_integrations = new IntegrationsDialog(*m_settings, *m_secrets, m_openPool, m_window.get());
    m_integrations->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_integrations, &IntegrationsDialog::settingsSaved, m_drain, &ops::outbox::OutboxDrainController::restart);
    connect(m_integrations, &IntegrationsDialog::settingsSaved, this, [this] {
        if (m_session) {
            startDispatchIntegrations(*m_session, *m_settings, m_secrets);
            startBillingOutput(*m_session, *m_settings);
            startStripeRunners(*m_session, *m_settings, m_secrets);
            startInboundPump(*m_session, *m_settings, m_secrets, m_openPool);
            startCampaigns(*m_session, *m_settings);
            startCpe(*m_session, *m_settings, m_secrets, m_openPool);
        }
    });
    m_integrations->open();
}

void Bootstrap::showErpnextImport()
{
    if (m_erpnextImport) {
        m_erpnextImport->raise();
        m_erpnextImport->activateWindow();
        return;
    }
    if (!m_session)
        return;
    // The import's own connection uses the session's conninfo (same role: an admin); the service lives and dies with
    // the dialog (closing it during an import cancels the import).
    auto *service = new ops::import::ErpnextImportService(m_session->info().conninfo);
    m_erpnextImport = new ErpnextImportDialog(*service, *m_settings, *m_secrets, m_window.get());
    service->setParent(m_erpnextImport);
    m_erpnextImport->setAttribute(Qt::WA_DeleteOnClose);
    m_erpnextImport->open();
}

void Bootstrap::handleLink(const QString &text)
{
    if (m_window) {
        if (m_window->isMinimized())
            m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    if (!m_session) { // still opening: handled once the session is up
        m_pendingUrl = text;
        return;
    }
    openUrl(text);
}

void Bootstrap::openUrl(const QString &text)
{
    // targo://customer/CUST-00042, parsed strictly; the text of a refused link is shown shortened and escaped-free
    // (plain text banner), never interpreted.
    const std::optional<QString> parsed = TargoLink::customerCode(text);
    if (!parsed || !m_session) {
        QString shown = text.left(80);
        shown.replace(QRegularExpression(u"[\\x00-\\x1f\\x7f]"_s), u"?"_s);
        m_window->showNotice(tr("This link cannot be opened: %1").arg(shown + (text.size() > 80 ? u"…"_s : QString())));
        return;
    }
    const QString code = *parsed;
    ops::runThen(m_session->search().search(code, 5), this, [this, code](const Result<ops::search::SearchResults> &r) {
        if (r.ok()) {
            for (const auto &hit : r.value().hits) {
                if (hit.kind == ops::search::HitKind::Customer && hit.code.compare(code, Qt::CaseInsensitive) == 0) {
                    m_window->openCustomer(hit.customerId, hit.code);
                    return;
                }
            }
        }
        m_window->showNotice(tr("Customer %1 was not found.").arg(code));
    });
}

bool Bootstrap::shutdown()
{
    ++m_generation;
    if (m_drain)
        m_drain->requestStop(); // the batch in flight is recorded while the rest shuts down
    if (m_dialog)
        m_dialog->close();
    if (m_firstRunDialog) { // quitting during the first run: no choice is written
        m_firstRunDialog->disconnect(this);
        delete m_firstRunDialog.data();
    }
    if (m_integrations)
        m_integrations->close();
    if (m_window) {
        m_window->close();
        m_window->detachSession();
    }
    delete std::exchange(m_drain, nullptr); // joins the outbox worker (the window is gone by now)
    bool clean = true;
    if (m_session)
        clean = m_session->shutdown(kShutdownWaitMs);
    m_session.reset();
    m_openPool.clear();
    clean = m_openPool.waitForDone(kShutdownWaitMs) && clean;
    if (!clean) {
        ops::log::app()->warn("a background job did not stop within {} ms; exiting without waiting", kShutdownWaitMs);
        return false;
    }
    // The embedded clusters we opened stop with us, unless another client still uses them.
    for (const QString &dir : std::exchange(m_embeddedDirs, {})) {
        ops::EmbeddedOptions embedded;
        embedded.password = m_embeddedPasswords.value(dir); // TCP + password mode only
        const ops::Status stopped = ops::EmbeddedServer(dir, embedded).stop(true);
        if (!stopped.ok())
            ops::log::embedded()->warn("embedded server in {} not stopped: {}", dir, stopped.error().detail);
    }
    (void)m_settings->sync();
    return true;
}
