// OsrmTable (the OSRM `table` client) against the fault-injecting fake server on 127.0.0.1: a good answer (seconds →
// minutes, metres → km, the request's path and query), a 503 retried then answered, a persistent 500, an unreadable
// body, an answer for the wrong number of points, a pair without a road (null), OSRM's own refusals (InvalidQuery,
// TooBig), a dropped connection, refused connections; bad coordinates and an empty list send nothing.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/dispatch/OsrmTable.h"
#include "core/net/NetExecutor.h"
#include "core/net/ProviderConfig.h"
#include "tests/support/FakeHttpServer.h"

using namespace ops;
using namespace ops::dispatch;
using namespace Qt::Literals::StringLiterals;
using test::FakeBehaviour;

namespace {

template <typename T> T waitFor(QFuture<T> f)
{
    if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 60000))
        qFatal("future did not finish");
    return f.result();
}

const std::vector<sched::GeoPoint> kPoints = {{45.501, -73.567}, {45.55, -73.6}, {45.6, -73.7}};

QByteArray matrixJson(const QJsonArray &durations, const QJsonArray &distances, const QString &code = u"Ok"_s)
{
    return QJsonDocument(QJsonObject{{u"code"_s, code}, {u"durations"_s, durations}, {u"distances"_s, distances}})
        .toJson(QJsonDocument::Compact);
}

QJsonArray square(int n, double scale)
{
    QJsonArray rows;
    for (int i = 0; i < n; ++i) {
        QJsonArray row;
        for (int j = 0; j < n; ++j)
            row.append(i == j ? 0.0 : scale * (10 * i + j));
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestOsrmTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void convertsUnitsAndSendsTheTableRequest();
    void busyServerIsRetried();
    void persistentServerErrorIsMapped();
    void unreadableBodyIsRefused();
    void wrongSizeIsRefused_data();
    void wrongSizeIsRefused();
    void noRoadIsNamed();
    void osrmRefusalsAreTranslated();
    void droppedConnectionIsANetworkError();
    void refusedConnectionIsANetworkError();
    void badCoordinatesSendNothing();
    void noPointsSendNothing();

private:
    QByteArray path() const { return "/osrm/" + OsrmTable::tablePath(u"driving"_s, kPoints).toUtf8(); }

    std::unique_ptr<test::FakeHttpServer> m_server;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<OsrmTable> m_osrm;
};

void TestOsrmTable::initTestCase()
{
    m_server = std::make_unique<test::FakeHttpServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_net = std::make_unique<net::NetExecutor>(2);
    net::ProviderConfig p;
    p.id = u"osrm"_s;
    p.baseUrl = m_server->url(u"/osrm/"_s); // a server behind a path prefix
    p.timeoutMs = 5000;
    QVERIFY(m_net->setProvider(p).ok());
    m_osrm = std::make_unique<OsrmTable>(*m_net);
}

void TestOsrmTable::init()
{
    m_server->clearRecords();
}

void TestOsrmTable::convertsUnitsAndSendsTheTableRequest()
{
    m_server->enqueue(path(), FakeBehaviour::json(200, matrixJson(square(3, 60), square(3, 1000))));
    const Result<sched::TravelMatrix> m = waitFor(m_osrm->table(kPoints));
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().detail));
    QCOMPARE(m->size(), 3);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) {
            QCOMPARE(m->time(i, j), i == j ? 0.0 : double(10 * i + j)); // 60 s per unit → 1 min
            QCOMPARE(m->distance(i, j), i == j ? 0.0 : double(10 * i + j)); // 1000 m per unit → 1 km
        }
    const QList<test::ReceivedRequest> sent = m_server->requests(path());
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].method, QByteArray("GET"));
    // lon,lat order, 6 decimals, under the provider's path.
    QCOMPARE(sent[0].path,
        QByteArray("/osrm/table/v1/driving/-73.567000,45.501000;-73.600000,45.550000;-73.700000,45.600000"));
    QVERIFY2(sent[0].target.endsWith("?annotations=duration,distance"), sent[0].target.constData());
}

void TestOsrmTable::busyServerIsRetried()
{
    m_server->enqueue(path(), FakeBehaviour::serverError(503));
    m_server->enqueue(path(), FakeBehaviour::json(200, matrixJson(square(3, 30), square(3, 500))));
    const Result<sched::TravelMatrix> m = waitFor(m_osrm->table(kPoints));
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().detail));
    QCOMPARE(m->time(1, 2), 12 * 0.5);
    QCOMPARE(m->distance(2, 1), 21 * 0.5);
    QCOMPARE(m_server->requestCount(path()), 2);
}

void TestOsrmTable::persistentServerErrorIsMapped()
{
    m_server->setFallback(path(), FakeBehaviour::serverError(500));
    const Result<sched::TravelMatrix> m = waitFor(m_osrm->table(kPoints));
    m_server->setFallback(path(), FakeBehaviour::respond(404));
    QVERIFY(!m.ok());
    QVERIFY2(m.error().userMessage.contains(u"busy or unavailable (HTTP 500)"), qPrintable(m.error().userMessage));
    QVERIFY(m_server->requestCount(path()) >= 2); // a GET is retried
}

void TestOsrmTable::unreadableBodyIsRefused()
{
    m_server->setFallback(path(), FakeBehaviour::malformedJson(200));
    const Result<sched::TravelMatrix> m = waitFor(m_osrm->table(kPoints));
    m_server->setFallback(path(), FakeBehaviour::respond(404));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, Error::Kind::Schema);
    QVERIFY2(m.error().userMessage.contains(u"cannot read"), qPrintable(m.error().userMessage));

    // Well-formed JSON without the durations.
    const Result<sched::TravelMatrix> noDurations = OsrmTable::parseTable(R"({"code":"Ok","distances":[]})", 3);
    QVERIFY(!noDurations.ok());
    QCOMPARE(noDurations.error().kind, Error::Kind::Schema);
    // A value that is not a number.
    QJsonArray bad = square(3, 1);
    QJsonArray row = bad[1].toArray();
    row[2] = u"far"_s;
    bad[1] = row;
    const Result<sched::TravelMatrix> text = OsrmTable::parseTable(matrixJson(bad, square(3, 1)), 3);
    QVERIFY(!text.ok());
    QCOMPARE(text.error().kind, Error::Kind::Schema);
}

void TestOsrmTable::wrongSizeIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("two rows") << matrixJson(square(2, 1), square(2, 1));
    QTest::newRow("four rows") << matrixJson(square(4, 1), square(4, 1));
    QJsonArray shortRow = square(3, 1);
    QJsonArray r = shortRow[2].toArray();
    r.removeLast();
    shortRow[2] = r;
    QTest::newRow("short row") << matrixJson(shortRow, square(3, 1));
    QTest::newRow("distances of another size") << matrixJson(square(3, 1), square(2, 1));
}

void TestOsrmTable::wrongSizeIsRefused()
{
    QFETCH(QByteArray, body);
    m_server->enqueue(path(), FakeBehaviour::json(200, body));
    const Result<sched::TravelMatrix> m = waitFor(m_osrm->table(kPoints));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, Error::Kind::Schema);
    QVERIFY2(m.error().userMessage.contains(u"instead of 3"), qPrintable(m.error().userMessage));
}

void TestOsrmTable::noRoadIsNamed()
{
    QJsonArray durations = square(3, 60);
    QJsonArray row = durations[2].toArray();
    row[0] = QJsonValue(QJsonValue::Null);
    durations[2] = row;
    m_server->enqueue(path(), FakeBehaviour::json(200, matrixJson(durations, square(3, 1000))));
    const Result<sched::TravelMatrix> m = waitFor(m_osrm->table(kPoints));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, Error::Kind::NotFound);
    QVERIFY2(m.error().userMessage.contains(u"(3 and 1)"), qPrintable(m.error().userMessage));
}

void TestOsrmTable::osrmRefusalsAreTranslated()
{
    m_server->enqueue(path(),
        FakeBehaviour::json(400, R"({"code":"InvalidQuery","message":"Query string malformed close to position 28"})"));
    const Result<sched::TravelMatrix> invalid = waitFor(m_osrm->table(kPoints));
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error().userMessage.contains(u"refused the request (InvalidQuery)"),
        qPrintable(invalid.error().userMessage));
    QCOMPARE(m_server->requestCount(path()), 1); // a 400 is not retried

    m_server->enqueue(path(), FakeBehaviour::json(400, R"({"code":"TooBig","message":"Too many table coordinates"})"));
    const Result<sched::TravelMatrix> tooBig = waitFor(m_osrm->table(kPoints));
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.error().userMessage.contains(u"--max-table-size"), qPrintable(tooBig.error().userMessage));

    // A 200 whose code is not Ok.
    m_server->enqueue(path(), FakeBehaviour::json(200, R"({"code":"NoTable","message":"No table found"})"));
    const Result<sched::TravelMatrix> noTable = waitFor(m_osrm->table(kPoints));
    QVERIFY(!noTable.ok());
    QVERIFY2(noTable.error().userMessage.contains(u"No table found"), qPrintable(noTable.error().userMessage));
}

void TestOsrmTable::droppedConnectionIsANetworkError()
{
    m_server->setFallback(path(), FakeBehaviour::closeImmediately());
    const Result<sched::TravelMatrix> m = waitFor(m_osrm->table(kPoints));
    m_server->setFallback(path(), FakeBehaviour::closeAfterHeaders(200, R"({"code":"Ok","durations":[[0)"));
    const Result<sched::TravelMatrix> cut = waitFor(m_osrm->table(kPoints));
    m_server->setFallback(path(), FakeBehaviour::respond(404));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, Error::Kind::Network);
    QVERIFY(!m.error().userMessage.isEmpty());
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().kind, Error::Kind::Network);
    QVERIFY2(cut.error().userMessage.contains(u"was cut"), qPrintable(cut.error().userMessage));
}

void TestOsrmTable::refusedConnectionIsANetworkError()
{
    test::FakeHttpServer closed;
    QVERIFY(closed.start());
    const QUrl url = closed.url(u"/"_s);
    closed.stop();
    net::NetExecutor net(1);
    net::ProviderConfig p;
    p.id = u"osrm-down"_s;
    p.baseUrl = url;
    QVERIFY(net.setProvider(p).ok());
    OsrmTable osrm(net, OsrmConfig{u"osrm-down"_s, u"driving"_s});
    const Result<sched::TravelMatrix> m = waitFor(osrm.table(kPoints));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, Error::Kind::Network);
    QVERIFY2(m.error().userMessage.contains(u"Cannot reach the routing service"), qPrintable(m.error().userMessage));
}

void TestOsrmTable::badCoordinatesSendNothing()
{
    const Result<sched::TravelMatrix> m = waitFor(m_osrm->table({{45.5, -73.6}, {95.0, -73.6}}));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, Error::Kind::Validation);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestOsrmTable::noPointsSendNothing()
{
    const Result<sched::TravelMatrix> m = waitFor(m_osrm->table({}));
    QVERIFY(m.ok());
    QCOMPARE(m->size(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestOsrmTable)
#include "TestOsrmTable.moc"
