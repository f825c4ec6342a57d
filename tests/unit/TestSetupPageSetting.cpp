// The payment page URL of File → Integrations → Stripe (Integrations/stripe/setup_page_url): saved and read back
// through a real settings file, refused with a message and nothing written when it is not an http(s) address, the
// environment's TARGO_STRIPE_SETUP_PAGE_URL winning when set; the sender the links use; and the expiry chip's rule.
#include <QTemporaryDir>
#include <QTest>

#include "core/integrations/ProviderSettings.h"
#include "core/payments/PaymentMethodTypes.h"
#include "core/payments/SetupPageSetting.h"
#include "core/payments/StripeSetupLinks.h"
#include "core/settings/Settings.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::payments;

class TestSetupPageSetting : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughTheFile();
    void badAddressesAreRefused();
    void environmentWins();
    void senderTakesTheOtherProviders();
    void expiryStates();
};

void TestSetupPageSetting::roundTripThroughTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ops.ini"_s);
    {
        Settings file(path);
        QCOMPARE(storedSetupPageUrl(file), QString());
        QVERIFY(saveSetupPageUrl(file, u"  https://pay.example.ca/save-method  "_s).ok());
        QVERIFY(file.sync().ok());
    }
    Settings again(path);
    QCOMPARE(storedSetupPageUrl(again), u"https://pay.example.ca/save-method"_s);
    QCOMPARE(setupPageUrl(again, QProcessEnvironment()), u"https://pay.example.ca/save-method"_s);
    // Emptied: not set any more.
    QVERIFY(saveSetupPageUrl(again, QString()).ok());
    QCOMPARE(storedSetupPageUrl(again), QString());
}

void TestSetupPageSetting::badAddressesAreRefused()
{
    QTemporaryDir dir;
    Settings file(dir.filePath(u"ops.ini"_s));
    QVERIFY(saveSetupPageUrl(file, u"http://pay.example.ca/"_s).ok());
    for (const QString &bad :
        {u"ftp://pay.example.ca/"_s, u"pay.example.ca/save"_s, u"https://"_s, u"javascript:x"_s}) {
        QVERIFY2(!setupPageUrlProblem(bad).isEmpty(), qPrintable(bad));
        const Status s = saveSetupPageUrl(file, bad);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Validation);
        QVERIFY(s.error().userMessage.contains(u"http"_s));
        QCOMPARE(storedSetupPageUrl(file), u"http://pay.example.ca/"_s); // nothing written
    }
    QVERIFY(setupPageUrlProblem(QString()).isEmpty());
    QVERIFY(setupPageUrlProblem(u"https://pay.example.ca:8443/p?x=1"_s).isEmpty());
}

void TestSetupPageSetting::environmentWins()
{
    QTemporaryDir dir;
    Settings file(dir.filePath(u"ops.ini"_s));
    QVERIFY(saveSetupPageUrl(file, u"https://from-file.example.ca/"_s).ok());
    QProcessEnvironment env;
    env.insert(QString::fromLatin1(kSetupPageEnv), u"https://from-env.example.ca/"_s);
    QCOMPARE(setupPageUrl(file, env), u"https://from-env.example.ca/"_s);
    env.insert(QString::fromLatin1(kSetupPageEnv), u"  "_s); // blank: not set
    QCOMPARE(setupPageUrl(file, env), u"https://from-file.example.ca/"_s);
}

void TestSetupPageSetting::senderTakesTheOtherProviders()
{
    integrations::IntegrationSettings all;
    auto mailjet = all.provider(u"mailjet"_s);
    mailjet.sender = u"facturation@targo.ca"_s;
    all.setProvider(mailjet);
    auto twilio = all.provider(u"twilio"_s);
    twilio.account = u"AC123"_s;
    twilio.sender = u"+15145550199"_s;
    all.setProvider(twilio);
    const SetupLinkSender s = setupLinkSender(u"https://pay.example.ca/"_s, all);
    QCOMPARE(s.pageUrl, u"https://pay.example.ca/"_s);
    QCOMPARE(s.mailFromEmail, u"facturation@targo.ca"_s);
    QCOMPARE(s.twilioAccountSid, u"AC123"_s);
    QCOMPARE(s.smsFrom, u"+15145550199"_s);
}

void TestSetupPageSetting::expiryStates()
{
    const QDate today(2026, 12, 7);
    QCOMPARE(expiryState(0, 0, today), ExpiryState::Valid); // a debit: no expiry
    QCOMPARE(expiryState(11, 2026, today), ExpiryState::Expired);
    QCOMPARE(expiryState(12, 2026, today), ExpiryState::ExpiresSoon); // valid through Dec 31
    QCOMPARE(expiryState(12, 2026, QDate(2027, 1, 1)), ExpiryState::Expired);
    QCOMPARE(expiryState(1, 2027, today), ExpiryState::ExpiresSoon);
    QCOMPARE(expiryState(2, 2027, today), ExpiryState::Valid); // Feb 28 is 83 days away
    QCOMPARE(expiryState(4, 2029, today), ExpiryState::Valid);
}

QTEST_GUILESS_MAIN(TestSetupPageSetting)
#include "TestSetupPageSetting.moc"
