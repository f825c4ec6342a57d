// Issue 15 item 6: the network fields of a location (OLT name and port, VLAN, IP) and of a device (IP, GenieACS id)
// saved through CustomerWriteRepository on a real database: validated before anything is written, a duplicate
// GenieACS id refused with the other device named, the audit row with the old and new values and who, and the
// column grants of migration 0032 (dispatch writes the network columns only; billing and managers none).
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/customers/CustomerWriteRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::customers;
using namespace Qt::Literals::StringLiterals;

class TestNetworkFields : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void locationNetworkFieldsSavedAndAudited();
    void badLocationValuesWriteNothing_data();
    void badLocationValuesWriteNothing();
    void equipmentIpAndGenieAcsId();
    void duplicateGenieAcsIdNamesTheOtherDevice();
    void dispatcherWritesNetworkColumnsOnly();
    void billingAndManagerMayNot();

private:
    QString scalar(const QString &sql);
    QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
    Result<LocationEdit> asRole(const QString &role, const LocationEdit &l);

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    qint64 m_location = 0;
    qint64 m_device1 = 0;
    qint64 m_device2 = 0;
};

QString TestNetworkFields::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return {};
    }
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

void TestNetworkFields::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    const char *setup[] = {
        "INSERT INTO staff (id, pg_role, display_name, role_group) VALUES (1, current_user, 'Alice Roy', 'admin'),"
        " (2, 'ops_dispatcher', 'Denis Lavoie', 'dispatcher')",
        "INSERT INTO customers (id, display_name) VALUES (1, 'Client Réseau')",
        "INSERT INTO service_locations (id, customer_id, civic_number, street, city, postal_code)"
        " VALUES (1, 1, '12', 'rue Principale', 'Saint-Jérôme', 'J7Z 1A1')",
        "INSERT INTO service_equipment (id, location_id, kind, make, model, serial, genieacs_device_id) VALUES"
        " (1, 1, 'ont', 'Huawei', 'HG8245', 'NETSER0001', '00D09E-HG8245-NETSER0001'),"
        " (2, 1, 'router', 'TP-Link', 'Archer', 'NETSER0002', NULL)",
    };
    for (const char *sql : setup) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    m_location = 1;
    m_device1 = 1;
    m_device2 = 2;
}

void TestNetworkFields::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

Result<LocationEdit> TestNetworkFields::asRole(const QString &role, const LocationEdit &l)
{
    if (!m_c->exec(u"SET ROLE %1"_s.arg(role)).ok())
        return Error::internal(u"set role"_s);
    auto r = CustomerWriteRepository(*m_c).saveLocation(l);
    (void)m_c->exec("RESET ROLE");
    if (!r.ok())
        return r.error();
    return r.value();
}

void TestNetworkFields::locationNetworkFieldsSavedAndAudited()
{
    CustomerWriteRepository repo(*m_c);
    auto loaded = repo.location(m_location);
    QVERIFY(loaded.ok());
    LocationEdit l = loaded.value();
    QVERIFY(l.oltName.isEmpty());
    QCOMPARE(l.vlan, 0);
    l.oltName = u"  OLT-SJR-01 "_s;
    l.oltPort = u"1/1/3"_s;
    l.vlan = 120;
    l.ipAddress = u" 10.20.30.40 "_s;
    auto saved = repo.saveLocation(l);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().detail));
    QCOMPARE(saved.value().oltName, u"OLT-SJR-01"_s);
    QCOMPARE(saved.value().oltPort, u"1/1/3"_s);
    QCOMPARE(saved.value().vlan, 120);
    QCOMPARE(saved.value().ipAddress, u"10.20.30.40"_s);
    QCOMPARE(
        scalar(u"SELECT host(ip_address) || ' ' || vlan FROM service_locations WHERE id = 1"_s), u"10.20.30.40 120"_s);

    // IPv6, normalised; the audit row has before and after of what changed, and who.
    l = saved.value();
    l.ipAddress = u"2001:DB8:0:0::1"_s;
    l.oltPort = u"1/1/4"_s;
    saved = repo.saveLocation(l);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().detail));
    QCOMPARE(saved.value().ipAddress, u"2001:db8::1"_s);
    const QString last = u"FROM audit_log WHERE entity = 'service_location' AND entity_id = 1 AND action = 'update'"
                         u" ORDER BY id DESC LIMIT 1"_s;
    const QJsonObject before = json(scalar(u"SELECT before "_s + last));
    const QJsonObject after = json(scalar(u"SELECT after "_s + last));
    QCOMPARE(before.value(u"olt_port"_s).toString(), u"1/1/3"_s);
    QCOMPARE(after.value(u"olt_port"_s).toString(), u"1/1/4"_s);
    QCOMPARE(before.value(u"ip_address"_s).toString(), u"10.20.30.40"_s);
    QCOMPARE(after.value(u"ip_address"_s).toString(), u"2001:db8::1"_s);
    QVERIFY(!after.contains(u"street"_s)); // unchanged columns are not in the row
    QCOMPARE(scalar(u"SELECT staff_id "_s + last), u"1"_s);

    // Cleared: NULL again.
    l = saved.value();
    l.vlan = 0;
    l.ipAddress.clear();
    saved = repo.saveLocation(l);
    QVERIFY(saved.ok());
    QCOMPARE(
        scalar(u"SELECT (vlan IS NULL AND ip_address IS NULL)::text FROM service_locations WHERE id = 1"_s), u"true"_s);
}

void TestNetworkFields::badLocationValuesWriteNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("negative vlan") << u"vlan"_s << u"-1"_s;
    QTest::newRow("vlan 4095") << u"vlan"_s << u"4095"_s;
    QTest::newRow("ip garbage") << u"ip_address"_s << u"10.20.30"_s;
    QTest::newRow("ip with prefix") << u"ip_address"_s << u"10.0.0.0/8"_s;
    QTest::newRow("ip injection") << u"ip_address"_s << u"1.2.3.4'; DROP TABLE customers;--"_s;
    QTest::newRow("olt name too long") << u"olt_name"_s << QString(121, u'O');
    QTest::newRow("olt name control") << u"olt_name"_s << u"OLT\u0007-01"_s;
    QTest::newRow("olt port tab") << u"olt_port"_s << u"1/1\t/3"_s;
}

void TestNetworkFields::badLocationValuesWriteNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    CustomerWriteRepository repo(*m_c);
    auto loaded = repo.location(m_location);
    QVERIFY(loaded.ok());
    LocationEdit l = loaded.value();
    if (field == u"vlan"_s)
        l.vlan = value.toInt();
    else if (field == u"ip_address"_s)
        l.ipAddress = value;
    else if (field == u"olt_name"_s)
        l.oltName = value;
    else
        l.oltPort = value;
    const QString audits = scalar(u"SELECT count(*) FROM audit_log"_s);
    auto saved = repo.saveLocation(l);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Validation);
    QVERIFY2(saved.fieldErrors.contains(field), qPrintable(saved.fieldErrors.keys().join(u',')));
    QVERIFY(!saved.fieldErrors.value(field).isEmpty());
    QCOMPARE(scalar(u"SELECT version FROM service_locations WHERE id = 1"_s), QString::number(loaded.value().version));
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), audits);
}

void TestNetworkFields::equipmentIpAndGenieAcsId()
{
    CustomerWriteRepository repo(*m_c);
    auto loaded = repo.equipment(m_device2);
    QVERIFY(loaded.ok());
    EquipmentEdit e = loaded.value();
    QVERIFY(e.genieacsId.isEmpty());
    e.ipAddress = u"192.168.1.1"_s;
    e.genieacsId = u" 50C7BF-Archer-NETSER0002 "_s;
    auto saved = repo.saveEquipment(e);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().detail));
    QCOMPARE(saved.value().genieacsId, u"50C7BF-Archer-NETSER0002"_s);
    QCOMPARE(saved.value().ipAddress, u"192.168.1.1"_s);
    const QJsonObject after = json(scalar(u"SELECT after FROM audit_log WHERE entity = 'service_equipment' AND"
                                          u" entity_id = 2 AND action = 'update' ORDER BY id DESC LIMIT 1"_s));
    QCOMPARE(after.value(u"genieacs_device_id"_s).toString(), u"50C7BF-Archer-NETSER0002"_s);

    e = saved.value();
    e.genieacsId = QString(301, u'x');
    auto tooLong = repo.saveEquipment(e);
    QVERIFY(!tooLong.ok());
    QVERIFY(tooLong.fieldErrors.contains(u"genieacs_device_id"_s));
    e.genieacsId = u"50C7BF\nArcher"_s;
    auto control = repo.saveEquipment(e);
    QVERIFY(!control.ok());
    QVERIFY(control.fieldErrors.contains(u"genieacs_device_id"_s));
    e.genieacsId = u"50C7BF-Archer-NETSER0002"_s;
    e.ipAddress = u"999.1.1.1"_s;
    auto badIp = repo.saveEquipment(e);
    QVERIFY(!badIp.ok());
    QVERIFY(badIp.fieldErrors.contains(u"ip_address"_s));
    QCOMPARE(scalar(u"SELECT host(ip_address) FROM service_equipment WHERE id = 2"_s), u"192.168.1.1"_s);
}

void TestNetworkFields::duplicateGenieAcsIdNamesTheOtherDevice()
{
    CustomerWriteRepository repo(*m_c);
    auto loaded = repo.equipment(m_device2);
    QVERIFY(loaded.ok());
    EquipmentEdit e = loaded.value();
    const QString before = e.genieacsId;
    e.genieacsId = u"00D09E-HG8245-NETSER0001"_s; // device 1's
    auto saved = repo.saveEquipment(e);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Validation);
    const QString message = saved.fieldErrors.value(u"genieacs_device_id"_s);
    const QString otherCode = scalar(u"SELECT code FROM service_equipment WHERE id = 1"_s);
    QVERIFY2(message.contains(otherCode) && message.contains(u"NETSER0001"_s), qPrintable(message));
    QCOMPARE(scalar(u"SELECT genieacs_device_id FROM service_equipment WHERE id = 2"_s), before);
    // The device keeps its own id: not a duplicate of itself.
    e.genieacsId = before;
    e.firmware = u"V5R019"_s;
    QVERIFY(repo.saveEquipment(e).ok());
}

void TestNetworkFields::dispatcherWritesNetworkColumnsOnly()
{
    auto loaded = CustomerWriteRepository(*m_c).location(m_location);
    QVERIFY(loaded.ok());
    LocationEdit l = loaded.value();
    l.networkOnly = true;
    l.oltName = u"OLT-MIR-02"_s;
    l.vlan = 300;
    l.street = u"rue Changée"_s; // not written: the network-only save leaves the other columns alone
    auto saved = asRole(u"ops_dispatcher"_s, l);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().detail));
    QCOMPARE(saved.value().oltName, u"OLT-MIR-02"_s);
    QCOMPARE(saved.value().vlan, 300);
    QCOMPARE(saved.value().street, u"rue Principale"_s);
    QCOMPARE(scalar(u"SELECT staff_id || ' ' || db_role FROM audit_log WHERE entity = 'service_location'"
                    u" AND entity_id = 1 ORDER BY id DESC LIMIT 1"_s),
        u"2 ops_dispatcher"_s);

    // The full save (every column) is refused by PostgreSQL for dispatch; nothing written.
    LocationEdit full = saved.value();
    full.networkOnly = false;
    full.oltName = u"OLT-MIR-03"_s;
    auto refused = asRole(u"ops_dispatcher"_s, full);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QCOMPARE(scalar(u"SELECT olt_name FROM service_locations WHERE id = 1"_s), u"OLT-MIR-02"_s);

    // A device's network columns too.
    auto device = CustomerWriteRepository(*m_c).equipment(m_device1);
    QVERIFY(device.ok());
    EquipmentEdit e = device.value();
    e.networkOnly = true;
    e.ipAddress = u"fd00::42"_s;
    QVERIFY(m_c->exec("SET ROLE ops_dispatcher").ok());
    auto savedDevice = CustomerWriteRepository(*m_c).saveEquipment(e);
    (void)m_c->exec("RESET ROLE");
    QVERIFY2(savedDevice.ok(), qPrintable(savedDevice.ok() ? QString() : savedDevice.error().detail));
    QCOMPARE(savedDevice.value().ipAddress, u"fd00::42"_s);
}

void TestNetworkFields::billingAndManagerMayNot()
{
    for (const QString &role : {u"ops_billing"_s, u"ops_manager"_s}) {
        auto loaded = CustomerWriteRepository(*m_c).location(m_location);
        QVERIFY(loaded.ok());
        LocationEdit l = loaded.value();
        l.networkOnly = true;
        l.oltName = u"OLT-REFUSED"_s;
        auto r = asRole(role, l);
        QVERIFY2(!r.ok(), qPrintable(role));
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QCOMPARE(scalar(u"SELECT olt_name FROM service_locations WHERE id = 1"_s), loaded.value().oltName);
    }
}

QTEST_GUILESS_MAIN(TestNetworkFields)
#include "TestNetworkFields.moc"
