#pragma once

#include <QPointer>
#include <QWidget>

#include "core/payments/PaymentApi.h"

class AllocationEditDialog;
class GridTools;
class KeysetPager;
class MessageBanner;
class PaymentEntryDialog;
class PaymentListModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QInputDialog;
class CustomerDocumentDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class RefundDialog;
class QTimer;
class QTreeView;

namespace ops {
class Settings;
namespace billing {
class CustomerDocumentsApi;
}
namespace csv {
class ExportService;
}
} // namespace ops

// The Payments tab: every payment (keyset pages, newest first, loaded as the view scrolls) under a filter bar (a
// date range, method, status, customer code or name), grid tools and the CSV export of every matching payment.
// Ctrl+N opens the payment entry dialog; "Reverse…" (an NSF cheque) asks for the reason first; "Edit allocation…"
// (Ctrl+L) opens the allocation editor of a succeeded payment; "Apply credit" applies the selected payment's customer's
// credit to its open invoices oldest first (enabled once the customer is known to have credit). Ctrl+F goes to the
// customer filter.
class PaymentListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentListWidget(ops::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~PaymentListWidget() override;

    void setApi(ops::payments::PaymentApi *api);
    void setExportService(ops::csv::ExportService *exports);
    void setAllowed(bool allowed);
    // Receipts (issue 13): "Receipt…" (Ctrl+R) on the selected payment, and on the banner after a payment is saved;
    // null hides them.
    void setDocuments(ops::billing::CustomerDocumentsApi *documents);
    CustomerDocumentDialog *receiptOfSelected(); // opened, or null
    QPushButton *receiptButton() const { return m_receipt; }

    ops::payments::PaymentListFilter currentFilter() const;
    void applyFilter();
    void reload();
    PaymentEntryDialog *newPayment(); // opened (non-modal) and returned; null without an API or the right
    QInputDialog *reverseSelected(); // the reason dialog for the selected payment (opened), or null
    AllocationEditDialog *editAllocation(); // the allocation editor of the selected payment (opened), or null
    bool applyCreditSelected(); // started for the selected payment's customer (false: nothing to do)
    qint64 selectedCustomerCredit() const { return m_creditCents; } // as last read, for the selected payment's customer
    // "Refund…" of the selected card or debit payment (succeeded), when the API can refund: the dialog, opened.
    RefundDialog *refundSelected();

    PaymentListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    GridTools *gridTools() const { return m_grid; }
    QCheckBox *datesEnabled() const { return m_datesOn; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *methodCombo() const { return m_method; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *customerEdit() const { return m_customer; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *reverseButton() const { return m_reverse; }
    QPushButton *allocateButton() const { return m_allocate; }
    QPushButton *applyCreditButton() const { return m_applyCredit; }
    QPushButton *refundButton() const { return m_refund; }
    QLabel *countLabel() const { return m_count; }
    MessageBanner *banner() const { return m_banner; }

private:
    void scheduleApply();
    void updateCount();
    void updateButtons();
    void refreshCredit();

    ops::Settings *m_settings = nullptr;
    QPointer<ops::payments::PaymentApi> m_api;
    bool m_allowed = true;
    MessageBanner *m_banner = nullptr;
    QCheckBox *m_datesOn = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_customer = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_reverse = nullptr;
    QPushButton *m_receipt = nullptr;
    QPointer<ops::billing::CustomerDocumentsApi> m_documents;
    QPushButton *m_allocate = nullptr;
    QPushButton *m_applyCredit = nullptr;
    qint64 m_creditCustomer = 0; // whose credit m_creditCents is
    qint64 m_creditCents = 0;
    quint64 m_creditSeq = 0;
    QPushButton *m_refund = nullptr; // shown when the API can refund
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
    PaymentListModel *m_model = nullptr;
    KeysetPager *m_pager = nullptr;
    GridTools *m_grid = nullptr;
    QTimer *m_debounce = nullptr;
};
