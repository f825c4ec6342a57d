// Campaign templates and messages (issue 14): variables from the fixed list formatted in the recipient's language,
// an unknown variable or a broken brace refused with its line and column, HTML escaping in the e-mail's HTML part
// only, the CASL footer and unsubscribe link of a commercial e-mail, the STOP line of a commercial SMS, the SMS
// segments of the rendered text, and what a campaign needs before it is created.
#include <QLocale>
#include <QTest>

#include "core/campaigns/CampaignMessage.h"
#include "core/campaigns/CampaignTemplate.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::campaigns;

namespace {

MessageSettings settings(const QString &url = u"https://desabonnement.targo.example/u"_s)
{
    MessageSettings s;
    s.sender.companyName = u"Gigafibre"_s;
    s.sender.addressLine1 = u"123, rue Principale"_s;
    s.sender.addressLine2 = u"Saint-Jérôme (Québec) J7Z 1A1"_s;
    s.sender.phone = u"450 555-0100"_s;
    s.sender.email = u"info@gigafibre.example"_s;
    s.unsubscribeUrl = url;
    return s;
}

Campaign campaign(Channel channel, Classification classification)
{
    Campaign c;
    c.id = 1;
    c.name = u"Promo"_s;
    c.channel = channel;
    c.classification = classification;
    if (channel == Channel::Email) {
        c.subjectFr = u"Bonjour {first_name}"_s;
        c.subjectEn = u"Hello {first_name}"_s;
    }
    c.bodyFr = u"Bonjour {first_name},\n\nVotre solde est de {balance}."_s;
    c.bodyEn = u"Hello {first_name},\n\nYour balance is {balance}."_s;
    return c;
}

TemplateContext customer(const QString &language)
{
    TemplateContext ctx;
    ctx.language = language;
    ctx.firstName = u"Élise"_s;
    ctx.customerCode = u"CUST-00042"_s;
    ctx.balanceCents = 123456;
    ctx.civicNumber = u"12"_s;
    ctx.street = u"rue des Pins"_s;
    ctx.unit = u"3"_s;
    ctx.city = u"Mirabel"_s;
    ctx.technician = u"Luc Gagnon"_s;
    ctx.date = QDate(2026, 12, 15);
    return ctx;
}

} // namespace

class TestCampaignTemplate : public QObject
{
    Q_OBJECT

private slots:
    void variablesInTheRecipientsLanguage()
    {
        auto t = CampaignTemplate::parse(
            u"{first_name} {customer_code}: {balance}, {address}, {city}, {technician}, {date}, {company}"_s, u"t"_s);
        QVERIFY(t.ok());
        TemplateContext fr = customer(u"fr"_s);
        fr.company = u"Gigafibre"_s;
        const QString thousand = QLocale(QLocale::French, QLocale::Canada).toString(1234);
        QCOMPARE(t.value().render(fr),
            u"Élise CUST-00042: "_s + thousand
                + u",56\u00a0$, 12, rue des Pins, app. 3, Mirabel, Luc Gagnon, 15 décembre 2026, Gigafibre"_s);
        TemplateContext en = customer(u"en"_s);
        QCOMPARE(t.value().render(en),
            u"Élise CUST-00042: $1,234.56, 12, rue des Pins, unit 3, Mirabel, Luc Gagnon, December 15, 2026, "_s);
        QCOMPARE(t.value().variables().size(), 8);
    }

    void absentValuesAreEmpty()
    {
        auto t = CampaignTemplate::parse(u"[{balance}][{date}][{address}]"_s, u"t"_s);
        QVERIFY(t.ok());
        TemplateContext ctx;
        QCOMPARE(t.value().render(ctx), u"[][][]"_s);
    }

    void unknownVariableNamesLineAndColumn()
    {
        auto t = CampaignTemplate::parse(u"Bonjour,\n  {frist_name} !"_s, u"French template"_s);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, Error::Kind::Validation);
        QVERIFY2(
            t.error().userMessage.contains(u"French template, line 2, column 3"_s), qPrintable(t.error().userMessage));
        QVERIFY(t.error().userMessage.contains(u"frist_name"_s));
        QVERIFY(t.error().userMessage.contains(u"first_name"_s)); // the list of variables
    }

    void bracesAreChecked()
    {
        QVERIFY(!CampaignTemplate::parse(u"Prix {first_name"_s, u"t"_s).ok());
        QVERIFY(!CampaignTemplate::parse(u"a }"_s, u"t"_s).ok());
        QVERIFY(!CampaignTemplate::parse(u"{first_name\n}"_s, u"t"_s).ok());
        auto unclosed = CampaignTemplate::parse(u"ok\nok {city"_s, u"t"_s);
        QVERIFY(unclosed.error().userMessage.contains(u"line 2, column 4"_s));
        auto literal = CampaignTemplate::parse(u"{{first_name}} = {first_name}"_s, u"t"_s);
        QVERIFY(literal.ok());
        TemplateContext ctx;
        ctx.firstName = u"Ana"_s;
        QCOMPARE(literal.value().render(ctx), u"{first_name} = Ana"_s);
        QCOMPARE(literal.value().variables(), QStringList{u"first_name"_s});
    }

    void htmlPartEscapesTextPartDoesNot()
    {
        const Campaign c = campaign(Channel::Email, Classification::Transactional);
        auto texts = validateCampaign(c, settings());
        QVERIFY(texts.ok());
        TemplateContext ctx = customer(u"fr"_s);
        ctx.firstName = u"<script>alert('x')</script> & \"Co\""_s;
        const RenderedMessage m = composeMessage(c, texts.value(), ctx, settings(), QUuid::createUuid());
        QVERIFY(m.text.contains(u"<script>alert('x')</script> & \"Co\""_s));
        QVERIFY(!m.html.contains(u"<script>"_s));
        QVERIFY(m.html.contains(u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"_s));
        QVERIFY(m.html.contains(u"<p>Bonjour"_s)); // paragraphs on blank lines
        QCOMPARE(m.subject, u"Bonjour <script>alert('x')</script> & \"Co\""_s);
        QVERIFY(m.html.contains(u"<title>Bonjour &lt;script&gt;"_s));
        // Transactional: no CASL footer, no unsubscribe link.
        QVERIFY(m.unsubscribeUrl.isEmpty());
        QVERIFY(!m.text.contains(u"désabonn"_s));
    }

    void commercialEmailCarriesIdentificationAndLink()
    {
        const Campaign c = campaign(Channel::Email, Classification::Commercial);
        auto texts = validateCampaign(c, settings());
        QVERIFY(texts.ok());
        const QUuid token = QUuid::createUuid();
        const QString tokenText = token.toString(QUuid::WithoutBraces);
        const RenderedMessage fr = composeMessage(c, texts.value(), customer(u"fr"_s), settings(), token);
        QCOMPARE(fr.unsubscribeUrl, u"https://desabonnement.targo.example/u?t="_s + tokenText);
        for (const QString &part : {fr.text, fr.html}) {
            QVERIFY(part.contains(u"Gigafibre"_s));
            QVERIFY(part.contains(u"123, rue Principale"_s));
            QVERIFY(part.contains(u"Saint-Jérôme (Québec) J7Z 1A1"_s));
            QVERIFY(part.contains(u"450 555-0100"_s));
            QVERIFY(part.contains(u"info@gigafibre.example"_s));
            QVERIFY(part.contains(tokenText));
        }
        QVERIFY(fr.text.contains(u"Pour ne plus recevoir nos messages commerciaux"_s));
        QVERIFY(fr.html.contains(u"<a href=\"https://desabonnement.targo.example/u?t="_s + tokenText + u"\">"_s));
        const RenderedMessage en = composeMessage(c, texts.value(), customer(u"en"_s), settings(), token);
        QVERIFY(en.text.contains(u"To stop receiving our commercial messages"_s));
        QVERIFY(en.text.startsWith(u"Hello Élise"_s));
        // A page with a query keeps it.
        QCOMPARE(
            unsubscribeLink(u"https://x.example/u?lang=fr"_s, token), u"https://x.example/u?lang=fr&t="_s + tokenText);
    }

    void commercialSmsHasSenderAndStop()
    {
        const Campaign c = campaign(Channel::Sms, Classification::Commercial);
        auto texts = validateCampaign(c, settings(QString()));
        QVERIFY2(texts.ok(), texts.ok() ? "" : qPrintable(texts.error().userMessage)); // no page needed for SMS
        const RenderedMessage fr = composeMessage(c, texts.value(), customer(u"fr"_s), settings(), QUuid());
        QVERIFY(fr.text.endsWith(u"\nGigafibre : STOP pour vous désabonner"_s));
        QVERIFY(fr.html.isEmpty());
        QVERIFY(fr.subject.isEmpty());
        const RenderedMessage en = composeMessage(c, texts.value(), customer(u"en"_s), settings(), QUuid());
        QVERIFY(en.text.endsWith(u"\nGigafibre: Reply STOP to unsubscribe"_s));
        const RenderedMessage tx = composeMessage(campaign(Channel::Sms, Classification::Transactional), texts.value(),
            customer(u"fr"_s), settings(), QUuid());
        QVERIFY(!tx.text.contains(u"STOP"_s));
    }

    void smsSegmentsOfTheRenderedText()
    {
        Campaign c = campaign(Channel::Sms, Classification::Transactional);
        c.bodyFr = QString(157, u'a') + u" {first_name}"_s; // 158 septets + the name
        c.bodyEn = u"Hi {first_name} 🙂"_s;
        auto texts = validateCampaign(c, settings());
        QVERIFY(texts.ok());
        TemplateContext ctx = customer(u"fr"_s);
        ctx.firstName = u"Ana"_s; // 161 GSM-7 septets: two parts
        SmsSample fr = smsSample(u"fr"_s, composeMessage(c, texts.value(), ctx, settings(), QUuid()).text);
        QCOMPARE(fr.segments, 2);
        QVERIFY(!fr.ucs2);
        QCOMPARE(fr.units, 161);
        ctx.firstName = u"Ab"_s; // 160 septets: one part
        fr = smsSample(u"fr"_s, composeMessage(c, texts.value(), ctx, settings(), QUuid()).text);
        QCOMPARE(fr.units, 160);
        QCOMPARE(fr.segments, 1);
        const QList<SmsSample> samples = smsSamples(c, texts.value(), settings());
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.at(0).language, u"fr"_s);
        QVERIFY(samples.at(1).ucs2); // the emoji switches English to UCS-2
        QCOMPARE(samples.at(1).segments, 1);
    }

    void campaignRequirements()
    {
        Campaign c = campaign(Channel::Email, Classification::Commercial);
        QVERIFY(validateCampaign(c, settings()).ok());
        auto noPage = validateCampaign(c, settings(QString()));
        QVERIFY(!noPage.ok());
        QVERIFY(noPage.error().userMessage.contains(u"TARGO_CAMPAIGN_UNSUBSCRIBE_URL"_s));
        QVERIFY(!validateCampaign(c, settings(u"javascript:alert(1)"_s)).ok());
        QVERIFY(!validateCampaign(c, settings(u"not a url"_s)).ok());
        MessageSettings noAddress = settings();
        noAddress.sender.addressLine1.clear();
        QVERIFY(!validateCampaign(c, noAddress).ok());
        MessageSettings noContact = settings();
        noContact.sender.phone.clear();
        noContact.sender.email.clear();
        QVERIFY(!validateCampaign(c, noContact).ok());
        // Transactional e-mail needs none of it.
        c.classification = Classification::Transactional;
        QVERIFY(validateCampaign(c, MessageSettings{}).ok());
        Campaign noSubject = c;
        noSubject.subjectEn.clear();
        QVERIFY(!validateCampaign(noSubject, settings()).ok());
        Campaign sms = campaign(Channel::Sms, Classification::Transactional);
        sms.subjectFr = u"Objet"_s;
        QVERIFY(!validateCampaign(sms, settings()).ok());
        Campaign unnamed = c;
        unnamed.name = u"  "_s;
        QVERIFY(!validateCampaign(unnamed, settings()).ok());
        Campaign unknown = c;
        unknown.bodyEn = u"Hi {nom}"_s;
        auto bad = validateCampaign(unknown, settings());
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().userMessage.contains(u"English template, line 1, column 4"_s));
        Campaign commercialSms = campaign(Channel::Sms, Classification::Commercial);
        MessageSettings anonymous = settings();
        anonymous.sender.companyName.clear();
        QVERIFY(!validateCampaign(commercialSms, anonymous).ok());
    }
};

QTEST_GUILESS_MAIN(TestCampaignTemplate)
#include "TestCampaignTemplate.moc"
