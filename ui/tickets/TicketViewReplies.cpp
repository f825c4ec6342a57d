// TicketView: replies that reach the customer (issue 14 item 6). The composer's channel choice (portal reply,
// internal note, e-mail, SMS: e-mail and SMS only when the customer has an address for them and the sender is set up),
// the address a reply goes to, the SMS segment count while typing, and the delivery chips of the thread, read again
// when the outbox changes.
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

#include "core/concurrency/Async.h"
#include "core/integrations/SmsText.h"
#include "core/tickets/TicketApi.h"
#include "ui/common/RoleGate.h"
#include "ui/common/Theme.h"
#include "ui/tickets/TicketThreadModel.h"
#include "ui/tickets/TicketView.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::tickets;

QWidget *TicketView::buildChannels(QWidget *box)
{
    auto *w = new QWidget(box);
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    m_email = new QRadioButton(tr("&E-mail"), w);
    m_email->setObjectName(u"composerEmail"_s);
    m_sms = new QRadioButton(tr("S&MS"), w);
    m_sms->setObjectName(u"composerSms"_s);
    m_email->setEnabled(false);
    m_sms->setEnabled(false);
    m_replyTo = new QLabel(w);
    m_replyTo->setObjectName(u"composerReplyTo"_s);
    m_replyTo->setTextFormat(Qt::PlainText); // an address from the database
    m_replyTo->setStyleSheet(Theme::styled(u"color: @TextTicketMeta;"_s));
    m_replyTo->hide();
    m_segments = new QLabel(w);
    m_segments->setObjectName(u"composerSegments"_s);
    m_segments->setTextFormat(Qt::PlainText);
    m_segments->setStyleSheet(Theme::styled(u"color: @TextTicketMeta;"_s));
    m_segments->hide();
    h->addWidget(m_email);
    h->addWidget(m_sms);
    h->addSpacing(8);
    h->addWidget(m_replyTo);
    h->addSpacing(8);
    h->addWidget(m_segments);
    return w;
}

QString TicketView::replyChannel() const
{
    if (m_email->isChecked())
        return u"email"_s;
    if (m_sms->isChecked())
        return u"sms"_s;
    return m_note->isChecked() ? u"note"_s : u"portal"_s;
}

void TicketView::loadReplyTargets()
{
    if (!m_service || m_id == 0)
        return;
    const quint64 gen = m_generation;
    const qint64 id = m_id;
    ops::runThen(m_service->replyTargets(id), this, [this, gen, id](const ops::Result<ReplyTargets> &r) {
        if (gen != m_generation || id != m_id)
            return;
        // Not readable: e-mail and SMS stay off (the portal reply and the note still work).
        m_targets = r.ok() ? r.value() : ReplyTargets{};
        applyReplyTargets();
    });
}

void TicketView::applyReplyTargets()
{
    const bool sameTicket = m_targets.ticketId == m_id && m_id != 0;
    const bool email = sameTicket && m_targets.canEmail() && m_caps.writeMessages;
    const bool sms = sameTicket && m_targets.canSms() && m_caps.writeMessages;
    const auto reason = [this, sameTicket](bool hasAddress, bool setUp, const QString &none, const QString &unset) {
        if (!m_caps.writeMessages || !sameTicket)
            return QString();
        if (m_targets.customerId == 0)
            return tr("This ticket has no customer to reply to.");
        return !hasAddress ? none : !setUp ? unset : QString();
    };
    m_email->setEnabled(email);
    m_email->setToolTip(email
            ? tr("Reply by e-mail to %1 (in the customer's language)").arg(m_targets.email)
            : reason(!m_targets.email.isEmpty(), m_targets.mailSetUp, tr("The customer has no e-mail address."),
                tr("E-mail is not set up (Mailjet has no sender address in the integration "
                   "settings).")));
    m_sms->setEnabled(sms);
    m_sms->setToolTip(sms
            ? tr("Reply by SMS to %1").arg(m_targets.mobile)
            : reason(!m_targets.mobile.isEmpty(), m_targets.smsSetUp, tr("The customer has no mobile number."),
                tr("SMS is not set up (Twilio has no account or sender number in the integration "
                   "settings).")));
    if (!m_caps.writeMessages) {
        RoleGate::explain(m_email, m_caps, ops::Capabilities::Action::WriteMessages);
        RoleGate::explain(m_sms, m_caps, ops::Capabilities::Action::WriteMessages);
    }
    // A channel that is no longer possible (another ticket, another customer) falls back to the portal reply.
    if ((m_email->isChecked() && !email) || (m_sms->isChecked() && !sms))
        m_reply->setChecked(true);
    channelChanged();
}

void TicketView::channelChanged()
{
    const QString channel = replyChannel();
    const bool note = channel == "note"_L1;
    m_composer->setStyleSheet(Theme::styled(note
            ? u"QPlainTextEdit { background: @InternalNoteBackground; border: 1px solid @InternalNoteBorder; }"_s
            : QString()));
    if (channel == "email"_L1) {
        m_send->setText(tr("Send e-mail"));
        m_replyTo->setText(tr("To %1").arg(m_targets.email));
    } else if (channel == "sms"_L1) {
        m_send->setText(tr("Send SMS"));
        m_replyTo->setText(tr("To %1").arg(m_targets.mobile));
    } else {
        m_send->setText(note ? tr("Add note") : tr("Send reply"));
    }
    m_replyTo->setVisible(channel == "email"_L1 || channel == "sms"_L1);
    updateSegments();
}

void TicketView::updateSegments()
{
    if (!m_sms->isChecked()) {
        m_segments->hide();
        return;
    }
    const ops::integrations::SmsSegments s = ops::integrations::smsSegments(m_composer->toPlainText().trimmed());
    const QString encoding = s.encoding == ops::integrations::SmsSegments::Encoding::Gsm7
        ? tr("GSM-7")
        : tr("UCS-2", "SMS encoding for characters outside GSM-7");
    m_segments->setText(tr("%n SMS segment(s), %1", "SMS length", s.segments).arg(encoding));
    m_segments->show();
}

void TicketView::refreshDeliveries()
{
    if (!m_service || m_id == 0)
        return;
    if (m_deliveriesLoading) {
        m_deliveriesAgain = true;
        return;
    }
    const QList<qint64> ids = m_model->undeliveredMessageIds();
    if (ids.isEmpty())
        return;
    m_deliveriesLoading = true;
    const quint64 gen = m_generation;
    ops::runThen(m_service->deliveries(m_id, ids), this, [this, gen](const ops::Result<QList<MessageDelivery>> &r) {
        m_deliveriesLoading = false;
        if (gen != m_generation)
            return;
        if (r.ok())
            m_model->applyDeliveries(r.value());
        if (m_deliveriesAgain) {
            m_deliveriesAgain = false;
            refreshDeliveries();
        }
    });
}
