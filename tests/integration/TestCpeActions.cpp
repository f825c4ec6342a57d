// Issue 15, item 5: the CPE panel's actions end to end, without the widget. Each action writes its cpe_actions row
// (audited) and its GenieACS task in the outbox in one transaction; the outbox row is sent (OutboxWorker::sendNow, as
// the drain does) to the validating Prism mock of GenieACS (200 done, 202 queued, 404 device unknown) or to the
// FakeGenieAcs (a task that faults on the device: shown, retried or deleted; a Refresh that reads the device
// again; a device id with '%', '/', ' ' and '#'); the CpeActionTracker follows each to its end. Bad input and a
// role that may not: refused, nothing written. Real PostgreSQL (TestCluster).
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/cpe/CpeActionRepository.h"
#include "core/cpe/CpeActionTracker.h"
#include "core/cpe/CpeService.h"
#include "core/cpe/CpeSyncPump.h"
#include "core/cpe/CpeWifi.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/integrations/ProviderSettings.h"
#include "core/net/NetExecutor.h"
#include "core/net/ProviderConfig.h"
#include "core/outbox/OutboxTypes.h"
#include "core/outbox/OutboxWorker.h"
#include "core/session/Capabilities.h"
#include "tests/support/Await.h"
#include "tests/support/FakeGenieAcs.h"
#include "tests/support/PrismMock.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;
using Phase = cpe::CpeFollowState::Phase;

namespace {

const QString kPlainId = u"00D09E-HG8245-ACTSER0001"_s;
const QString kOddId = u"00D09E-Fiber%20Router/x #1"_s; // as GenieACS would never write it: every kind of escape
const QByteArray kPlainTasks = "/devices/00D09E-HG8245-ACTSER0001/tasks";
const QByteArray kOddTasks = "/devices/00D09E-Fiber%2520Router%2Fx%20%231/tasks";

constexpr const char *kSeed[] = {
    "INSERT INTO customers (display_name, language, phone) VALUES ('Éloïse Tremblay', 'fr', '514 555-0101')",
    "INSERT INTO service_locations (customer_id, civic_number, street, city, postal_code)"
    " SELECT id, '12', 'rue Principale', 'Saint-Jérôme', 'J7Z 1A1' FROM customers",
    "INSERT INTO service_equipment (location_id, kind, make, model, serial, genieacs_device_id)"
    " SELECT id, 'ont', 'Huawei', 'HG8245', 'ACTSER0001', '00D09E-HG8245-ACTSER0001' FROM service_locations",
    "INSERT INTO service_equipment (location_id, kind, make, model, serial, genieacs_device_id)"
    " SELECT id, 'router', 'Huawei', 'Fiber Router', 'ACTSER0002', '00D09E-Fiber%20Router/x #1'"
    " FROM service_locations",
    "INSERT INTO cpe_status (genieacs_device_id, equipment_id, serial, manufacturer, product_class, last_inform,"
    " firmware, rx_power_mdbm, wifi_ssids)"
    " SELECT genieacs_device_id, id, serial, make, model, now() - interval '1 minute', 'V5', -18500,"
    " ARRAY['Maison'] FROM service_equipment",
};

qint64 scalar(db::PgConnection &c, const QString &sql)
{
    auto r = c.exec(sql);
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0) : -1;
}

} // namespace

class TestCpeActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rebootIsAuditedAndDoneThroughPrism();
    void queuedAnswerIsFollowed();
    void unknownDeviceFails();
    void faultIsShownRetriedAndDeleted();
    void refreshReadsTheDeviceAgain();
    void escapedDeviceIdReachesItsPath();
    void badInputWritesNothing();
    void rolesAreEnforcedByTheDatabase();
    void syncPumpSurvivesGenieAcsDown();

private:
    cpe::CpeView view(const QString &deviceId);
    // The action's outbox row sent as the drain does, to the provider the service was configured with.
    outbox::OutboxItem send(qint64 outboxId, const net::ProviderConfig &provider);
    cpe::CpeActionQueued queue(
        cpe::CpeService &service, const cpe::CpeView &device, cpe::CpeAction action, const cpe::WifiChange &wifi = {});
    // The tracker followed until phase (or a finished state), polling fast.
    bool followUntil(cpe::CpeActionTracker &tracker, Phase phase);

    test::TestCluster m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    std::unique_ptr<DbExecutor> m_db;
    std::unique_ptr<test::PrismMock> m_prism;
    test::FakeGenieAcs m_acs;
    net::NetExecutor m_idleNet{1};
    net::ProviderConfig m_prismProvider;
    net::ProviderConfig m_fakeProvider;
    std::unique_ptr<cpe::CpeService> m_prismService;
    std::unique_ptr<cpe::CpeService> m_fakeService;
};

void TestCpeActions::initTestCase()
{
    QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error()));
    auto c = test::seededDatabase(m_cluster, kSeed, &m_conninfo);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
    m_c = std::move(c).value();
    m_db = std::make_unique<DbExecutor>(m_conninfo, 2);

    m_prism = std::make_unique<test::PrismMock>(u"genieacs.yaml"_s);
    QVERIFY2(m_prism->start(), qPrintable(m_prism->error()));
    m_prismProvider = m_prism->provider(u"genieacs"_s);
    m_prismService = std::make_unique<cpe::CpeService>(*m_db);
    QVERIFY(m_prismService->configure(m_prismProvider, integrations::GenieAcsConfig{}).ok());

    QVERIFY(m_acs.start());
    test::FakeCpe plain;
    plain.id = kPlainId;
    plain.serial = u"ACTSER0001"_s;
    plain.lastInform = QDateTime::currentDateTimeUtc();
    test::FakeCpe odd = plain;
    odd.id = kOddId;
    odd.serial = u"ACTSER0002"_s;
    m_acs.setDevices({plain, odd});
    m_acs.acceptTasks(kPlainTasks, kPlainId);
    m_acs.acceptTasks(kOddTasks, kOddId);
    m_fakeProvider.id = u"genieacs"_s;
    m_fakeProvider.baseUrl = m_acs.url();
    m_fakeService = std::make_unique<cpe::CpeService>(*m_db);
    QVERIFY(m_fakeService->configure(m_fakeProvider, integrations::GenieAcsConfig{}).ok());
}

void TestCpeActions::cleanupTestCase()
{
    m_prismService.reset();
    m_fakeService.reset();
    if (m_db)
        m_db->shutdown();
    m_db.reset();
    m_prism.reset();
    m_idleNet.shutdown();
    m_c.reset();
}

cpe::CpeView TestCpeActions::view(const QString &deviceId)
{
    auto r =
        m_c->exec("SELECT equipment_id FROM cpe_status WHERE genieacs_device_id = $1", db::SqlParams().add(deviceId));
    if (!r.ok() || r.value().rows() != 1)
        return {};
    auto v = cpe::CpeActionRepository(*m_c).statusForEquipment(r.value().int64(0, 0));
    return v.ok() && v.value() ? *v.value() : cpe::CpeView{};
}

outbox::OutboxItem TestCpeActions::send(qint64 outboxId, const net::ProviderConfig &provider)
{
    net::NetExecutor net(1);
    outbox::OutboxWorker worker(m_conninfo, net, {{provider.id, provider}});
    auto sent = worker.sendNow(*m_c, outboxId, 20000);
    net.shutdown();
    return sent.ok() ? sent.value() : outbox::OutboxItem{};
}

cpe::CpeActionQueued TestCpeActions::queue(
    cpe::CpeService &service, const cpe::CpeView &device, cpe::CpeAction action, const cpe::WifiChange &wifi)
{
    auto queued = test::await(service.request(device, action, wifi), this, 20000);
    if (!queued || !queued->ok()) {
        qWarning("request failed: %s", queued ? qPrintable(queued->error().detail + queued->error().userMessage) : "-");
        return {};
    }
    return queued->value();
}

bool TestCpeActions::followUntil(cpe::CpeActionTracker &tracker, Phase phase)
{
    return QTest::qWaitFor(
               [&] { return tracker.state().phase == phase || (tracker.state().finished() && phase != Phase::Done); },
               20000)
        && tracker.state().phase == phase;
}

void TestCpeActions::rebootIsAuditedAndDoneThroughPrism()
{
    const cpe::CpeView device = view(kPlainId);
    QCOMPARE(device.serial, u"ACTSER0001"_s);
    QVERIFY(device.customerId > 0);
    const cpe::CpeActionQueued q = queue(*m_prismService, device, cpe::CpeAction::Reboot);
    QVERIFY(q.actionId > 0 && q.outboxId > 0);
    // One transaction: the action names its outbox row, the outbox row names the action.
    QCOMPARE(scalar(*m_c,
                 u"SELECT count(*) FROM cpe_actions a JOIN outbox o ON o.id = a.outbox_id AND o.business_entity ="
                 " 'cpe_action' AND o.business_id = a.id AND o.operation = 'cpe.reboot' WHERE a.id = %1"
                 " AND a.action = 'reboot' AND a.genieacs_device_id = '%2'"_s.arg(q.actionId)
                     .arg(kPlainId)),
        1);
    // Audited: which action on which device, for which customer, by whom (the session's role).
    auto audit = m_c->exec("SELECT customer_id, db_role, after ->> 'action', after ->> 'genieacs_device_id'"
                           " FROM audit_log WHERE entity = 'cpe_action' AND entity_id = $1 AND action = 'insert'",
        db::SqlParams().add(q.actionId));
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().rows(), 1);
    QCOMPARE(audit.value().int64(0, 0), device.customerId);
    QVERIFY(!audit.value().text(0, 1).isEmpty());
    QCOMPARE(audit.value().text(0, 2), u"reboot"_s);
    QCOMPARE(audit.value().text(0, 3), kPlainId);

    cpe::CpeActionTracker tracker(*m_prismService, q);
    tracker.setIntervals(50, 100);
    tracker.start();
    QCOMPARE(tracker.state().phase, Phase::Queued); // not sent yet: the drain has not run
    const outbox::OutboxItem row = send(q.outboxId, m_prismProvider);
    QCOMPARE(row.status, outbox::OutboxStatus::Sent);
    QCOMPARE(row.lastHttpStatus, 200);
    QVERIFY2(followUntil(tracker, Phase::Done), qPrintable(tracker.state().text));
    QVERIFY2(!m_prism->output().contains(u"Violation"_s), qPrintable(m_prism->output().right(2000)));
}

void TestCpeActions::queuedAnswerIsFollowed()
{
    // Prism answers 202 when asked: the task is stored but the device did not connect.
    integrations::GenieAcsClient client(m_idleNet, {}); // builds requests only
    integrations::CpeTask t;
    t.kind = integrations::CpeTaskKind::Reboot;
    auto request = client.taskRequest(kPlainId, t);
    QVERIFY(request.ok());
    request.value().headers << std::pair{u"Prefer"_s, u"code=202"_s};
    auto q = cpe::CpeActionRepository(*m_c).record(view(kPlainId), cpe::CpeAction::Reboot, {}, request.value());
    QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().detail));
    const outbox::OutboxItem row = send(q.value().outboxId, m_prismProvider);
    QCOMPARE(row.status, outbox::OutboxStatus::Sent);
    QCOMPARE(row.lastHttpStatus, 202);
    QVERIFY(!row.providerRef.isEmpty()); // the task's id, to follow it
    cpe::CpeActionTracker tracker(*m_prismService, q.value());
    tracker.setIntervals(50, 60000); // the device's tasks are not read again within this test
    tracker.start();
    QVERIFY(followUntil(tracker, Phase::WaitingDevice));
    QCOMPARE(tracker.state().taskId, row.providerRef);
}

void TestCpeActions::unknownDeviceFails()
{
    integrations::GenieAcsClient client(m_idleNet, {}); // builds requests only
    integrations::CpeTask t;
    t.kind = integrations::CpeTaskKind::Reboot;
    auto request = client.taskRequest(kPlainId, t);
    QVERIFY(request.ok());
    request.value().headers << std::pair{u"Prefer"_s, u"code=404"_s};
    auto q = cpe::CpeActionRepository(*m_c).record(view(kPlainId), cpe::CpeAction::Reboot, {}, request.value());
    QVERIFY(q.ok());
    const outbox::OutboxItem row = send(q.value().outboxId, m_prismProvider);
    QCOMPARE(row.status, outbox::OutboxStatus::Failed);
    QCOMPARE(row.lastHttpStatus, 404);
    cpe::CpeActionTracker tracker(*m_prismService, q.value());
    tracker.setIntervals(50, 100);
    tracker.start();
    QVERIFY(followUntil(tracker, Phase::Failed));
    QVERIFY(!tracker.state().text.isEmpty()); // GenieACS's own answer, for the operator
    // Nothing lost: the action and its row stay, for the audit and the outbox screen.
    QCOMPARE(scalar(*m_c, u"SELECT count(*) FROM cpe_actions WHERE id = %1"_s.arg(q.value().actionId)), 1);
}

void TestCpeActions::faultIsShownRetriedAndDeleted()
{
    m_acs.setTaskAnswer(202, u"cwmp.9002"_s, u"Internal error"_s);
    const cpe::CpeActionQueued q = queue(*m_fakeService, view(kPlainId), cpe::CpeAction::Reboot);
    QVERIFY(q.outboxId > 0);
    QCOMPARE(send(q.outboxId, m_fakeProvider).lastHttpStatus, 202);
    cpe::CpeActionTracker tracker(*m_fakeService, q);
    tracker.setIntervals(50, 100);
    QSignalSpy changes(&tracker, &cpe::CpeActionTracker::changed);
    tracker.start();
    QVERIFY(followUntil(tracker, Phase::Fault));
    QVERIFY2(tracker.state().text.contains(u"cwmp.9002"_s) && tracker.state().text.contains(u"Internal error"_s),
        qPrintable(tracker.state().text));
    QVERIFY(changes.count() >= 2);
    // Retry: the fault is cleared at GenieACS, the task waits for the device, which then runs it.
    tracker.retry();
    QVERIFY(followUntil(tracker, Phase::WaitingDevice));
    QCOMPARE(m_acs.pendingTaskCount(), 1);
    m_acs.completePendingTasks();
    QVERIFY(followUntil(tracker, Phase::Done));

    // A second fault, deleted: the task is gone from GenieACS.
    const cpe::CpeActionQueued q2 = queue(*m_fakeService, view(kPlainId), cpe::CpeAction::Reboot);
    send(q2.outboxId, m_fakeProvider);
    cpe::CpeActionTracker second(*m_fakeService, q2);
    second.setIntervals(50, 100);
    second.start();
    QVERIFY(followUntil(second, Phase::Fault));
    second.deleteTask();
    QVERIFY(followUntil(second, Phase::Deleted));
    QCOMPARE(m_acs.pendingTaskCount(), 0);
    m_acs.setTaskAnswer(200);
}

void TestCpeActions::refreshReadsTheDeviceAgain()
{
    test::FakeCpe weak;
    weak.id = kPlainId;
    weak.serial = u"ACTSER0001"_s;
    weak.lastInform = QDateTime::currentDateTimeUtc();
    weak.rxDbm = -29.25;
    weak.ssid = u"Maison-Nouvelle"_s;
    test::FakeCpe odd = weak;
    odd.id = kOddId;
    odd.serial = u"ACTSER0002"_s;
    m_acs.setDevices({weak, odd});
    const cpe::CpeActionQueued q = queue(*m_fakeService, view(kPlainId), cpe::CpeAction::Refresh);
    QVERIFY(q.outboxId > 0);
    auto op = m_c->exec("SELECT operation, request::text FROM outbox WHERE id = $1", db::SqlParams().add(q.outboxId));
    QVERIFY(op.ok());
    QCOMPARE(op.value().text(0, 0), u"cpe.get_parameter_values"_s); // the status leaves, not the whole tree
    QVERIFY(op.value().text(0, 1).contains(u"SoftwareVersion"_s));
    QCOMPARE(send(q.outboxId, m_fakeProvider).status, outbox::OutboxStatus::Sent);
    cpe::CpeActionTracker tracker(*m_fakeService, q);
    tracker.setIntervals(50, 100);
    tracker.start();
    QVERIFY2(followUntil(tracker, Phase::Done), qPrintable(tracker.state().text));
    QVERIFY2(tracker.state().text.isEmpty(), qPrintable(tracker.state().text));
    const cpe::CpeView after = view(kPlainId);
    QCOMPARE(after.rxMdbm, std::optional<int>(-29250));
    QCOMPARE(after.wifiSsids, QStringList{u"Maison-Nouvelle"_s});
}

void TestCpeActions::escapedDeviceIdReachesItsPath()
{
    const int before = int(m_acs.server().requests(kOddTasks).size());
    cpe::WifiChange wifi;
    wifi.ssid = u"Chez Éloïse"_s;
    wifi.passphrase = u"motdepasse 2026!"_s;
    const cpe::CpeActionQueued q = queue(*m_fakeService, view(kOddId), cpe::CpeAction::Wifi, wifi);
    QVERIFY(q.outboxId > 0);
    const outbox::OutboxItem row = send(q.outboxId, m_fakeProvider);
    QCOMPARE(row.status, outbox::OutboxStatus::Sent); // the fake answers only at the literal, escaped path
    QCOMPARE(int(m_acs.server().requests(kOddTasks).size()), before + 1);
    const QJsonObject body = QJsonDocument::fromJson(m_acs.server().requests(kOddTasks).constLast().body).object();
    QCOMPARE(body.value(u"name"_s).toString(), u"setParameterValues"_s);
    // The action keeps the new name and that the passphrase changed, never the passphrase (nor does the audit).
    auto detail = m_c->exec("SELECT detail ->> 'ssid', detail ->> 'passphrase_changed' FROM cpe_actions WHERE id = $1",
        db::SqlParams().add(q.actionId));
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().text(0, 0), u"Chez Éloïse"_s);
    QCOMPARE(detail.value().text(0, 1), u"true"_s);
    QCOMPARE(scalar(*m_c,
                 u"SELECT count(*) FROM audit_log WHERE entity = 'cpe_action' AND after::text LIKE '%motdepasse%'"_s),
        0);
    QCOMPARE(scalar(*m_c, u"SELECT count(*) FROM cpe_actions WHERE detail::text LIKE '%motdepasse%'"_s), 0);
}

void TestCpeActions::badInputWritesNothing()
{
    const qint64 actions = scalar(*m_c, u"SELECT count(*) FROM cpe_actions"_s);
    const qint64 rows = scalar(*m_c, u"SELECT count(*) FROM outbox"_s);
    const cpe::CpeView device = view(kPlainId);
    auto refused = [&](const cpe::CpeView &d, cpe::CpeAction action, const cpe::WifiChange &wifi) {
        auto r = test::await(m_fakeService->request(d, action, wifi), this, 20000);
        return r && !r->ok() && !r->error().userMessage.isEmpty();
    };
    QVERIFY(refused(device, cpe::CpeAction::Wifi, {u""_s, std::nullopt})); // no name
    QVERIFY(refused(device, cpe::CpeAction::Wifi, {u"ééééééééééééééééé"_s, std::nullopt})); // 34 bytes
    QVERIFY(refused(device, cpe::CpeAction::Wifi, {u"Maison"_s, u"court"_s})); // too short
    QVERIFY(refused(device, cpe::CpeAction::Wifi, {u"Maison"_s, u"mot de passe accentué"_s}));
    cpe::CpeView nobody = device;
    nobody.deviceId.clear();
    QVERIFY(refused(nobody, cpe::CpeAction::Reboot, {}));
    cpe::CpeView gone = device;
    gone.deviceId = u"00D09E-HG8245-GONE"_s; // GenieACS no longer knows it: the Refresh cannot be built
    QVERIFY(refused(gone, cpe::CpeAction::Refresh, {}));
    cpe::CpeService unconfigured(*m_db);
    auto r = test::await(unconfigured.request(device, cpe::CpeAction::Reboot, {}), this);
    QVERIFY(r && !r->ok());
    QVERIFY(!unconfigured.actionsAvailable());
    QCOMPARE(scalar(*m_c, u"SELECT count(*) FROM cpe_actions"_s), actions);
    QCOMPARE(scalar(*m_c, u"SELECT count(*) FROM outbox"_s), rows);
}

void TestCpeActions::rolesAreEnforcedByTheDatabase()
{
    integrations::GenieAcsClient client(m_idleNet, {}); // builds requests only
    auto taskOf = [&](integrations::CpeTaskKind kind) {
        integrations::CpeTask t;
        t.kind = kind;
        return client.taskRequest(kPlainId, t).value();
    };
    const cpe::CpeView device = view(kPlainId);
    const qint64 actions = scalar(*m_c, u"SELECT count(*) FROM cpe_actions"_s);
    QVERIFY(m_c->exec("SET ROLE ops_dispatcher").ok());
    auto reboot = cpe::CpeActionRepository(*m_c).record(
        device, cpe::CpeAction::Reboot, {}, taskOf(integrations::CpeTaskKind::Reboot));
    auto reset = cpe::CpeActionRepository(*m_c).record(
        device, cpe::CpeAction::FactoryReset, {}, taskOf(integrations::CpeTaskKind::FactoryReset));
    auto wifiTask = cpe::wifiChangeTask(false, u"Maison"_s, u"un bon mot de passe"_s);
    auto wifi = cpe::CpeActionRepository(*m_c).record(
        device, cpe::CpeAction::Wifi, {}, client.taskRequest(kPlainId, wifiTask.value()).value());
    integrations::CpeTask other; // any other parameter: refused to a dispatcher
    other.kind = integrations::CpeTaskKind::SetParameterValues;
    other.values.append({u"InternetGatewayDevice.ManagementServer.URL"_s, u"http://evil.example"_s, u"xsd:string"_s});
    auto hijack = cpe::CpeActionRepository(*m_c).record(
        device, cpe::CpeAction::Wifi, {}, client.taskRequest(kPlainId, other).value());
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    auto billing = cpe::CpeActionRepository(*m_c).record(
        device, cpe::CpeAction::Reboot, {}, taskOf(integrations::CpeTaskKind::Reboot));
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY2(reboot.ok(), reboot.ok() ? "" : qPrintable(reboot.error().detail));
    QVERIFY(!reset.ok());
    QCOMPARE(reset.error().kind, Error::Kind::Forbidden);
    QVERIFY2(wifi.ok(), wifi.ok() ? "" : qPrintable(wifi.error().detail));
    QVERIFY(!hijack.ok());
    QCOMPARE(hijack.error().kind, Error::Kind::Forbidden);
    QVERIFY(!billing.ok());
    QCOMPARE(scalar(*m_c, u"SELECT count(*) FROM cpe_actions"_s), actions + 2); // the reboot and the Wi-Fi
    // The panel's own rule says the same.
    Capabilities dispatcher;
    dispatcher.known = true;
    dispatcher.group = u"dispatcher"_s;
    QVERIFY(cpe::CpeApi::allows(dispatcher, cpe::CpeAction::Reboot));
    QVERIFY(!cpe::CpeApi::allows(dispatcher, cpe::CpeAction::FactoryReset));
    QVERIFY(!cpe::CpeApi::whyNot(dispatcher, cpe::CpeAction::FactoryReset).isEmpty());
    Capabilities technician = dispatcher;
    technician.group = u"technician"_s;
    QVERIFY(!cpe::CpeApi::allows(technician, cpe::CpeAction::Refresh));
}

void TestCpeActions::syncPumpSurvivesGenieAcsDown()
{
    // GenieACS down (nothing listens): the pump logs, keeps its timer and tries again at the next tick.
    integrations::ProviderSettings down = integrations::ProviderSettings::defaults(u"genieacs"_s);
    down.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
    down.timeoutMs = 2000;
    cpe::CpeSyncPump pump;
    QVERIFY(pump.start(m_conninfo, down, 100));
    QTest::qWait(600);
    QVERIFY(pump.isActive());
    // GenieACS back: the next sync stores what changed.
    test::FakeCpe plain;
    plain.id = kPlainId;
    plain.serial = u"ACTSER0001"_s;
    plain.lastInform = QDateTime::currentDateTimeUtc();
    plain.firmware = u"V6-PUMP"_s;
    m_acs.setDevices({plain});
    integrations::ProviderSettings up = down;
    up.baseUrl = m_acs.url();
    QVERIFY(pump.start(m_conninfo, up, 100));
    QVERIFY(QTest::qWaitFor(
        [&] { return scalar(*m_c, u"SELECT count(*) FROM cpe_status WHERE firmware = 'V6-PUMP'"_s) == 1; }, 20000));
    // Not configured: nothing runs.
    integrations::ProviderSettings none = integrations::ProviderSettings::defaults(u"genieacs"_s);
    none.baseUrl.clear();
    QVERIFY(!pump.start(m_conninfo, none));
    QVERIFY(!pump.isActive());
}

QTEST_GUILESS_MAIN(TestCpeActions)
#include "TestCpeActions.moc"
