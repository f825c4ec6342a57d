// Outbox: enqueue commits or rolls back with the business change, concurrent claimers never share a row, outcomes
// are recorded with the provider's real status and text, dead workers' claims follow the idempotency rules (Stripe
// resent with the same key, Twilio marked ambiguous), operator retry/cancel rules, keyset listing, and the worker
// draining to a fake provider with a stable Idempotency-Key across retries.
#include <latch>
#include <set>
#include <thread>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/logging/Log.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxRepository.h"
#include "core/outbox/OutboxWorker.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::outbox;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

// The lease tests: sends to a fake Twilio with no retries and a 1 s lease, far shorter than their 3 s sends.
OutboxWorkerOptions shortLease()
{
    OutboxWorkerOptions options;
    options.sendPolicy = net::RetryPolicy::noRetry();
    options.leaseSeconds = 1;
    return options;
}

QMap<QString, net::ProviderConfig> twilioAt(const QUrl &url)
{
    net::ProviderConfig config;
    config.baseUrl = url;
    return {{u"twilio"_s, config}};
}

OutboxRequest sms(const QString &body, const QString &path = u"/2010-04-01/Accounts/ACtest/Messages.json"_s)
{
    OutboxRequest r;
    r.provider = u"twilio"_s;
    r.operation = u"sms.send"_s;
    r.path = path;
    r.form = {{u"To"_s, u"+15145550100"_s}, {u"From"_s, u"+15145550199"_s}, {u"Body"_s, body}};
    return r;
}

OutboxRequest charge(int cents, const QString &path = u"/v1/payment_intents"_s)
{
    OutboxRequest r;
    r.provider = u"stripe"_s;
    r.operation = u"payment_intent.create"_s;
    r.path = path;
    r.form = {{u"amount"_s, QString::number(cents)}, {u"currency"_s, u"cad"_s}, {u"customer"_s, u"cus_123"_s},
        {u"metadata[invoice]"_s, u"INV-%1"_s.arg(cents)}};
    return r;
}

QString formValue(const QByteArray &body, const QString &key)
{
    const auto items = QUrlQuery(QString::fromUtf8(body)).queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : items) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void enqueueFollowsTheBusinessTransaction();
    void concurrentClaimersNeverShareARow();
    void outcomesKeepTheProvidersText();
    void staleLeaseFollowsIdempotency();
    void retryAndCancelRules();
    void listPagesByKeyset();
    void workerDrainsWithStableIdempotencyKey();
    void buildsTheProviderRequest();
    void workerWakesOnInsert();
    void mailjetPartlyFailedBatchKeepsOnlyTheFailed();
    void ambiguousTwilioSendIsLookedUp();
    void leaseIsRenewedDuringALongSend();
    void windowStaysFullAcrossBatches();
    void rowsArePinnedToTheirProvider();
    void retryWaitsForALiveClaim();
    void claimsCannotStarveLeaseRenewal();
    void sendNowRenewsItsLease();
    void reconciliationNeverReusesARecordedSid();
    void personalDataStaysOutOfTheLog();

private:
    qint64 insertRaw(const QString &provider, const QJsonObject &request);
    std::unique_ptr<db::PgConnection> connect();
    QList<OutboxItem> enqueueAll(const QList<OutboxRequest> &requests);
    qint64 scalar(const char *sql);

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestOutbox::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestOutbox::init()
{
    auto db = m_cluster->freshDatabase(true);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    m_conninfo = db.value();
    m_c = connect();
    QVERIFY(m_c);
}

void TestOutbox::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

std::unique_ptr<db::PgConnection> TestOutbox::connect()
{
    auto c = db::PgConnection::open(m_conninfo);
    return c.ok() ? std::move(c).value() : nullptr;
}

QList<OutboxItem> TestOutbox::enqueueAll(const QList<OutboxRequest> &requests)
{
    QList<OutboxItem> out;
    db::Transaction tx(*m_c);
    for (const auto &r : requests) {
        auto item = OutboxRepository(*m_c).enqueue(r);
        if (!item.ok())
            qWarning("enqueue: %s", qPrintable(item.error().detail + item.error().userMessage));
        else
            out.append(item.value());
    }
    if (!tx.commit().ok())
        out.clear();
    return out;
}

qint64 TestOutbox::scalar(const char *sql)
{
    auto r = m_c->exec(sql);
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0, -1) : -1;
}

void TestOutbox::enqueueFollowsTheBusinessTransaction()
{
    OutboxRepository repo(*m_c);
    QVERIFY(!repo.enqueue(sms(u"outside"_s)).ok()); // no transaction: refused
    {
        db::Transaction tx(*m_c);
        QVERIFY(m_c->exec("UPDATE customers SET display_name = display_name WHERE false").ok()); // the "change"
        auto item = repo.enqueue(sms(u"rolled back"_s));
        QVERIFY(item.ok());
        QCOMPARE(item.value().status, OutboxStatus::Pending);
        tx.rollback();
    }
    QCOMPARE(scalar("SELECT count(*) FROM outbox"), 0);

    OutboxRequest linked = charge(4999);
    linked.businessEntity = u"invoice"_s;
    linked.businessId = 42;
    const auto items = enqueueAll({linked, sms(u"committed"_s)});
    QCOMPARE(items.size(), 2);
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE status = 'pending'"), 2);
    QVERIFY(items.at(0).idempotencyKey.startsWith(u"targo-outbox-"));
    QVERIFY(items.at(0).idempotencyKey != items.at(1).idempotencyKey);
    QCOMPARE(items.at(0).businessId.value_or(0), 42);
    QCOMPARE(items.at(0).request.value(u"method").toString(), u"POST"_s);

    OutboxRequest bad = sms(u"x"_s);
    bad.provider = u"carrier-pigeon"_s;
    db::Transaction tx(*m_c);
    auto refused = repo.enqueue(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
}

void TestOutbox::concurrentClaimersNeverShareARow()
{
    QList<OutboxRequest> requests;
    for (int i = 0; i < 300; ++i)
        requests.append(i % 2 ? sms(u"m%1"_s.arg(i)) : charge(100 + i));
    QCOMPARE(enqueueAll(requests).size(), 300);

    std::vector<qint64> got[3];
    std::atomic<int> errors{0};
    // Every claimer takes its first batch before any of them goes on, so the three loops always overlap, however
    // the machine schedules the threads (one thread could otherwise drain all 300 rows before the others connect).
    std::latch firstBatchTaken(3);
    auto claimer = [this, &got, &errors, &firstBatchTaken](int k) {
        auto c = db::PgConnection::open(m_conninfo);
        if (!c.ok()) {
            ++errors;
            firstBatchTaken.count_down();
            return;
        }
        OutboxRepository repo(*c.value());
        for (bool first = true;; first = false) {
            auto batch = repo.claim(7, u"w%1"_s.arg(k), 60);
            if (!batch.ok())
                ++errors;
            else
                for (const auto &it : std::as_const(batch.value())) {
                    got[k].push_back(it.id);
                    if (it.status != OutboxStatus::Sending || it.claimedBy != u"w%1"_s.arg(k) || it.attempts != 1)
                        ++errors;
                }
            if (first)
                firstBatchTaken.arrive_and_wait();
            if (!batch.ok() || batch.value().isEmpty())
                return;
        }
    };
    std::thread a(claimer, 0), b(claimer, 1), c(claimer, 2);
    a.join();
    b.join();
    c.join();
    QCOMPARE(errors.load(), 0);
    std::set<qint64> all;
    size_t total = 0;
    for (const auto &g : got) {
        total += g.size();
        all.insert(g.begin(), g.end());
    }
    QCOMPARE(total, size_t(300));
    QCOMPARE(all.size(), size_t(300)); // nobody got a row twice
    for (const auto &g : got)
        QVERIFY(!g.empty()); // each took its first batch while the others were claiming
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE status = 'sending'"), 300);
}

void TestOutbox::outcomesKeepTheProvidersText()
{
    test::FakeHttpServer fake;
    QVERIFY2(fake.start(), qPrintable(fake.error()));
    const QByteArray invalid = R"({"code": 21211, "message": "The 'To' number 5551234 is not a valid phone number.",)"
                               R"( "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400})";
    fake.setFallback("/invalid.json", test::FakeBehaviour::json(400, invalid));
    fake.setFallback("/busy.json", test::FakeBehaviour::serverError(503, R"({"message": "Service Unavailable"})"));
    fake.setFallback("/crash.json", test::FakeBehaviour::serverError(500, R"({"message": "upstream exploded"})"));
    fake.setFallback(
        "/ok.json", test::FakeBehaviour::json(201, R"({"sid": "SM0123456789abcdef", "status": "queued"})"));
    OutboxRequest lastChance = sms(u"busy, last"_s, u"/busy.json"_s);
    lastChance.maxAttempts = 1;
    const auto items = enqueueAll({sms(u"a"_s, u"/invalid.json"_s), sms(u"b"_s, u"/busy.json"_s),
        sms(u"c"_s, u"/crash.json"_s), sms(u"d"_s, u"/ok.json"_s), lastChance});
    QCOMPARE(items.size(), 5);

    net::NetExecutor net(2);
    net::ProviderConfig config;
    config.baseUrl = fake.url();
    OutboxWorkerOptions options;
    options.sendPolicy = net::RetryPolicy::noRetry();
    options.backoff = net::RetryPolicy().setBaseDelay(60s).setMaxDelay(60s).setRng([] { return 0.5; }); // 30 s
    OutboxWorker worker(m_conninfo, net, {{u"twilio"_s, config}},
        {{u"twilio"_s, {{"Authorization", net::basicAuthorization(u"ACtest"_s, u"token"_s)}}}}, options);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending') AND "
                                     "attempts = 0 OR status = 'sending'"),
        0, 15000);
    worker.stop();
    worker.wait();
    QVERIFY(worker.finalStatus().ok());

    OutboxRepository repo(*m_c);
    auto invalidRow = repo.find(items.at(0).id).value();
    QCOMPARE(invalidRow.status, OutboxStatus::Failed);
    QCOMPARE(invalidRow.lastHttpStatus, 400);
    QVERIFY2(invalidRow.lastError.contains(u"is not a valid phone number"), qPrintable(invalidRow.lastError));
    auto busy = repo.find(items.at(1).id).value();
    QCOMPARE(busy.status, OutboxStatus::Pending); // retryable: back later, not now
    QCOMPARE(busy.lastHttpStatus, 503);
    QVERIFY(busy.lastError.contains(u"Service Unavailable"));
    QVERIFY(busy.nextAttemptAt > QDateTime::currentDateTimeUtc().addSecs(20));
    auto crash = repo.find(items.at(2).id).value();
    QCOMPARE(crash.status, OutboxStatus::Ambiguous); // Twilio POST, 500: may have been sent, never resent blindly
    QCOMPARE(crash.lastHttpStatus, 500);
    QVERIFY(crash.lastError.contains(u"upstream exploded"));
    auto ok = repo.find(items.at(3).id).value();
    QCOMPARE(ok.status, OutboxStatus::Sent);
    QCOMPARE(ok.providerRef, u"SM0123456789abcdef"_s);
    QVERIFY(ok.lastError.isEmpty() && ok.sentAt.isValid());
    QCOMPARE(repo.find(items.at(4).id).value().status, OutboxStatus::Failed); // out of attempts
    int crashPosts = 0; // once idle, the worker looks the ambiguous row up with a GET: never a second POST
    for (const auto &r : fake.requests("/crash.json"))
        crashPosts += r.method == "POST" ? 1 : 0;
    QCOMPARE(crashPosts, 1);
    const auto received = fake.requests("/ok.json");
    QCOMPARE(received.size(), 1);
    QCOMPARE(formValue(received.first().body, u"Body"_s), u"d"_s);
    QVERIFY(received.first().header("Authorization").startsWith("Basic "));
    QVERIFY(received.first().header("Idempotency-Key").isEmpty()); // Twilio has none
}

void TestOutbox::staleLeaseFollowsIdempotency()
{
    OutboxRequest get = sms(u"lookup"_s, u"/2010-04-01/Accounts/ACtest/Messages/SM1.json"_s);
    get.method = "GET";
    get.form.clear();
    const auto items = enqueueAll({charge(4999), sms(u"on my way"_s), get});
    QCOMPARE(items.size(), 3);
    OutboxRepository repo(*m_c);
    auto dead = repo.claim(10, u"dead-worker"_s, 60);
    QVERIFY(dead.ok());
    QCOMPARE(dead.value().size(), 3);
    QVERIFY(repo.claim(10, u"w2"_s, 60).value().isEmpty()); // leases still running
    QVERIFY(m_c->exec("UPDATE outbox SET lease_until = now() - interval '1 second'").ok()); // the worker died

    auto again = repo.claim(10, u"w2"_s, 60);
    QVERIFY(again.ok());
    QCOMPARE(again.value().size(), 2); // stripe (idempotency key) and the GET
    QCOMPARE(again.value().at(0).id, items.at(0).id);
    QCOMPARE(again.value().at(0).idempotencyKey, items.at(0).idempotencyKey); // same key: Stripe replays, never twice
    QCOMPARE(again.value().at(0).attempts, 2);
    QCOMPARE(again.value().at(1).id, items.at(2).id);
    auto twilio = repo.find(items.at(1).id).value();
    QCOMPARE(twilio.status, OutboxStatus::Ambiguous);
    QVERIFY2(twilio.lastError.contains(u"dead-worker") && twilio.lastError.contains(u"may or may not"),
        qPrintable(twilio.lastError));

    // The dead worker's late answers: lost for the row taken over, accepted for the ambiguous one (it knows).
    auto late = repo.recordSuccess(dead.value().at(0), 200, u"pi_1"_s, {});
    QVERIFY(!late.ok());
    QCOMPARE(late.error().kind, Error::Kind::Conflict);
    QVERIFY(repo.recordSuccess(dead.value().at(1), 201, u"SM1"_s, {}).ok());
    QCOMPARE(repo.find(items.at(1).id).value().status, OutboxStatus::Sent);
    QVERIFY(repo.recordSuccess(again.value().at(0), 200, u"pi_1"_s, {}).ok());
}

void TestOutbox::retryAndCancelRules()
{
    const auto items = enqueueAll({sms(u"1"_s), sms(u"2"_s), sms(u"3"_s), charge(100), charge(200)});
    QCOMPARE(items.size(), 5);
    OutboxRepository repo(*m_c);
    auto claimed = repo.claim(10, u"w"_s, 60);
    QCOMPARE(claimed.value().size(), 5);
    const auto &c = claimed.value();
    QVERIFY(repo.recordFailure(c.at(0), {OutboxFailure::Disposition::Fail, 400, u"HTTP 400: bad number"_s, 0ms}).ok());
    QVERIFY(repo.recordFailure(c.at(1), {OutboxFailure::Disposition::Ambiguous, 0, u"timeout"_s, 0ms}).ok());
    QVERIFY(repo.recordSuccess(c.at(2), 201, u"SM3"_s, {}).ok());
    QVERIFY(repo.recordFailure(c.at(3), {OutboxFailure::Disposition::Fail, 402, u"card_declined"_s, 0ms}).ok());
    QVERIFY(repo.recordFailure(c.at(4), {OutboxFailure::Disposition::Retry, 503, u"busy"_s, 60s}).ok());

    auto sentRetry = repo.retry(c.at(2).id);
    QVERIFY(!sentRetry.ok());
    QCOMPARE(sentRetry.error().kind, Error::Kind::Conflict);
    QVERIFY(sentRetry.error().userMessage.contains(u"sent"));
    QCOMPARE(repo.retry(999999).error().kind, Error::Kind::NotFound);
    QVERIFY(!repo.retry(c.at(4).id).ok()); // pending: nothing to retry
    QVERIFY(!repo.cancel(c.at(2).id).ok()); // sent: too late

    QVERIFY(repo.retry(c.at(1).id).ok()); // ambiguous: the operator checked and decided to send again
    auto retried = repo.find(c.at(1).id).value();
    QCOMPARE(retried.status, OutboxStatus::Pending);
    QVERIFY(retried.claimedBy.isEmpty());
    QCOMPARE(repo.retryAllFailed(u"stripe"_s).value(), 1);
    QCOMPARE(repo.find(c.at(3).id).value().status, OutboxStatus::Pending);
    QCOMPARE(repo.find(c.at(0).id).value().status, OutboxStatus::Failed); // other provider untouched
    QCOMPARE(repo.retryAllFailed().value(), 1);

    QVERIFY(repo.cancel(c.at(4).id).ok());
    QCOMPARE(repo.find(c.at(4).id).value().status, OutboxStatus::Cancelled);
    auto twice = repo.cancel(c.at(4).id);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, Error::Kind::Conflict);
    auto next = repo.claim(10, u"w"_s, 60).value();
    QCOMPARE(next.size(), 3); // the three retried rows; the cancelled one never again
    QCOMPARE(next.at(0).attempts, 2);
}

void TestOutbox::listPagesByKeyset()
{
    QList<OutboxRequest> requests;
    for (int i = 0; i < 25; ++i)
        requests.append(i < 10 ? charge(i + 1) : sms(u"%1"_s.arg(i)));
    QCOMPARE(enqueueAll(requests).size(), 25);
    OutboxRepository repo(*m_c);
    OutboxFilter f;
    f.limit = 10;
    QList<qint64> seen;
    for (;;) {
        auto page = repo.list(f);
        QVERIFY(page.ok());
        if (page.value().isEmpty())
            break;
        for (const auto &it : std::as_const(page.value())) {
            QVERIFY(seen.isEmpty() || it.id < seen.last());
            seen.append(it.id);
        }
        f.beforeId = seen.last();
    }
    QCOMPARE(seen.size(), 25);
    f = {};
    f.provider = u"stripe"_s;
    QCOMPARE(repo.list(f).value().size(), 10);
    f.status = OutboxStatus::Sent;
    QCOMPARE(repo.list(f).value().size(), 0);
}

void TestOutbox::workerDrainsWithStableIdempotencyKey()
{
    test::FakeHttpServer stripe;
    QVERIFY2(stripe.start(), qPrintable(stripe.error()));
    const QByteArray path = "/v1/payment_intents";
    stripe.enqueue(path, test::FakeBehaviour::serverError(500, R"({"error": {"type": "api_error"}})"));
    stripe.enqueue(path, test::FakeBehaviour::serverError(503, R"({"error": {"type": "api_error"}})"));
    stripe.setFallback(path, test::FakeBehaviour::json(200, R"({"id": "pi_3Nabc", "object": "payment_intent"})", 5));
    constexpr int kRows = 40;
    QList<OutboxRequest> requests;
    for (int i = 0; i < kRows; ++i)
        requests.append(charge(1000 + i));
    const auto items = enqueueAll(requests);
    QCOMPARE(items.size(), kRows);

    net::NetExecutor net(4);
    net::ProviderConfig config;
    config.baseUrl = stripe.url();
    OutboxWorkerOptions options;
    options.batchSize = 8;
    options.sendPolicy = net::RetryPolicy::noRetry(); // every retry goes through the outbox (a new claim)
    options.backoff = net::RetryPolicy().setBaseDelay(50ms).setMaxDelay(100ms);
    OutboxWorker worker(m_conninfo, net, {{u"stripe"_s, config}},
        {{u"stripe"_s, {{"Authorization", net::bearerAuthorization(u"sk_test_123"_s)}}}}, options);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM outbox WHERE status = 'sent'"), kRows, 20000);
    worker.stop();
    worker.wait();
    QCOMPARE(worker.stats().sent, kRows);
    QCOMPARE(worker.stats().retried, 2);

    QHash<QByteArray, QList<QByteArray>> bodiesByKey;
    for (const auto &r : stripe.requests(path)) {
        QVERIFY(r.header("Authorization") == "Bearer sk_test_123");
        QVERIFY(!r.header("Idempotency-Key").isEmpty());
        bodiesByKey[r.header("Idempotency-Key")].append(r.body);
    }
    QCOMPARE(stripe.requestCount(path), kRows + 2);
    QCOMPARE(bodiesByKey.size(), kRows);
    int resent = 0;
    for (const auto &it : items) {
        const auto bodies = bodiesByKey.value(it.idempotencyKey.toUtf8());
        QVERIFY2(!bodies.isEmpty(), qPrintable(it.idempotencyKey));
        for (const auto &b : bodies)
            QCOMPARE(b, bodies.first()); // a retry repeats the same key with the same parameters
        resent += bodies.size() - 1;
        const QString invoice = it.request.value(u"form").toArray().at(3).toArray().at(1).toString();
        QCOMPARE(formValue(bodies.first(), u"metadata[invoice]"_s), invoice);
    }
    QCOMPARE(resent, 2);
    auto row = OutboxRepository(*m_c).find(items.first().id).value();
    QCOMPARE(row.providerRef, u"pi_3Nabc"_s);
}

void TestOutbox::buildsTheProviderRequest()
{
    OutboxRequest mail;
    mail.provider = u"mailjet"_s;
    mail.operation = u"email.send"_s;
    mail.path = u"/v3.1/send"_s;
    mail.headers = {{u"X-Trace"_s, u"row"_s}};
    mail.json = QJsonObject{{u"Messages"_s, QJsonArray{QJsonObject{{u"Subject"_s, u"Visite mardi"_s}}}}};
    OutboxRequest get = charge(1);
    get.method = "GET";
    get.path = u"/v1/payment_intents/pi_1"_s;
    get.form.clear();
    const auto items = enqueueAll({mail, get, charge(2)});
    QCOMPARE(items.size(), 3);
    const net::RawHeaders auth{{"Authorization", net::basicAuthorization(u"key"_s, u"secret"_s)}};

    auto m = OutboxWorker::buildRequest(items.at(0), auth);
    QVERIFY(m.ok());
    QCOMPARE(m.value().method, QByteArray("POST"));
    QCOMPARE(m.value().url.path(), u"/v3.1/send"_s);
    QCOMPARE(m.value().providerId, u"mailjet"_s);
    QCOMPARE(m.value().contentType, QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(m.value().body).object(), *mail.json);
    QCOMPARE(m.value().header("X-Trace"), QByteArray("row"));
    QVERIFY(m.value().header("Authorization").startsWith("Basic "));
    QVERIFY(m.value().idempotencyKey.isEmpty()); // Mailjet has no idempotency
    QVERIFY(!items.at(0).isIdempotent());

    auto g = OutboxWorker::buildRequest(items.at(1), {});
    QVERIFY(g.ok());
    QVERIFY(g.value().body.isEmpty() && g.value().idempotencyKey.isEmpty());
    auto p = OutboxWorker::buildRequest(items.at(2), {});
    QCOMPARE(p.value().idempotencyKey, items.at(2).idempotencyKey);
    QCOMPARE(p.value().contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(formValue(p.value().body, u"metadata[invoice]"_s), u"INV-2"_s);

    const QJsonObject mailjetAnswer = QJsonDocument::fromJson(
        R"({"Messages": [{"Status": "success", "To": [{"Email": "a@example.com", "MessageID": 288230376151711744}]}]})")
                                          .object();
    QCOMPARE(OutboxWorker::providerRefOf(u"mailjet"_s, mailjetAnswer), u"288230376151711744"_s);
    QCOMPARE(OutboxWorker::providerRefOf(u"stripe"_s, QJsonObject{{u"id"_s, u"pi_9"_s}}), u"pi_9"_s);
}

void TestOutbox::workerWakesOnInsert()
{
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    twilio.setFallback(
        "/2010-04-01/Accounts/ACtest/Messages.json", test::FakeBehaviour::json(201, R"({"sid": "SM1"})"));
    net::NetExecutor net(2);
    net::ProviderConfig config;
    config.baseUrl = twilio.url();
    OutboxWorkerOptions options;
    options.pollMs = 60000; // only the NOTIFY of the insert can wake it in time
    OutboxWorker worker(m_conninfo, net, {{u"twilio"_s, config}}, {}, options);
    worker.start();
    QTest::qWait(500); // idle, listening
    QElapsedTimer t;
    t.start();
    QCOMPARE(enqueueAll({sms(u"wake up"_s)}).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM outbox WHERE status = 'sent'"), 1, 5000);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    t.restart();
    worker.stop();
    worker.wait();
    QVERIFY(t.elapsed() < 2000); // stop() is noticed while idle
    QCOMPARE(twilio.requestCount(), 1);
}

namespace {

QJsonObject mailjetMessage(const QString &to, const QString &customId)
{
    return QJsonObject{{u"From"_s, QJsonObject{{u"Email"_s, u"factures@targo.ca"_s}}},
        {u"To"_s, QJsonArray{QJsonObject{{u"Email"_s, to}}}}, {u"Subject"_s, u"Votre facture"_s},
        {u"TextPart"_s, u"Bonjour"_s}, {u"CustomID"_s, customId}};
}

} // namespace

void TestOutbox::mailjetPartlyFailedBatchKeepsOnlyTheFailed()
{
    test::FakeHttpServer mailjet;
    QVERIFY2(mailjet.start(), qPrintable(mailjet.error()));
    // Mailjet's answer to a batch where the second of three messages is refused: 400 with per-message results.
    const QByteArray partly = R"({"Messages": [
        {"Status": "success", "CustomID": "INV-1", "To": [{"Email": "a@ex.ca", "MessageID": 1152921500000000001,
         "MessageUUID": "u1", "MessageHref": "h"}], "Cc": [], "Bcc": []},
        {"Status": "error", "CustomID": "INV-2", "Errors": [{"ErrorIdentifier": "e1", "ErrorCode": "mj-0013",
         "StatusCode": 400, "ErrorMessage": "\"bad@@ex\" is an invalid email address.", "ErrorRelatedTo": ["To[0].Email"]}]},
        {"Status": "success", "CustomID": "INV-3", "To": [{"Email": "c@ex.ca", "MessageID": 1152921500000000003,
         "MessageUUID": "u3", "MessageHref": "h"}], "Cc": [], "Bcc": []}]})";
    const QByteArray fixed = R"({"Messages": [{"Status": "success", "CustomID": "INV-2", "To": [{"Email":
        "b@ex.ca", "MessageID": 1152921500000000002, "MessageUUID": "u2", "MessageHref": "h"}], "Cc": [], "Bcc": []}]})";
    mailjet.enqueue("/v3.1/send", test::FakeBehaviour::json(400, partly));
    mailjet.enqueue("/v3.1/send", test::FakeBehaviour::json(200, fixed));

    OutboxRequest r;
    r.provider = u"mailjet"_s;
    r.operation = u"email.send"_s;
    r.path = u"/v3.1/send"_s;
    r.json = QJsonObject{{u"Messages"_s,
        QJsonArray{mailjetMessage(u"a@ex.ca"_s, u"INV-1"_s), mailjetMessage(u"bad@@ex"_s, u"INV-2"_s),
            mailjetMessage(u"c@ex.ca"_s, u"INV-3"_s)}}};
    const auto items = enqueueAll({r});
    QCOMPARE(items.size(), 1);

    net::NetExecutor net(2);
    net::ProviderConfig config;
    config.baseUrl = mailjet.url();
    OutboxWorkerOptions options;
    options.sendPolicy = net::RetryPolicy::noRetry();
    options.pollMs = 100;
    OutboxWorker worker(m_conninfo, net, {{u"mailjet"_s, config}}, {}, options);
    worker.start();
    OutboxRepository repo(*m_c);
    QTRY_COMPARE_WITH_TIMEOUT(repo.find(items.first().id).value().status, OutboxStatus::Failed, 10000);
    OutboxItem row = repo.find(items.first().id).value();
    QCOMPARE(row.lastHttpStatus, 400);
    QVERIFY2(row.lastError.contains(u"sent 2 of 3"), qPrintable(row.lastError));
    QVERIFY2(row.lastError.contains(u"is an invalid email address"), qPrintable(row.lastError));
    QCOMPARE(row.providerRef, u"1152921500000000001"_s); // what was sent keeps its id
    const QJsonArray left = row.request.value(u"json").toObject().value(u"Messages").toArray();
    QCOMPARE(left.size(), 1); // only the refused message is left to send
    QCOMPARE(left.at(0).toObject().value(u"CustomID").toString(), u"INV-2"_s);

    // The operator corrects nothing here but retries: only the one message goes out again.
    QVERIFY(repo.retry(row.id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(repo.find(row.id).value().status, OutboxStatus::Sent, 10000);
    worker.stop();
    worker.wait();
    const auto sent = mailjet.requests("/v3.1/send");
    QCOMPARE(sent.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(sent.at(0).body).object().value(u"Messages").toArray().size(), 3);
    const QJsonArray resent = QJsonDocument::fromJson(sent.at(1).body).object().value(u"Messages").toArray();
    QCOMPARE(resent.size(), 1);
    QCOMPARE(resent.at(0).toObject().value(u"CustomID").toString(), u"INV-2"_s);
    QCOMPARE(worker.stats().failed, 1);
    QCOMPARE(worker.stats().sent, 1);
}

void TestOutbox::ambiguousTwilioSendIsLookedUp()
{
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    const QByteArray path = "/2010-04-01/Accounts/ACtest/Messages.json";
    // Both sends end in a 500: Twilio may or may not have created the messages.
    twilio.enqueue(path, test::FakeBehaviour::serverError(500, R"({"message": "upstream exploded"})"));
    twilio.enqueue(path, test::FakeBehaviour::serverError(500, R"({"message": "upstream exploded"})"));
    // The lookups: Twilio holds the first message (same recipient and text), not the second.
    const QString created = QDateTime::currentDateTimeUtc().toString(u"ddd, dd MMM yyyy hh:mm:ss +0000"_s);
    const QByteArray page = QStringLiteral(R"({"messages": [{"sid": "SMfound", "status": "delivered",
        "to": "+15145550100", "from": "+15145550199", "body": "Votre technicien arrive", "direction": "outbound-api",
        "date_created": "%1"}], "next_page_uri": null, "page": 0, "page_size": 50})")
                                .arg(created)
                                .toUtf8();
    twilio.setFallback(path, test::FakeBehaviour::json(200, page));
    const auto items = enqueueAll({sms(u"Votre technicien arrive"_s), sms(u"Votre facture est prête"_s)});
    QCOMPARE(items.size(), 2);

    net::NetExecutor net(2);
    net::ProviderConfig config;
    config.baseUrl = twilio.url();
    OutboxWorkerOptions options;
    options.sendPolicy = net::RetryPolicy::noRetry();
    options.pollMs = 100;
    options.reconcileIntervalMs = 100;
    OutboxWorker worker(m_conninfo, net, {{u"twilio"_s, config}},
        {{u"twilio"_s, {{"Authorization", net::basicAuthorization(u"ACtest"_s, u"token"_s)}}}}, options);
    worker.start();
    OutboxRepository repo(*m_c);
    QTRY_COMPARE_WITH_TIMEOUT(repo.find(items.at(0).id).value().status, OutboxStatus::Sent, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(repo.find(items.at(1).id).value().lastError.contains(u"holds no message"), 10000);
    worker.stop();
    worker.wait();

    const OutboxItem found = repo.find(items.at(0).id).value();
    QCOMPARE(found.providerRef, u"SMfound"_s);
    const OutboxItem missing = repo.find(items.at(1).id).value();
    QCOMPARE(missing.status, OutboxStatus::Ambiguous); // never resent without an operator
    QVERIFY(missing.lastError.contains(u"upstream exploded")); // the original answer is kept
    QCOMPARE(worker.stats().reconciled, 1);
    int posts = 0;
    int lookups = 0;
    for (const auto &r : twilio.requests(path)) {
        posts += r.method == "POST" ? 1 : 0;
        if (r.method == "GET") {
            ++lookups;
            QVERIFY2(r.target.contains("To=%2B15145550100"), r.target.constData());
            QVERIFY(r.header("Authorization").startsWith("Basic "));
        }
    }
    QCOMPARE(posts, 2);
    QCOMPARE(lookups, 2); // each ambiguous row is looked up once
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE reconciled_at IS NOT NULL"), 2);

    // An operator's retry clears the look-up mark, so a new ambiguous end is looked up again.
    QVERIFY(repo.retry(missing.id).ok());
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE reconciled_at IS NULL"), 1);
}

void TestOutbox::leaseIsRenewedDuringALongSend()
{
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    const QByteArray path = "/2010-04-01/Accounts/ACtest/Messages.json";
    twilio.setFallback(path, test::FakeBehaviour::json(201, R"({"sid": "SMslow"})", 3000));
    const auto items = enqueueAll({sms(u"slow"_s)});
    QCOMPARE(items.size(), 1);

    net::NetExecutor net(2);
    OutboxWorker worker(m_conninfo, net, twilioAt(twilio.url()), {}, shortLease()); // renewed every ~0.5 s
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(twilio.requestCount(path), 1, 5000);
    QTest::qWait(1800); // well past the first lease

    // Another worker finds nothing to take over: the claim is alive.
    auto other = connect();
    QVERIFY(other);
    auto stolen = OutboxRepository(*other).claim(10, u"thief"_s, 60);
    QVERIFY(stolen.ok());
    QCOMPARE(stolen.value().size(), 0);
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE status = 'sending' AND lease_until > now()"), 1);

    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM outbox WHERE status = 'sent'"), 1, 5000);
    worker.stop();
    worker.wait();
    QVERIFY(worker.stats().leaseRenewals >= 2);
    QCOMPARE(worker.stats().lostClaims, 0);
    QCOMPARE(OutboxRepository(*m_c).find(items.first().id).value().providerRef, u"SMslow"_s);
}

void TestOutbox::windowStaysFullAcrossBatches()
{
    // 40 rows, a window of 8, 150 ms per answer: a worker that waited for whole batches would never have more than
    // one batch's worth of requests pending at the fake; a sliding window claims again as half of it frees up.
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    const QByteArray path = "/2010-04-01/Accounts/ACtest/Messages.json";
    twilio.setFallback(path, test::FakeBehaviour::json(201, R"({"sid": "SMw"})", 150));
    QList<OutboxRequest> rows;
    for (int i = 0; i < 40; ++i)
        rows << sms(u"window %1"_s.arg(i));
    QCOMPARE(enqueueAll(rows).size(), 40);

    net::NetExecutor net(8);
    net::ProviderConfig config;
    config.baseUrl = twilio.url();
    OutboxWorkerOptions options;
    options.batchSize = 8;
    OutboxWorker worker(m_conninfo, net, {{u"twilio"_s, config}}, {}, options);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM outbox WHERE status = 'sent'"), 40, 15000);
    worker.stop();
    worker.wait();
    QCOMPARE(twilio.requestCount(path), 40); // each row sent once
    QVERIFY2(twilio.maxPending() <= 8, qPrintable(QString::number(twilio.maxPending()))); // never above the window
    QVERIFY2(twilio.maxPending() >= 6, qPrintable(QString::number(twilio.maxPending())));
    QCOMPARE(worker.stats().sent, 40);
}

qint64 TestOutbox::insertRaw(const QString &provider, const QJsonObject &request)
{
    // What any database user can do, bypassing OutboxRepository::enqueue().
    auto r = m_c->exec("INSERT INTO outbox (provider, operation, request, max_attempts) VALUES ($1, 'sms.send', "
                       "$2::jsonb, 1) RETURNING id",
        db::SqlParams().add(provider).add(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0) : -1;
}

void TestOutbox::rowsArePinnedToTheirProvider()
{
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    test::FakeHttpServer attacker;
    QVERIFY2(attacker.start(), qPrintable(attacker.error()));
    const QByteArray path = "/2010-04-01/Accounts/ACtest/Messages.json";
    twilio.setFallback(path, test::FakeBehaviour::json(201, R"({"sid": "SMok"})"));
    attacker.setFallback("/steal", test::FakeBehaviour::json(201, R"({"sid": "SMstolen"})"));
    const QString away = u"127.0.0.1:%1"_s.arg(attacker.port());
    const QJsonArray form{QJsonArray{u"To"_s, u"+15145550100"_s}, QJsonArray{u"Body"_s, u"x"_s}};
    const auto row = [&](const QString &p, const QJsonArray &headers = {}) {
        QJsonObject r{{u"method"_s, u"POST"_s}, {u"path"_s, p}, {u"form"_s, form}};
        if (!headers.isEmpty())
            r.insert(u"headers"_s, headers);
        return r;
    };
    const QList<QJsonObject> bad{row(u"http://%1/steal"_s.arg(away)), row(u"//%1/steal"_s.arg(away)),
        row(u"https://%1/steal"_s.arg(away)), row(u"/2010-04-01/../../steal"_s), row(u"/%2e%2e/steal"_s),
        row(u"/%252E%252e/steal"_s), row(u"/a\\..\\steal"_s), row(u"steal"_s),
        row(QString::fromLatin1(path), QJsonArray{QJsonArray{u"authorization"_s, u"Basic QUNldmlsOmV2aWw="_s}}),
        row(QString::fromLatin1(path), QJsonArray{QJsonArray{u"HOST"_s, away}}),
        row(QString::fromLatin1(path), QJsonArray{QJsonArray{u"Cookie"_s, u"session=1"_s}}),
        row(QString::fromLatin1(path), QJsonArray{QJsonArray{u"idempotency-KEY"_s, u"k"_s}})};
    QList<qint64> badIds;
    for (const QJsonObject &r : bad) {
        badIds << insertRaw(u"twilio"_s, r);
        QVERIFY(badIds.last() > 0);
    }
    const qint64 good = insertRaw(u"twilio"_s, row(QString::fromLatin1(path)));
    QVERIFY(good > 0);

    net::NetExecutor net(2);
    net::ProviderConfig config;
    config.baseUrl = twilio.url();
    OutboxWorkerOptions options;
    options.sendPolicy = net::RetryPolicy::noRetry();
    options.pollMs = 100;
    OutboxWorker worker(m_conninfo, net, {{u"twilio"_s, config}},
        {{u"twilio"_s, {{"Authorization", net::basicAuthorization(u"ACtest"_s, u"token"_s)}}}}, options);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar("SELECT count(*) FROM outbox WHERE status IN ('sent', 'failed')"), qint64(bad.size() + 1), 15000);
    worker.stop();
    worker.wait();

    QCOMPARE(attacker.requestCount(), 0); // the credentials never left for another host
    QCOMPARE(twilio.requestCount(path), 1); // only the valid row was sent
    QCOMPARE(twilio.requestCount(), 1);
    OutboxRepository repo(*m_c);
    QCOMPARE(repo.find(good).value().status, OutboxStatus::Sent);
    for (qint64 id : badIds) {
        const OutboxItem item = repo.find(id).value();
        QCOMPARE(item.status, OutboxStatus::Failed); // permanently: no further attempt
        QVERIFY2(item.lastError.contains(u"outbox path") || item.lastError.contains(u"outbox header"),
            qPrintable(item.request.value(u"path").toString() + u" -> "_s + item.lastError));
    }

    // The same rules when the application enqueues, with the translated reason.
    OutboxRequest escaping = sms(u"x"_s, u"/%2e%2e/steal"_s);
    db::Transaction tx(*m_c);
    auto refused = repo.enqueue(escaping);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QVERIFY2(refused.error().userMessage.contains(u"outside the service's address"),
        qPrintable(refused.error().userMessage));
    OutboxRequest withAuth = sms(u"x"_s);
    withAuth.headers = {{u"Proxy-Authorization"_s, u"Basic x"_s}};
    QVERIFY(!repo.enqueue(withAuth).ok());
    OutboxRequest genie = sms(u"x"_s, u"/devices/00259E-HG8245%252E1/tasks?connection_request"_s);
    QVERIFY(genie.checkPinned().ok()); // an id encoded twice, a dot inside a segment: allowed
}

void TestOutbox::retryWaitsForALiveClaim()
{
    const auto items = enqueueAll({sms(u"slow"_s)});
    QCOMPARE(items.size(), 1);
    OutboxRepository repo(*m_c);
    auto claimed = repo.claim(1, u"w1"_s, 60).value();
    QCOMPARE(claimed.size(), 1);
    // w1's lease ran out while its send went on (a stalled provider): another worker marks the row ambiguous.
    QVERIFY(m_c->exec("UPDATE outbox SET lease_until = now() - interval '1 second'").ok());
    QVERIFY(repo.claim(1, u"w2"_s, 60).value().isEmpty());
    QCOMPARE(repo.find(items.first().id).value().status, OutboxStatus::Ambiguous);
    // w1 is alive and renews its claim: an operator must wait for its result.
    QCOMPARE(repo.renewLeases({items.first().id}, u"w1"_s, 60).value(), 1);
    const auto refused = repo.retry(items.first().id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().userMessage.contains(u"still being sent by w1"), qPrintable(refused.error().userMessage));
    QCOMPARE(repo.find(items.first().id).value().status, OutboxStatus::Ambiguous);
    QCOMPARE(repo.retryAllFailed().value(), 0);

    // Its answer settles the row; or, when the claim is over for good, the operator may retry.
    QVERIFY(m_c->exec("UPDATE outbox SET lease_until = now() - interval '1 second'").ok());
    QVERIFY(repo.retry(items.first().id).ok());
    QCOMPARE(repo.find(items.first().id).value().status, OutboxStatus::Pending);
}

void TestOutbox::claimsCannotStarveLeaseRenewal()
{
    // One slow send (3 s, lease 1 s) among a steady stream of quick ones: a claim every few tens of ms. The lease of
    // the slow row must stay alive all along.
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    const QByteArray slowPath = "/2010-04-01/Accounts/ACslow/Messages.json";
    const QByteArray quickPath = "/2010-04-01/Accounts/ACtest/Messages.json";
    twilio.setFallback(slowPath, test::FakeBehaviour::json(201, R"({"sid": "SMslow"})", 3000));
    twilio.setFallback(quickPath, test::FakeBehaviour::json(201, R"({"sid": "SMquick"})", 30));
    QList<OutboxRequest> rows{sms(u"slow"_s, QString::fromLatin1(slowPath))};
    for (int i = 0; i < 150; ++i)
        rows << sms(u"quick %1"_s.arg(i));
    const auto items = enqueueAll(rows);
    QCOMPARE(items.size(), rows.size());

    net::NetExecutor net(4);
    OutboxWorkerOptions options = shortLease();
    options.batchSize = 2;
    OutboxWorker worker(m_conninfo, net, twilioAt(twilio.url()), {}, options);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(twilio.requestCount(slowPath), 1, 5000);
    QTest::qWait(1800); // well past the first lease, while quick rows keep being claimed
    QVERIFY2(twilio.requestCount(quickPath) > 5, qPrintable(QString::number(twilio.requestCount(quickPath))));
    auto slow = OutboxRepository(*m_c).find(items.first().id).value();
    QCOMPARE(slow.status, OutboxStatus::Sending);
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE id = (SELECT min(id) FROM outbox) AND lease_until > now()"), 1);

    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM outbox WHERE status = 'sent'"), qint64(rows.size()), 20000);
    worker.stop();
    worker.wait();
    QCOMPARE(worker.stats().lostClaims, 0);
    QVERIFY(worker.stats().leaseRenewals >= 2);
}

void TestOutbox::sendNowRenewsItsLease()
{
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    const QByteArray path = "/2010-04-01/Accounts/ACtest/Messages.json";
    twilio.setFallback(path, test::FakeBehaviour::json(201, R"({"sid": "SMnow"})", 3000));
    const auto items = enqueueAll({sms(u"now"_s)});
    QCOMPARE(items.size(), 1);

    net::NetExecutor net(2);
    OutboxWorker worker(m_conninfo, net, twilioAt(twilio.url()), {}, shortLease());
    Result<OutboxItem> result = Error::internal(u"not run"_s);
    std::thread caller([&] {
        auto c = db::PgConnection::open(m_conninfo);
        if (c.ok())
            result = worker.sendNow(*c.value(), items.first().id);
    });
    QTRY_COMPARE_WITH_TIMEOUT(twilio.requestCount(path), 1, 5000);
    QTest::qWait(1800);
    auto other = connect();
    QVERIFY(other);
    QVERIFY(OutboxRepository(*other).claim(10, u"thief"_s, 60).value().isEmpty());
    QCOMPARE(OutboxRepository(*m_c).find(items.first().id).value().status, OutboxStatus::Sending);
    caller.join();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result.value().status, OutboxStatus::Sent);
    QCOMPARE(result.value().providerRef, u"SMnow"_s);
    QVERIFY(worker.stats().leaseRenewals >= 1);
}

void TestOutbox::reconciliationNeverReusesARecordedSid()
{
    // The same text to the same number twice: the first was sent (SMfirst), the second's send ended in a 500.
    // Twilio's list shows only SMfirst: it belongs to the first row and must not settle the second.
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    const QByteArray path = "/2010-04-01/Accounts/ACtest/Messages.json";
    twilio.enqueue(path, test::FakeBehaviour::json(201, R"({"sid": "SMfirst", "status": "queued"})"));
    twilio.enqueue(path, test::FakeBehaviour::serverError(500, R"({"message": "upstream exploded"})"));
    const QString created = QDateTime::currentDateTimeUtc().toString(u"ddd, dd MMM yyyy hh:mm:ss +0000"_s);
    const QByteArray page = QStringLiteral(R"({"messages": [{"sid": "SMfirst", "status": "delivered",
        "to": "+15145550100", "from": "+15145550199", "body": "Rappel: rendez-vous demain", "direction":
        "outbound-api", "date_created": "%1"}], "next_page_uri": null, "page": 0, "page_size": 50})")
                                .arg(created)
                                .toUtf8();
    twilio.setFallback(path, test::FakeBehaviour::json(200, page));
    const auto items = enqueueAll({sms(u"Rappel: rendez-vous demain"_s), sms(u"Rappel: rendez-vous demain"_s)});
    QCOMPARE(items.size(), 2);

    net::NetExecutor net(1);
    net::ProviderConfig config;
    config.baseUrl = twilio.url();
    config.concurrency = 1; // the first row is answered first
    OutboxWorkerOptions options;
    options.sendPolicy = net::RetryPolicy::noRetry();
    options.batchSize = 1;
    options.pollMs = 100;
    options.reconcileIntervalMs = 100;
    OutboxWorker worker(m_conninfo, net, {{u"twilio"_s, config}}, {}, options);
    worker.start();
    OutboxRepository repo(*m_c);
    QTRY_VERIFY_WITH_TIMEOUT(repo.find(items.at(1).id).value().lastError.contains(u"other outbox rows"), 10000);
    worker.stop();
    worker.wait();
    QCOMPARE(repo.find(items.at(0).id).value().providerRef, u"SMfirst"_s);
    const OutboxItem second = repo.find(items.at(1).id).value();
    QCOMPARE(second.status, OutboxStatus::Ambiguous); // an operator decides
    QVERIFY(second.providerRef.isEmpty());
    QCOMPARE(worker.stats().reconciled, 0);
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE provider_ref = 'SMfirst'"), 1);

    // The database refuses it too (two workers looking up twin rows at once).
    Reconciliation forced;
    forced.found = true;
    forced.providerRef = u"SMfirst"_s;
    QVERIFY(repo.recordReconciled(second.id, forced).ok());
    QCOMPARE(repo.find(second.id).value().status, OutboxStatus::Ambiguous);
}

void TestOutbox::personalDataStaysOutOfTheLog()
{
    // An SMS and an e-mail through the worker, with answers that echo the recipient and the text (a Twilio error,
    // a Mailjet refusal), logged at debug level to a file: no phone number, address or message text in it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ops::log::Config logConfig;
    logConfig.dir = dir.path();
    logConfig.level = u"trace"_s;
    logConfig.console = false;
    logConfig.installQtMessageHandler = false;
    QVERIFY(ops::log::init(logConfig).ok());

    const QString phone = u"+15145550142"_s;
    const QString address = u"eloise.cote@exemple.ca"_s;
    const QString smsText = u"Votre technicien Marc arrive vers 14 h"_s;
    const QString mailText = u"Bonjour Eloise, votre facture de mars est prete"_s;
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    const QByteArray twilioPath = "/2010-04-01/Accounts/ACtest/Messages.json";
    twilio.enqueue(twilioPath,
        test::FakeBehaviour::serverError(502,
            QJsonDocument(QJsonObject{{u"message"_s, u"Carrier rejected message to %1"_s.arg(phone)}, {u"to"_s, phone},
                              {u"body"_s, smsText}})
                .toJson(QJsonDocument::Compact)));
    twilio.setFallback(twilioPath,
        test::FakeBehaviour::json(200,
            QJsonDocument(QJsonObject{{u"messages"_s, QJsonArray{}}, {u"next_page_uri"_s, QJsonValue()}})
                .toJson(QJsonDocument::Compact)));
    test::FakeHttpServer mailjet;
    QVERIFY2(mailjet.start(), qPrintable(mailjet.error()));
    mailjet.setFallback("/v3.1/send",
        test::FakeBehaviour::json(400,
            QJsonDocument(QJsonObject{{u"ErrorMessage"_s, u"\"%1\" is an invalid email address."_s.arg(address)},
                              {u"TextPart"_s, mailText}})
                .toJson(QJsonDocument::Compact)));

    OutboxRequest text = sms(smsText);
    text.form = {{u"To"_s, phone}, {u"From"_s, u"+15145550199"_s}, {u"Body"_s, smsText}};
    OutboxRequest mail;
    mail.provider = u"mailjet"_s;
    mail.operation = u"email.send"_s;
    mail.path = u"/v3.1/send"_s;
    mail.json = QJsonObject{{u"Messages"_s, QJsonArray{mailjetMessage(address, u"INV-9"_s)}}};
    const auto items = enqueueAll({text, mail});
    QCOMPARE(items.size(), 2);

    net::NetExecutor net(2);
    net::ProviderConfig tc;
    tc.baseUrl = twilio.url();
    net::ProviderConfig mc;
    mc.baseUrl = mailjet.url();
    OutboxWorkerOptions options;
    options.sendPolicy = net::RetryPolicy::noRetry();
    options.pollMs = 100;
    options.reconcileIntervalMs = 100;
    OutboxWorker worker(m_conninfo, net, {{u"twilio"_s, tc}, {u"mailjet"_s, mc}}, {}, options);
    worker.start();
    OutboxRepository repo(*m_c);
    QTRY_COMPARE_WITH_TIMEOUT(repo.find(items.at(1).id).value().status, OutboxStatus::Failed, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(repo.find(items.at(0).id).value().lastError.contains(u"holds no message"), 10000);
    worker.stop();
    worker.wait();
    const QString file = ops::log::logFilePath();
    ops::log::flush();
    ops::log::shutdown();

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(f.readAll());
    QVERIFY2(log.contains(u"outbox"_s) && log.contains(u"[net]"_s), qPrintable(log)); // the sends were logged
    for (const QString &secret : {phone, phone.mid(2), u"%2B15145550142"_s, address, smsText, mailText,
             u"Votre technicien"_s, u"votre facture de mars"_s})
        QVERIFY2(!log.contains(secret), qPrintable(secret + u" in:\n"_s + log));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
