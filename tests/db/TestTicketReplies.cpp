// Replies that reach the customer (issue 14 item 6, migration 0029) on a real database: a reply by e-mail is one
// ticket_messages row and one Mailjet outbox row (To, the subject in the customer's language, escaped HTML, Reply-To),
// by SMS one Twilio row; a missing or invalid address, an unset sender or a ticket without customer is refused with
// nothing written; a failing enqueue rolls the message back; the thread reads the delivery from the outbox row as the
// drain moves it (queued, sent with the provider's id, failed with the provider's text).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/outbox/OutboxRepository.h"
#include "core/tickets/TicketRepository.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::tickets;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kSeed[] = {
    "INSERT INTO staff (id, pg_role, display_name, role_group, active) VALUES"
    " (1, current_user, 'Alice Roy', 'dispatcher', true)",
    "INSERT INTO customers (id, code, display_name, language, email, phone, phone_alt) VALUES"
    " (1, 'CUST-00001', 'Hélène Côté', 'fr', 'helene@example.com', '(450) 555-0101', NULL),"
    " (2, 'CUST-00002', 'John <Smith>', 'en', NULL, 'none', '819-555-0102'),"
    " (3, 'CUST-00003', 'Sans Adresse', 'fr', NULL, NULL, NULL)",
    "INSERT INTO tickets (id, code, customer_id, subject, issue_type, status) VALUES"
    " (100, 'TCK-00100', 1, 'Pas d''Internet', 'no_internet', 'open'),"
    " (101, 'TCK-00101', 2, 'Slow Wi-Fi', 'wifi', 'open'),"
    " (102, 'TCK-00102', 3, 'Facture', 'billing', 'open'),"
    " (103, 'TCK-00103', NULL, 'Panne OLT-Nord', 'outage', 'open')",
    "UPDATE billing_settings SET company_name = 'Targo Fibre', email = 'support@targo.example' WHERE id = 1",
};

ReplySender replySender()
{
    ReplySender s;
    s.mailFrom = u"noreply@targo.example"_s;
    s.smsAccountSid = u"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
    s.smsFrom = u"+15145550199"_s;
    return s;
}

} // namespace

class TestTicketReplies : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void replyTargets();
    void emailReplyIsOneMessageAndOneOutboxRow();
    void smsReplyGoesToTheMobileInTwilio();
    void refusedRepliesWriteNothing_data();
    void refusedRepliesWriteNothing();
    void failingEnqueueRollsTheMessageBack();
    void deliveryFollowsTheOutboxRow();
    void replyTextIsInTheCustomersLanguage();
    void dispatcherMayReplyBillingMayNot();

private:
    qint64 count(const char *table)
    {
        auto r = m_c->exec(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table)));
        return r.ok() ? r.value().int64(0, 0) : -1;
    }
    // The outbox row's request, provider and business entity ("provider entity:id").
    QJsonObject outboxRequest(qint64 id, QString *provider)
    {
        auto r = m_c->exec("SELECT request::text, provider || ' ' || business_entity || ':' || business_id"
                           " FROM outbox WHERE id = $1",
            db::SqlParams().add(id));
        if (!r.ok() || r.value().rows() != 1)
            return {};
        *provider = r.value().text(0, 1);
        return QJsonDocument::fromJson(r.value().text(0, 0).toUtf8()).object();
    }
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestTicketReplies::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    for (const char *sql : kSeed) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    }
}

void TestTicketReplies::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestTicketReplies::replyTargets()
{
    auto t = TicketRepository(*m_c).replyTargets(100, replySender());
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().detail));
    QCOMPARE(t.value().ticketCode, u"TCK-00100"_s);
    QCOMPARE(t.value().email, u"helene@example.com"_s);
    QCOMPARE(t.value().mobile, u"+14505550101"_s);
    QCOMPARE(t.value().language, u"fr"_s);
    QVERIFY(t.value().canEmail() && t.value().canSms());
    // phone is not a number: the alternate one is the mobile; no e-mail.
    auto en = TicketRepository(*m_c).replyTargets(101, replySender());
    QVERIFY(en.ok());
    QCOMPARE(en.value().mobile, u"+18195550102"_s);
    QVERIFY(en.value().email.isEmpty());
    QVERIFY(!en.value().canEmail());
    QCOMPARE(en.value().language, u"en"_s);
    // Without sender settings, nothing can go out.
    auto unset = TicketRepository(*m_c).replyTargets(100, {});
    QVERIFY(unset.ok());
    QVERIFY(!unset.value().canEmail() && !unset.value().canSms());
}

void TestTicketReplies::emailReplyIsOneMessageAndOneOutboxRow()
{
    const qint64 messages = count("ticket_messages"), outbox = count("outbox");
    auto r = TicketRepository(*m_c).sendReply(
        100, {u"email"_s, u"  Bonjour,\nLe technicien passe <demain> & vous appelle.  "_s, {}}, replySender());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage + r.error().detail));
    QCOMPARE(count("ticket_messages"), messages + 1);
    QCOMPARE(count("outbox"), outbox + 1);
    const TicketMessage &m = r.value();
    QCOMPARE(m.channel, u"email"_s);
    QVERIFY(!m.internal);
    QCOMPARE(m.authorName, u"Alice Roy"_s);
    QCOMPARE(m.body, u"Bonjour,\nLe technicien passe <demain> & vous appelle."_s);
    QCOMPARE(m.sentTo, u"helene@example.com"_s);
    QCOMPARE(m.subject, u"Re : [TCK-00100] Pas d'Internet"_s);
    QCOMPARE(m.delivery, u"queued"_s);
    QVERIFY(m.outboxId > 0);
    QVERIFY(!m.deliveryFinal());

    QString provider;
    const QJsonObject request = outboxRequest(m.outboxId, &provider);
    QCOMPARE(provider, u"mailjet ticket:100"_s);
    QCOMPARE(request.value(u"path"_s).toString(), u"/v3.1/send"_s);
    const QJsonObject mail = request.value(u"json"_s).toObject().value(u"Messages"_s).toArray().first().toObject();
    QCOMPARE(mail.value(u"To"_s).toArray().first().toObject().value(u"Email"_s).toString(), u"helene@example.com"_s);
    QCOMPARE(mail.value(u"Subject"_s).toString(), u"Re : [TCK-00100] Pas d'Internet"_s);
    QCOMPARE(mail.value(u"From"_s).toObject().value(u"Email"_s).toString(), u"noreply@targo.example"_s);
    QCOMPARE(mail.value(u"From"_s).toObject().value(u"Name"_s).toString(), u"Targo Fibre"_s);
    QCOMPARE(mail.value(u"ReplyTo"_s).toObject().value(u"Email"_s).toString(), u"support@targo.example"_s);
    const QString html = mail.value(u"HTMLPart"_s).toString();
    QVERIFY2(html.contains(u"&lt;demain&gt; &amp; vous"_s), qPrintable(html));
    QVERIFY(!html.contains(u"<demain>"_s));
    QVERIFY(html.contains(u"Billet TCK-00100"_s));
    QVERIFY(mail.value(u"TextPart"_s).toString().startsWith(u"Bonjour,\nLe technicien passe <demain>"_s));

    // The thread shows it with its delivery.
    auto thread = TicketRepository(*m_c).loadTicket(100);
    QVERIFY(thread.ok());
    QCOMPARE(thread.value().thread.messages.last(), m);
    QCOMPARE(thread.value().messageCount, 1);
}

void TestTicketReplies::smsReplyGoesToTheMobileInTwilio()
{
    auto r = TicketRepository(*m_c).sendReply(101, {u"sms"_s, u"Your router is being replaced."_s, {}}, replySender());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage + r.error().detail));
    QCOMPARE(r.value().channel, u"sms"_s);
    QCOMPARE(r.value().sentTo, u"+18195550102"_s);
    QVERIFY(r.value().subject.isEmpty());
    QString provider;
    const QJsonObject request = outboxRequest(r.value().outboxId, &provider);
    QCOMPARE(provider, u"twilio ticket:101"_s);
    QVERIFY(request.value(u"path"_s).toString().endsWith(u"/Messages.json"_s));
    const QString form = QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact));
    QVERIFY2(form.contains(u"+18195550102"_s), qPrintable(form));
    QVERIFY(form.contains(u"Your router is being replaced."_s));
    QVERIFY(form.contains(u"+15145550199"_s));

    // A contact's number given by hand is normalised the same way.
    auto contact = TicketRepository(*m_c).sendReply(101, {u"sms"_s, u"Hi"_s, u"514 555 0177"_s}, replySender());
    QVERIFY(contact.ok());
    QCOMPARE(contact.value().sentTo, u"+15145550177"_s);
}

void TestTicketReplies::refusedRepliesWriteNothing_data()
{
    QTest::addColumn<qint64>("ticket");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("withSender");
    QTest::addColumn<QString>("message");
    QTest::newRow("no e-mail") << qint64(101) << u"email"_s << u"Hi"_s << QString() << true
                               << u"CUST-00002 has no e-mail address"_s;
    QTest::newRow("no mobile") << qint64(102) << u"sms"_s << u"Bonjour"_s << QString() << true
                               << u"CUST-00003 has no mobile number"_s;
    QTest::newRow("bad address") << qint64(100) << u"email"_s << u"Bonjour"_s << u"helene@"_s << true
                                 << u"is not an e-mail address"_s;
    QTest::newRow("bad number") << qint64(100) << u"sms"_s << u"Bonjour"_s << u"555-01"_s << true << QString();
    QTest::newRow("mail not set up") << qint64(100) << u"email"_s << u"Bonjour"_s << QString() << false
                                     << u"E-mail is not set up"_s;
    QTest::newRow("sms not set up") << qint64(100) << u"sms"_s << u"Bonjour"_s << QString() << false
                                    << u"SMS is not set up"_s;
    QTest::newRow("empty body") << qint64(100) << u"email"_s << u"   "_s << QString() << true
                                << u"The message is empty."_s;
    QTest::newRow("no customer") << qint64(103) << u"email"_s << u"Bonjour"_s << u"x@example.com"_s << true
                                 << u"has no customer"_s;
    QTest::newRow("portal is not outbound")
        << qint64(100) << u"portal"_s << u"Bonjour"_s << QString() << true << u"by e-mail (email) or by SMS (sms)"_s;
}

void TestTicketReplies::refusedRepliesWriteNothing()
{
    QFETCH(qint64, ticket);
    QFETCH(QString, channel);
    QFETCH(QString, body);
    QFETCH(QString, to);
    QFETCH(bool, withSender);
    QFETCH(QString, message);
    const qint64 messages = count("ticket_messages"), outbox = count("outbox");
    auto r = TicketRepository(*m_c).sendReply(ticket, {channel, body, to}, withSender ? replySender() : ReplySender{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY(!r.error().userMessage.isEmpty());
    QVERIFY2(r.error().userMessage.contains(message), qPrintable(r.error().userMessage));
    QCOMPARE(count("ticket_messages"), messages);
    QCOMPARE(count("outbox"), outbox);
}

void TestTicketReplies::failingEnqueueRollsTheMessageBack()
{
    QVERIFY(m_c->exec("CREATE FUNCTION test_refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS"
                      " $$BEGIN RAISE EXCEPTION 'outbox refused by the test'; END$$")
                .ok());
    QVERIFY(m_c->exec("CREATE TRIGGER test_refuse_outbox BEFORE INSERT ON outbox"
                      " FOR EACH ROW EXECUTE FUNCTION test_refuse_outbox()")
                .ok());
    const qint64 messages = count("ticket_messages"), outbox = count("outbox");
    auto r = TicketRepository(*m_c).sendReply(100, {u"email"_s, u"Bonjour"_s, {}}, replySender());
    QVERIFY(!r.ok());
    QVERIFY(r.error().detail.contains(u"outbox refused by the test"_s));
    QCOMPARE(count("ticket_messages"), messages);
    QCOMPARE(count("outbox"), outbox);
    QVERIFY(m_c->exec("DROP TRIGGER test_refuse_outbox ON outbox").ok());
    QVERIFY(m_c->exec("DROP FUNCTION test_refuse_outbox()").ok());
    // And the same reply goes once the outbox accepts it again.
    QVERIFY(TicketRepository(*m_c).sendReply(100, {u"email"_s, u"Bonjour"_s, {}}, replySender()).ok());
    QCOMPARE(count("ticket_messages"), messages + 1);
}

void TestTicketReplies::deliveryFollowsTheOutboxRow()
{
    auto sms = TicketRepository(*m_c).sendReply(100, {u"sms"_s, u"Le technicien arrive."_s, {}}, replySender());
    auto mail = TicketRepository(*m_c).sendReply(100, {u"email"_s, u"Bonjour"_s, {}}, replySender());
    QVERIFY(sms.ok() && mail.ok());
    const QList<qint64> ids{sms.value().id, mail.value().id};
    // Everything already due is claimed first (earlier rows too), then the two rows of this test settled.
    outbox::OutboxRepository box(*m_c);
    auto claimed = box.claim(100, u"test-worker"_s, 60);
    QVERIFY(claimed.ok());
    auto deliveries = TicketRepository(*m_c).deliveries(100, ids);
    QVERIFY(deliveries.ok());
    QCOMPARE(deliveries.value().size(), 2);
    QCOMPARE(deliveries.value().at(0).delivery, u"sending"_s);
    for (const outbox::OutboxItem &item : claimed.value()) {
        if (item.id == sms.value().outboxId) {
            QVERIFY(box.recordSuccess(item, 201, u"SM0123456789abcdef0123456789abcdef"_s, {}).ok());
        } else if (item.id == mail.value().outboxId) {
            outbox::OutboxFailure failure;
            failure.disposition = outbox::OutboxFailure::Disposition::Fail;
            failure.httpStatus = 400;
            failure.error = u"mj-0013: \"helene@example.com\" is not a valid recipient"_s;
            QVERIFY(box.recordFailure(item, failure).ok());
        }
    }
    deliveries = TicketRepository(*m_c).deliveries(100, ids);
    QVERIFY(deliveries.ok());
    QCOMPARE(deliveries.value().size(), 2);
    const MessageDelivery &sent = deliveries.value().at(0);
    QCOMPARE(sent.messageId, sms.value().id);
    QCOMPARE(sent.delivery, u"sent"_s);
    QCOMPARE(sent.deliveryRef, u"SM0123456789abcdef0123456789abcdef"_s);
    QVERIFY(sent.deliveryError.isEmpty());
    const MessageDelivery &failed = deliveries.value().at(1);
    QCOMPARE(failed.delivery, u"failed"_s);
    QVERIFY2(failed.deliveryError.contains(u"mj-0013"_s), qPrintable(failed.deliveryError));
    QVERIFY(TicketMessage::isDeliveryFinal(failed.delivery));

    // The thread says the same; a note or a portal reply has no delivery, and is not asked for.
    auto note = TicketRepository(*m_c).addMessage(100, u"note interne"_s, true);
    QVERIFY(note.ok());
    QVERIFY(note.value().delivery.isEmpty() && !note.value().isOutbound());
    auto thread = TicketRepository(*m_c).newerMessages(100, {}, 3);
    QVERIFY(thread.ok());
    QCOMPARE(thread.value().at(0).delivery, u"sent"_s);
    QCOMPARE(thread.value().at(1).delivery, u"failed"_s);
    auto onlyOutbound = TicketRepository(*m_c).deliveries(100, {note.value().id});
    QVERIFY(onlyOutbound.ok() && onlyOutbound.value().isEmpty());
}

void TestTicketReplies::replyTextIsInTheCustomersLanguage()
{
    QCOMPARE(TicketRepository::replySubject(u"en"_s, u"TCK-00101"_s, u"Slow Wi-Fi"_s), u"Re: [TCK-00101] Slow Wi-Fi"_s);
    QCOMPARE(TicketRepository::replySubject(u"fr"_s, u"TCK-00100"_s, u"Lent"_s), u"Re : [TCK-00100] Lent"_s);
    QCOMPARE(TicketRepository::replyText(u"en"_s, u"Hi"_s, u"TCK-00101"_s, u"Targo"_s),
        u"Hi\n\n-- \nTargo · Ticket TCK-00101\n"_s);
    const QString html = TicketRepository::replyHtml(u"en"_s, u"a\nb <script>"_s, u"TCK-00101"_s, u"T&Co"_s);
    QVERIFY2(html.contains(u"a<br>\nb &lt;script&gt;"_s), qPrintable(html));
    QVERIFY(html.contains(u"T&amp;Co · Ticket TCK-00101"_s));
    QVERIFY(html.contains(u"lang=\"en\""_s));
}

void TestTicketReplies::dispatcherMayReplyBillingMayNot()
{
    // Roles are the cluster's: created once, whatever test created them first.
    for (const char *sql : {"DO $$BEGIN CREATE ROLE ticketreply_dispatcher IN ROLE ops_dispatcher;"
                            " EXCEPTION WHEN duplicate_object THEN NULL; END$$",
             "DO $$BEGIN CREATE ROLE ticketreply_billing IN ROLE ops_billing;"
             " EXCEPTION WHEN duplicate_object THEN NULL; END$$",
             "INSERT INTO staff (id, pg_role, display_name, role_group, active) VALUES"
             " (2, 'ticketreply_dispatcher', 'Denis Répartition', 'dispatcher', true)"}) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    }
    QVERIFY(m_c->exec("SET ROLE ticketreply_dispatcher").ok());
    auto mail = TicketRepository(*m_c).sendReply(100, {u"email"_s, u"Bonjour"_s, {}}, replySender());
    auto sms = TicketRepository(*m_c).sendReply(100, {u"sms"_s, u"Bonjour"_s, {}}, replySender());
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY2(mail.ok(), mail.ok() ? "" : qPrintable(mail.error().detail));
    QVERIFY2(sms.ok(), sms.ok() ? "" : qPrintable(sms.error().detail));
    QCOMPARE(mail.value().authorName, u"Denis Répartition"_s);
    // The billing settings are not the dispatcher's to read: no Reply-To, no company name, the mail still goes.
    QString provider;
    const QJsonObject mj = outboxRequest(mail.value().outboxId, &provider)
                               .value(u"json"_s)
                               .toObject()
                               .value(u"Messages"_s)
                               .toArray()
                               .first()
                               .toObject();
    QVERIFY(!mj.contains(u"ReplyTo"_s));
    QCOMPARE(mj.value(u"From"_s).toObject().value(u"Email"_s).toString(), u"noreply@targo.example"_s);

    // Billing reads tickets but writes no message: refused, nothing written.
    const qint64 messages = count("ticket_messages"), outbox = count("outbox");
    QVERIFY(m_c->exec("SET ROLE ticketreply_billing").ok());
    auto refused = TicketRepository(*m_c).sendReply(100, {u"email"_s, u"Bonjour"_s, {}}, replySender());
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QCOMPARE(count("ticket_messages"), messages);
    QCOMPARE(count("outbox"), outbox);
}

QTEST_GUILESS_MAIN(TestTicketReplies)
#include "TestTicketReplies.moc"
