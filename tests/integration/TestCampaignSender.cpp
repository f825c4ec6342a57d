// The campaign sender against a real PostgreSQL (TestCluster), the real outbox worker and a fake Mailjet / Twilio:
// a batch where some messages fail (only the retryable ones are retried), the retry schedule (2 s, 5 s, then failed
// with the provider's text and code) and a resend, an unsubscribe arriving mid-campaign, pause/resume/cancel, an
// ambiguous batch never resent until an operator decides, Twilio's 21610 failed at once, the dashboard's numbers and
// the customer's campaign history.
#include <memory>

#include <QElapsedTimer>
#include <QTest>

#include "core/campaigns/CampaignSendRepository.h"
#include "core/campaigns/CampaignSender.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxWorker.h"
#include "tests/support/CampaignSeed.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/FakeMailjet.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::campaigns;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QByteArrayView kTwilioPath = "/2010-04-01/Accounts/ACcampaign/Messages.json";

MessageRenderer testRenderer()
{
    return [](const Campaign &c, const Recipient &r) -> Result<RenderedMessage> {
        if (r.firstName == u"Broken")
            return Error::make(Error::Kind::Validation, u"unknown variable {balance_due}"_s);
        RenderedMessage m;
        const bool en = r.language == u"en";
        m.subject = en ? c.subjectEn : c.subjectFr;
        m.text = QString(en ? c.bodyEn : c.bodyFr).replace(u"{first_name}"_s, r.firstName);
        m.html = u"<p>%1</p>"_s.arg(m.text.toHtmlEscaped());
        if (c.classification == Classification::Commercial)
            m.unsubscribeUrl =
                u"https://targo.ca/desabonnement/%1"_s.arg(r.unsubscribeToken.toString(QUuid::WithoutBraces));
        return m;
    };
}

SendConfig config(int queueBatch = 500)
{
    SendConfig c;
    c.fromEmail = u"nouvelles@targo.ca"_s;
    c.fromName = u"TARGO"_s;
    c.twilioAccountSid = u"ACcampaign"_s;
    c.twilioSender = u"+15145550199"_s;
    c.queueBatch = queueBatch;
    return c;
}

} // namespace

class TestCampaignSender : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    test::FakeMailjet m_mailjet;
    test::FakeHttpServer m_twilio;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<outbox::OutboxWorker> m_worker;
    int m_codes = 0;

    QString nextCode() { return u"CMP-20261207-T%1"_s.arg(++m_codes, 5, 10, QLatin1Char('0')); }

    void startWorker()
    {
        m_net = std::make_unique<net::NetExecutor>(4);
        net::ProviderConfig mailjet;
        mailjet.id = u"mailjet"_s;
        mailjet.baseUrl = m_mailjet.url();
        net::ProviderConfig twilio;
        twilio.id = u"twilio"_s;
        twilio.baseUrl = m_twilio.url();
        outbox::OutboxWorkerOptions options;
        options.pollMs = 50;
        options.leaseSeconds = 5;
        options.sendPolicy = net::RetryPolicy().setMaxAttempts(1);
        m_worker = std::make_unique<outbox::OutboxWorker>(m_conninfo, *m_net,
            QMap<QString, net::ProviderConfig>{{u"mailjet"_s, mailjet}, {u"twilio"_s, twilio}},
            QMap<QString, net::RawHeaders>{}, options);
        m_worker->start();
    }

    void stopWorker()
    {
        if (m_worker) {
            m_worker->stop();
            m_worker->wait();
        }
        m_worker.reset();
        if (m_net)
            m_net->shutdown();
        m_net.reset();
    }

    // Steps the sender until nothing is pending or queued (or the timeout).
    bool drive(CampaignSender &sender, qint64 id, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            auto s = sender.step(id);
            if (!s.ok()) {
                qWarning("step: %s", qPrintable(s.error().detail + s.error().userMessage));
                return false;
            }
            auto p = CampaignSendRepository(*m_c).progress(id);
            if (p.ok() && p.value().pending == 0 && p.value().queued == 0)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    Recipient recipient(qint64 campaignId, const QString &address)
    {
        auto r = CampaignSendRepository(*m_c).findRecipient(campaignId, address);
        return r.ok() && r.value() ? *r.value() : Recipient();
    }

    QString text(const char *sql, const db::SqlParams &p = {})
    {
        auto r = m_c->exec(sql, p);
        return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : u"<none>"_s;
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase();
        QVERIFY(db.ok());
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_c = std::move(c).value();
        QVERIFY2(m_mailjet.start(), qPrintable(m_mailjet.error()));
        QVERIFY2(m_twilio.start(), qPrintable(m_twilio.error()));
    }

    void cleanupTestCase()
    {
        stopWorker();
        m_c.reset();
        m_cluster.reset();
    }

    void init() { startWorker(); }
    void cleanup() { stopWorker(); }

    void partlyFailedBatchRetriesOnlyTheRetryable()
    {
        const qint64 id = test::seedCampaign(*m_c, nextCode(), u"email"_s, u"transactional"_s,
            {{u"ann@example.ca"_s, u"fr"_s, {}, u"Ann"_s}, {u"busy-bob@example.ca"_s, u"en"_s, {}, u"Bob"_s},
                {u"bad-carl@example.ca"_s, u"fr"_s, {}, u"Carl"_s}, {u"dora@example.ca"_s, u"fr"_s, {}, u"Broken"_s},
                {u"eve@example.ca"_s, u"en"_s, {}, u"Eve"_s}});
        QVERIFY(id > 0);
        CampaignSender sender(*m_c, testRenderer(), config());
        QVERIFY(sender.start(id).ok());
        QVERIFY(drive(sender, id));

        const Recipient ann = recipient(id, u"ann@example.ca"_s);
        const Recipient bob = recipient(id, u"busy-bob@example.ca"_s);
        const Recipient carl = recipient(id, u"bad-carl@example.ca"_s);
        const Recipient dora = recipient(id, u"dora@example.ca"_s);
        QCOMPARE(ann.status, u"sent"_s);
        QCOMPARE(ann.attempts, 1);
        QVERIFY(!ann.providerMessageId.isEmpty());
        QVERIFY(ann.queuedAt.isValid() && ann.sentAt.isValid());
        // The temporary message error was retried (alone) and went through on the second attempt.
        QCOMPARE(bob.status, u"sent"_s);
        QCOMPARE(bob.attempts, 2);
        // The bad address failed at once with Mailjet's own text and code, never retried.
        QCOMPARE(carl.status, u"failed"_s);
        QCOMPARE(carl.attempts, 1);
        QCOMPARE(carl.errorCode, u"mj-0013"_s);
        QCOMPARE(carl.lastError, u"\"bad-carl@example.ca\" is an invalid email address."_s);
        // A message that cannot be rendered is failed before anything is sent.
        QCOMPARE(dora.status, u"failed"_s);
        QCOMPARE(dora.errorCode, u"render"_s);
        QCOMPARE(dora.attempts, 0);

        const auto received = m_mailjet.received();
        QCOMPARE(received.value(QString::number(ann.id)), 1);
        QCOMPARE(received.value(QString::number(bob.id)), 2);
        QCOMPARE(received.value(QString::number(carl.id)), 1);
        QVERIFY(!received.contains(QString::number(dora.id)));
        QCOMPARE(m_mailjet.accepted().value(QString::number(bob.id)), 1);

        // The failed batch row is closed in the outbox (a retry there can never resend it); the campaign completed.
        QCOMPARE(text("SELECT status FROM outbox WHERE id = $1", db::SqlParams().add(*carl.outboxId)), u"cancelled"_s);
        auto p = CampaignSendRepository(*m_c).progress(id);
        QVERIFY(p.ok());
        QCOMPARE(p.value().status, u"completed"_s);
        QCOMPARE(p.value().sent, 3);
        QCOMPARE(p.value().failed, 2);
        QVERIFY(p.value().ratePerSec > 0.0);
    }

    void retryScheduleThenFailedThenResend()
    {
        const QString code = nextCode();
        const qint64 id = test::seedCampaign(
            *m_c, code, u"email"_s, u"transactional"_s, {{u"fay@example.ca"_s, u"fr"_s, {}, u"Fay"_s}});
        QVERIFY(id > 0);
        m_mailjet.failNextBatches(3, 503);
        const int before = m_mailjet.batches();
        CampaignSender sender(*m_c, testRenderer(), config());
        QVERIFY(sender.start(id).ok());
        QElapsedTimer t;
        t.start();
        QVERIFY(drive(sender, id, 30000));
        const qint64 elapsed = t.elapsed();
        const Recipient fay = recipient(id, u"fay@example.ca"_s);
        QCOMPARE(fay.status, u"failed"_s);
        QCOMPARE(fay.attempts, 3);
        QCOMPARE(fay.httpStatus, 503);
        QVERIFY2(fay.lastError.contains(u"Service unavailable"_s), qPrintable(fay.lastError));
        QCOMPARE(m_mailjet.batches() - before, 3);
        // 2 s, then 5 s between the attempts.
        QVERIFY2(elapsed >= 7000, qPrintable(QString::number(elapsed)));

        // Resend: attempts reset, sent on its first new attempt; the campaign completes again.
        auto n = sender.resend(id, u"fay@example.ca"_s);
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 1);
        QCOMPARE(recipient(id, u"fay@example.ca"_s).attempts, 0);
        QVERIFY(drive(sender, id));
        QCOMPARE(recipient(id, u"fay@example.ca"_s).status, u"sent"_s);
        QCOMPARE(recipient(id, u"fay@example.ca"_s).attempts, 1);
        QCOMPARE(CampaignSendRepository(*m_c).find(id).value().status, u"completed"_s);
        // Only a failed recipient is sent again.
        auto refused = sender.resend(id, u"fay@example.ca"_s);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().kind == Error::Kind::Conflict);
    }

    void unsubscribeMidCampaignStopsTheNextSend()
    {
        const qint64 a = test::seedCustomer(*m_c, u"Alice Roy"_s, u"email"_s);
        const qint64 b = test::seedCustomer(*m_c, u"Benoît Roy"_s, u"email"_s);
        const qint64 c = test::seedCustomer(*m_c, u"Chloé Roy"_s, u"email"_s);
        const qint64 d = test::seedCustomer(*m_c, u"Denis Roy"_s); // no consent
        QVERIFY(a > 0 && b > 0 && c > 0 && d > 0);
        const qint64 id = test::seedCampaign(*m_c, nextCode(), u"email"_s, u"commercial"_s,
            {{u"alice@example.ca"_s, u"fr"_s, a, u"Alice"_s}, {u"benoit@example.ca"_s, u"fr"_s, b, u"Benoît"_s},
                {u"chloe@example.ca"_s, u"en"_s, c, u"Chloé"_s}, {u"denis@example.ca"_s, u"fr"_s, d, u"Denis"_s}});
        QVERIFY(id > 0);
        CampaignSender sender(*m_c, testRenderer(), config(1)); // one recipient per queue step
        QVERIFY(sender.start(id).ok());
        auto first = sender.queueStep(id);
        QVERIFY(first.ok());
        QCOMPARE(first.value().queued, 1);
        // Benoît unsubscribes while the campaign is going out.
        QVERIFY(m_c->exec("INSERT INTO casl_unsubscribes (channel, address, customer_id, source) VALUES ('email', "
                          "'benoit@example.ca', $1, 'link')",
                       db::SqlParams().add(b))
                    .ok());
        QVERIFY(drive(sender, id));
        const Recipient benoit = recipient(id, u"benoit@example.ca"_s);
        QCOMPARE(benoit.status, u"skipped"_s);
        QCOMPARE(benoit.skipReason, u"unsubscribed"_s);
        QCOMPARE(recipient(id, u"denis@example.ca"_s).skipReason, u"no_consent"_s);
        QCOMPARE(recipient(id, u"alice@example.ca"_s).status, u"sent"_s);
        QCOMPARE(recipient(id, u"chloe@example.ca"_s).status, u"sent"_s);
        QVERIFY(!m_mailjet.received().contains(QString::number(benoit.id)));

        // The customer file's history: Benoît's entry says skipped, with the campaign's code.
        auto history = CampaignSendRepository(*m_c).recipientsOfCustomer(b);
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), 1);
        QCOMPARE(history.value().first().campaignId, id);
        QCOMPARE(history.value().first().recipient.status, u"skipped"_s);
        auto p = CampaignSendRepository(*m_c).progress(id);
        QVERIFY(p.ok());
        QCOMPARE(p.value().skipped, 2);
        QCOMPARE(p.value().sent, 2);
    }

    void pauseResumeCancel()
    {
        stopWorker(); // nothing leaves: the rows stay pending in the outbox
        const qint64 id = test::seedCampaign(*m_c, nextCode(), u"email"_s, u"transactional"_s, {});
        QVERIFY(id > 0);
        QVERIFY(test::seedManyEmailRecipients(*m_c, id, 120, u"pause.example.ca"_s));
        CampaignSender sender(*m_c, testRenderer(), config(50));
        QVERIFY(sender.start(id).ok());
        auto one = sender.step(id);
        QVERIFY(one.ok());
        QCOMPARE(one.value().queued, 50);
        QCOMPARE(one.value().outboxRows, 1);

        QVERIFY(sender.pause(id).ok());
        QVERIFY(!sender.pause(id).ok()); // already paused
        auto paused = sender.step(id);
        QVERIFY(paused.ok());
        QCOMPARE(paused.value().queued, 0);

        QVERIFY(sender.resume(id).ok());
        auto two = sender.step(id);
        QVERIFY(two.ok());
        QCOMPARE(two.value().queued, 50);

        auto cancelled = sender.cancel(id);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value(), 120); // 20 pending, 100 queued in rows still pending in the outbox
        QCOMPARE(text("SELECT count(*) FROM outbox WHERE business_entity = 'campaign' AND business_id = $1 "
                      "AND status = 'cancelled'",
                     db::SqlParams().add(id)),
            u"2"_s);
        QVERIFY(!sender.resume(id).ok());
        QVERIFY(!sender.start(id).ok());
        const int before = m_mailjet.batches();
        startWorker();
        QTest::qWait(500);
        QCOMPARE(m_mailjet.batches(), before);
        auto p = CampaignSendRepository(*m_c).progress(id);
        QVERIFY(p.ok());
        QCOMPARE(p.value().status, u"cancelled"_s);
        QCOMPARE(p.value().cancelled, 120);
    }

    void ambiguousBatchIsNeverResentUntilDecided()
    {
        const qint64 id = test::seedCampaign(*m_c, nextCode(), u"email"_s, u"transactional"_s,
            {{u"gil@example.ca"_s, u"fr"_s, {}, u"Gil"_s}, {u"hana@example.ca"_s, u"en"_s, {}, u"Hana"_s}});
        QVERIFY(id > 0);
        m_mailjet.dropNextBatches(1);
        CampaignSender sender(*m_c, testRenderer(), config());
        QVERIFY(sender.start(id).ok());
        QVERIFY(drive(sender, id));
        const Recipient gil = recipient(id, u"gil@example.ca"_s);
        QCOMPARE(gil.status, u"ambiguous"_s);
        QCOMPARE(recipient(id, u"hana@example.ca"_s).status, u"ambiguous"_s);
        for (int i = 0; i < 5; ++i)
            QVERIFY(sender.step(id).ok());
        QCOMPARE(m_mailjet.received().value(QString::number(gil.id)), 1); // never resent blindly

        QVERIFY(sender.decideAmbiguous(id, u"hana@example.ca"_s, true).ok());
        QCOMPARE(recipient(id, u"hana@example.ca"_s).status, u"sent"_s);
        QVERIFY(sender.decideAmbiguous(id, u"gil@example.ca"_s, false).ok());
        QVERIFY(drive(sender, id));
        QCOMPARE(recipient(id, u"gil@example.ca"_s).status, u"sent"_s);
        QCOMPARE(m_mailjet.received().value(QString::number(gil.id)), 2);
        QCOMPARE(m_mailjet.received().value(QString::number(recipient(id, u"hana@example.ca"_s).id)), 1);
        QVERIFY(!sender.decideAmbiguous(id, u"gil@example.ca"_s, true).ok()); // nothing left to decide
        QCOMPARE(CampaignSendRepository(*m_c).find(id).value().status, u"completed"_s);
    }

    void twilioUnsubscribedFailsAtOnce()
    {
        m_twilio.enqueue(kTwilioPath.toByteArray(),
            test::FakeBehaviour::json(400,
                "{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\", \"more_info\": "
                "\"https://www.twilio.com/docs/errors/21610\", \"status\": 400}"));
        const qint64 id = test::seedCampaign(
            *m_c, nextCode(), u"sms"_s, u"transactional"_s, {{u"+15145550123"_s, u"fr"_s, {}, u"Ida"_s}});
        QVERIFY(id > 0);
        CampaignSender sender(*m_c, testRenderer(), config());
        QVERIFY(sender.start(id).ok());
        QVERIFY(drive(sender, id));
        const Recipient ida = recipient(id, u"+15145550123"_s);
        QCOMPARE(ida.status, u"failed"_s);
        QCOMPARE(ida.attempts, 1);
        QCOMPARE(ida.errorCode, u"21610"_s);
        QCOMPARE(ida.lastError, u"Attempt to send to unsubscribed recipient"_s);
        QCOMPARE(ida.httpStatus, 400);
        QCOMPARE(m_twilio.requestCount(kTwilioPath.toByteArray()), 1);
        const auto form = QString::fromUtf8(m_twilio.requests(kTwilioPath.toByteArray()).first().body);
        QVERIFY2(form.contains(u"Ida"_s), qPrintable(form));
    }
};

QTEST_GUILESS_MAIN(TestCampaignSender)
#include "TestCampaignSender.moc"
