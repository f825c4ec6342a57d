#pragma once

#include <QPointer>
#include <QWidget>

class BillingRunWidget;
class BillingSettingsWidget;
class CatalogueWidget;
class DunningWidget;
class InvoiceListWidget;
class PaymentListWidget;
class ReceivablesWidget;
class StripeOpsWidget;
class QTabWidget;

namespace ops {
struct Capabilities;
class Settings;
namespace billing {
class BillingApi;
class ReceivablesApi;
} // namespace billing
namespace payments {
class PaymentApi;
class StripeOpsApi;
} // namespace payments
namespace dunning {
class DunningApi;
}
namespace csv {
class ExportService;
}
namespace catalogue {
class CatalogueApi;
}
} // namespace ops

// The Billing section (Ctrl+6), for roles with the billing capability: the run wizard (tab "Run"), the invoice
// list with the invoice view (tab "Invoices"), the payments (tab "Payments"), the receivables aging (tab
// "Receivables"), the catalogue (tab "Plans and products") and the company, tax and template settings (tab
// "Settings", when the API has them); Ctrl+Tab switches. Everything comes through the session's BillingApi,
// PaymentApi (attachPayments), ReceivablesApi (attachReceivables) and CatalogueApi; attach(nullptr) detaches.
class BillingSection : public QWidget
{
    Q_OBJECT
public:
    explicit BillingSection(ops::Settings *settings, QWidget *parent = nullptr);
    ~BillingSection() override;

    // catalogue: the "Plans and products" tab's API (none: the tab stays empty).
    void attach(ops::billing::BillingApi *api, ops::csv::ExportService *exports,
        ops::catalogue::CatalogueApi *catalogue = nullptr);
    // The Payments tab's API (issue 13); null detaches it.
    void attachPayments(ops::payments::PaymentApi *api);
    void setCapabilities(const ops::Capabilities &caps);
    // The Receivables tab (aging, issue 13): shown only with an API and the billing capability.
    void attachReceivables(ops::billing::ReceivablesApi *api, ops::csv::ExportService *exports);
    // The Dunning tab (stages, run for a date, suspended tomorrow; issue 13): shown only with an API and the billing
    // capability.
    void attachDunning(ops::dunning::DunningApi *api);
    DunningWidget *dunning() const { return m_dunning; }
    // The Stripe tab (PPA runs, events, disputes, refunds, setup links; issue 13): shown only with an API and the
    // billing capability.
    void attachStripe(ops::payments::StripeOpsApi *api);

    BillingRunWidget *run() const { return m_run; }
    InvoiceListWidget *invoices() const { return m_invoices; }
    BillingSettingsWidget *settingsTab() const { return m_settings; }
    CatalogueWidget *catalogue() const { return m_catalogue; }
    QTabWidget *tabs() const { return m_tabs; }
    void showRun();
    void showInvoices();
    void showCatalogue();
    PaymentListWidget *payments() const { return m_payments; }
    void showPayments();
    ReceivablesWidget *receivables() const { return m_receivables; }
    void showReceivables();
    StripeOpsWidget *stripe() const { return m_stripe; }

private:
    QTabWidget *m_tabs = nullptr;
    BillingRunWidget *m_run = nullptr;
    InvoiceListWidget *m_invoices = nullptr;
    BillingSettingsWidget *m_settings = nullptr; // a tab only when the API has settings
    CatalogueWidget *m_catalogue = nullptr;
    PaymentListWidget *m_payments = nullptr;
    QPointer<ops::billing::BillingApi> m_api;
    ops::csv::ExportService *m_exports = nullptr;
    QPointer<ops::payments::PaymentApi> m_paymentApi;
    ReceivablesWidget *m_receivables = nullptr;
    bool m_receivablesAttached = false;
    DunningWidget *m_dunning = nullptr;
    bool m_dunningAttached = false;
    StripeOpsWidget *m_stripe = nullptr;
    bool m_stripeAttached = false;
    bool m_billingAllowed = false;
    void updateReceivablesTab();
};
