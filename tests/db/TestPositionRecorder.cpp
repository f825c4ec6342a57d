// PositionRecorder: live Traccar positions from a loopback WebSocket are stored in gps_positions in batches, across
// a reconnect, without duplicates; the retention deletes what is too old; a write that fails (database gone) keeps
// the batch and stores it once the database is back. Positions of a device no technician has are not kept (Law 25),
// and the retention days come from the company setting unless given.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/integrations/PositionRecorder.h"
#include "core/integrations/TraccarLive.h"
#include "core/net/NetExecutor.h"
#include "tests/support/FakeTraccarSocket.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::integrations;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QJsonObject position(qint64 id, qint64 device, const QDateTime &fix)
{
    const QString t = fix.toUTC().toString(Qt::ISODateWithMs);
    return QJsonObject{{u"id"_s, id}, {u"deviceId"_s, device}, {u"latitude"_s, 45.40 + double(id) / 1000.0},
        {u"longitude"_s, -72.70}, {u"speed"_s, 10.0}, {u"course"_s, 90.0}, {u"altitude"_s, 30.0}, {u"accuracy"_s, 4.0},
        {u"valid"_s, true}, {u"fixTime"_s, t}, {u"deviceTime"_s, t}, {u"serverTime"_s, t},
        {u"attributes"_s, QJsonObject()}};
}

} // namespace

class TestPositionRecorder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void storesLivePositionsInBatches();
    void retentionDeletesOldPositions();
    void keepsTheBatchWhenTheWriteFails();
    void retentionFromTheCompanySetting();

private:
    qint64 scalar(const char *sql);

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestPositionRecorder::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestPositionRecorder::init()
{
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    // Devices 5, 7, 8 and 9 belong to technicians on shift all day, every day (Law 25: only those are kept).
    QVERIFY(m_c->exec("INSERT INTO dispatch_technicians (name, traccar_device_id, shift_start, shift_end, work_days)"
                      " SELECT 'Tech ' || d, d, '00:00', '23:59:59.999999', 127 FROM unnest('{5,7,8,9}'::bigint[]) d")
                .ok());
}

void TestPositionRecorder::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

qint64 TestPositionRecorder::scalar(const char *sql)
{
    auto r = m_c->exec(sql);
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0, -1) : -1;
}

void TestPositionRecorder::storesLivePositionsInBatches()
{
    TraccarConfig config;
    config.token = u"trk"_s;
    test::FakeTraccarSocket server(QWebSocketServer::NonSecureMode, "Bearer trk");
    QVERIFY(server.listen());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Two connections: the second repeats position 2 (Traccar resends the latest after a reconnect).
    server.scripts = {{test::FakeTraccarSocket::frame("positions",
                          {position(1, 7, now.addSecs(-20)), position(2, 8, now.addSecs(-10)), position(4, 99, now)})},
        {test::FakeTraccarSocket::frame("positions", {position(2, 8, now.addSecs(-10)), position(3, 7, now)}),
            u"{not json"_s}};
    net::NetExecutor net(1);
    net::ProviderConfig p;
    p.id = u"traccar"_s;
    p.baseUrl = server.baseUrl(u"http"_s);
    QVERIFY(net.setProvider(p).ok());
    DbExecutor db(m_conninfo, 2);
    PositionRecorder::Options options;
    options.flushMs = 100;
    PositionRecorder recorder(db, options);
    TraccarLive live(net, config, TraccarLive::Options{50ms, 200ms, 10s});
    recorder.attach(&live);
    live.start();
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM gps_positions"), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(server.connections >= 2, 5000);
    live.stop();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.stored(), 3, 5000);
    QCOMPARE(scalar("SELECT count(DISTINCT traccar_position_id) FROM gps_positions"), 3);
    QCOMPARE(scalar("SELECT count(*) FROM gps_positions WHERE device_id = 7"), 2);
    QVERIFY(live.skippedFrames() >= 1); // the malformed frame
    QCOMPARE(recorder.failures(), 0);
    QCOMPARE(recorder.dropped(), 1); // device 99 belongs to no technician
    QCOMPARE(scalar("SELECT count(*) FROM gps_positions WHERE device_id = 99"), 0);
    db.shutdown();
}

void TestPositionRecorder::retentionDeletesOldPositions()
{
    DbExecutor db(m_conninfo, 2);
    PositionRecorder::Options options;
    options.flushMs = 50;
    options.pruneMs = 200;
    options.retentionDays = 30;
    PositionRecorder recorder(db, options);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<TraccarPosition> batch;
    for (const auto &[id, fix] : {std::pair{11, now.addDays(-40)}, std::pair{12, now.addDays(-31)},
             std::pair{13, now.addDays(-2)}, std::pair{14, now}}) {
        auto parsed = TraccarPosition::fromJson(position(id, 9, fix));
        QVERIFY(parsed.ok());
        batch << parsed.value();
    }
    recorder.record(batch);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.stored(), 4, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM gps_positions"), 2, 5000); // the two old ones pruned
    QCOMPARE(scalar("SELECT min(traccar_position_id) FROM gps_positions"), 13);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.pruned(), 2, 5000); // the count lands once the delete is reported
    db.shutdown();
}

void TestPositionRecorder::keepsTheBatchWhenTheWriteFails()
{
    // The table is briefly unusable (renamed away): the write fails, the batch is kept and lands afterwards.
    QVERIFY(m_c->exec("ALTER TABLE gps_positions RENAME TO gps_positions_away").ok());
    DbExecutor db(m_conninfo, 2);
    PositionRecorder::Options options;
    // Not 100 ms: the next flush would take the kept batch back before buffered() is read (a flake on a busy box).
    options.flushMs = 400;
    PositionRecorder recorder(db, options);
    QSignalSpy failed(&recorder, &PositionRecorder::storeFailed);
    auto parsed = TraccarPosition::fromJson(position(21, 5, QDateTime::currentDateTimeUtc()));
    QVERIFY(parsed.ok());
    recorder.record({parsed.value()});
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 5000);
    QCOMPARE(recorder.buffered(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty()); // a translated message for the operator
    QVERIFY(m_c->exec("ALTER TABLE gps_positions_away RENAME TO gps_positions").ok());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.stored(), 1, 5000);
    QCOMPARE(recorder.buffered(), 0);
    QCOMPARE(scalar("SELECT count(*) FROM gps_positions WHERE traccar_position_id = 21"), 1);
    db.shutdown();
}

void TestPositionRecorder::retentionFromTheCompanySetting()
{
    QVERIFY(m_c->exec("UPDATE gps_privacy_settings SET retention_days = 5").ok());
    DbExecutor db(m_conninfo, 2);
    PositionRecorder::Options options; // retentionDays 0: the company setting
    options.flushMs = 50;
    options.pruneMs = 200;
    PositionRecorder recorder(db, options);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<TraccarPosition> batch;
    for (const auto &[id, fix] :
        {std::pair{31, now.addDays(-6)}, std::pair{32, now.addDays(-4)}, std::pair{33, now.addSecs(-60)}}) {
        auto parsed = TraccarPosition::fromJson(position(id, 9, fix));
        QVERIFY(parsed.ok());
        batch << parsed.value();
    }
    recorder.record(batch);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.stored(), 3, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM gps_positions"), 2, 5000); // 6 days > 5: pruned
    QCOMPARE(scalar("SELECT min(traccar_position_id) FROM gps_positions"), 32);
    db.shutdown();
}

QTEST_GUILESS_MAIN(TestPositionRecorder)
#include "TestPositionRecorder.moc"
