// Crash test of the outbox: `targo-opsctl worker` drains 500 rows (Stripe and Twilio, each a FakeHttpServer with
// ~20 ms latency), is SIGKILLed mid-way, restarted, and stopped with SIGTERM. Nothing is lost; Stripe saw each key
// with one set of parameters (resends only for the rows the crash interrupted); no Twilio message was sent twice,
// and the Twilio rows the crash interrupted are 'ambiguous' instead of being resent.
#include <set>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/outbox/OutboxRepository.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::outbox;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kRows = 500;
constexpr QByteArrayView kStripePath = "/v1/payment_intents";
constexpr QByteArrayView kTwilioPath = "/2010-04-01/Accounts/ACcrashtest/Messages.json";

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

class TestOutboxCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedWorkerLosesNothingAndSendsNothingTwice();

private:
    void startWorker(QProcess &p);
    qint64 scalar(const char *sql);

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    test::FakeHttpServer m_stripe;
    test::FakeHttpServer m_twilio;
    QString m_binary;
};

void TestOutboxCrash::initTestCase()
{
    m_binary = qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s;
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    QVERIFY2(m_stripe.start(), qPrintable(m_stripe.error()));
    QVERIFY2(m_twilio.start(), qPrintable(m_twilio.error()));
    m_stripe.setFallback(kStripePath.toByteArray(),
        test::FakeBehaviour::json(
            200, R"({"id": "pi_3Ncrash", "object": "payment_intent", "status": "succeeded"})", 20));
    m_twilio.setFallback(
        kTwilioPath.toByteArray(), test::FakeBehaviour::json(201, R"({"sid": "SMcrash", "status": "queued"})", 20));
}

void TestOutboxCrash::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

qint64 TestOutboxCrash::scalar(const char *sql)
{
    auto r = m_c->exec(sql);
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0, -1) : -1;
}

void TestOutboxCrash::startWorker(QProcess &p)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"TARGO_STRIPE_BASE_URL"_s, m_stripe.url().toString());
    env.insert(u"TARGO_STRIPE_SECRET_KEY"_s, u"sk_test_crash"_s);
    env.insert(u"TARGO_TWILIO_BASE_URL"_s, m_twilio.url().toString());
    env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, u"ACcrashtest"_s);
    env.insert(u"TARGO_TWILIO_AUTH_TOKEN"_s, u"token"_s);
    for (const char *other : {"MAILJET", "TRACCAR", "GENIEACS", "TEST"}) {
        env.remove(u"TARGO_%1_BASE_URL"_s.arg(QLatin1String(other)));
        env.remove(u"TARGO_%1_API_KEY"_s.arg(QLatin1String(other)));
        env.remove(u"TARGO_%1_TOKEN"_s.arg(QLatin1String(other)));
    }
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(m_binary,
        {u"--lang"_s, u"en"_s, u"--db"_s, m_conninfo, u"worker"_s, u"--batch"_s, u"16"_s, u"--lease"_s, u"3"_s});
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
}

void TestOutboxCrash::killedWorkerLosesNothingAndSendsNothingTwice()
{
    // 500 rows in one business transaction, Stripe and Twilio interleaved; each Twilio body names its row.
    {
        db::Transaction tx(*m_c);
        OutboxRepository repo(*m_c);
        for (int i = 0; i < kRows; ++i) {
            OutboxRequest r;
            r.path = QString::fromLatin1(i % 2 ? kTwilioPath : kStripePath);
            r.businessEntity = u"crash_test"_s;
            r.businessId = i;
            if (i % 2) {
                r.provider = u"twilio"_s;
                r.operation = u"sms.send"_s;
                r.form = {{u"To"_s, u"+15145550100"_s}, {u"From"_s, u"+15145550199"_s},
                    {u"Body"_s, u"Technicien en route, message %1"_s.arg(i)}};
            } else {
                r.provider = u"stripe"_s;
                r.operation = u"payment_intent.create"_s;
                r.form = {{u"amount"_s, QString::number(1000 + i)}, {u"currency"_s, u"cad"_s},
                    {u"customer"_s, u"cus_%1"_s.arg(i)}, {u"confirm"_s, u"true"_s}};
            }
            QVERIFY(repo.enqueue(r).ok());
        }
        QVERIFY(tx.commit().ok());
    }

    // First worker: killed with SIGKILL once it is well into the work and rows are in flight.
    QProcess first;
    startWorker(first);
    QVERIFY(QTest::qWaitFor(
        [this] {
            return scalar("SELECT count(*) FROM outbox WHERE status = 'sent'") >= 120
                && scalar("SELECT count(*) FROM outbox WHERE status = 'sending'") > 0;
        },
        60000));
    first.kill(); // SIGKILL: no chance to record anything
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    // The killed worker's server backends may still finish a statement they had received (a claim pending -> sending
    // committed after the kill): wait until they are gone, so the snapshot below is final.
    QVERIFY(QTest::qWaitFor(
        [this] {
            return scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                          " AND pid <> pg_backend_pid() AND backend_type = 'client backend'")
                == 0;
        },
        20000));

    // What the crash interrupted (the database no longer changes: nobody else works on it).
    std::set<qint64> interruptedStripe, interruptedTwilio;
    std::set<QByteArray> interruptedKeys;
    auto snap = m_c->exec("SELECT id, provider, idempotency_key FROM outbox WHERE status = 'sending'");
    QVERIFY(snap.ok());
    for (int i = 0; i < snap.value().rows(); ++i) {
        if (snap.value().text(i, 1) == u"stripe") {
            interruptedStripe.insert(snap.value().int64(i, 0));
            interruptedKeys.insert(snap.value().bytes(i, 2));
        } else {
            interruptedTwilio.insert(snap.value().int64(i, 0));
        }
    }
    const qint64 sentAtKill = scalar("SELECT count(*) FROM outbox WHERE status = 'sent'");
    qInfo("killed with %lld sent, %zu stripe and %zu twilio rows in flight", sentAtKill, interruptedStripe.size(),
        interruptedTwilio.size());
    QVERIFY(!interruptedStripe.empty() || !interruptedTwilio.empty());
    QVERIFY(sentAtKill < kRows);

    // Second worker: drains the rest, then stops cleanly on SIGTERM.
    QProcess second;
    startWorker(second);
    QVERIFY(QTest::qWaitFor(
        [this] { return scalar("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')") == 0; }, 90000));
    second.terminate();
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);

    // Nothing lost: every row ended sent or ambiguous.
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE status IN ('sent', 'ambiguous')"), kRows);
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE provider = 'stripe' AND status = 'sent'"), kRows / 2);

    // Stripe: one distinct key per row, each key always with the same parameters; resends only for interrupted rows.
    QHash<QByteArray, QList<QByteArray>> bodiesByKey;
    for (const auto &r : m_stripe.requests(kStripePath.toByteArray())) {
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer sk_test_crash"));
        QCOMPARE(r.header("Stripe-Version"), QByteArray("2023-08-16"));
        QVERIFY(!r.header("Idempotency-Key").isEmpty());
        bodiesByKey[r.header("Idempotency-Key")].append(r.body);
    }
    QCOMPARE(bodiesByKey.size(), kRows / 2);
    auto keys = m_c->exec("SELECT idempotency_key FROM outbox WHERE provider = 'stripe'");
    QVERIFY(keys.ok());
    for (int i = 0; i < keys.value().rows(); ++i)
        QVERIFY(bodiesByKey.contains(keys.value().bytes(i, 0)));
    int duplicated = 0;
    for (auto it = bodiesByKey.cbegin(); it != bodiesByKey.cend(); ++it) {
        if (it.value().size() == 1)
            continue;
        ++duplicated;
        QVERIFY2(interruptedKeys.count(it.key()) == 1, it.key().constData());
        for (const QByteArray &b : it.value())
            QCOMPARE(b, it.value().first());
    }
    qInfo("stripe keys resent after the crash: %d", duplicated);

    // Twilio: no message received twice; sent rows received exactly once; interrupted rows ambiguous, not resent.
    QHash<QString, int> received;
    for (const auto &r : m_twilio.requests(kTwilioPath.toByteArray())) {
        QVERIFY(r.header("Authorization").startsWith("Basic "));
        if (r.method == "GET")
            continue; // the restarted worker looks ambiguous rows up at Twilio: a lookup sends nothing
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.header("Idempotency-Key").isEmpty());
        ++received[formValue(r.body, u"Body"_s)];
    }
    for (auto it = received.cbegin(); it != received.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    auto twilio = m_c->exec("SELECT id, business_id, status, last_error FROM outbox WHERE provider = 'twilio'");
    QVERIFY(twilio.ok());
    QCOMPARE(twilio.value().rows(), kRows / 2);
    int ambiguous = 0;
    for (int i = 0; i < twilio.value().rows(); ++i) {
        const qint64 id = twilio.value().int64(i, 0);
        const QString body = u"Technicien en route, message %1"_s.arg(twilio.value().int64(i, 1));
        const QString status = twilio.value().text(i, 2);
        if (interruptedTwilio.count(id)) {
            QCOMPARE(status, u"ambiguous"_s);
            QVERIFY(twilio.value().text(i, 3).contains(u"may or may not"));
            QVERIFY(received.value(body) <= 1);
            ++ambiguous;
        } else {
            QCOMPARE(status, u"sent"_s);
            QCOMPARE(received.value(body), 1);
        }
    }
    QCOMPARE(ambiguous, static_cast<int>(interruptedTwilio.size()));

    // The operator sees them: outbox list --status ambiguous --json.
    QProcess list;
    list.start(m_binary,
        {u"--lang"_s, u"en"_s, u"--db"_s, m_conninfo, u"--json"_s, u"outbox"_s, u"list"_s, u"--status"_s,
            u"ambiguous"_s, u"--limit"_s, u"1000"_s});
    QVERIFY(list.waitForFinished(30000));
    QCOMPARE(list.exitCode(), 0);
    const QJsonArray listed = QJsonDocument::fromJson(list.readAllStandardOutput()).array();
    QCOMPARE(listed.size(), ambiguous);
    for (const auto &v : listed)
        QCOMPARE(v.toObject().value(u"provider").toString(), u"twilio"_s);

    // ... and decides: cancel one (twice: the second is refused with a one-line error and a non-zero exit).
    if (!listed.isEmpty()) {
        const QString id = QString::number(listed.first().toObject().value(u"id").toInteger());
        for (int expected : {0, 1}) {
            QProcess cancel;
            cancel.start(m_binary, {u"--lang"_s, u"en"_s, u"--db"_s, m_conninfo, u"outbox"_s, u"cancel"_s, id});
            QVERIFY(cancel.waitForFinished(30000));
            QCOMPARE(cancel.exitCode(), expected);
        }
        QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE status = 'cancelled'"), 1);
    }
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "TestOutboxCrash.moc"
