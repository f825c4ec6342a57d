#pragma once

#include <QPointer>
#include <QWidget>

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"

class BusyOverlay;
class CustomerEditActions;
class CustomerAccessPanel;
class CustomerOverviewPage;
class CustomerJobsModel;
class CustomerTicketsModel;
class CustomerTimelineWidget;
class EquipmentModel;
class FileSectionModel;
class InvoicesModel;
class LocationMapPanel;
class LocationsModel;
class MessageBanner;
class PaymentsModel;
class PaymentMethodsPanel;
class CustomerCampaignsPanel;
class CpePanel;
class QAbstractItemDelegate;
class QAbstractItemModel;
class QAction;
class QGridLayout;
class QLabel;
class QPushButton;
class QShortcut;
class QTabWidget;
class QTableView;
class QToolButton;
class StatusChipLabel;
class GridTools;
class SubscriptionsModel;

namespace ops {
class Settings;
struct Capabilities;
} // namespace ops
namespace ops::csv {
class ExportService;
}
namespace ops::customers {
class CustomerApi;
}
namespace ops::audit {
class AuditApi;
}
namespace ops::billing {
class CustomerDocumentsApi;
}
namespace ops::payments {
class PaymentMethodsApi;
}
namespace ops::campaigns {
class CampaignApi;
}
namespace ops::cpe {
class CpeApi;
}
namespace ops::live {
class ChangeFeed;
struct Change;
} // namespace ops::live

// The customer file: header (name, code, status, language, balance, PPA, legacy ids, contacts) over section tabs —
// Overview, Locations, Equipment, Subscriptions, Invoices, Payments, Tickets, Jobs and the unified Timeline
// (Alt+1…Alt+9, Ctrl+PgUp/PgDn). The header and every section arrive in one round trip through CustomerApi;
// large sections show their newest rows and say so, with "Show all". A failure shows a banner.
class CustomerFileWidget : public QWidget
{
    Q_OBJECT
public:
    enum Section
    {
        OverviewTab,
        LocationsTab,
        EquipmentTab,
        SubscriptionsTab,
        InvoicesTab,
        PaymentsTab,
        TicketsTab,
        JobsTab,
        TimelineTab,
        SectionCount
    };

    CustomerFileWidget(ops::customers::CustomerApi *service, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerFileWidget() override;

    void reload();
    // Live updates: changes of this customer, its locations or subscriptions re-read the file in the background and
    // update the header and models in place (selection and scroll kept). nullptr detaches.
    void setChangeFeed(ops::live::ChangeFeed *feed);
    quint64 liveRefreshCount() const { return m_liveRefreshes; }

    qint64 customerId() const { return m_customerId; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const;
    const ops::customers::Customer &customer() const { return m_file.customer; }
    QString tabTitle() const;

    LocationsModel *locationsModel() const { return m_locations; }
    SubscriptionsModel *subscriptionsModel() const { return m_subscriptions; }
    QTableView *locationsView() const { return m_locationsView; }
    QTableView *subscriptionsView() const { return m_subscriptionsView; }
    EquipmentModel *equipmentModel() const { return m_equipment; }
    InvoicesModel *invoicesModel() const { return m_invoices; }
    PaymentsModel *paymentsModel() const { return m_payments; }
    CustomerTicketsModel *ticketsModel() const { return m_tickets; }
    CustomerJobsModel *jobsModel() const { return m_jobs; }
    CustomerTimelineWidget *timeline() const { return m_timeline; }
    QTabWidget *sections() const { return m_sections; }
    void showSection(Section section);
    // "Showing 200 newest of 1 843" note of a section tab; empty when everything is shown.
    QString truncationNote(Section section) const;
    const ops::customers::CustomerFile &file() const { return m_file; }
    MessageBanner *banner() const { return m_banner; }

    // Grid tools on every section grid (column chooser, remembered widths, export: UiState/CustomerFile/<section>)
    // and the map's tile server (Integrations/map/tile_url; none: the offline base). Null: nothing remembered.
    void setSettings(ops::Settings *settings);
    // Where the section grids write their exports (the session's ExportService); null: unavailable.
    void setExportService(ops::csv::ExportService *exports);
    LocationMapPanel *locationMap() const { return m_locationMap; }
    // What the role may do here (RoleGate): the edit bar's actions follow it. Default: everything allowed.
    void setCapabilities(const ops::Capabilities &caps);
    CustomerEditActions *editActions() const { return m_editActions; }
    QTableView *sectionView(Section section) const { return m_views[section]; }
    // The printable summary (CustomerSummary): the print dialog (Ctrl+P) / a PDF file chosen in a save dialog.
    void printSummary();
    void exportSummaryPdf();
    // Managers and admins (capability readAudit): a non-null api adds the "Who opened this file" tab (after the
    // Timeline, Alt+0) and "Export personal data…" (Law 25) to the Print menu; null removes them.
    void setAuditApi(ops::audit::AuditApi *audit);
    CustomerAccessPanel *accessPanel() const { return m_access; }
    // Billing roles (issue 13): a non-null api adds "Statement…" (a date range, preview, print, save, e-mail) to the
    // Print menu; null removes it.
    void setDocumentsApi(ops::billing::CustomerDocumentsApi *documents);
    QAction *statementAction() const { return m_statementAction; }
    void openStatement();
    // Billing roles (issue 13): a non-null api adds the "Payment methods" tab (saved methods, default, PPA, links to
    // save one; after the sections, Alt+Shift+P); null removes it.
    void setPaymentMethodsApi(ops::payments::PaymentMethodsApi *api);
    PaymentMethodsPanel *paymentMethodsPanel() const { return m_paymentMethods; }
    // The "Campaigns" tab (issue 14: what this customer received); null removes it.
    void setCampaignsApi(ops::campaigns::CampaignApi *api);
    CustomerCampaignsPanel *campaignsPanel() const { return m_campaigns; }
    // The CPE panel under the Equipment grid (issue 15: the selected device's GenieACS state and actions).
    void setCpeApi(ops::cpe::CpeApi *api);
    CpePanel *cpePanel() const { return m_cpe; }

signals:
    void loaded(qint64 customerId);
    void liveRefreshed(qint64 customerId);
    void titleChanged(const QString &title);

private:
    void onLoaded(const ops::Result<ops::customers::CustomerFile> &result);
    void onChange(const ops::live::Change &change);
    void refreshLive();
    void onRefreshed(const ops::Result<ops::customers::CustomerFile> &result);
    bool concerns(const ops::live::Change &change) const;
    void showHeader(const ops::customers::Customer &c);
    QWidget *buildHeader();
    void showModels(bool live);
    void updateSectionTitles();
    void showAll(Section section);
    QTableView *buildTable(QAbstractItemModel *model, int sortRole, int statusColumn, QAbstractItemDelegate *delegate,
        int sortColumn = 0, Qt::SortOrder order = Qt::AscendingOrder);
    QWidget *sectionPage(Section section, QTableView *view);

    QPointer<ops::customers::CustomerApi> m_service;
    const qint64 m_customerId;
    ops::customers::CustomerFile m_file;
    bool m_loaded = false;
    quint64 m_loadSeq = 0;
    QPointer<ops::live::ChangeFeed> m_feed;
    QPointer<ops::csv::ExportService> m_exports;
    GridTools *m_grids[SectionCount] = {};
    bool m_refreshInFlight = false;
    bool m_refreshAgain = false;
    quint64 m_liveRefreshes = 0;

    MessageBanner *m_banner = nullptr;
    BusyOverlay *m_busy = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_code = nullptr;
    StatusChipLabel *m_status = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_ppa = nullptr;
    QLabel *m_legacy = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_since = nullptr;
    ops::customers::SectionLimits m_limits;
    QTabWidget *m_sections = nullptr;
    QLabel *m_notes[SectionCount] = {};
    QPushButton *m_showAll[SectionCount] = {};
    CustomerOverviewPage *m_overview = nullptr;
    LocationsModel *m_locations = nullptr;
    SubscriptionsModel *m_subscriptions = nullptr;
    EquipmentModel *m_equipment = nullptr;
    InvoicesModel *m_invoices = nullptr;
    PaymentsModel *m_payments = nullptr;
    CustomerTicketsModel *m_tickets = nullptr;
    CustomerJobsModel *m_jobs = nullptr;
    QTableView *m_locationsView = nullptr;
    QTableView *m_subscriptionsView = nullptr;
    CustomerTimelineWidget *m_timeline = nullptr;
    LocationMapPanel *m_locationMap = nullptr;
    QTableView *m_views[SectionCount] = {};
    QToolButton *m_printButton = nullptr;
    CustomerEditActions *m_editActions = nullptr;
    bool m_gridToolsAttached = false;
    CustomerAccessPanel *m_access = nullptr;
    QAction *m_personalDataAction = nullptr;
    QAction *m_statementAction = nullptr;
    QPointer<ops::billing::CustomerDocumentsApi> m_documents;
    QShortcut *m_accessShortcut = nullptr;
    PaymentMethodsPanel *m_paymentMethods = nullptr;
    QShortcut *m_paymentMethodsShortcut = nullptr;
    CustomerCampaignsPanel *m_campaigns = nullptr;
    CpePanel *m_cpe = nullptr;
};
