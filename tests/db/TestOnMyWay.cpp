// The "on my way" SMS against a migrated throwaway database: the ETA from the lead technician's newest stored
// position (by device or by technician), the travel settings of dispatch_settings, a newer live position winning;
// sending composes the SMS in the customer's language (fr/en) to the mobile number (phone_alt, else phone), enqueues it
// in the outbox (twilio, sms.send, entity dispatch_job) and stamps eta_sent_at / eta_announced with a version bump, all
// in one transaction; a second SMS is the correction; refusals leave nothing behind (no mobile number, not en route,
// stale version, no position, no sender); a dispatcher may send; the service and LivePositions do the same from the
// GUI thread.
#include <cmath>

#include <QSignalSpy>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/dispatch/LivePositions.h"
#include "core/dispatch/OnMyWayRepository.h"
#include "core/dispatch/OnMyWayService.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/TraccarClient.h"
#include "core/outbox/OutboxRepository.h"
#include "tests/support/Await.h"
#include "tests/support/FakeTraccarSocket.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::dispatch;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kSeed[] = {
    "INSERT INTO customers (id, code, display_name, language, phone, phone_alt) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', '(450) 555-0101', '514-555-0177'),"
    " (2, 'CUST-00002', 'John Smith', 'en', '(819) 555-0102', NULL),"
    " (3, 'CUST-00003', 'Ontario Cousin', 'fr', '(416) 555-0103', 'n/a'),"
    " (4, 'CUST-00004', 'Bad Alt', 'en', '450 555 0104', '(416) 555-0199')",
    // 0.1 degree of latitude north of the technicians' position: 11.12 km, 15 min by the default settings.
    "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, latitude,"
    " longitude) VALUES"
    " (1, 'LOC-00001', 1, '12', 'rue Labelle', 'Saint-Jérôme', 'J7Z 5L3', 45.1, -73.0),"
    " (2, 'LOC-00002', 2, '3', 'Main Street', 'Gatineau', 'J8X 1T1', 45.1, -73.0),"
    " (3, 'LOC-00003', 3, '5', 'rue du Lac', 'Mirabel', 'J7J 1A1', 45.1, -73.0),"
    " (4, 'LOC-00004', 4, '7', 'rue Nord', 'Mirabel', 'J7J 1A2', NULL, NULL)",
    "INSERT INTO dispatch_technicians (id, code, name, traccar_device_id) VALUES"
    " (1, 'DT-00001', 'Marc-André Roy', 501), (2, 'DT-00002', 'Julie Tremblay', NULL),"
    " (3, 'DT-00003', 'Sam Nopos', 503)",
    "INSERT INTO dispatch_jobs (id, code, customer_id, location_id, job_type, status, scheduled_start,"
    " window_start, window_end) VALUES"
    " (1, 'DJ-00001', 1, 1, 'repair', 'en_route', now(), now() - interval '1 hour', now() + interval '3 hours'),"
    " (2, 'DJ-00002', 2, 2, 'repair', 'en_route', now(), NULL, NULL),"
    " (3, 'DJ-00003', 3, 3, 'repair', 'en_route', now(), NULL, NULL),"
    " (4, 'DJ-00004', 1, 1, 'repair', 'dispatched', now(), NULL, NULL),"
    " (5, 'DJ-00005', 1, 1, 'repair', 'en_route', now(), NULL, NULL),"
    " (6, 'DJ-00006', 1, 1, 'repair', 'en_route', now(), NULL, NULL),"
    " (7, 'DJ-00007', 4, 4, 'repair', 'en_route', now(), NULL, NULL),"
    " (8, 'DJ-00008', 1, 1, 'repair', 'en_route', now(), NULL, now() + interval '5 minutes')",
    // Job 1: lead Marc-André with Julie as crew; job 5: nobody; job 6: Sam (no position).
    "INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES (1, 2, false), (1, 1, true), (2, 2, true),"
    " (3, 1, true), (4, 1, true), (6, 3, true), (7, 1, true), (8, 1, true)",
    // Device 501 (Marc-André): an old far position, the newest one, and a newer one without GPS fix (ignored).
    // Julie has no device: her position was stored by technician (an earlier device).
    "INSERT INTO gps_positions (traccar_position_id, device_id, technician_id, latitude, longitude, fix_time, valid)"
    " VALUES (1, 501, 1, 44.0, -74.0, now() - interval '1 hour', true),"
    " (2, 501, 1, 45.0, -73.0, now() - interval '2 minutes', true),"
    " (3, 501, 1, 46.0, -75.0, now() - interval '1 minute', false),"
    " (4, 777, 2, 45.0, -73.0, now() - interval '3 minutes', true)",
};

QDateTime ceilToMinute(const QDateTime &t)
{
    QDateTime m = t;
    m.setTime(QTime(t.time().hour(), t.time().minute()));
    return m == t ? t : m.addSecs(60);
}

} // namespace

class TestOnMyWay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }

    void init()
    {
        auto db = m_cluster->freshDatabase(true);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
        m_c = std::move(c).value();
        for (const char *sql : kSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        }
    }

    void cleanup() { m_c.reset(); }

    void cleanupTestCase() { m_cluster.reset(); }

    void etaFromTheNewestStoredPosition()
    {
        OnMyWayRepository repo(*m_c);
        auto p = repo.preview(1);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().userMessage));
        const EtaContext &c = p.value().context;
        QCOMPARE(c.jobCode, u"DJ-00001"_s);
        QCOMPARE(c.technicianCode, u"DT-00001"_s); // the lead, not the crew member
        QCOMPARE(c.status, JobStatus::EnRoute);
        QVERIFY(c.position);
        QCOMPARE(c.position->point.lat, 45.0); // not the older far one, not the one without fix
        QCOMPARE(c.position->at.secsTo(c.now), 120);
        QCOMPARE(c.mobile, u"+15145550177"_s); // phone_alt first
        QCOMPARE(c.travel.roadFactorPct, 130);
        const EtaEstimate &e = p.value().estimate;
        QCOMPARE(e.minutes, 15);
        QVERIFY(std::abs(e.distanceKm - 11.1195) < 0.001);
        QCOMPARE(e.at, ceilToMinute(c.now.addSecs(15 * 60)));
        QVERIFY(c.windowEnd.isValid());
        QCOMPARE(e.windowEnd, c.windowEnd);
        QVERIFY(!e.slipped());
        QVERIFY(!p.value().corrected);
        QVERIFY2(p.value().canSend(), qPrintable(p.value().blocker));
        QVERIFY(p.value().sms.startsWith(u"TARGO : Bonjour, votre technicien Marc-André est en route."_s));

        // Found by code too, case-insensitively.
        auto id = repo.jobIdOf(u"dj-00001"_s);
        QVERIFY(id.ok());
        QCOMPARE(id.value(), 1);
        auto missing = repo.jobIdOf(u"DJ-09999"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.error().userMessage.contains(u"DJ-09999"_s));
    }

    void positionByTechnicianAndSettings()
    {
        // Julie's position was stored under another device: found by technician.
        QVERIFY(m_c->exec("UPDATE dispatch_settings SET road_factor_pct = 200, average_speed_kmh = 30").ok());
        auto p = OnMyWayRepository(*m_c).preview(2);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().userMessage));
        QVERIFY(p.value().context.position);
        QCOMPARE(p.value().context.travel.roadFactorPct, 200);
        QCOMPARE(p.value().estimate.minutes, 45); // 22.24 km at 30 km/h
        QCOMPARE(p.value().context.mobile, u"+18195550102"_s); // no phone_alt: the main phone
    }

    void newerLivePositionWins()
    {
        OnMyWayRepository repo(*m_c);
        Position live;
        live.point = GeoPoint{45.1, -73.0}; // at the door
        live.at = QDateTime::currentDateTimeUtc();
        auto p = repo.preview(1, {{1, live}});
        QVERIFY(p.ok());
        QCOMPARE(p.value().estimate.minutes, 0);
        // An older live position loses against the stored one.
        live.at = live.at.addSecs(-3600 * 2);
        auto older = repo.preview(1, {{1, live}});
        QVERIFY(older.ok());
        QCOMPARE(older.value().estimate.minutes, 15);
        // A live position of another technician changes nothing.
        live.at = QDateTime::currentDateTimeUtc();
        auto other = repo.preview(1, {{2, live}});
        QVERIFY(other.ok());
        QCOMPARE(other.value().estimate.minutes, 15);
    }

    void sendFrenchEnqueuesAndStamps()
    {
        OnMyWayRepository repo(*m_c);
        const int version = versionOf(1);
        auto sent = repo.send(1, version, sender());
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().userMessage));
        const OnMyWaySent &s = sent.value();
        QCOMPARE(s.version, version + 1);
        QCOMPARE(versionOf(1), version + 1);
        QCOMPARE(s.to, u"+15145550177"_s);
        QVERIFY(!s.corrected);
        QCOMPARE(s.text,
            u"TARGO : Bonjour, votre technicien Marc-André est en route. Arrivée prévue vers %1."_s.arg(
                smsClock(s.estimate.at, u"fr"_s)));

        auto item = outbox::OutboxRepository(*m_c).find(s.outboxId);
        QVERIFY(item.ok());
        QCOMPARE(item.value().provider, u"twilio"_s);
        QCOMPARE(item.value().operation, u"sms.send"_s);
        QCOMPARE(item.value().status, outbox::OutboxStatus::Pending);
        QCOMPARE(item.value().businessEntity, u"dispatch_job"_s);
        QCOMPARE(item.value().businessId.value_or(0), 1);
        const auto request = outbox::OutboxRequest::fromJson(u"twilio"_s, u"sms.send"_s, item.value().request);
        QVERIFY(request);
        QCOMPARE(request->path, u"/2010-04-01/Accounts/ACtest/Messages.json"_s);
        QVERIFY(request->form.contains(std::pair{u"To"_s, u"+15145550177"_s}));
        QVERIFY(request->form.contains(std::pair{u"From"_s, u"+14505550199"_s}));
        QVERIFY(request->form.contains(std::pair{u"Body"_s, s.text}));

        auto row = m_c->exec("SELECT eta_sent_at, eta_announced FROM dispatch_jobs WHERE id = 1");
        QVERIFY(row.ok());
        QVERIFY(!row.value().isNull(0, 0));
        QCOMPARE(row.value().timestamp(0, 0), s.sentAt);
        QCOMPARE(row.value().timestamp(0, 1), s.estimate.at);

        // The next preview knows the announced ETA; the next SMS is the correction.
        auto again = repo.preview(1);
        QVERIFY(again.ok());
        QCOMPARE(again.value().context.etaAnnounced, s.estimate.at);
        QVERIFY(again.value().corrected);
        QVERIFY(again.value().sms.startsWith(u"TARGO : Mise à jour, votre technicien Marc-André arrivera vers"_s));
        auto second = repo.send(1, version + 1, sender());
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().userMessage));
        QVERIFY(second.value().corrected);
        QCOMPARE(second.value().version, version + 2);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE business_entity = 'dispatch_job' AND business_id = 1"), 2);
    }

    void sendEnglish()
    {
        auto sent = OnMyWayRepository(*m_c).send(2, versionOf(2), sender(u"MGservice"_s));
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().userMessage));
        QCOMPARE(sent.value().text,
            u"TARGO: Hello, your technician Julie is on the way. Expected arrival around %1."_s.arg(
                smsClock(sent.value().estimate.at, u"en"_s)));
        auto item = outbox::OutboxRepository(*m_c).find(sent.value().outboxId);
        QVERIFY(item.ok());
        const auto request = outbox::OutboxRequest::fromJson(u"twilio"_s, u"sms.send"_s, item.value().request);
        QVERIFY(request);
        QVERIFY(request->form.contains(std::pair{u"MessagingServiceSid"_s, u"MGservice"_s}));
        QCOMPARE(sent.value().to, u"+18195550102"_s);
    }

    void badAlternatePhoneFallsBackToTheMainOne()
    {
        auto c = OnMyWayRepository(*m_c).context(7);
        QVERIFY(c.ok());
        QCOMPARE(c.value().mobile, u"+14505550104"_s);
    }

    void noMobileNumberIsRefused()
    {
        OnMyWayRepository repo(*m_c);
        auto p = repo.preview(3);
        QVERIFY(p.ok()); // the ETA is still known
        QVERIFY(!p.value().canSend());
        QVERIFY2(p.value().blocker.contains(u"no mobile number"_s), qPrintable(p.value().blocker));
        QVERIFY(p.value().blocker.contains(u"Ontario Cousin"_s));
        const int version = versionOf(3);
        auto sent = repo.send(3, version, sender());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, Error::Kind::Validation);
        QCOMPARE(sent.error().userMessage, p.value().blocker);
        expectNothingWritten(3, version);
    }

    void notEnRouteIsRefused()
    {
        OnMyWayRepository repo(*m_c);
        auto p = repo.preview(4);
        QVERIFY(p.ok());
        QVERIFY(!p.value().canSend());
        QVERIFY2(p.value().blocker.contains(u"not en route"_s), qPrintable(p.value().blocker));
        QVERIFY(p.value().blocker.contains(statusLabel(JobStatus::Dispatched)));
        const int version = versionOf(4);
        auto sent = repo.send(4, version, sender());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, Error::Kind::Validation);
        expectNothingWritten(4, version);
    }

    void staleVersionIsRefused()
    {
        OnMyWayRepository repo(*m_c);
        const int version = versionOf(1);
        QVERIFY(m_c->exec("UPDATE dispatch_jobs SET notes = 'moved by someone else' WHERE id = 1").ok());
        QCOMPARE(versionOf(1), version + 1);
        auto sent = repo.send(1, version, sender());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, Error::Kind::Conflict);
        QVERIFY(sent.error().userMessage.contains(u"DJ-00001"_s));
        expectNothingWritten(1, version + 1);
    }

    void etaCannotBeComputed()
    {
        OnMyWayRepository repo(*m_c);
        auto nobody = repo.preview(5);
        QVERIFY(!nobody.ok());
        QVERIFY2(nobody.error().userMessage.contains(u"no technician"_s), qPrintable(nobody.error().userMessage));
        auto noPosition = repo.preview(6);
        QVERIFY(!noPosition.ok());
        QVERIFY(noPosition.error().userMessage.contains(u"No position is known for Sam Nopos"_s));
        auto noCoordinates = repo.preview(7);
        QVERIFY(!noCoordinates.ok());
        QVERIFY(noCoordinates.error().userMessage.contains(u"no coordinates"_s));
        auto gone = repo.preview(999);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        const int version = versionOf(6);
        QVERIFY(!repo.send(6, version, sender()).ok());
        expectNothingWritten(6, version);
        // No sender configured: refused before anything.
        auto noSender = repo.send(1, versionOf(1), SmsSender{});
        QVERIFY(!noSender.ok());
        QCOMPARE(noSender.error().userMessage, smsNotSetUpText());
        expectNothingWritten(1, versionOf(1));
    }

    void slippedEta()
    {
        OnMyWayRepository repo(*m_c);
        // Window ends in 5 minutes, 15 minutes away.
        auto window = repo.preview(8);
        QVERIFY(window.ok());
        QCOMPARE(window.value().estimate.slip, EtaSlip::PastWindow);
        // Announced 20 minutes earlier than it now is.
        QVERIFY(m_c->exec("UPDATE dispatch_jobs SET eta_sent_at = now() - interval '10 minutes',"
                          " eta_announced = now() - interval '5 minutes' WHERE id = 1")
                    .ok());
        auto announced = repo.preview(1);
        QVERIFY(announced.ok());
        QCOMPARE(announced.value().estimate.slip, EtaSlip::PastAnnounced);
        QVERIFY(announced.value().corrected);
        QVERIFY(!etaSlipText(announced.value().estimate).isEmpty());
    }

    void dispatcherMaySend()
    {
        QVERIFY(m_c->exec("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'omw_dispatcher') THEN"
                          " CREATE ROLE omw_dispatcher LOGIN IN ROLE ops_dispatcher; END IF; END $$")
                    .ok());
        QVERIFY(m_c->exec("SET ROLE omw_dispatcher").ok());
        auto sent = OnMyWayRepository(*m_c).send(1, 1, sender());
        QVERIFY(m_c->exec("RESET ROLE").ok());
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().detail));
        QCOMPARE(count("SELECT count(*) FROM outbox"), 1);
    }

    void serviceAndLivePositions()
    {
        QVERIFY(onShiftAllDay(1)); // Law 25: positions are shown only during the technician's shift
        DbExecutor db(m_conninfo, 2);
        LivePositions live(db);
        QSignalSpy loaded(&live, &LivePositions::devicesLoaded);
        live.reloadDevices();
        QVERIFY(loaded.wait(10000));
        QSignalSpy moved(&live, &LivePositions::positionChanged);
        integrations::TraccarPosition t;
        t.id = 10;
        t.deviceId = 501;
        t.latitude = 45.1;
        t.longitude = -73.0;
        t.valid = true;
        t.fixTime = QDateTime::currentDateTimeUtc();
        integrations::TraccarPosition noFix = t;
        noFix.id = 11;
        noFix.valid = false;
        noFix.fixTime = t.fixTime.addSecs(5);
        integrations::TraccarPosition stale = t;
        stale.id = 12;
        stale.latitude = 44.0;
        stale.fixTime = t.fixTime.addSecs(-60);
        live.ingest({t, noFix, stale});
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).toLongLong(), 1); // device 501 is Marc-André's
        QCOMPARE(moved.at(0).at(1).toLongLong(), 501);
        QVERIFY(live.latest(1));
        QCOMPARE(live.latest(1)->point.lat, 45.1);
        QCOMPARE(live.snapshot().size(), 1);

        OnMyWayService service(db);
        service.setLivePositions(&live);
        auto p = test::await(service.preview(1), this);
        QVERIFY(p && p->ok());
        QCOMPARE(p->value().estimate.minutes, 0); // the live position is at the door
        QCOMPARE(p->value().blocker, smsNotSetUpText()); // no sender yet

        service.setSmsSender(sender());
        auto ready = test::await(service.preview(1), this);
        QVERIFY(ready && ready->ok());
        QVERIFY(ready->value().canSend());
        QSignalSpy sentSpy(&service, &OnMyWayApi::sent);
        auto s = test::await(service.send(1, ready->value().context.version), this);
        QVERIFY(s && s->ok());
        QCOMPARE(sentSpy.size(), 1);
        QCOMPARE(sentSpy.at(0).at(0).toLongLong(), 1);
        auto stale2 = test::await(service.send(1, ready->value().context.version), this);
        QVERIFY(stale2 && !stale2->ok());
        QCOMPARE(stale2->error().kind, Error::Kind::Conflict);
        QCOMPARE(sentSpy.size(), 1);
        auto id = test::await(service.jobIdOf(u"DJ-00002"_s), this);
        QVERIFY(id && id->ok());
        QCOMPARE(id->value(), 2);
        db.shutdown();
    }

    void followsTraccarLive()
    {
        QVERIFY(onShiftAllDay(1)); // Law 25: positions are kept and shown only during the technician's shift
        DbExecutor db(m_conninfo, 2);
        LivePositions live(db);
        // Not configured: refused, nothing runs.
        Status refused = live.start(integrations::ProviderSettings::defaults(u"traccar"_s));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().userMessage.isEmpty());
        QVERIFY(!live.isRunning());

        test::FakeTraccarSocket server(QWebSocketServer::NonSecureMode, "Bearer trk");
        QVERIFY(server.listen());
        const QString fix = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QJsonObject atTheDoor{{u"id"_s, 900}, {u"deviceId"_s, 501}, {u"latitude"_s, 45.1},
            {u"longitude"_s, -73.0}, {u"speed"_s, 0.0}, {u"course"_s, 0.0}, {u"valid"_s, true}, {u"fixTime"_s, fix}};
        server.scripts = {{test::FakeTraccarSocket::frame("positions", {atTheDoor})}};
        server.closeAfterScript = false;
        integrations::ProviderSettings traccar = integrations::ProviderSettings::defaults(u"traccar"_s);
        traccar.baseUrl = server.baseUrl(u"http"_s);
        traccar.secret = u"trk"_s;
        QSignalSpy moved(&live, &LivePositions::positionChanged);
        QSignalSpy connected(&live, &LivePositions::connectedChanged);
        Status started = live.start(traccar);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().userMessage));
        QVERIFY(live.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!moved.isEmpty(), 10000);
        QVERIFY(!connected.isEmpty() && connected.first().at(0).toBool());
        QCOMPARE(moved.last().at(1).toLongLong(), 501);
        QCOMPARE(server.lastAuthorization, QByteArray("Bearer trk"));
        // Stored by the same recorder as `gps follow` (technician resolved from the device).
        QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(*) FROM gps_positions WHERE traccar_position_id = 900"
                                        " AND technician_id = 1"),
            1, 10000);
        // Once the devices are known, the position is Marc-André's and the ETA uses it.
        QTRY_VERIFY_WITH_TIMEOUT(live.latest(1).has_value(), 10000);
        OnMyWayService service(db);
        service.setLivePositions(&live);
        auto p = test::await(service.preview(1), this);
        QVERIFY(p && p->ok());
        QCOMPARE(p->value().estimate.minutes, 0);
        live.stop();
        QVERIFY(!live.isRunning());
        QVERIFY(!live.isConnected());
        db.shutdown();
    }

private:
    bool onShiftAllDay(qint64 technicianId)
    {
        return m_c
            ->exec("UPDATE dispatch_technicians SET shift_start = '00:00', shift_end = '23:59:59.999999',"
                   " work_days = 127 WHERE id = $1",
                db::SqlParams().add(technicianId))
            .ok();
    }

    static SmsSender sender(const QString &from = u"+14505550199"_s) { return SmsSender{u"ACtest"_s, from}; }

    int versionOf(qint64 jobId)
    {
        auto r = m_c->exec("SELECT version FROM dispatch_jobs WHERE id = $1", db::SqlParams().add(jobId));
        return r.ok() && r.value().rows() == 1 ? r.value().int32(0, 0) : -1;
    }

    qint64 count(const char *sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() ? r.value().int64(0, 0) : -1;
    }

    void expectNothingWritten(qint64 jobId, int version)
    {
        QCOMPARE(versionOf(jobId), version);
        QCOMPARE(count("SELECT count(*) FROM outbox"), 0);
        auto r = m_c->exec("SELECT eta_sent_at IS NULL FROM dispatch_jobs WHERE id = $1", db::SqlParams().add(jobId));
        QVERIFY(r.ok());
        QVERIFY(r.value().boolean(0, 0));
    }

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

QTEST_GUILESS_MAIN(TestOnMyWay)
#include "TestOnMyWay.moc"
