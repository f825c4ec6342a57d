#include "ui/customers/SetupLinkDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/payments/PaymentMethodsApi.h"
#include "ui/common/Theme.h"
#include "ui/customers/PaymentMethodsPanel.h"

using namespace Qt::Literals::StringLiterals;
using ops::payments::SetupLinkRequest;
using ops::payments::SetupLinkSent;

SetupLinkDialog::SetupLinkDialog(
    ops::payments::PaymentMethodsApi *api, const ops::payments::PaymentMethodsView &customer, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_customer(customer)
{
    setObjectName(u"SetupLinkDialog"_s);
    setWindowTitle(tr("Send a link to save a card / bank account"));
    resize(560, 480);
    auto *root = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 (%2) receives a secure link to save a payment method. No card or account number "
                                "is typed here: the customer enters it on the payment page, and the method appears "
                                "in the file when Stripe reports it.")
                                 .arg(customer.customerName, customer.customerCode),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    root->addWidget(intro);

    auto *form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(u"SetupMethod"_s);
    m_method->addItem(tr("Card"), u"card"_s);
    m_method->addItem(tr("Pre-authorized debit (bank account)"), u"acss_debit"_s);
    form->addRow(tr("&Save:"), m_method);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"SetupChannel"_s);
    m_channel->addItem(PaymentMethodsPanel::channelLabel(u"email"_s), u"email"_s);
    m_channel->addItem(PaymentMethodsPanel::channelLabel(u"sms"_s), u"sms"_s);
    form->addRow(tr("Send &by:"), m_channel);
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(u"SetupRecipient"_s);
    form->addRow(tr("&To:"), m_recipient);
    m_subjectCaption = new QLabel(tr("Subject:"), this);
    m_subject = new QLabel(this);
    m_subject->setObjectName(u"SetupSubject"_s);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    form->addRow(m_subjectCaption, m_subject);
    root->addLayout(form);

    auto *previewCaption =
        new QLabel(customer.language == u"en"_s ? tr("Message (in the customer's language: English):")
                                                : tr("Message (in the customer's language: French):"),
            this);
    root->addWidget(previewCaption);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"SetupPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Message preview"));
    previewCaption->setBuddy(m_preview);
    root->addWidget(m_preview, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"SetupStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    root->addWidget(m_status);

    m_buttons = new QDialogButtonBox(this);
    m_send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"SetupSendButton"_s);
    m_send->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Close);
    root->addWidget(m_buttons);
    connect(m_send, &QPushButton::clicked, this, &SetupLinkDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_method, &QComboBox::currentIndexChanged, this, &SetupLinkDialog::refresh);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &SetupLinkDialog::channelChanged);
    connect(m_recipient, &QLineEdit::textEdited, this, [this] {
        m_recipientEdited = true;
        refresh();
    });
    // SMS first when the customer has a phone and no e-mail address.
    if (customer.email.trimmed().isEmpty() && !customer.phone.trimmed().isEmpty())
        m_channel->setCurrentIndex(1);
    channelChanged();
}

SetupLinkDialog::~SetupLinkDialog() = default;

void SetupLinkDialog::channelChanged()
{
    if (!m_recipientEdited) // prefilled from the file until the clerk types
        m_recipient->setText(m_channel->currentData().toString() == u"sms"_s ? m_customer.phone : m_customer.email);
    refresh();
}

SetupLinkRequest SetupLinkDialog::request() const
{
    SetupLinkRequest r;
    r.customerId = m_customer.customerId;
    r.methodType = m_method->currentData().toString();
    r.channel = m_channel->currentData().toString();
    r.recipient = m_recipient->text().trimmed();
    return r;
}

QString SetupLinkDialog::problem() const
{
    if (!m_api)
        return tr("The database is not connected.");
    if (!m_api->canSendLinks())
        return tr("Stripe is not set up on this workstation (File → Integrations → Stripe): no link can be sent.");
    const ops::Result<QString> check = m_api->checkLink(request(), m_customer);
    return check.ok() ? QString() : check.error().userMessage;
}

void SetupLinkDialog::refresh()
{
    if (m_sent)
        return;
    const bool sms = m_channel->currentData().toString() == u"sms"_s;
    if (m_api) {
        const ops::payments::SetupLinkPreview p = m_api->preview(request(), m_customer);
        m_subject->setText(p.subject);
        m_preview->setPlainText(p.body);
    }
    m_subjectCaption->setVisible(!sms);
    m_subject->setVisible(!sms);
    const QString why = problem();
    m_status->setStyleSheet(why.isEmpty() ? QString() : Theme::styled(u"color: @TextError;"_s));
    m_status->setText(why);
    m_send->setEnabled(why.isEmpty() && !m_sending);
}

void SetupLinkDialog::send()
{
    if (m_sending || m_sent || !m_api)
        return;
    refresh();
    if (!problem().isEmpty())
        return; // shown in the status line; nothing sent
    m_sending = true;
    m_send->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Creating the link at Stripe and queuing the message…"));
    ops::runThen(m_api->sendLink(request()), this, [this](const ops::Result<SetupLinkSent> &r) {
        m_sending = false;
        if (!r.ok()) {
            m_status->setStyleSheet(Theme::styled(u"color: @TextError;"_s));
            m_status->setText(r.error().userMessage);
            m_send->setEnabled(true);
            return;
        }
        m_sent = true;
        m_status->setStyleSheet(Theme::styled(u"color: @TextSuccess;"_s));
        m_status->setText(tr("Link sent to %1 by %2 (outbox row %3). It is listed in the file until the customer "
                             "saves the method.")
                              .arg(r.value().recipient, PaymentMethodsPanel::channelLabel(r.value().channel))
                              .arg(r.value().outboxId));
        for (QWidget *w : {static_cast<QWidget *>(m_method), static_cast<QWidget *>(m_channel),
                 static_cast<QWidget *>(m_recipient), static_cast<QWidget *>(m_send)})
            w->setEnabled(false);
        emit sent(r.value());
    });
}
