// MailjetClient: message JSON (HTML + text, List-Unsubscribe header, CustomID, base64 attachments), batches of at most
// 50 and per-message results of a partly failed batch (FakeHttpServer), then the Send API v3.1 against a validating
// Prism mock of tests/specs/mailjet.yaml: accepted with typed results, and a message without To rejected.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/integrations/IntegrationSupport.h"
#include "core/integrations/MailjetClient.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/PrismMock.h"

using namespace ops;
using namespace ops::integrations;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> T waitFor(QFuture<T> f)
{
    if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 20000))
        qFatal("future did not finish");
    return f.result();
}

MailjetMessage visit(int n)
{
    MailjetMessage m;
    m.to = {{u"client%1@example.com"_s.arg(n), u"Client %1"_s.arg(n)}};
    m.subject = u"Visite du technicien"_s;
    m.textPart = u"Votre visite est prévue mardi entre 9 h et 12 h."_s;
    m.htmlPart = u"<p>Votre visite est prévue <b>mardi entre 9 h et 12 h</b>.</p>"_s;
    m.customId = u"visit-%1"_s.arg(n);
    return m;
}

MailjetConfig config()
{
    MailjetConfig c;
    c.apiKey = u"pubkey"_s;
    c.secretKey = u"privkey"_s;
    c.fromEmail = u"noreply@example.net"_s;
    c.fromName = u"Targo Fibre"_s;
    return c;
}

} // namespace

class TestMailjetClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void buildsMessageJson();
    void refusesInvalidMessages();
    void splitsIntoBatchesOf50();
    void reportsPartlyFailedBatch();
    void unreadablePartialFailureIsAmbiguous();

    void sendAccepted();
    void sendSeveralWithSandboxAccepted();
    void missingToRejected();

private:
    std::unique_ptr<test::PrismMock> m_prism;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<MailjetClient> m_client;
};

void TestMailjetClient::initTestCase()
{
    m_prism = std::make_unique<test::PrismMock>(u"mailjet.yaml"_s);
    QVERIFY2(m_prism->start(), qPrintable(m_prism->error()));
    m_net = std::make_unique<net::NetExecutor>(2);
    QVERIFY(m_net->setProvider(m_prism->provider(u"mailjet"_s)).ok());
    m_client = std::make_unique<MailjetClient>(*m_net, config());
}

void TestMailjetClient::cleanupTestCase()
{
    m_client.reset();
    m_net.reset();
    m_prism.reset();
}

void TestMailjetClient::buildsMessageJson()
{
    MailjetMessage m = visit(1);
    m.headers = {{u"List-Unsubscribe"_s, u"<mailto:unsubscribe@example.net?subject=visit-1>"_s}};
    m.attachments = {{u"application/pdf"_s, u"facture.pdf"_s, QByteArray("%PDF-1.4 ...")}};
    const Result<QJsonObject> o = m_client->messageJson(m);
    QVERIFY(o.ok());
    QCOMPARE(o->value(u"From").toObject().value(u"Email").toString(), u"noreply@example.net"_s);
    QCOMPARE(o->value(u"To").toArray().at(0).toObject().value(u"Email").toString(), u"client1@example.com"_s);
    QVERIFY(o->value(u"HTMLPart").toString().contains(u"<b>"_s));
    QVERIFY(!o->value(u"TextPart").toString().isEmpty());
    QCOMPARE(o->value(u"CustomID").toString(), u"visit-1"_s);
    QCOMPARE(o->value(u"Headers").toObject().value(u"List-Unsubscribe").toString(),
        u"<mailto:unsubscribe@example.net?subject=visit-1>"_s);
    const QJsonObject att = o->value(u"Attachments").toArray().at(0).toObject();
    QCOMPARE(att.value(u"Filename").toString(), u"facture.pdf"_s);
    QCOMPARE(QByteArray::fromBase64(att.value(u"Base64Content").toString().toLatin1()), QByteArray("%PDF-1.4 ..."));
    QVERIFY(!o->contains(u"Cc"));
}

void TestMailjetClient::refusesInvalidMessages()
{
    MailjetMessage m = visit(1);
    m.to.clear();
    QCOMPARE(m_client->messageJson(m).error().kind, Error::Kind::Validation);
    m = visit(1);
    m.textPart.clear();
    m.htmlPart.clear();
    QVERIFY(!m_client->messageJson(m).ok());
    m = visit(1);
    m.to = {{u"not an address"_s, {}}};
    QVERIFY(!m_client->messageJson(m).ok());
    m = visit(1);
    for (int i = 0; i < 51; ++i)
        m.bcc << MailjetAddress{u"b%1@example.com"_s.arg(i), {}};
    QVERIFY(!m_client->messageJson(m).ok());
    QVERIFY(!m_client->sendRequests({}).ok());
}

void TestMailjetClient::splitsIntoBatchesOf50()
{
    QList<MailjetMessage> list;
    for (int i = 0; i < 120; ++i)
        list << visit(i);
    const auto batches = MailjetClient::splitBatches(list);
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches.at(0).size(), 50);
    QCOMPARE(batches.at(2).size(), 20);
    QCOMPARE(batches.at(2).at(0).customId, u"visit-100"_s);
    const Result<QList<outbox::OutboxRequest>> requests = m_client->sendRequests(list, true);
    QVERIFY(requests.ok());
    QCOMPARE(requests->size(), 3);
    QCOMPARE(requests->at(1).path, u"/v3.1/send"_s);
    QCOMPARE(requests->at(1).operation, u"email.send"_s);
    QCOMPARE(requests->at(1).json->value(u"Messages").toArray().size(), 50);
    QCOMPARE(requests->at(1).json->value(u"SandboxMode").toBool(), true);
}

void TestMailjetClient::reportsPartlyFailedBatch()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    net::ProviderConfig p;
    p.id = u"mailjet"_s;
    p.baseUrl = fake.url();
    QVERIFY(exec.setProvider(p).ok());
    MailjetClient client(exec, config());

    QList<MailjetMessage> list;
    for (int i = 0; i < 53; ++i)
        list << visit(i);
    // Batch 1 (50): all sent; batch 2 (3): 400, the middle one refused, the others sent.
    QJsonArray ok50;
    for (int i = 0; i < 50; ++i)
        ok50.append(QJsonObject{{u"Status"_s, u"success"_s}, {u"CustomID"_s, u"visit-%1"_s.arg(i)},
            {u"To"_s,
                QJsonArray{QJsonObject{{u"Email"_s, u"c@x.ca"_s}, {u"MessageUUID"_s, u"u"_s},
                    {u"MessageID"_s, qint64(1152921504606846977) + i}, {u"MessageHref"_s, u"h"_s}}}}});
    fake.enqueue("/v3.1/send",
        test::FakeBehaviour::json(
            200, QJsonDocument(QJsonObject{{u"Messages"_s, ok50}}).toJson(QJsonDocument::Compact)));
    fake.enqueue("/v3.1/send",
        test::FakeBehaviour::json(400,
            R"({"Messages":[{"Status":"success","To":[{"Email":"c50@x.ca","MessageUUID":"a","MessageID":70,"MessageHref":"h"}]},)"
            R"({"Status":"error","Errors":[{"ErrorIdentifier":"e1","ErrorCode":"mj-0013","StatusCode":400,"ErrorMessage":"\"c51\" is an invalid email address.","ErrorRelatedTo":["To[0].Email"]}]},)"
            R"({"Status":"success","To":[{"Email":"c52@x.ca","MessageUUID":"b","MessageID":72,"MessageHref":"h"}]}]})"));

    const Result<MailjetSendReport> r = waitFor(client.send(list));
    QVERIFY(r.ok());
    QCOMPARE(fake.requestCount("/v3.1/send"), 2);
    const QJsonObject first = QJsonDocument::fromJson(fake.requests("/v3.1/send").at(0).body).object();
    QCOMPARE(first.value(u"Messages").toArray().size(), 50);
    QVERIFY(fake.requests("/v3.1/send").at(0).header("Authorization").startsWith("Basic "));
    QCOMPARE(r->batches, 2);
    QCOMPARE(r->results.size(), 53);
    QCOMPARE(r->failedIndexes(), QList<int>{51});
    QVERIFY(r->ambiguousIndexes().isEmpty());
    QCOMPARE(r->sentCount(), 52);
    QCOMPARE(r->results.at(0).messageIds.value(0), qint64(1152921504606846977)); // > 2^53, exact
    QCOMPARE(r->results.at(49).customId, u"visit-49"_s);
    QCOMPARE(r->results.at(52).messageIds.value(0), qint64(72));
    const MailjetMessageResult &failed = r->results.at(51);
    QCOMPARE(failed.errorCodes, QStringList{u"mj-0013"_s});
    QVERIFY2(failed.userMessage.contains(u"is an invalid email address"_s), qPrintable(failed.userMessage));
    QVERIFY(failed.userMessage.contains(u"To[0].Email"_s));
    exec.shutdown();
}

void TestMailjetClient::unreadablePartialFailureIsAmbiguous()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    net::ProviderConfig p;
    p.id = u"mailjet"_s;
    p.baseUrl = fake.url();
    QVERIFY(exec.setProvider(p).ok());
    MailjetClient client(exec, config());
    // A 400 whose per-message part cannot be read (here: not JSON): which were sent is unknown.
    fake.enqueue("/v3.1/send", test::FakeBehaviour::fromBody(400, "<html>Bad Request</html>", "text/html"));
    // A global error (nothing sent): plainly failed.
    fake.enqueue("/v3.1/send",
        test::FakeBehaviour::json(401,
            R"({"ErrorIdentifier":"x","ErrorCode":"mj-0015","ErrorMessage":"API key authentication/authorization failure.","StatusCode":401})"));
    Result<MailjetSendReport> r = waitFor(client.send({visit(1), visit(2)}));
    QVERIFY(r.ok());
    QCOMPARE(r->ambiguousIndexes(), (QList<int>{0, 1}));
    QVERIFY(r->failedIndexes().isEmpty());
    r = waitFor(client.send({visit(1)}));
    QVERIFY(r.ok());
    QCOMPARE(r->failedIndexes(), QList<int>{0});
    QVERIFY2(
        r->results.at(0).userMessage.contains(u"API key authentication"_s), qPrintable(r->results.at(0).userMessage));
    exec.shutdown();
}

void TestMailjetClient::sendAccepted()
{
    MailjetMessage m = visit(7);
    m.cc = {{u"dispatch@example.net"_s, {}}};
    m.replyTo = MailjetAddress{u"support@example.net"_s, u"Soutien"_s};
    m.headers = {{u"List-Unsubscribe"_s, u"<https://example.net/unsubscribe?c=7>"_s}};
    m.attachments = {{u"application/pdf"_s, u"facture-7.pdf"_s, QByteArray("%PDF-1.4 facture")}};
    const Result<MailjetSendReport> r = waitFor(m_client->send({m}));
    QVERIFY(r.ok());
    QCOMPARE(r->results.size(), 1);
    const MailjetMessageResult &res = r->results.at(0);
    QVERIFY2(res.success, qPrintable(res.userMessage + u"\n"_s + m_prism->output().right(2000)));
    QCOMPARE(res.messageIds.value(0), qint64(4503599627370496));
    QVERIFY(!res.messageUuids.value(0).isEmpty());
}

void TestMailjetClient::sendSeveralWithSandboxAccepted()
{
    // The batch request as the outbox stores it (3 messages, SandboxMode) is valid for the mock.
    const Result<QList<outbox::OutboxRequest>> requests = m_client->sendRequests({visit(1), visit(2), visit(3)}, true);
    QVERIFY(requests.ok());
    const Result<net::HttpResponse> raw = waitFor(m_net->send(toHttpRequest(requests->at(0), m_client->authHeaders())));
    QVERIFY2(raw.ok(), raw.ok() ? "" : qPrintable(raw.error().detail + m_prism->output().right(2000)));
    QCOMPARE(raw->status, 200);
    // Through the client (Prism's static answer describes one message, so send one).
    const Result<MailjetSendReport> r = waitFor(m_client->send({visit(4)}, true));
    QVERIFY(r.ok());
    QVERIFY2(r->allSent(), qPrintable(r->results.at(0).userMessage));
}

void TestMailjetClient::missingToRejected()
{
    outbox::OutboxRequest bad;
    bad.provider = u"mailjet"_s;
    bad.path = u"/v3.1/send"_s;
    bad.json = QJsonObject{{u"Messages"_s,
        QJsonArray{QJsonObject{{u"From"_s, QJsonObject{{u"Email"_s, u"noreply@example.net"_s}}},
            {u"Subject"_s, u"Visit"_s}, {u"TextPart"_s, u"Tuesday 9-12"_s}}}}};
    const net::HttpRequest request = toHttpRequest(bad, m_client->authHeaders());
    QCOMPARE(request.answerStatuses, QList<int>{400}); // Mailjet's 400 carries per-message results
    const Result<net::HttpResponse> raw = waitFor(m_net->send(request, net::RetryPolicy::noRetry()));
    QVERIFY2(raw.ok(), raw.ok() ? "" : qPrintable(raw.error().detail));
    QCOMPARE(raw->status, 400); // rejected by the validating mock
    const Result<QList<MailjetMessageResult>> perMessage =
        MailjetClient::parseSendResponse(QJsonDocument::fromJson(raw->body).object(), 0, 1);
    QVERIFY(perMessage.ok());
    QVERIFY(!perMessage->at(0).success);
    QCOMPARE(perMessage->at(0).errorCodes, QStringList{u"mj-0003"_s});
    QVERIFY2(perMessage->at(0).userMessage.contains(u"Missing mandatory property"_s),
        qPrintable(perMessage->at(0).userMessage));

    // Read as an error (what a caller that does not read the results gets): permanent, with Mailjet's text.
    const Error e = MailjetClient::mapError(net::errorOfAnswer(request, raw.value()));
    QCOMPARE(e.kind, Error::Kind::Validation);
    QCOMPARE(net::outcomeOf(e), net::Outcome::Permanent);
    QCOMPARE(net::httpStatusOf(e), 400);
    QVERIFY2(e.userMessage.contains(u"Missing mandatory property"_s), qPrintable(e.userMessage + u" | "_s + e.detail));
}

QTEST_GUILESS_MAIN(TestMailjetClient)
#include "TestMailjetClient.moc"
