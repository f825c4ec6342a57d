// RetryPolicy and outcome classification: back-off bounds and jitter, Retry-After (seconds and HTTP dates, capped),
// which outcomes are retried (ambiguous ones only with an idempotency key or a safe method), and what an Error keeps.
#include <set>

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include "core/net/HttpRequest.h"
#include "core/net/HttpResponse.h"
#include "core/net/Outcome.h"
#include "core/net/RetryPolicy.h"

using namespace ops;
using namespace ops::net;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ops::net::Outcome)
Q_DECLARE_METATYPE(ops::Error::Kind)
Q_DECLARE_METATYPE(ops::net::AttemptResult::Transport)

namespace {

HttpResponse withRetryAfter(const QByteArray &value)
{
    HttpResponse r;
    r.status = 429;
    r.headers = {{"Retry-After", value}};
    return r;
}

HttpRequest request(const QByteArray &method, const QString &key = {})
{
    HttpRequest r;
    r.method = method;
    r.url = QUrl(u"https://api.example.test/v1/things"_s);
    r.idempotencyKey = key;
    return r;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void backoffCeilingDoublesUpToCap();
    void backoffBoundsFromInjectedRng();
    void jitterSpreadsWithinRange();
    void retryAfterSeconds_data();
    void retryAfterSeconds();
    void retryAfterHttpDate_data();
    void retryAfterHttpDate();
    void retryAfterIsCapped();
    void retryAfterWinsOverShorterBackoff();
    void retryDecisions_data();
    void retryDecisions();
    void classification_data();
    void classification();
    void errorKeepsStatusAndTextButNoSecrets();
};

void TestRetryPolicy::backoffCeilingDoublesUpToCap()
{
    RetryPolicy p;
    p.setBaseDelay(100ms).setMaxDelay(1000ms);
    QCOMPARE(p.backoffCeiling(1), 100ms);
    QCOMPARE(p.backoffCeiling(2), 200ms);
    QCOMPARE(p.backoffCeiling(3), 400ms);
    QCOMPARE(p.backoffCeiling(4), 800ms);
    QCOMPARE(p.backoffCeiling(5), 1000ms);
    QCOMPARE(p.backoffCeiling(64), 1000ms); // no overflow far past the cap
}

void TestRetryPolicy::backoffBoundsFromInjectedRng()
{
    RetryPolicy p;
    p.setBaseDelay(100ms).setMaxDelay(1000ms);
    double u = 0.0;
    p.setRng([&u] { return u; });
    for (int retry = 1; retry <= 6; ++retry) {
        u = 0.0;
        QCOMPARE(p.backoff(retry), 0ms);
        u = 0.999999;
        QCOMPARE(p.backoff(retry), p.backoffCeiling(retry));
        u = 0.5;
        const auto half = p.backoff(retry).count();
        QVERIFY2(std::abs(half - p.backoffCeiling(retry).count() / 2) <= 1, qPrintable(QString::number(half)));
    }
    u = 7.0; // a broken RNG cannot push the delay past the ceiling
    QCOMPARE(p.backoff(3), 400ms);
    u = -1.0;
    QCOMPARE(p.backoff(3), 0ms);
}

void TestRetryPolicy::jitterSpreadsWithinRange()
{
    RetryPolicy p; // default RNG
    p.setBaseDelay(100ms).setMaxDelay(10000ms);
    std::set<qint64> seen;
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = -1;
    for (int i = 0; i < 2000; ++i) {
        const qint64 d = p.backoff(3).count(); // ceiling 400 ms
        QVERIFY2(d >= 0 && d <= 400, qPrintable(QString::number(d)));
        lo = std::min(lo, d);
        hi = std::max(hi, d);
        seen.insert(d);
    }
    // Full jitter: the whole range is used, not a fixed delay (failure odds are below 1e-200).
    QVERIFY2(lo < 100 && hi > 300, qPrintable(u"min %1 max %2"_s.arg(lo).arg(hi)));
    QVERIFY(seen.size() > 100);
}

void TestRetryPolicy::retryAfterSeconds_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: not understood
    QTest::newRow("120") << QByteArray("120") << qint64(120000);
    QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("huge") << QByteArray("99999999999999999999") << qint64(366LL * 24 * 3600 * 1000);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("text") << QByteArray("soon") << qint64(-1);
}

void TestRetryPolicy::retryAfterSeconds()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const auto d = RetryPolicy::parseRetryAfter(value, QDateTime::currentDateTimeUtc());
    if (expectedMs < 0) {
        QVERIFY(!d);
    } else {
        QVERIFY(d);
        QCOMPARE(d->count(), expectedMs);
    }
}

void TestRetryPolicy::retryAfterHttpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: not understood
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(30000);
    QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:28:00 GMT") << qint64(30000);
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:00 2015") << qint64(30000);
    QTest::newRow("asctime one-digit day") << QByteArray("Thu Oct  1 07:27:30 2015") << qint64(-2);
    QTest::newRow("in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    QTest::newRow("next day") << QByteArray("Thu, 22 Oct 2015 07:27:30 GMT") << qint64(86400000);
    QTest::newRow("invalid day") << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT") << qint64(-1);
    QTest::newRow("numeric zone") << QByteArray("Wed, 21 Oct 2015 07:28:00 +0000") << qint64(-1);
    QTest::newRow("bad month") << QByteArray("Wed, 21 Okt 2015 07:28:00 GMT") << qint64(-1);
}

void TestRetryPolicy::retryAfterHttpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now = utc(2015, 10, 21, 7, 27, 30);
    const auto d = RetryPolicy::parseRetryAfter(value, now);
    if (expectedMs == -1) {
        QVERIFY(!d);
        return;
    }
    QVERIFY(d);
    if (expectedMs == -2) // a date three weeks back: parsed, and in the past
        QCOMPARE(d->count(), 0);
    else
        QCOMPARE(d->count(), expectedMs);
    QCOMPARE(RetryPolicy::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), utc(1994, 11, 6, 8, 49, 37));
}

void TestRetryPolicy::retryAfterIsCapped()
{
    RetryPolicy p;
    p.setRng([] { return 0.0; }).setMaxRetryAfter(30s);
    const QDateTime now = utc(2026, 3, 2, 12, 0, 0);
    QCOMPARE(p.delayBeforeRetry(1, withRetryAfter("3600"), now), 30000ms);
    QCOMPARE(p.delayBeforeRetry(1, withRetryAfter("Mon, 02 Mar 2026 13:00:00 GMT"), now), 30000ms);
    QCOMPARE(p.delayBeforeRetry(1, withRetryAfter("12"), now), 12000ms); // below the cap: as asked
}

void TestRetryPolicy::retryAfterWinsOverShorterBackoff()
{
    const QDateTime now = utc(2026, 3, 2, 12, 0, 0);
    RetryPolicy p;
    p.setBaseDelay(5000ms).setMaxDelay(5000ms);
    p.setRng([] { return 0.0; });
    QCOMPARE(p.delayBeforeRetry(1, withRetryAfter("2"), now), 2000ms);
    QCOMPARE(p.delayBeforeRetry(1, withRetryAfter("Mon, 02 Mar 2026 12:00:03 GMT"), now), 3000ms);
    QCOMPARE(p.delayBeforeRetry(1, withRetryAfter("garbage"), now), 0ms); // unreadable: plain back-off
    p.setRng([] { return 0.999999; });
    QCOMPARE(p.delayBeforeRetry(1, withRetryAfter("2"), now), 5000ms); // the longer of the two
    QCOMPARE(p.delayBeforeRetry(1, HttpResponse(), now), 5000ms);
}

void TestRetryPolicy::retryDecisions_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<bool>("retry");
    const QString none;
    const QString key = u"outbox-17"_s;
    QTest::newRow("retryable") << Outcome::Retryable << QByteArray("POST") << none << 1 << true;
    QTest::newRow("retryable, attempts used up") << Outcome::Retryable << QByteArray("POST") << none << 3 << false;
    QTest::newRow("ambiguous POST, no key") << Outcome::Ambiguous << QByteArray("POST") << none << 1 << false;
    QTest::newRow("ambiguous POST, key") << Outcome::Ambiguous << QByteArray("POST") << key << 1 << true;
    QTest::newRow("ambiguous POST, key, used up") << Outcome::Ambiguous << QByteArray("POST") << key << 3 << false;
    QTest::newRow("ambiguous DELETE, no key") << Outcome::Ambiguous << QByteArray("DELETE") << none << 1 << false;
    QTest::newRow("ambiguous GET") << Outcome::Ambiguous << QByteArray("GET") << none << 1 << true;
    QTest::newRow("permanent, key") << Outcome::Permanent << QByteArray("POST") << key << 1 << false;
    QTest::newRow("success") << Outcome::Success << QByteArray("GET") << none << 1 << false;
}

void TestRetryPolicy::retryDecisions()
{
    QFETCH(Outcome, outcome);
    QFETCH(QByteArray, method);
    QFETCH(QString, key);
    QFETCH(int, attemptsMade);
    QFETCH(bool, retry);
    RetryPolicy p;
    p.setMaxAttempts(3);
    QCOMPARE(p.shouldRetry(outcome, request(method, key), attemptsMade), retry);
    QVERIFY(!RetryPolicy::noRetry().shouldRetry(outcome, request(method, key), 1));
}

void TestRetryPolicy::classification_data()
{
    using T = AttemptResult::Transport;
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("transport");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Error::Kind>("kind");
    const QString none;
    const QString key = u"k1"_s;
    const QByteArray post("POST");
    const QByteArray get("GET");
    const auto done = int(T::Completed);
    const QByteArray json(R"({"id":"x"})");
    QTest::newRow("200") << post << none << done << true << 200 << json << Outcome::Success << Error::Kind::Internal;
    QTest::newRow("200 malformed") << post << none << done << true << 200 << QByteArray(R"({"id":)")
                                   << Outcome::Ambiguous << Error::Kind::Network;
    QTest::newRow("400") << post << none << done << true << 400 << json << Outcome::Permanent
                         << Error::Kind::Validation;
    QTest::newRow("422") << post << key << done << true << 422 << json << Outcome::Permanent << Error::Kind::Validation;
    QTest::newRow("401") << get << none << done << true << 401 << QByteArray() << Outcome::Permanent
                         << Error::Kind::Auth;
    QTest::newRow("403") << post << none << done << true << 403 << json << Outcome::Permanent << Error::Kind::Auth;
    QTest::newRow("404") << get << none << done << true << 404 << json << Outcome::Permanent << Error::Kind::NotFound;
    QTest::newRow("409") << post << key << done << true << 409 << json << Outcome::Permanent << Error::Kind::Conflict;
    QTest::newRow("418") << post << none << done << true << 418 << json << Outcome::Permanent
                         << Error::Kind::Validation;
    QTest::newRow("429") << post << none << done << true << 429 << json << Outcome::Retryable
                         << Error::Kind::Unavailable;
    QTest::newRow("Twilio 20429 on 400") << post << none << done << true << 400
                                         << QByteArray(R"({"code": 20429, "message": "Too Many Requests"})")
                                         << Outcome::Retryable << Error::Kind::Unavailable;
    QTest::newRow("500 POST") << post << none << done << true << 500 << json << Outcome::Ambiguous
                              << Error::Kind::Unavailable;
    QTest::newRow("500 POST key") << post << key << done << true << 500 << json << Outcome::Ambiguous
                                  << Error::Kind::Unavailable;
    QTest::newRow("500 GET") << get << none << done << true << 500 << json << Outcome::Retryable
                             << Error::Kind::Unavailable;
    QTest::newRow("502 POST") << post << none << done << true << 502 << json << Outcome::Ambiguous
                              << Error::Kind::Unavailable;
    QTest::newRow("502 POST key") << post << key << done << true << 502 << json << Outcome::Retryable
                                  << Error::Kind::Unavailable;
    QTest::newRow("503 POST") << post << none << done << true << 503 << json << Outcome::Retryable
                              << Error::Kind::Unavailable;
    QTest::newRow("504 GET") << get << none << done << true << 504 << json << Outcome::Retryable
                             << Error::Kind::Unavailable;
    QTest::newRow("refused") << post << none << int(T::Refused) << false << 0 << QByteArray() << Outcome::Retryable
                             << Error::Kind::Network;
    QTest::newRow("host not found") << post << none << int(T::HostNotFound) << false << 0 << QByteArray()
                                    << Outcome::Retryable << Error::Kind::Network;
    QTest::newRow("reset before sending") << post << none << int(T::ConnectionLost) << false << 0 << QByteArray()
                                          << Outcome::Retryable << Error::Kind::Network;
    QTest::newRow("closed after sending") << post << none << int(T::ConnectionLost) << true << 0 << QByteArray()
                                          << Outcome::Ambiguous << Error::Kind::Network;
    QTest::newRow("closed mid-response") << post << none << int(T::ConnectionLost) << true << 200 << json
                                         << Outcome::Ambiguous << Error::Kind::Network;
    QTest::newRow("timeout after sending")
        << post << none << int(T::Timeout) << true << 0 << QByteArray() << Outcome::Ambiguous << Error::Kind::Network;
    QTest::newRow("timeout before sending")
        << post << none << int(T::Timeout) << false << 0 << QByteArray() << Outcome::Retryable << Error::Kind::Network;
    QTest::newRow("TLS") << get << none << int(T::Tls) << false << 0 << QByteArray() << Outcome::Permanent
                         << Error::Kind::Network;
}

void TestRetryPolicy::classification()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, key);
    QFETCH(int, transport);
    QFETCH(bool, sent);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    QFETCH(Error::Kind, kind);
    AttemptResult a;
    a.transport = static_cast<AttemptResult::Transport>(transport);
    a.requestSent = sent;
    a.responseStarted = status > 0;
    a.response.status = status;
    a.response.body = body;
    a.response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    const HttpRequest r = request(method, key);
    const Classification c = classify(r, a);
    QCOMPARE(c.outcome, outcome);
    if (outcome == Outcome::Success)
        return;
    QCOMPARE(c.kind, kind);
    const Error e = makeError(r, a, c, 2);
    QCOMPARE(outcomeOf(e), outcome);
    QCOMPARE(httpStatusOf(e), status);
    QCOMPARE(e.retryable, outcome == Outcome::Retryable);
    QVERIFY(!e.userMessage.isEmpty());
    QVERIFY2(e.detail.contains(u"attempt 2"), qPrintable(e.detail));
}

void TestRetryPolicy::errorKeepsStatusAndTextButNoSecrets()
{
    HttpRequest r = HttpRequest::postForm(QUrl(u"https://AC123:hunter2@api.example.test/Messages.json"_s), "To=1");
    r.setBasicAuth(u"AC123"_s, u"s3cr3t-auth-token"_s);
    r.providerId = u"twilio"_s;
    AttemptResult a;
    a.requestSent = a.responseStarted = true;
    a.response.status = 400;
    a.response.reason = "Bad Request";
    a.response.body = R"({"code": 21211, "message": "The 'To' number 1 is not a valid phone number.", )"
                      R"("echo": "api_key=sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pad": ")"
        + QByteArray(900, 'x') + "\"}";
    const Error e = makeError(r, a, classify(r, a), 1);
    QCOMPARE(e.kind, Error::Kind::Validation);
    QCOMPARE(outcomeOf(e), Outcome::Permanent);
    QCOMPARE(httpStatusOf(e), 400);
    QCOMPARE(providerCodeOf(e), u"21211"_s);
    QVERIFY2(e.detail.contains(u"HTTP 400 Bad Request"), qPrintable(e.detail));
    QVERIFY2(e.detail.contains(u"The 'To' number 1 is not a valid phone number."), qPrintable(e.detail));
    QVERIFY2(e.detail.size() < 800, qPrintable(QString::number(e.detail.size()))); // response text cut at ~500
    for (const QString &secret : {u"hunter2"_s, u"s3cr3t-auth-token"_s, u"sk_test_4eC39HqLyjWDarjtT1zdp7dc"_s,
             QString::fromLatin1(basicAuthorization(u"AC123"_s, u"s3cr3t-auth-token"_s))}) {
        QVERIFY2(!e.detail.contains(secret), qPrintable(e.detail));
        QVERIFY(!e.userMessage.contains(secret));
    }
    QVERIFY(e.userMessage.contains(u"twilio"));
    QVERIFY(!e.userMessage.contains(u"valid phone number")); // the raw provider text stays in detail
    QCOMPARE(outcomeOf(Error::internal(u"x"_s)), Outcome::Permanent); // not from core/net
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
