// The "on my way" SMS end to end: one click's worth (OnMyWayService::send on a job en route) enqueues the SMS, and the
// outbox drain (the OutboxWorker the GUI and `targo-opsctl worker` run) delivers it to a validating Prism mock of
// Twilio (tests/specs/twilio.yaml): the row ends 'sent' with Twilio's message sid, which a request Prism found invalid
// could not (it answers 4xx, and the row would fail). Then the corrected SMS after the ETA slipped goes the same way.
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/dispatch/OnMyWayService.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxRepository.h"
#include "core/outbox/OutboxWorker.h"
#include "tests/support/Await.h"
#include "tests/support/PrismMock.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::dispatch;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSid = u"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;

const char *const kSeed[] = {
    "INSERT INTO customers (id, code, display_name, language, phone, phone_alt) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', '(450) 555-0101', '514-555-0177'),"
    " (2, 'CUST-00002', 'John Smith', 'en', '(819) 555-0102', NULL)",
    "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, latitude,"
    " longitude) VALUES (1, 'LOC-00001', 1, '12', 'rue Labelle', 'Saint-Jérôme', 'J7Z 5L3', 45.1, -73.0),"
    " (2, 'LOC-00002', 2, '3', 'Main Street', 'Gatineau', 'J8X 1T1', 45.1, -73.0)",
    "INSERT INTO dispatch_technicians (id, code, name, traccar_device_id) VALUES (1, 'DT-00001', 'Marc-André Roy',"
    " 501)",
    "INSERT INTO dispatch_jobs (id, code, customer_id, location_id, job_type, status, scheduled_start, window_end)"
    " VALUES (1, 'DJ-00001', 1, 1, 'repair', 'en_route', now(), now() + interval '3 hours'),"
    " (2, 'DJ-00002', 2, 2, 'installation', 'en_route', now(), NULL)",
    "INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES (1, 1, true), (2, 1, true)",
    "INSERT INTO gps_positions (traccar_position_id, device_id, technician_id, latitude, longitude, fix_time)"
    " VALUES (1, 501, 1, 45.0, -73.0, now() - interval '1 minute')",
};

} // namespace

class TestOnMyWaySms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_prism = std::make_unique<test::PrismMock>(u"twilio.yaml"_s);
        QVERIFY2(m_prism->start(), qPrintable(m_prism->error()));
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase(true);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_c = std::move(c).value();
        for (const char *sql : kSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        }
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
        m_prism.reset();
    }

    void smsReachesTwilioThroughTheOutbox()
    {
        DbExecutor db(m_conninfo, 2);
        OnMyWayService service(db);
        service.setSmsSender(SmsSender{kSid, u"+15145550199"_s});

        auto preview = test::await(service.preview(1), this);
        QVERIFY(preview && preview->ok());
        QVERIFY2(preview->value().canSend(), qPrintable(preview->value().blocker));
        auto sent = test::await(service.send(1, preview->value().context.version), this);
        QVERIFY(sent.has_value());
        QVERIFY2(sent->ok(), sent->ok() ? "" : qPrintable(sent->error().userMessage));
        const qint64 first = sent->value().outboxId;
        QCOMPARE(statusOf(first), u"pending"_s);

        // The drain, as the GUI runs it, sends to the mock.
        net::NetExecutor net(2);
        integrations::TwilioConfig config;
        config.accountSid = kSid;
        config.authToken = u"token"_s;
        integrations::TwilioClient auth(net, config);
        outbox::OutboxWorkerOptions options;
        options.pollMs = 200;
        outbox::OutboxWorker worker(m_conninfo, net, {{u"twilio"_s, m_prism->provider(u"twilio"_s)}},
            {{u"twilio"_s, auth.authHeaders()}}, options);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(first), u"sent"_s, 30000);
        QVERIFY2(refOf(first).startsWith(u"SM"_s), qPrintable(refOf(first) + m_prism->output()));

        // The ETA slipped past what was announced: the corrected SMS goes the same way.
        QVERIFY(m_c->exec("UPDATE dispatch_jobs SET eta_announced = now() - interval '30 minutes' WHERE id = 1").ok());
        auto slipped = test::await(service.preview(1), this);
        QVERIFY(slipped && slipped->ok());
        QCOMPARE(slipped->value().estimate.slip, EtaSlip::PastAnnounced);
        QVERIFY(slipped->value().corrected);
        auto corrected = test::await(service.send(1, slipped->value().context.version), this);
        QVERIFY(corrected && corrected->ok());
        QVERIFY(corrected->value().text.startsWith(u"TARGO : Mise à jour"_s));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(corrected->value().outboxId), u"sent"_s, 30000);

        // English customer, the same path.
        auto en = test::await(service.preview(2), this);
        QVERIFY(en && en->ok());
        auto enSent = test::await(service.send(2, en->value().context.version), this);
        QVERIFY(enSent && enSent->ok());
        QVERIFY(enSent->value().text.startsWith(u"TARGO: Hello"_s));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(enSent->value().outboxId), u"sent"_s, 30000);

        worker.stop();
        worker.wait();
        QVERIFY(worker.finalStatus().ok());
        QCOMPARE(worker.stats().failed, 0);
        QVERIFY(m_prism->output().contains(u"Messages.json"_s));
        net.shutdown();
        db.shutdown();
    }

private:
    QString statusOf(qint64 id)
    {
        auto r = m_c->exec("SELECT status FROM outbox WHERE id = $1", db::SqlParams().add(id));
        return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : QString();
    }

    QString refOf(qint64 id)
    {
        auto r = m_c->exec("SELECT coalesce(provider_ref, '') FROM outbox WHERE id = $1", db::SqlParams().add(id));
        return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : QString();
    }

    std::unique_ptr<test::PrismMock> m_prism;
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

QTEST_GUILESS_MAIN(TestOnMyWaySms)
#include "TestOnMyWaySms.moc"
