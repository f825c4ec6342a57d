// targo-opsctl's integration commands end to end, as a process configured only by TARGO_* variables:
// `integrations check` against the five validating Prism mocks (and a dead address), `sms send` and `email send`
// through the outbox (sent, refused with the provider's text, exit codes), `cpe show|task` against a fake GenieACS,
// and `gps positions` storing Traccar positions in PostgreSQL.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

#include <signal.h>

#include "core/db/PgConnection.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/FakeTraccarSocket.h"
#include "tests/support/PrismMock.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kTwilioPath = u"/2010-04-01/Accounts/ACcli/Messages.json"_s;

} // namespace

class TestIntegrationCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void checkPassesAgainstEveryMock();
    void checkFailsForADeadService();
    void smsSendIsSentThroughTheOutbox();
    void smsSendRefusedExitsNonZeroWithTwiliosText();
    void smsSendRejectsABadNumberBeforeAnything();
    void emailSendIsSentThroughTheOutbox();
    void cpeShowAndReboot();
    void gpsPositionsAreStored();
    void gpsFollowStoresLivePositions();
    void gpsNoticePrintsTheCompanyText();
    void stripeEventsFollowTheStoredCursor();
    void unconfiguredServiceIsAUsageError();

private:
    bool onShiftAllDay(qint64 device); // a technician with the device, on shift all day every day
    Run opsctl(const QStringList &args, const QProcessEnvironment &extra);
    QProcessEnvironment clean() const;
    qint64 scalar(const char *sql);

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    std::map<QString, std::unique_ptr<test::PrismMock>> m_prism;
};

void TestIntegrationCommands::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    for (const QString &spec :
        {u"twilio.yaml"_s, u"mailjet.yaml"_s, u"stripe.json"_s, u"traccar.yaml"_s, u"genieacs.yaml"_s}) {
        auto mock = std::make_unique<test::PrismMock>(spec);
        QVERIFY2(mock->start(), qPrintable(mock->error()));
        m_prism.emplace(spec.section(u'.', 0, 0), std::move(mock));
    }
}

void TestIntegrationCommands::cleanupTestCase()
{
    m_c.reset();
    m_prism.clear();
    m_cluster.reset();
}

void TestIntegrationCommands::init()
{
    auto db = m_cluster->freshDatabase(true);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
}

bool TestIntegrationCommands::onShiftAllDay(qint64 device)
{
    return m_c
        ->exec("INSERT INTO dispatch_technicians (name, traccar_device_id, shift_start, shift_end, work_days)"
               " VALUES ('Tech', $1, '00:00', '23:59:59.999999', 127)",
            db::SqlParams().add(device))
        .ok();
}

QProcessEnvironment TestIntegrationCommands::clean() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys())
        if (k.startsWith(u"TARGO_"))
            env.remove(k);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    return env;
}

Run TestIntegrationCommands::opsctl(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = clean();
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
        QStringList{u"--db"_s, m_conninfo, u"--lang"_s, u"en"_s} + args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

qint64 TestIntegrationCommands::scalar(const char *sql)
{
    auto r = m_c->exec(sql);
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0, -1) : -1;
}

void TestIntegrationCommands::checkPassesAgainstEveryMock()
{
    QProcessEnvironment env;
    env.insert(u"TARGO_TWILIO_BASE_URL"_s, m_prism.at(u"twilio"_s)->baseUrl().toString());
    env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, u"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s);
    env.insert(u"TARGO_TWILIO_AUTH_TOKEN"_s, u"token"_s);
    env.insert(u"TARGO_MAILJET_BASE_URL"_s, m_prism.at(u"mailjet"_s)->baseUrl().toString());
    env.insert(u"TARGO_MAILJET_API_KEY"_s, u"public"_s);
    env.insert(u"TARGO_MAILJET_SECRET_KEY"_s, u"private"_s);
    env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, u"factures@targo.ca"_s);
    env.insert(u"TARGO_STRIPE_BASE_URL"_s, m_prism.at(u"stripe"_s)->baseUrl().toString());
    env.insert(u"TARGO_STRIPE_SECRET_KEY"_s, u"sk_test_123"_s);
    env.insert(u"TARGO_TRACCAR_BASE_URL"_s, m_prism.at(u"traccar"_s)->baseUrl().toString());
    env.insert(u"TARGO_TRACCAR_TOKEN"_s, u"trk"_s);
    env.insert(u"TARGO_GENIEACS_BASE_URL"_s, m_prism.at(u"genieacs"_s)->baseUrl().toString());
    const Run r = opsctl({u"--json"_s, u"integrations"_s, u"check"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 5);
    for (const QJsonValue &v : rows)
        QVERIFY2(v.toObject().value(u"state").toString() == u"ok", QJsonDocument(v.toObject()).toJson().constData());
    // Non-destructive: the only Mailjet call was in sandbox mode.
    QVERIFY(m_prism.at(u"mailjet"_s)->output().contains(u"/v3.1/send"));
    QVERIFY(!m_prism.at(u"twilio"_s)->output().contains(u"Violation"));
    QVERIFY(!m_prism.at(u"stripe"_s)->output().contains(u"Violation"));
    QCOMPARE(scalar("SELECT count(*) FROM outbox"), 0); // a check never goes through the outbox
}

void TestIntegrationCommands::checkFailsForADeadService()
{
    QProcessEnvironment env;
    env.insert(u"TARGO_STRIPE_BASE_URL"_s, u"http://127.0.0.1:%1"_s.arg(test::PrismMock::freePort()));
    env.insert(u"TARGO_STRIPE_SECRET_KEY"_s, u"sk_test_123"_s);
    env.insert(u"TARGO_GENIEACS_BASE_URL"_s, m_prism.at(u"genieacs"_s)->baseUrl().toString());
    const Run r = opsctl({u"integrations"_s, u"check"_s}, env);
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    auto line = [&lines](const QString &name) {
        for (const QString &l : lines)
            if (l.startsWith(name))
                return l;
        return QString();
    };
    QVERIFY2(line(u"Stripe"_s).contains(u"FAILED"), qPrintable(r.out));
    QVERIFY2(line(u"GenieACS"_s).contains(u"ok"), qPrintable(r.out));
    QVERIFY2(line(u"Twilio"_s).contains(u"not configured"), qPrintable(r.out));
}

void TestIntegrationCommands::smsSendIsSentThroughTheOutbox()
{
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    twilio.setFallback(
        kTwilioPath.toUtf8(), test::FakeBehaviour::json(201, R"({"sid": "SMcli42", "status": "queued"})"));
    QProcessEnvironment env;
    env.insert(u"TARGO_TWILIO_BASE_URL"_s, twilio.url().toString());
    env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, u"ACcli"_s);
    env.insert(u"TARGO_TWILIO_AUTH_TOKEN"_s, u"token"_s);
    env.insert(u"TARGO_TWILIO_FROM"_s, u"+15145550199"_s);
    const Run r = opsctl(
        {u"sms"_s, u"send"_s, u"--to"_s, u"(450) 555-0123"_s, u"--body"_s, u"Votre technicien arrive à 10 h"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"SMcli42"), qPrintable(r.out));
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE provider = 'twilio' AND status = 'sent' "
                    "AND provider_ref = 'SMcli42'"),
        1);
    const auto received = twilio.requests(kTwilioPath.toUtf8());
    QCOMPARE(received.size(), 1);
    const QUrlQuery form(QString::fromUtf8(received.first().body));
    QCOMPARE(form.queryItemValue(u"To"_s, QUrl::FullyDecoded), u"+14505550123"_s); // normalised to E.164
    QCOMPARE(form.queryItemValue(u"From"_s, QUrl::FullyDecoded), u"+15145550199"_s);
    QCOMPARE(form.queryItemValue(u"Body"_s, QUrl::FullyDecoded), u"Votre technicien arrive à 10 h"_s);
}

void TestIntegrationCommands::smsSendRefusedExitsNonZeroWithTwiliosText()
{
    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    twilio.setFallback(kTwilioPath.toUtf8(),
        test::FakeBehaviour::json(400,
            R"({"code": 21610, "message": "Attempt to send to unsubscribed recipient",)"
            R"( "status": 400})"));
    QProcessEnvironment env;
    env.insert(u"TARGO_TWILIO_BASE_URL"_s, twilio.url().toString());
    env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, u"ACcli"_s);
    env.insert(u"TARGO_TWILIO_AUTH_TOKEN"_s, u"token"_s);
    env.insert(u"TARGO_TWILIO_FROM"_s, u"+15145550199"_s);
    const Run r = opsctl({u"sms"_s, u"send"_s, u"--to"_s, u"4505550123"_s, u"--body"_s, u"Bonjour"_s}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"unsubscribed recipient"), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"HTTP 400"), qPrintable(r.err));
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE status = 'failed' AND last_http_status = 400"), 1);
    QCOMPARE(twilio.requestCount(), 1); // a refusal is never retried
}

void TestIntegrationCommands::smsSendRejectsABadNumberBeforeAnything()
{
    QProcessEnvironment env;
    env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, u"ACcli"_s);
    env.insert(u"TARGO_TWILIO_AUTH_TOKEN"_s, u"token"_s);
    env.insert(u"TARGO_TWILIO_FROM"_s, u"+15145550199"_s);
    env.insert(u"TARGO_TWILIO_BASE_URL"_s, u"http://127.0.0.1:%1"_s.arg(test::PrismMock::freePort()));
    const Run r =
        opsctl({u"sms"_s, u"send"_s, u"--to"_s, u"555-1234'; DROP TABLE outbox;--"_s, u"--body"_s, u"x"_s}, env);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one clear line
    QCOMPARE(scalar("SELECT count(*) FROM outbox"), 0);
}

void TestIntegrationCommands::emailSendIsSentThroughTheOutbox()
{
    test::FakeHttpServer mailjet;
    QVERIFY2(mailjet.start(), qPrintable(mailjet.error()));
    mailjet.setFallback("/v3.1/send",
        test::FakeBehaviour::json(200,
            R"({"Messages": [{"Status": "success", "To": [{"Email": "client@exemple.ca",)"
            R"( "MessageID": 1152921504606846977, "MessageUUID": "u"}]}]})"));
    QProcessEnvironment env;
    env.insert(u"TARGO_MAILJET_BASE_URL"_s, mailjet.url().toString());
    env.insert(u"TARGO_MAILJET_API_KEY"_s, u"public"_s);
    env.insert(u"TARGO_MAILJET_SECRET_KEY"_s, u"private"_s);
    env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, u"factures@targo.ca"_s);
    const Run r = opsctl({u"--json"_s, u"email"_s, u"send"_s, u"--to"_s, u"client@exemple.ca"_s, u"--subject"_s,
                             u"Votre facture"_s, u"--text"_s, u"Bonjour, voici votre facture."_s},
        env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject row = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(row.value(u"status").toString(), u"sent"_s);
    QCOMPARE(row.value(u"provider_ref").toString(), u"1152921504606846977"_s);
    const auto sent = mailjet.requests("/v3.1/send");
    QCOMPARE(sent.size(), 1);
    const QJsonObject message =
        QJsonDocument::fromJson(sent.first().body).object().value(u"Messages").toArray().at(0).toObject();
    QCOMPARE(message.value(u"From").toObject().value(u"Email").toString(), u"factures@targo.ca"_s);
    QCOMPARE(message.value(u"Subject").toString(), u"Votre facture"_s);
}

void TestIntegrationCommands::cpeShowAndReboot()
{
    test::FakeHttpServer acs;
    QVERIFY2(acs.start(), qPrintable(acs.error()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray device = QStringLiteral(R"([{"_id": "202BC1-BM632w-SN%20001",
        "_deviceId": {"_Manufacturer": "Sagemcom", "_OUI": "202BC1", "_ProductClass": "BM632w",
                      "_SerialNumber": "SN 001"},
        "_lastInform": "%1",
        "InternetGatewayDevice": {"DeviceInfo": {"SoftwareVersion": {"_value": "3.4.5", "_type": "xsd:string"}},
          "WANDevice": {"1": {"X_GponInterafceConfig": {"RXPower": {"_value": -19.5, "_type": "xsd:int"}}}}}}])")
                                  .arg(now)
                                  .toUtf8();
    acs.setFallback("/devices", test::FakeBehaviour::json(200, device));
    acs.setFallback("/devices/202BC1-BM632w-SN%2520001/tasks",
        test::FakeBehaviour::json(200, R"({"_id": "65a0c0ffee0000000000abcd", "name": "reboot"})"));
    QProcessEnvironment env;
    env.insert(u"TARGO_GENIEACS_BASE_URL"_s, acs.url().toString());

    const Run show = opsctl({u"--json"_s, u"cpe"_s, u"show"_s, u"SN 001"_s}, env);
    QVERIFY2(show.exitCode == 0, qPrintable(show.out + show.err));
    const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(o.value(u"firmware").toString(), u"3.4.5"_s);
    QCOMPARE(o.value(u"online").toBool(), true);
    QCOMPARE(o.value(u"rx_power_dbm").toDouble(), -19.5);
    QCOMPARE(scalar("SELECT count(*) FROM outbox"), 0); // reading has no side effect

    const Run reboot = opsctl({u"cpe"_s, u"task"_s, u"SN 001"_s, u"reboot"_s}, env);
    QVERIFY2(reboot.exitCode == 0, qPrintable(reboot.out + reboot.err));
    QCOMPARE(scalar("SELECT count(*) FROM outbox WHERE provider = 'genieacs' AND operation = 'cpe.reboot' "
                    "AND status = 'sent'"),
        1);
    const auto tasks = acs.requests("/devices/202BC1-BM632w-SN%2520001/tasks");
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(tasks.first().body).object().value(u"name").toString(), u"reboot"_s);
    QVERIFY(tasks.first().target.contains("connection_request"));

    const Run missing = opsctl({u"cpe"_s, u"show"_s, u"NOPE"_s}, QProcessEnvironment());
    QCOMPARE(missing.exitCode, 2); // GenieACS not configured: usage error naming the variable
    QVERIFY2(missing.err.contains(u"TARGO_GENIEACS_BASE_URL"), qPrintable(missing.err));
}

void TestIntegrationCommands::gpsPositionsAreStored()
{
    test::FakeHttpServer traccar;
    QVERIFY2(traccar.start(), qPrintable(traccar.error()));
    const QString t = QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODateWithMs);
    const QByteArray positions =
        QStringLiteral(R"([{"id": 9001, "deviceId": 7, "latitude": 45.7781, "longitude": -74.0042, "speed": 27.0,
            "course": 90, "altitude": 120, "accuracy": 5, "valid": true, "fixTime": "%1", "deviceTime": "%1",
            "serverTime": "%1", "attributes": {}},
          {"id": 9002, "deviceId": 8, "latitude": 45.5017, "longitude": -73.5673, "speed": 0, "course": 0,
            "altitude": 30, "accuracy": 8, "valid": true, "fixTime": "%1", "deviceTime": "%1", "serverTime": "%1",
            "attributes": {}}])")
            .arg(t)
            .toUtf8();
    traccar.setFallback("/api/positions", test::FakeBehaviour::json(200, positions));
    QProcessEnvironment env;
    env.insert(u"TARGO_TRACCAR_BASE_URL"_s, traccar.url().toString());
    env.insert(u"TARGO_TRACCAR_TOKEN"_s, u"trk"_s);
    QVERIFY(onShiftAllDay(7)); // device 8 belongs to no technician: shown, not kept (Law 25)
    const Run r = opsctl({u"gps"_s, u"positions"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
    QVERIFY2(r.out.contains(u"50 km/h"), qPrintable(r.out)); // 27 knots
    QVERIFY2(r.err.contains(u"1 position(s) outside a technician's shift not kept"), qPrintable(r.err));
    QCOMPARE(scalar("SELECT count(*) FROM gps_positions"), 1);
    QCOMPARE(traccar.requests("/api/positions").first().header("Authorization"), QByteArray("Bearer trk"));
    // Run again: the same positions are not stored twice.
    QCOMPARE(opsctl({u"gps"_s, u"positions"_s}, env).exitCode, 0);
    QCOMPARE(scalar("SELECT count(*) FROM gps_positions"), 1);
    QCOMPARE(opsctl({u"gps"_s, u"positions"_s, u"--retention-days"_s, u"400"_s}, env).exitCode, 2); // 1..365
}

void TestIntegrationCommands::gpsFollowStoresLivePositions()
{
    test::FakeTraccarSocket socket(QWebSocketServer::NonSecureMode, "Bearer trk");
    QVERIFY(socket.listen());
    socket.closeAfterScript = false;
    const QString t = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonArray positions;
    QVERIFY(onShiftAllDay(3)); // device 4 belongs to no technician: not kept
    for (int i = 0; i < 4; ++i)
        positions.append(QJsonObject{{u"id"_s, 500 + i}, {u"deviceId"_s, i < 3 ? 3 : 4},
            {u"latitude"_s, 45.5 + i / 100.0}, {u"longitude"_s, -73.6}, {u"speed"_s, 10.0}, {u"course"_s, 0.0},
            {u"altitude"_s, 0.0}, {u"accuracy"_s, 3.0}, {u"valid"_s, true}, {u"fixTime"_s, t}, {u"deviceTime"_s, t},
            {u"serverTime"_s, t}, {u"attributes"_s, QJsonObject()}});
    socket.scripts = {{test::FakeTraccarSocket::frame("positions", positions)}};
    QProcess p;
    QProcessEnvironment env = clean();
    env.insert(u"TARGO_TRACCAR_BASE_URL"_s, socket.baseUrl(u"http"_s).toString());
    env.insert(u"TARGO_TRACCAR_TOKEN"_s, u"trk"_s);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
        {u"--db"_s, m_conninfo, u"--lang"_s, u"en"_s, u"gps"_s, u"follow"_s});
    QVERIFY(p.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT count(*) FROM gps_positions WHERE device_id = 3"), 3, 15000);
    QCOMPARE(socket.rejected, 0);
    ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(u"3 position(s) stored"), qPrintable(err));
    QVERIFY2(err.contains(u"1 position(s) outside a technician's shift not kept"), qPrintable(err));
    QCOMPARE(scalar("SELECT count(*) FROM gps_positions WHERE device_id = 4"), 0);
}

void TestIntegrationCommands::gpsNoticePrintsTheCompanyText()
{
    const Run en = opsctl({u"gps"_s, u"notice"_s, u"--lang"_s, u"en"_s}, QProcessEnvironment());
    QVERIFY2(en.exitCode == 0, qPrintable(en.out + en.err));
    QVERIFY2(en.out.contains(u"30 days"_s) && en.out.contains(u"shifts"_s), qPrintable(en.out));
    QVERIFY(m_c->exec("UPDATE gps_privacy_settings SET retention_days = 12").ok());
    const Run fr = opsctl({u"gps"_s, u"notice"_s}, QProcessEnvironment()); // French by default
    QVERIFY2(fr.exitCode == 0, qPrintable(fr.out + fr.err));
    QVERIFY2(fr.out.contains(u"12 jours"_s) && fr.out.contains(u"quarts de travail"_s), qPrintable(fr.out));
    QCOMPARE(opsctl({u"gps"_s, u"notice"_s, u"--lang"_s, u"de"_s}, QProcessEnvironment()).exitCode, 2);
}

void TestIntegrationCommands::stripeEventsFollowTheStoredCursor()
{
    auto event = [](int n) {
        return u"{\"id\": \"evt_%1\", \"object\": \"event\", \"type\": \"payment_intent.succeeded\", \"created\": %2, "
               "\"data\": {\"object\": {\"id\": \"pi_%1\", \"object\": \"payment_intent\"}}}"_s.arg(n)
                   .arg(1764230400 + n * 60);
    };
    auto page = [](const QStringList &events, bool more) {
        return u"{\"object\": \"list\", \"url\": \"/v1/events\", \"has_more\": %1, \"data\": [%2]}"_s
            .arg(more ? u"true"_s : u"false"_s, events.join(u", "_s))
            .toUtf8();
    };
    test::FakeHttpServer stripe;
    QVERIFY2(stripe.start(), qPrintable(stripe.error()));
    stripe.enqueue("/v1/events", test::FakeBehaviour::json(200, page({event(3)}, true))); // first read: newest only
    stripe.enqueue("/v1/events", test::FakeBehaviour::json(200, page({event(5), event(4)}, false)));
    stripe.enqueue("/v1/events", test::FakeBehaviour::json(200, page({event(6)}, false))); // peek
    QProcessEnvironment env;
    env.insert(u"TARGO_STRIPE_BASE_URL"_s, stripe.url().toString());
    env.insert(u"TARGO_STRIPE_SECRET_KEY"_s, u"sk_test_feed"_s);

    const Run first = opsctl({u"stripe"_s, u"events"_s}, env);
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY(first.out.trimmed().isEmpty()); // history before the first read is not replayed
    QCOMPARE(scalar("SELECT count(*) FROM integration_cursors WHERE name = 'stripe.events' AND value = 'evt_3'"), 1);

    const Run second = opsctl({u"stripe"_s, u"events"_s}, env);
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    const QStringList lines = second.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"evt_4"_s) && lines.at(1).contains(u"evt_5"_s), qPrintable(second.out));
    QCOMPARE(scalar("SELECT count(*) FROM integration_cursors WHERE value = 'evt_5'"), 1);

    const Run peek = opsctl({u"stripe"_s, u"events"_s, u"--peek"_s}, env);
    QVERIFY2(peek.exitCode == 0, qPrintable(peek.out + peek.err));
    QVERIFY(peek.out.contains(u"evt_6"_s));
    QCOMPARE(scalar("SELECT count(*) FROM integration_cursors WHERE value = 'evt_5'"), 1); // not moved

    const auto requests = stripe.requests("/v1/events");
    QCOMPARE(requests.size(), 3);
    QVERIFY2(requests.at(0).target.contains("limit=1"), requests.at(0).target.constData());
    QVERIFY2(requests.at(1).target.contains("ending_before=evt_3"), requests.at(1).target.constData());
    QVERIFY2(requests.at(2).target.contains("ending_before=evt_5"), requests.at(2).target.constData());
    QCOMPARE(requests.at(1).header("Authorization"), QByteArray("Bearer sk_test_feed"));
}

void TestIntegrationCommands::unconfiguredServiceIsAUsageError()
{
    const Run r = opsctl({u"sms"_s, u"send"_s, u"--to"_s, u"4505550123"_s, u"--body"_s, u"x"_s}, QProcessEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"TARGO_TWILIO_ACCOUNT_SID"), qPrintable(r.err));
    QCOMPARE(scalar("SELECT count(*) FROM outbox"), 0);
}

QTEST_GUILESS_MAIN(TestIntegrationCommands)
#include "TestIntegrationCommands.moc"
