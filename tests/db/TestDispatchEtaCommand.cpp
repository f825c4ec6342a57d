// `targo-opsctl dispatch eta JOB [--json] [--send]` (runDispatchEta, built into this test with the command-line
// helpers) on a migrated throwaway database: the JSON of the contract (job, technician, eta, minutes, distance_km,
// position_at, window_end, slipped), --send enqueuing the SMS with the Twilio sender from the environment, and the
// refusals with their exit codes (no sender: 2; stale version, not en route, unknown job: 1; nothing written).
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "app/opsctl/CommandLine.h"
#include "app/opsctl/DispatchEtaCommand.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kSeed[] = {
    "INSERT INTO customers (id, code, display_name, language, phone) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', '514-555-0177')",
    "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, latitude,"
    " longitude) VALUES (1, 'LOC-00001', 1, '12', 'rue Labelle', 'Saint-Jérôme', 'J7Z 5L3', 45.1, -73.0)",
    "INSERT INTO dispatch_technicians (id, code, name, traccar_device_id) VALUES (1, 'DT-00001', 'Marc-André Roy',"
    " 501)",
    "INSERT INTO dispatch_jobs (id, code, customer_id, location_id, job_type, status, scheduled_start, window_end)"
    " VALUES (1, 'DJ-00001', 1, 1, 'repair', 'en_route', now(), now() + interval '3 hours'),"
    " (2, 'DJ-00002', 1, 1, 'repair', 'scheduled', now(), now() + interval '5 minutes')",
    "INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES (1, 1, true), (2, 1, true)",
    "INSERT INTO gps_positions (traccar_position_id, device_id, technician_id, latitude, longitude, fix_time)"
    " VALUES (1, 501, 1, 45.0, -73.0, now() - interval '2 minutes')",
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestDispatchEtaCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("TARGO_TWILIO_ACCOUNT_SID");
        qunsetenv("TARGO_TWILIO_FROM");
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }

    void init()
    {
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

    void cleanup()
    {
        qunsetenv("TARGO_TWILIO_ACCOUNT_SID");
        qunsetenv("TARGO_TWILIO_FROM");
        m_c.reset();
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void jsonOfTheContract()
    {
        const Run r = run({u"DJ-00001"_s}, true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"job").toString(), u"DJ-00001"_s);
        QCOMPARE(o.value(u"technician").toString(), u"DT-00001"_s);
        QCOMPARE(o.value(u"minutes").toInt(), 15);
        QCOMPARE(o.value(u"distance_km").toDouble(), 11.12);
        QCOMPARE(o.value(u"slipped").toBool(true), false);
        QVERIFY(o.value(u"slip").isNull());
        QVERIFY(o.value(u"can_send").toBool());
        const QDateTime eta = QDateTime::fromString(o.value(u"eta").toString(), Qt::ISODate);
        const QDateTime positionAt = QDateTime::fromString(o.value(u"position_at").toString(), Qt::ISODate);
        const QDateTime windowEnd = QDateTime::fromString(o.value(u"window_end").toString(), Qt::ISODate);
        QVERIFY(eta.isValid() && positionAt.isValid() && windowEnd.isValid());
        // From a position 2 minutes old: 15 minutes from now, so 17 (or 18, rounded up) after the fix.
        const qint64 afterFix = positionAt.secsTo(eta);
        QVERIFY2(afterFix >= 17 * 60 && afterFix <= 18 * 60, qPrintable(QString::number(afterFix)));
        QVERIFY(o.value(u"sms").toString().startsWith(u"TARGO : Bonjour, votre technicien Marc-André"_s));

        // The plain text names the ETA and the SMS.
        const Run text = run({u"dj-00001"_s}, false);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"DJ-00001"_s) && text.out.contains(u"15 min"_s), qPrintable(text.out));
    }

    void slippedAndNotEnRoute()
    {
        const Run r = run({u"DJ-00002"_s}, true);
        QCOMPARE(r.code, 0); // the ETA is known
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"slipped").toBool(), true);
        QCOMPARE(o.value(u"slip").toString(), u"past_window"_s);
        QCOMPARE(o.value(u"can_send").toBool(true), false);
        QVERIFY(o.value(u"blocker").toString().contains(u"not en route"_s));

        setSender();
        const Run send = run({u"DJ-00002"_s, u"--send"_s}, false);
        QCOMPARE(send.code, 1);
        QVERIFY2(send.err.contains(u"not en route"_s), qPrintable(send.err));
        QCOMPARE(scalar("SELECT count(*) FROM outbox"), 0);
    }

    void sendEnqueues()
    {
        // No sender in the environment: a usage error naming the variables, nothing written.
        const Run noSender = run({u"DJ-00001"_s, u"--send"_s}, false);
        QCOMPARE(noSender.code, 2);
        QVERIFY2(noSender.err.contains(u"TARGO_TWILIO_ACCOUNT_SID"_s), qPrintable(noSender.err));
        QCOMPARE(scalar("SELECT count(*) FROM outbox"), 0);

        setSender();
        const Run r = run({u"DJ-00001"_s, u"--send"_s}, true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QVERIFY(o.value(u"outbox_id").toInteger() > 0);
        QCOMPARE(o.value(u"to").toString(), u"+15145550177"_s);
        QCOMPARE(o.value(u"version").toInt(), 2);
        QCOMPARE(o.value(u"announced").toString(), o.value(u"eta").toString());
        QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE provider = 'twilio' AND operation = 'sms.send'"
                        " AND business_entity = 'dispatch_job' AND business_id = 1"),
            1);
        QCOMPARE(scalar("SELECT count(*) FROM dispatch_jobs WHERE id = 1 AND eta_sent_at IS NOT NULL"), 1);

        // Based on version 1, which is gone now.
        const Run stale = run({u"DJ-00001"_s, u"--send"_s, u"--expect-version"_s, u"1"_s}, false);
        QCOMPARE(stale.code, 1);
        QVERIFY2(stale.err.contains(u"changed since"_s), qPrintable(stale.err));
        QCOMPARE(scalar("SELECT count(*) FROM outbox"), 1);
    }

    void refusals()
    {
        QCOMPARE(run({}, false).code, 2);
        QCOMPARE(run({u"DJ-00001"_s, u"extra"_s}, false).code, 2);
        QCOMPARE(run({u"DJ-00001"_s, u"--send"_s, u"--expect-version"_s, u"x"_s}, false).code, 2);
        const Run unknown = run({u"DJ-09999"_s}, false);
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(u"DJ-09999"_s));
    }

private:
    static void setSender()
    {
        qputenv("TARGO_TWILIO_ACCOUNT_SID", "ACtest");
        qputenv("TARGO_TWILIO_FROM", "+14505550199");
    }

    Run run(const QStringList &args, bool json)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        const QString conninfo = m_conninfo;
        CommandContext ctx{json, conninfo, QString(), out, err,
            [conninfo](bool) { return db::PgConnection::open(conninfo); },
            [conninfo] {
                return Result<QString>(conninfo);
            }};
        r.code = runDispatchEta(args, ctx);
        out.flush();
        err.flush();
        return r;
    }

    qint64 scalar(const char *sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() ? r.value().int64(0, 0) : -1;
    }

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

QTEST_GUILESS_MAIN(TestDispatchEtaCommand)
#include "TestDispatchEtaCommand.moc"
