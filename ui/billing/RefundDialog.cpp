#include "ui/billing/RefundDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "core/payments/PaymentApi.h"

using namespace Qt::Literals::StringLiterals;

RefundDialog::RefundDialog(
    ops::payments::PaymentApi *api, qint64 paymentId, const QString &paymentCode, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_paymentId(paymentId)
    , m_code(paymentCode)
{
    setObjectName(u"refundDialog"_s);
    setWindowTitle(tr("Refund payment %1").arg(paymentCode));
    setMinimumWidth(460);
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The money goes back to the customer's card or bank account through Stripe. The "
                                "invoices it paid re-open, newest first."),
        this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new QFormLayout;
    m_leftLabel = new QLabel(tr("…"), this);
    m_leftLabel->setObjectName(u"refundLeft"_s);
    form->addRow(tr("Left to refund:"), m_leftLabel);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"refundAmount"_s);
    m_amount->setPlaceholderText(tr("for example 25.00"));
    form->addRow(tr("&Amount:"), m_amount);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"refundReason"_s);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("for example: billed twice in November"));
    form->addRow(tr("&Reason:"), m_reason);
    v->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"refundError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    v->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Refund"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RefundDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::updateOk);
    connect(m_reason, &QLineEdit::textChanged, this, &RefundDialog::updateOk);
    updateOk();
    if (m_api)
        ops::runThen(m_api->refundableCents(paymentId), this, [this](const ops::Result<qint64> &r) {
            if (!r.ok()) {
                m_error->setText(r.error().userMessage);
                m_error->setVisible(true);
                return;
            }
            m_left = r.value();
            m_leftLabel->setText(ops::Money::fromCents(m_left).format(QLocale()));
            if (m_amount->text().isEmpty())
                m_amount->setText(ops::Money::fromCents(m_left).toPlainString());
            updateOk();
        });
    m_reason->setFocus(Qt::OtherFocusReason);
}

void RefundDialog::updateOk()
{
    ops::Money amount;
    const bool parsed = ops::Money::parse(m_amount->text(), &amount);
    const bool ok = !m_saving && m_api && m_left > 0 && parsed && amount.cents() > 0 && amount.cents() <= m_left
        && !m_reason->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (parsed && m_left >= 0 && amount.cents() > m_left) {
        m_error->setText(
            tr("That is above what is left to refund (%1).").arg(ops::Money::fromCents(m_left).format(QLocale())));
        m_error->setVisible(true);
    } else if (m_left == 0) {
        m_error->setText(tr("Nothing is left to refund on this payment."));
        m_error->setVisible(true);
    } else if (!m_saving) {
        m_error->setVisible(false);
    }
}

void RefundDialog::save()
{
    ops::Money amount;
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled() || !ops::Money::parse(m_amount->text(), &amount))
        return;
    ops::payments::RefundInput in;
    in.paymentId = m_paymentId;
    in.amountCents = amount.cents();
    in.reason = m_reason->text().trimmed();
    m_saving = true;
    updateOk();
    ops::runThen(m_api->refund(in), this, [this](const ops::Result<ops::payments::RefundResult> &r) {
        m_saving = false;
        if (!r.ok()) {
            m_error->setText(r.error().userMessage);
            m_error->setVisible(true);
            updateOk();
            return;
        }
        emit refunded(tr("Refund of %1 on payment %2 sent to Stripe; it shows once Stripe confirms it.")
                          .arg(ops::Money::fromCents(r.value().amountCents).format(QLocale()), r.value().paymentCode));
        accept();
    });
}
