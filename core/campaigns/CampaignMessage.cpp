#include "core/campaigns/CampaignMessage.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QUrl>
#include <QUrlQuery>

#include "core/integrations/SmsText.h"
#include "core/settings/Settings.h"

using namespace Qt::StringLiterals;

namespace ops::campaigns {

namespace {

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

QString mailingAddress(const SenderIdentity &s)
{
    QStringList parts;
    for (const QString &p : {s.addressLine1, s.addressLine2, s.addressLine3})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(u", "_s);
}

QString contactLine(const SenderIdentity &s)
{
    QStringList parts;
    for (const QString &p : {s.phone, s.email})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(u" · "_s);
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty()
        && url.fragment().isEmpty();
}

// The footer of a commercial e-mail, text and HTML.
void appendCommercialFooter(RenderedMessage &m, bool fr, const SenderIdentity &s)
{
    const QString company = s.companyName.trimmed();
    const QString address = mailingAddress(s);
    const QString contact = contactLine(s);
    const QString sentBy = fr ? u"Ce message vous est envoyé par %1, %2."_s.arg(company, address)
                              : u"This message is sent to you by %1, %2."_s.arg(company, address);
    const QString reach =
        contact.isEmpty() ? QString() : (fr ? u"Pour nous joindre : %1"_s : u"Contact us: %1"_s).arg(contact);
    const QString stop = fr ? u"Pour ne plus recevoir nos messages commerciaux : %1"_s
                            : u"To stop receiving our commercial messages: %1"_s;
    m.text += u"\n\n-- \n"_s + sentBy + u'\n';
    if (!reach.isEmpty())
        m.text += reach + u'\n';
    m.text += stop.arg(m.unsubscribeUrl) + u'\n';

    const QString link =
        u"<a href=\"%1\">%2</a>"_s.arg(htmlEscape(m.unsubscribeUrl), fr ? u"se désabonner"_s : u"unsubscribe"_s);
    m.html += u"<hr>\n<p style=\"font-size:12px;color:#555555\">"_s + htmlEscape(sentBy);
    if (!reach.isEmpty())
        m.html += u"<br>\n"_s + htmlEscape(reach);
    m.html += u"<br>\n"_s + htmlEscape(stop).arg(link) + u"</p>\n"_s;
}

} // namespace

Result<CampaignTexts> validateCampaign(const Campaign &c, const MessageSettings &settings)
{
    if (c.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("ops::campaigns", "The campaign needs a name."));
    if (c.name.size() > 200)
        return invalid(
            QCoreApplication::translate("ops::campaigns", "The campaign's name is longer than 200 characters."));
    if (c.bodyFr.trimmed().isEmpty() || c.bodyEn.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("ops::campaigns", "The campaign needs a French and an English message."));
    const bool email = c.channel == Channel::Email;
    if (email && (c.subjectFr.trimmed().isEmpty() || c.subjectEn.trimmed().isEmpty()))
        return invalid(
            QCoreApplication::translate("ops::campaigns", "An e-mail campaign needs a French and an English subject."));
    if (!email && (!c.subjectFr.isEmpty() || !c.subjectEn.isEmpty()))
        return invalid(QCoreApplication::translate(
            "ops::campaigns", "An SMS has no subject: remove the subjects or choose e-mail."));
    for (const QString &s : {c.subjectFr, c.subjectEn})
        if (s.contains(u'\n') || s.contains(u'\r') || s.size() > 200)
            return invalid(
                QCoreApplication::translate("ops::campaigns", "A subject is one line of at most 200 characters."));

    CampaignTexts t;
    const std::pair<const QString *, CampaignTemplate *> parts[] = {
        {&c.subjectFr, &t.subjectFr}, {&c.subjectEn, &t.subjectEn}, {&c.bodyFr, &t.bodyFr}, {&c.bodyEn, &t.bodyEn}};
    const QString names[] = {QCoreApplication::translate("ops::campaigns", "French subject"),
        QCoreApplication::translate("ops::campaigns", "English subject"),
        QCoreApplication::translate("ops::campaigns", "French template"),
        QCoreApplication::translate("ops::campaigns", "English template")};
    for (int i = 0; i < 4; ++i) {
        auto parsed = CampaignTemplate::parse(*parts[i].first, names[i]);
        if (!parsed.ok())
            return parsed.error();
        *parts[i].second = std::move(parsed).value();
    }

    if (c.classification == Classification::Commercial) {
        const SenderIdentity &s = settings.sender;
        if (s.companyName.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("ops::campaigns",
                "A commercial message must name its sender: set the company name in the billing "
                "settings."));
        if (email) {
            if (s.addressLine1.trimmed().isEmpty())
                return invalid(QCoreApplication::translate("ops::campaigns",
                    "A commercial e-mail must give the sender's mailing address: set it in the billing "
                    "settings."));
            if (contactLine(s).isEmpty())
                return invalid(QCoreApplication::translate("ops::campaigns",
                    "A commercial e-mail must give a way to reach the sender: set a phone number or an "
                    "e-mail address in the billing settings."));
            if (settings.unsubscribeUrl.trimmed().isEmpty())
                return invalid(QCoreApplication::translate("ops::campaigns",
                    "A commercial e-mail needs an unsubscribe page: set TARGO_CAMPAIGN_UNSUBSCRIBE_URL "
                    "or the campaigns' unsubscribe page in the settings."));
            if (!isWebUrl(settings.unsubscribeUrl.trimmed()))
                return invalid(QCoreApplication::translate(
                    "ops::campaigns", "The unsubscribe page “%1” is not an http(s) address.")
                                   .arg(settings.unsubscribeUrl));
        }
    }
    return t;
}

QString unsubscribeLink(const QString &pageUrl, const QUuid &token)
{
    QUrl url(pageUrl.trimmed());
    QUrlQuery query(url);
    query.addQueryItem(u"t"_s, token.toString(QUuid::WithoutBraces));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString configuredUnsubscribeUrl(const QProcessEnvironment &env, const Settings *settings)
{
    const QString fromEnv = env.value(u"TARGO_CAMPAIGN_UNSUBSCRIBE_URL"_s).trimmed();
    if (!fromEnv.isEmpty() || !settings)
        return fromEnv;
    return settings->integrationValue(u"campaigns"_s, u"unsubscribeUrl"_s).toString().trimmed();
}

QString configuredUnsubscribeUrl()
{
    const Settings settings;
    return configuredUnsubscribeUrl(QProcessEnvironment::systemEnvironment(), &settings);
}

RenderedMessage composeMessage(const Campaign &c, const CampaignTexts &t, TemplateContext ctx,
    const MessageSettings &settings, const QUuid &unsubscribeToken)
{
    const bool fr = ctx.language != u"en";
    ctx.company = settings.sender.companyName.trimmed();
    const CampaignTemplate &body = fr ? t.bodyFr : t.bodyEn;
    const bool commercial = c.classification == Classification::Commercial;
    RenderedMessage m;
    m.text = body.render(ctx).trimmed();
    if (c.channel == Channel::Sms) {
        if (commercial)
            m.text +=
                (fr ? u"\n%1 : STOP pour vous désabonner"_s : u"\n%1: Reply STOP to unsubscribe"_s).arg(ctx.company);
        return m;
    }
    m.subject = (fr ? t.subjectFr : t.subjectEn).render(ctx).simplified();
    QString paragraphs;
    for (const QString &p : body.render(ctx, CampaignTemplate::Format::Html).trimmed().split(u"<br>\n<br>\n"_s)) {
        if (!p.trimmed().isEmpty())
            paragraphs += u"<p>"_s + p.trimmed() + u"</p>\n"_s;
    }
    m.html =
        u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head><meta charset=\"utf-8\"><title>%2</title></head>\n<body>\n"_s.arg(
            fr ? u"fr"_s : u"en"_s, htmlEscape(m.subject))
        + paragraphs;
    if (commercial) {
        m.unsubscribeUrl = unsubscribeLink(settings.unsubscribeUrl, unsubscribeToken);
        appendCommercialFooter(m, fr, settings.sender);
    }
    m.html += u"</body>\n</html>\n"_s;
    return m;
}

SmsSample smsSample(const QString &language, const QString &text)
{
    const integrations::SmsSegments s = integrations::smsSegments(text);
    return SmsSample{language, text, s.segments, s.encoding == integrations::SmsSegments::Encoding::Ucs2, s.units};
}

QList<SmsSample> smsSamples(const Campaign &c, const CampaignTexts &t, const MessageSettings &settings)
{
    QList<SmsSample> out;
    for (const QString &lang : {u"fr"_s, u"en"_s}) {
        const RenderedMessage m = composeMessage(c, t, sampleContext(lang), settings, QUuid());
        out << smsSample(lang, m.text);
    }
    return out;
}

} // namespace ops::campaigns
