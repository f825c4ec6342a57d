#pragma once

#include <QPointer>
#include <QWidget>

class BillingRunWidget;
class InvoiceListWidget;
class PaymentListWidget;
class QTabWidget;

namespace ops {
struct Capabilities;
class Settings;
namespace billing {
class BillingApi;
}
namespace payments {
class PaymentApi;
}
namespace csv {
class ExportService;
}
} // namespace ops

// The Billing section (Ctrl+6), for roles with the billing capability: the run wizard (tab "Run") and the invoice
// list with the invoice view (tab "Invoices"), the payments (tab "Payments"); Ctrl+Tab switches. Everything comes
// through the session's BillingApi; attach(nullptr) detaches.
class BillingSection : public QWidget
{
    Q_OBJECT
public:
    explicit BillingSection(ops::Settings *settings, QWidget *parent = nullptr);
    ~BillingSection() override;

    void attach(ops::billing::BillingApi *api, ops::csv::ExportService *exports);
    // The Payments tab's API (issue 13); null detaches it.
    void attachPayments(ops::payments::PaymentApi *api);
    void setCapabilities(const ops::Capabilities &caps);

    BillingRunWidget *run() const { return m_run; }
    InvoiceListWidget *invoices() const { return m_invoices; }
    PaymentListWidget *payments() const { return m_payments; }
    QTabWidget *tabs() const { return m_tabs; }
    void showRun();
    void showInvoices();
    void showPayments();

private:
    QTabWidget *m_tabs = nullptr;
    BillingRunWidget *m_run = nullptr;
    InvoiceListWidget *m_invoices = nullptr;
    PaymentListWidget *m_payments = nullptr;
    QPointer<ops::billing::BillingApi> m_api;
    ops::csv::ExportService *m_exports = nullptr;
    QPointer<ops::payments::PaymentApi> m_paymentApi;
};
