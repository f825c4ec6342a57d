// NetExecutor against the fault-injection FakeHttpServer on 127.0.0.1: success, retries (429 with Retry-After,
// 503, Twilio 20429), permanent errors with the provider's text, ambiguous outcomes (timeout, connection lost,
// 500, malformed JSON) retried only with an idempotency key, refused connections, cancellation, the per-provider
// concurrency cap and rate limit, and TLS verified against a CA generated for the test.
#include <algorithm>
#include <memory>

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"
#include "tests/support/FakeHttpServer.h"

using namespace ops;
using namespace ops::net;
using namespace ops::test;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

using Future = QFuture<Result<HttpResponse>>;

bool finishes(const Future &f, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&f] { return f.isFinished(); }, timeoutMs);
}

QString describe(const Result<HttpResponse> &r)
{
    if (r.ok())
        return u"HTTP %1: %2"_s.arg(r.value().status).arg(QString::fromUtf8(r.value().body));
    return r.error().code + u" | "_s + r.error().detail;
}

RetryPolicy fastRetries(int attempts = 3)
{
    RetryPolicy p;
    p.setMaxAttempts(attempts).setBaseDelay(20ms).setMaxDelay(100ms);
    return p;
}

HttpRequest post(const QString &path, const QString &provider = u"fake"_s)
{
    HttpRequest r = HttpRequest::postJson(QUrl(path), R"({"to":"+15145550100","body":"Technicien en route"})");
    r.providerId = provider;
    return r;
}

ProviderConfig provider(const QString &id, const QUrl &baseUrl)
{
    ProviderConfig c;
    c.id = id;
    c.baseUrl = baseUrl;
    return c;
}

int maxInAnyWindow(QList<qint64> ms, qint64 windowMs)
{
    std::sort(ms.begin(), ms.end());
    int worst = 0;
    for (qsizetype i = 0, j = 0; i < ms.size(); ++i) {
        while (j < ms.size() && ms[j] - ms[i] < windowMs)
            ++j;
        worst = std::max(worst, static_cast<int>(j - i));
    }
    return worst;
}

} // namespace

class TestHttpExecutor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void successOffTheCallingThread();
    void retryAfterSecondsThenSuccess();
    void retryAfterDateThenSuccess();
    void unavailableTwiceThenSuccess();
    void twilio20429IsRetried();
    void badRequestIsPermanentWithProviderText();
    void unauthorizedIsAuthAndMasksKeys();
    void timeoutAfterSendingIsAmbiguousAndNotRetried();
    void timeoutRetriedWithIdempotencyKey();
    void closedMidResponseIsAmbiguous();
    void closedBeforeAnswerIsAmbiguous();
    void serverErrorRetriedOnlyWithKey();
    void refusedConnectionRetriedThenFails();
    void malformedJsonOnSuccessIsAmbiguous();
    void cancellationAbortsTheRequest();
    void cancellationDuringBackoff();
    void concurrencyCapPerProvider();
    void rateLimitPerProvider();
    void unknownProviderIsRejected();
    void shutdownAbortsRequestsInFlight();
    void tlsWithTestCaIsAccepted();
    void tlsWithoutCaIsRejected();
    void pinnedRequestNeverLeavesItsProvider();
    void plainHttpOnlyToLoopback();
    void responseBodyIsCapped();

private:
    QTemporaryDir m_dir;
    TestTlsFiles m_tls;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<FakeHttpServer> m_tlsServer;
    std::unique_ptr<NetExecutor> m_exec;
};

void TestHttpExecutor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_tls = TestTlsFiles::generate(m_dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_tlsServer = std::make_unique<FakeHttpServer>(FakeHttpServer::Tls{m_tls.certFile, m_tls.keyFile});
    QVERIFY2(m_tlsServer->start(), qPrintable(m_tlsServer->error()));

    m_exec = std::make_unique<NetExecutor>(4);
    const auto fake = m_exec->setProvider(provider(u"fake"_s, m_server->url(u"/api"_s)));
    QVERIFY2(fake.ok(), qPrintable(fake.ok() ? QString() : fake.error().detail));
    ProviderConfig tls = provider(u"tls"_s, m_tlsServer->url());
    tls.caFile = m_tls.caFile;
    QVERIFY(m_exec->setProvider(tls).ok());
    QVERIFY(m_exec->setProvider(provider(u"tls-no-ca"_s, m_tlsServer->url())).ok());
    ProviderConfig badCa = provider(u"bad-ca"_s, m_tlsServer->url());
    badCa.caFile = m_dir.filePath(u"missing.pem"_s);
    QVERIFY(!m_exec->setProvider(badCa).ok());
}

void TestHttpExecutor::cleanupTestCase()
{
    m_exec.reset();
    m_server.reset();
    m_tlsServer.reset();
}

void TestHttpExecutor::successOffTheCallingThread()
{
    m_server->enqueue("/api/v1/ok", FakeBehaviour::json(201, R"({"sid":"SM1"})", 200));
    HttpRequest r = post(u"/v1/ok?x=1"_s);
    r.setBasicAuth(u"AC123"_s, u"token"_s);
    const Future f = m_exec->send(r, fastRetries());
    QVERIFY(!f.isFinished()); // the answer comes 200 ms later: send() did not block
    QTRY_COMPARE(m_exec->threads().activeThreadCount(), 1);
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0); // never the global pool
    QVERIFY(finishes(f));
    const auto res = f.result();
    QVERIFY2(res.ok(), qPrintable(describe(res)));
    QCOMPARE(res.value().status, 201);
    QCOMPARE(res.value().body, QByteArray(R"({"sid":"SM1"})"));
    QCOMPARE(res.value().attempts, 1);
    const auto seen = m_server->requests("/api/v1/ok");
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0].method, QByteArray("POST"));
    QCOMPARE(seen[0].target, QByteArray("/api/v1/ok?x=1"));
    QCOMPARE(seen[0].header("Authorization"), QByteArray("Basic ") + QByteArray("AC123:token").toBase64());
    QCOMPARE(seen[0].header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(seen[0].body, r.body);
}

void TestHttpExecutor::retryAfterSecondsThenSuccess()
{
    m_server->enqueue("/api/v1/ra", FakeBehaviour::tooManyRequests(1));
    m_server->enqueue("/api/v1/ra", FakeBehaviour::json(200, R"({"ok":true})"));
    const Future f = m_exec->send(post(u"/v1/ra"_s), fastRetries());
    QVERIFY(finishes(f));
    QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
    QCOMPARE(f.result().value().attempts, 2);
    const auto seen = m_server->requests("/api/v1/ra");
    QCOMPARE(seen.size(), 2);
    QVERIFY2(seen[1].receivedMs - seen[0].receivedMs >= 1000,
        qPrintable(QString::number(seen[1].receivedMs - seen[0].receivedMs)));
}

void TestHttpExecutor::retryAfterDateThenSuccess()
{
    QDateTime when = QDateTime::currentDateTimeUtc().addSecs(2);
    when.setTime(QTime(when.time().hour(), when.time().minute(), when.time().second())); // HTTP dates have seconds
    m_server->enqueue("/api/v1/rad", FakeBehaviour::tooManyRequestsUntil(when));
    m_server->enqueue("/api/v1/rad", FakeBehaviour::json(200, R"({"ok":true})"));
    const Future f = m_exec->send(post(u"/v1/rad"_s), fastRetries());
    QVERIFY(finishes(f));
    QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
    const auto seen = m_server->requests("/api/v1/rad");
    QCOMPARE(seen.size(), 2);
    QVERIFY2(seen[1].receivedAt >= when, qPrintable(seen[1].receivedAt.toString(Qt::ISODateWithMs)));
}

void TestHttpExecutor::unavailableTwiceThenSuccess()
{
    m_server->enqueue("/api/v1/busy", FakeBehaviour::serverError(503));
    m_server->enqueue("/api/v1/busy", FakeBehaviour::serverError(503));
    m_server->enqueue("/api/v1/busy", FakeBehaviour::json(200, R"({"ok":true})"));
    const Future f = m_exec->send(post(u"/v1/busy"_s), fastRetries(3));
    QVERIFY(finishes(f));
    QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
    QCOMPARE(f.result().value().attempts, 3);
    QCOMPARE(m_server->requestCount("/api/v1/busy"), 3);
}

void TestHttpExecutor::twilio20429IsRetried()
{
    m_server->enqueue("/api/v1/sms", FakeBehaviour::twilioTooManyRequests());
    m_server->enqueue("/api/v1/sms", FakeBehaviour::json(201, R"({"sid":"SM2","status":"queued"})"));
    const Future f = m_exec->send(post(u"/v1/sms"_s), fastRetries());
    QVERIFY(finishes(f));
    QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
    QCOMPARE(m_server->requestCount("/api/v1/sms"), 2);

    // Attempts used up: the final error is retryable and keeps Twilio's code.
    m_server->setFallback("/api/v1/sms-busy", FakeBehaviour::twilioTooManyRequests());
    const Future g = m_exec->send(post(u"/v1/sms-busy"_s), fastRetries(2));
    QVERIFY(finishes(g));
    QVERIFY(!g.result().ok());
    const Error e = g.result().error();
    QCOMPARE(outcomeOf(e), Outcome::Retryable);
    QVERIFY(e.retryable);
    QCOMPARE(providerCodeOf(e), u"20429"_s);
    QCOMPARE(m_server->requestCount("/api/v1/sms-busy"), 2);
}

void TestHttpExecutor::badRequestIsPermanentWithProviderText()
{
    m_server->enqueue("/api/v1/bad",
        FakeBehaviour::json(400,
            R"({"code": 21211, "message": "The 'To' number +1555 is not a )"
            R"(valid phone number.", "status": 400})"));
    const Future f = m_exec->send(post(u"/v1/bad"_s), fastRetries());
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    const Error e = f.result().error();
    QCOMPARE(e.kind, Error::Kind::Validation);
    QCOMPARE(outcomeOf(e), Outcome::Permanent);
    QCOMPARE(httpStatusOf(e), 400);
    QCOMPARE(providerCodeOf(e), u"21211"_s);
    QVERIFY2(e.detail.contains(u"HTTP 400"), qPrintable(e.detail));
    QVERIFY2(e.detail.contains(u"The 'To' number +1555 is not a valid phone number."), qPrintable(e.detail));
    QVERIFY(!e.userMessage.isEmpty());
    QCOMPARE(m_server->requestCount("/api/v1/bad"), 1); // never retried
}

void TestHttpExecutor::unauthorizedIsAuthAndMasksKeys()
{
    const QString key = u"sk_test_51HxYzAbCdEfGh"_s;
    m_server->enqueue("/api/v1/auth",
        FakeBehaviour::json(401,
            R"({"error": {"type": "invalid_request_error", "message": )"
            R"("Invalid API Key provided: sk_test_51HxYzAbCdEfGh"}})"));
    HttpRequest r = post(u"/v1/auth"_s);
    r.setBearerToken(key);
    const Future f = m_exec->send(r, fastRetries());
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    const Error e = f.result().error();
    QCOMPARE(e.kind, Error::Kind::Auth);
    QCOMPARE(outcomeOf(e), Outcome::Permanent);
    QVERIFY2(e.detail.contains(u"HTTP 401") && e.detail.contains(u"Invalid API Key provided"), qPrintable(e.detail));
    QVERIFY2(!e.detail.contains(key), qPrintable(e.detail));
    QCOMPARE(m_server->requests("/api/v1/auth").value(0).header("Authorization"), "Bearer " + key.toUtf8());
    QCOMPARE(m_server->requestCount("/api/v1/auth"), 1);
}

void TestHttpExecutor::timeoutAfterSendingIsAmbiguousAndNotRetried()
{
    m_server->setFallback("/api/v1/slow", FakeBehaviour::neverAnswer());
    HttpRequest r = post(u"/v1/slow"_s);
    r.timeoutMs = 300;
    const Future f = m_exec->send(r, fastRetries(3));
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    const Error e = f.result().error();
    QCOMPARE(outcomeOf(e), Outcome::Ambiguous);
    QCOMPARE(e.kind, Error::Kind::Network);
    QVERIFY(!e.retryable);
    QVERIFY2(e.detail.contains(u"timeout"), qPrintable(e.detail));
    QCOMPARE(m_server->requestCount("/api/v1/slow"), 1); // no idempotency key: never sent twice
}

void TestHttpExecutor::timeoutRetriedWithIdempotencyKey()
{
    m_server->enqueue("/api/v1/slow-key", FakeBehaviour::neverAnswer());
    m_server->enqueue("/api/v1/slow-key", FakeBehaviour::json(200, R"({"id":"pi_1"})"));
    HttpRequest r = post(u"/v1/slow-key"_s);
    r.timeoutMs = 300;
    r.idempotencyKey = u"outbox-42"_s;
    const Future f = m_exec->send(r, fastRetries(3));
    QVERIFY(finishes(f));
    QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
    QCOMPARE(f.result().value().attempts, 2);
    const auto seen = m_server->requests("/api/v1/slow-key");
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[0].header("Idempotency-Key"), QByteArray("outbox-42"));
    QCOMPARE(seen[1].header("Idempotency-Key"), QByteArray("outbox-42"));
}

void TestHttpExecutor::closedMidResponseIsAmbiguous()
{
    m_server->setFallback("/api/v1/cut", FakeBehaviour::closeAfterHeaders(200, R"({"sid":"SM)"));
    const Future f = m_exec->send(post(u"/v1/cut"_s), fastRetries(3));
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    const Error e = f.result().error();
    QCOMPARE(outcomeOf(e), Outcome::Ambiguous);
    QVERIFY2(e.detail.contains(u"middle of the response"), qPrintable(e.detail));
    QCOMPARE(m_server->requestCount("/api/v1/cut"), 1);
}

void TestHttpExecutor::closedBeforeAnswerIsAmbiguous()
{
    m_server->setFallback("/api/v1/drop", FakeBehaviour::closeImmediately());
    const Future f = m_exec->send(post(u"/v1/drop"_s), fastRetries(3));
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    QCOMPARE(outcomeOf(f.result().error()), Outcome::Ambiguous);
    QCOMPARE(m_server->requestCount("/api/v1/drop"), 1); // the request was read: it may have been acted on

    // Qt must not re-send it behind our back either, even without a body.
    HttpRequest empty = post(u"/v1/drop-empty"_s);
    empty.body.clear();
    m_server->setFallback("/api/v1/drop-empty", FakeBehaviour::closeImmediately());
    const Future g = m_exec->send(empty, fastRetries(3));
    QVERIFY(finishes(g));
    QVERIFY(!g.result().ok());
    QCOMPARE(outcomeOf(g.result().error()), Outcome::Ambiguous);
    const auto seen = m_server->requests("/api/v1/drop-empty");
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0].header("Content-Length"), QByteArray("0"));
}

void TestHttpExecutor::serverErrorRetriedOnlyWithKey()
{
    m_server->setFallback("/api/v1/boom", FakeBehaviour::serverError(500));
    const Future f = m_exec->send(post(u"/v1/boom"_s), fastRetries(3));
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    QCOMPARE(outcomeOf(f.result().error()), Outcome::Ambiguous);
    QCOMPARE(httpStatusOf(f.result().error()), 500);
    QCOMPARE(m_server->requestCount("/api/v1/boom"), 1);

    m_server->enqueue("/api/v1/boom-key", FakeBehaviour::serverError(500));
    m_server->enqueue("/api/v1/boom-key", FakeBehaviour::json(200, R"({"id":"re_1"})"));
    HttpRequest r = post(u"/v1/boom-key"_s);
    r.idempotencyKey = u"outbox-43"_s;
    const Future g = m_exec->send(r, fastRetries(3));
    QVERIFY(finishes(g));
    QVERIFY2(g.result().ok(), qPrintable(describe(g.result())));
    QCOMPARE(m_server->requestCount("/api/v1/boom-key"), 2);
}

void TestHttpExecutor::refusedConnectionRetriedThenFails()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    } // closed: nothing listens there now
    QUrl base(u"http://127.0.0.1"_s);
    base.setPort(closedPort);
    QVERIFY(m_exec->setProvider(provider(u"closed"_s, base)).ok());
    const Future f = m_exec->send(post(u"/v1/x"_s, u"closed"_s), fastRetries(3));
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    const Error e = f.result().error();
    QCOMPARE(outcomeOf(e), Outcome::Retryable);
    QCOMPARE(e.kind, Error::Kind::Network);
    QVERIFY(e.retryable);
    QVERIFY2(e.detail.contains(u"refused") && e.detail.contains(u"nothing sent") && e.detail.contains(u"attempt 3"),
        qPrintable(e.detail));
}

void TestHttpExecutor::malformedJsonOnSuccessIsAmbiguous()
{
    m_server->setFallback("/api/v1/garbled", FakeBehaviour::malformedJson(200));
    const Future f = m_exec->send(post(u"/v1/garbled"_s), fastRetries(3));
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    const Error e = f.result().error();
    QCOMPARE(outcomeOf(e), Outcome::Ambiguous);
    QCOMPARE(httpStatusOf(e), 200);
    QVERIFY(!e.userMessage.isEmpty());
    QVERIFY2(e.detail.contains(u"malformed") && e.detail.contains(u"SM123"), qPrintable(e.detail));
    QCOMPARE(m_server->requestCount("/api/v1/garbled"), 1);
}

void TestHttpExecutor::cancellationAbortsTheRequest()
{
    m_server->setFallback("/api/v1/hang", FakeBehaviour::neverAnswer());
    const int abandoned = m_server->abandonedByClient();
    HttpRequest r = post(u"/v1/hang"_s);
    r.timeoutMs = 60000;
    Future f = m_exec->send(r, fastRetries(3));
    QTRY_COMPARE(m_server->requestCount("/api/v1/hang"), 1);
    f.cancel();
    QTRY_VERIFY(f.isFinished()); // the job ended long before its 60 s timeout
    QVERIFY(f.isCanceled());
    QCOMPARE(f.resultCount(), 0);
    QTRY_COMPARE(m_server->abandonedByClient(), abandoned + 1); // the connection was aborted
    QTRY_COMPARE(m_exec->threads().activeThreadCount(), 0);
    QCOMPARE(m_server->requestCount("/api/v1/hang"), 1);
}

void TestHttpExecutor::cancellationDuringBackoff()
{
    m_server->setFallback("/api/v1/later", FakeBehaviour::tooManyRequests(30));
    Future f = m_exec->send(post(u"/v1/later"_s), fastRetries(3));
    QTRY_COMPARE(m_server->requestCount("/api/v1/later"), 1);
    QTest::qWait(100); // now sleeping for the 30 s Retry-After
    f.cancel();
    QTRY_VERIFY(f.isFinished());
    QVERIFY(f.isCanceled());
    QTRY_COMPARE(m_exec->threads().activeThreadCount(), 0);
    QCOMPARE(m_server->requestCount("/api/v1/later"), 1);
}

void TestHttpExecutor::concurrencyCapPerProvider()
{
    FakeHttpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    server.setFallback("/slow", FakeBehaviour::json(200, R"({"ok":true})", 150));
    ProviderConfig capped = provider(u"capped"_s, server.url());
    capped.concurrency = 2;
    QVERIFY(m_exec->setProvider(capped).ok());
    QList<Future> futures;
    for (int i = 0; i < 6; ++i)
        futures.append(m_exec->send(post(u"/slow"_s, u"capped"_s), fastRetries()));
    for (const Future &f : futures) {
        QVERIFY(finishes(f));
        QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
    }
    QCOMPARE(server.requestCount("/slow"), 6);
    QCOMPARE(server.maxPending(), 2); // 4 worker threads, never more than 2 requests at the provider
}

void TestHttpExecutor::rateLimitPerProvider()
{
    FakeHttpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    server.setFallback("/rl", FakeBehaviour::json(200, R"({"ok":true})"));
    ProviderConfig limited = provider(u"limited"_s, server.url());
    limited.ratePerSec = 4;
    limited.burst = 4;
    QVERIFY(m_exec->setProvider(limited).ok());
    QList<Future> futures;
    for (int i = 0; i < 10; ++i)
        futures.append(m_exec->send(post(u"/rl"_s, u"limited"_s), fastRetries()));
    for (const Future &f : futures) {
        QVERIFY(finishes(f));
        QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
    }
    QList<qint64> received;
    for (const ReceivedRequest &r : server.requests("/rl"))
        received.append(r.receivedMs);
    QCOMPARE(received.size(), 10);
    QVERIFY2(maxInAnyWindow(received, 1000) <= 4, qPrintable(QString::number(maxInAnyWindow(received, 1000))));
}

void TestHttpExecutor::unknownProviderIsRejected()
{
    const Future f = m_exec->send(post(u"/v1/x"_s, u"nobody"_s));
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    QCOMPARE(f.result().error().kind, Error::Kind::Validation);
}

void TestHttpExecutor::shutdownAbortsRequestsInFlight()
{
    NetExecutor exec(2);
    QVERIFY(exec.setProvider(provider(u"fake"_s, m_server->url(u"/api"_s))).ok());
    m_server->setFallback("/api/v1/stuck", FakeBehaviour::neverAnswer());
    HttpRequest r = post(u"/v1/stuck"_s);
    r.timeoutMs = 60000;
    const Future f = exec.send(r);
    QTRY_COMPARE(m_server->requestCount("/api/v1/stuck"), 1);
    exec.shutdown(10000); // returns once the job has aborted its request
    QVERIFY(f.isFinished());
    QVERIFY(!f.result().ok());
    QCOMPARE(f.result().error().kind, Error::Kind::Cancelled);
    const Future late = exec.send(r); // refused at once after shutdown
    QVERIFY(late.isFinished());
    QCOMPARE(late.result().error().kind, Error::Kind::Cancelled);
    QCOMPARE(m_server->requestCount("/api/v1/stuck"), 1);
}

void TestHttpExecutor::tlsWithTestCaIsAccepted()
{
    m_tlsServer->enqueue("/v1/secure", FakeBehaviour::json(200, R"({"devices":[]})"));
    HttpRequest r = HttpRequest::get(QUrl(u"/v1/secure"_s));
    r.providerId = u"tls"_s;
    const Future f = m_exec->send(r, fastRetries());
    QVERIFY(finishes(f));
    QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
    QCOMPARE(f.result().value().body, QByteArray(R"({"devices":[]})"));
    QVERIFY(m_tlsServer->tlsHandshakes() >= 1);
}

void TestHttpExecutor::tlsWithoutCaIsRejected()
{
    m_tlsServer->setFallback("/v1/secure-no-ca", FakeBehaviour::json(200, R"({"devices":[]})"));
    HttpRequest r = HttpRequest::get(QUrl(u"/v1/secure-no-ca"_s));
    r.providerId = u"tls-no-ca"_s;
    const Future f = m_exec->send(r, fastRetries(3));
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    const Error e = f.result().error();
    QCOMPARE(outcomeOf(e), Outcome::Permanent);
    QCOMPARE(e.kind, Error::Kind::Network);
    QVERIFY2(e.detail.contains(u"TLS"), qPrintable(e.detail));
    QCOMPARE(m_tlsServer->requestCount("/v1/secure-no-ca"), 0); // nothing was sent over an unverified connection
}

void TestHttpExecutor::pinnedRequestNeverLeavesItsProvider()
{
    // An outbox row can be written by any database user: an absolute URL must not take the provider's credentials
    // to another host.
    FakeHttpServer attacker;
    QVERIFY2(attacker.start(), qPrintable(attacker.error()));
    attacker.setFallback("/steal", FakeBehaviour::json(200, R"({"ok":true})"));
    m_server->setFallback("/api/v1/pinned", FakeBehaviour::json(200, R"({"ok":true})"));
    const int before = m_server->requestCount();

    HttpRequest away = post(attacker.url(u"/steal"_s).toString());
    away.pinnedToProvider = true;
    away.setBasicAuth(u"AC123"_s, u"token"_s);
    Future f = m_exec->send(away, fastRetries());
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    QCOMPARE(f.result().error().kind, Error::Kind::Validation);
    QCOMPARE(outcomeOf(f.result().error()), Outcome::Permanent);
    QVERIFY2(f.result().error().userMessage.contains(u"outside the address"_s), qPrintable(describe(f.result())));
    QCOMPARE(attacker.requestCount(), 0);

    HttpRequest home = post(u"/v1/pinned"_s);
    home.pinnedToProvider = true;
    f = m_exec->send(home, fastRetries());
    QVERIFY(finishes(f));
    QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
    QCOMPARE(m_server->requestCount(), before + 1);
    QCOMPARE(attacker.requestCount(), 0);
}

void TestHttpExecutor::plainHttpOnlyToLoopback()
{
    // A plain-http base URL on a host that is not loopback is refused before any lookup or connection (the name is
    // under .invalid, so nothing could answer it anyway; the old executor tried to reach it and failed otherwise).
    FakeHttpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    server.setFallback("/v1/x", FakeBehaviour::json(200, R"({"ok":true})"));
    NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"plain"_s, QUrl(u"http://acs.invalid:%1"_s.arg(server.port())))).ok());
    QVERIFY(exec.setProvider(provider(u"local"_s, QUrl(u"http://localhost:%1"_s.arg(server.port())))).ok());
    Future f = exec.send(post(u"/v1/x"_s, u"plain"_s), fastRetries());
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    QCOMPARE(f.result().error().kind, Error::Kind::Validation);
    QVERIFY2(f.result().error().userMessage.contains(u"https://"_s), qPrintable(describe(f.result())));
    QCOMPARE(server.requestCount(), 0);

    QVERIFY(isAllowedBaseUrl(QUrl(u"https://api.twilio.com"_s)));
    QVERIFY(isAllowedBaseUrl(QUrl(u"http://127.0.0.2:4010"_s)));
    QVERIFY(isAllowedBaseUrl(QUrl(u"http://[::1]:4010"_s)));
    QVERIFY(isAllowedBaseUrl(QUrl(u"http://LOCALHOST"_s)));
    QVERIFY(!isAllowedBaseUrl(QUrl(u"http://acs.local:7557"_s)));
    QVERIFY(!isAllowedBaseUrl(QUrl(u"http://128.0.0.1"_s)));
    QVERIFY(!isAllowedBaseUrl(QUrl(u"ftp://127.0.0.1"_s)));
}

void TestHttpExecutor::responseBodyIsCapped()
{
    NetExecutor exec(1);
    ProviderConfig capped = provider(u"capped"_s, m_server->url(u"/cap"_s));
    capped.maxResponseBytes = 64 * 1024;
    QVERIFY(exec.setProvider(capped).ok());
    QCOMPARE(ProviderConfig().maxResponseBytes, 8 * 1024 * 1024); // the default

    const QByteArray huge = "{\"data\":\"" + QByteArray(4 * 1024 * 1024, 'x') + "\"}";
    m_server->enqueue("/cap/v1/huge", FakeBehaviour::json(200, huge));
    HttpRequest get = HttpRequest::get(QUrl(u"/v1/huge"_s));
    get.providerId = u"capped"_s;
    Future f = exec.send(get, fastRetries());
    QVERIFY(finishes(f));
    QVERIFY2(!f.result().ok(), qPrintable(describe(f.result()).left(200)));
    QCOMPARE(outcomeOf(f.result().error()), Outcome::Permanent); // a GET: never retried into the same answer
    QVERIFY2(f.result().error().userMessage.contains(u"larger than the limit"_s), qPrintable(describe(f.result())));
    QVERIFY2(f.result().error().detail.contains(u"answer too large"_s), qPrintable(f.result().error().detail));
    QCOMPARE(m_server->requestCount("/cap/v1/huge"), 1);

    // A POST answered 2xx was carried out: too large to read makes it ambiguous, not failed.
    m_server->enqueue("/cap/v1/post", FakeBehaviour::json(201, huge));
    HttpRequest p = post(u"/v1/post"_s, u"capped"_s);
    f = exec.send(p, fastRetries());
    QVERIFY(finishes(f));
    QVERIFY(!f.result().ok());
    QCOMPARE(outcomeOf(f.result().error()), Outcome::Ambiguous);

    // Under the cap: read as usual.
    m_server->enqueue("/cap/v1/small", FakeBehaviour::json(200, R"({"ok":true})"));
    HttpRequest small = HttpRequest::get(QUrl(u"/v1/small"_s));
    small.providerId = u"capped"_s;
    f = exec.send(small, fastRetries());
    QVERIFY(finishes(f));
    QVERIFY2(f.result().ok(), qPrintable(describe(f.result())));
}

QTEST_GUILESS_MAIN(TestHttpExecutor)
#include "TestHttpExecutor.moc"
