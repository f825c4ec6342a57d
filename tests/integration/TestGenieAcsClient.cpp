// GenieAcsClient: device-id escaping, MAC normalisation, device document parsing (TR-098 and TR-181) and task
// validation (unit level); every operation against a validating Prism mock of tests/specs/genieacs.yaml, plus
// malformed requests the mock must reject; and the task answers (202 queued, 404, 504, unreadable body, connection
// lost) against FakeHttpServer, which also shows the escaped id the server receives.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include "core/integrations/GenieAcsClient.h"
#include "core/integrations/IntegrationSupport.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/PrismMock.h"

using namespace ops;
using namespace ops::integrations;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDevice = u"202BC1-BM632w-000000"_s;
const QString kTaskId = u"5403908ef28ea3a25c138adc"_s;
const QDateTime kNow(QDate(2026, 3, 1), QTime(10, 2, 0), Qt::UTC);

template <typename T> T waitFor(QFuture<T> f)
{
    if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 30000))
        qFatal("future did not finish");
    return f.result();
}

QJsonObject param(const QJsonValue &value, const QString &type = u"xsd:string"_s)
{
    return QJsonObject{{u"_value"_s, value}, {u"_type"_s, type}, {u"_timestamp"_s, u"2026-03-01T10:00:02.511Z"_s},
        {u"_object"_s, false}, {u"_writable"_s, false}};
}

QJsonObject obj(std::initializer_list<std::pair<QString, QJsonValue>> children)
{
    QJsonObject o{{u"_object"_s, true}, {u"_writable"_s, false}};
    for (const auto &[k, v] : children)
        o.insert(k, v);
    return o;
}

// A Huawei-style TR-098 ONT as GenieACS stores it.
QJsonObject tr098Device()
{
    return QJsonObject{
        {u"_id"_s, u"00259E-EchoLife%20HG8245H-48575443A1B2C3D4"_s},
        {u"_deviceId"_s,
            QJsonObject{{u"_Manufacturer"_s, u"Huawei Technologies Co., Ltd"_s}, {u"_OUI"_s, u"00259E"_s},
                {u"_ProductClass"_s, u"EchoLife HG8245H"_s}, {u"_SerialNumber"_s, u"48575443A1B2C3D4"_s}}},
        {u"_lastInform"_s, u"2026-03-01T09:58:30.120Z"_s},
        {u"_registered"_s, u"2025-11-02T14:00:00.000Z"_s},
        {u"_tags"_s, QJsonArray{u"fiber"_s, u"zone-north"_s}},
        {u"InternetGatewayDevice"_s,
            obj({{u"DeviceInfo"_s, obj({{u"SoftwareVersion"_s, param(u"V3R017C10S115"_s)}})},
                {u"WANDevice"_s,
                    obj({{u"1"_s,
                        obj({{u"X_GponInterafceConfig"_s,
                            obj({{u"RXPower"_s, param(u"-19.52"_s)}, {u"TXPower"_s, param(2.31, u"xsd:int"_s)}})}})}})},
                {u"LANDevice"_s,
                    obj({{u"1"_s,
                        obj({{u"WLANConfiguration"_s,
                            obj({{u"5"_s, obj({{u"SSID"_s, param(u"Targo-5G"_s)}})},
                                {u"1"_s, obj({{u"SSID"_s, param(u"Targo-2G"_s)}})},
                                {u"2"_s, obj({{u"SSID"_s, param(u""_s)}})}})}})}})}})},
    };
}

// A TR-181 device (Device.*), optical levels in 0.001 dBm.
QJsonObject tr181Device()
{
    return QJsonObject{
        {u"_id"_s, u"001122-XGS%2DPON-SN000181"_s},
        {u"_deviceId"_s,
            QJsonObject{{u"_Manufacturer"_s, u"Example"_s}, {u"_OUI"_s, u"001122"_s},
                {u"_ProductClass"_s, u"XGS-PON"_s}, {u"_SerialNumber"_s, u"SN000181"_s}}},
        {u"_lastInform"_s, u"2026-03-01T09:40:00.000Z"_s},
        {u"Device"_s,
            obj({{u"DeviceInfo"_s, obj({{u"SoftwareVersion"_s, param(u"2.4.1"_s)}})},
                {u"Optical"_s,
                    obj({{u"Interface"_s,
                        obj({{u"1"_s,
                            obj({{u"OpticalSignalLevel"_s, param(-21345, u"xsd:int"_s)},
                                {u"TransmitOpticalLevel"_s, param(u"1870"_s, u"xsd:int"_s)}})}})}})},
                {u"WiFi"_s,
                    obj({{u"SSID"_s,
                        obj({{u"10"_s, obj({{u"SSID"_s, param(u"Guest"_s)}})},
                            {u"2"_s, obj({{u"SSID"_s, param(u"Home"_s)}})}})}})}})},
    };
}

} // namespace

class TestGenieAcsClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // unit level
    void encodesDeviceIdForPath_data();
    void encodesDeviceIdForPath();
    void encodesFaultId();
    void normalizesMac_data();
    void normalizesMac();
    void rejectsBadMac_data();
    void rejectsBadMac();
    void buildsQueries();
    void parsesTr098Device();
    void parsesTr181Device();
    void missingOpticalValuesAreNullopt();
    void malformedDeviceIsClearError();
    void onlineWindow();
    void buildsTaskRequests();
    void rejectsInvalidTasks();
    void parsesTaskResponses();
    void parsesFaultsAndTasks();

    // conformance against the Prism mock
    void findBySerialAccepted();
    void findByMacAccepted();
    void findDevicesPageAccepted(); // the CPE sync's paged listing (sort, skip, the _lastInform filter)
    void runTasksAccepted_data();
    void runTasksAccepted();
    void runTaskWithoutConnectionRequestAccepted();
    void tasksFaultsAndDeletesAccepted();
    void mockStatusesMapped();
    void malformedRequestsRejected();

    // faults against FakeHttpServer
    void fakeReceivesEscapedId_data();
    void fakeReceivesEscapedId();
    void fakeQueuedNotFoundAndGatewayTimeout();
    void fakeBrokenAnswers();
    void fakeAuthAndPaths();

private:
    std::unique_ptr<test::PrismMock> m_prism;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<GenieAcsClient> m_client;
};

void TestGenieAcsClient::initTestCase()
{
    m_prism = std::make_unique<test::PrismMock>(u"genieacs.yaml"_s);
    QVERIFY2(m_prism->start(), qPrintable(m_prism->error()));
    m_net = std::make_unique<net::NetExecutor>(2);
    QVERIFY(m_net->setProvider(m_prism->provider(u"genieacs"_s)).ok());
    m_client = std::make_unique<GenieAcsClient>(*m_net, GenieAcsConfig{});
}

void TestGenieAcsClient::cleanupTestCase()
{
    m_client.reset();
    m_net.reset();
    m_prism.reset();
}

void TestGenieAcsClient::encodesDeviceIdForPath_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << kDevice << kDevice;
    QTest::newRow("escaped space") << u"00D09E-Fiber%20Router-SN123"_s << u"00D09E-Fiber%2520Router-SN123"_s;
    QTest::newRow("escaped dash") << u"00D09E-XGS%2DPON-SN1"_s << u"00D09E-XGS%252DPON-SN1"_s;
    QTest::newRow("raw space") << u"a b"_s << u"a%20b"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a%2Fb"_s;
    QTest::newRow("hash") << u"a#b"_s << u"a%23b"_s;
    QTest::newRow("question") << u"a?b"_s << u"a%3Fb"_s;
    QTest::newRow("dot") << u"a.b"_s << u"a%2Eb"_s;
    QTest::newRow("plus colon") << u"a+b:c"_s << u"a%2Bb%3Ac"_s;
    QTest::newRow("unicode") << u"Routeur-é€"_s << u"Routeur-%C3%A9%E2%82%AC"_s;
    QTest::newRow("underscore") << u"A_b-9"_s << u"A_b-9"_s;
}

void TestGenieAcsClient::encodesDeviceIdForPath()
{
    QFETCH(QString, id);
    QFETCH(QString, encoded);
    QCOMPARE(GenieAcsClient::encodeDeviceIdForPath(id), encoded);
}

void TestGenieAcsClient::encodesFaultId()
{
    QCOMPARE(GenieAcsClient::encodeFaultIdForPath(u"00D09E-Fiber%20Router-SN123:default"_s),
        u"00D09E-Fiber%2520Router-SN123:default"_s);
    QCOMPARE(GenieAcsClient::encodeFaultIdForPath(u"%1:task_%2"_s.arg(kDevice, kTaskId)),
        u"%1:task_%2"_s.arg(kDevice, kTaskId));
}

void TestGenieAcsClient::normalizesMac_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("colons upper") << u"AA:BB:CC:0D:EE:FF"_s;
    QTest::newRow("colons lower") << u"aa:bb:cc:0d:ee:ff"_s;
    QTest::newRow("dashes") << u"aa-bb-cc-0d-ee-ff"_s;
    QTest::newRow("cisco dots") << u"aabb.cc0d.eeff"_s;
    QTest::newRow("bare") << u"aabbcc0deeff"_s;
    QTest::newRow("spaces around") << u"  AABBCC0DEEFF "_s;
}

void TestGenieAcsClient::normalizesMac()
{
    QFETCH(QString, input);
    const Result<QString> r = GenieAcsClient::normalizeMac(input);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage));
    QCOMPARE(r.value(), u"AA:BB:CC:0D:EE:FF"_s);
}

void TestGenieAcsClient::rejectsBadMac_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << u"aa:bb:cc:dd:ee"_s;
    QTest::newRow("long") << u"aa:bb:cc:dd:ee:ff:00"_s;
    QTest::newRow("not hex") << u"gg:bb:cc:dd:ee:ff"_s;
    QTest::newRow("inner space") << u"aa bb cc dd ee ff"_s;
}

void TestGenieAcsClient::rejectsBadMac()
{
    QFETCH(QString, input);
    const Result<QString> r = GenieAcsClient::normalizeMac(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY(r.error().userMessage.contains(u"MAC"_s));
}

void TestGenieAcsClient::buildsQueries()
{
    const QJsonObject serial =
        QJsonDocument::fromJson(GenieAcsClient::serialQuery(u" 48575443A1B2C3D4 "_s).toUtf8()).object();
    QCOMPARE(serial, (QJsonObject{{u"_deviceId._SerialNumber"_s, u"48575443A1B2C3D4"_s}}));
    // A quote in the serial stays inside the JSON string.
    QVERIFY(QJsonDocument::fromJson(GenieAcsClient::serialQuery(u"a\"}b"_s).toUtf8()).isObject());

    const QJsonObject mac = QJsonDocument::fromJson(GenieAcsClient::macQuery(u"AA:BB:CC:0D:EE:FF"_s).toUtf8()).object();
    const QJsonArray alternatives = mac.value(u"$or"_s).toArray();
    QCOMPARE(alternatives.size(), 5);
    const QString wanIp = u"InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.MACAddress"_s;
    QCOMPARE(alternatives.at(0).toObject().value(wanIp).toString(), u"/^AA[:-]?BB[:-]?CC[:-]?0D[:-]?EE[:-]?FF$/i"_s);
    QVERIFY(alternatives.at(3).toObject().contains(u"Device.Ethernet.Interface.1.MACAddress"_s));

    const QStringList projection = GenieAcsClient::statusProjection();
    QVERIFY(projection.contains(u"_lastInform"_s));
    QVERIFY(projection.contains(u"InternetGatewayDevice.WANDevice.1.X_GponInterafceConfig.RXPower"_s));
    QVERIFY(projection.contains(u"Device.Optical.Interface.1.OpticalSignalLevel"_s));
    QVERIFY(!projection.contains(u"InternetGatewayDevice"_s)); // never the whole tree
    QCOMPARE(GenieAcsClient::statusParameters(true).size(), 3);
    QVERIFY(GenieAcsClient::statusParameters(false).at(0).startsWith(u"InternetGatewayDevice."_s));
}

void TestGenieAcsClient::parsesTr098Device()
{
    const Result<CpeStatus> r = GenieAcsClient::parseDevice(tr098Device(), kNow);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->deviceId, u"00259E-EchoLife%20HG8245H-48575443A1B2C3D4"_s);
    QCOMPARE(r->serial, u"48575443A1B2C3D4"_s);
    QCOMPARE(r->oui, u"00259E"_s);
    QCOMPARE(r->productClass, u"EchoLife HG8245H"_s);
    QCOMPARE(r->manufacturer, u"Huawei Technologies Co., Ltd"_s);
    QVERIFY(!r->tr181);
    QCOMPARE(r->lastInform, QDateTime(QDate(2026, 3, 1), QTime(9, 58, 30, 120), Qt::UTC));
    QCOMPARE(r->lastInform.timeSpec(), Qt::UTC);
    QVERIFY(r->online);
    QCOMPARE(r->firmware, u"V3R017C10S115"_s);
    QVERIFY(r->rxPowerDbm.has_value());
    QCOMPARE(*r->rxPowerDbm, -19.52);
    QCOMPARE(*r->txPowerDbm, 2.31);
    QCOMPARE(r->wifiSsids, (QStringList{u"Targo-2G"_s, u"Targo-5G"_s})); // by index, empty skipped
    QCOMPARE(r->tags, (QStringList{u"fiber"_s, u"zone-north"_s}));

    // A vendor path reporting 0.001 dBm (magnitude above 100) is converted.
    QJsonObject d = tr098Device();
    QJsonObject igd = d.value(u"InternetGatewayDevice"_s).toObject();
    QJsonObject wan = igd.value(u"WANDevice"_s).toObject();
    QJsonObject wan1 = wan.value(u"1"_s).toObject();
    QJsonObject gpon = wan1.value(u"X_GponInterafceConfig"_s).toObject();
    gpon.insert(u"RXPower"_s, param(-19520, u"xsd:int"_s));
    wan1.insert(u"X_GponInterafceConfig"_s, gpon);
    wan.insert(u"1"_s, wan1);
    igd.insert(u"WANDevice"_s, wan);
    d.insert(u"InternetGatewayDevice"_s, igd);
    QCOMPARE(*GenieAcsClient::parseDevice(d, kNow)->rxPowerDbm, -19.52);
}

void TestGenieAcsClient::parsesTr181Device()
{
    const Result<CpeStatus> r = GenieAcsClient::parseDevice(tr181Device(), kNow);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QVERIFY(r->tr181);
    QCOMPARE(r->serial, u"SN000181"_s);
    QCOMPARE(r->firmware, u"2.4.1"_s);
    QCOMPARE(*r->rxPowerDbm, -21.345);
    QCOMPARE(*r->txPowerDbm, 1.87);
    QCOMPARE(r->wifiSsids, (QStringList{u"Home"_s, u"Guest"_s})); // 2 before 10: numeric order
    QVERIFY(!r->online); // 22 minutes before now
    QVERIFY(r->tags.isEmpty());
}

void TestGenieAcsClient::missingOpticalValuesAreNullopt()
{
    QJsonObject d = tr181Device();
    QJsonObject dev = d.value(u"Device"_s).toObject();
    dev.remove(u"Optical"_s);
    d.insert(u"Device"_s, dev);
    Result<CpeStatus> r = GenieAcsClient::parseDevice(d, kNow);
    QVERIFY(r.ok());
    QVERIFY(!r->rxPowerDbm.has_value());
    QVERIFY(!r->txPowerDbm.has_value());
    QCOMPARE(r->firmware, u"2.4.1"_s);

    // Present but empty or not a number: no reading either.
    const QJsonObject igd = obj({{u"WANDevice"_s,
        obj({{u"1"_s,
            obj({{u"X_GponInterafceConfig"_s,
                obj({{u"RXPower"_s, param(u""_s)}, {u"TXPower"_s, param(u"N/A"_s)}})}})}})}});
    r = GenieAcsClient::parseDevice(QJsonObject{{u"_id"_s, kDevice}, {u"InternetGatewayDevice"_s, igd}}, kNow);
    QVERIFY(r.ok());
    QVERIFY(!r->rxPowerDbm.has_value());
    QVERIFY(!r->txPowerDbm.has_value());
    QVERIFY(r->firmware.isEmpty());
    QVERIFY(!r->lastInform.isValid());
    QVERIFY(!r->online); // never informed
}

void TestGenieAcsClient::malformedDeviceIsClearError()
{
    Result<CpeStatus> r = GenieAcsClient::parseDevice(QJsonObject{{u"_lastInform"_s, u"2026-03-01T10:00:00Z"_s}}, kNow);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Schema);
    QVERIFY(r.error().userMessage.contains(u"without an identifier"_s));

    QJsonObject d = tr098Device();
    d.insert(u"_lastInform"_s, u"yesterday"_s);
    r = GenieAcsClient::parseDevice(d, kNow);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Schema);
    QVERIFY(r.error().userMessage.contains(u"00259E-EchoLife%20HG8245H-48575443A1B2C3D4"_s));
    QVERIFY(r.error().detail.contains(u"yesterday"_s));
}

void TestGenieAcsClient::onlineWindow()
{
    QJsonObject d = tr098Device();
    d.insert(u"_lastInform"_s, u"2026-03-01T09:57:00.000Z"_s); // exactly 5 min before kNow
    QVERIFY(GenieAcsClient::parseDevice(d, kNow)->online);
    QVERIFY(!GenieAcsClient::parseDevice(d, kNow.addSecs(1))->online);
    QVERIFY(!GenieAcsClient::parseDevice(d, kNow, std::chrono::seconds(60))->online);
    QVERIFY(GenieAcsClient::parseDevice(d, kNow.addSecs(600), std::chrono::minutes(15))->online);
}

void TestGenieAcsClient::buildsTaskRequests()
{
    Result<outbox::OutboxRequest> r = m_client->taskRequest(u"00D09E-Fiber%20Router-SN123"_s, {});
    QVERIFY(r.ok());
    QCOMPARE(r->provider, u"genieacs"_s);
    QCOMPARE(r->operation, u"cpe.refresh"_s);
    QCOMPARE(r->method, QByteArray("POST"));
    QCOMPARE(r->path, u"/devices/00D09E-Fiber%2520Router-SN123/tasks?connection_request&timeout=3000"_s);
    QCOMPARE(*r->json, (QJsonObject{{u"name"_s, u"refreshObject"_s}, {u"objectName"_s, u""_s}}));
    QVERIFY(r->headers.isEmpty());

    r = m_client->taskRequest(kDevice, {CpeTaskKind::Reboot, {}, {}}, false);
    QCOMPARE(r->operation, u"cpe.reboot"_s);
    QCOMPARE(r->path, u"/devices/%1/tasks"_s.arg(kDevice));
    QCOMPARE(*r->json, (QJsonObject{{u"name"_s, u"reboot"_s}}));

    r = m_client->taskRequest(kDevice, {CpeTaskKind::FactoryReset, {}, {}}, true, 10000);
    QCOMPARE(r->operation, u"cpe.factory_reset"_s);
    QVERIFY(r->path.endsWith(u"?connection_request&timeout=10000"_s));
    QCOMPARE(r->json->value(u"name"_s).toString(), u"factoryReset"_s);

    r = m_client->taskRequest(kDevice, {CpeTaskKind::GetParameterValues, GenieAcsClient::statusParameters(false), {}});
    QCOMPARE(r->operation, u"cpe.get_parameter_values"_s);
    QCOMPARE(r->json->value(u"parameterNames"_s).toArray().size(), 3);

    CpeTask set{CpeTaskKind::SetParameterValues, {},
        {{u"InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID"_s, u"Targo-Maison"_s, u"xsd:string"_s},
            {u"InternetGatewayDevice.ManagementServer.PeriodicInformInterval"_s, u"300"_s, {}}}};
    r = m_client->taskRequest(kDevice, set);
    QCOMPARE(r->operation, u"cpe.set_parameter_values"_s);
    const QJsonArray values = r->json->value(u"parameterValues"_s).toArray();
    QCOMPARE(values.at(0).toArray(),
        (QJsonArray{
            u"InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID"_s, u"Targo-Maison"_s, u"xsd:string"_s}));
    QCOMPARE(values.at(1).toArray().size(), 2); // no type: not sent

    r = m_client->taskRequest(
        kDevice, {CpeTaskKind::Refresh, {u"InternetGatewayDevice.LANDevice.1.WLANConfiguration"_s}, {}});
    QCOMPARE(r->json->value(u"objectName"_s).toString(), u"InternetGatewayDevice.LANDevice.1.WLANConfiguration"_s);

    // Round trip through the outbox row.
    const std::optional<outbox::OutboxRequest> back =
        outbox::OutboxRequest::fromJson(r->provider, r->operation, r->toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->path, r->path);
    QCOMPARE(*back->json, *r->json);
}

void TestGenieAcsClient::rejectsInvalidTasks()
{
    QCOMPARE(m_client->taskRequest(u" "_s, {}).error().kind, Error::Kind::Validation);
    QCOMPARE(m_client->taskRequest(kDevice, {CpeTaskKind::GetParameterValues, {}, {}}).error().kind,
        Error::Kind::Validation);
    QCOMPARE(m_client->taskRequest(kDevice, {CpeTaskKind::GetParameterValues, {u" "_s}, {}}).error().kind,
        Error::Kind::Validation);
    QCOMPARE(m_client->taskRequest(kDevice, {CpeTaskKind::SetParameterValues, {}, {}}).error().kind,
        Error::Kind::Validation);
    QCOMPARE(m_client->taskRequest(kDevice, {CpeTaskKind::SetParameterValues, {}, {{u""_s, u"x"_s, {}}}}).error().kind,
        Error::Kind::Validation);
    QCOMPARE(m_client->taskRequest(kDevice, {CpeTaskKind::Refresh, {u"A."_s, u"B."_s}, {}}).error().kind,
        Error::Kind::Validation);
    // Validation failures never reach the network.
    const Result<CpeTaskOutcome> sent = waitFor(m_client->runTask(kDevice, {CpeTaskKind::GetParameterValues, {}, {}}));
    QVERIFY(!sent.ok());
    QVERIFY(sent.error().code.isEmpty());
    const Status del = waitFor(m_client->deleteTask(u"not-an-object-id"_s));
    QVERIFY(!del.ok());
    QCOMPARE(del.error().kind, Error::Kind::Validation);
    QVERIFY(!waitFor(m_client->retryTask(u"5403908ef28ea3a25c138ad"_s)).ok()); // 23 digits
    QCOMPARE(waitFor(m_client->deleteFault(u"no-channel"_s)).error().kind, Error::Kind::Validation);
    QCOMPARE(waitFor(m_client->findByMac(u"zz"_s, kNow)).error().kind, Error::Kind::Validation);
    QCOMPARE(waitFor(m_client->findBySerial(u""_s, kNow)).error().kind, Error::Kind::Validation);
}

void TestGenieAcsClient::parsesTaskResponses()
{
    const QByteArray task =
        R"({"_id":"5403908ef28ea3a25c138adc","device":"x","name":"reboot","timestamp":"2026-03-01T10:00:00Z"})";
    Result<CpeTaskOutcome> r = GenieAcsClient::parseTaskResponse(200, "OK", task);
    QVERIFY(r.ok());
    QCOMPARE(r->state, CpeTaskOutcome::State::Done);
    QCOMPARE(r->taskId, kTaskId);
    r = GenieAcsClient::parseTaskResponse(202, "Task queued but not processed", task);
    QCOMPARE(r->state, CpeTaskOutcome::State::Queued);
    QCOMPARE(r->reason, u"Task queued but not processed"_s);
    r = GenieAcsClient::parseTaskResponse(200, "OK", {}); // connection request only
    QVERIFY(r.ok());
    QVERIFY(r->taskId.isEmpty());
    r = GenieAcsClient::parseTaskResponse(200, "OK", "[1,2]");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Schema);
}

void TestGenieAcsClient::parsesFaultsAndTasks()
{
    const QJsonObject f{{u"_id"_s, u"%1:default"_s.arg(kDevice)}, {u"device"_s, kDevice}, {u"channel"_s, u"default"_s},
        {u"code"_s, u"cwmp.9002"_s}, {u"message"_s, u"Internal error"_s},
        {u"detail"_s, QJsonObject{{u"faultCode"_s, u"9002"_s}}}, {u"retries"_s, 3},
        {u"timestamp"_s, u"2026-03-01T10:00:02.511Z"_s}};
    const Result<CpeFault> fault = CpeFault::fromJson(f);
    QVERIFY(fault.ok());
    QCOMPARE(fault->code, u"cwmp.9002"_s);
    QCOMPARE(fault->retries, 3);
    QCOMPARE(fault->detail.value(u"faultCode"_s).toString(), u"9002"_s);
    QCOMPARE(fault->timestamp, QDateTime(QDate(2026, 3, 1), QTime(10, 0, 2, 511), Qt::UTC));
    QVERIFY(!CpeFault::fromJson({}).ok());
    QVERIFY(!CpePendingTask::fromJson(QJsonObject{{u"name"_s, u"reboot"_s}}).ok());
}

void TestGenieAcsClient::findBySerialAccepted()
{
    const Result<QList<CpeStatus>> r = waitFor(m_client->findBySerial(u"000000"_s, kNow));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QCOMPARE(r->size(), 1);
    const CpeStatus &s = r->at(0);
    QCOMPARE(s.deviceId, kDevice);
    QCOMPARE(s.serial, u"000000"_s);
    QCOMPARE(s.productClass, u"BM632w"_s);
    QCOMPARE(s.firmware, u"V1.0.3"_s);
    QVERIFY(s.online); // informed at 10:00:02, now 10:02
    QCOMPARE(s.tags, (QStringList{u"fiber"_s, u"zone-north"_s}));
    QVERIFY(!s.rxPowerDbm.has_value());
    const QString log = m_prism->output();
    QVERIFY2(log.contains(u"projection="_s), qPrintable(log.right(1500)));
    QVERIFY(!log.contains(u"Violation"_s));
}

void TestGenieAcsClient::findByMacAccepted()
{
    const Result<QList<CpeStatus>> r = waitFor(m_client->findByMac(u"aabb.cc0d.eeff"_s, kNow));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(!r->isEmpty());
    QVERIFY(!m_prism->output().contains(u"Violation"_s));
}

void TestGenieAcsClient::findDevicesPageAccepted()
{
    const QString since = u"{\"_lastInform\":{\"$gt\":\"2026-03-01T09:00:00.000Z\"}}"_s;
    for (const QString &query : {u"{}"_s, since}) {
        const Result<QList<CpeStatus>> r = waitFor(m_client->findDevicesPage(query, kNow, 1000, 2000));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
        QVERIFY(!r->isEmpty());
    }
    QVERIFY(!m_prism->output().contains(u"Violation"_s));
}

void TestGenieAcsClient::runTasksAccepted_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("refresh") << int(CpeTaskKind::Refresh);
    QTest::newRow("get") << int(CpeTaskKind::GetParameterValues);
    QTest::newRow("set") << int(CpeTaskKind::SetParameterValues);
    QTest::newRow("reboot") << int(CpeTaskKind::Reboot);
    QTest::newRow("factory reset") << int(CpeTaskKind::FactoryReset);
}

void TestGenieAcsClient::runTasksAccepted()
{
    QFETCH(int, kind);
    CpeTask task;
    task.kind = CpeTaskKind(kind);
    if (task.kind == CpeTaskKind::GetParameterValues)
        task.parameterNames = GenieAcsClient::statusParameters(true);
    if (task.kind == CpeTaskKind::SetParameterValues)
        task.values = {{u"Device.WiFi.SSID.1.SSID"_s, u"Targo-Maison"_s, u"xsd:string"_s}};
    const Result<CpeTaskOutcome> r = waitFor(m_client->runTask(u"00D09E-Fiber%20Router-SN123"_s, task));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QCOMPARE(r->state, CpeTaskOutcome::State::Done);
    QCOMPARE(r->taskId.size(), 24);
}

void TestGenieAcsClient::runTaskWithoutConnectionRequestAccepted()
{
    const Result<CpeTaskOutcome> r = waitFor(m_client->runTask(kDevice, {CpeTaskKind::Reboot, {}, {}}, false));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail + u"\n"_s + m_prism->output().right(1500)));
}

void TestGenieAcsClient::tasksFaultsAndDeletesAccepted()
{
    const Result<QList<CpePendingTask>> t = waitFor(m_client->tasks(kDevice));
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().detail + u"\n"_s + m_prism->output().right(1500)));
    for (const CpePendingTask &task : t.value())
        QVERIFY(!task.id.isEmpty());
    const Result<QList<CpeFault>> f = waitFor(m_client->faults(kDevice));
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().detail + u"\n"_s + m_prism->output().right(1500)));
    QVERIFY(waitFor(m_client->faults()).ok());
    Status s = waitFor(m_client->deleteFault(u"00D09E-Fiber%20Router-SN123:default"_s));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().detail));
    s = waitFor(m_client->deleteTask(kTaskId));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().detail));
    s = waitFor(m_client->retryTask(kTaskId));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().detail));
    QVERIFY2(!m_prism->output().contains(u"Violation"_s), qPrintable(m_prism->output().right(2000)));
}

void TestGenieAcsClient::mockStatusesMapped()
{
    // The description's answers, forced with Prism's Prefer header.
    const Result<outbox::OutboxRequest> row = m_client->taskRequest(kDevice, {CpeTaskKind::Reboot, {}, {}});
    QVERIFY(row.ok());
    net::HttpRequest http = toHttpRequest(row.value(), m_client->authHeaders());
    http.setHeader("Prefer", "code=202");
    Result<net::HttpResponse> raw = waitFor(m_net->send(http, net::RetryPolicy::noRetry()));
    QVERIFY2(raw.ok(), raw.ok() ? "" : qPrintable(raw.error().detail));
    const Result<CpeTaskOutcome> queued = GenieAcsClient::parseTaskResponse(raw->status, raw->reason, raw->body);
    QVERIFY(queued.ok());
    QCOMPARE(queued->state, CpeTaskOutcome::State::Queued);

    http.setHeader("Prefer", "code=404");
    raw = waitFor(m_net->send(http, net::RetryPolicy::noRetry()));
    QVERIFY(!raw.ok());
    Error e = GenieAcsClient::mapError(raw.error());
    QCOMPARE(e.kind, Error::Kind::NotFound);
    QVERIFY2(e.userMessage.contains(u"not found in GenieACS"_s), qPrintable(e.userMessage));

    http.setHeader("Prefer", "code=504");
    raw = waitFor(m_net->send(http, net::RetryPolicy::noRetry()));
    QVERIFY(!raw.ok());
    QCOMPARE(net::httpStatusOf(raw.error()), 504);
    e = GenieAcsClient::mapError(raw.error());
    QVERIFY2(e.userMessage.contains(u"connection request"_s), qPrintable(e.userMessage));
}

void TestGenieAcsClient::malformedRequestsRejected()
{
    // Bypass the client's validation: the mock must refuse what GenieACS would choke on.
    const auto sendRaw = [this](const QString &path, const QJsonObject &body) {
        outbox::OutboxRequest bad;
        bad.provider = u"genieacs"_s;
        bad.path = path;
        bad.json = body;
        return waitFor(m_net->send(toHttpRequest(bad, {}), net::RetryPolicy::noRetry()));
    };
    const QString tasksPath = u"/devices/%1/tasks?connection_request"_s.arg(kDevice);
    for (const QJsonObject &body :
        {QJsonObject{{u"name"_s, u"explode"_s}}, QJsonObject{{u"name"_s, u"getParameterValues"_s}},
            QJsonObject{{u"name"_s, u"getParameterValues"_s}, {u"parameterNames"_s, QJsonArray{}}},
            QJsonObject{
                {u"name"_s, u"setParameterValues"_s}, {u"parameterValues"_s, QJsonArray{QJsonArray{u"x"_s}}}}}) {
        const Result<net::HttpResponse> raw = sendRaw(tasksPath, body);
        QVERIFY2(!raw.ok(), qPrintable(QString::fromUtf8(QJsonDocument(body).toJson())));
        const int status = net::httpStatusOf(raw.error());
        QVERIFY2(status >= 400 && status < 500, qPrintable(raw.error().detail));
        const Error e = GenieAcsClient::mapError(raw.error());
        QCOMPARE(e.kind, Error::Kind::Validation);
        QVERIFY2(e.userMessage.contains(u"GenieACS refused"_s), qPrintable(e.userMessage));
    }
    // An id not escaped for the path ('.' is outside [A-Za-z0-9_%-]).
    const Result<net::HttpResponse> raw = sendRaw(u"/devices/a.b/tasks"_s, {{u"name"_s, u"reboot"_s}});
    QVERIFY(!raw.ok());
    QVERIFY2(
        net::httpStatusOf(raw.error()) >= 400 && net::httpStatusOf(raw.error()) < 500, qPrintable(raw.error().detail));
    // A query that is not a JSON object.
    QUrl url(u"/devices"_s);
    url.setQuery(u"query=serial%3D1"_s);
    net::HttpRequest get = net::HttpRequest::get(url);
    get.providerId = u"genieacs"_s;
    const Result<net::HttpResponse> q = waitFor(m_net->send(get, net::RetryPolicy::noRetry()));
    QVERIFY(!q.ok());
    QVERIFY2(net::httpStatusOf(q.error()) >= 400 && net::httpStatusOf(q.error()) < 500, qPrintable(q.error().detail));
}

void TestGenieAcsClient::fakeReceivesEscapedId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("escaped space") << u"00D09E-Fiber%20Router-SN123"_s
                                   << QByteArray("/devices/00D09E-Fiber%2520Router-SN123/tasks");
    QTest::newRow("slash") << u"A/B"_s << QByteArray("/devices/A%2FB/tasks");
    QTest::newRow("hash question") << u"A#B?C"_s << QByteArray("/devices/A%23B%3FC/tasks");
    QTest::newRow("literal percent") << u"100%"_s << QByteArray("/devices/100%25/tasks");
    // Not tested on the wire: '.' and '~' (unreserved, so QUrl sends %2E / %7E as '.' / '~'); they never occur in a
    // GenieACS id, whose parts have them written as %2E / %7E (sent as %252E / %257E).
    QTest::newRow("space unicode") << u"Routeur é"_s << QByteArray("/devices/Routeur%20%C3%A9/tasks");
}

void TestGenieAcsClient::fakeReceivesEscapedId()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, path);
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    net::ProviderConfig p;
    p.id = u"genieacs"_s;
    p.baseUrl = fake.url();
    QVERIFY(exec.setProvider(p).ok());
    GenieAcsClient client(exec, {});
    fake.enqueue(path,
        test::FakeBehaviour::json(200,
            R"({"_id":"5403908ef28ea3a25c138adc","device":"x","name":"reboot","timestamp":"2026-03-01T10:00:00Z"})"));
    const Result<CpeTaskOutcome> r = waitFor(client.runTask(id, {CpeTaskKind::Reboot, {}, {}}));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(fake.requests().size(), 1);
    QCOMPARE(fake.requests().at(0).path, path);
    QCOMPARE(fake.requests().at(0).target, path + "?connection_request&timeout=3000");
    exec.shutdown();
}

void TestGenieAcsClient::fakeQueuedNotFoundAndGatewayTimeout()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    net::ProviderConfig p;
    p.id = u"genieacs"_s;
    p.baseUrl = fake.url();
    QVERIFY(exec.setProvider(p).ok());
    GenieAcsClient client(exec, {});
    const QByteArray path = "/devices/" + GenieAcsClient::encodeDeviceIdForPath(kDevice).toUtf8() + "/tasks";

    fake.enqueue(path,
        test::FakeBehaviour::json(202,
            R"({"_id":"5403908ef28ea3a25c138adc","device":"202BC1-BM632w-000000","name":"reboot","timestamp":"2026-03-01T10:00:00Z"})"));
    Result<CpeTaskOutcome> r = waitFor(client.runTask(kDevice, {CpeTaskKind::Reboot, {}, {}}));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->state, CpeTaskOutcome::State::Queued);
    QCOMPARE(r->taskId, kTaskId);

    fake.enqueue(path, test::FakeBehaviour::fromBody(404, "No such device", "text/plain"));
    r = waitFor(client.runTask(kDevice, {CpeTaskKind::Reboot, {}, {}}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::NotFound);
    QCOMPARE(net::httpStatusOf(r.error()), 404);
    QVERIFY2(r.error().userMessage.contains(u"not found in GenieACS"_s), qPrintable(r.error().userMessage));
    QVERIFY(!r.error().retryable);

    fake.enqueue(path, test::FakeBehaviour::fromBody(504, "Connection request error: timeout", "text/plain"));
    r = waitFor(client.runTask(kDevice, {CpeTaskKind::Refresh, {}, {}}));
    QVERIFY(!r.ok());
    QCOMPARE(net::httpStatusOf(r.error()), 504);
    QVERIFY2(r.error().userMessage.contains(u"Connection request error: timeout"_s), qPrintable(r.error().userMessage));
    QVERIFY(r.error().userMessage.contains(u"powered on"_s));
    QCOMPARE(fake.requestCount(path), 3); // nothing re-sent

    // 404 on a task id means the task, not the device.
    fake.enqueue("/tasks/" + kTaskId.toUtf8(), test::FakeBehaviour::fromBody(404, "Task not found", "text/plain"));
    const Status s = waitFor(client.deleteTask(kTaskId));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().userMessage.contains(u"no longer has this task"_s), qPrintable(s.error().userMessage));
    exec.shutdown();
}

void TestGenieAcsClient::fakeBrokenAnswers()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    net::ProviderConfig p;
    p.id = u"genieacs"_s;
    p.baseUrl = fake.url();
    QVERIFY(exec.setProvider(p).ok());
    GenieAcsClient client(exec, {});
    const QByteArray path = "/devices/" + kDevice.toUtf8() + "/tasks";

    // Unreadable 200 to a task: may have run; ambiguous, not re-sent.
    fake.enqueue(path, test::FakeBehaviour::malformedJson(200));
    Result<CpeTaskOutcome> r = waitFor(client.runTask(kDevice, {CpeTaskKind::Reboot, {}, {}}));
    QVERIFY(!r.ok());
    QCOMPARE(net::outcomeOf(r.error()), net::Outcome::Ambiguous);
    QCOMPARE(fake.requestCount(path), 1);

    // Connection closed in the middle of the answer.
    fake.enqueue(path, test::FakeBehaviour::closeAfterHeaders(200, "{\"_id\":\"5403"));
    r = waitFor(client.runTask(kDevice, {CpeTaskKind::Reboot, {}, {}}));
    QVERIFY(!r.ok());
    QCOMPARE(net::outcomeOf(r.error()), net::Outcome::Ambiguous);
    QVERIFY(!r.error().retryable);

    // Closed without a status line: what GenieACS does with a task it rejects.
    fake.setFallback(path, test::FakeBehaviour::closeImmediately());
    r = waitFor(client.runTask(kDevice, {CpeTaskKind::FactoryReset, {}, {}}));
    QVERIFY(!r.ok());
    QCOMPARE(net::httpStatusOf(r.error()), 0);
    QVERIFY2(r.error().userMessage.contains(u"pending tasks"_s), qPrintable(r.error().userMessage));

    // Unreadable device list (retried as a GET, then reported).
    fake.setFallback("/devices", test::FakeBehaviour::malformedJson(200));
    const Result<QList<CpeStatus>> d = waitFor(client.findBySerial(u"000000"_s, kNow));
    QVERIFY(!d.ok());
    QVERIFY(fake.requestCount("/devices") >= 1);

    // A JSON answer that is not an array.
    fake.setFallback("/faults", test::FakeBehaviour::json(200, R"({"faults":[]})"));
    const Result<QList<CpeFault>> f = waitFor(client.faults());
    QVERIFY(!f.ok());
    QCOMPARE(f.error().kind, Error::Kind::Schema);
    exec.shutdown();
}

void TestGenieAcsClient::fakeAuthAndPaths()
{
    test::FakeHttpServer fake;
    QVERIFY(fake.start());
    net::NetExecutor exec(1);
    net::ProviderConfig p;
    p.id = u"genieacs"_s;
    p.baseUrl = fake.url();
    QVERIFY(exec.setProvider(p).ok());

    // No user: no Authorization header.
    GenieAcsClient open(exec, {});
    QVERIFY(open.authHeaders().isEmpty());
    fake.enqueue("/devices", test::FakeBehaviour::json(200, "[]"));
    Result<QList<CpeStatus>> d = waitFor(open.findByMac(u"AA-BB-CC-0D-EE-FF"_s, kNow));
    QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().detail));
    QVERIFY(d->isEmpty());
    test::ReceivedRequest req = fake.requests("/devices").at(0);
    QVERIFY(req.header("Authorization").isEmpty());
    const QUrlQuery query(QUrl(u"http://h"_s + QString::fromLatin1(req.target)));
    const QJsonObject sentQuery =
        QJsonDocument::fromJson(query.queryItemValue(u"query"_s, QUrl::FullyDecoded).toUtf8()).object();
    QCOMPARE(sentQuery, QJsonDocument::fromJson(GenieAcsClient::macQuery(u"AA:BB:CC:0D:EE:FF"_s).toUtf8()).object());
    QCOMPARE(query.queryItemValue(u"projection"_s, QUrl::FullyDecoded), GenieAcsClient::statusProjection().join(u','));

    // With a user (reverse proxy): Basic.
    GenieAcsClient proxied(exec, {u"genieacs"_s, u"ops"_s, u"secret"_s});
    const QByteArray faultPath = "/faults/00D09E-Fiber%2520Router-SN123:default";
    fake.enqueue(faultPath, test::FakeBehaviour::respond(200));
    const Status s = waitFor(proxied.deleteFault(u"00D09E-Fiber%20Router-SN123:default"_s));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().detail));
    req = fake.requests(faultPath).at(0);
    QCOMPARE(req.method, QByteArray("DELETE"));
    QCOMPARE(req.header("Authorization"), QByteArray("Basic ") + QByteArray("ops:secret").toBase64());

    fake.enqueue("/tasks/" + kTaskId.toUtf8() + "/retry", test::FakeBehaviour::respond(200));
    QVERIFY(waitFor(proxied.retryTask(kTaskId)).ok());
    QCOMPARE(fake.requests("/tasks/" + kTaskId.toUtf8() + "/retry").at(0).method, QByteArray("POST"));

    fake.enqueue("/tasks",
        test::FakeBehaviour::json(200,
            R"([{"_id":"5403908ef28ea3a25c138adc","device":"202BC1-BM632w-000000","name":"getParameterValues","parameterNames":["Device.DeviceInfo.SoftwareVersion"],"timestamp":"2026-03-01T10:00:00.000Z"}])"));
    const Result<QList<CpePendingTask>> t = waitFor(proxied.tasks(kDevice));
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().detail));
    QCOMPARE(t->size(), 1);
    QCOMPARE(t->at(0).name, u"getParameterValues"_s);
    QCOMPARE(t->at(0).raw.value(u"parameterNames"_s).toArray().size(), 1);
    const QUrlQuery tq(QUrl(u"http://h"_s + QString::fromLatin1(fake.requests("/tasks").at(0).target)));
    QCOMPARE(QJsonDocument::fromJson(tq.queryItemValue(u"query"_s, QUrl::FullyDecoded).toUtf8()).object(),
        (QJsonObject{{u"device"_s, kDevice}}));
    exec.shutdown();
}

QTEST_GUILESS_MAIN(TestGenieAcsClient)
#include "TestGenieAcsClient.moc"
