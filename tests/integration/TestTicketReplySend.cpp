// A ticket reply end to end (issue 14 item 6): TicketRepository::sendReply puts the e-mail (Mailjet) or the SMS
// (Twilio) in the outbox, and the outbox worker delivers each to a validating Prism mock of the vendor's API
// (tests/specs/mailjet.yaml, twilio.yaml: a request Prism finds invalid is answered 4xx and the row would fail). The
// row ends 'sent' with the provider's message id, and the thread reads that delivery back.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/integrations/MailjetClient.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxWorker.h"
#include "core/tickets/TicketRepository.h"
#include "tests/support/OpsctlRunner.h"
#include "tests/support/PrismMock.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::tickets;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSid = u"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;

const char *const kSeed[] = {
    "INSERT INTO customers (id, code, display_name, language, email, phone) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', '(450) 555-0101'),"
    " (2, 'CUST-00002', 'John Smith', 'en', 'john@example.com', '819-555-0102')",
    "INSERT INTO tickets (id, code, customer_id, subject, issue_type, status) VALUES"
    " (1, 'TCK-00001', 1, 'Pas d''Internet', 'no_internet', 'open'),"
    " (2, 'TCK-00002', 2, 'Slow <Wi-Fi>', 'wifi', 'open')",
    "UPDATE billing_settings SET company_name = 'Targo Fibre', email = 'support@targo.example' WHERE id = 1",
};

} // namespace

class TestTicketReplySend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_mailjet = std::make_unique<test::PrismMock>(u"mailjet.yaml"_s);
        QVERIFY2(m_mailjet->start(), qPrintable(m_mailjet->error()));
        m_twilio = std::make_unique<test::PrismMock>(u"twilio.yaml"_s);
        QVERIFY2(m_twilio->start(), qPrintable(m_twilio->error()));
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase(true);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_c = std::move(c).value();
        for (const char *sql : kSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        }
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
        m_twilio.reset();
        m_mailjet.reset();
    }

    void repliesReachMailjetAndTwilio()
    {
        ReplySender sender;
        sender.mailFrom = u"support@targo.example"_s;
        sender.smsAccountSid = kSid;
        sender.smsFrom = u"+15145550199"_s;

        net::NetExecutor net(2);
        integrations::MailjetConfig mailConfig;
        mailConfig.apiKey = u"pubkey"_s;
        mailConfig.secretKey = u"privkey"_s;
        integrations::MailjetClient mailAuth(net, mailConfig);
        integrations::TwilioConfig smsConfig;
        smsConfig.accountSid = kSid;
        smsConfig.authToken = u"token"_s;
        integrations::TwilioClient smsAuth(net, smsConfig);
        outbox::OutboxWorker worker(m_conninfo, net,
            {{u"mailjet"_s, m_mailjet->provider(u"mailjet"_s)}, {u"twilio"_s, m_twilio->provider(u"twilio"_s)}},
            {{u"mailjet"_s, mailAuth.authHeaders()}, {u"twilio"_s, smsAuth.authHeaders()}});

        struct Case
        {
            qint64 ticket;
            QString channel;
            QString body;
        };
        const Case cases[] = {
            {1, u"email"_s, u"Bonjour,\nUn technicien passe demain entre 8 h et 12 h <inclus>."_s},
            {2, u"email"_s, u"Hello,\nWe replaced the router & the Wi-Fi should be fast again."_s},
            {1, u"sms"_s, u"Le technicien arrive vers 14 h."_s},
            {2, u"sms"_s, u"Your technician is on the way ✓"_s}, // UCS-2
        };
        for (const Case &c : cases) {
            auto reply = TicketRepository(*m_c).sendReply(c.ticket, {c.channel, c.body, {}}, sender);
            QVERIFY2(reply.ok(), reply.ok() ? "" : qPrintable(reply.error().userMessage + reply.error().detail));
            QCOMPARE(reply.value().delivery, u"queued"_s);
            auto sent = worker.sendNow(*m_c, reply.value().outboxId, 30000);
            QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().detail));
            const QString output = (c.channel == u"email"_s ? m_mailjet : m_twilio)->output().right(3000);
            QVERIFY2(sent.value().status == outbox::OutboxStatus::Sent, qPrintable(sent.value().lastError + output));
            QVERIFY(!sent.value().providerRef.isEmpty());
            if (c.channel == u"email"_s) {
                const QJsonObject message =
                    sent.value().request.value(u"json"_s).toObject().value(u"Messages"_s).toArray().at(0).toObject();
                QCOMPARE(message.value(u"Subject"_s).toString(),
                    c.ticket == 1 ? u"Re : [TCK-00001] Pas d'Internet"_s : u"Re: [TCK-00002] Slow <Wi-Fi>"_s);
            }

            // The thread reads the delivery back from the outbox row.
            auto deliveries = TicketRepository(*m_c).deliveries(c.ticket, {reply.value().id});
            QVERIFY(deliveries.ok());
            QCOMPARE(deliveries.value().size(), 1);
            QCOMPARE(deliveries.value().first().delivery, u"sent"_s);
            QCOMPARE(deliveries.value().first().deliveryRef, sent.value().providerRef);
        }
        QVERIFY(m_mailjet->output().contains(u"/v3.1/send"_s));
        QVERIFY(m_twilio->output().contains(u"Messages.json"_s));
        QVERIFY2(!m_mailjet->output().contains(u"Violation"_s), qPrintable(m_mailjet->output().right(3000)));
        QVERIFY2(!m_twilio->output().contains(u"Violation"_s), qPrintable(m_twilio->output().right(3000)));
        net.shutdown();
    }

    // targo-opsctl tickets reply: the same path from a script, with the senders of the environment.
    void opsctlReplies()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString body = dir.filePath(u"body.txt"_s);
        QFile f(body);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"\uFEFFVotre réparation est terminée.\r\n"_s.toUtf8()); // a BOM and CRLF, as Notepad writes
        f.close();
        QProcessEnvironment env = test::opsctlEnvironment();
        env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, kSid);
        env.insert(u"TARGO_TWILIO_FROM"_s, u"+15145550199"_s);
        const auto run = [&](const QStringList &args) {
            return test::runOpsctl(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, m_conninfo} + args, env, 120000);
        };
        const QString before = scalar("SELECT count(*) FROM ticket_messages");

        auto sms = run(
            {u"tickets"_s, u"reply"_s, u"TCK-00001"_s, u"--channel"_s, u"sms"_s, u"--body-file"_s, body, u"--json"_s});
        QVERIFY2(sms.code == 0, qPrintable(sms.err));
        const QJsonObject o = sms.json();
        QCOMPARE(o.value(u"channel"_s).toString(), u"sms"_s);
        QCOMPARE(o.value(u"sent_to"_s).toString(), u"+14505550101"_s);
        QCOMPARE(o.value(u"delivery"_s).toString(), u"queued"_s);
        const qint64 messageId = o.value(u"message_id"_s).toInteger();
        QCOMPARE(scalar(u"SELECT body FROM ticket_messages WHERE id = %1"_s.arg(messageId).toUtf8()),
            u"Votre réparation est terminée."_s);
        QCOMPARE(
            scalar(u"SELECT provider FROM outbox WHERE id = %1"_s.arg(o.value(u"outbox_id"_s).toInteger()).toUtf8()),
            u"twilio"_s);

        // A note needs no sender; e-mail without Mailjet's sender is refused (exit 2) and writes nothing.
        auto note = run({u"tickets"_s, u"reply"_s, u"tck-00001"_s, u"--channel"_s, u"note"_s, u"--body-file"_s, body});
        QVERIFY2(note.code == 0, qPrintable(note.err));
        auto mail = run({u"tickets"_s, u"reply"_s, u"TCK-00001"_s, u"--channel"_s, u"email"_s, u"--body-file"_s, body});
        QCOMPARE(mail.code, 2);
        QVERIFY2(mail.err.contains(u"E-mail is not set up"_s), qPrintable(mail.err));
        auto unknown =
            run({u"tickets"_s, u"reply"_s, u"TCK-09999"_s, u"--channel"_s, u"sms"_s, u"--body-file"_s, body});
        QCOMPARE(unknown.code, 2);
        QCOMPARE(scalar("SELECT count(*) FROM ticket_messages").toInt(), before.toInt() + 2);
    }

private:
    QString scalar(const QByteArray &sql)
    {
        auto r = m_c->exec(QString::fromUtf8(sql));
        return r.ok() && r.value().rows() ? r.value().text(0, 0) : QString();
    }

    std::unique_ptr<test::PrismMock> m_mailjet;
    std::unique_ptr<test::PrismMock> m_twilio;
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

QTEST_MAIN(TestTicketReplySend)
#include "TestTicketReplySend.moc"
