// Issue 15 item 4, the outage list on a real database (TestCluster) seeded with cpe_status rows so that one port is
// dark: shown flagged and first, its affected customers in the detail pane (Enter opens a file), "Open outage"
// creates the parent, the children and the SMS draft once (a second click creates nothing new and says so),
// "Close outage…" asks the recovery message and closes them; the thresholds of the header drive the scan; a manager
// reads only.
#include <memory>

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "core/concurrency/DbExecutor.h"
#include "core/cpe/OutageService.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "tests/support/Screenshot.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/network/OutagesWidget.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// 10 customers with a mobile, one location and one installed ONT each on OLT-TST-01: 6 on port 1/1/1 (5 of them
// silent for 40 minutes, one online), 4 on 1/1/2 (all online).
constexpr const char *kSeed[] = {
    "INSERT INTO customers (display_name, language, phone) SELECT 'Client ' || lpad(g::text, 2, '0'),"
    " 'fr', '514 555-' || lpad(g::text, 4, '0') FROM generate_series(1, 10) g",
    "INSERT INTO service_locations (customer_id, civic_number, street, city, postal_code, olt_name, olt_port)"
    " SELECT id, n::text, 'rue Principale', 'Saint-Jérôme', 'J7Z 1A1', 'OLT-TST-01',"
    "  CASE WHEN n <= 6 THEN '1/1/1' ELSE '1/1/2' END"
    " FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM customers) c",
    "INSERT INTO service_equipment (location_id, kind, make, model, serial, genieacs_device_id, status)"
    " SELECT id, 'ont', 'Huawei', 'HG8245', 'TSTSER' || lpad(id::text, 4, '0'),"
    "  '00D09E-HG8245-TSTSER' || lpad(id::text, 4, '0'), 'installed' FROM service_locations",
    "INSERT INTO cpe_status (genieacs_device_id, equipment_id, serial, last_inform)"
    " SELECT e.genieacs_device_id, e.id, e.serial,"
    "  CASE WHEN l.olt_port = '1/1/1' AND l.civic_number::int <= 5 THEN now() - interval '40 minutes'"
    "   ELSE now() - interval '1 minute' END"
    " FROM service_equipment e JOIN service_locations l ON l.id = e.location_id",
};

const QString kDark = u"OLT-TST-01:1/1/1"_s;

} // namespace

class TestOutagesWidget : public QObject
{
    Q_OBJECT

private:
    ops::test::TestCluster m_cluster;
    std::unique_ptr<ops::db::PgConnection> m_c;
    std::unique_ptr<ops::DbExecutor> m_db;
    std::unique_ptr<ops::cpe::OutageService> m_service;

    qint64 scalar(const char *sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0) : -1;
    }
    static bool waitScan(QSignalSpy &spy, int count)
    {
        return QTest::qWaitFor([&] { return spy.count() >= count; }, 15000);
    }
    static QString cell(const OutagesWidget &w, int row, int column)
    {
        auto *m = w.portsView()->model();
        return m->index(row, column).data().toString();
    }
    static ops::Capabilities role(const QString &group, bool writeTickets)
    {
        ops::Capabilities c;
        c.known = true;
        c.role = group;
        c.group = group;
        c.writeTickets = writeTickets;
        return c;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error()));
        QString conninfo;
        auto c = ops::test::seededDatabase(m_cluster, kSeed, &conninfo);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
        m_c = std::move(c).value();
        m_db = std::make_unique<ops::DbExecutor>(conninfo, 2);
        m_service = std::make_unique<ops::cpe::OutageService>(*m_db);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_db.reset();
        m_c.reset();
    }

    void darkPortIsFlaggedFirstWithItsCustomers()
    {
        OutagesWidget w(m_service.get());
        QSignalSpy scanned(&w, &OutagesWidget::scanned);
        w.resize(1000, 640);
        w.show();
        QVERIFY(waitScan(scanned, 1));
        QVERIFY(w.autoRefreshTimer()->isActive());
        QCOMPARE(w.autoRefreshTimer()->interval(), 60 * 1000);
        w.autoRefreshTimer()->start(30); // the tick rescans (shortened here)
        QVERIFY(waitScan(scanned, 2));
        w.autoRefreshTimer()->start(60 * 1000);
        // F5 rescans too.
        const int beforeF5 = scanned.count();
        QTest::keyClick(w.portsView(), Qt::Key_F5);
        QVERIFY(waitScan(scanned, beforeF5 + 1));
        QCOMPARE(w.ports().size(), 2);
        QCOMPARE(w.ports().first().key(), kDark);
        QVERIFY(w.ports().first().flagged);
        QCOMPARE(w.flaggedPorts().size(), 1);
        QCOMPARE(w.flaggedPorts().first().silent, 5);
        QCOMPARE(cell(w, 0, 0), u"OLT-TST-01"_s);
        QCOMPARE(cell(w, 0, 1), u"1/1/1"_s);
        QCOMPARE(cell(w, 0, 2), u"5 / 6"_s);
        QCOMPARE(cell(w, 0, 5), u"No"_s);
        QCOMPARE(cell(w, 0, 6), u"5"_s);
        QCOMPARE(cell(w, 0, 7), u"Flagged"_s);
        QCOMPARE(cell(w, 1, 7), u"Normal"_s);
        QVERIFY(!w.openButton()->isEnabled()); // nothing selected

        QSignalSpy port(&w, &OutagesWidget::portSelected);
        QVERIFY(w.selectPort(kDark));
        QCOMPARE(port.count(), 1);
        QCOMPARE(port.first().at(0).toString(), u"OLT-TST-01"_s);
        QCOMPARE(port.first().at(1).toString(), u"1/1/1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(w.customersView()->model()->rowCount(), 5, 15000);
        QCOMPARE(w.customersView()->model()->index(0, 1).data().toString(), u"Client 01"_s);
        QVERIFY(w.customersView()->model()->index(0, 2).data().toString().contains(u"rue Principale"_s));
        QVERIFY(w.openButton()->isEnabled());
        QVERIFY(!w.closeButton()->isEnabled()); // no outage open yet

        // Enter on an affected customer: the map/section opens the file.
        QSignalSpy activated(&w, &OutagesWidget::customerActivated);
        w.customersView()->setFocus();
        w.customersView()->setCurrentIndex(w.customersView()->model()->index(1, 0));
        QTest::keyClick(w.customersView(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(
            activated.first().at(0).toLongLong(), scalar("SELECT id FROM customers WHERE display_name = 'Client 02'"));
        ops::test::saveScreenshot(w, u"netedit-outages-flagged"_s);

        // The header's thresholds drive the scan: at 90 % the port (5 of 6) is no longer flagged.
        QSignalSpy options(&w, &OutagesWidget::optionsChanged);
        const int before = scanned.count();
        w.thresholdEdit()->setValue(90);
        QCOMPARE(options.count(), 1);
        QVERIFY(waitScan(scanned, before + 1));
        QVERIFY(w.flaggedPorts().isEmpty());
        QCOMPARE(w.selectedPortKey(), kDark); // the selection survives the refresh
        QVERIFY(!w.openButton()->isEnabled());
    }

    void openOutageOnceThenCloseIt()
    {
        OutagesWidget w(m_service.get());
        QSignalSpy scanned(&w, &OutagesWidget::scanned);
        w.show();
        QVERIFY(waitScan(scanned, 1));
        QVERIFY(w.selectPort(kDark));
        QTRY_VERIFY_WITH_TIMEOUT(w.openButton()->isEnabled(), 15000);

        QTest::mouseClick(w.openButton(), Qt::LeftButton);
        QVERIFY(waitScan(scanned, 2)); // the list is re-read after the open
        const QString parent = QString::number(scalar("SELECT parent_ticket_id FROM outages WHERE closed_at IS NULL"));
        QCOMPARE(scalar("SELECT count(*) FROM outages"), 1);
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE parent_id IS NOT NULL"), 5);
        QCOMPARE(scalar("SELECT count(*) FROM campaigns WHERE status = 'draft'"), 1);
        auto code = m_c->exec("SELECT t.code FROM outages o JOIN tickets t ON t.id = o.parent_ticket_id");
        QVERIFY(code.ok());
        const QString parentCode = code.value().text(0, 0);
        QVERIFY2(w.banner()->text().contains(parentCode), qPrintable(w.banner()->text()));
        QVERIFY2(w.banner()->text().contains(u"5 child ticket(s) created"_s), qPrintable(w.banner()->text()));
        QVERIFY(w.banner()->text().contains(u"Draft SMS campaign"_s));
        QCOMPARE(cell(w, 0, 5), u"Yes (%1)"_s.arg(parentCode));
        QTRY_VERIFY_WITH_TIMEOUT(w.closeButton()->isEnabled(), 15000);
        ops::test::saveScreenshot(w, u"netedit-outages-opened"_s);

        // Idempotent: a second click creates nothing and says so.
        QTRY_VERIFY_WITH_TIMEOUT(w.openButton()->isEnabled(), 15000);
        QTest::mouseClick(w.openButton(), Qt::LeftButton);
        QVERIFY(waitScan(scanned, 3));
        QVERIFY2(w.banner()->text().startsWith(u"Nothing new"_s), qPrintable(w.banner()->text()));
        QCOMPARE(scalar("SELECT count(*) FROM outages"), 1);
        QCOMPARE(scalar("SELECT count(*) FROM tickets"), 6);
        QCOMPARE(scalar("SELECT count(*) FROM campaigns"), 1);
        QVERIFY(!parent.isEmpty());

        // Close: the recovery message is required.
        QTRY_VERIFY_WITH_TIMEOUT(w.closeButton()->isEnabled(), 15000);
        QTest::mouseClick(w.closeButton(), Qt::LeftButton);
        RecoveryMessageDialog *dialog = w.recoveryDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->editor()->setPlainText(u"   "_s);
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->editor()->setPlainText(u"Le service est rétabli dans votre secteur. Merci de votre patience."_s);
        QVERIFY(dialog->okButton()->isEnabled());
        ops::test::saveScreenshot(*dialog, u"netedit-outages-close-dialog"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(waitScan(scanned, 4));
        QCOMPARE(scalar("SELECT count(*) FROM outages WHERE closed_at IS NULL"), 0);
        QCOMPARE(scalar("SELECT count(*) FROM tickets WHERE status = 'closed'"), 6);
        QCOMPARE(scalar("SELECT count(*) FROM ticket_messages WHERE body LIKE 'Le service est rétabli%'"), 6);
        QVERIFY2(w.banner()->text().contains(u"6 ticket(s) closed"_s), qPrintable(w.banner()->text()));
        QCOMPARE(cell(w, 0, 5), u"No"_s);
        QVERIFY(!w.closeButton()->isEnabled());
    }

    void managerReadsOnly()
    {
        OutagesWidget w(m_service.get());
        QSignalSpy scanned(&w, &OutagesWidget::scanned);
        w.setCapabilities(role(u"manager"_s, false));
        w.show();
        QVERIFY(waitScan(scanned, 1));
        QVERIFY(w.selectPort(kDark));
        QTRY_COMPARE_WITH_TIMEOUT(w.customersView()->model()->rowCount(), 5, 15000);
        QVERIFY(!w.openButton()->isEnabled());
        QVERIFY(w.openButton()->toolTip().contains(u"manager"_s));
        const qint64 outages = scalar("SELECT count(*) FROM outages");
        w.openOutage(); // refused in the widget too
        QTest::qWait(200);
        QCOMPARE(scalar("SELECT count(*) FROM outages"), outages);
        // A dispatcher may act.
        w.setCapabilities(role(u"dispatcher"_s, true));
        QVERIFY(w.openButton()->isEnabled());
    }
};

QTEST_MAIN(TestOutagesWidget)
#include "TestOutagesWidget.moc"
