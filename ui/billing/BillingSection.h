#pragma once

#include <QPointer>
#include <QWidget>

class BillingRunWidget;
class BillingSettingsWidget;
class InvoiceListWidget;
class ReceivablesWidget;
class QTabWidget;

namespace ops {
struct Capabilities;
class Settings;
namespace billing {
class BillingApi;
class ReceivablesApi;
} // namespace billing
namespace csv {
class ExportService;
}
} // namespace ops

// The Billing section (Ctrl+6), for roles with the billing capability: the run wizard (tab "Run"), the invoice
// list with the invoice view (tab "Invoices"), the company, tax and template settings (tab "Settings", when the API
// has them) and the receivables aging (tab "Receivables", ReceivablesApi); Ctrl+Tab switches. Everything else comes
// through the session's BillingApi;
// attach(nullptr) detaches.
class BillingSection : public QWidget
{
    Q_OBJECT
public:
    explicit BillingSection(ops::Settings *settings, QWidget *parent = nullptr);
    ~BillingSection() override;

    void attach(ops::billing::BillingApi *api, ops::csv::ExportService *exports);
    void setCapabilities(const ops::Capabilities &caps);
    // The Receivables tab (aging, issue 13): shown only with an API and the billing capability.
    void attachReceivables(ops::billing::ReceivablesApi *api, ops::csv::ExportService *exports);

    BillingRunWidget *run() const { return m_run; }
    InvoiceListWidget *invoices() const { return m_invoices; }
    BillingSettingsWidget *settingsTab() const { return m_settings; }
    ReceivablesWidget *receivables() const { return m_receivables; }
    QTabWidget *tabs() const { return m_tabs; }
    void showRun();
    void showInvoices();
    void showReceivables();

private:
    QTabWidget *m_tabs = nullptr;
    BillingRunWidget *m_run = nullptr;
    InvoiceListWidget *m_invoices = nullptr;
    BillingSettingsWidget *m_settings = nullptr; // a tab only when the API has settings
    QPointer<ops::billing::BillingApi> m_api;
    ReceivablesWidget *m_receivables = nullptr;
    bool m_receivablesAttached = false;
    bool m_billingAllowed = false;
    void updateReceivablesTab();
};
