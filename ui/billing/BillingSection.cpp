#include "ui/billing/BillingSection.h"

#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/billing/BillingApi.h"
#include "core/billing/BillingSettingsApi.h"
#include "core/payments/PaymentApi.h"
#include "core/session/Capabilities.h"
#include "ui/billing/BillingRunWidget.h"
#include "ui/billing/BillingSettingsWidget.h"
#include "ui/billing/DunningWidget.h"
#include "ui/billing/InvoiceListWidget.h"
#include "ui/billing/PaymentListWidget.h"
#include "ui/billing/ReceivablesWidget.h"
#include "ui/billing/StripeOpsWidget.h"
#include "ui/catalogue/CatalogueWidget.h"

using namespace Qt::Literals::StringLiterals;

BillingSection::BillingSection(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"BillingSection"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"billingTabs"_s);
    m_tabs->setDocumentMode(true);
    m_run = new BillingRunWidget(m_tabs);
    m_invoices = new InvoiceListWidget(settings, m_tabs);
    m_tabs->addTab(m_run, tr("Billing run"));
    m_tabs->addTab(m_invoices, tr("Invoices"));
    m_tabs->setTabToolTip(0, tr("Preview, commit and send a month's invoices"));
    m_tabs->setTabToolTip(1, tr("Every invoice, filtered, with its lines, taxes, payments and e-mail"));
    m_payments = new PaymentListWidget(settings, m_tabs);
    m_tabs->setTabToolTip(m_tabs->addTab(m_payments, tr("Payments")),
        tr("Every payment; a new payment (Ctrl+N) with its allocation; a reversal"));
    m_receivables = new ReceivablesWidget(settings, m_tabs);
    const int receivablesTab = m_tabs->addTab(m_receivables, tr("Receivables"));
    m_tabs->setTabToolTip(receivablesTab, tr("What customers owe as of a date, by how late it is"));
    m_tabs->setTabVisible(receivablesTab, false); // until attached for a role that may bill
    m_dunning = new DunningWidget(m_tabs);
    const int dunningTab = m_tabs->addTab(m_dunning, tr("Dunning"));
    m_tabs->setTabToolTip(dunningTab,
        tr("Reminders, suspension notices and suspensions of late accounts; who is "
           "suspended tomorrow, and why"));
    m_tabs->setTabVisible(dunningTab, false); // until attached for a role that may bill
    m_stripe = new StripeOpsWidget(m_tabs);
    const int stripeTab = m_tabs->addTab(m_stripe, tr("Stripe"));
    m_tabs->setTabToolTip(stripeTab, tr("PPA runs, Stripe's events applied, disputes, refunds and setup links"));
    m_tabs->setTabVisible(stripeTab, false); // until attached for a role that may bill
    m_catalogue = new CatalogueWidget(m_tabs);
    m_tabs->setTabToolTip(m_tabs->addTab(m_catalogue, tr("Plans and products")),
        tr("The catalogue: plans and products, their prices and the price changes scheduled"));
    m_settings = new BillingSettingsWidget(m_tabs);
    const int settingsTab = m_tabs->addTab(m_settings, tr("Settings"));
    m_tabs->setTabToolTip(
        settingsTab, tr("Company block, GST and QST numbers, due days, payment instructions, invoice e-mail"));
    m_tabs->setTabVisible(settingsTab, false); // until an API with settings is attached
    v->addWidget(m_tabs);
    connect(m_run, &BillingRunWidget::invoicesChanged, m_invoices, &InvoiceListWidget::reload);
    setFocusProxy(m_tabs);
}

BillingSection::~BillingSection() = default;

void BillingSection::attach(
    ops::billing::BillingApi *api, ops::csv::ExportService *exports, ops::catalogue::CatalogueApi *catalogue)
{
    m_catalogue->setApi(catalogue);
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    m_run->setApi(api);
    m_invoices->setExportService(exports);
    m_exports = exports;
    m_invoices->setApi(api);
    // The Settings tab shows only when the API has settings.
    ops::billing::BillingSettingsApi *settings = api ? api->settingsApi() : nullptr;
    m_settings->setApi(settings);
    // Receipts and statements (issue 13), when the API has them.
    m_payments->setDocuments(api ? api->documentsApi() : nullptr);
    m_receivables->setDocuments(api ? api->documentsApi() : nullptr);
    m_tabs->setTabVisible(m_tabs->indexOf(m_settings), settings != nullptr);
}

void BillingSection::setCapabilities(const ops::Capabilities &caps)
{
    const bool allowed = caps.allows(ops::Capabilities::Action::Billing);
    m_billingAllowed = allowed;
    updateReceivablesTab();
    m_run->setAllowed(allowed);
    m_invoices->setAllowed(allowed);
    m_settings->setCapabilities(caps);
    m_catalogue->setAllowed(allowed);
    m_payments->setAllowed(allowed);
}

void BillingSection::attachPayments(ops::payments::PaymentApi *api)
{
    if (m_paymentApi)
        disconnect(m_paymentApi, nullptr, m_invoices, nullptr);
    m_paymentApi = api;
    // A payment moves invoices' paid amounts and statuses.
    if (api)
        connect(api, &ops::payments::PaymentApi::paymentsChanged, m_invoices, &InvoiceListWidget::reload);
    m_payments->setExportService(m_exports);
    m_payments->setApi(api);
}

void BillingSection::showPayments()
{
    m_tabs->setCurrentWidget(m_payments);
    m_payments->view()->setFocus(Qt::OtherFocusReason);
}

void BillingSection::showRun()
{
    m_tabs->setCurrentWidget(m_run);
    m_run->setFocus(Qt::OtherFocusReason);
}

void BillingSection::showInvoices()
{
    m_tabs->setCurrentWidget(m_invoices);
    m_invoices->view()->setFocus(Qt::OtherFocusReason);
}

void BillingSection::showCatalogue()
{
    m_tabs->setCurrentWidget(m_catalogue);
    m_catalogue->setFocus(Qt::OtherFocusReason);
}

void BillingSection::attachReceivables(ops::billing::ReceivablesApi *api, ops::csv::ExportService *exports)
{
    m_receivablesAttached = api != nullptr;
    m_receivables->setExportService(exports);
    m_receivables->setApi(api);
    updateReceivablesTab();
}

void BillingSection::attachDunning(ops::dunning::DunningApi *api)
{
    m_dunningAttached = api != nullptr;
    m_dunning->setApi(api);
    updateReceivablesTab();
}

void BillingSection::attachStripe(ops::payments::StripeOpsApi *api)
{
    m_stripeAttached = api != nullptr;
    m_stripe->setApi(api);
    updateReceivablesTab();
}

void BillingSection::updateReceivablesTab()
{
    m_tabs->setTabVisible(m_tabs->indexOf(m_receivables), m_receivablesAttached && m_billingAllowed);
    m_tabs->setTabVisible(m_tabs->indexOf(m_dunning), m_dunningAttached && m_billingAllowed);
    m_tabs->setTabVisible(m_tabs->indexOf(m_stripe), m_stripeAttached && m_billingAllowed);
}

void BillingSection::showReceivables()
{
    if (!m_tabs->isTabVisible(m_tabs->indexOf(m_receivables)))
        return;
    m_tabs->setCurrentWidget(m_receivables);
    m_receivables->setFocus(Qt::OtherFocusReason);
}
