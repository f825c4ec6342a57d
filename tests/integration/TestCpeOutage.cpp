// Issue 15: the CPE status store synced from a fake GenieACS (full, then incremental by _lastInform; matching by
// GenieACS id then serial; devices we do not know; missing parameters; hostile ids; GenieACS down or answering
// garbage: nothing written, the cursor unchanged), then the outage scan (a port going dark is flagged, its normal
// excluded) and the outage opened from it once (parent, one child per affected customer, one draft SMS campaign to
// their mobiles), twice (nothing new) and closed with the recovery note. Real PostgreSQL (TestCluster).
#include <QJsonArray>
#include <QTest>

#include "core/cpe/CpeSync.h"
#include "core/cpe/CpeWifi.h"
#include "core/cpe/OutageActions.h"
#include "core/cpe/OutageRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/net/NetExecutor.h"
#include "tests/support/FakeGenieAcs.h"
#include "tests/support/OpsctlRunner.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {

// 12 customers (10 with a Quebec mobile), one location each on OLT-TST-01: 6 on port 1/1/1, 4 on 1/1/2, 2 on
// 1/1/3; one installed ONT per location, known to GenieACS by id TSTSER<location id>.
constexpr const char *kSeed[] = {
    "INSERT INTO customers (display_name, language, phone) SELECT 'Client ' || g,"
    " CASE WHEN g % 3 = 0 THEN 'en' ELSE 'fr' END, CASE WHEN g <= 10 THEN '514 555-' || lpad(g::text, 4, '0') END"
    " FROM generate_series(1, 12) g",
    "INSERT INTO service_locations (customer_id, civic_number, street, city, postal_code, olt_name, olt_port)"
    " SELECT id, n::text, 'rue Principale', 'Saint-Jérôme', 'J7Z 1A1', 'OLT-TST-01',"
    "  CASE WHEN n <= 6 THEN '1/1/1' WHEN n <= 10 THEN '1/1/2' ELSE '1/1/3' END"
    " FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM customers) c",
    "INSERT INTO service_equipment (location_id, kind, make, model, serial, genieacs_device_id, status)"
    " SELECT id, 'ont', 'Huawei', 'HG8245', 'TSTSER' || lpad(id::text, 4, '0'),"
    "  '00D09E-HG8245-TSTSER' || lpad(id::text, 4, '0'), 'installed' FROM service_locations",
};

const QDateTime kT0 = QDateTime(QDate(2026, 12, 7), QTime(14, 0), Qt::UTC);

qint64 scalar(db::PgConnection &c, const char *sql)
{
    auto r = c.exec(sql);
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0) : -1;
}

} // namespace

class TestCpeOutage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullSyncStoresAndMatches();
    void secondSyncIsIncrementalAndWritesNothing();
    void genieAcsDownOrBrokenWritesNothing();
    void darkPortIsFlagged();
    void outageOpensOnceWithTicketsAndDraft();
    void quietPortIsRefused();
    void outageClosesWithRecoveryNote();
    void dispatcherOpensWithoutCampaign();
    void portKeyParsing();
    void refreshOneDevice();
    void wifiTaskValidated();
    void commandsPrintJson();

private:
    Result<cpe::CpeSyncReport> sync(bool full = false);
    QStringList portIds(const QString &port);

    test::TestCluster m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    test::FakeGenieAcs m_acs;
    std::unique_ptr<net::NetExecutor> m_net;
    std::unique_ptr<integrations::GenieAcsClient> m_client;
    QList<test::FakeCpe> m_devices;
};

void TestCpeOutage::initTestCase()
{
    QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error()));
    auto c = test::seededDatabase(m_cluster, kSeed, &m_conninfo);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
    m_c = std::move(c).value();
    QVERIFY(m_acs.start());
    m_net = std::make_unique<net::NetExecutor>(2);
    net::ProviderConfig p;
    p.id = u"genieacs"_s;
    p.baseUrl = m_acs.url();
    QVERIFY(m_net->setProvider(p).ok());
    m_client = std::make_unique<integrations::GenieAcsClient>(*m_net, integrations::GenieAcsConfig{});

    auto r = m_c->exec("SELECT genieacs_device_id, serial FROM service_equipment ORDER BY id");
    QVERIFY(r.ok());
    for (int i = 0; i < r.value().rows(); ++i) {
        test::FakeCpe d;
        d.id = r.value().text(i, 0);
        d.serial = r.value().text(i, 1);
        d.lastInform = kT0.addSecs(-60 - i);
        m_devices << d;
    }
    // The first equipment lost its GenieACS id in our records: matched by serial (case differs).
    QVERIFY(m_c->exec("UPDATE service_equipment SET genieacs_device_id = NULL WHERE id = (SELECT min(id) FROM"
                      " service_equipment)")
                .ok());
    m_devices[0].serial = m_devices[0].serial.toLower();
    // Two devices we do not know; one with no parameters at all and an id full of escapes and quotes.
    test::FakeCpe stranger;
    stranger.id = u"00D09E-HG8245-UNKNOWN1"_s;
    stranger.serial = u"UNKNOWN1"_s;
    stranger.lastInform = kT0.addSecs(-30);
    m_devices << stranger;
    test::FakeCpe hostile;
    hostile.id = u"00D09E-Fiber%20Router-'\";DROP TABLE cpe_status;--"_s;
    hostile.serial = QString();
    hostile.lastInform = kT0.addSecs(-45);
    hostile.firmware.clear();
    hostile.rxDbm.reset();
    hostile.ssid.clear();
    m_devices << hostile;
    m_acs.setDevices(m_devices);
}

void TestCpeOutage::cleanupTestCase()
{
    m_client.reset();
    if (m_net)
        m_net->shutdown();
    m_net.reset();
    m_c.reset();
}

Result<cpe::CpeSyncReport> TestCpeOutage::sync(bool full)
{
    cpe::CpeSyncOptions o;
    o.full = full;
    o.pageSize = 5; // several pages even at this size
    return cpe::CpeSync::run(*m_c, *m_client, o);
}

QStringList TestCpeOutage::portIds(const QString &port)
{
    QStringList ids;
    auto r = m_c->exec("SELECT '00D09E-HG8245-' || e.serial FROM service_equipment e JOIN service_locations l"
                       " ON l.id = e.location_id WHERE l.olt_port = $1 ORDER BY e.id",
        db::SqlParams().add(port));
    if (r.ok())
        for (int i = 0; i < r.value().rows(); ++i)
            ids << r.value().text(i, 0);
    return ids;
}

void TestCpeOutage::fullSyncStoresAndMatches()
{
    auto report = sync();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    QVERIFY(!report.value().incremental);
    QCOMPARE(report.value().fetched, 14);
    QCOMPARE(report.value().inserted, 14);
    QCOMPARE(report.value().unmatched, 2);
    QCOMPARE(report.value().pages, 3);
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM cpe_status"), 14);
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM cpe_status WHERE equipment_id IS NOT NULL"), 12);
    // The serial match linked the equipment that had lost its GenieACS id.
    QCOMPARE(scalar(*m_c,
                 "SELECT count(*) FROM cpe_status s JOIN service_equipment e ON e.id = s.equipment_id"
                 " WHERE e.genieacs_device_id IS NULL"),
        1);
    // Optical power in 0.001 dBm, firmware and Wi-Fi kept; the hostile device stored as text, its missing values null.
    QCOMPARE(scalar(*m_c, "SELECT rx_power_mdbm FROM cpe_status WHERE genieacs_device_id = '00D09E-HG8245-UNKNOWN1'"),
        -18520);
    auto hostile = m_c->exec("SELECT firmware, rx_power_mdbm IS NULL, cardinality(wifi_ssids) FROM cpe_status"
                             " WHERE genieacs_device_id LIKE '%DROP TABLE%'");
    QVERIFY(hostile.ok());
    QCOMPARE(hostile.value().rows(), 1);
    QCOMPARE(hostile.value().text(0, 0), QString());
    QVERIFY(hostile.value().boolean(0, 1));
    QCOMPARE(hostile.value().int32(0, 2), 0);
    QCOMPARE(report.value().cursor, kT0.addSecs(-30).toString(Qt::ISODateWithMs));
}

void TestCpeOutage::secondSyncIsIncrementalAndWritesNothing()
{
    auto report = sync();
    QVERIFY(report.ok());
    QVERIFY(report.value().incremental);
    QVERIFY(m_acs.queries().last().contains(u"_lastInform"_s));
    // The overlap re-reads the devices that informed in the two minutes before the cursor: unchanged, not written.
    QCOMPARE(report.value().inserted + report.value().updated, 0);
    QCOMPARE(report.value().unchanged, report.value().fetched);
    QVERIFY(report.value().fetched > 0);
}

void TestCpeOutage::genieAcsDownOrBrokenWritesNothing()
{
    const qint64 before = scalar(*m_c, "SELECT count(*) FROM cpe_status");
    const QString cursor =
        m_c->exec("SELECT value FROM integration_cursors WHERE name = 'genieacs.cpe_last_inform'").value().text(0, 0);
    // Down for longer than the HTTP pool's retries (4 attempts of an idempotent GET).
    for (int i = 0; i < 4; ++i)
        m_acs.server().enqueue("/devices", test::FakeBehaviour::serverError(503));
    auto down = sync(true);
    QVERIFY(!down.ok());
    QVERIFY(!down.error().userMessage.isEmpty());
    // A truncated JSON body (retried like a dropped transfer, every time), then an answer that is not a list.
    for (int i = 0; i < 4; ++i)
        m_acs.server().enqueue("/devices", test::FakeBehaviour::malformedJson());
    auto broken = sync(true);
    QVERIFY(!broken.ok());
    QVERIFY(!broken.error().userMessage.isEmpty());
    m_acs.server().enqueue("/devices", test::FakeBehaviour::json(200, R"({"error":"not a list"})"));
    auto notList = sync(true);
    QVERIFY(!notList.ok());
    QCOMPARE(notList.error().kind, Error::Kind::Schema);
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM cpe_status"), before);
    QCOMPARE(
        m_c->exec("SELECT value FROM integration_cursors WHERE name = 'genieacs.cpe_last_inform'").value().text(0, 0),
        cursor);
}

void TestCpeOutage::darkPortIsFlagged()
{
    // 40 minutes later every device informed again except those of port 1/1/1; one device of 1/1/2 has been off for
    // two days (that port's normal, not an outage).
    const QStringList dark = portIds(u"1/1/1"_s);
    QCOMPARE(dark.size(), 6);
    QStringList others;
    for (const test::FakeCpe &d : std::as_const(m_devices))
        if (!dark.contains(d.id, Qt::CaseInsensitive))
            others << d.id;
    const QStringList port2 = portIds(u"1/1/2"_s);
    others.removeAll(port2.first());
    m_acs.setLastInform(others, kT0.addSecs(38 * 60));
    m_acs.setLastInform({port2.first()}, kT0.addDays(-2));
    auto report = sync();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    QVERIFY(report.value().incremental);
    QCOMPARE(report.value().updated, others.size());
    QVERIFY(!report.value().incremental || report.value().fetched < 14);
    // The long-silent device was not seen by the incremental sync: a full one stores it.
    QVERIFY(sync(true).ok());

    auto ports = cpe::OutageRepository(*m_c).scan({}, kT0.addSecs(40 * 60));
    QVERIFY(ports.ok());
    QCOMPARE(ports.value().size(), 3);
    const cpe::PortHealth &top = ports.value().first();
    QCOMPARE(top.key(), u"OLT-TST-01:1/1/1"_s);
    QVERIFY(top.flagged);
    QCOMPARE(top.silent, 6);
    QCOMPARE(top.normallyOnline, 6);
    QCOMPARE(top.customers, 6);
    QVERIFY(top.since.isValid() && top.since <= kT0);
    for (const cpe::PortHealth &p : ports.value())
        if (p.port != u"1/1/1")
            QVERIFY2(!p.flagged && p.silent == 0, qPrintable(p.key()));
    // Port 1/1/2's long-silent location is its normal: 3 normally online of 4.
    for (const cpe::PortHealth &p : ports.value())
        if (p.port == u"1/1/2")
            QCOMPARE(p.normallyOnline, 3);
}

void TestCpeOutage::outageOpensOnceWithTicketsAndDraft()
{
    const QDateTime now = kT0.addSecs(40 * 60);
    auto first = cpe::openOutage(*m_c, u"OLT-TST-01"_s, u"1/1/1"_s, {}, now);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().detail));
    QVERIFY(first.value().created);
    QCOMPARE(first.value().childrenCreated, 6);
    QCOMPARE(first.value().childrenTotal, 6);
    QVERIFY(first.value().parentTicketCode.startsWith(u"TCK-"_s));
    QVERIFY(first.value().campaignCode.startsWith(u"CMP-"_s));
    QCOMPARE(first.value().campaignRecipients, 6); // customers 1..6 all have a mobile
    auto draft = m_c->exec("SELECT c.channel, c.classification, c.status, count(r.*) FROM campaigns c"
                           " JOIN campaign_recipients r ON r.campaign_id = c.id GROUP BY c.id");
    QVERIFY(draft.ok());
    QCOMPARE(draft.value().rows(), 1);
    QCOMPARE(draft.value().text(0, 0), u"sms"_s);
    QCOMPARE(draft.value().text(0, 1), u"transactional"_s);
    QCOMPARE(draft.value().text(0, 2), u"draft"_s);
    QCOMPARE(draft.value().int32(0, 3), 6);

    auto again = cpe::openOutage(*m_c, u"OLT-TST-01"_s, u"1/1/1"_s, {}, now);
    QVERIFY(again.ok());
    QVERIFY(!again.value().created);
    QCOMPARE(again.value().childrenCreated, 0);
    QCOMPARE(again.value().childrenTotal, 6);
    QCOMPARE(again.value().parentTicketCode, first.value().parentTicketCode);
    QVERIFY(again.value().campaignCode.isEmpty());
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM outages"), 1);
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM campaigns"), 1);
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM tickets WHERE issue_type = 'outage'"), 7);
    QCOMPARE(scalar(*m_c, "SELECT count(DISTINCT customer_id) FROM tickets WHERE parent_id IS NOT NULL"), 6);

    auto ports = cpe::OutageRepository(*m_c).scan({}, now);
    QVERIFY(ports.ok());
    QCOMPARE(ports.value().first().parentTicketCode, first.value().parentTicketCode);
}

void TestCpeOutage::quietPortIsRefused()
{
    const qint64 tickets = scalar(*m_c, "SELECT count(*) FROM tickets");
    auto quiet = cpe::openOutage(*m_c, u"OLT-TST-01"_s, u"1/1/2"_s, {}, kT0.addSecs(40 * 60));
    QVERIFY(!quiet.ok());
    QCOMPARE(quiet.error().kind, Error::Kind::Validation);
    auto unknown = cpe::openOutage(*m_c, u"OLT-NOPE"_s, u"9/9/9"_s, {}, kT0.addSecs(40 * 60), 0, true);
    QVERIFY(!unknown.ok());
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM tickets"), tickets);
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM outages"), 1);
}

void TestCpeOutage::outageClosesWithRecoveryNote()
{
    auto empty = cpe::closeOutage(*m_c, u"OLT-TST-01"_s, u"1/1/1"_s, u"  "_s);
    QVERIFY(!empty.ok());
    auto closed = cpe::closeOutage(*m_c, u"OLT-TST-01"_s, u"1/1/1"_s, u"Service rétabli à 15 h 10 {merci}."_s);
    QVERIFY2(closed.ok(), closed.ok() ? "" : qPrintable(closed.error().detail));
    QCOMPARE(closed.value().ticketsClosed, 7);
    QVERIFY(closed.value().campaignCode.startsWith(u"CMP-"_s));
    QCOMPARE(closed.value().campaignRecipients, 6);
    QCOMPARE(scalar(*m_c,
                 "SELECT count(*) FROM tickets WHERE issue_type = 'outage' AND status = 'closed'"
                 " AND closed_at IS NOT NULL"),
        7);
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM ticket_messages WHERE body = 'Service rétabli à 15 h 10 {merci}.'"), 7);
    QCOMPARE(
        scalar(*m_c, "SELECT count(*) FROM outages WHERE closed_at IS NOT NULL AND recovery_campaign_id IS NOT NULL"),
        1);
    auto twice = cpe::closeOutage(*m_c, u"OLT-TST-01"_s, u"1/1/1"_s, u"Rétabli."_s);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, Error::Kind::NotFound);
}

void TestCpeOutage::dispatcherOpensWithoutCampaign()
{
    // A dispatcher may open an outage (tickets) but not create campaigns: the tickets stand, the reason is given.
    const qint64 campaigns = scalar(*m_c, "SELECT count(*) FROM campaigns");
    QVERIFY(m_c->exec("SET ROLE ops_dispatcher").ok());
    auto opened = cpe::openOutage(*m_c, u"OLT-TST-01"_s, u"1/1/1"_s, {}, kT0.addSecs(40 * 60));
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    QVERIFY(opened.value().created);
    QCOMPARE(opened.value().childrenCreated, 6);
    QVERIFY(opened.value().campaignCode.isEmpty());
    QVERIFY(!opened.value().campaignProblem.isEmpty());
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM campaigns"), campaigns);
    // Billing reads outages but does not open them: refused, nothing written (an admin's `outage open` drafts it).
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    auto billing = cpe::openOutage(*m_c, u"OLT-TST-01"_s, u"1/1/1"_s, {}, kT0.addSecs(40 * 60));
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(!billing.ok());
    QCOMPARE(scalar(*m_c, "SELECT count(*) FROM outages WHERE closed_at IS NULL"), 1);
}

void TestCpeOutage::portKeyParsing()
{
    auto ok = cpe::parsePortKey(u"OLT-SJR-01:1/1/3"_s);
    QVERIFY(ok.ok());
    QCOMPARE(ok.value().first, u"OLT-SJR-01"_s);
    QCOMPARE(ok.value().second, u"1/1/3"_s);
    QVERIFY(!cpe::parsePortKey(u"OLT-SJR-01"_s).ok());
    QVERIFY(!cpe::parsePortKey(u":1/1/3"_s).ok());
    QVERIFY(!cpe::parsePortKey(u"OLT:"_s).ok());
}

void TestCpeOutage::refreshOneDevice()
{
    const QString cursor =
        m_c->exec("SELECT value FROM integration_cursors WHERE name = 'genieacs.cpe_last_inform'").value().text(0, 0);
    m_acs.setLastInform({m_devices[3].id}, kT0.addSecs(50 * 60));
    auto one = cpe::CpeSync::refreshSerial(*m_c, *m_client, m_devices[3].serial);
    QVERIFY2(one.ok(), one.ok() ? "" : qPrintable(one.error().detail));
    QCOMPARE(one.value().fetched, 1);
    QCOMPARE(one.value().updated, 1);
    auto stored = m_c->exec(
        "SELECT last_inform FROM cpe_status WHERE genieacs_device_id = $1", db::SqlParams().add(m_devices[3].id));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().timestamp(0, 0), kT0.addSecs(50 * 60));
    auto unknown = cpe::CpeSync::refreshSerial(*m_c, *m_client, u"NOSUCHSERIAL"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    // A refresh does not move the sync's cursor.
    QCOMPARE(
        m_c->exec("SELECT value FROM integration_cursors WHERE name = 'genieacs.cpe_last_inform'").value().text(0, 0),
        cursor);
}

void TestCpeOutage::wifiTaskValidated()
{
    auto igd = cpe::wifiChangeTask(false, u"Chez Éloïse"_s, u"motdepasse 2026!"_s);
    QVERIFY(igd.ok());
    QCOMPARE(igd.value().kind, integrations::CpeTaskKind::SetParameterValues);
    QCOMPARE(igd.value().values.size(), 2);
    QCOMPARE(std::get<0>(igd.value().values[0]), u"InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID"_s);
    QCOMPARE(std::get<1>(igd.value().values[0]), u"Chez Éloïse"_s);
    auto tr181 = cpe::wifiChangeTask(true, u"Targo"_s);
    QVERIFY(tr181.ok());
    QCOMPARE(tr181.value().values.size(), 1);
    QCOMPARE(std::get<0>(tr181.value().values[0]), u"Device.WiFi.SSID.1.SSID"_s);
    QVERIFY(!cpe::wifiChangeTask(false, u""_s).ok());
    QVERIFY(!cpe::wifiChangeTask(false, u"éééééééééééééééééé"_s).ok()); // 36 bytes
    QVERIFY(!cpe::wifiChangeTask(false, u"tab\there"_s).ok());
    QVERIFY(!cpe::wifiChangeTask(false, u"ok"_s, u"short"_s).ok());
    QVERIFY(!cpe::wifiChangeTask(false, u"ok"_s, u"mot de passe accentué"_s).ok());
    // The client accepts the task (its own validation) and builds the outbox request.
    auto request = m_client->taskRequest(m_devices[1].id, igd.value());
    QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.error().detail));
}

void TestCpeOutage::commandsPrintJson()
{
    QProcessEnvironment env = test::opsctlEnvironment();
    env.insert(u"TARGO_GENIEACS_BASE_URL"_s, m_acs.url().toString());
    auto synced = test::runOpsctl({u"--db"_s, m_conninfo, u"cpe"_s, u"sync"_s, u"--full"_s, u"--json"_s}, env);
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
    QCOMPARE(synced.json().value(u"fetched"_s).toInt(), 14);
    QCOMPARE(synced.json().value(u"unmatched"_s).toInt(), 2);
    QVERIFY(!synced.json().value(u"incremental"_s).toBool());
    auto scanned = test::runOpsctl({u"--db"_s, m_conninfo, u"outage"_s, u"scan"_s, u"--all"_s, u"--json"_s}, env);
    QVERIFY2(scanned.code == 0, qPrintable(scanned.err));
    QCOMPARE(scanned.json().value(u"ports_scanned"_s).toInt(), 3);
    const QJsonArray ports = scanned.json().value(u"ports"_s).toArray();
    QCOMPARE(ports.size(), 3);
    for (const QJsonValue &p : ports)
        QVERIFY(p.toObject().value(u"port"_s).toString().startsWith(u"OLT-TST-01:1/1/"_s));
    auto badKey = test::runOpsctl({u"--db"_s, m_conninfo, u"outage"_s, u"open"_s, u"1/1/1"_s}, env);
    QCOMPARE(badKey.code, 2);
    QVERIFY(badKey.err.contains(u"OLT:PORT"_s));
    auto badWifi = test::runOpsctl({u"cpe"_s, u"wifi"_s, u"TSTSER0002"_s}, env);
    QCOMPARE(badWifi.code, 2);
}

QTEST_GUILESS_MAIN(TestCpeOutage)
#include "TestCpeOutage.moc"
