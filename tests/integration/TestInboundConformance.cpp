// The inbound pull's requests against the validating Prism mocks (tests/specs): Twilio's message list with the To
// and DateSent> filters, Mailjet's REST contact list filtered on IsExcludedFromCampaigns (our addition to
// mailjet.yaml). The mocks refuse any request that does not match the descriptions; a malformed contact query is
// refused too (proof that the description is enforced). The example contact of mailjet.yaml ends up unsubscribed in a
// real database, through the library, through `targo-opsctl inbound pull --json` and inside
// `targo-opsctl worker`.
#include <memory>

#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QUrl>

#include "core/campaigns/InboundPull.h"
#include "core/db/PgConnection.h"
#include "core/integrations/MailjetContacts.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"
#include "tests/support/OpsctlRunner.h"
#include "tests/support/PrismMock.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

class TestInboundConformance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PrismMock> m_twilioMock;
    std::unique_ptr<test::PrismMock> m_mailjetMock;
    std::unique_ptr<net::NetExecutor> m_net;
    integrations::MailjetConfig m_mailjet;

private slots:
    void initTestCase()
    {
        m_twilioMock = std::make_unique<test::PrismMock>(u"twilio.yaml"_s);
        m_mailjetMock = std::make_unique<test::PrismMock>(u"mailjet.yaml"_s);
        QVERIFY2(m_twilioMock->start(), qPrintable(m_twilioMock->error()));
        QVERIFY2(m_mailjetMock->start(), qPrintable(m_mailjetMock->error()));
        m_net = std::make_unique<net::NetExecutor>(2);
        QVERIFY(m_net->setProvider(m_twilioMock->provider(u"twilio"_s)).ok());
        QVERIFY(m_net->setProvider(m_mailjetMock->provider(u"mailjet"_s)).ok());
        m_mailjet.apiKey = u"key"_s;
        m_mailjet.secretKey = u"secret"_s;
    }

    void cleanupTestCase()
    {
        if (m_net)
            m_net->shutdown();
        m_net.reset();
        m_twilioMock.reset();
        m_mailjetMock.reset();
    }

    void excludedContactsAccepted()
    {
        integrations::MailjetContacts contacts(*m_net, m_mailjet);
        auto f = contacts.excluded(0);
        f.waitForFinished();
        const Result<integrations::MailjetContactPage> &r = f.result();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_mailjetMock->output().right(1500)));
        QCOMPARE(r.value().contacts.size(), 1);
        QCOMPARE(r.value().contacts.first().email, u"desabonne@example.com"_s);
        QCOMPARE(r.value().contacts.first().excludedAt, QDateTime(QDate(2026, 11, 30), QTime(14, 5), Qt::UTC));
    }

    void malformedContactQueryRefused()
    {
        // Limit above 1000, and the exclusion filter missing: both refused by the description.
        for (const QString &query : {u"IsExcludedFromCampaigns=true&Limit=5000&Offset=0"_s, u"Limit=10&Offset=0"_s}) {
            QUrl url(u"/v3/REST/contact"_s);
            url.setQuery(query);
            net::HttpRequest request = net::HttpRequest::get(url);
            request.providerId = u"mailjet"_s;
            request.headers = integrations::MailjetClient(*m_net, m_mailjet).authHeaders();
            auto f = m_net->send(request, net::RetryPolicy::noRetry());
            f.waitForFinished();
            const Result<net::HttpResponse> &r = f.result();
            const int status = r.ok() ? r.value().status : net::httpStatusOf(r.error());
            QVERIFY2(status == 400 || status == 422, qPrintable(query + u": "_s + QString::number(status)));
        }
    }

    void pullAgainstBothMocks()
    {
        test::TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        auto db = cluster.freshDatabase();
        QVERIFY(db.ok());
        auto c = db::PgConnection::open(db.value());
        QVERIFY(c.ok());
        integrations::TwilioConfig tc;
        tc.accountSid = u"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
        tc.authToken = u"token"_s;
        integrations::TwilioClient twilio(*m_net, tc);
        integrations::MailjetContacts contacts(*m_net, m_mailjet);
        auto r = campaigns::pullInbound(*c.value(), &contacts, &twilio, u"+15145550199"_s);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        QVERIFY2(r.value().errors.isEmpty(),
            qPrintable(r.value().errors.join(u" | "_s) + u"\n"_s + m_twilioMock->output().right(1500)));
        QVERIFY(r.value().twilioPulled);
        QVERIFY(r.value().mailjetPulled);
        QCOMPARE(r.value().mailjetUnsubscribes, 1);
        auto row = c.value()->exec("SELECT count(*) FROM casl_unsubscribes WHERE source = 'mailjet'"
                                   " AND address = 'desabonne@example.com' AND provider_ref LIKE 'contact:1234567:%'");
        QVERIFY(row.ok());
        QCOMPARE(row.value().int64(0, 0), 1);
        QVERIFY2(!m_twilioMock->output().contains(u"Violation"_s), qPrintable(m_twilioMock->output().right(1500)));
    }

    void opsctlInboundPullJson()
    {
        test::OpsctlRunner opsctl(u"inbound-XXXXXX"_s);
        QString error;
        QVERIFY2(opsctl.init(&error), qPrintable(error));
        QProcessEnvironment env = test::opsctlEnvironment();
        env.insert(u"TARGO_MAILJET_BASE_URL"_s, m_mailjetMock->baseUrl().toString());
        env.insert(u"TARGO_MAILJET_API_KEY"_s, u"key"_s);
        env.insert(u"TARGO_MAILJET_SECRET_KEY"_s, u"secret"_s);
        env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, u"nouvelles@targo.ca"_s);
        env.insert(u"TARGO_TWILIO_BASE_URL"_s, m_twilioMock->baseUrl().toString());
        env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, u"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s);
        env.insert(u"TARGO_TWILIO_AUTH_TOKEN"_s, u"token"_s);
        env.insert(u"TARGO_TWILIO_FROM"_s, u"+15145550199"_s);
        test::OpsctlRun r = opsctl.run({u"--json"_s, u"inbound"_s, u"pull"_s}, env);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"unsubscribes_mailjet"_s).toInt(), 1);
        QVERIFY(o.value(u"mailjet_pulled"_s).toBool());
        QVERIFY(o.value(u"twilio_pulled"_s).toBool());
        for (const char *key : {"unsubscribes_twilio", "optin_requests", "messages_threaded", "tickets_created",
                 "unmatched", "already_known", "twilio_cursor", "errors"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(opsctl.scalar(u"SELECT count(*) FROM casl_unsubscribes WHERE source = 'mailjet'"_s), u"1"_s);
        // Again: nothing new.
        r = opsctl.run({u"--json"_s, u"inbound"_s, u"pull"_s}, env);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        for (const char *key :
            {"unsubscribes_mailjet", "unsubscribes_twilio", "optin_requests", "messages_threaded", "tickets_created"})
            QVERIFY2(r.json().value(QLatin1String(key)).toInt() == 0, qPrintable(r.out));
        QVERIFY(r.json().value(u"already_known"_s).toInt() >= 1);
        // Neither provider: a usage error.
        r = opsctl.run({u"inbound"_s, u"pull"_s}, test::opsctlEnvironment());
        QCOMPARE(r.code, 2);
        opsctl.stop();
    }

    void workerPullsInTheBackground()
    {
        const QString binary = qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s;
        QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
        test::TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        auto db = cluster.freshDatabase();
        QVERIFY(db.ok());
        auto c = db::PgConnection::open(db.value());
        QVERIFY(c.ok());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"TARGO_MAILJET_BASE_URL"_s, m_mailjetMock->baseUrl().toString());
        env.insert(u"TARGO_MAILJET_API_KEY"_s, u"key"_s);
        env.insert(u"TARGO_MAILJET_SECRET_KEY"_s, u"secret"_s);
        env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, u"nouvelles@targo.ca"_s);
        QProcess worker;
        worker.setProcessEnvironment(env);
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker.start(binary, {u"--lang"_s, u"en"_s, u"--db"_s, db.value(), u"worker"_s});
        QVERIFY2(worker.waitForStarted(10000), qPrintable(worker.errorString()));
        const bool pulled = QTest::qWaitFor(
            [&c] {
                auto r = c.value()->exec("SELECT count(*) FROM casl_unsubscribes WHERE source = 'mailjet'");
                return r.ok() && r.value().int64(0, 0) == 1;
            },
            30000);
        worker.terminate(); // SIGTERM: the worker stops cleanly
        QVERIFY(worker.waitForFinished(20000));
        QVERIFY2(pulled, "the worker's first pull recorded Mailjet's excluded contact");
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    }
};

QTEST_GUILESS_MAIN(TestInboundConformance)
#include "TestInboundConformance.moc"
