// StripeClient: bracket form encoding (unit), the headers every call carries and Stripe's error object mapped to
// translated messages (FakeHttpServer), then every operation against a validating Prism mock of
// tests/specs/stripe.json (accepted, typed response parsed) and a payment intent without currency rejected.
#include <QJsonArray>
#include <QTest>

#include "core/integrations/IntegrationSupport.h"
#include "core/integrations/StripeClient.h"
#include "core/integrations/StripeForm.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"
#include "core/outbox/OutboxWorker.h"
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

template <typename T> QByteArray why(const Result<T> &r, const test::PrismMock *prism = nullptr)
{
    if (r.ok())
        return {};
    return (r.error().userMessage + u" | "_s + r.error().detail
        + (prism ? u"\n"_s + prism->output().right(1500) : QString()))
        .toUtf8();
}

StripeConfig config()
{
    StripeConfig c;
    c.secretKey = u"sk_test_123"_s;
    return c;
}

} // namespace

class TestStripeClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void encodesBrackets();
    void refusesMissingIdempotencyKey();
    void outboxRowSendsTheSameCall();
    void sendsHeadersAndForm();
    void mapsStripeErrors();

    void customersAccepted();
    void setupIntentAndPaymentMethodsAccepted();
    void paymentIntentsAccepted();
    void refundAccepted();
    void eventsFromCursorAccepted();
    void paymentIntentWithoutCurrencyRejected();

private:
    std::unique_ptr<test::PrismMock> m_prism;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<StripeClient> m_client;
};

void TestStripeClient::initTestCase()
{
    m_prism = std::make_unique<test::PrismMock>(u"stripe.json"_s);
    QVERIFY2(m_prism->start(), qPrintable(m_prism->error()));
    m_net = std::make_unique<net::NetExecutor>(2);
    QVERIFY(m_net->setProvider(m_prism->provider(u"stripe"_s)).ok());
    m_client = std::make_unique<StripeClient>(*m_net, config());
}

void TestStripeClient::cleanupTestCase()
{
    m_client.reset();
    m_net.reset();
    m_prism.reset();
}

void TestStripeClient::encodesBrackets()
{
    const QJsonObject params{{u"amount"_s, 4999}, {u"currency"_s, u"cad"_s}, {u"confirm"_s, true},
        {u"metadata"_s, QJsonObject{{u"invoice"_s, u"INV-1"_s}, {u"ops id"_s, u"42"_s}}},
        {u"payment_method_types"_s, QJsonArray{u"card"_s, u"acss_debit"_s}},
        {u"shipping"_s, QJsonObject{{u"address"_s, QJsonObject{{u"city"_s, u"Saint-Jérôme"_s}}}}},
        {u"items"_s, QJsonArray{QJsonObject{{u"price"_s, u"price_1"_s}}}}, {u"skip"_s, QJsonValue::Null},
        {u"description"_s, QString(u""_s)}};
    const FormFields f = stripeFormFields(params);
    const FormFields expected{{u"amount"_s, u"4999"_s}, {u"confirm"_s, u"true"_s}, {u"currency"_s, u"cad"_s},
        {u"description"_s, QString()}, {u"items[0][price]"_s, u"price_1"_s}, {u"metadata[invoice]"_s, u"INV-1"_s},
        {u"metadata[ops id]"_s, u"42"_s}, {u"payment_method_types[0]"_s, u"card"_s},
        {u"payment_method_types[1]"_s, u"acss_debit"_s}, {u"shipping[address][city]"_s, u"Saint-Jérôme"_s}};
    QCOMPARE(f, expected);
    QCOMPARE(formEncode({{u"metadata[ops id]"_s, u"a&b=c+d é"_s}, {u"x"_s, QString()}}),
        QByteArray("metadata%5Bops%20id%5D=a%26b%3Dc%2Bd%20%C3%A9&x="));
    QCOMPARE(stripeFormFields(QJsonObject{{u"amount"_s, qint64(1) << 40}}).at(0).second, u"1099511627776"_s);
}

void TestStripeClient::refusesMissingIdempotencyKey()
{
    QVERIFY(!m_client->postRequest(u"customer.create"_s, u"/v1/customers"_s, {}, QString()).ok());
    QVERIFY(!m_client->postRequest(u"customer.create"_s, u"/v1/customers"_s, {}, QString(256, u'k')).ok());
    const Result<outbox::OutboxRequest> r =
        m_client->createPaymentIntentRequest({4999, u"CAD"_s, u"cus_1"_s, u"pm_1"_s, true, {}, {}, {}}, u"outbox-17"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->idempotencyKey, u"outbox-17"_s);
    QCOMPARE(r->operation, u"payment_intent.create"_s);
    QVERIFY(r->form.contains(std::pair{u"off_session"_s, u"true"_s}));
    QVERIFY(r->form.contains(std::pair{u"currency"_s, u"cad"_s}));
    for (const auto &h : r->headers)
        QVERIFY(h.first.compare(u"Authorization"_s, Qt::CaseInsensitive) != 0); // no secret in the outbox row
    QVERIFY(!m_client->createPaymentIntentRequest({0, u"cad"_s, {}, {}, false, {}, {}, {}}, u"k"_s).ok());
    QVERIFY(!m_client->createPaymentIntentRequest({100, u"cad"_s, u"cus_1"_s, {}, true, {}, {}, {}}, u"k"_s).ok());
}

void TestStripeClient::outboxRowSendsTheSameCall()
{
    // What the outbox worker sends for a stored row equals what the client sends directly.
    const QList<Result<outbox::OutboxRequest>> requests{
        m_client->createPaymentIntentRequest(
            {4999, u"cad"_s, u"cus_1"_s, u"pm_1"_s, true, {}, {}, {{u"invoice"_s, u"1001"_s}}}, u"row-1"_s),
        m_client->createRefundRequest(u"pi_1"_s, 1500, u"requested_by_customer"_s, u"row-2"_s),
        m_client->detachPaymentMethodRequest(u"pm_1"_s, u"row-3"_s)};
    for (const Result<outbox::OutboxRequest> &r : requests) {
        QVERIFY(r.ok());
        outbox::OutboxItem item;
        item.id = 1;
        item.provider = r->provider;
        item.operation = r->operation;
        item.request = r->toJson();
        item.idempotencyKey = r->idempotencyKey;
        const Result<net::HttpRequest> viaOutbox = outbox::OutboxWorker::buildRequest(item, m_client->authHeaders());
        QVERIFY2(viaOutbox.ok(), qPrintable(viaOutbox.ok() ? QString() : viaOutbox.error().detail));
        const net::HttpRequest direct = toHttpRequest(r.value(), m_client->authHeaders());
        QCOMPARE(viaOutbox->method, direct.method);
        QCOMPARE(viaOutbox->url, direct.url);
        QCOMPARE(viaOutbox->body, direct.body);
        QCOMPARE(viaOutbox->idempotencyKey, direct.idempotencyKey);
        QCOMPARE(viaOutbox->header("Stripe-Version"), QByteArray("2023-08-16"));
        QCOMPARE(viaOutbox->header("Authorization"), QByteArray("Bearer sk_test_123"));
    }
}

void TestStripeClient::sendsHeadersAndForm()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    net::ProviderConfig p;
    p.id = u"stripe"_s;
    p.baseUrl = fake.url();
    QVERIFY(exec.setProvider(p).ok());
    StripeClient client(exec, config());
    fake.enqueue("/v1/payment_intents",
        test::FakeBehaviour::json(200,
            R"({"id":"pi_1","object":"payment_intent","status":"succeeded","amount":4999,"amount_received":4999,"currency":"cad","customer":"cus_1","payment_method":{"id":"pm_1","object":"payment_method"}})"));
    StripePaymentIntentInput in{
        4999, u"cad"_s, u"cus_1"_s, u"pm_1"_s, true, u"Facture 1001"_s, {}, {{u"invoice"_s, u"1001"_s}}};
    const Result<StripePaymentIntent> r = waitFor(client.createPaymentIntent(in, u"targo-outbox-1"_s));
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->status, u"succeeded"_s);
    QCOMPARE(r->paymentMethod, u"pm_1"_s); // expanded or not
    const test::ReceivedRequest req = fake.requests("/v1/payment_intents").at(0);
    QCOMPARE(req.header("Authorization"), QByteArray("Bearer sk_test_123"));
    QCOMPARE(req.header("Stripe-Version"), QByteArray("2023-08-16"));
    QCOMPARE(req.header("Idempotency-Key"), QByteArray("targo-outbox-1"));
    QCOMPARE(req.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY2(req.body.contains("metadata%5Binvoice%5D=1001"), req.body.constData());
    QVERIFY(req.body.contains("off_session=true") && req.body.contains("confirm=true"));

    fake.enqueue("/v1/events",
        test::FakeBehaviour::json(200,
            R"({"object":"list","url":"/v1/events","has_more":true,"data":[{"id":"evt_2","object":"event","type":"payment_intent.succeeded","created":1700000000,"data":{"object":{"id":"pi_1","object":"payment_intent"}}}]})"));
    StripeEventQuery q;
    q.startingAfter = u"evt_1"_s;
    q.types = {u"payment_intent.succeeded"_s};
    const Result<StripeList<StripeEvent>> events = waitFor(client.listEvents(q));
    QVERIFY2(events.ok(), why(events).constData());
    QVERIFY(events->hasMore);
    QCOMPARE(events->data.at(0).id, u"evt_2"_s);
    QCOMPARE(events->data.at(0).created, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QCOMPARE(events->data.at(0).object.value(u"id").toString(), u"pi_1"_s);
    const QByteArray target = fake.requests("/v1/events").at(0).target;
    QVERIFY2(target.contains("starting_after=evt_1") && target.contains("types%5B0%5D=payment_intent.succeeded"),
        target.constData());
    QVERIFY(fake.requests("/v1/events").at(0).header("Idempotency-Key").isEmpty()); // GET: none
    exec.shutdown();
}

void TestStripeClient::mapsStripeErrors()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    net::ProviderConfig p;
    p.id = u"stripe"_s;
    p.baseUrl = fake.url();
    QVERIFY(exec.setProvider(p).ok());
    StripeClient client(exec, config());
    const StripePaymentIntentInput in{4999, u"cad"_s, u"cus_1"_s, u"pm_1"_s, true, {}, {}, {}};
    fake.enqueue("/v1/payment_intents",
        test::FakeBehaviour::json(402,
            R"({"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds.","param":""}})"));
    Result<StripePaymentIntent> r = waitFor(client.createPaymentIntent(in, u"k1"_s));
    QVERIFY(!r.ok());
    QCOMPARE(net::outcomeOf(r.error()), net::Outcome::Permanent);
    QVERIFY2(r.error().userMessage.contains(u"insufficient funds"_s), qPrintable(r.error().userMessage));
    QVERIFY(r.error().detail.contains(u"Your card has insufficient funds."_s));

    fake.enqueue("/v1/payment_intents",
        test::FakeBehaviour::json(402,
            R"({"error":{"type":"card_error","code":"authentication_required","message":"This payment requires authentication."}})"));
    r = waitFor(client.createPaymentIntent(in, u"k2"_s));
    QVERIFY(r.error().userMessage.contains(u"authenticate"_s));

    fake.enqueue("/v1/payment_intents",
        test::FakeBehaviour::json(400,
            R"({"error":{"type":"idempotency_error","message":"Keys for idempotent requests can only be used with the same parameters they were first used with."}})"));
    r = waitFor(client.createPaymentIntent(in, u"k3"_s));
    QVERIFY(r.error().userMessage.contains(u"same parameters"_s));

    fake.enqueue("/v1/payment_intents/pi_x",
        test::FakeBehaviour::json(404,
            R"({"error":{"type":"invalid_request_error","code":"resource_missing","param":"intent","message":"No such payment_intent: 'pi_x'"}})"));
    r = waitFor(client.fetchPaymentIntent(u"pi_x"_s));
    QCOMPARE(r.error().kind, Error::Kind::NotFound);
    QVERIFY2(r.error().userMessage.contains(u"No such payment_intent"_s), qPrintable(r.error().userMessage));
    exec.shutdown();
}

void TestStripeClient::customersAccepted()
{
    StripeCustomerInput in;
    in.email = u"jane@example.com"_s;
    in.name = u"Jane Tremblay"_s;
    in.phone = u"+14505550123"_s;
    in.preferredLocales = {u"fr-CA"_s};
    in.metadata = {{u"ops_customer_id"_s, u"4711"_s}};
    const Result<StripeCustomer> created = waitFor(m_client->createCustomer(in, u"outbox-c1"_s));
    QVERIFY2(created.ok(), why(created, m_prism.get()).constData());
    QVERIFY(!created->id.isEmpty());

    StripeCustomerInput update;
    update.defaultPaymentMethod = u"pm_123"_s;
    update.metadata = {{u"plan"_s, u"fibre-1g"_s}};
    const Result<StripeCustomer> updated = waitFor(m_client->updateCustomer(u"cus_123"_s, update, u"outbox-c2"_s));
    QVERIFY2(updated.ok(), why(updated, m_prism.get()).constData());

    const Result<StripeList<StripeCustomer>> found =
        waitFor(m_client->searchCustomers(u"metadata['ops_customer_id']:'4711'"_s, 5));
    QVERIFY2(found.ok(), why(found, m_prism.get()).constData());
}

void TestStripeClient::setupIntentAndPaymentMethodsAccepted()
{
    const Result<StripeSetupIntent> si = waitFor(m_client->createSetupIntent(u"cus_123"_s, u"outbox-s1"_s));
    QVERIFY2(si.ok(), why(si, m_prism.get()).constData());
    QVERIFY(!si->id.isEmpty());
    const Result<StripeList<StripePaymentMethod>> list = waitFor(m_client->listPaymentMethods(u"cus_123"_s));
    QVERIFY2(list.ok(), why(list, m_prism.get()).constData());
    const Result<StripePaymentMethod> attached =
        waitFor(m_client->attachPaymentMethod(u"pm_123"_s, u"cus_123"_s, u"outbox-s2"_s));
    QVERIFY2(attached.ok(), why(attached, m_prism.get()).constData());
    QVERIFY(!attached->id.isEmpty());
    const Result<StripePaymentMethod> detached = waitFor(m_client->detachPaymentMethod(u"pm_123"_s, u"outbox-s3"_s));
    QVERIFY2(detached.ok(), why(detached, m_prism.get()).constData());
}

void TestStripeClient::paymentIntentsAccepted()
{
    StripePaymentIntentInput in{
        4999, u"cad"_s, u"cus_123"_s, u"pm_123"_s, true, u"Facture 1001"_s, u"INV1001"_s, {{u"invoice"_s, u"1001"_s}}};
    const Result<StripePaymentIntent> pi = waitFor(m_client->createPaymentIntent(in, u"outbox-p1"_s));
    QVERIFY2(pi.ok(), why(pi, m_prism.get()).constData());
    QVERIFY(!pi->id.isEmpty());
    QVERIFY(!pi->status.isEmpty());
    const Result<StripePaymentIntent> fetched = waitFor(m_client->fetchPaymentIntent(u"pi_123"_s));
    QVERIFY2(fetched.ok(), why(fetched, m_prism.get()).constData());
    const Result<StripePaymentIntent> cancelled =
        waitFor(m_client->cancelPaymentIntent(u"pi_123"_s, u"requested_by_customer"_s, u"outbox-p2"_s));
    QVERIFY2(cancelled.ok(), why(cancelled, m_prism.get()).constData());
}

void TestStripeClient::refundAccepted()
{
    const Result<StripeRefund> full = waitFor(m_client->createRefund(u"pi_123"_s, {}, {}, u"outbox-r1"_s));
    QVERIFY2(full.ok(), why(full, m_prism.get()).constData());
    QVERIFY(!full->id.isEmpty());
    const Result<StripeRefund> part =
        waitFor(m_client->createRefund(u"pi_123"_s, 1500, u"requested_by_customer"_s, u"outbox-r2"_s));
    QVERIFY2(part.ok(), why(part, m_prism.get()).constData());
}

void TestStripeClient::eventsFromCursorAccepted()
{
    StripeEventQuery q;
    q.startingAfter = u"evt_123"_s;
    q.limit = 50;
    q.types = {u"payment_intent.succeeded"_s, u"payment_intent.payment_failed"_s};
    Result<StripeList<StripeEvent>> r = waitFor(m_client->listEvents(q));
    QVERIFY2(r.ok(), why(r, m_prism.get()).constData());
    q = {};
    q.endingBefore = u"evt_123"_s;
    r = waitFor(m_client->listEvents(q));
    QVERIFY2(r.ok(), why(r, m_prism.get()).constData());
}

void TestStripeClient::paymentIntentWithoutCurrencyRejected()
{
    // Bypass the client's checks: the mock must refuse a payment intent without currency.
    const Result<outbox::OutboxRequest> bad = m_client->postRequest(u"payment_intent.create"_s,
        u"/v1/payment_intents"_s, QJsonObject{{u"amount"_s, 4999}, {u"customer"_s, u"cus_123"_s}}, u"outbox-bad"_s);
    QVERIFY(bad.ok());
    const Result<net::HttpResponse> raw =
        waitFor(m_net->send(toHttpRequest(bad.value(), m_client->authHeaders()), net::RetryPolicy::noRetry()));
    QVERIFY(!raw.ok());
    const int status = net::httpStatusOf(raw.error());
    QVERIFY2(status >= 400 && status < 500, qPrintable(raw.error().detail));
    const Error e = StripeClient::mapError(raw.error());
    QCOMPARE(e.kind, Error::Kind::Validation);
    QCOMPARE(net::outcomeOf(e), net::Outcome::Permanent);
    const QString providerMessage = providerMessageOf(raw.error());
    QVERIFY2(!providerMessage.isEmpty(), qPrintable(raw.error().detail));
    QVERIFY2(e.userMessage.contains(providerMessage), qPrintable(e.userMessage + u" | "_s + e.detail));
}

QTEST_GUILESS_MAIN(TestStripeClient)
#include "TestStripeClient.moc"
