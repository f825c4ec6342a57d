#include "ui/main/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/audit/AuditService.h"
#include "core/billing/BillingUiService.h"
#include "core/billing/ReceivablesService.h"
#include "core/catalogue/CatalogueService.h"
#include "core/concurrency/Async.h"
#include "core/customers/CustomerService.h"
#include "core/dispatch/DispatchService.h"
#include "core/dispatch/JobDetailService.h"
#include "core/dispatch/LivePositions.h"
#include "core/dispatch/OnMyWayService.h"
#include "core/dispatch/Presence.h"
#include "core/dispatch/RegionRulesService.h"
#include "core/dunning/DunningService.h"
#include "core/export/ExportService.h"
#include "core/import/ErpnextImportService.h"
#include "core/integrations/GpsPrivacyApi.h"
#include "core/outbox/OutboxService.h"
#include "core/payments/PaymentMethodService.h"
#include "core/payments/PaymentUiService.h"
#include "core/payments/StripeOpsService.h"
#include "core/search/SearchService.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "core/staff/StaffService.h"
#include "core/tickets/TicketService.h"
#include "ui/admin/AdministrationSection.h"
#include "ui/admin/AdministrationWidget.h"
#include "ui/admin/StaffDialogs.h"
#include "ui/audit/AuditLogWidget.h"
#include "ui/billing/BillingSection.h"
#include "ui/campaigns/CampaignsSection.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/RoleGate.h"
#include "ui/common/Theme.h"
#include "ui/customers/CustomersWorkspace.h"
#include "ui/dispatch/DispatchSection.h"
#include "ui/dispatch/JobDetailDialog.h"
#include "ui/main/StartupPanel.h"
#include "ui/main/StatusBarController.h"
#include "ui/map/MapSection.h"
#include "ui/outbox/OutboxWidget.h"
#include "ui/search/GlobalSearch.h"
#include "ui/tickets/TicketListModel.h"
#include "ui/tickets/TicketListWidget.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const auto kGeometryKey = u"MainWindow/geometry"_s;
const auto kStateKey = u"MainWindow/state"_s;
} // namespace

MainWindow::MainWindow(ops::Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Targo Ops"));
    setMinimumSize(960, 600);
    resize(1320, 820);

    auto *central = new QWidget(this);
    auto *h = new QHBoxLayout(central);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(0);
    m_navigation = new NavigationBar(central);
    h->addWidget(m_navigation);

    auto *content = new QWidget(central);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    m_banner = new MessageBanner(content);
    auto *bannerBox = new QVBoxLayout;
    bannerBox->setContentsMargins(10, 8, 10, 0);
    bannerBox->addWidget(m_banner);
    v->addLayout(bannerBox);

    m_startupHolder = new QWidget(content);
    auto *startupBox = new QHBoxLayout(m_startupHolder);
    startupBox->setContentsMargins(10, 24, 10, 8);
    m_startup = new StartupPanel(m_startupHolder);
    startupBox->addStretch(1);
    startupBox->addWidget(m_startup, 3);
    startupBox->addStretch(1);
    m_startupHolder->hide();
    v->addWidget(m_startupHolder);

    m_stack = new QStackedWidget(content);
    v->addWidget(m_stack, 1);
    h->addWidget(content, 1);
    setCentralWidget(central);

    // Sections that work today. The others (dispatch, billing, campaigns, map, administration) are added
    // here when they are built; until then they are not shown at all.
    m_customers = new CustomersWorkspace(m_stack);
    m_customers->setSettings(m_settings); // detached windows and grid state
    m_sections.insert(int(NavigationBar::Section::Customers), m_customers);
    m_stack->addWidget(m_customers);
    m_navigation->addSection(NavigationBar::Section::Customers,
        Icons::icon(Icons::Glyph::Customers, Theme::color(Theme::Role::NavIcon)), tr("Customers"),
        tr("Customer files and search (Ctrl+1)"));
    m_tickets = new TicketListWidget(m_settings, m_stack);
    m_sections.insert(int(NavigationBar::Section::Tickets), m_tickets);
    m_stack->addWidget(m_tickets);
    m_navigation->addSection(NavigationBar::Section::Tickets,
        Icons::icon(Icons::Glyph::Info, Theme::color(Theme::Role::NavIcon)), tr("Tickets"),
        tr("All support tickets, filtered and sorted (Ctrl+2)"));
    connect(m_tickets, &TicketListWidget::customerRequested, this, &MainWindow::openCustomer);
    // Dispatch: shown once the role is known to read the board (dispatchers, managers read-only, admins).
    m_dispatch = new DispatchSection(m_settings, m_stack);
    m_sections.insert(int(NavigationBar::Section::Dispatch), m_dispatch);
    m_stack->addWidget(m_dispatch);
    m_navigation->addSection(NavigationBar::Section::Dispatch,
        Icons::icon(Icons::Glyph::Location, Theme::color(Theme::Role::NavIcon)), tr("Dispatch"),
        tr("Dispatch board: technicians' days, the unscheduled queue and the map (Ctrl+5)"));
    m_navigation->setSectionVisible(NavigationBar::Section::Dispatch, false);
    // Billing: shown once the role is known to bill (the billing group, admins).
    m_billing = new BillingSection(m_settings, m_stack);
    m_sections.insert(int(NavigationBar::Section::Billing), m_billing);
    m_stack->addWidget(m_billing);
    m_navigation->addSection(NavigationBar::Section::Billing,
        Icons::icon(Icons::Glyph::Check, Theme::color(Theme::Role::NavIcon)), tr("Billing"),
        tr("The monthly billing run and every invoice (Ctrl+6)"));
    m_navigation->setSectionVisible(NavigationBar::Section::Billing, false);
    // Campaigns: billing roles and admins, managers read-only (applyCampaignsAccess).
    m_campaigns = new CampaignsSection(m_stack);
    m_sections.insert(int(NavigationBar::Section::Campaigns), m_campaigns);
    m_stack->addWidget(m_campaigns);
    m_navigation->addSection(NavigationBar::Section::Campaigns,
        Icons::icon(Icons::Glyph::Pulse, Theme::color(Theme::Role::NavIcon)), tr("Campaigns"),
        tr("E-mail and SMS campaigns: segments, CASL, sending and reports (Ctrl+7)"));
    m_navigation->setSectionVisible(NavigationBar::Section::Campaigns, false);
    // Map: the roles that read the board (dispatchers, managers, admins); applyMapAccess.
    m_map = new MapSection(m_settings, m_stack);
    m_sections.insert(int(NavigationBar::Section::Map), m_map);
    m_stack->addWidget(m_map);
    m_navigation->addSection(NavigationBar::Section::Map,
        Icons::icon(Icons::Glyph::Map, Theme::color(Theme::Role::NavIcon)), tr("Map"),
        tr("Locations, technicians, jobs, tickets, offline devices and outages on the map (Ctrl+8)"));
    m_navigation->setSectionVisible(NavigationBar::Section::Map, false);
    connect(m_map, &MapSection::customerRequested, this, [this](qint64 id) { openCustomer(id); });
    connect(m_map, &MapSection::jobRequested, this, &MainWindow::openJob);
    connect(m_map, &MapSection::ticketRequested, this, &MainWindow::openTicket);
    connect(m_navigation, &NavigationBar::sectionSelected, this, &MainWindow::showSection);

    m_search = new GlobalSearch(this);
    buildToolBar();
    buildMenus();
    m_status = new StatusBarController(statusBar(), this);

    auto *searchShortcut = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_K), this, m_search, &GlobalSearch::activate, Qt::ApplicationShortcut);
    searchShortcut->setObjectName(u"globalSearchShortcut"_s);
    connect(m_search, &GlobalSearch::customerRequested, this, [this](qint64 id, const QString &code) {
        // While the map is shown, the global search centres the map on the customer instead of opening the file.
        if (m_stack->currentWidget() == m_map && m_map->showCustomer(id))
            return;
        openCustomer(id, code);
    });
    connect(m_search, &GlobalSearch::dismissed, this, [this] {
        if (QWidget *page = m_stack->currentWidget())
            page->setFocus(Qt::OtherFocusReason);
    });
    connect(m_customers, &CustomersWorkspace::searchRequested, m_search, &GlobalSearch::activate);

    showSection(NavigationBar::Section::Customers);
}

MainWindow::~MainWindow() = default;

void MainWindow::showSection(NavigationBar::Section section)
{
    QWidget *w = m_sections.value(int(section));
    if (!w || !m_navigation->isSectionVisible(section))
        return;
    m_stack->setCurrentWidget(w);
    m_navigation->setCurrent(section);
}

void MainWindow::showStartupProgress(const QString &stage, int percent)
{
    m_banner->dismiss();
    m_startup->setProgress(stage, percent);
    m_startupHolder->show();
    m_status->setConnecting(stage, percent);
}

void MainWindow::showConnectionError(const QString &message)
{
    m_startupHolder->hide();
    m_status->setFailed(tr("Not connected"));
    m_banner->clearActions();
    QAbstractButton *settingsButton = m_banner->addAction(tr("Connection settings…"));
    connect(settingsButton, &QAbstractButton::clicked, this, &MainWindow::connectionSettingsRequested);
    QAbstractButton *retry = m_banner->addAction(tr("Retry"));
    connect(retry, &QAbstractButton::clicked, this, &MainWindow::retryRequested);
    m_banner->showError(message);
}

void MainWindow::showNotice(const QString &message)
{
    m_banner->clearActions();
    m_banner->showInfo(message);
}

void MainWindow::attachSession(ops::Session &session)
{
    detachSession();
    m_startupHolder->hide();
    m_banner->dismiss();
    m_search->setSearchService(&session.search());
    m_customers->setCustomerService(&session.customers());
    m_customers->setChangeFeed(&session.changes()); // live: open customer files
    m_customers->setExportService(&session.exports());
    m_tickets->setTicketService(&session.tickets());
    m_tickets->model()->setChangeFeed(&session.changes()); // live: ticket list
    m_tickets->setExportService(&session.exports());
    m_customers->setCpeApi(session.cpe()); // the CPE panel: customer files' equipment and the job detail
    m_dispatch->setCpeApi(session.cpe());
    ensureOutboxSection();
    m_outbox->setChangeFeed(&session.changes()); // live: outbox rows
    m_outbox->setOutboxService(&session.outbox());
    m_outbox->setExportService(&session.exports());
    const ops::SessionInfo &info = session.info();
    m_status->attach({&session.health(), info.embedded, info.where, info.user});
    m_session = &session;
    m_auditService = &session.audit();
    m_auditExports = &session.exports();
    connect(&session, &ops::Session::capabilitiesChanged, this, &MainWindow::setCapabilities);
    // Bootstrap's sessions arrive with them (read at connect); a session that reads them itself (tests, tools) keeps
    // the shell as it is until capabilitiesChanged: the server enforces the grants meanwhile.
    if (session.capabilities().known)
        setCapabilities(session.capabilities());
    m_hasSession = true;
    checkStaffAccount(session);
    // Capabilities not read yet (a session built by a test or a tool): the audit service asks, off the GUI thread.
    if (!session.capabilities().known) {
        const quint64 seq = ++m_attachSeq;
        ops::runThen(session.audit().canRead(), this, [this, seq](const ops::Result<bool> &r) {
            if (seq == m_attachSeq && m_hasSession)
                setAuditAccess(r.ok() && r.value());
        });
    }
}

void MainWindow::setCapabilities(const ops::Capabilities &caps)
{
    m_caps = caps;
    using A = ops::Capabilities::Action;
    RoleGate::gate(m_newCustomerAction, caps, A::CreateCustomers);
    RoleGate::gate(m_integrationsAction, caps, A::ManageSettings);
    // The import from ERPNext writes import_runs and every imported table: hidden for other roles (admin-only).
    m_erpnextImportAction->setVisible(m_session && ops::import::ErpnextImportService::allowedFor(caps));
    m_customers->setCapabilities(caps);
    m_tickets->setCapabilities(caps);
    m_dispatch->setCapabilities(caps);
    applyDispatchAccess();
    m_billing->setCapabilities(caps);
    applyBillingAccess();
    applyCampaignsAccess();
    m_map->setCapabilities(caps);
    applyMapAccess();
    if (m_outbox)
        m_outbox->setCapabilities(caps);
    applyOutboxVisibility();
    // Administration: for roles that may manage staff (the staff functions of migration 0014).
    if (m_session && caps.known)
        setStaffManagement(caps.manageStaff ? &m_session->staff() : nullptr, m_session->staff().hasInviteSender());
    // Its Regions tab: for roles that may change the region rules (admins).
    if (m_session && caps.known)
        setRegionManagement(caps.manageRegions ? &m_session->regionRules() : nullptr);
    // Its GPS tracking tab (Law 25: retention and the technicians' notice): admins, like the regions.
    if (m_session && caps.known)
        setGpsPrivacyManagement(caps.manageRegions ? &m_session->gpsPrivacy() : nullptr);
    // Audit: managers and admins (SELECT on audit_log).
    if (m_session && caps.known)
        setAuditAccess(caps.readAudit);
}

void MainWindow::applyDispatchAccess()
{
    const bool visible = m_caps.allows(ops::Capabilities::Action::ReadDispatch);
    m_dispatchAction->setVisible(visible);
    m_navigation->setSectionVisible(NavigationBar::Section::Dispatch, visible);
    if (visible && m_session && !m_dispatchAttached) {
        m_dispatchAttached = true;
        m_dispatch->attach(
            {&m_session->dispatch(), &m_session->jobDetail(), &m_session->onMyWay(), &m_session->livePositions(),
                &m_session->changes(), &m_session->presence(), &m_session->optimizer(), &m_session->gpsPrivacy()});
    } else if (!visible && m_dispatchAttached) {
        m_dispatchAttached = false;
        m_dispatch->attach({});
    }
    if (!visible && m_stack->currentWidget() == m_dispatch)
        showSection(NavigationBar::Section::Customers);
}

void MainWindow::applyBillingAccess()
{
    const bool visible = m_caps.allows(ops::Capabilities::Action::Billing);
    m_billingAction->setVisible(visible);
    m_navigation->setSectionVisible(NavigationBar::Section::Billing, visible);
    if (visible && m_session && !m_billingAttached) {
        m_billingAttached = true;
        m_billing->attach(&m_session->billing(), &m_session->exports(), &m_session->catalogue());
        m_billing->attachPayments(&m_session->payments());
        m_billing->attachReceivables(&m_session->receivables(), &m_session->exports());
        m_billing->attachDunning(&m_session->dunning());
        m_customers->setDocumentsApi(m_session->billing().documentsApi()); // "Statement…" in customer files
        m_customers->setPaymentMethodsApi(&m_session->paymentMethods()); // their "Payment methods" tab
        m_billing->attachStripe(&m_session->stripeOps());
    } else if (!visible && m_billingAttached) {
        m_billingAttached = false;
        m_billing->attach(nullptr, nullptr);
        m_billing->attachPayments(nullptr);
        m_billing->attachReceivables(nullptr, nullptr);
        m_billing->attachDunning(nullptr);
        m_customers->setDocumentsApi(nullptr);
        m_customers->setPaymentMethodsApi(nullptr);
        m_billing->attachStripe(nullptr);
    }
    if (!visible && m_stack->currentWidget() == m_billing)
        showSection(NavigationBar::Section::Customers);
}

void MainWindow::applyCampaignsAccess()
{
    ops::campaigns::CampaignApi *api = m_session ? m_session->campaigns() : nullptr;
    const bool visible = api && CampaignsSection::visibleFor(m_caps);
    m_campaignsAction->setVisible(visible);
    m_navigation->setSectionVisible(NavigationBar::Section::Campaigns, visible);
    m_campaigns->setReadOnly(!CampaignsSection::writableFor(m_caps));
    if (visible && !m_campaignsAttached) {
        m_campaignsAttached = true;
        m_campaigns->attach(api, &m_session->changes(), &m_session->cpuPool());
        m_customers->setCampaignsApi(api); // the customer file's "Campaigns" tab
    } else if (!visible && m_campaignsAttached) {
        m_campaignsAttached = false;
        m_campaigns->attach(nullptr, nullptr);
        m_customers->setCampaignsApi(nullptr);
    }
    if (!visible && m_stack->currentWidget() == m_campaigns)
        showSection(NavigationBar::Section::Customers);
}

void MainWindow::applyMapAccess()
{
    const bool visible = m_session && m_caps.allows(ops::Capabilities::Action::ReadDispatch);
    m_mapAction->setVisible(visible);
    m_navigation->setSectionVisible(NavigationBar::Section::Map, visible);
    if (visible && !m_mapAttached) {
        m_mapAttached = true;
        m_map->attach(
            &m_session->mapLayers(), &m_session->livePositions(), &m_session->changes(), m_session->outages());
        // Today's trail of a technician: the positions kept during the shift (docs/privacy.md).
        ops::dispatch::LivePositions *positions = &m_session->livePositions();
        m_map->setTrailLoader([positions](qint64 technicianId) { return positions->todayTrack(technicianId); });
    } else if (!visible && m_mapAttached) {
        m_mapAttached = false;
        m_map->setTrailLoader({});
        m_map->attach(nullptr, nullptr, nullptr);
    }
    if (!visible && m_stack->currentWidget() == m_map)
        showSection(NavigationBar::Section::Customers);
}

void MainWindow::openJob(qint64 jobId)
{
    if (!jobId || !m_session)
        return;
    auto *dialog = new JobDetailDialog(&m_session->jobDetail(), jobId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openTicket(qint64 ticketId)
{
    if (!ticketId)
        return;
    showSection(NavigationBar::Section::Tickets);
    m_tickets->openTicket(ticketId);
}

void MainWindow::applyOutboxVisibility()
{
    // A role that cannot read the outbox does not see the section at all.
    const bool visible = m_caps.readOutbox;
    m_outboxViewAction->setVisible(visible);
    if (!m_outbox)
        return;
    m_navigation->setSectionVisible(NavigationBar::Section::Outbox, visible);
    if (!visible && m_stack->currentWidget() == m_outbox)
        showSection(NavigationBar::Section::Customers);
}

void MainWindow::detachSession()
{
    if (!m_hasSession)
        return;
    ++m_attachSeq;
    setAuditAccess(false);
    m_auditService = nullptr;
    m_auditExports = nullptr;
    m_customers->setCpeApi(nullptr);
    m_dispatch->setCpeApi(nullptr);
    m_hasSession = false;
    m_erpnextImportAction->setVisible(false);
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    ++m_attachGeneration;
    setStaffManagement(nullptr, false);
    setRegionManagement(nullptr);
    setGpsPrivacyManagement(nullptr);
    m_search->setSearchService(nullptr);
    m_customers->setChangeFeed(nullptr);
    m_customers->setExportService(nullptr);
    m_customers->setCustomerService(nullptr);
    m_tickets->model()->setChangeFeed(nullptr);
    m_tickets->setTicketService(nullptr);
    m_tickets->setExportService(nullptr);
    if (m_dispatchAttached) {
        m_dispatchAttached = false;
        m_dispatch->attach({});
    }
    if (m_billingAttached) {
        m_billingAttached = false;
        m_billing->attach(nullptr, nullptr);
        m_billing->attachPayments(nullptr);
        m_billing->attachReceivables(nullptr, nullptr);
        m_billing->attachDunning(nullptr);
        m_customers->setDocumentsApi(nullptr);
        m_customers->setPaymentMethodsApi(nullptr);
        m_billing->attachStripe(nullptr);
    }
    if (m_mapAttached) {
        m_mapAttached = false;
        m_map->setTrailLoader({});
        m_map->attach(nullptr, nullptr, nullptr);
    }
    m_navigation->setSectionVisible(NavigationBar::Section::Map, false);
    if (m_campaignsAttached) {
        m_campaignsAttached = false;
        m_campaigns->attach(nullptr, nullptr);
        m_customers->setCampaignsApi(nullptr);
    }
    m_navigation->setSectionVisible(NavigationBar::Section::Campaigns, false);
    m_campaignsAction->setVisible(false);
    if (m_outbox) {
        m_outbox->setChangeFeed(nullptr);
        m_outbox->setOutboxService(nullptr);
        m_outbox->setExportService(nullptr);
        m_navigation->setBadge(NavigationBar::Section::Outbox, {});
    }
    m_status->detach();
}

void MainWindow::ensureOutboxSection()
{
    if (m_outbox)
        return;
    m_outbox = new OutboxWidget(m_settings, m_stack);
    m_sections.insert(int(NavigationBar::Section::Outbox), m_outbox);
    m_stack->addWidget(m_outbox);
    m_navigation->addSection(NavigationBar::Section::Outbox,
        Icons::icon(Icons::Glyph::Pulse, Theme::color(Theme::Role::NavIcon)), tr("Outbox"),
        tr("Text messages, e-mails and payments sent to the services, with their outcome (Ctrl+3)"));
    connect(m_outbox, &OutboxWidget::attentionCountChanged, this, [this](int n) {
        const QString badge = n >= ops::outbox::OutboxService::kAttentionCap
            ? tr("%1+", "more than this many").arg(QLocale().toString(ops::outbox::OutboxService::kAttentionCap - 1))
            : QLocale().toString(n);
        m_navigation->setBadge(NavigationBar::Section::Outbox, n > 0 ? badge : QString());
    });
}

// The connected login's own staff row says whether its password must be changed now. Whether it may manage staff
// comes from the capabilities (setCapabilities); only when they could not be read does the row decide (the
// database's superuser, or an active admin).
void MainWindow::checkStaffAccount(ops::Session &session)
{
    const quint64 generation = ++m_attachGeneration;
    QPointer<ops::staff::StaffService> staff(&session.staff());
    ops::runThen(staff->self(), this, [this, generation, staff](const ops::Result<ops::staff::StaffMember> &me) {
        if (generation != m_attachGeneration || !staff)
            return;
        const bool manage =
            me.ok() && me.value().active && (me.value().superuser || me.value().group == QLatin1String("admin"));
        if (!m_caps.known)
            setStaffManagement(manage ? staff.data() : nullptr, staff->hasInviteSender());
        if (me.ok() && me.value().mustChangePassword && !me.value().superuser)
            askForOwnPassword(staff.data(), me.value().login);
    });
}

void MainWindow::ensureAdministrationSection()
{
    if (m_adminSection)
        return;
    m_adminSection = new AdministrationSection(m_stack);
    m_admin = m_adminSection->staff();
    m_sections.insert(int(NavigationBar::Section::Administration), m_adminSection);
    m_stack->addWidget(m_adminSection);
    m_navigation->addSection(NavigationBar::Section::Administration,
        Icons::icon(Icons::Glyph::Settings, Theme::color(Theme::Role::NavIcon)),
        tr("Admin", "navigation: the administration section"),
        tr("Administration: staff accounts and dispatch regions"));
}

void MainWindow::updateAdministrationVisibility()
{
    m_navigation->setSectionVisible(NavigationBar::Section::Administration, m_adminSection->hasContent());
    if (!m_adminSection->hasContent() && m_stack->currentWidget() == m_adminSection)
        showSection(NavigationBar::Section::Customers);
}

void MainWindow::setStaffManagement(ops::staff::StaffApi *api, bool emailAvailable)
{
    if (!api && !m_adminSection)
        return;
    ensureAdministrationSection();
    m_adminSection->setStaffApi(api, emailAvailable);
    updateAdministrationVisibility();
}

void MainWindow::setRegionManagement(ops::dispatch::RegionRulesApi *api)
{
    if (!api && !m_adminSection)
        return;
    ensureAdministrationSection();
    m_adminSection->setRegionRulesApi(api);
    updateAdministrationVisibility();
}

void MainWindow::setGpsPrivacyManagement(ops::integrations::GpsPrivacyApi *api)
{
    if (!api && !m_adminSection)
        return;
    ensureAdministrationSection();
    m_adminSection->setGpsPrivacyApi(api);
    updateAdministrationVisibility();
}

void MainWindow::askForOwnPassword(ops::staff::StaffService *service, const QString &login)
{
    QPointer<ops::staff::StaffService> staff(service);
    auto *dialog = new ChangeOwnPasswordDialog(login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ChangeOwnPasswordDialog> guard(dialog);
    connect(dialog, &ChangeOwnPasswordDialog::passwordChosen, this, [this, staff, guard](const QString &password) {
        if (!staff)
            return;
        ops::runThen(staff->changeOwnPassword(password), this, [this, guard](const ops::Status &s) {
            if (!guard)
                return;
            if (!s.ok()) {
                guard->showProblem(s.error().userMessage);
                return;
            }
            guard->accept();
            showNotice(tr("Your password is changed. Use it from now on."));
        });
    });
    dialog->open();
}

void MainWindow::setAuditAccess(bool readAudit)
{
    readAudit = readAudit && m_auditService;
    m_auditAccess = readAudit;
    m_auditAction->setVisible(readAudit);
    m_customers->setAuditApi(readAudit ? m_auditService : nullptr);
    if (!readAudit) {
        if (m_audit) {
            m_audit->setAuditApi(nullptr);
            m_audit->setExportService(nullptr);
            if (m_stack->currentWidget() == m_audit)
                showSection(NavigationBar::Section::Customers);
            m_navigation->removeSection(NavigationBar::Section::Audit);
            m_sections.remove(int(NavigationBar::Section::Audit));
        }
        emit auditAccessChanged(false);
        return;
    }
    ensureAuditSection();
    m_audit->setExportService(m_auditExports);
    m_audit->setAuditApi(m_auditService);
    emit auditAccessChanged(true);
}

void MainWindow::ensureAuditSection()
{
    if (!m_audit) {
        m_audit = new AuditLogWidget(m_settings, m_stack);
        m_stack->addWidget(m_audit);
        connect(m_audit, &AuditLogWidget::customerRequested, this, &MainWindow::openCustomer);
    }
    if (m_navigation->hasSection(NavigationBar::Section::Audit))
        return;
    m_sections.insert(int(NavigationBar::Section::Audit), m_audit);
    m_navigation->addSection(NavigationBar::Section::Audit,
        Icons::icon(Icons::Glyph::Database, Theme::color(Theme::Role::NavIcon)), tr("Audit"),
        tr("Every change and every opening of a customer file, by whom and when (Ctrl+4)"));
}

void MainWindow::openCustomer(qint64 customerId, const QString &code)
{
    showSection(NavigationBar::Section::Customers);
    m_customers->openCustomer(customerId, code);
}

void MainWindow::restoreUiState()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->uiState(kGeometryKey).toByteArray());
    restoreState(m_settings->uiState(kStateKey).toByteArray());
}

void MainWindow::saveUiState() const
{
    if (!m_settings)
        return;
    m_settings->setUiState(kGeometryKey, saveGeometry());
    m_settings->setUiState(kStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveUiState();
    QMainWindow::closeEvent(event);
}
