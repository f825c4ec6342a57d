#pragma once

#include <QDialog>
#include <QPointer>

#include "core/payments/PaymentApi.h"

class AllocationModel;
class MessageBanner;
class QLabel;
class QPushButton;
class QTableView;

// "Edit allocation…" of a succeeded payment: its current allocations and the customer's other open invoices (the
// Open column counts what this payment already holds on an invoice), amounts editable in place, "Oldest first"
// (Alt+O) to redo the proposal, what stays as the customer's credit shown live; Ctrl+Enter saves (the payment's
// version as it was read: a change made meanwhile is refused, never overwritten), Esc cancels. Refusals show in the
// dialog's banner. The state loads off the GUI thread; Save waits for it.
class AllocationEditDialog : public QDialog
{
    Q_OBJECT
public:
    AllocationEditDialog(ops::payments::PaymentApi *api, qint64 paymentId, QWidget *parent = nullptr);
    ~AllocationEditDialog() override;

    void reload(); // the payment's state read again (after a conflict); edits are lost
    void proposeOldestFirst();
    void save();

    bool isLoaded() const { return m_loaded; }
    const ops::payments::PaymentAllocationState &state() const { return m_state; }
    QLabel *headerLabel() const { return m_header; }
    QTableView *allocationView() const { return m_view; }
    AllocationModel *allocationModel() const { return m_alloc; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *oldestFirstButton() const { return m_oldest; }
    QPushButton *saveButton() const { return m_save; }
    MessageBanner *banner() const { return m_banner; }

signals:
    void reallocated(const ops::payments::PaymentResult &result);

private:
    void updateSummary();
    void updateButtons();

    QPointer<ops::payments::PaymentApi> m_api;
    qint64 m_paymentId = 0;
    ops::payments::PaymentAllocationState m_state;
    bool m_loaded = false;
    bool m_saving = false;
    quint64 m_loadSeq = 0;
    MessageBanner *m_banner = nullptr;
    QLabel *m_header = nullptr;
    QTableView *m_view = nullptr;
    AllocationModel *m_alloc = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_oldest = nullptr;
    QPushButton *m_save = nullptr;
};
