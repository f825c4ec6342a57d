// Issue 15, item 5: the CPE panel on real cpe_status rows (TestCluster): online with the inform's age, offline since
// hours, never informed; optical RX/TX judged against the GPON thresholds (good, warning, bad); the SSIDs; the newest
// CPE of a location (the job detail); no data; the buttons by role (technician none, dispatcher all but the factory
// reset, admin all) and without GenieACS; an action from the panel written and followed, refused for a role that
// may not (nothing written); the factory reset's typed confirmation and the Wi-Fi dialog's validation. A screenshot
// goes to $OPS_SCREENSHOT_DIR.
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/cpe/CpeActionTracker.h"
#include "core/cpe/CpeService.h"
#include "core/cpe/CpeThresholds.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/net/ProviderConfig.h"
#include "core/session/Capabilities.h"
#include "tests/support/FakeGenieAcs.h"
#include "tests/support/Screenshot.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/cpe/CpeDialogs.h"
#include "ui/cpe/CpePanel.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;
using cpe::CpeAction;
using cpe::PowerLevel;

namespace {

// One customer, one location, four devices: A online (good readings, two SSIDs), B offline for 3 h (RX too weak, TX
// too strong), C never informed (RX in the warning band, no TX), D not in GenieACS.
constexpr const char *kSeed[] = {
    "INSERT INTO customers (display_name, language, phone) VALUES ('Gaston Lapointe', 'fr', '450 555-0199')",
    "INSERT INTO service_locations (customer_id, civic_number, street, city, postal_code)"
    " SELECT id, '8', 'chemin du Lac', 'Val-David', 'J0T 2N0' FROM customers",
    "INSERT INTO service_equipment (location_id, kind, make, model, serial, genieacs_device_id)"
    " SELECT l.id, 'ont', 'Huawei', 'HG8245', s, '00D09E-HG8245-' || s FROM service_locations l,"
    " unnest(ARRAY['PANELA01', 'PANELB01', 'PANELC01', 'PANELD01']) s",
    "INSERT INTO cpe_status (genieacs_device_id, equipment_id, serial, manufacturer, product_class, last_inform,"
    " firmware, rx_power_mdbm, tx_power_mdbm, wifi_ssids)"
    " SELECT genieacs_device_id, id, serial, 'Huawei', 'HG8245',"
    "  CASE serial WHEN 'PANELA01' THEN now() - interval '2 minutes' WHEN 'PANELB01' THEN now() - interval '3 hours'"
    "  END, 'V5R020C10S115',"
    "  CASE serial WHEN 'PANELA01' THEN -18500 WHEN 'PANELB01' THEN -28500 ELSE -27500 END,"
    "  CASE serial WHEN 'PANELA01' THEN 2300 WHEN 'PANELB01' THEN 6000 END,"
    "  CASE serial WHEN 'PANELA01' THEN ARRAY['Maison', 'Maison-5G'] ELSE '{}' END"
    " FROM service_equipment WHERE serial <> 'PANELD01'",
};

Capabilities role(const QString &group)
{
    Capabilities c;
    c.known = true;
    c.role = u"test_"_s + group;
    c.group = group;
    return c;
}

} // namespace

class TestCpePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void thresholds();
    void onlineDeviceWithGoodReadings();
    void offlineDeviceWithBadReadings();
    void neverInformedAndNoData();
    void locationShowsItsNewestDevice();
    void buttonsFollowTheRole();
    void withoutGenieAcsNothingCanBeSent();
    void actionFromThePanelIsWrittenAndFollowed();
    void refusedRoleWritesNothing();
    void factoryResetNeedsTheSerialTyped();
    void wifiDialogValidates();

private:
    qint64 equipment(const char *serial);
    bool show(qint64 equipmentId);
    qint64 count(const char *sql);

    test::TestCluster m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    std::unique_ptr<DbExecutor> m_db;
    test::FakeGenieAcs m_acs;
    std::unique_ptr<cpe::CpeService> m_service;
    std::unique_ptr<CpePanel> m_panel;
};

void TestCpePanel::initTestCase()
{
    QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error()));
    auto c = test::seededDatabase(m_cluster, kSeed, &m_conninfo);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
    m_c = std::move(c).value();
    m_db = std::make_unique<DbExecutor>(m_conninfo, 2);
    QVERIFY(m_acs.start());
    net::ProviderConfig p;
    p.id = u"genieacs"_s;
    p.baseUrl = m_acs.url();
    m_service = std::make_unique<cpe::CpeService>(*m_db);
    QVERIFY(m_service->configure(p, integrations::GenieAcsConfig{}).ok());
    m_panel = std::make_unique<CpePanel>();
    m_panel->resize(560, 420);
    m_panel->setApi(m_service.get());
    m_panel->setCapabilities(role(u"dispatcher"_s));
    m_panel->setPollIntervals(50, 100);
    m_panel->show();
}

void TestCpePanel::cleanupTestCase()
{
    m_panel.reset();
    m_service.reset();
    if (m_db)
        m_db->shutdown();
    m_db.reset();
    m_c.reset();
}

qint64 TestCpePanel::equipment(const char *serial)
{
    auto r = m_c->exec(u"SELECT id FROM service_equipment WHERE serial = '%1'"_s.arg(QLatin1String(serial)));
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0) : 0;
}

qint64 TestCpePanel::count(const char *sql)
{
    auto r = m_c->exec(sql);
    return r.ok() ? r.value().int64(0, 0) : -1;
}

bool TestCpePanel::show(qint64 equipmentId)
{
    if (m_panel->device() && m_panel->device()->equipmentId == equipmentId)
        return true; // already shown
    QSignalSpy loaded(m_panel.get(), &CpePanel::loaded);
    m_panel->showEquipment(equipmentId);
    return loaded.count() > 0 || loaded.wait(10000);
}

void TestCpePanel::thresholds()
{
    using T = cpe::OpticalThresholds;
    QCOMPARE(T::rx(-8000), PowerLevel::Good);
    QCOMPARE(T::rx(-7999), PowerLevel::Bad); // overloaded
    QCOMPARE(T::rx(-27000), PowerLevel::Good);
    QCOMPARE(T::rx(-27001), PowerLevel::Warning);
    QCOMPARE(T::rx(-28000), PowerLevel::Warning);
    QCOMPARE(T::rx(-28001), PowerLevel::Bad);
    QCOMPARE(T::rx(std::nullopt), PowerLevel::Unknown);
    QCOMPARE(T::tx(500), PowerLevel::Good);
    QCOMPARE(T::tx(5000), PowerLevel::Good);
    QCOMPARE(T::tx(499), PowerLevel::Bad);
    QCOMPARE(T::tx(5001), PowerLevel::Bad);
}

void TestCpePanel::onlineDeviceWithGoodReadings()
{
    QVERIFY(show(equipment("PANELA01")));
    QVERIFY(m_panel->device().has_value());
    QVERIFY(m_panel->shownOnline());
    QVERIFY2(m_panel->stateText().startsWith(u"Online"_s), qPrintable(m_panel->stateText()));
    QVERIFY2(m_panel->stateText().contains(u"2 min"_s), qPrintable(m_panel->stateText()));
    QCOMPARE(m_panel->rxText(), u"-18.50 dBm"_s);
    QCOMPARE(m_panel->txText(), u"2.30 dBm"_s);
    QCOMPARE(m_panel->rxLevel(), PowerLevel::Good);
    QCOMPARE(m_panel->txLevel(), PowerLevel::Good);
    QCOMPARE(m_panel->wifiText(), u"Maison, Maison-5G"_s);
    QCOMPARE(m_panel->fieldText("cpeSerial"), u"PANELA01"_s);
    QCOMPARE(m_panel->fieldText("cpeFirmware"), u"V5R020C10S115"_s);
    QCOMPARE(m_panel->fieldText("cpeModel"), u"Huawei HG8245"_s);
    QCoreApplication::processEvents(); // the chips' new sizes laid out before the grab
    QVERIFY(test::saveScreenshot(*m_panel, u"cpe-panel-online"_s));
}

void TestCpePanel::offlineDeviceWithBadReadings()
{
    QVERIFY(show(equipment("PANELB01")));
    QVERIFY(!m_panel->shownOnline());
    QVERIFY2(m_panel->stateText() == u"Offline for 3 h"_s, qPrintable(m_panel->stateText()));
    QCOMPARE(m_panel->rxLevel(), PowerLevel::Bad);
    QCOMPARE(m_panel->txLevel(), PowerLevel::Bad);
    QCOMPARE(m_panel->rxText(), u"-28.50 dBm"_s);
    QVERIFY(m_panel->wifiText().contains(u"no Wi-Fi"_s));
    QCoreApplication::processEvents();
    QVERIFY(test::saveScreenshot(*m_panel, u"cpe-panel-offline"_s));
}

void TestCpePanel::neverInformedAndNoData()
{
    QVERIFY(show(equipment("PANELC01")));
    QCOMPARE(m_panel->stateText(), u"Never informed"_s);
    QCOMPARE(m_panel->rxLevel(), PowerLevel::Warning);
    QCOMPARE(m_panel->txLevel(), PowerLevel::Unknown);
    QCOMPARE(m_panel->txText(), u"no reading"_s);
    QVERIFY(show(equipment("PANELD01")));
    QVERIFY(!m_panel->device().has_value());
    QVERIFY(!m_panel->fieldText("cpeEmpty").isEmpty());
    QVERIFY(!m_panel->button(CpeAction::Reboot)->isEnabled());
}

void TestCpePanel::locationShowsItsNewestDevice()
{
    auto r = m_c->exec("SELECT id FROM service_locations");
    QVERIFY(r.ok());
    QSignalSpy loaded(m_panel.get(), &CpePanel::loaded);
    m_panel->showLocation(r.value().int64(0, 0));
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_panel->device().has_value());
    QCOMPARE(m_panel->device()->serial, u"PANELA01"_s); // the newest inform of the location
}

void TestCpePanel::buttonsFollowTheRole()
{
    QVERIFY(show(equipment("PANELA01")));
    const CpeAction all[] = {CpeAction::Refresh, CpeAction::Reboot, CpeAction::FactoryReset, CpeAction::Wifi};
    m_panel->setCapabilities(role(u"technician"_s));
    for (CpeAction a : all) {
        QVERIFY(!m_panel->button(a)->isEnabled());
        QVERIFY(!m_panel->button(a)->toolTip().isEmpty()); // says why
    }
    m_panel->setCapabilities(role(u"dispatcher"_s));
    QVERIFY(m_panel->button(CpeAction::Refresh)->isEnabled());
    QVERIFY(m_panel->button(CpeAction::Reboot)->isEnabled());
    QVERIFY(m_panel->button(CpeAction::Wifi)->isEnabled());
    QVERIFY(!m_panel->button(CpeAction::FactoryReset)->isEnabled());
    QVERIFY(m_panel->button(CpeAction::FactoryReset)->toolTip().contains(u"administrator"_s));
    m_panel->setCapabilities(role(u"admin"_s));
    for (CpeAction a : all)
        QVERIFY(m_panel->button(a)->isEnabled());
    m_panel->setCapabilities(role(u"dispatcher"_s));
}

void TestCpePanel::withoutGenieAcsNothingCanBeSent()
{
    cpe::CpeService unconfigured(*m_db);
    CpePanel panel;
    panel.setApi(&unconfigured);
    panel.setCapabilities(role(u"admin"_s));
    QSignalSpy loaded(&panel, &CpePanel::loaded);
    panel.showEquipment(equipment("PANELA01"));
    QVERIFY(loaded.wait(10000));
    QVERIFY(panel.device().has_value()); // the store is still shown
    QVERIFY(!panel.button(CpeAction::Reboot)->isEnabled());
    QVERIFY(panel.button(CpeAction::Reboot)->toolTip().contains(u"GenieACS"_s));
}

void TestCpePanel::actionFromThePanelIsWrittenAndFollowed()
{
    QVERIFY(show(equipment("PANELA01")));
    const qint64 before = count("SELECT count(*) FROM cpe_actions");
    QSignalSpy followed(m_panel.get(), &CpePanel::actionStateChanged);
    m_panel->runAction(CpeAction::Reboot);
    QVERIFY(QTest::qWaitFor([&] { return m_panel->tracker() != nullptr; }, 10000));
    QCOMPARE(count("SELECT count(*) FROM cpe_actions WHERE action = 'reboot'"), before + 1);
    QVERIFY2(m_panel->actionText().contains(u"queued"_s), qPrintable(m_panel->actionText()));
    // One action at a time: the buttons wait for this one.
    QVERIFY(!m_panel->button(CpeAction::Refresh)->isEnabled());
    QVERIFY(test::saveScreenshot(*m_panel, u"cpe-panel-action"_s));
}

void TestCpePanel::refusedRoleWritesNothing()
{
    CpePanel panel;
    panel.setApi(m_service.get());
    panel.setCapabilities(role(u"billing"_s));
    QSignalSpy loaded(&panel, &CpePanel::loaded);
    panel.showEquipment(equipment("PANELB01"));
    QVERIFY(loaded.wait(10000));
    const qint64 before = count("SELECT count(*) FROM cpe_actions");
    panel.runAction(CpeAction::Reboot);
    QTest::qWait(200);
    QVERIFY(panel.tracker() == nullptr);
    QVERIFY(!panel.banner()->isHidden()); // says why
    QCOMPARE(count("SELECT count(*) FROM cpe_actions"), before);
}

void TestCpePanel::factoryResetNeedsTheSerialTyped()
{
    FactoryResetDialog dialog(u"PANELA01"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.serialEdit()->setText(u"PANELA0"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.serialEdit()->setText(u"panela01 "_s);
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestCpePanel::wifiDialogValidates()
{
    WifiChangeDialog dialog(u"Maison"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.change().passphrase.has_value());
    dialog.ssidEdit()->setText(QString());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());
    dialog.ssidEdit()->setText(u"Chez Gaston"_s);
    dialog.changePassphrase()->setChecked(true);
    dialog.passphraseEdit()->setText(u"court"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.passphraseEdit()->setText(u"un bon mot de passe"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.change().ssid, u"Chez Gaston"_s);
    QCOMPARE(dialog.change().passphrase.value_or(QString()), u"un bon mot de passe"_s);
}

QTEST_MAIN(TestCpePanel)
#include "TestCpePanel.moc"
