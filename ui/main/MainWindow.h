#pragma once

#include <memory>

#include <QHash>
#include <QMainWindow>

#include "core/session/Capabilities.h"
#include "ui/main/NavigationBar.h"

class AdministrationSection;
class AdministrationWidget;
class AuditLogWidget;
class CustomersWorkspace;
class GlobalSearch;
class MessageBanner;
class OutboxWidget;
class QAction;
class QStackedWidget;
class StartupPanel;
class StatusBarController;
class TicketListWidget;
class DispatchSection;
class BillingSection;
class CampaignsSection;
class MapSection;

namespace ops {
class Session;
class Settings;
namespace staff {
class StaffApi;
class StaffService;
} // namespace staff
namespace audit {
class AuditService;
}
namespace integrations {
class GpsPrivacyApi;
}
namespace dispatch {
class RegionRulesApi;
}
namespace csv {
class ExportService;
}
} // namespace ops

// The shell only: menus, the navigation bar, a stack of section widgets, the global search and the status bar.
// It receives the open database's Session from Bootstrap (attachSession), hands each section the services it uses,
// creates none itself, and never reaches into a section's internals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings: where UiState (geometry) is kept; may be null (tests).
    explicit MainWindow(ops::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Start-up: status bar text plus the inline progress panel. percent < 0: indeterminate.
    void showStartupProgress(const QString &stage, int percent = -1);
    // A failed open, or a database newer than this program: a banner with "Connection settings…" and "Retry".
    void showConnectionError(const QString &message);
    void showNotice(const QString &message);

    // The session must outlive the attachment: detachSession() before it goes.
    void attachSession(ops::Session &session);
    void detachSession();
    bool hasSession() const { return m_hasSession; }

    // The UI follows the role: the one place where the shell applies the session's Capabilities (at attach and when
    // they change after a reconnect). Sections the role cannot use are hidden (the outbox without SELECT); menu actions
    // it cannot run are disabled with the reason as tooltip; each section gets them through its own setCapabilities().
    void setCapabilities(const ops::Capabilities &caps);
    const ops::Capabilities &capabilities() const { return m_caps; }
    // Managers and admins (capability readAudit): the Audit section (Ctrl+4) and, in customer files, "Who opened
    // this file" and the Law 25 export. false removes them. Needs an attached session.
    void setAuditAccess(bool readAudit);
    bool hasAuditAccess() const { return m_auditAccess; }

    void openCustomer(qint64 customerId, const QString &code = {});
    void showSection(NavigationBar::Section section);
    void restoreUiState();
    // The Administration section (staff accounts): shown with api set, hidden with null. emailAvailable: invitations
    // may be e-mailed.
    void setStaffManagement(ops::staff::StaffApi *api, bool emailAvailable);
    void setRegionManagement(ops::dispatch::RegionRulesApi *api); // null: the Regions tab hides
    void setGpsPrivacyManagement(ops::integrations::GpsPrivacyApi *api); // null: the GPS tracking tab hides

    GlobalSearch *globalSearch() const { return m_search; }
    CustomersWorkspace *customers() const { return m_customers; }
    TicketListWidget *tickets() const { return m_tickets; }
    BillingSection *billing() const { return m_billing; } // shown only to roles with the billing capability
    // Billing roles and admins (managers read); needs the session's campaigns service (Session::campaigns()).
    CampaignsSection *campaigns() const { return m_campaigns; }
    MapSection *mapSection() const { return m_map; } // dispatchers, managers and admins (the roles reading the board)
    OutboxWidget *outbox() const { return m_outbox; } // null until a session was attached
    AdministrationWidget *administration() const { return m_admin; } // null until a session could manage staff
    AuditLogWidget *auditLog() const { return m_audit; } // null until audit access was granted
    NavigationBar *navigation() const { return m_navigation; }
    StatusBarController *statusController() const { return m_status; }
    MessageBanner *banner() const { return m_banner; }
    StartupPanel *startupPanel() const { return m_startup; }

signals:
    void connectionSettingsRequested();
    void integrationSettingsRequested();
    // File > Import from ERPNext… (admins; shown with a session whose role may import): the composition root opens it.
    void erpnextImportRequested();
    void retryRequested();
    // After each decision on the audit screens (setAuditAccess): whether they are shown.
    void auditAccessChanged(bool readAudit);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void ensureAdministrationSection();
    void updateAdministrationVisibility(); // the section shows while one of its tabs does
    void buildMenus();
    void buildToolBar();
    void showAbout();
    void saveUiState() const;
    void ensureOutboxSection();
    void applyOutboxVisibility();
    void checkStaffAccount(ops::Session &session);
    void askForOwnPassword(ops::staff::StaffService *staff, const QString &login);
    void ensureAuditSection();

    ops::Settings *m_settings = nullptr;
    NavigationBar *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBanner *m_banner = nullptr;
    StartupPanel *m_startup = nullptr;
    QWidget *m_startupHolder = nullptr;
    GlobalSearch *m_search = nullptr;
    CustomersWorkspace *m_customers = nullptr;
    TicketListWidget *m_tickets = nullptr;
    DispatchSection *m_dispatch = nullptr;
    QAction *m_dispatchAction = nullptr;
    bool m_dispatchAttached = false; // the board's APIs are given once the role may read it
    void applyDispatchAccess();
    BillingSection *m_billing = nullptr;
    QAction *m_billingAction = nullptr;
    bool m_billingAttached = false; // the billing API is given once the role may bill
    void applyBillingAccess();
    CampaignsSection *m_campaigns = nullptr;
    QAction *m_campaignsAction = nullptr;
    bool m_campaignsAttached = false;
    void applyCampaignsAccess();
    MapSection *m_map = nullptr;
    QAction *m_mapAction = nullptr;
    bool m_mapAttached = false;
    void applyMapAccess();
    void openJob(qint64 jobId);
    void openTicket(qint64 ticketId);
    OutboxWidget *m_outbox = nullptr; // created at the first session
    AdministrationSection *m_adminSection = nullptr; // created at the first session that may manage staff or regions
    AdministrationWidget *m_admin = nullptr; // its staff tab
    quint64 m_attachGeneration = 0; // late answers about an earlier session are dropped
    StatusBarController *m_status = nullptr;
    QHash<int, QWidget *> m_sections;
    bool m_hasSession = false;
    ops::Capabilities m_caps = ops::Capabilities::unrestricted();
    ops::Session *m_session = nullptr; // attached (for its capabilitiesChanged connection)
    QAction *m_newCustomerAction = nullptr;
    QAction *m_integrationsAction = nullptr;
    QAction *m_erpnextImportAction = nullptr; // hidden unless the attached session's role may import (admins)
    QAction *m_outboxViewAction = nullptr;
    AuditLogWidget *m_audit = nullptr; // created when audit access is first granted
    QAction *m_auditAction = nullptr;
    ops::audit::AuditService *m_auditService = nullptr; // the attached session's
    ops::csv::ExportService *m_auditExports = nullptr; // the attached session's
    quint64 m_attachSeq = 0;
    bool m_auditAccess = false;
};
