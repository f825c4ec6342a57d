// TraccarClient: typed parsing (fromJson rejects bad positions), every operation against a validating Prism mock of
// tests/specs/traccar.yaml with token and with Basic credentials, requests the mock must reject (no credentials,
// route report without "to") mapped to the right Error kind; faults from a fake server (malformed JSON, 401, 404,
// 503 retried, connection refused). TraccarLive: a loopback WebSocket server that checks the Authorization header,
// sends valid and malformed frames and closes; the client skips the bad frames, reconnects with back-off, receives
// again, trusts the provider's CA file over TLS, and stops cleanly.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include "core/integrations/TraccarClient.h"
#include "core/integrations/TraccarLive.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/FakeTraccarSocket.h"
#include "tests/support/PrismMock.h"

using namespace ops;
using namespace ops::integrations;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

template <typename T> T waitFor(QFuture<T> f)
{
    if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 30000))
        qFatal("future did not finish");
    return f.result();
}

const QDateTime kFrom(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime kTo(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);

net::ProviderConfig provider(const QString &id, const QUrl &baseUrl, const QString &caFile = {})
{
    net::ProviderConfig p;
    p.id = id;
    p.baseUrl = baseUrl;
    p.caFile = caFile;
    return p;
}

QJsonObject positionJson(qint64 id, qint64 device, double lat, double lon)
{
    return QJsonObject{{u"id"_s, id}, {u"deviceId"_s, device}, {u"latitude"_s, lat}, {u"longitude"_s, lon},
        {u"speed"_s, 20.0}, {u"course"_s, 180.0}, {u"altitude"_s, 30.0}, {u"accuracy"_s, 4.5}, {u"valid"_s, true},
        {u"fixTime"_s, u"2026-11-27T14:15:22.000+00:00"_s}, {u"deviceTime"_s, u"2026-11-27T14:15:21Z"_s},
        {u"serverTime"_s, u"2026-11-27T09:15:23-05:00"_s}, {u"address"_s, u"1 rue Principale, Granby"_s},
        {u"attributes"_s, QJsonObject{{u"batteryLevel"_s, 87}}}};
}

using test::FakeTraccarSocket;

QString frame(const char *key, const QJsonArray &items)
{
    return FakeTraccarSocket::frame(key, items);
}

} // namespace

class TestTraccarClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void parsesPosition();
    void rejectsBadPositions_data();
    void rejectsBadPositions();
    void parsesDevice();
    void validatesArgumentsLocally();

    void serverAccepted();
    void devicesAccepted();
    void latestPositionsAccepted();
    void positionsWindowAccepted();
    void routeAcceptedWithToken();
    void routeAcceptedWithBasic();
    void missingCredentialsRejected();
    void routeWithoutToRejected();

    void sendsQueryAndHeaders();
    void malformedJsonIsAClearError();
    void unauthorizedAndNotFoundMapped();
    void unavailableIsRetried();
    void badPositionInListRejected();
    void connectionRefusedMapped();

    void socketUrl();
    void liveReceivesSkipsAndReconnects();
    void liveBackoffGrowsAndResetsAfterStableConnection();
    void liveBadFramesKeepTheSocketOpen();
    void liveTrustsProviderCaFile();

private:
    std::unique_ptr<test::PrismMock> m_prism;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<TraccarClient> m_token;
    std::unique_ptr<TraccarClient> m_basic;
};

void TestTraccarClient::initTestCase()
{
    m_prism = std::make_unique<test::PrismMock>(u"traccar.yaml"_s);
    QVERIFY2(m_prism->start(), qPrintable(m_prism->error()));
    m_net = std::make_unique<net::NetExecutor>(2);
    QVERIFY(m_net->setProvider(m_prism->provider(u"traccar"_s)).ok());
    m_token = std::make_unique<TraccarClient>(*m_net, TraccarConfig{u"traccar"_s, u"tok-123"_s, {}, {}});
    m_basic = std::make_unique<TraccarClient>(
        *m_net, TraccarConfig{u"traccar"_s, {}, u"dispatch@targo.example"_s, u"s3cret"_s});
}

void TestTraccarClient::cleanupTestCase()
{
    m_token.reset();
    m_basic.reset();
    m_net.reset();
    m_prism.reset();
}

void TestTraccarClient::parsesPosition()
{
    const Result<TraccarPosition> p = TraccarPosition::fromJson(positionJson(42, 7, 45.4, -72.7));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().detail));
    QCOMPARE(p->id, qint64(42));
    QCOMPARE(p->deviceId, qint64(7));
    QCOMPARE(p->latitude, 45.4);
    QCOMPARE(p->longitude, -72.7);
    QCOMPARE(p->speed, 20.0);
    QVERIFY(qAbs(p->speedKmh() - 37.04) < 1e-9);
    QCOMPARE(p->accuracy, 4.5);
    QVERIFY(p->valid);
    QCOMPARE(p->fixTime, QDateTime(QDate(2026, 11, 27), QTime(14, 15, 22), Qt::UTC));
    QCOMPARE(p->fixTime.timeSpec(), Qt::UTC);
    QCOMPARE(p->serverTime, QDateTime(QDate(2026, 11, 27), QTime(14, 15, 23), Qt::UTC));
    QCOMPARE(p->address, u"1 rue Principale, Granby"_s);
    QCOMPARE(p->attributes.value(u"batteryLevel").toInt(), 87);
}

void TestTraccarClient::rejectsBadPositions_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("detail");
    QJsonObject o = positionJson(1, 2, 95.0, -73.0);
    QTest::newRow("latitude 95") << o << u"latitude"_s;
    o = positionJson(1, 2, 45.0, -181.0);
    QTest::newRow("longitude -181") << o << u"longitude"_s;
    o = positionJson(1, 2, 45.0, -73.0);
    o.remove(u"deviceId"_s);
    QTest::newRow("no deviceId") << o << u"deviceId"_s;
    o = positionJson(1, 2, 45.0, -73.0);
    o.insert(u"deviceId"_s, u"7"_s);
    QTest::newRow("deviceId text") << o << u"deviceId"_s;
    o = positionJson(1, 2, 45.0, -73.0);
    o.remove(u"id"_s);
    QTest::newRow("no id") << o << u"id"_s;
    o = positionJson(1, 2, 45.0, -73.0);
    o.remove(u"latitude"_s);
    QTest::newRow("no latitude") << o << u"latitude"_s;
    o = positionJson(1, 2, 45.0, -73.0);
    o.insert(u"fixTime"_s, u"yesterday"_s);
    QTest::newRow("bad fixTime") << o << u"fixTime"_s;
    o = positionJson(1, 2, 45.0, -73.0);
    o.insert(u"fixTime"_s, u"2026-11-27T14:15:22"_s);
    QTest::newRow("fixTime without zone") << o << u"fixTime"_s;
    o = positionJson(1, 2, 45.0, -73.0);
    o.insert(u"speed"_s, u"fast"_s);
    QTest::newRow("speed text") << o << u"speed"_s;
}

void TestTraccarClient::rejectsBadPositions()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, detail);
    const Result<TraccarPosition> p = TraccarPosition::fromJson(json);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, Error::Kind::Schema);
    QVERIFY(p.error().userMessage.contains(u"Traccar"_s));
    QVERIFY2(p.error().detail.contains(detail), qPrintable(p.error().detail));
}

void TestTraccarClient::parsesDevice()
{
    const QJsonObject o{{u"id"_s, 7}, {u"name"_s, u"Camion 12 - Marie"_s}, {u"uniqueId"_s, u"359881234567890"_s},
        {u"status"_s, u"online"_s}, {u"disabled"_s, false}, {u"lastUpdate"_s, u"2026-11-27T14:15:22Z"_s},
        {u"positionId"_s, 555}, {u"category"_s, u"truck"_s}};
    const Result<TraccarDevice> d = TraccarDevice::fromJson(o);
    QVERIFY(d.ok());
    QCOMPARE(d->id, qint64(7));
    QCOMPARE(d->uniqueId, u"359881234567890"_s);
    QCOMPARE(d->status, u"online"_s);
    QCOMPARE(d->positionId.value_or(0), qint64(555));
    QCOMPARE(d->lastUpdate, QDateTime(QDate(2026, 11, 27), QTime(14, 15, 22), Qt::UTC));
    QCOMPARE(d->category, u"truck"_s);

    QJsonObject never = o;
    never.insert(u"lastUpdate"_s, QJsonValue::Null);
    never.insert(u"positionId"_s, QJsonValue::Null);
    const Result<TraccarDevice> n = TraccarDevice::fromJson(never);
    QVERIFY(n.ok());
    QVERIFY(!n->lastUpdate.isValid());
    QVERIFY(!n->positionId.has_value());
    never.remove(u"id"_s);
    QCOMPARE(TraccarDevice::fromJson(never).error().kind, Error::Kind::Schema);
    QVERIFY(!TraccarServerInfo::fromJson(QJsonObject{{u"id"_s, 1}}).ok()); // no version
}

void TestTraccarClient::validatesArgumentsLocally()
{
    Result<QList<TraccarPosition>> r = waitFor(m_token->route({}, kFrom, kTo));
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    r = waitFor(m_token->route({1}, kFrom, {}));
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    r = waitFor(m_token->route({1}, kTo, kFrom));
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    r = waitFor(m_token->positions(5, {}, {}));
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    r = waitFor(m_token->positions(std::nullopt, kFrom, {}));
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY(!r.error().userMessage.isEmpty());
    QCOMPARE(traccarTime(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, -5 * 3600)),
        u"2026-01-01T05:00:00Z"_s);
}

void TestTraccarClient::serverAccepted()
{
    const Result<TraccarServerInfo> r = waitFor(m_token->server());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(!r->version.isEmpty());
}

void TestTraccarClient::devicesAccepted()
{
    for (TraccarClient *client : {m_token.get(), m_basic.get()}) {
        const Result<QList<TraccarDevice>> r = waitFor(client->devices({31, 42}));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
        QVERIFY(!r->isEmpty());
        QVERIFY(!r->first().name.isEmpty());
        QVERIFY(r->first().lastUpdate.isValid());
        QCOMPARE(r->first().lastUpdate.timeSpec(), Qt::UTC);
    }
    const Result<QList<TraccarDevice>> all = waitFor(m_basic->devices());
    QVERIFY(all.ok());
}

void TestTraccarClient::latestPositionsAccepted()
{
    const Result<QList<TraccarPosition>> r = waitFor(m_basic->positions());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(!r->isEmpty());
    QVERIFY(r->first().fixTime.isValid());
}

void TestTraccarClient::positionsWindowAccepted()
{
    const Result<QList<TraccarPosition>> r = waitFor(m_token->positions(5, kFrom, kTo));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(!r->isEmpty());
}

void TestTraccarClient::routeAcceptedWithToken()
{
    const Result<QList<TraccarPosition>> r = waitFor(m_token->route({5, 6}, kFrom, kTo));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(!r->isEmpty());
    QCOMPARE(r->first().fixTime.timeSpec(), Qt::UTC);
}

void TestTraccarClient::routeAcceptedWithBasic()
{
    const Result<QList<TraccarPosition>> r = waitFor(m_basic->route({5}, kFrom, kTo));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(!r->isEmpty());
}

void TestTraccarClient::missingCredentialsRejected()
{
    net::HttpRequest http = net::HttpRequest::get(QUrl(u"/api/devices"_s));
    http.providerId = u"traccar"_s;
    const Result<net::HttpResponse> raw = waitFor(m_net->send(http, net::RetryPolicy::noRetry()));
    QVERIFY(!raw.ok());
    QCOMPARE(net::httpStatusOf(raw.error()), 401);
    const Error e = TraccarClient::mapError(raw.error());
    QCOMPARE(e.kind, Error::Kind::Auth);
    QCOMPARE(net::outcomeOf(e), net::Outcome::Permanent);
    QVERIFY2(e.userMessage.contains(u"token"_s) && e.userMessage.contains(u"Settings"_s), qPrintable(e.userMessage));
}

void TestTraccarClient::routeWithoutToRejected()
{
    // Bypass the client's own validation: the mock must refuse a route report without "to".
    net::HttpRequest http = net::HttpRequest::get(QUrl(u"/api/reports/route?deviceId=5&from=2026-01-01T00:00:00Z"_s));
    http.providerId = u"traccar"_s;
    http.headers = m_token->authHeaders();
    http.setHeader("Accept", "application/json");
    const Result<net::HttpResponse> raw = waitFor(m_net->send(http, net::RetryPolicy::noRetry()));
    QVERIFY(!raw.ok());
    const int status = net::httpStatusOf(raw.error());
    QVERIFY2(status == 400 || status == 422, qPrintable(raw.error().detail));
    const Error e = TraccarClient::mapError(raw.error());
    QCOMPARE(e.kind, Error::Kind::Validation);
    QVERIFY2(e.userMessage.contains(u"'to'"_s), qPrintable(e.userMessage + u" | "_s + e.detail));
}

void TestTraccarClient::sendsQueryAndHeaders()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"traccar"_s, fake.url())).ok());
    TraccarClient client(exec, {u"traccar"_s, u"tok-123"_s, {}, {}});
    fake.enqueue("/api/reports/route",
        test::FakeBehaviour::json(
            200, QJsonDocument(QJsonArray{positionJson(1, 5, 45.0, -73.0), positionJson(2, 6, 45.1, -73.1)}).toJson()));
    const Result<QList<TraccarPosition>> r = waitFor(client.route({5, 6}, kFrom, kTo));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(1).deviceId, qint64(6));
    const test::ReceivedRequest req = fake.requests("/api/reports/route").at(0);
    QCOMPARE(req.header("Authorization"), QByteArray("Bearer tok-123"));
    QCOMPARE(req.header("Accept"), QByteArray("application/json"));
    QCOMPARE(req.target,
        QByteArray(
            "/api/reports/route?deviceId=5&deviceId=6&from=2026-01-01T00%3A00%3A00Z&to=2026-01-02T00%3A00%3A00Z"));

    TraccarClient basic(exec, {u"traccar"_s, {}, u"u@x.ca"_s, u"pw"_s});
    fake.enqueue("/api/devices", test::FakeBehaviour::json(200, "[]"));
    QVERIFY(waitFor(basic.devices({3})).ok());
    QCOMPARE(
        fake.requests("/api/devices").at(0).header("Authorization"), net::basicAuthorization(u"u@x.ca"_s, u"pw"_s));
    QCOMPARE(fake.requests("/api/devices").at(0).target, QByteArray("/api/devices?id=3"));
    exec.shutdown();
}

void TestTraccarClient::malformedJsonIsAClearError()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"traccar"_s, fake.url())).ok());
    TraccarClient client(exec, {u"traccar"_s, u"tok"_s, {}, {}});
    fake.setFallback("/api/devices", test::FakeBehaviour::malformedJson());
    Result<QList<TraccarDevice>> r = waitFor(client.devices());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Schema);
    QVERIFY2(r.error().userMessage.contains(u"cannot read"_s) && r.error().userMessage.contains(u"Traccar address"_s),
        qPrintable(r.error().userMessage));

    // Well-formed JSON of the wrong shape (an object where a list is expected).
    fake.setFallback("/api/devices", test::FakeBehaviour::json(200, R"({"id": 1})"));
    r = waitFor(client.devices());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Schema);
    QVERIFY(r.error().userMessage.contains(u"Traccar"_s));
    exec.shutdown();
}

void TestTraccarClient::unauthorizedAndNotFoundMapped()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"traccar"_s, fake.url())).ok());
    TraccarClient client(exec, {u"traccar"_s, {}, u"u@x.ca"_s, u"wrong"_s});
    fake.enqueue("/api/server", test::FakeBehaviour::respond(401));
    const Result<TraccarServerInfo> r = waitFor(client.server());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Auth);
    QVERIFY2(r.error().userMessage.contains(u"credentials"_s), qPrintable(r.error().userMessage));
    QCOMPARE(fake.requestCount("/api/server"), 1); // not retried

    // Nothing at /api/positions on this "server" (wrong base URL): 404.
    const Result<QList<TraccarPosition>> p = waitFor(client.positions());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, Error::Kind::NotFound);
    QVERIFY2(p.error().userMessage.contains(u"Traccar address"_s), qPrintable(p.error().userMessage));
    exec.shutdown();
}

void TestTraccarClient::unavailableIsRetried()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"traccar"_s, fake.url())).ok());
    TraccarClient client(exec, {u"traccar"_s, u"tok"_s, {}, {}});
    fake.enqueue("/api/positions", test::FakeBehaviour::serverError(503, ""));
    fake.enqueue("/api/positions",
        test::FakeBehaviour::json(200, QJsonDocument(QJsonArray{positionJson(9, 1, 46.8, -71.2)}).toJson()));
    const Result<QList<TraccarPosition>> r = waitFor(client.positions());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->first().id, qint64(9));
    QCOMPARE(fake.requestCount("/api/positions"), 2);

    fake.setFallback("/api/positions", test::FakeBehaviour::serverError(503, ""));
    const Result<QList<TraccarPosition>> down = waitFor(client.positions());
    QVERIFY(!down.ok());
    QCOMPARE(down.error().kind, Error::Kind::Unavailable);
    QVERIFY(down.error().retryable);
    QVERIFY2(down.error().userMessage.contains(u"503"_s), qPrintable(down.error().userMessage));
    exec.shutdown();
}

void TestTraccarClient::badPositionInListRejected()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"traccar"_s, fake.url())).ok());
    TraccarClient client(exec, {u"traccar"_s, u"tok"_s, {}, {}});
    fake.enqueue("/api/positions",
        test::FakeBehaviour::json(
            200, QJsonDocument(QJsonArray{positionJson(1, 1, 45.0, -73.0), positionJson(2, 1, 95.0, -73.0)}).toJson()));
    const Result<QList<TraccarPosition>> r = waitFor(client.positions());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Schema);
    QVERIFY(r.error().detail.contains(u"position 2"_s));
    exec.shutdown();
}

void TestTraccarClient::connectionRefusedMapped()
{
    net::NetExecutor exec(1);
    const quint16 port = test::PrismMock::freePort(); // nothing listens there
    QVERIFY(exec.setProvider(provider(u"traccar"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(port)))).ok());
    TraccarClient client(exec, {u"traccar"_s, u"tok"_s, {}, {}});
    const Result<TraccarServerInfo> r = waitFor(client.server());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Network);
    QVERIFY2(r.error().userMessage.contains(u"Cannot reach the Traccar server"_s)
            && r.error().userMessage.contains(u"Traccar address"_s),
        qPrintable(r.error().userMessage + u" | "_s + r.error().detail));
    exec.shutdown();
}

void TestTraccarClient::socketUrl()
{
    QCOMPARE(
        TraccarLive::socketUrl(QUrl(u"https://gps.targo.example"_s)), QUrl(u"wss://gps.targo.example/api/socket"_s));
    QCOMPARE(TraccarLive::socketUrl(QUrl(u"http://127.0.0.1:8082/"_s)), QUrl(u"ws://127.0.0.1:8082/api/socket"_s));
    QCOMPARE(
        TraccarLive::socketUrl(QUrl(u"https://h.example/traccar/"_s)), QUrl(u"wss://h.example/traccar/api/socket"_s));
    QVERIFY(!TraccarLive::socketUrl(QUrl(u"ftp://h.example"_s)).isValid());
}

void TestTraccarClient::liveReceivesSkipsAndReconnects()
{
    const TraccarConfig config{u"traccar-live"_s, u"tok-live"_s, {}, {}};
    FakeTraccarSocket server(QWebSocketServer::NonSecureMode, TraccarClient::authorization(config));
    QVERIFY(server.listen());
    server.scripts << QStringList{
        frame("positions", {positionJson(1, 7, 45.40, -72.70), positionJson(2, 8, 45.41, -72.71)}),
        u"{not json"_s,
        u"[1, 2]"_s,
        frame("positions", {positionJson(3, 7, 95.0, -72.7), positionJson(4, 7, 45.42, -72.72)}),
        frame("devices", {QJsonObject{{u"id"_s, 7}, {u"name"_s, u"Camion 12"_s}, {u"status"_s, u"online"_s}}}),
        u"{}"_s,
    };
    server.scripts << QStringList{frame("positions", {positionJson(1000, 7, 45.5, -72.8)})};

    net::NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"traccar-live"_s, server.baseUrl(u"http"_s))).ok());
    TraccarLive live(exec, config, TraccarLive::Options{50ms, 200ms, 10s});
    QSignalSpy positions(&live, &TraccarLive::positionsReceived);
    QSignalSpy devices(&live, &TraccarLive::devicesChanged);
    QSignalSpy states(&live, &TraccarLive::stateChanged);
    QCOMPARE(live.state(), TraccarLive::State::Stopped);

    live.start();
    QCOMPARE(live.state(), TraccarLive::State::Connecting);
    QVERIFY(QTest::qWaitFor([&] { return positions.size() >= 3; }, 10000));
    QCOMPARE(server.rejected, 0);
    QCOMPARE(server.lastAuthorization, QByteArray("Bearer tok-live"));
    QCOMPARE(server.lastPath, u"/api/socket"_s);
    QVERIFY2(server.lastQuery.isEmpty(), qPrintable(server.lastQuery)); // the token travels in the header only

    // Connection 1: positions 1, 2 (first frame), 4 (the bad 3 skipped); connection 2: position 1000.
    QList<qint64> ids;
    for (const QList<QVariant> &args : positions)
        for (const TraccarPosition &p : args.at(0).value<QList<TraccarPosition>>())
            ids << p.id;
    QCOMPARE(ids, (QList<qint64>{1, 2, 4, 1000}));
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.at(0).at(0).value<QList<TraccarDevice>>().at(0).name, u"Camion 12"_s);
    QCOMPARE(live.skippedFrames(), 3); // "{not json", "[1, 2]", position 3
    QCOMPARE(server.connections, 2);
    QVERIFY(live.connectAttempts() >= 2);

    QList<TraccarLive::State> seen;
    for (const QList<QVariant> &args : states)
        seen << args.at(0).value<TraccarLive::State>();
    QVERIFY(seen.contains(TraccarLive::State::Connected));
    QVERIFY(seen.contains(TraccarLive::State::Reconnecting));
    QVERIFY(seen.indexOf(TraccarLive::State::Reconnecting) > seen.indexOf(TraccarLive::State::Connected));
    QVERIFY(QTest::qWaitFor([&] { return live.state() == TraccarLive::State::Reconnecting; }, 5000));
    QVERIFY(!live.lastError().isEmpty());

    // It keeps reconnecting while the server is up, then stop() ends it: no more connections afterwards.
    QVERIFY(QTest::qWaitFor([&] { return server.connections >= 3; }, 5000));
    live.stop();
    QCOMPARE(live.state(), TraccarLive::State::Stopped);
    QCOMPARE(states.last().at(0).value<TraccarLive::State>(), TraccarLive::State::Stopped);
    const int after = server.connections;
    QTest::qWait(600);
    QCOMPARE(server.connections, after);
    exec.shutdown();
}

void TestTraccarClient::liveBadFramesKeepTheSocketOpen()
{
    // One connection that stays open: frames that are not JSON, or positions with missing fields, are logged and
    // skipped; the socket stays up and the next good frame is processed (nothing after the bad ones is lost).
    const TraccarConfig config{u"traccar-bad"_s, u"tok"_s, {}, {}};
    FakeTraccarSocket server(QWebSocketServer::NonSecureMode, TraccarClient::authorization(config));
    QVERIFY(server.listen());
    server.closeAfterScript = false;
    QJsonObject noFix = positionJson(11, 7, 45.4, -72.7);
    noFix.remove(u"fixTime"_s);
    server.scripts << QStringList{u"not json at all"_s, u"{\"positions\": [{\"id\": 10}]}"_s,
        frame("positions", {noFix}), u"{\"positions\": "_s, frame("positions", {positionJson(12, 7, 45.41, -72.71)})};
    net::NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"traccar-bad"_s, server.baseUrl(u"http"_s))).ok());
    TraccarLive live(exec, config, TraccarLive::Options{50ms, 200ms, 10s});
    QSignalSpy positions(&live, &TraccarLive::positionsReceived);
    live.start();
    QVERIFY(positions.wait(10000));
    QCOMPARE(positions.size(), 1);
    const auto received = positions.at(0).at(0).value<QList<TraccarPosition>>();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().id, qint64(12));
    QCOMPARE(live.skippedFrames(), 4); // "not json at all", position 10, position 11, the truncated frame
    QCOMPARE(live.state(), TraccarLive::State::Connected);
    QCOMPARE(server.connections, 1);
    live.stop();
    exec.shutdown();
}

void TestTraccarClient::liveBackoffGrowsAndResetsAfterStableConnection()
{
    const TraccarConfig config{u"traccar-backoff"_s, u"tok"_s, {}, {}};
    FakeTraccarSocket server(QWebSocketServer::NonSecureMode, TraccarClient::authorization(config));
    QVERIFY(server.listen());
    // Five short connections (100 ms < stableAfter): the delay ceiling doubles each time, 40, 80, 160, 320, 640 ms.
    // The sixth stays up 600 ms (> stableAfter 300 ms): the back-off starts again from the base delay.
    server.holdMs = {100, 100, 100, 100, 100, 600, 100};
    net::NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"traccar-backoff"_s, server.baseUrl(u"http"_s))).ok());
    TraccarLive live(exec, config, TraccarLive::Options{40ms, 2000ms, 300ms});
    live.start();
    QVERIFY(QTest::qWaitFor([&] { return server.connections >= 7; }, 15000));
    live.stop();
    const auto gap = [&](int i) { // from the server closing connection i to connection i + 1
        return server.connectedAtMs.at(i + 1) - server.connectedAtMs.at(i) - server.holdMs.at(i);
    };
    const QString gaps = u"%1 %2 %3 %4 %5 %6"_s.arg(gap(0)).arg(gap(1)).arg(gap(2)).arg(gap(3)).arg(gap(4)).arg(gap(5));
    QVERIFY2(gap(0) < 200, qPrintable(gaps)); // in [20, 40] ms
    QVERIFY2(gap(4) >= 300, qPrintable(gaps)); // in [320, 640] ms
    QVERIFY2(gap(4) > gap(0), qPrintable(gaps));
    QVERIFY2(gap(5) < 200, qPrintable(gaps)); // reset: in [20, 40] ms again
    exec.shutdown();
}

void TestTraccarClient::liveTrustsProviderCaFile()
{
    QTemporaryDir dir;
    QString error;
    const test::TestTlsFiles tls = test::TestTlsFiles::generate(dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const TraccarConfig config{u"traccar-tls"_s, {}, u"dispatch@targo.example"_s, u"s3cret"_s};
    FakeTraccarSocket server(QWebSocketServer::SecureMode, TraccarClient::authorization(config));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    QFile cert(tls.certFile), key(tls.keyFile);
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    ssl.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
    ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.server().setSslConfiguration(ssl);
    server.closeAfterScript = false;
    server.scripts << QStringList{frame("positions", {positionJson(77, 7, 45.0, -73.0)})};
    QVERIFY(server.listen());

    // Without the CA file the certificate is not trusted: nothing is received, the client keeps retrying.
    net::NetExecutor exec(1);
    QVERIFY(exec.setProvider(provider(u"traccar-tls"_s, server.baseUrl(u"https"_s))).ok());
    {
        TraccarLive untrusted(exec, config, TraccarLive::Options{50ms, 100ms, 10s});
        QSignalSpy positions(&untrusted, &TraccarLive::positionsReceived);
        untrusted.start();
        QVERIFY(QTest::qWaitFor([&] { return untrusted.connectAttempts() >= 2; }, 10000));
        QCOMPARE(positions.size(), 0);
        QVERIFY(!untrusted.lastError().isEmpty());
        QVERIFY(untrusted.state() != TraccarLive::State::Connected);
        untrusted.stop();
    }
    QCOMPARE(server.rejected, 0);

    net::ProviderConfig p = provider(u"traccar-tls"_s, server.baseUrl(u"https"_s), tls.caFile);
    QVERIFY(exec.setProvider(p).ok());
    TraccarLive live(exec, config, TraccarLive::Options{50ms, 100ms, 10s});
    QSignalSpy positions(&live, &TraccarLive::positionsReceived);
    live.start();
    QVERIFY2(QTest::qWaitFor([&] { return positions.size() >= 1; }, 10000), qPrintable(live.lastError()));
    QCOMPARE(live.state(), TraccarLive::State::Connected);
    QCOMPARE(positions.at(0).at(0).value<QList<TraccarPosition>>().at(0).id, qint64(77));
    QCOMPARE(server.lastAuthorization, net::basicAuthorization(u"dispatch@targo.example"_s, u"s3cret"_s));
    live.stop();
    QCOMPARE(live.state(), TraccarLive::State::Stopped);
    exec.shutdown();
}

QTEST_GUILESS_MAIN(TestTraccarClient)
#include "TestTraccarClient.moc"
