// TwilioClient: E.164 normalisation of Quebec numbers and SMS segment counting (unit level), then every operation
// against a validating Prism mock of tests/specs/twilio.yaml (accepted, typed response parsed) and a malformed
// request (no To) that the mock must reject with Twilio's message mapped to a Validation error.
#include <QTest>

#include "core/integrations/IntegrationSupport.h"
#include "core/integrations/SmsText.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/PrismMock.h"

using namespace ops;
using namespace ops::integrations;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSid = u"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;

template <typename T> T waitFor(QFuture<T> f)
{
    if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 20000))
        qFatal("future did not finish");
    return f.result();
}

} // namespace

class TestTwilioClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void normalizesQuebecNumbers_data();
    void normalizesQuebecNumbers();
    void rejectsBadNumbers_data();
    void rejectsBadNumbers();
    void countsSegments_data();
    void countsSegments();
    void parsesRfc2822Dates();
    void buildsOutboxRequest();

    void sendSmsAccepted();
    void sendSmsWithMessagingServiceAccepted();
    void fetchMessageAccepted();
    void listMessagesFollowsNextPage();
    void listMessagesWithFilterAccepted();
    void findsSentMessageForAmbiguousSend();
    void missingToRejected();
    void mockTooManyRequestsIsRetryable();
    void mapsRateLimitAndFakeErrors();

private:
    std::unique_ptr<test::PrismMock> m_prism;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<TwilioClient> m_client;
};

void TestTwilioClient::initTestCase()
{
    m_prism = std::make_unique<test::PrismMock>(u"twilio.yaml"_s);
    QVERIFY2(m_prism->start(), qPrintable(m_prism->error()));
    m_net = std::make_unique<net::NetExecutor>(2);
    QVERIFY(m_net->setProvider(m_prism->provider(u"twilio"_s)).ok());
    TwilioConfig c;
    c.accountSid = kSid;
    c.authToken = u"token"_s;
    m_client = std::make_unique<TwilioClient>(*m_net, c);
}

void TestTwilioClient::cleanupTestCase()
{
    m_client.reset();
    m_net.reset();
    m_prism.reset();
}

void TestTwilioClient::normalizesQuebecNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::newRow("parens") << u"(450) 555-0123"_s << u"+14505550123"_s;
    QTest::newRow("dots") << u"450.555.0123"_s << u"+14505550123"_s;
    QTest::newRow("leading 1") << u"1 450 555 0123"_s << u"+14505550123"_s;
    QTest::newRow("e164") << u"+14505550123"_s << u"+14505550123"_s;
    QTest::newRow("plus spaced") << u" +1 (514) 555-0199 "_s << u"+15145550199"_s;
    QTest::newRow("quebec city") << u"418-555-2000"_s << u"+14185552000"_s;
    QTest::newRow("plain") << u"8195550100"_s << u"+18195550100"_s;
}

void TestTwilioClient::normalizesQuebecNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    const Result<QString> r = normalizeQuebecPhone(input);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage));
    QCOMPARE(r.value(), e164);
}

void TestTwilioClient::rejectsBadNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("toronto") << u"(416) 555-0123"_s;
    QTest::newRow("short") << u"450 555 012"_s;
    QTest::newRow("long") << u"450 555 01234"_s;
    QTest::newRow("plus without 1") << u"+4505550123"_s;
    QTest::newRow("other country") << u"+33 1 45 55 01 23"_s;
    QTest::newRow("letters") << u"450-555-ABCD"_s;
    QTest::newRow("exchange 0") << u"514 055 0123"_s;
    QTest::newRow("empty") << QString();
}

void TestTwilioClient::rejectsBadNumbers()
{
    QFETCH(QString, input);
    const Result<QString> r = normalizeQuebecPhone(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY(!r.error().userMessage.isEmpty());
}

void TestTwilioClient::countsSegments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("gsm");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("units");
    QTest::newRow("empty") << QString() << true << 0 << 0;
    QTest::newRow("ascii") << u"Technician on the way"_s << true << 1 << 21;
    QTest::newRow("basic accents") << u"Été: à 9 h, Ça marche, É è ù ì ò"_s << true << 1 << 32;
    QTest::newRow("160 gsm") << QString(160, u'a') << true << 1 << 160;
    QTest::newRow("161 gsm") << QString(161, u'a') << true << 2 << 161;
    QTest::newRow("306 gsm") << QString(306, u'a') << true << 2 << 306;
    QTest::newRow("307 gsm") << QString(307, u'a') << true << 3 << 307;
    QTest::newRow("extension counts 2") << QString(80, u'€') << true << 1 << 160;
    QTest::newRow("extension over") << (QString(80, u'€') + u'a') << true << 2 << 161;
    // 152 basic + one extension character: it does not fit in the first part's last septet.
    QTest::newRow("extension not split") << (QString(152, u'a') + u'[' + QString(10, u'a')) << true << 2 << 164;
    QTest::newRow("e circumflex") << u"Fenêtre de 9 h à 12 h"_s << false << 1 << 21;
    QTest::newRow("c cedilla lower") << u"Reçu"_s << false << 1 << 4;
    QTest::newRow("oe") << u"cœur"_s << false << 1 << 4;
    QTest::newRow("70 ucs2") << (u"ê"_s + QString(69, u'a')) << false << 1 << 70;
    QTest::newRow("71 ucs2") << (u"ê"_s + QString(70, u'a')) << false << 2 << 71;
    QTest::newRow("134 ucs2") << (u"ê"_s + QString(133, u'a')) << false << 2 << 134;
    QTest::newRow("135 ucs2") << (u"ê"_s + QString(134, u'a')) << false << 3 << 135;
    QTest::newRow("emoji") << u"OK 👍"_s << false << 1 << 5;
}

void TestTwilioClient::countsSegments()
{
    QFETCH(QString, text);
    QFETCH(bool, gsm);
    QFETCH(int, segments);
    QFETCH(int, units);
    const SmsSegments s = smsSegments(text);
    QCOMPARE(s.encoding == SmsSegments::Encoding::Gsm7, gsm);
    QCOMPARE(s.segments, segments);
    QCOMPARE(s.units, units);
}

void TestTwilioClient::parsesRfc2822Dates()
{
    const QDateTime d = parseRfc2822Date(u"Thu, 24 Aug 2023 05:01:45 +0000"_s);
    QVERIFY(d.isValid());
    QCOMPARE(d, QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
    QCOMPARE(parseRfc2822Date(u"Mon, 29 Nov 2021 17:40:10 -0500"_s),
        QDateTime(QDate(2021, 11, 29), QTime(22, 40, 10), Qt::UTC));
    QVERIFY(!parseRfc2822Date(QString()).isValid());
}

void TestTwilioClient::buildsOutboxRequest()
{
    TwilioSms sms{u"+15145550100"_s, u"+14505550123"_s, {}, u"Technicien en route"_s, {}, {}};
    const Result<outbox::OutboxRequest> r = m_client->sendSmsRequest(sms);
    QVERIFY(r.ok());
    QCOMPARE(r->provider, u"twilio"_s);
    QCOMPARE(r->operation, u"sms.send"_s);
    QCOMPARE(r->path, u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(kSid));
    QVERIFY(r->idempotencyKey.isEmpty());
    QVERIFY(r->headers.isEmpty()); // the worker adds the credentials
    QCOMPARE(r->form.size(), 3);
    QCOMPARE(r->form.at(0), (std::pair{u"To"_s, u"+15145550100"_s}));

    sms.from.clear();
    QCOMPARE(m_client->sendSmsRequest(sms).error().kind, Error::Kind::Validation);
    sms.messagingServiceSid = u"MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
    sms.body.clear();
    QVERIFY(!m_client->sendSmsRequest(sms).ok());
}

void TestTwilioClient::sendSmsAccepted()
{
    const Result<TwilioMessage> r = waitFor(m_client->sendSms(
        {u"+15145550100"_s, u"+14505550123"_s, {}, u"Technicien en route, arrivée vers 10 h"_s, {}, {}}));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(r->sid.startsWith(u"SM"_s) || r->sid.startsWith(u"MM"_s));
    QVERIFY(!r->status.isEmpty());
    QVERIFY(r->dateCreated.isValid());
    QCOMPARE(r->dateCreated.timeSpec(), Qt::UTC);
    QVERIFY(r->numSegments >= 1);
}

void TestTwilioClient::sendSmsWithMessagingServiceAccepted()
{
    const Result<TwilioMessage> r = waitFor(m_client->sendSms(
        {u"+15145550100"_s, {}, u"MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s, u"Rappel: rendez-vous demain"_s,
            {u"https://example.com/plan.png"_s}, u"https://example.com/twilio/status"_s}));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(!r->sid.isEmpty());
}

void TestTwilioClient::fetchMessageAccepted()
{
    const Result<TwilioMessage> r = waitFor(m_client->fetchMessage(u"SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(!r->sid.isEmpty());
    QVERIFY(!r->status.isEmpty());
    QVERIFY(r->dateUpdated.isValid());
}

void TestTwilioClient::listMessagesFollowsNextPage()
{
    const Result<QList<TwilioMessage>> r = waitFor(m_client->listMessages(2, 2));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(!r->isEmpty());
    // The mock's example always has a next_page_uri: both pages were fetched, the second through that link.
    const QString log = m_prism->output();
    QVERIFY2(
        log.count(u"GET /2010-04-01/Accounts/"_s) >= 2 || log.count(u"PageToken"_s) >= 1, qPrintable(log.right(2000)));
    for (const TwilioMessage &m : r.value())
        QVERIFY(!m.sid.isEmpty());
}

void TestTwilioClient::listMessagesWithFilterAccepted()
{
    TwilioMessageFilter f;
    f.to = u"+15145550100"_s;
    f.sentAfter = QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC);
    const Result<QList<TwilioMessage>> r = waitFor(m_client->listMessages(20, 1, f));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
}

void TestTwilioClient::findsSentMessageForAmbiguousSend()
{
    const QDateTime since(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC);
    TwilioMessage other;
    other.sid = u"SM1"_s;
    other.to = u"+15145550100"_s;
    other.body = u"Autre message"_s;
    other.direction = u"outbound-api"_s;
    other.dateCreated = since.addSecs(30);
    TwilioMessage old = other;
    old.sid = u"SM2"_s;
    old.body = u"Technicien en route"_s;
    old.dateCreated = since.addSecs(-3600);
    TwilioMessage match = old;
    match.sid = u"SM3"_s;
    match.dateCreated = since.addSecs(2);
    const TwilioSms sms{u"+15145550100"_s, u"+14505550123"_s, {}, u"Technicien en route"_s, {}, {}};
    QCOMPARE(TwilioClient::findSent({other, old, match}, sms, since)->sid, u"SM3"_s);
    QVERIFY(!TwilioClient::findSent({other, old}, sms, since).has_value());
}

void TestTwilioClient::missingToRejected()
{
    // Bypass the client's own validation: the mock must refuse a request without To.
    outbox::OutboxRequest bad;
    bad.provider = u"twilio"_s;
    bad.path = m_client->messagesPath();
    bad.form = {{u"From"_s, u"+14505550123"_s}, {u"Body"_s, u"hi"_s}};
    net::HttpRequest http = toHttpRequest(bad, m_client->authHeaders());
    const Result<net::HttpResponse> raw = waitFor(m_net->send(http, net::RetryPolicy::noRetry()));
    QVERIFY(!raw.ok());
    const int status = net::httpStatusOf(raw.error());
    QVERIFY2(status >= 400 && status < 500, qPrintable(raw.error().detail));
    const Error e = TwilioClient::mapError(raw.error());
    QCOMPARE(e.kind, Error::Kind::Validation);
    QCOMPARE(net::outcomeOf(e), net::Outcome::Permanent);
    QVERIFY2(e.userMessage.contains(u"To"_s), qPrintable(e.userMessage + u" | "_s + e.detail));
}

void TestTwilioClient::mockTooManyRequestsIsRetryable()
{
    // The description's 429 (error 20429), asked for with Prism's Prefer header: retryable, not processed.
    const Result<outbox::OutboxRequest> sms =
        m_client->sendSmsRequest({u"+15145550100"_s, u"+14505550123"_s, {}, u"Technicien en route"_s, {}, {}});
    QVERIFY(sms.ok());
    net::HttpRequest http = toHttpRequest(sms.value(), m_client->authHeaders());
    http.setHeader("Prefer", "code=429");
    const Result<net::HttpResponse> raw = waitFor(m_net->send(http, net::RetryPolicy::noRetry()));
    QVERIFY(!raw.ok());
    QCOMPARE(net::httpStatusOf(raw.error()), 429);
    const Error e = TwilioClient::mapError(raw.error());
    QCOMPARE(net::outcomeOf(e), net::Outcome::Retryable);
    QVERIFY(e.retryable);
    QVERIFY2(e.userMessage.contains(u"not sent"_s), qPrintable(e.userMessage));
}

void TestTwilioClient::mapsRateLimitAndFakeErrors()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    net::ProviderConfig p;
    p.id = u"twilio"_s;
    p.baseUrl = fake.url();
    QVERIFY(exec.setProvider(p).ok());
    TwilioClient client(exec, {u"twilio"_s, kSid, u"token"_s, {}});
    const QByteArray path = client.messagesPath().toUtf8();
    fake.enqueue(path,
        test::FakeBehaviour::json(400,
            R"({"code":21211,"message":"The 'To' number +15145550100 is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400})"));
    Result<TwilioMessage> r = waitFor(client.sendSms({u"+15145550100"_s, u"+14505550123"_s, {}, u"x"_s, {}, {}}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY2(r.error().userMessage.contains(u"21211"_s), qPrintable(r.error().userMessage));
    QVERIFY(r.error().userMessage.contains(u"not a valid phone number"_s));
    QVERIFY(fake.requests(path).at(0).header("Authorization").startsWith("Basic "));
    QCOMPARE(fake.requests(path).at(0).header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));

    fake.enqueue(path,
        test::FakeBehaviour::json(
            400, R"({"code":21610,"message":"Attempt to send to unsubscribed recipient","status":400})"));
    r = waitFor(client.sendSms({u"+15145550100"_s, u"+14505550123"_s, {}, u"x"_s, {}, {}}));
    QVERIFY(!r.ok());
    QVERIFY(r.error().userMessage.contains(u"STOP"_s));

    // 20429 is retried by the executor (not processed by Twilio), then the message is sent.
    fake.enqueue(path, test::FakeBehaviour::twilioTooManyRequests());
    fake.enqueue(path,
        test::FakeBehaviour::json(201,
            R"({"sid":"SM123","status":"queued","num_segments":"1","price":null,"date_created":"Thu, 24 Aug 2023 05:01:45 +0000"})"));
    r = waitFor(client.sendSms({u"+15145550100"_s, u"+14505550123"_s, {}, u"x"_s, {}, {}}));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->sid, u"SM123"_s);
    QVERIFY(r->price.isEmpty());
    exec.shutdown();
}

QTEST_GUILESS_MAIN(TestTwilioClient)
#include "TestTwilioClient.moc"
