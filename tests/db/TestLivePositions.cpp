// LivePositions and Quebec Law 25 against a migrated throwaway database: only positions of a technician's device
// inside that technician's tracking window today are shown (not kept in the snapshot, no signal otherwise); when the
// window ends the technician leaves the snapshot (positionRemoved, by the timer); today's trail comes back oldest
// first from the DB executor.
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/dispatch/LivePositions.h"
#include "core/integrations/PositionRepository.h"
#include "core/integrations/TraccarClient.h"
#include "tests/support/Await.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::dispatch;
using namespace Qt::Literals::StringLiterals;

namespace {

integrations::TraccarPosition fix(qint64 id, qint64 device, const QDateTime &at, double lat = 45.5)
{
    integrations::TraccarPosition p;
    p.id = id;
    p.deviceId = device;
    p.latitude = lat;
    p.longitude = -73.6;
    p.speed = 10.0;
    p.valid = true;
    p.fixTime = at;
    return p;
}

} // namespace

class TestLivePositions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void showsOnlyPositionsInsideTheShift();
    void shiftEndRemovesTheTechnician();
    void todayTrackOldestFirst();

private:
    bool exec(const char *sql);
    bool loadDevices(LivePositions &live);

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestLivePositions::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestLivePositions::init()
{
    auto db = m_cluster->freshDatabase(true);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    // 1: on shift all day, every day (device 601). 2: never works (602). 3: absent today (603). Device 604: nobody's.
    QVERIFY(exec("INSERT INTO dispatch_technicians (id, name, traccar_device_id, shift_start, shift_end, work_days)"
                 " VALUES (1, 'Marie', 601, '00:00', '23:59:59.999999', 127),"
                 " (2, 'Luc', 602, '08:00', '16:30', 0), (3, 'Sam', 603, '00:00', '23:59:59.999999', 127)"));
    QVERIFY(exec("INSERT INTO technician_absences (technician_id, kind, starts_at, ends_at)"
                 " VALUES (3, 'sick', now() - interval '1 minute', now() + interval '1 minute')"));
}

void TestLivePositions::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

bool TestLivePositions::exec(const char *sql)
{
    auto r = m_c->exec(sql);
    if (!r)
        qWarning("%s", qPrintable(r.error().detail));
    return r.ok();
}

bool TestLivePositions::loadDevices(LivePositions &live)
{
    QSignalSpy loaded(&live, &LivePositions::devicesLoaded);
    live.reloadDevices();
    return loaded.wait(10000);
}

void TestLivePositions::showsOnlyPositionsInsideTheShift()
{
    DbExecutor db(m_conninfo, 2);
    LivePositions live(db);
    QVERIFY(loadDevices(live));
    QSignalSpy moved(&live, &LivePositions::positionChanged);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    live.ingest({fix(1, 601, now.addDays(-1)), // yesterday: outside today's window
        fix(2, 602, now), // not a work day
        fix(3, 603, now), // absent today
        fix(4, 604, now)}); // a device no technician has
    QCOMPARE(moved.size(), 0);
    QVERIFY(live.snapshot().isEmpty());
    QVERIFY(!live.latest(1));

    live.ingest({fix(5, 601, now, 45.6)});
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.at(0).at(0).toLongLong(), 1);
    QCOMPARE(live.snapshot().size(), 1);
    QCOMPARE(live.snapshot().value(1).point.lat, 45.6);
    db.shutdown();
}

void TestLivePositions::shiftEndRemovesTheTechnician()
{
    const QTime local = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Toronto")).time();
    if (local > QTime(23, 59, 0))
        QSKIP("the shift would cross midnight");
    // Marie's shift ends in two seconds, without grace.
    QVERIFY(exec("UPDATE gps_privacy_settings SET shift_grace_minutes = 0"));
    QVERIFY(exec("UPDATE dispatch_technicians SET shift_end = (now() AT TIME ZONE 'America/Toronto')::time"
                 " + interval '2 seconds' WHERE id = 1"));
    DbExecutor db(m_conninfo, 2);
    LivePositions live(db);
    QVERIFY(loadDevices(live));
    QSignalSpy removed(&live, &LivePositions::positionRemoved);
    live.ingest({fix(1, 601, QDateTime::currentDateTimeUtc())});
    QCOMPARE(live.snapshot().size(), 1);
    QVERIFY(removed.wait(10000)); // the timer at the window's end
    QCOMPARE(removed.at(0).at(0).toLongLong(), 1);
    QVERIFY(live.snapshot().isEmpty());
    // After the shift, a new position is not shown.
    QSignalSpy moved(&live, &LivePositions::positionChanged);
    live.ingest({fix(2, 601, QDateTime::currentDateTimeUtc())});
    QCOMPARE(moved.size(), 0);
    QVERIFY(live.snapshot().isEmpty());

    // dropEnded() is what the timer calls: a technician still on shift stays until the given instant passes.
    QVERIFY(exec("UPDATE dispatch_technicians SET shift_end = '23:59:59.999999' WHERE id = 1"));
    QVERIFY(loadDevices(live));
    live.ingest({fix(3, 601, QDateTime::currentDateTimeUtc())});
    live.dropEnded(QDateTime::currentDateTimeUtc());
    QCOMPARE(live.snapshot().size(), 1);
    live.dropEnded(QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(live.snapshot().isEmpty());
    QCOMPARE(removed.size(), 2);
    db.shutdown();
}

void TestLivePositions::todayTrackOldestFirst()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto stored = integrations::PositionRepository(*m_c).store(
        {fix(1, 601, now.addSecs(-10), 45.3), fix(2, 601, now.addSecs(-120), 45.1), fix(3, 601, now.addSecs(-60), 45.2),
            fix(4, 601, now.addDays(-2)), fix(5, 602, now)});
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().detail));
    QCOMPARE(stored->inserted, 4); // 602 does not work today
    DbExecutor db(m_conninfo, 2);
    LivePositions live(db);
    auto track = test::await(live.todayTrack(1), this);
    QVERIFY(track && track->ok());
    QCOMPARE(track->value().size(), 3); // not the day before yesterday
    QCOMPARE(track->value().at(0).point.lat, 45.1);
    QCOMPARE(track->value().at(1).point.lat, 45.2);
    QCOMPARE(track->value().at(2).point.lat, 45.3);
    auto none = test::await(live.todayTrack(2), this);
    QVERIFY(none && none->ok());
    QVERIFY(none->value().isEmpty());
    db.shutdown();
}

QTEST_GUILESS_MAIN(TestLivePositions)
#include "TestLivePositions.moc"
