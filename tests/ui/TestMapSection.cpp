// The Map section (issue 15) end to end on a real database: every layer read by MapLayersRepository (locations by
// status, today's jobs, open tickets at their customer's location, CPE that stopped informing, a port in outage at the
// middle of its locations, technicians), a layer the role may not read refused on its own, the cards; in the window,
// a dispatcher gets the section (Ctrl+8) and a billing clerk does not; layers switch on and off; a click opens the card
// and its customer file; "Find on map", the global search centring the map, and a technician's live position drawn.
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include "core/cpe/OutageService.h"
#include "core/db/PgConnection.h"
#include "core/dispatch/LivePositions.h"
#include "core/integrations/TraccarClient.h"
#include "core/map/MapLayersRepository.h"
#include "core/session/Session.h"
#include "tests/support/DispatchSeed.h"
#include "tests/support/RoleSession.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationBar.h"
#include "ui/map/MapCardPanel.h"
#include "ui/map/MapLayerMarkers.h"
#include "ui/map/MapSection.h"
#include "ui/map/MapView.h"
#include "ui/network/OutagesWidget.h"
#include "ui/search/GlobalSearch.h"

using namespace ops;
using namespace ops::map;
using namespace Qt::Literals::StringLiterals;

namespace {

// On top of the dispatch seed (customers 1–2, LOC-00001 Saint-Jérôme, LOC-00002 Joliette, Alice and Bruno):
//  - customer 3 suspended (LOC-00003), customer 4 terminated (LOC-00004), LOC-00005 planned for customer 2;
//  - customer 5 with four locations on OLT-T port 1/1/1 (LOC-00006..9), one device each in the status store: three
//    silent for two hours, one informing now → the port is flagged (75 % ≥ 50 %, 4 ≥ 3) and three devices offline;
//  - DJ-00005 scheduled now for Alice at LOC-00001 (today's job), TCK-00001 open for customer 2 without a location
//    (drawn at LOC-00002), TCK-00002 closed (not drawn);
//  - Alice follows Traccar device 11 and works around the clock (her positions are kept and shown at any hour).
const char *const kMapSeed[] = {
    "INSERT INTO customers (id, code, display_name, status) VALUES (3, 'CUST-00003', 'Marc Suspendu', 'suspended'),"
    " (4, 'CUST-00004', 'Ancien Client', 'terminated'), (5, 'CUST-00005', 'Coopérative du Lac', 'active')",
    "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, latitude,"
    " longitude, status, olt_name, olt_port) VALUES"
    " (3, 'LOC-00003', 3, '5', 'rue Parent', 'Saint-Jérôme', 'J7Z 1A1', 45.7810, -74.0050, 'active', NULL, NULL),"
    " (4, 'LOC-00004', 4, '7', 'rue Parent', 'Saint-Jérôme', 'J7Z 1A1', 45.7820, -74.0060, 'active', NULL, NULL),"
    " (5, 'LOC-00005', 2, '9', 'rue Parent', 'Saint-Jérôme', 'J7Z 1A1', 45.7830, -74.0070, 'planned', NULL, NULL),"
    " (6, 'LOC-00006', 5, '1', 'chemin du Lac', 'Prévost', 'J0R 1T0', 45.8600, -74.0800, 'active', 'OLT-T', '1/1/1'),"
    " (7, 'LOC-00007', 5, '2', 'chemin du Lac', 'Prévost', 'J0R 1T0', 45.8610, -74.0810, 'active', 'OLT-T', '1/1/1'),"
    " (8, 'LOC-00008', 5, '3', 'chemin du Lac', 'Prévost', 'J0R 1T0', 45.8620, -74.0820, 'active', 'OLT-T', '1/1/1'),"
    " (9, 'LOC-00009', 5, '4', 'chemin du Lac', 'Prévost', 'J0R 1T0', 45.8630, -74.0830, 'active', 'OLT-T', '1/1/1')",
    "INSERT INTO service_equipment (id, code, location_id, kind, make, model, serial, genieacs_device_id) SELECT"
    " n, 'EQP-0000' || n, n + 5, 'ont', 'Nokia', 'G-240W', 'ALCL0000000' || n, 'dev/' || n"
    " FROM generate_series(1, 4) n",
    "INSERT INTO cpe_status (genieacs_device_id, equipment_id, serial, last_inform) SELECT 'dev/' || n, n,"
    " 'ALCL0000000' || n, CASE WHEN n < 4 THEN now() - interval '2 hours' ELSE now() END FROM generate_series(1, 4) n",
    "INSERT INTO dispatch_jobs (id, code, customer_id, location_id, job_type, status, scheduled_start,"
    " duration_minutes) VALUES (5, 'DJ-00005', 1, 1, 'repair', 'scheduled', now(), 60)",
    "INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES (5, 1, true)",
    "INSERT INTO tickets (id, code, customer_id, subject, issue_type, status) VALUES"
    " (1, 'TCK-00001', 2, 'Pas de service depuis ce matin', 'no_service', 'open'),"
    " (2, 'TCK-00002', 1, 'Réglé', 'billing', 'closed')",
    // Alice's trail of today (three positions kept during her shift).
    "INSERT INTO gps_positions (traccar_position_id, device_id, technician_id, latitude, longitude, fix_time) VALUES"
    " (901, 11, 1, 45.770, -74.010, now() - interval '3 minutes'), (902, 11, 1, 45.775, -74.008, now() - interval"
    " '2 minutes'), (903, 11, 1, 45.780, -74.005, now() - interval '1 minute')",
    "UPDATE dispatch_technicians SET traccar_device_id = 11, shift_start = '00:00', shift_end = '23:59',"
    " work_days = 127 WHERE id = 1",
    "SELECT setval(pg_get_serial_sequence(t, 'id'), 100) FROM unnest(ARRAY['customers', 'service_locations',"
    " 'service_equipment', 'tickets', 'dispatch_jobs']) AS t",
};

} // namespace

class TestMapSection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void repositoryReadsEveryLayer();
    void refusedLayerStaysOut();
    void dispatcherUsesTheMap();
    void billingDoesNotSeeIt();

private:
    std::unique_ptr<Session> session(const QString &role);
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
};

std::unique_ptr<Session> TestMapSection::session(const QString &role)
{
    return test::roleSession(m_conninfo, role);
}

void TestMapSection::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    QCOMPARE(test::execAll(*c.value(), test::kDispatchSeed), QString());
    QCOMPARE(test::execAll(*c.value(), kMapSeed), QString());
    QCOMPARE(test::execAll(*c.value(),
                 {"CREATE ROLE map_dispatcher LOGIN IN ROLE ops_dispatcher",
                     "CREATE ROLE map_billing LOGIN IN ROLE ops_billing",
                     // A role that reads the places and the board but not the tickets or the CPE status.
                     "CREATE ROLE map_limited LOGIN",
                     "GRANT SELECT ON service_locations, customers, dispatch_jobs, job_technicians, "
                     "dispatch_technicians TO map_limited"}),
        QString());
}

void TestMapSection::cleanupTestCase()
{
    m_cluster.reset();
}

void TestMapSection::repositoryReadsEveryLayer()
{
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    auto r = MapLayersRepository(*c.value()).load({}, QDateTime::currentDateTimeUtc());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    const MapData &d = r.value();
    QVERIFY(d.refused.isEmpty());
    QCOMPARE(d.locations.size(), 9);
    QHash<QString, LocationState> state;
    for (const MapLocation &l : d.locations)
        state.insert(l.code, l.state);
    QCOMPARE(state.value(u"LOC-00001"_s), LocationState::Active);
    QCOMPARE(state.value(u"LOC-00003"_s), LocationState::Suspended);
    QCOMPARE(state.value(u"LOC-00004"_s), LocationState::Inactive);
    QCOMPARE(state.value(u"LOC-00005"_s), LocationState::Planned);
    // Today's jobs: DJ-00005 (the seed's others are in 2030).
    QCOMPARE(d.jobs.size(), 1);
    QCOMPARE(d.jobs.at(0).code, u"DJ-00005"_s);
    QCOMPARE(d.jobs.at(0).technicianId, qint64(1));
    QCOMPARE(d.jobs.at(0).state, JobState::Scheduled);
    // The open ticket, at its customer's first located place (LOC-00002, Joliette); the closed one is not drawn.
    QCOMPARE(d.tickets.size(), 1);
    QCOMPARE(d.tickets.at(0).code, u"TCK-00001"_s);
    QCOMPARE(d.tickets.at(0).latitude, 46.0210);
    QCOMPARE(d.offlineDevices.size(), 3);
    for (const MapDevice &dev : d.offlineDevices)
        QVERIFY(dev.serial != u"ALCL00000004"_s);
    // The port in outage, at the middle of its four locations.
    QCOMPARE(d.outages.size(), 1);
    QCOMPARE(d.outages.at(0).key(), u"OLT-T:1/1/1"_s);
    QCOMPARE(d.outages.at(0).silent, 3);
    QVERIFY(std::abs(d.outages.at(0).latitude - 45.8615) < 1e-9);
    QVERIFY(std::abs(d.outages.at(0).longitude + 74.0815) < 1e-9);
    QCOMPARE(d.technicians.size(), 2);

    // Cards.
    auto location = MapLayersRepository(*c.value()).card(Layer::Locations, 3, QDateTime::currentDateTimeUtc());
    QVERIFY(location.ok());
    QVERIFY(location.value().title.startsWith(u"LOC-00003 · 5 rue Parent, Saint-Jérôme"_s));
    QCOMPARE(location.value().customerId, qint64(3));
    QVERIFY(location.value().lines.join(u'\n').contains(u"Marc Suspendu"_s));
    auto job = MapLayersRepository(*c.value()).card(Layer::Jobs, 5, QDateTime::currentDateTimeUtc());
    QVERIFY(job.ok());
    QCOMPARE(job.value().jobId, qint64(5));
    QVERIFY(job.value().lines.join(u'\n').contains(u"Alice Tremblay"_s));
    auto ticket = MapLayersRepository(*c.value()).card(Layer::Tickets, 1, QDateTime::currentDateTimeUtc());
    QVERIFY(ticket.ok());
    QCOMPARE(ticket.value().ticketId, qint64(1));
    QVERIFY(ticket.value().title.contains(u"Pas de service"_s));
    auto device = MapLayersRepository(*c.value()).card(Layer::OfflineDevices, 1, QDateTime::currentDateTimeUtc());
    QVERIFY(device.ok());
    QVERIFY2(device.value().lines.join(u'\n').contains(u"2"_s), qPrintable(device.value().lines.join(u'|')));
    QCOMPARE(device.value().customerId, qint64(5));
    auto gone = MapLayersRepository(*c.value()).card(Layer::Locations, 999, QDateTime::currentDateTimeUtc());
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
}

void TestMapSection::refusedLayerStaysOut()
{
    auto c = db::PgConnection::open(m_conninfo + u" options='-c role=map_limited'"_s);
    QVERIFY(c.ok());
    auto r = MapLayersRepository(*c.value()).load({}, QDateTime::currentDateTimeUtc());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().locations.size(), 9);
    QCOMPARE(r.value().jobs.size(), 1);
    QVERIFY(r.value().refused.contains(Layer::Tickets));
    QVERIFY(r.value().refused.contains(Layer::OfflineDevices));
    QVERIFY(r.value().refused.contains(Layer::Outages));
    QVERIFY(r.value().tickets.isEmpty());
}

void TestMapSection::dispatcherUsesTheMap()
{
    auto s = session(u"map_dispatcher"_s);
    s->installOutages([](DbExecutor &db) { return std::make_shared<cpe::OutageService>(db); });
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(!w.navigation()->isSectionVisible(NavigationBar::Section::Map));
    w.attachSession(*s);
    QTRY_VERIFY_WITH_TIMEOUT(w.navigation()->isSectionVisible(NavigationBar::Section::Map), 15000);
    auto *mapAction = w.findChild<QAction *>(u"mapViewAction"_s);
    QVERIFY(mapAction && mapAction->isVisible());
    QCOMPARE(mapAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_8));
    mapAction->trigger();
    MapSection *section = w.mapSection();
    QVERIFY(section->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!section->isLoading() && section->data().locations.size() == 9, 15000);
    MapView *view = section->view();
    // 9 locations + 1 ticket + 3 offline devices + 1 job + 1 port in outage.
    QCOMPARE(view->markers().size(), 15);
    QCOMPARE(section->layerCheck(Layer::Locations)->text(), maplayers::layerName(Layer::Locations));

    // Layers off and on: the ticket's marker goes and comes back; the choice is remembered by the check box.
    section->layerCheck(Layer::Tickets)->setChecked(false);
    QCOMPARE(view->markers().size(), 14);
    for (const MapView::Marker &m : view->markers())
        QVERIFY(maplayers::layerOf(m.id) != Layer::Tickets);
    QVERIFY(!section->isLayerVisible(Layer::Tickets));
    section->layerCheck(Layer::Tickets)->setChecked(true);
    QCOMPARE(view->markers().size(), 15);
    section->setLayerVisible(Layer::Locations, false);
    QCOMPARE(view->markers().size(), 6);
    QVERIFY(!section->layerCheck(Layer::Locations)->isChecked());
    section->setLayerVisible(Layer::Locations, true);

    // A click on LOC-00003 opens its card; its button opens the customer file.
    view->setZoom(17);
    view->setCenter(45.7810, -74.0050);
    view->repaint();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->widgetPosition(45.7810, -74.0050).toPoint());
    QCOMPARE(view->selectedMarker(), maplayers::markerId(Layer::Locations, 3));
    MapCardPanel *card = section->card();
    QTRY_VERIFY_WITH_TIMEOUT(card->isVisible() && card->card().customerId == 3, 15000);
    QVERIFY(card->titleLabel()->text().startsWith(u"LOC-00003"_s));
    QVERIFY(card->openCustomerButton()->isVisible());
    QVERIFY(!card->openJobButton()->isVisible());
    QVERIFY(test::saveScreenshot(w, u"map-section-card"_s));
    QSignalSpy customer(section, &MapSection::customerRequested);
    card->openCustomerButton()->click();
    QCOMPARE(customer.size(), 1);
    QCOMPARE(customer.at(0).at(0).toLongLong(), qint64(3));
    mapAction->trigger(); // back to the map (the customer file opened in the Customers section)

    // Find on map: a job code centres on it and opens its card (with the job button first).
    QVERIFY(section->find(u"dj-00005"_s));
    QCOMPARE(view->selectedMarker(), maplayers::markerId(Layer::Jobs, 5));
    QTRY_VERIFY_WITH_TIMEOUT(card->card().jobId == 5, 15000);
    QVERIFY(card->openJobButton()->isVisible());
    QVERIFY(section->find(u"OLT-T:1/1/1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(card->titleLabel()->text().contains(u"OLT-T"_s), 15000);
    // The port's card leads to the outage list under the map, the port selected there.
    QVERIFY(section->outageList());
    QVERIFY(card->outageButton()->isVisible());
    card->outageButton()->click();
    QVERIFY(section->outageList()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(section->outageList()->selectedPortKey(), u"OLT-T:1/1/1"_s, 15000);
    QVERIFY(test::saveScreenshot(w, u"map-section-outages"_s));
    section->showOutageList(false);
    QVERIFY(!section->find(u"nothing like this"_s));

    // The global search while the map is shown centres the map on the customer (Joliette) instead of opening the file.
    emit w.globalSearch()->customerRequested(2, u"CUST-00002"_s);
    QCOMPARE(w.findChild<QStackedWidget *>()->currentWidget(), section);
    QVERIFY(std::abs(view->center().latitude - 46.0210) < 0.05);
    QVERIFY(maplayers::layerOf(view->selectedMarker()) == Layer::Locations);

    // A live position of Alice (device 11) is drawn as her dot, labelled, and wins the hit test.
    QSignalSpy devices(&s->livePositions(), &dispatch::LivePositions::devicesLoaded);
    s->livePositions().reloadDevices();
    // Counted, not waited for: the answer may come while an earlier event is handled; a loaded CI machine once took
    // over 15 s to answer here (the session's two DB connections busy with the map's loads).
    QTRY_VERIFY_WITH_TIMEOUT(devices.count() > 0, 45000);
    integrations::TraccarPosition p;
    p.id = 1;
    p.deviceId = 11;
    p.latitude = 45.79;
    p.longitude = -74.01;
    p.valid = true;
    p.fixTime = QDateTime::currentDateTimeUtc();
    s->livePositions().ingest({p});
    QTRY_COMPARE_WITH_TIMEOUT(view->liveMarkers().size(), 1, 5000);
    QCOMPARE(view->liveMarkers().at(0).label, u"Alice Tremblay"_s);
    view->setZoom(15);
    view->setCenter(45.79, -74.01);
    QCOMPARE(view->hitTest(view->widgetPosition(45.79, -74.01)).marker, maplayers::markerId(Layer::Technicians, 1));
    QVERIFY(section->find(u"Alice Tremblay"_s));
    QTRY_VERIFY_WITH_TIMEOUT(card->titleLabel()->text() == u"Alice Tremblay"_s, 5000);
    // Her trail of today, drawn as the map's route.
    QVERIFY(card->trailButton()->isVisible());
    card->trailButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(view->route().size(), 3, 15000);
    QCOMPARE(view->route().first().latitude, 45.770);
    section->setLayerVisible(Layer::Technicians, false);
    QCOMPARE(view->liveMarkers().size(), 0);
    section->setLayerVisible(Layer::Technicians, true);
    view->setZoom(11);
    view->repaint();
    QVERIFY(test::saveScreenshot(w, u"map-section"_s));
}

void TestMapSection::billingDoesNotSeeIt()
{
    auto s = session(u"map_billing"_s);
    MainWindow w;
    w.show();
    w.attachSession(*s);
    QTRY_VERIFY_WITH_TIMEOUT(w.navigation()->isSectionVisible(NavigationBar::Section::Billing), 15000);
    QVERIFY(!w.navigation()->isSectionVisible(NavigationBar::Section::Map));
    QVERIFY(!w.findChild<QAction *>(u"mapViewAction"_s)->isVisible());
}

QTEST_MAIN(TestMapSection)
#include "TestMapSection.moc"
