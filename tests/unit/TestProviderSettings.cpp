// ProviderSettings / IntegrationSettings: defaults, the TARGO_* environment (it wins over the file), the problems an
// operator is told about, the authentication headers each provider gets, and the settings file round trip, which
// never holds a secret.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/dispatch/TravelSource.h"
#include "core/integrations/ProviderSettings.h"
#include "core/settings/Settings.h"

using namespace ops;
using namespace ops::integrations;
using namespace Qt::Literals::StringLiterals;

class TestProviderSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsNeedCredentials();
    void environmentConfiguresEveryProvider();
    void environmentWinsOverTheFile();
    void problemsSayWhatIsWrong();
    void authHeadersPerProvider();
    void fileRoundTripHoldsNoSecret();
    void secretLikeNamesAreRefused();
    void plainHttpOnlyForLoopback();
    void routingServerAndTravelSourceRoundTrip();
};

void TestProviderSettings::defaultsNeedCredentials()
{
    IntegrationSettings s;
    QCOMPARE(s.all().size(), 6);
    QCOMPARE(s.provider(u"twilio"_s).baseUrl, QUrl(u"https://api.twilio.com"_s));
    QCOMPARE(s.provider(u"stripe"_s).baseUrl, QUrl(u"https://api.stripe.com"_s));
    QVERIFY(s.provider(u"traccar"_s).baseUrl.isEmpty()); // self-hosted: no default address
    QVERIFY(s.configured().isEmpty()); // nothing is usable without credentials
    QVERIFY(s.provider(u"twilio"_s).ratePerSec > 0);
}

void TestProviderSettings::environmentConfiguresEveryProvider()
{
    QProcessEnvironment env;
    env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, u"ACabc"_s);
    env.insert(u"TARGO_TWILIO_AUTH_TOKEN"_s, u"tok"_s);
    env.insert(u"TARGO_TWILIO_FROM"_s, u"+15145550199"_s);
    env.insert(u"TARGO_TWILIO_RATE_PER_SEC"_s, u"2.5"_s);
    env.insert(u"TARGO_TWILIO_CONCURRENCY"_s, u"3"_s);
    env.insert(u"TARGO_MAILJET_API_KEY"_s, u"pub"_s);
    env.insert(u"TARGO_MAILJET_SECRET_KEY"_s, u"priv"_s);
    env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, u"factures@targo.ca"_s);
    env.insert(u"TARGO_STRIPE_SECRET_KEY"_s, u"sk_test_1"_s);
    env.insert(u"TARGO_STRIPE_BASE_URL"_s, u"http://127.0.0.1:4011"_s);
    env.insert(u"TARGO_TRACCAR_BASE_URL"_s, u"https://gps.targo.ca"_s);
    env.insert(u"TARGO_TRACCAR_TOKEN"_s, u"trk"_s);
    env.insert(u"TARGO_GENIEACS_BASE_URL"_s, u"https://acs.local:7557"_s);
    env.insert(u"TARGO_GENIEACS_TIMEOUT_MS"_s, u"5000"_s);
    env.insert(u"TARGO_GENIEACS_MAX_RESPONSE_BYTES"_s, u"1048576"_s);
    IntegrationSettings s;
    s.applyEnvironment(env);
    QCOMPARE(s.configured().size(), 5);
    const ProviderSettings t = s.provider(u"twilio"_s);
    QCOMPARE(t.account, u"ACabc"_s);
    QCOMPARE(t.secret, u"tok"_s);
    QCOMPARE(t.sender, u"+15145550199"_s);
    QCOMPARE(t.ratePerSec, 2.5);
    QCOMPARE(t.concurrency, 3);
    QCOMPARE(t.netConfig().burst, 1); // evenly spaced starts
    QCOMPARE(t.netConfig().ratePerSec, 2.5);
    QCOMPARE(s.provider(u"mailjet"_s).sender, u"factures@targo.ca"_s);
    QCOMPARE(s.provider(u"stripe"_s).netConfig().baseUrl, QUrl(u"http://127.0.0.1:4011"_s));
    QCOMPARE(s.provider(u"genieacs"_s).netConfig().timeoutMs, 5000);
    QCOMPARE(s.provider(u"genieacs"_s).netConfig().maxResponseBytes, 1048576);
    QCOMPARE(t.netConfig().maxResponseBytes, 8 * 1024 * 1024); // the default cap
    QVERIFY(IntegrationSettings::environmentNames(u"twilio"_s).contains(u"TARGO_TWILIO_MAX_RESPONSE_BYTES"_s));
    QVERIFY(IntegrationSettings::environmentNames(u"twilio"_s).contains(u"TARGO_TWILIO_AUTH_TOKEN"_s));
    QVERIFY(IntegrationSettings::environmentNames(u"genieacs"_s).contains(u"TARGO_GENIEACS_CA_FILE"_s));
}

void TestProviderSettings::environmentWinsOverTheFile()
{
    QTemporaryDir dir;
    Settings file(dir.filePath(u"ops.ini"_s));
    ProviderSettings g = ProviderSettings::defaults(u"genieacs"_s);
    g.baseUrl = QUrl(u"http://from-file:7557"_s);
    g.concurrency = 7;
    QVERIFY(IntegrationSettings::save(file, g).ok());
    QProcessEnvironment env;
    env.insert(u"TARGO_GENIEACS_BASE_URL"_s, u"http://from-env:7557"_s);
    env.insert(u"TARGO_GENIEACS_CONCURRENCY"_s, u""_s); // empty: not set
    IntegrationSettings s;
    s.load(file);
    QCOMPARE(s.provider(u"genieacs"_s).baseUrl, QUrl(u"http://from-file:7557"_s));
    s.applyEnvironment(env);
    QCOMPARE(s.provider(u"genieacs"_s).baseUrl, QUrl(u"http://from-env:7557"_s));
    QCOMPARE(s.provider(u"genieacs"_s).concurrency, 7);
}

void TestProviderSettings::problemsSayWhatIsWrong()
{
    ProviderSettings stripe = ProviderSettings::defaults(u"stripe"_s);
    stripe.secret = u"pk_live_publishable"_s;
    QVERIFY(stripe.problems().join(u' ').contains(u"pk_"));
    stripe.secret = u"sk_live_ok"_s;
    QVERIFY(stripe.isConfigured());
    stripe.baseUrl = QUrl(u"ftp://api.stripe.com"_s);
    QVERIFY(stripe.problems().join(u' ').contains(u"not an http(s) address"));

    ProviderSettings twilio = ProviderSettings::defaults(u"twilio"_s);
    twilio.account = u"ACx"_s;
    twilio.secret = u"t"_s;
    twilio.sender = u"5145550199"_s; // not E.164 nor MG...
    QCOMPARE(twilio.problems().size(), 1);
    twilio.sender = u"MG123"_s;
    QVERIFY(twilio.isConfigured());
    twilio.caFile = u"/nonexistent/ca.pem"_s;
    QVERIFY(twilio.problems().join(u' ').contains(u"/nonexistent/ca.pem"));

    ProviderSettings traccar = ProviderSettings::defaults(u"traccar"_s);
    QCOMPARE(traccar.problems().size(), 2); // no address, no credentials
}

void TestProviderSettings::authHeadersPerProvider()
{
    ProviderSettings t = ProviderSettings::defaults(u"twilio"_s);
    t.account = u"ACabc"_s;
    t.secret = u"tok"_s;
    QCOMPARE(net::findHeader(t.authHeaders(), "Authorization"), net::basicAuthorization(u"ACabc"_s, u"tok"_s));
    ProviderSettings s = ProviderSettings::defaults(u"stripe"_s);
    s.secret = u"sk_test_1"_s;
    QCOMPARE(net::findHeader(s.authHeaders(), "Authorization"), QByteArray("Bearer sk_test_1"));
    QCOMPARE(net::findHeader(s.authHeaders(), "Stripe-Version"), QByteArray("2023-08-16"));
    ProviderSettings tr = ProviderSettings::defaults(u"traccar"_s);
    tr.secret = u"trk"_s;
    QCOMPARE(net::findHeader(tr.authHeaders(), "Authorization"), QByteArray("Bearer trk"));
    tr.account = u"admin"_s; // user + password: Basic
    QCOMPARE(net::findHeader(tr.authHeaders(), "Authorization"), net::basicAuthorization(u"admin"_s, u"trk"_s));
    ProviderSettings g = ProviderSettings::defaults(u"genieacs"_s);
    QVERIFY(g.authHeaders().isEmpty()); // an open NBI on the private network
}

void TestProviderSettings::fileRoundTripHoldsNoSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ops.ini"_s);
    {
        Settings file(path);
        ProviderSettings m = ProviderSettings::defaults(u"mailjet"_s);
        m.account = u"public-key-123"_s;
        m.secret = u"very-secret-value"_s;
        m.sender = u"factures@targo.ca"_s;
        m.ratePerSec = 3;
        m.maxResponseBytes = 2 * 1024 * 1024;
        QVERIFY(IntegrationSettings::save(file, m).ok());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("public-key-123"));
    QVERIFY(!bytes.contains("very-secret-value"));
    Settings file(path);
    IntegrationSettings s;
    s.load(file);
    QCOMPARE(s.provider(u"mailjet"_s).account, u"public-key-123"_s);
    QCOMPARE(s.provider(u"mailjet"_s).ratePerSec, 3.0);
    QCOMPARE(s.provider(u"mailjet"_s).maxResponseBytes, 2 * 1024 * 1024);
    QVERIFY(s.provider(u"mailjet"_s).secret.isEmpty());
    QCOMPARE(ProviderSettings::secretKey(u"mailjet"_s), u"api/mailjet/secret"_s);
}

void TestProviderSettings::secretLikeNamesAreRefused()
{
    QTemporaryDir dir;
    Settings file(dir.filePath(u"ops.ini"_s));
    QCOMPARE(
        file.setIntegrationValue(u"stripe"_s, u"secret_key"_s, u"sk_live_x"_s).error().kind, Error::Kind::Validation);
    QCOMPARE(file.setIntegrationValue(u"traccar"_s, u"token"_s, u"x"_s).error().kind, Error::Kind::Validation);
    QCOMPARE(file.setIntegrationValue(u"Bad Name"_s, u"x"_s, 1).error().kind, Error::Kind::Validation);
    QVERIFY(!file.integrationValue(u"stripe"_s, u"secret_key"_s).isValid());
    QVERIFY(file.setIntegrationValue(u"stripe"_s, u"concurrency"_s, 4).ok());
}

void TestProviderSettings::plainHttpOnlyForLoopback()
{
    ProviderSettings acs = ProviderSettings::defaults(u"genieacs"_s);
    for (const QString &ok : {u"https://acs.targo.ca:7557"_s, u"http://127.0.0.1:7557"_s, u"http://127.8.9.10"_s,
             u"http://[::1]:7557"_s, u"http://localhost:7557"_s}) {
        acs.baseUrl = QUrl(ok);
        QVERIFY2(acs.isConfigured(), qPrintable(ok + u": "_s + acs.problems().join(u' ')));
    }
    for (const QString &bad : {u"http://acs.local:7557"_s, u"http://10.0.0.5:7557"_s, u"http://0.0.0.0:7557"_s,
             u"http://localhost.evil.example"_s}) {
        acs.baseUrl = QUrl(bad);
        const QString problems = acs.problems().join(u' ');
        QVERIFY2(problems.contains(u"https://"_s) && problems.contains(u"GenieACS"_s), qPrintable(bad + problems));
    }
    ProviderSettings twilio = ProviderSettings::defaults(u"twilio"_s);
    twilio.account = u"ACx"_s;
    twilio.secret = u"t"_s;
    twilio.maxResponseBytes = 0;
    QVERIFY(twilio.problems().join(u' ').contains(u"positive"_s));
}

// The routing server is a provider like the others (an address, no secret) and the travel source its companion
// setting; both go through the settings file and the environment.
void TestProviderSettings::routingServerAndTravelSourceRoundTrip()
{
    using ops::dispatch::TravelMode;
    using ops::dispatch::TravelSourceSettings;
    QTemporaryDir dir;
    Settings file(dir.filePath(u"ops.ini"_s));
    QVERIFY(!ProviderSettings::defaults(u"osrm"_s).isConfigured()); // optional: no address by default
    QVERIFY(ProviderSettings::displayName(u"osrm"_s).contains(u"OSRM"_s));
    ProviderSettings o = ProviderSettings::defaults(u"osrm"_s);
    o.baseUrl = QUrl(u"http://127.0.0.1:5000/"_s);
    QVERIFY2(o.isConfigured(), qPrintable(o.problems().join(u' '))); // no credentials needed
    QVERIFY(o.authHeaders().isEmpty());
    o.baseUrl = QUrl(u"http://osrm.example.com/"_s);
    QVERIFY(o.problems().join(u' ').contains(u"https://"_s)); // plain http only to this computer
    o.baseUrl = QUrl(u"https://osrm.example.com/"_s);
    o.timeoutMs = 12000;
    QVERIFY(IntegrationSettings::save(file, o).ok());

    TravelSourceSettings t;
    QCOMPARE(TravelSourceSettings::load(file).mode, TravelMode::StraightLine); // the default
    t.mode = TravelMode::RoutingServer;
    t.matrixFile = dir.filePath(u"day.matrix"_s);
    QVERIFY(TravelSourceSettings::save(file, t).ok());

    Settings reread(dir.filePath(u"ops.ini"_s));
    IntegrationSettings s;
    s.load(reread);
    QCOMPARE(s.provider(u"osrm"_s).baseUrl, QUrl(u"https://osrm.example.com/"_s));
    QCOMPARE(s.provider(u"osrm"_s).timeoutMs, 12000);
    QVERIFY(s.provider(u"osrm"_s).secret.isEmpty());
    const TravelSourceSettings back = TravelSourceSettings::load(reread);
    QCOMPARE(back.mode, TravelMode::RoutingServer);
    QCOMPARE(back.matrixFile, dir.filePath(u"day.matrix"_s));
    QCOMPARE(reread.integrationValue(u"osrm"_s, u"travel_source"_s).toString(), u"osrm"_s);

    // targo-opsctl: the environment wins.
    QProcessEnvironment env;
    env.insert(u"TARGO_OSRM_BASE_URL"_s, u"http://127.0.0.1:5001"_s);
    env.insert(u"TARGO_TRAVEL_SOURCE"_s, u"file"_s);
    s.applyEnvironment(env);
    QCOMPARE(s.provider(u"osrm"_s).baseUrl, QUrl(u"http://127.0.0.1:5001"_s));
    TravelSourceSettings fromEnv = back;
    fromEnv.applyEnvironment(env);
    QCOMPARE(fromEnv.mode, TravelMode::MatrixFile);
    // A matrix file that is not there (nor its places): said, with the names.
    const QString problems = fromEnv.problems().join(u' ');
    QVERIFY2(problems.contains(dir.filePath(u"day.matrix"_s)), qPrintable(problems));
    QVERIFY2(problems.contains(u"day.matrix.points"_s), qPrintable(problems));
    env.insert(u"TARGO_TRAVEL_SOURCE"_s, u"nonsense"_s);
    fromEnv.applyEnvironment(env);
    QCOMPARE(fromEnv.mode, TravelMode::MatrixFile); // an unknown name changes nothing
}

QTEST_GUILESS_MAIN(TestProviderSettings)
#include "TestProviderSettings.moc"
