#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ops::payments {
class PaymentApi;
}

// "Refund…" of a card or pre-authorized debit payment (issue 13): the amount (prefilled with what is left to refund,
// asked of the API), the reason (required). Enter refunds, Esc cancels. The refund is queued through the outbox and
// stays pending until Stripe reports it; refusals (above what is left, no reason) are shown in the dialog.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(
        ops::payments::PaymentApi *api, qint64 paymentId, const QString &paymentCode, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }
    qint64 leftCents() const { return m_left; }
    void save();

signals:
    void refunded(const QString &message);

private:
    void updateOk();

    QPointer<ops::payments::PaymentApi> m_api;
    qint64 m_paymentId = 0;
    QString m_code;
    qint64 m_left = -1; // unknown until the API answered
    QLabel *m_leftLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};
