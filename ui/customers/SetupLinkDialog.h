#pragma once

#include <QDialog>
#include <QPointer>

#include "core/payments/PaymentMethodTypes.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ops::payments {
class PaymentMethodsApi;
}

// "Send a link to save a card / bank account…": what the customer saves (card or pre-authorized debit), how the link
// goes (e-mail or SMS), to whom (the customer's e-mail or mobile, editable, checked as the send checks it), and the
// message the customer will read, in the customer's language. Send runs on the DB executor (Stripe, then the outbox);
// the answer stays in the dialog (sent, outbox row) and the file lists the link until Stripe reports the method.
class SetupLinkDialog : public QDialog
{
    Q_OBJECT
public:
    SetupLinkDialog(
        ops::payments::PaymentMethodsApi *api, const ops::payments::PaymentMethodsView &customer, QWidget *parent);
    ~SetupLinkDialog() override;

    ops::payments::SetupLinkRequest request() const;
    // Empty when the link can be sent; else why not (the same checks as the send).
    QString problem() const;
    void send();
    bool isSending() const { return m_sending; }
    bool wasSent() const { return m_sent; }

    QComboBox *methodCombo() const { return m_method; }
    QComboBox *channelCombo() const { return m_channel; }
    QLineEdit *recipientEdit() const { return m_recipient; }
    QLabel *subjectLabel() const { return m_subject; }
    QPlainTextEdit *previewEdit() const { return m_preview; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *sendButton() const { return m_send; }

signals:
    void sent(const ops::payments::SetupLinkSent &result);

private:
    void channelChanged();
    void refresh();

    QPointer<ops::payments::PaymentMethodsApi> m_api;
    const ops::payments::PaymentMethodsView m_customer;
    bool m_recipientEdited = false;
    bool m_sending = false;
    bool m_sent = false;
    QComboBox *m_method = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLabel *m_subjectCaption = nullptr;
    QLabel *m_subject = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_send = nullptr;
};
