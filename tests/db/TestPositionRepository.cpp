// PositionRepository against a migrated throwaway database: a batch is stored in one round trip with duplicates
// ignored and speed converted to km/h, the technician is resolved from the device, latest position per device,
// a device's track in a time window, bounded retention by age and by rows per device, and the coordinate CHECKs.
// Quebec Law 25 (migration 0033): only positions of a technician's device inside that technician's shift (local time,
// with the grace, on a work day without absence, DST days included) are kept; the GPS privacy settings round trip.
#include <limits>

#include <QTest>

#include "core/db/PgConnection.h"
#include "core/integrations/GpsPrivacyRepository.h"
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
    void keepsOnlyPositionsInsideTheShift();
    void shiftFollowsDaylightSavingTime();
    void workDaysAbsencesAndInactiveTechnicians();
    void todayTrackAndWindows();
    void privacySettingsRoundTrip();

private:
    qint64 count(const char *sql);
    // A technician with the device, on shift from..to every day (default: all day, so any fix time is kept).
    qint64 technician(
        qint64 device, const char *from = "00:00", const char *to = "23:59:59.999999", int workDays = 127);
    static QDateTime utc(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate); }

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
    for (qint64 device : {1, 2, 3, 4}) // device 8 belongs to no technician; 7 gets one in its test
        QVERIFY(technician(device) > 0);
}

qint64 TestPositionRepository::technician(qint64 device, const char *from, const char *to, int workDays)
{
    auto r = m_c->exec("INSERT INTO dispatch_technicians (name, traccar_device_id, shift_start, shift_end, work_days)"
                       " VALUES ('Tech ' || $1::text, $1::bigint, $2::time, $3::time, $4) RETURNING id",
        db::SqlParams().add(device).add(from).add(to).add(workDays));
    if (!r) {
        qWarning("%s", qPrintable(r.error().detail));
        return -1;
    }
    return r->int64(0, 0);
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
    const qint64 techId = technician(7);
    QVERIFY(techId > 0);

    PositionRepository repo(*m_c);
    const QList<TraccarPosition> batch{position(1, 7, m_now.addSecs(-60)), position(2, 7, m_now.addSecs(-30)),
        position(3, 8, m_now.addSecs(-10)), position(2, 7, m_now.addSecs(-30))}; // 2 twice in the batch
    m_c->resetRoundTrips();
    Result<StoreOutcome> r = repo.store(batch);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->inserted, 2);
    QCOMPARE(r->outsideShift, 1); // device 8 belongs to no technician: not kept
    QCOMPARE(m_c->roundTrips(), quint64(1));
    QCOMPARE(count("SELECT count(*) FROM gps_positions"), qint64(2));

    // Stored again with one new position: only the new one is inserted.
    r = repo.store({position(1, 7, m_now.addSecs(-60)), position(4, 7, m_now), position(5, 8, m_now)});
    QVERIFY(r.ok());
    QCOMPARE(r->inserted, 1);
    QCOMPARE(r->outsideShift, 1);
    QCOMPARE(count("SELECT count(*) FROM gps_positions"), qint64(3));
    QCOMPARE(repo.store({}).value().inserted, 0);

    auto row = m_c->exec("SELECT speed_kmh, technician_id, fix_time, accuracy FROM gps_positions "
                         "WHERE traccar_position_id = 1");
    QVERIFY(row.ok());
    QVERIFY(qAbs(row->real(0, 0) - 18.52) < 1e-9); // 10 knots
    QCOMPARE(row->int64(0, 1), techId);
    QCOMPARE(row->timestamp(0, 2), m_now.addSecs(-60));
    QCOMPARE(row->real(0, 3), 5.0);
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE device_id = 8"), qint64(0));

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
    QCOMPARE(r->at(1).technicianId, std::optional<qint64>(2)); // init()'s second technician
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
    QCOMPARE(repo.track(1, m_now.addSecs(-600), m_now).value().size(), 0);
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
    Result<StoreOutcome> r = repo.store({position(1, 1, m_now), position(2, 1, m_now, 95.0, -73.0)});
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

void TestPositionRepository::keepsOnlyPositionsInsideTheShift()
{
    // Wednesday 14 January 2026, EST (UTC-5): shift 08:00-16:30 local, default grace 15 min -> 07:45..16:45.
    QVERIFY(technician(50, "08:00", "16:30") > 0);
    PositionRepository repo(*m_c);
    Result<StoreOutcome> r = repo.store({position(1, 50, utc("2026-01-14T12:44:59Z")), // 07:44:59: before the grace
        position(2, 50, utc("2026-01-14T12:45:00Z")), // 07:45: first kept
        position(3, 50, utc("2026-01-14T17:00:00Z")), // noon
        position(4, 50, utc("2026-01-14T21:45:00Z")), // 16:45: last kept
        position(5, 50, utc("2026-01-14T21:45:01Z")), // after the grace
        position(6, 50, utc("2026-01-15T03:00:00Z")), // 22:00 the evening
        position(7, 51, utc("2026-01-14T17:00:00Z"))}); // a device no technician has
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->inserted, 3);
    QCOMPARE(r->outsideShift, 4);
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE traccar_position_id IN (2, 3, 4)"), qint64(3));

    // The grace is a company setting: without it, 07:50 is outside and 08:00 inside.
    QVERIFY(m_c->exec("UPDATE gps_privacy_settings SET shift_grace_minutes = 0").ok());
    r = repo.store({position(10, 50, utc("2026-01-14T12:50:00Z")), position(11, 50, utc("2026-01-14T13:00:00Z"))});
    QVERIFY(r.ok());
    QCOMPARE(r->inserted, 1);
    QCOMPARE(r->outsideShift, 1);
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE traccar_position_id = 11"), qint64(1));
}

void TestPositionRepository::shiftFollowsDaylightSavingTime()
{
    // Sunday 8 March 2026 clocks go forward (EDT, UTC-4); Sunday 1 November 2026 they go back (EST, UTC-5).
    QVERIFY(technician(60, "08:00", "16:30") > 0);
    PositionRepository repo(*m_c);
    Result<StoreOutcome> r = repo.store({position(1, 60, utc("2026-03-08T11:50:00Z")), // 07:50 EDT: kept
        position(2, 60, utc("2026-03-08T20:50:00Z")), // 16:50 EDT: out (15:50 with a fixed UTC-5)
        position(3, 60, utc("2026-11-01T12:50:00Z")), // 07:50 EST: kept
        position(4, 60, utc("2026-11-01T12:40:00Z")), // 07:40 EST: out
        position(5, 60, utc("2026-11-01T21:40:00Z"))}); // 16:40 EST: kept (17:40 with a fixed UTC-4)
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->inserted, 3);
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE traccar_position_id IN (1, 3, 5)"), qint64(3));
}

void TestPositionRepository::workDaysAbsencesAndInactiveTechnicians()
{
    const qint64 weekdays = technician(70, "08:00", "16:30", 31); // Monday to Friday
    QVERIFY(weekdays > 0);
    const qint64 gone = technician(71);
    QVERIFY(gone > 0);
    QVERIFY(m_c->exec("UPDATE dispatch_technicians SET active = false WHERE id = $1", db::SqlParams().add(gone)).ok());
    // Absent on Thursday 15 January 2026 from 08:00 to 10:00 local only: nothing is kept that whole day.
    QVERIFY(m_c->exec("INSERT INTO technician_absences (technician_id, kind, starts_at, ends_at) VALUES"
                      " ($1, 'training', '2026-01-15T13:00:00Z', '2026-01-15T15:00:00Z')",
                   db::SqlParams().add(weekdays))
                .ok());
    PositionRepository repo(*m_c);
    Result<StoreOutcome> r = repo.store({position(1, 70, utc("2026-01-14T17:00:00Z")), // Wednesday noon: kept
        position(2, 70, utc("2026-01-17T17:00:00Z")), // Saturday noon: not a work day
        position(3, 70, utc("2026-01-15T20:00:00Z")), // Thursday 15:00, after the training: absent that day
        position(4, 71, utc("2026-01-14T17:00:00Z"))}); // an inactive technician
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->inserted, 1);
    QCOMPARE(r->outsideShift, 3);
    QCOMPARE(count("SELECT count(*) FROM gps_positions WHERE traccar_position_id = 1"), qint64(1));
}

void TestPositionRepository::todayTrackAndWindows()
{
    const qint64 offToday = technician(80, "08:00", "16:30", 0); // never works: no window today
    QVERIFY(offToday > 0);
    PositionRepository repo(*m_c);
    QVERIFY(repo.store({position(1, 1, m_now.addSecs(-30)), position(2, 1, m_now.addSecs(-90)),
                           position(3, 1, m_now.addDays(-2)), position(4, 2, m_now.addSecs(-60))})
                .ok());
    auto windows = repo.trackingWindows();
    QVERIFY2(windows.ok(), windows.ok() ? "" : qPrintable(windows.error().detail));
    QCOMPARE(windows->size(), 5); // devices 1-4 and 80
    QCOMPARE(windows->first().deviceId, qint64(1));
    QVERIFY(windows->first().contains(m_now));
    QVERIFY(!windows->first().contains(m_now.addDays(-2)));
    QCOMPARE(windows->last().technicianId, offToday);
    QVERIFY(!windows->last().from.isValid());

    // Device 1's technician is init()'s first: today, oldest first, not the day before yesterday nor device 2.
    auto track = repo.todayTrack(windows->first().technicianId);
    QVERIFY2(track.ok(), track.ok() ? "" : qPrintable(track.error().detail));
    QCOMPARE(track->size(), 2);
    QCOMPARE(track->at(0).traccarPositionId, qint64(2));
    QCOMPARE(track->at(1).traccarPositionId, qint64(1));
    QCOMPARE(repo.todayTrack(offToday).value().size(), 0);
}

void TestPositionRepository::privacySettingsRoundTrip()
{
    GpsPrivacyRepository repo(*m_c);
    auto loaded = repo.load();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().detail));
    QCOMPARE(loaded->retentionDays, 30);
    QCOMPARE(loaded->shiftGraceMinutes, 15);
    QVERIFY(loaded->editable); // the test connects as the owner
    QVERIFY(loaded->notice(u"fr"_s).contains(u"30 jours"_s));
    QVERIFY(loaded->notice(u"en"_s).contains(u"30 days"_s));
    QVERIFY(!loaded->notice(u"en"_s).contains(u"{days}"_s));

    GpsPrivacySettings edited = loaded.value();
    edited.retentionDays = 7;
    edited.noticeFr = u"Positions gardées {days} jours, {grace} minutes de marge."_s;
    auto saved = repo.save(edited);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().detail));
    QVERIFY(saved->version != loaded->version);
    auto again = repo.load();
    QVERIFY(again.ok());
    QCOMPARE(again->retentionDays, 7);
    QCOMPARE(again->notice(u"fr"_s), u"Positions gardées 7 jours, 15 minutes de marge."_s);
    QCOMPARE(again->noticeEn, loaded->noticeEn);

    // Bad input: a clear message, nothing written. A stale version: Conflict.
    GpsPrivacySettings bad = again.value();
    bad.retentionDays = 366;
    QCOMPARE(repo.save(bad).error().kind, Error::Kind::Validation);
    bad = again.value();
    bad.noticeEn = u"  "_s;
    auto refused = repo.save(bad);
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QVERIFY(!refused.error().userMessage.isEmpty());
    QCOMPARE(repo.save(edited).error().kind, Error::Kind::Conflict); // edited still has the first version
    QCOMPARE(count("SELECT retention_days FROM gps_privacy_settings"), qint64(7));
    QVERIFY(!m_c->exec("UPDATE gps_privacy_settings SET retention_days = 0").ok()); // the table CHECK too
}

QTEST_GUILESS_MAIN(TestPositionRepository)
#include "TestPositionRepository.moc"
