#pragma once

#include <QPointer>
#include <QWidget>

#include "core/billing/BillingApi.h"

class GridTools;
class KeysetPager;
class InvoiceListModel;
class InvoiceView;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeView;
class QTimer;

namespace ops {
class Settings;
namespace csv {
class ExportService;
}
} // namespace ops

// The invoice list (keyset pages, newest first, loaded as the view scrolls) under a filter bar: period (a month, or
// every period), status, overdue only, amount range, customer (code or part of the name). Grid tools (columns, CSV
// export of the loaded rows). Keyboard first: Ctrl+F goes to the customer filter, Enter on an invoice opens it in the
// view beside the list, Esc closes the view.
class InvoiceListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceListWidget(ops::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~InvoiceListWidget() override;

    void setApi(ops::billing::BillingApi *api);
    void setExportService(ops::csv::ExportService *exports);
    void setAllowed(bool allowed);

    // The filter the bar describes now (an unreadable amount leaves its bound out and says so).
    ops::billing::InvoiceListFilter currentFilter() const;
    void applyFilter(); // now (the bar applies itself shortly after each change)
    void openInvoice(qint64 invoiceId);
    void reload();

    InvoiceListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    InvoiceView *invoiceView() const { return m_invoice; }
    GridTools *gridTools() const { return m_grid; }
    QCheckBox *periodEnabled() const { return m_periodOn; }
    QDateEdit *periodEdit() const { return m_period; }
    QComboBox *statusCombo() const { return m_status; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QLineEdit *minAmountEdit() const { return m_min; }
    QLineEdit *maxAmountEdit() const { return m_max; }
    QLineEdit *customerEdit() const { return m_customer; }
    QLabel *countLabel() const { return m_count; }
    MessageBanner *banner() const { return m_banner; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void scheduleApply();
    void updateCount();

    ops::Settings *m_settings = nullptr;
    QPointer<ops::billing::BillingApi> m_api;
    MessageBanner *m_banner = nullptr;
    QCheckBox *m_periodOn = nullptr;
    QDateEdit *m_period = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLineEdit *m_min = nullptr;
    QLineEdit *m_max = nullptr;
    QLineEdit *m_customer = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
    InvoiceListModel *m_model = nullptr;
    KeysetPager *m_pager = nullptr;
    GridTools *m_grid = nullptr;
    InvoiceView *m_invoice = nullptr;
    QTimer *m_debounce = nullptr;
};
