#pragma once

#include <functional>

#include <QPointer>
#include <QWidget>

#include "core/session/Capabilities.h"

class CustomerFileWidget;
class CustomerFileWindow;
class QLabel;
class QListWidget;
class QTabWidget;

namespace ops {
class Settings;
}
namespace ops::csv {
class ExportService;
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
namespace ops::customers {
class CustomerApi;
}
namespace ops::live {
class ChangeFeed;
}
namespace ops::audit {
class AuditApi;
}

// The Customers section: a start page and the open customer files as closable tabs (Ctrl+W closes, Ctrl+Tab cycles).
class CustomersWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersWorkspace(QWidget *parent = nullptr);
    ~CustomersWorkspace() override;

    // nullptr while disconnected; switching the connection closes the open files (they belong to another database).
    void setCustomerService(ops::customers::CustomerApi *service);
    // Live updates for the open files (and those opened later); nullptr while disconnected.
    void setChangeFeed(ops::live::ChangeFeed *feed);

    // What the role may do (RoleGate): the open files (tabs and detached windows) and those opened later follow it;
    // newCustomer() does nothing without CreateCustomers. Default: everything allowed.
    void setCapabilities(const ops::Capabilities &caps);
    const ops::Capabilities &capabilities() const { return m_caps; }

    // Where detached windows and grids keep their state (UiState); may be null.
    void setSettings(ops::Settings *settings);
    // Where grid exports are written (the session's ExportService); null: export unavailable.
    void setExportService(ops::csv::ExportService *exports);
    // Managers and admins (readAudit): the files get "Who opened this file" and the Law 25 export; null: not shown.
    void setAuditApi(ops::audit::AuditApi *audit);
    // Billing roles: "Statement…" in every customer file's Print menu (issue 13); null removes it.
    void setDocumentsApi(ops::billing::CustomerDocumentsApi *documents);
    // Billing roles: the "Payment methods" tab in every customer file (issue 13); null removes it.
    void setPaymentMethodsApi(ops::payments::PaymentMethodsApi *api);
    void setCampaignsApi(ops::campaigns::CampaignApi *api); // the files' "Campaigns" tab (issue 14)
    void setCpeApi(ops::cpe::CpeApi *api); // the files' CPE panel under the Equipment grid (issue 15)

    // Detached windows: the file moves into its own top-level window (tab context menu, Ctrl+Shift+D) and keeps its
    // live updates; closing the window closes the file; attachFile() returns it to the tabs.
    CustomerFileWindow *detachFile(CustomerFileWidget *file);
    void detachCurrentFile();
    void attachFile(CustomerFileWindow *window);
    CustomerFileWindow *windowFor(qint64 customerId) const;
    QList<CustomerFileWindow *> detachedWindows() const;
    // fn on every open file: the tabs (the first is the list) and the detached windows.
    void forEachFile(const std::function<void(CustomerFileWidget *)> &fn) const;

    CustomerFileWidget *openCustomer(qint64 customerId, const QString &code = {});
    CustomerFileWidget *currentFile() const;
    CustomerFileWidget *fileFor(qint64 customerId) const;
    int openFileCount() const;
    void closeCurrentFile();
    void closeAllFiles();
    // Ctrl+N: the "New customer" dialog (non-blocking); once saved, the new customer's file opens.
    void newCustomer();
    void cycleTabs(int delta);
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void searchRequested();
    void customerOpened(qint64 customerId);

private:
    QWidget *buildStartPage();
    void closeTab(int index);
    void rememberRecent(CustomerFileWidget *file);
    int addFileTab(CustomerFileWidget *file, const QString &text);
    void showTabMenu(const QPoint &pos);

    QPointer<ops::customers::CustomerApi> m_service;
    QPointer<ops::live::ChangeFeed> m_feed;
    QPointer<ops::csv::ExportService> m_exports;
    QPointer<ops::audit::AuditApi> m_audit;
    QPointer<ops::billing::CustomerDocumentsApi> m_documents;
    QPointer<ops::payments::PaymentMethodsApi> m_paymentMethods;
    ops::campaigns::CampaignApi *m_campaigns = nullptr; // not a QObject: MainWindow resets it with the session
    ops::cpe::CpeApi *m_cpe = nullptr; // the same
    ops::Settings *m_settings = nullptr;
    ops::Capabilities m_caps = ops::Capabilities::unrestricted();
    QList<QPointer<CustomerFileWindow>> m_windows;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentEmpty = nullptr;
};
