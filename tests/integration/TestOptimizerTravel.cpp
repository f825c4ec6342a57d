// The optimizer and the assistant on real travel sources (issue #11): a fake OSRM `table` server on 127.0.0.1 whose
// matrix changes the plan (the job goes to the technician the roads favour, not the straight line), fetched once per
// point set (the server counts the requests; the assistant reuses the optimizer's matrix), and the straight-line
// fallback with its warning when the server is down, answers garbage, or answers for another number of points; a
// matrix file with its places file the same way; OptimizerService::proposeDay-free (the static plan/rank the service
// runs on its CPU pool).
#include <fstream>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/dispatch/DispatchRules.h"
#include "core/dispatch/OptimizerService.h"
#include "core/dispatch/OsrmTable.h"
#include "core/dispatch/TravelSource.h"
#include "tests/support/FakeHttpServer.h"

using namespace ops;
using namespace ops::dispatch;
using namespace Qt::Literals::StringLiterals;
using test::FakeBehaviour;

namespace {

const QDate kDay(2030, 3, 5); // a Tuesday
const GeoPoint kAliceHome{45.50, -73.60};
const GeoPoint kBrunoHome{45.60, -73.40};
const GeoPoint kJob{45.51, -73.59}; // 1.4 km from Alice's home in a straight line, 19 km from Bruno's

// Two technicians who can both do the one queue job; nothing else on the day.
Board board()
{
    Board b;
    b.from = kDay;
    b.to = kDay;
    for (const auto &[id, name, home] :
        {std::tuple{1, u"Alice"_s, kAliceHome}, std::tuple{2, u"Bruno"_s, kBrunoHome}}) {
        Technician t;
        t.id = id;
        t.code = u"DT-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
        t.name = name;
        t.home = home;
        t.shiftStartMin = 8 * 60;
        t.shiftEndMin = 17 * 60;
        t.workDays = 0b1111111;
        b.technicians.append(t);
    }
    Job j;
    j.id = 11;
    j.code = u"DJ-00011"_s;
    j.status = JobStatus::Unscheduled;
    j.durationMin = 30;
    j.point = kJob;
    j.windowStart = localDayTime(kDay, 9 * 60);
    j.windowEnd = localDayTime(kDay, 16 * 60);
    j.version = 1;
    b.jobs = {j};
    b.loadedAt = localDayTime(kDay, 6 * 60);
    b.reindex();
    return b;
}

// The model's places in node order after node 0 (Alice's home, Bruno's home, the job): what the server is asked.
const std::vector<sched::GeoPoint> kAsked = {
    {kAliceHome.lat, kAliceHome.lon}, {kBrunoHome.lat, kBrunoHome.lon}, {kJob.lat, kJob.lon}};

// The roads: Alice is an hour from the job (a river between), Bruno two minutes.
QByteArray roads(int n = 3)
{
    const double seconds[3][3] = {{0, 3000, 3600}, {3000, 0, 120}, {3600, 120, 0}};
    QJsonArray durations;
    QJsonArray distances;
    for (int i = 0; i < n; ++i) {
        QJsonArray d;
        QJsonArray m;
        for (int k = 0; k < n; ++k) {
            d.append(seconds[i % 3][k % 3]);
            m.append(seconds[i % 3][k % 3] * 15); // 54 km/h
        }
        durations.append(d);
        distances.append(m);
    }
    return QJsonDocument(QJsonObject{{u"code"_s, u"Ok"_s}, {u"durations"_s, durations}, {u"distances"_s, distances}})
        .toJson(QJsonDocument::Compact);
}

qint64 leadOf(const DayProposal &p, qint64 jobId)
{
    for (const JobChange &c : p.changes) {
        if (c.jobId == jobId)
            return c.toLead;
    }
    return 0;
}

TravelConfig server(const QUrl &base)
{
    TravelConfig c;
    c.mode = TravelMode::RoutingServer;
    c.osrm.id = u"osrm"_s;
    c.osrm.baseUrl = base;
    c.osrm.timeoutMs = 5000;
    return c;
}

} // namespace

class TestOptimizerTravel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeHttpServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void init() { m_server->clearRecords(); }

    void straightLineByDefault()
    {
        const Result<DayProposal> p = OptimizerService::plan(board(), kDay, false, 0.2);
        QVERIFY(p.ok());
        QCOMPARE(leadOf(p.value(), 11), qint64(1)); // the nearest in a straight line
        QCOMPARE(p->travelSource, u"haversine"_s);
        QVERIFY(p->travelWarning.isEmpty());
    }

    void routingServerMatrixDecidesAndIsFetchedOnce()
    {
        const QByteArray path = "/roads/" + OsrmTable::tablePath(u"driving"_s, kAsked).toUtf8();
        m_server->setFallback(path, FakeBehaviour::json(200, roads()));
        TravelSource travel(server(m_server->url(u"/roads/"_s)));
        const Board b = board();

        const Result<DayProposal> p = OptimizerService::plan(b, kDay, false, 0.2, nullptr, 1, &travel);
        QVERIFY(p.ok());
        QCOMPARE(p->travelSource, u"osrm"_s);
        QVERIFY2(p->travelWarning.isEmpty(), qPrintable(p->travelWarning));
        QCOMPARE(leadOf(p.value(), 11), qint64(2)); // two minutes by road
        QCOMPARE(m_server->requestCount(path), 1);
        const QList<test::ReceivedRequest> sent = m_server->requests(path);
        QVERIFY(sent.at(0).target.endsWith("?annotations=duration,distance"));

        // The same day again, "rest of today" style re-plans and the assistant: the same places, no second fetch.
        const Result<DayProposal> again = OptimizerService::plan(b, kDay, false, 0.2, nullptr, 2, &travel);
        QVERIFY(again.ok());
        QCOMPARE(leadOf(again.value(), 11), qint64(2));
        const Result<QList<CandidateSlot>> ranked = OptimizerService::rank(b, 11, 2, b.loadedAt, &travel);
        QVERIFY(ranked.ok());
        QVERIFY(!ranked->isEmpty());
        QCOMPARE(ranked->first().technicianId, qint64(2));
        QCOMPARE(ranked->first().travelBeforeMin, 2);
        QCOMPARE(m_server->requestCount(path), 1);
        QCOMPARE(travel.fetches(), 1);
        m_server->setFallback(path, FakeBehaviour::respond(404));
    }

    void deadServerFallsBackWithAWarning()
    {
        test::FakeHttpServer closed;
        QVERIFY(closed.start());
        const QUrl url = closed.url(u"/"_s);
        closed.stop();
        TravelSource travel(server(url));
        const Result<DayProposal> p = OptimizerService::plan(board(), kDay, false, 0.2, nullptr, 1, &travel);
        QVERIFY(p.ok());
        QCOMPARE(p->travelSource, u"haversine"_s);
        QVERIFY2(p->travelWarning.startsWith(u"The routing server did not answer ("_s), qPrintable(p->travelWarning));
        QVERIFY2(p->travelWarning.contains(u"Cannot reach the routing service"_s), qPrintable(p->travelWarning));
        QVERIFY(p->travelWarning.endsWith(u"travel times are straight-line estimates."_s));
        QCOMPARE(leadOf(p.value(), 11), qint64(1)); // planned anyway, in a straight line
        // Not asked again for the same places right away (a minute later it is).
        const Result<DayProposal> again = OptimizerService::plan(board(), kDay, false, 0.2, nullptr, 1, &travel);
        QVERIFY(again.ok());
        QCOMPARE(again->travelWarning, p->travelWarning);
        QCOMPARE(travel.fetches(), 1);
    }

    void garbageFallsBack_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");
        QTest::newRow("truncated JSON") << QByteArray("{\"code\":\"Ok\",\"durations\":[[0,") << u"cannot read"_s;
        QTest::newRow("two points of three") << roads(2) << u"answered for 2 points instead of 3"_s;
        QTest::newRow("refused") << QByteArray(R"({"code":"InvalidQuery","message":"Query string malformed"})")
                                 << u"refused the table"_s;
    }
    void garbageFallsBack()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        const QByteArray path = "/bad/" + OsrmTable::tablePath(u"driving"_s, kAsked).toUtf8();
        m_server->setFallback(path, FakeBehaviour::fromBody(200, body, "application/json"));
        TravelSource travel(server(m_server->url(u"/bad/"_s)));
        const Result<DayProposal> p = OptimizerService::plan(board(), kDay, false, 0.2, nullptr, 1, &travel);
        m_server->setFallback(path, FakeBehaviour::respond(404));
        QVERIFY(p.ok());
        QCOMPARE(p->travelSource, u"haversine"_s);
        QVERIFY2(p->travelWarning.contains(why), qPrintable(p->travelWarning));
        QVERIFY(p->travelWarning.contains(u"straight-line estimates"_s));
        QCOMPARE(leadOf(p.value(), 11), qint64(1));
        QVERIFY(m_server->requestCount(path) >= 1);
    }

    void notSetUpSaysSo()
    {
        TravelSource travel(server(QUrl()));
        const Result<DayProposal> p = OptimizerService::plan(board(), kDay, false, 0.2, nullptr, 1, &travel);
        QVERIFY(p.ok());
        QCOMPARE(p->travelSource, u"haversine"_s);
        QVERIFY2(p->travelWarning.contains(u"No routing server is set up"_s), qPrintable(p->travelWarning));
    }

    void matrixFileDecides()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"day.matrix"_s);
        // The file lists the places in its own order (job first) plus one the plan does not use.
        {
            std::ofstream m(file.toStdString());
            m << "4\n0 60 2 9\n60 0 50 9\n2 50 0 9\n9 9 9 0\n";
            std::ofstream pts(TravelSourceSettings::pointsFileOf(file).toStdString());
            pts << "45.51 -73.59\n45.5,-73.6\n45.6 -73.4\n46.0 -74.0\n";
        }
        TravelConfig c;
        c.mode = TravelMode::MatrixFile;
        c.matrixFile = file;
        TravelSource travel(c);
        const Result<DayProposal> p = OptimizerService::plan(board(), kDay, false, 0.2, nullptr, 1, &travel);
        QVERIFY(p.ok());
        QCOMPARE(p->travelSource, u"file"_s);
        QVERIFY2(p->travelWarning.isEmpty(), qPrintable(p->travelWarning));
        QCOMPARE(leadOf(p.value(), 11), qint64(2)); // 2 minutes from Bruno's home in the file

        // A file without one of the plan's places: the straight line, and why.
        {
            std::ofstream pts(TravelSourceSettings::pointsFileOf(file).toStdString());
            pts << "45.51 -73.59\n45.5 -73.6\n45.7 -73.4\n46.0 -74.0\n";
        }
        TravelSource partial(c);
        const Result<DayProposal> q = OptimizerService::plan(board(), kDay, false, 0.2, nullptr, 1, &partial);
        QVERIFY(q.ok());
        QCOMPARE(q->travelSource, u"haversine"_s);
        QVERIFY2(q->travelWarning.contains(u"no travel for 1 of the plan's 3 places"_s), qPrintable(q->travelWarning));
        QCOMPARE(leadOf(q.value(), 11), qint64(1));
    }

private:
    std::unique_ptr<test::FakeHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestOptimizerTravel)
#include "TestOptimizerTravel.moc"
