// PositionRepository against a migrated throwaway database: a batch is stored in one round trip with duplicates
// ignored and speed converted to km/h, the technician is resolved from the device, latest position per device,
// a device's track in a time window, bounded retention by age and by rows per device, and the coordinate CHECKs.
#include <limits>

#include <QTest>

#include "core/db/PgConnection.h"
#include "core/integrations/PositionRepository.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::integrations;
using namespace Qt::Literals::StringLiterals;

namespace {

TraccarPosition position(qint64 id, qint64 device, const QDateTime &fix, double lat = 45.5, double lon = -73.6)
{
    TraccarPosition p;
    p.id = id;
    p.deviceId = device;
    p.latitude = lat;
    p.longitude = lon;
    p.speed = 10.0; // knots
    p.course = 90.0;
    p.accuracy = 5.0;
    p.valid = true;
    p.fixTime = fix;
    return p;
}

} // namespace

class TestPositionRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void storesBatchIgnoringDuplicates();
    void latestPerDevice();
    void trackWindow();
    void pruneByAge();
    void pruneByCountPerDevice();
    void checkRejectsBadCoordinates();

private:
    qint64 count(const char *sql);

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QDateTime m_now;
};

void TestPositionRepository::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestPositionRepository::init()
{
    auto db = m_cluster->freshDatabase(true);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    auto c = db::PgConnection::open(db.value());
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
    m_c = std::move(c).value();
    m_now = QDateTime::currentDateTimeUtc();
    m_now.setTime(QTime(m_now.time().hour(), m_now.time().minute(), m_now.time().second()));
}

void TestPositionRepository::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

qint64 TestPositionRepository::count(const char *sql)
{
    auto r = m_c->exec(sql);
    if (!r) {
        qWarning("%s", qPrintable(r.error().detail));
        return -1;
    }
    return r->int64(0, 0);
}

void TestPositionRepository::storesBatchIgnoringDuplicates()
{
    auto tech =
        m_c->exec("INSERT INTO dispatch_technicians (name, traccar_device_id) VALUES ('Marie', 7) RETURNING id");
    QVERIFY2(tech.ok(), tech.ok() ? "" : qPrintable(tech.error().detail));
    const qint64 techId = tech->int64(0, 0);

    PositionRepository repo(*m_c);
    const QList<TraccarPosition> batch{position(1, 7, m_now.addSecs(-60)), position(2, 7, m_now.addSecs(-30)),
        position(3, 8, m_now.addSecs(-10)), position(2, 7, m_now.addSecs(-30))}; // 2 twice in the batch
    m_c->resetRoundTrips();
    Result<int> r = repo.store(batch);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r.value(), 3);
    QCOMPARE(m_c->roundTrips(), quint64(1));
    QCOMPARE(count("SELECT count(*) FROM gps_positions"), qint64(3));

    // Stored again with one new position: only the new one is inserted.
    r = repo.store({position(1, 7, m_now.addSecs(-60)), position(4, 8, m_now)});
    QVERIFY(r.ok());
    QCOMPARE(r.value(), 1);
    QCOMPARE(count("SELECT count(*) FROM gps_positions"), qint64(4));
    QCOMPARE(repo.store({}).value(), 0);

    auto row = m_c->exec("SELECT speed_kmh, technician_id, fix_time, accuracy FROM gps_positions "
                         "WHERE traccar_position_id = 1");
    QVERIFY(row.ok());
    QVERIFY(qAbs(row->real(0, 0) - 18.52) < 1e-9); // 10 knots
    QCOMPARE(row->int64(0, 1), techId);
    QCOMPARE(row->timestamp(0, 2), m_now.addSecs(-60));
    QCOMPARE(row->real(0, 3), 5.0);
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE device_id = 8 AND technician_id IS NULL"), qint64(2));

    TraccarPosition nan = position(9, 7, m_now);
    nan.speed = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(repo.store({nan}).error().kind, Error::Kind::Validation);
}

void TestPositionRepository::latestPerDevice()
{
    PositionRepository repo(*m_c);
    QVERIFY(repo.store({position(10, 1, m_now.addSecs(-300), 45.0), position(11, 1, m_now.addSecs(-5), 45.1),
                           position(12, 1, m_now.addSecs(-100), 45.2), position(20, 2, m_now.addSecs(-50), 46.0),
                           position(21, 2, m_now.addSecs(-500), 46.1)})
                .ok());
    Result<QList<StoredPosition>> r = repo.latestPerDevice();
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).deviceId, qint64(1));
    QCOMPARE(r->at(0).traccarPositionId, qint64(11));
    QCOMPARE(r->at(0).latitude, 45.1);
    QCOMPARE(r->at(0).fixTime, m_now.addSecs(-5));
    QVERIFY(r->at(0).receivedAt.isValid());
    QCOMPARE(r->at(1).deviceId, qint64(2));
    QCOMPARE(r->at(1).traccarPositionId, qint64(20));
    QVERIFY(!r->at(1).technicianId.has_value());
}

void TestPositionRepository::trackWindow()
{
    PositionRepository repo(*m_c);
    QList<TraccarPosition> batch;
    for (int i = 0; i < 10; ++i)
        batch << position(100 + i, 3, m_now.addSecs(-600 + i * 60)); // every minute
    batch << position(200, 4, m_now.addSecs(-300));
    QVERIFY(repo.store(batch).ok());
    // Minutes 2..5 inclusive.
    Result<QList<StoredPosition>> r = repo.track(3, m_now.addSecs(-600 + 120), m_now.addSecs(-600 + 300));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->size(), 4);
    QCOMPARE(r->first().traccarPositionId, qint64(102));
    QCOMPARE(r->last().traccarPositionId, qint64(105));
    for (int i = 1; i < r->size(); ++i)
        QVERIFY(r->at(i - 1).fixTime < r->at(i).fixTime);
    QCOMPARE(repo.track(4, m_now.addSecs(-600), m_now).value().size(), 1);
    QCOMPARE(repo.track(5, m_now.addSecs(-600), m_now).value().size(), 0);
    QCOMPARE(repo.track(3, m_now, m_now.addSecs(-600)).error().kind, Error::Kind::Validation);
}

void TestPositionRepository::pruneByAge()
{
    PositionRepository repo(*m_c);
    QVERIFY(repo.store({position(1, 1, m_now.addDays(-40)), position(2, 1, m_now.addDays(-31)),
                           position(3, 1, m_now.addDays(-29)), position(4, 2, m_now.addDays(-45)),
                           position(5, 2, m_now.addSecs(-60))})
                .ok());
    Result<qint64> r = repo.prune(30, 1000);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r.value(), qint64(3));
    QCOMPARE(count("SELECT count(*) FROM gps_positions"), qint64(2));
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE traccar_position_id IN (3, 5)"), qint64(2));
    QCOMPARE(repo.prune(30, 1000).value(), qint64(0));
    QCOMPARE(repo.prune(0, 10).error().kind, Error::Kind::Validation);
    QCOMPARE(repo.prune(10, 0).error().kind, Error::Kind::Validation);
}

void TestPositionRepository::pruneByCountPerDevice()
{
    PositionRepository repo(*m_c);
    QList<TraccarPosition> batch;
    for (int i = 0; i < 8; ++i)
        batch << position(100 + i, 1, m_now.addSecs(-1000 + i * 10)); // device 1: 8 rows, 107 newest
    for (int i = 0; i < 3; ++i)
        batch << position(200 + i, 2, m_now.addSecs(-1000 + i * 10)); // device 2: 3 rows
    batch << position(300, 3, m_now.addDays(-60)); // device 3: too old, pruned by age
    QVERIFY(repo.store(batch).ok());
    Result<qint64> r = repo.prune(30, 5);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r.value(), qint64(3 + 1));
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE device_id = 1"), qint64(5));
    QCOMPARE(count("SELECT min(traccar_position_id) FROM gps_positions WHERE device_id = 1"), qint64(103));
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE device_id = 2"), qint64(3));
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE device_id = 3"), qint64(0));
}

void TestPositionRepository::checkRejectsBadCoordinates()
{
    PositionRepository repo(*m_c);
    Result<int> r = repo.store({position(1, 1, m_now), position(2, 1, m_now, 95.0, -73.0)});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation); // SQLSTATE 23514, check_violation
    QCOMPARE(r.error().code, u"23514"_s);
    QVERIFY2(r.error().detail.contains(u"gps_positions_latitude_check"_s), qPrintable(r.error().detail));
    QCOMPARE(count("SELECT count(*) FROM gps_positions"), qint64(0)); // the whole batch failed
    r = repo.store({position(3, 1, m_now, 45.0, -181.0)});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().detail.contains(u"longitude"_s), qPrintable(r.error().detail));
    auto direct = m_c->exec("INSERT INTO gps_positions (traccar_position_id, device_id, latitude, longitude, fix_time) "
                            "VALUES (9, 1, -90.5, 0, now())");
    QVERIFY(!direct.ok());
    QVERIFY(repo.store({position(4, 1, m_now, -90.0, 180.0)}).ok()); // the bounds themselves are valid
}

QTEST_GUILESS_MAIN(TestPositionRepository)
#include "TestPositionRepository.moc"
