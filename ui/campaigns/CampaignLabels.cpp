#include "ui/campaigns/CampaignLabels.h"

#include <QLocale>

#include "core/campaigns/CampaignRenderer.h"
#include "core/campaigns/CampaignTemplate.h"
#include "core/integrations/SmsText.h"

using namespace Qt::StringLiterals;

QString CampaignLabels::channel(const QString &name)
{
    if (name == u"email")
        return tr("E-mail");
    if (name == u"sms")
        return tr("SMS");
    return name;
}

QString CampaignLabels::classification(const QString &name)
{
    if (name == u"commercial")
        return tr("Commercial");
    if (name == u"transactional")
        return tr("Transactional");
    return name;
}

QString CampaignLabels::campaignStatus(const QString &s)
{
    if (s == u"draft")
        return tr("Draft", "campaign");
    if (s == u"scheduled")
        return tr("Scheduled", "campaign");
    if (s == u"sending")
        return tr("Sending", "campaign");
    if (s == u"paused")
        return tr("Paused", "campaign");
    if (s == u"completed")
        return tr("Completed", "campaign");
    if (s == u"cancelled")
        return tr("Cancelled", "campaign");
    return s;
}

QString CampaignLabels::recipientStatus(const QString &s)
{
    if (s == u"pending")
        return tr("Pending");
    if (s == u"queued")
        return tr("Queued");
    if (s == u"sending")
        return tr("Sending");
    if (s == u"sent")
        return tr("Sent");
    if (s == u"delivered")
        return tr("Delivered");
    if (s == u"failed")
        return tr("Failed");
    if (s == u"skipped")
        return tr("Skipped");
    if (s == u"ambiguous")
        return tr("Ambiguous");
    if (s == u"cancelled")
        return tr("Cancelled");
    return s;
}

QString CampaignLabels::skipReason(const QString &r)
{
    if (r == u"unsubscribed")
        return tr("Unsubscribed");
    if (r == u"no_consent")
        return tr("No consent (CASL)");
    if (r == u"consent_revoked")
        return tr("Consent revoked");
    if (r == u"consent_expired")
        return tr("Implied consent expired");
    return r;
}

QString CampaignLabels::csvIssue(const QString &kind)
{
    if (kind == u"bad_address")
        return tr("Bad address");
    if (kind == u"duplicate")
        return tr("Duplicate");
    if (kind == u"bad_language")
        return tr("Unknown language");
    if (kind == u"unknown_customer")
        return tr("Unknown customer");
    if (kind == u"too_long")
        return tr("Too long");
    return kind;
}

const QStringList &CampaignLabels::recipientStatuses()
{
    static const QStringList s{u"pending"_s, u"queued"_s, u"sending"_s, u"sent"_s, u"delivered"_s, u"failed"_s,
        u"skipped"_s, u"ambiguous"_s, u"cancelled"_s};
    return s;
}

QString CampaignLabels::previewHtml(const ops::campaigns::CampaignPreview &p)
{
    using ops::campaigns::htmlEscape;
    const ops::campaigns::Recipient &r = p.recipient;
    const ops::campaigns::RenderedMessage &m = p.message;
    QString who = r.address.isEmpty()
        ? tr("No recipient yet: a sample recipient (French)")
        : tr("To %1 (%2), %3")
              .arg(htmlEscape(r.address), htmlEscape(r.language), htmlEscape(recipientStatus(r.status)));
    if (!r.skipReason.isEmpty())
        who += u" — "_s + htmlEscape(skipReason(r.skipReason));
    QString html = u"<p><b>%1</b></p>"_s.arg(who);
    if (p.campaign.channel == ops::campaigns::Channel::Email) {
        html += u"<p>%1 <b>%2</b></p><hr/>"_s.arg(tr("Subject:"), htmlEscape(m.subject));
        html += m.html; // the HTML part: the templates' variables are escaped by the renderer
        if (!m.unsubscribeUrl.isEmpty())
            html += u"<hr/><p><small>List-Unsubscribe: &lt;%1&gt;<br/>List-Unsubscribe-Post: "
                    "List-Unsubscribe=One-Click</small></p>"_s.arg(htmlEscape(m.unsubscribeUrl));
    } else {
        const ops::integrations::SmsSegments s = ops::integrations::smsSegments(m.text);
        html += u"<hr/><p style=\"white-space: pre-wrap\">%1</p><hr/>"_s.arg(htmlEscape(m.text));
        html += u"<p><small>%1</small></p>"_s.arg(
            tr("%n segment(s), %1, %2 characters", nullptr, s.segments)
                .arg(s.encoding == ops::integrations::SmsSegments::Encoding::Ucs2 ? u"UCS-2"_s : u"GSM-7"_s)
                .arg(m.text.toUcs4().size()));
    }
    return html;
}
