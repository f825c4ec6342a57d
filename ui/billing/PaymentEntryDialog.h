#pragma once

#include <QDialog>
#include <QPointer>

#include "core/payments/PaymentApi.h"

class AllocationModel;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

// A manual payment, keyboard first: type part of the customer's name, code, address or phone (the global search),
// Down and Enter pick it; the amount, method, reference and date; the customer's open invoices show the proposed
// oldest-first allocation, editable in place (the rest stays as the customer's credit); Ctrl+Enter saves, Esc
// cancels. The dialog closes once the payment is recorded (recorded() says what it did).
class PaymentEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PaymentEntryDialog(ops::payments::PaymentApi *api, QWidget *parent = nullptr);
    ~PaymentEntryDialog() override;

    // The amount typed, in cents (0 when empty or unreadable).
    qint64 amountCents() const;
    void chooseCustomer(const ops::payments::CustomerChoice &customer);
    void save();

    QLineEdit *customerSearch() const { return m_search; }
    QListWidget *customerResults() const { return m_results; }
    QLabel *customerLabel() const { return m_customer; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QDateEdit *dateEdit() const { return m_date; }
    QTableView *allocationView() const { return m_allocView; }
    AllocationModel *allocationModel() const { return m_alloc; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *saveButton() const { return m_save; }
    MessageBanner *banner() const { return m_banner; }
    qint64 customerId() const { return m_customerId; }

signals:
    void recorded(const ops::payments::PaymentResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchNow();
    void pickResult();
    void amountChanged();
    void updateSummary();

    QPointer<ops::payments::PaymentApi> m_api;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_customer = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QDateEdit *m_date = nullptr;
    QTableView *m_allocView = nullptr;
    AllocationModel *m_alloc = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_debounce = nullptr;
    qint64 m_customerId = 0;
    quint64 m_searchSeq = 0;
    quint64 m_openSeq = 0;
    bool m_saving = false;
};
