// The inbound pull (docs/campaigns.md "Unsubscribes pulled from the providers") against a real PostgreSQL
// (TestCluster) and fake Twilio and Mailjet servers on 127.0.0.1: STOP / « arrêt » and Mailjet's excluded contacts
// become casl_unsubscribes rows with the customer's consent revoked, and the next send of a commercial campaign skips
// them; START is kept as evidence only; other SMS are threaded onto the customer's open ticket or a new one (an
// unknown number: a ticket without customer); a second pull adds nothing; bad JSON or a 500 writes nothing and leaves
// the cursor.
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThreadPool>

#include "core/campaigns/CampaignSendRepository.h"
#include "core/campaigns/CampaignSender.h"
#include "core/campaigns/InboundPull.h"
#include "core/campaigns/InboundPump.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/integrations/CursorRepository.h"
#include "core/integrations/MailjetContacts.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/NetExecutor.h"
#include "tests/support/CampaignSeed.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::campaigns;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kTwilioPath = QByteArrayLiteral("/2010-04-01/Accounts/ACinbound/Messages.json");
const QByteArray kMailjetPath = QByteArrayLiteral("/v3/REST/contact");
const QString kOurNumber = u"+15145550199"_s;

QJsonObject sms(const QString &sid, const QString &from, const QString &body, int minutesAgo,
    const QString &direction = u"inbound"_s)
{
    const QString at = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo).toString(Qt::RFC2822Date);
    return QJsonObject{{u"sid"_s, sid}, {u"from"_s, from}, {u"to"_s, kOurNumber}, {u"body"_s, body},
        {u"direction"_s, direction}, {u"status"_s, u"received"_s}, {u"date_sent"_s, at}, {u"date_created"_s, at}};
}

QByteArray twilioPage(const QJsonArray &messages)
{
    return QJsonDocument(QJsonObject{{u"messages"_s, messages}, {u"next_page_uri"_s, QJsonValue()}, {u"page"_s, 0},
                             {u"page_size"_s, 1000}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject contact(qint64 id, const QString &email, const QString &at)
{
    return QJsonObject{{u"ID"_s, id}, {u"Email"_s, email}, {u"IsExcludedFromCampaigns"_s, true},
        {u"ExclusionFromCampaignsUpdatedAt"_s, at}, {u"Name"_s, QString()}};
}

QByteArray mailjetPage(const QJsonArray &contacts)
{
    return QJsonDocument(
        QJsonObject{{u"Count"_s, int(contacts.size())}, {u"Data"_s, contacts}, {u"Total"_s, int(contacts.size())}})
        .toJson(QJsonDocument::Compact);
}

MessageRenderer plainRenderer()
{
    return [](const Campaign &c, const Recipient &r) -> Result<RenderedMessage> {
        RenderedMessage m;
        m.subject = c.subjectFr;
        m.text = QString(r.language == u"en" ? c.bodyEn : c.bodyFr).replace(u"{first_name}"_s, r.firstName);
        m.html = u"<p>%1</p>"_s.arg(m.text.toHtmlEscaped());
        m.unsubscribeUrl = u"https://targo.ca/desabonnement/x"_s;
        return m;
    };
}

SendConfig sendConfig()
{
    SendConfig c;
    c.fromEmail = u"nouvelles@targo.ca"_s;
    c.fromName = u"TARGO"_s;
    c.twilioAccountSid = u"ACinbound"_s;
    c.twilioSender = kOurNumber;
    return c;
}

} // namespace

class TestInboundPull : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
    test::FakeHttpServer m_twilio;
    test::FakeHttpServer m_mailjet;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<integrations::TwilioClient> m_twilioClient;
    std::unique_ptr<integrations::MailjetContacts> m_contacts;
    int m_codes = 0;

    Result<InboundSummary> pull() { return pullInbound(*m_c, m_contacts.get(), m_twilioClient.get(), kOurNumber); }

    qint64 count(const char *sql, const db::SqlParams &p = {})
    {
        auto r = m_c->exec(sql, p);
        return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0) : -1;
    }

    QString text(const char *sql, const db::SqlParams &p = {})
    {
        auto r = m_c->exec(sql, p);
        return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : u"<none>"_s;
    }

    qint64 customer(const QString &name, const QString &consent, const char *column, const QString &value)
    {
        const qint64 id = test::seedCustomer(*m_c, name, consent);
        if (id <= 0)
            return -1;
        const QString sql = u"UPDATE customers SET %1 = $2 WHERE id = $1"_s.arg(QLatin1String(column));
        return m_c->exec(sql, db::SqlParams().add(id).add(value)).ok() ? id : -1;
    }

    // Everything the pull may write, as one comparable line.
    QString snapshot()
    {
        return text("SELECT concat_ws(' ', (SELECT count(*) FROM casl_unsubscribes),"
                    " (SELECT count(*) FROM casl_optin_requests), (SELECT count(*) FROM tickets),"
                    " (SELECT count(*) FROM ticket_messages), (SELECT count(*) FROM casl_consents WHERE revoked_at"
                    " IS NOT NULL), (SELECT value FROM integration_cursors WHERE name = 'twilio.inbound'))");
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase();
        QVERIFY(db.ok());
        m_conninfo = db.value();
        auto c = db::PgConnection::open(db.value());
        QVERIFY(c.ok());
        m_c = std::move(c).value();
        QVERIFY2(m_twilio.start(), qPrintable(m_twilio.error()));
        QVERIFY2(m_mailjet.start(), qPrintable(m_mailjet.error()));
        m_twilio.setFallback(kTwilioPath, test::FakeBehaviour::json(200, twilioPage({})));
        m_mailjet.setFallback(kMailjetPath, test::FakeBehaviour::json(200, mailjetPage({})));
        m_net = std::make_unique<net::NetExecutor>(2);
        net::ProviderConfig twilio;
        twilio.id = u"twilio"_s;
        twilio.baseUrl = m_twilio.url();
        net::ProviderConfig mailjet;
        mailjet.id = u"mailjet"_s;
        mailjet.baseUrl = m_mailjet.url();
        QVERIFY(m_net->setProvider(twilio).ok());
        QVERIFY(m_net->setProvider(mailjet).ok());
        integrations::TwilioConfig tc;
        tc.accountSid = u"ACinbound"_s;
        tc.authToken = u"token"_s;
        m_twilioClient = std::make_unique<integrations::TwilioClient>(*m_net, tc);
        integrations::MailjetConfig mc;
        mc.apiKey = u"key"_s;
        mc.secretKey = u"secret"_s;
        m_contacts = std::make_unique<integrations::MailjetContacts>(*m_net, mc);
    }

    void cleanupTestCase()
    {
        m_contacts.reset();
        m_twilioClient.reset();
        if (m_net)
            m_net->shutdown();
        m_net.reset();
        m_c.reset();
        m_cluster.reset();
    }

    void keywords()
    {
        QCOMPARE(smsKeyword(u"STOP"_s), SmsKeyword::OptOut);
        QCOMPARE(smsKeyword(u"  stop. "_s), SmsKeyword::OptOut);
        QCOMPARE(smsKeyword(u"Arrêt"_s), SmsKeyword::OptOut);
        QCOMPARE(smsKeyword(u"A R R E T !"_s), SmsKeyword::OptOut);
        QCOMPARE(smsKeyword(u"unsubscribe"_s), SmsKeyword::OptOut);
        QCOMPARE(smsKeyword(u"StopAll"_s), SmsKeyword::OptOut);
        QCOMPARE(smsKeyword(u"start"_s), SmsKeyword::OptIn);
        QCOMPARE(smsKeyword(u"UNSTOP"_s), SmsKeyword::OptIn);
        QCOMPARE(smsKeyword(u"Stop the technician please"_s), SmsKeyword::None);
        QCOMPARE(smsKeyword(u"STOP 2"_s), SmsKeyword::None);
        QCOMPARE(smsKeyword(u"Oui"_s), SmsKeyword::None);
        QCOMPARE(smsKeyword(QString()), SmsKeyword::None);
    }

    void stopRepliesUnsubscribeAndTheNextSendSkips()
    {
        const qint64 alice = customer(u"Alice Gagnon"_s, u"sms"_s, "phone_alt", u"514-555-0101"_s);
        const qint64 bruno = customer(u"Bruno Tremblay"_s, u"sms"_s, "phone", u"(450) 555-0102"_s);
        const qint64 carla = customer(u"Carla Roy"_s, u"sms"_s, "phone_alt", u"438 555 0103"_s);
        QVERIFY(alice > 0 && bruno > 0 && carla > 0);
        const qint64 campaign = test::seedCampaign(*m_c, u"CMP-20261207-IN%1"_s.arg(++m_codes, 4, 10, QLatin1Char('0')),
            u"sms"_s, u"commercial"_s,
            {{u"+15145550101"_s, u"fr"_s, alice, u"Alice"_s}, {u"+14505550102"_s, u"fr"_s, bruno, u"Bruno"_s},
                {u"+14385550103"_s, u"fr"_s, carla, u"Carla"_s}});
        QVERIFY(campaign > 0);

        m_twilio.clearRecords();
        m_twilio.enqueue(kTwilioPath,
            test::FakeBehaviour::json(200,
                twilioPage({sms(u"SMin0001"_s, u"+15145550101"_s, u" Stop "_s, 9),
                    sms(u"SMin0002"_s, u"+14505550102"_s, u"arrêt"_s, 8),
                    sms(u"SMin0003"_s, u"+14385550103"_s, u"START"_s, 7),
                    sms(u"SMout0004"_s, u"+14385550103"_s, u"STOP"_s, 6, u"outbound-api"_s)})));
        auto r = pull();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QVERIFY2(r.value().errors.isEmpty(), qPrintable(r.value().errors.join(u" | "_s)));
        QVERIFY(r.value().twilioPulled);
        QVERIFY(r.value().mailjetPulled);
        QCOMPARE(r.value().twilioUnsubscribes, 2);
        QCOMPARE(r.value().optInRequests, 1);
        QCOMPARE(r.value().messagesThreaded + r.value().ticketsCreated, 0);

        // Asked for the messages to our number, after a date.
        const QList<test::ReceivedRequest> asked = m_twilio.requests(kTwilioPath);
        QCOMPARE(asked.size(), 1);
        const QByteArray target = QByteArray::fromPercentEncoding(asked.first().target);
        QVERIFY2(target.contains("To=+15145550199"), target.constData());
        QVERIFY2(target.contains("DateSent>="), target.constData());

        QCOMPARE(count("SELECT customer_id FROM casl_unsubscribes WHERE source = 'twilio' AND provider_ref = 'SMin0001'"
                       " AND channel = 'sms' AND address = '+15145550101'"),
            alice);
        QCOMPARE(count("SELECT customer_id FROM casl_unsubscribes WHERE provider_ref = 'SMin0002'"), bruno);
        QCOMPARE(text("SELECT evidence ->> 'body' FROM casl_unsubscribes WHERE provider_ref = 'SMin0002'"), u"arrêt"_s);
        QCOMPARE(count("SELECT count(*) FROM casl_consents WHERE customer_id = ANY(ARRAY[$1, $2]::bigint[])"
                       " AND channel = 'sms' AND revoked_at IS NOT NULL",
                     db::SqlParams().add(alice).add(bruno)),
            2);
        // START: evidence only, the consent stays as it was (and nothing for the outbound message).
        QCOMPARE(count("SELECT customer_id FROM casl_optin_requests WHERE provider_ref = 'SMin0003'"), carla);
        QCOMPARE(count("SELECT count(*) FROM casl_consents WHERE customer_id = $1 AND revoked_at IS NULL",
                     db::SqlParams().add(carla)),
            1);
        QCOMPARE(count("SELECT count(*) FROM casl_unsubscribes WHERE provider_ref = 'SMout0004'"), 0);

        // The campaign's next send skips the two who replied STOP.
        CampaignSender sender(*m_c, plainRenderer(), sendConfig());
        QVERIFY(sender.start(campaign).ok());
        auto queued = sender.queueStep(campaign);
        QVERIFY(queued.ok());
        auto recipient = [this, campaign](const QString &address) {
            auto x = CampaignSendRepository(*m_c).findRecipient(campaign, address);
            return x.ok() && x.value() ? *x.value() : Recipient();
        };
        QCOMPARE(recipient(u"+15145550101"_s).status, u"skipped"_s);
        QCOMPARE(recipient(u"+15145550101"_s).skipReason, u"unsubscribed"_s);
        QCOMPARE(recipient(u"+14505550102"_s).skipReason, u"unsubscribed"_s);
        QCOMPARE(recipient(u"+14385550103"_s).status, u"queued"_s);
        QVERIFY(!text("SELECT value FROM integration_cursors WHERE name = 'twilio.inbound'").startsWith(u'<'));
    }

    void mailjetExcludedContactsUnsubscribe()
    {
        const qint64 dana = customer(u"Dana Côté"_s, u"email"_s, "email", u"dana@example.ca"_s);
        QVERIFY(dana > 0);
        const qint64 campaign = test::seedCampaign(*m_c, u"CMP-20261207-IN%1"_s.arg(++m_codes, 4, 10, QLatin1Char('0')),
            u"email"_s, u"commercial"_s, {{u"dana@example.ca"_s, u"fr"_s, dana, u"Dana"_s}});
        QVERIFY(campaign > 0);
        m_mailjet.clearRecords();
        m_mailjet.enqueue(kMailjetPath,
            test::FakeBehaviour::json(200,
                mailjetPage({contact(101, u"Dana@Example.ca"_s, u"2026-12-07T13:00:00Z"_s),
                    contact(102, u"quelquun@ailleurs.ca"_s, u"2026-12-06T08:30:00Z"_s)})));
        auto r = pull();
        QVERIFY(r.ok());
        QVERIFY2(r.value().errors.isEmpty(), qPrintable(r.value().errors.join(u" | "_s)));
        QCOMPARE(r.value().mailjetUnsubscribes, 2);
        const QByteArray target = m_mailjet.requests(kMailjetPath).value(0).target;
        QVERIFY2(target.contains("IsExcludedFromCampaigns=true"), target.constData());
        QVERIFY2(target.contains("Offset=0"), target.constData());
        QVERIFY(!m_mailjet.requests(kMailjetPath).value(0).header("Authorization").isEmpty());

        QCOMPARE(count("SELECT customer_id FROM casl_unsubscribes WHERE source = 'mailjet'"
                       " AND provider_ref = 'contact:101:2026-12-07T13:00:00Z' AND address = 'dana@example.ca'"),
            dana);
        QCOMPARE(text("SELECT at FROM casl_unsubscribes WHERE provider_ref = 'contact:101:2026-12-07T13:00:00Z'"
                      " AND at = '2026-12-07T13:00:00Z'::timestamptz"),
            text("SELECT '2026-12-07T13:00:00Z'::timestamptz"));
        QCOMPARE(count("SELECT count(*) FROM casl_unsubscribes WHERE provider_ref = 'contact:102:2026-12-06T08:30:00Z'"
                       " AND customer_id IS NULL"),
            1);
        QCOMPARE(count("SELECT count(*) FROM casl_consents WHERE customer_id = $1 AND channel = 'email'"
                       " AND revoked_at = '2026-12-07T13:00:00Z'",
                     db::SqlParams().add(dana)),
            1);
        CampaignSender sender(*m_c, plainRenderer(), sendConfig());
        QVERIFY(sender.start(campaign).ok());
        QVERIFY(sender.queueStep(campaign).ok());
        auto dana1 = CampaignSendRepository(*m_c).findRecipient(campaign, u"dana@example.ca"_s);
        QVERIFY(dana1.ok() && dana1.value());
        QCOMPARE(dana1.value()->skipReason, u"unsubscribed"_s);

        // The same list again: nothing new.
        m_mailjet.enqueue(kMailjetPath,
            test::FakeBehaviour::json(200,
                mailjetPage({contact(101, u"Dana@Example.ca"_s, u"2026-12-07T13:00:00Z"_s),
                    contact(102, u"quelquun@ailleurs.ca"_s, u"2026-12-06T08:30:00Z"_s)})));
        const QString before = snapshot();
        auto again = pull();
        QVERIFY(again.ok());
        QCOMPARE(again.value().mailjetUnsubscribes, 0);
        QCOMPARE(again.value().alreadyKnown, 2);
        QCOMPARE(snapshot(), before);
    }

    void repliesThreadedOntoTickets()
    {
        const qint64 eric = customer(u"Éric Fortin"_s, QString(), "phone_alt", u"819-555-0104"_s);
        const qint64 fanny = customer(u"Fanny Lavoie"_s, QString(), "phone", u"581 555 0105"_s);
        QVERIFY(eric > 0 && fanny > 0);
        auto open =
            m_c->exec("INSERT INTO tickets (customer_id, subject, issue_type, status, created_at)"
                      " VALUES ($1, 'Panne internet', 'support', 'open', now() - interval '2 days') RETURNING id",
                db::SqlParams().add(eric));
        QVERIFY(open.ok());
        const qint64 openTicket = open.value().int64(0, 0);
        // A newer ticket, closed: not where the answer goes.
        QVERIFY(m_c->exec("INSERT INTO tickets (customer_id, subject, issue_type, status, closed_at)"
                          " VALUES ($1, 'Facture', 'billing', 'closed', now())",
                       db::SqlParams().add(eric))
                    .ok());
        const QJsonArray page{sms(u"SMin0010"_s, u"+18195550104"_s, u"Oui, demain 9 h me convient."_s, 5),
            sms(u"SMin0011"_s, u"+15815550105"_s, u"Mon modem clignote rouge"_s, 4),
            sms(u"SMin0012"_s, u"+16135550106"_s, u"Who is this?"_s, 3),
            sms(u"SMin0013"_s, u"+16135550106"_s, u"Hello?"_s, 2)};
        m_twilio.enqueue(kTwilioPath, test::FakeBehaviour::json(200, twilioPage(page)));
        auto r = pull();
        QVERIFY(r.ok());
        QVERIFY2(r.value().errors.isEmpty(), qPrintable(r.value().errors.join(u" | "_s)));
        QCOMPARE(r.value().messagesThreaded, 2); // Éric's, and the unknown number's second message
        QCOMPARE(r.value().ticketsCreated, 2); // Fanny's, and the unknown number's first
        QCOMPARE(r.value().unmatched, 2);

        // Éric: onto his open ticket, as himself, not internal.
        QCOMPARE(count("SELECT ticket_id FROM ticket_messages WHERE provider_ref = 'SMin0010'"), openTicket);
        QCOMPARE(text("SELECT concat_ws('|', author_name, channel, is_internal, author_staff_id IS NULL, body)"
                      " FROM ticket_messages WHERE provider_ref = 'SMin0010'"),
            u"Éric Fortin|sms|f|t|Oui, demain 9 h me convient."_s);
        // Fanny: a new open ticket of hers.
        QCOMPARE(text("SELECT concat_ws('|', t.customer_id, t.status, t.subject) FROM tickets t JOIN ticket_messages m"
                      " ON m.ticket_id = t.id WHERE m.provider_ref = 'SMin0011'"),
            u"%1|open|SMS from Fanny Lavoie"_s.arg(fanny));
        // The unknown number: one ticket without customer holding both messages.
        QCOMPARE(count("SELECT count(DISTINCT ticket_id) FROM ticket_messages WHERE provider_ref IN ('SMin0012',"
                       " 'SMin0013')"),
            1);
        QCOMPARE(text("SELECT concat_ws('|', coalesce(t.customer_id::text, 'none'), t.subject, m.author_name)"
                      " FROM tickets t JOIN ticket_messages m ON m.ticket_id = t.id WHERE m.provider_ref = 'SMin0013'"),
            u"none|SMS from +16135550106|+16135550106"_s);

        // Read again (Twilio's list overlaps the last pull): nothing new.
        m_twilio.enqueue(kTwilioPath, test::FakeBehaviour::json(200, twilioPage(page)));
        const QString before = snapshot();
        auto again = pull();
        QVERIFY(again.ok());
        QCOMPARE(again.value().messagesThreaded + again.value().ticketsCreated, 0);
        QCOMPARE(again.value().alreadyKnown, 4);
        QCOMPARE(snapshot(), before);
    }

    void providerErrorsWriteNothing()
    {
        const QString before = snapshot();
        const QString cursor = text("SELECT value FROM integration_cursors WHERE name = 'twilio.inbound'");
        // Every answer (retries included) is the failure; then the services answer normally again.
        auto failBoth = [this](const test::FakeBehaviour &twilio, const test::FakeBehaviour &mailjet) {
            m_twilio.setFallback(kTwilioPath, twilio);
            m_mailjet.setFallback(kMailjetPath, mailjet);
            auto r = pull();
            m_twilio.setFallback(kTwilioPath, test::FakeBehaviour::json(200, twilioPage({})));
            m_mailjet.setFallback(kMailjetPath, test::FakeBehaviour::json(200, mailjetPage({})));
            return r;
        };
        // Truncated JSON from both.
        auto r = failBoth(test::FakeBehaviour::malformedJson(), test::FakeBehaviour::malformedJson());
        QVERIFY(r.ok());
        QCOMPARE(r.value().errors.size(), 2);
        QVERIFY(!r.value().twilioPulled && !r.value().mailjetPulled);
        for (const QString &e : r.value().errors)
            QVERIFY2(!e.trimmed().isEmpty(), "a readable message");
        QCOMPARE(snapshot(), before);

        // JSON of another shape: a message list without messages, a contact without an address.
        r = failBoth(test::FakeBehaviour::json(200, R"({"page":0})"),
            test::FakeBehaviour::json(
                200, R"({"Count":2,"Total":2,"Data":[{"ID":7,"Email":"ok@example.ca"},{"ID":8}]})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().errors.size(), 2);
        QVERIFY2(r.value().errors.join(u" "_s).contains(u"Mailjet"_s), qPrintable(r.value().errors.join(u" | "_s)));
        QCOMPARE(snapshot(), before);

        // The services fail (500 on every attempt).
        r = failBoth(test::FakeBehaviour::serverError(), test::FakeBehaviour::serverError());
        QVERIFY(r.ok());
        QCOMPARE(r.value().errors.size(), 2);
        QCOMPARE(snapshot(), before);
        QCOMPARE(text("SELECT value FROM integration_cursors WHERE name = 'twilio.inbound'"), cursor);

        // Back up: a STOP arrives; the cursor moves past it.
        m_twilio.enqueue(kTwilioPath,
            test::FakeBehaviour::json(200, twilioPage({sms(u"SMin0020"_s, u"+14185550107"_s, u"QUIT"_s, 1)})));
        r = pull();
        QVERIFY(r.ok());
        QVERIFY(r.value().errors.isEmpty());
        QCOMPARE(r.value().twilioUnsubscribes, 1);
        QVERIFY(text("SELECT value FROM integration_cursors WHERE name = 'twilio.inbound'") > cursor);
    }

    void pumpPullsInTheBackground()
    {
        // Mailjet only (Twilio not configured: not asked); the pump pulls at once, then every 200 ms.
        integrations::IntegrationSettings settings;
        integrations::ProviderSettings mj = settings.provider(u"mailjet"_s);
        mj.baseUrl = m_mailjet.url();
        mj.account = u"key"_s;
        mj.secret = u"secret"_s;
        mj.sender = u"nouvelles@targo.ca"_s;
        settings.setProvider(mj);
        QVERIFY(mj.isConfigured());
        m_mailjet.enqueue(kMailjetPath,
            test::FakeBehaviour::json(
                200, mailjetPage({contact(301, u"pompe@example.ca"_s, u"2026-12-07T10:00:00Z"_s)})));
        const int twilioAsked = m_twilio.requestCount(kTwilioPath);
        QThreadPool pool;
        {
            InboundPump pump(pool);
            pump.startWith(m_conninfo, settings, 200);
            QVERIFY(pump.isActive());
            QTRY_COMPARE_WITH_TIMEOUT(
                count("SELECT count(*) FROM casl_unsubscribes WHERE address = 'pompe@example.ca'"), qint64(1), 10000);
            const int asked = m_mailjet.requestCount(kMailjetPath);
            QTRY_VERIFY_WITH_TIMEOUT(m_mailjet.requestCount(kMailjetPath) > asked, 5000); // the next tick
            pump.stop();
            QVERIFY(!pump.isActive());
        }
        pool.waitForDone();
        QCOMPARE(m_twilio.requestCount(kTwilioPath), twilioAsked);
        QCOMPARE(count("SELECT count(*) FROM casl_unsubscribes WHERE address = 'pompe@example.ca'"), qint64(1));

        // Nothing configured: the pump does not run.
        InboundPump idle(pool);
        idle.startWith(m_conninfo, integrations::IntegrationSettings(), 200);
        QVERIFY(!idle.isActive());
    }
};

QTEST_GUILESS_MAIN(TestInboundPull)
#include "TestInboundPull.moc"
