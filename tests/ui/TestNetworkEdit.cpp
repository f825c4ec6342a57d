// Issue 15 item 6 in the dialogs, on a real database: the location dialog has OLT name, OLT port, VLAN and IP, the
// equipment dialog IP and GenieACS id; bad values show their inline message and store nothing; a duplicate GenieACS
// id names the other device; a dispatcher's "Edit" opens the dialog with only the network fields editable; a role
// without the right sees everything read-only (Save disabled).
#include <memory>

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerService.h"
#include "core/db/PgConnection.h"
#include "tests/support/CustomerFileSeed.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/customers/CustomerEditActions.h"
#include "ui/customers/CustomerEditDialogs.h"
#include "ui/customers/CustomerFileWidget.h"

using namespace Qt::Literals::StringLiterals;

class TestNetworkEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ops::test::TestCluster> m_cluster;
    std::unique_ptr<ops::db::PgConnection> m_c;
    std::unique_ptr<ops::DbExecutor> m_db;
    std::unique_ptr<ops::customers::CustomerService> m_service;

    QString scalar(const QString &sql)
    {
        auto r = m_c->exec(sql);
        if (!r.ok()) {
            qWarning() << r.error().detail;
            return {};
        }
        return r.value().rows() ? r.value().text(0, 0) : QString();
    }
    static void type(EntityEditDialog *d, const QString &field, const QString &text)
    {
        auto *e = qobject_cast<QLineEdit *>(d->editor(field));
        QVERIFY2(e, qPrintable(field));
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        QTest::keyClicks(e, text);
    }
    static ops::Capabilities dispatcher()
    {
        ops::Capabilities c;
        c.known = true;
        c.role = u"denis"_s;
        c.group = u"dispatcher"_s;
        c.writeTickets = c.writeMessages = true;
        return c;
    }
    static ops::Capabilities manager()
    {
        ops::Capabilities c;
        c.known = true;
        c.role = u"maude"_s;
        c.group = u"manager"_s;
        c.readAudit = true;
        return c;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        m_cluster = std::make_unique<ops::test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto conninfo = m_cluster->freshDatabase();
        QVERIFY(conninfo.ok());
        auto c = ops::db::PgConnection::open(conninfo.value());
        QVERIFY(c.ok());
        m_c = std::move(c.value());
        for (const char *sql : ops::test::kCustomerFileSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        QVERIFY(m_c->exec("UPDATE service_equipment SET genieacs_device_id = 'ALCL-G010GQ-ALCL00000004' WHERE id = 4")
                    .ok());
        m_db = std::make_unique<ops::DbExecutor>(conninfo.value(), 2);
        m_service = std::make_unique<ops::customers::CustomerService>(*m_db);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_db.reset();
        m_c.reset();
        m_cluster.reset();
    }

    void locationDialogValidatesAndSavesNetworkFields()
    {
        LocationEditDialog d(m_service.get(), 1, 1);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 15000);
        for (const QString &f : {u"olt_name"_s, u"olt_port"_s, u"vlan"_s, u"ip_address"_s}) {
            QVERIFY2(d.editor(f), qPrintable(f));
            QVERIFY(d.editor(f)->isEnabled());
        }
        type(&d, u"olt_name"_s, u"OLT-SJR-01"_s);
        type(&d, u"olt_port"_s, u"1/1/3"_s);
        type(&d, u"vlan"_s, u"5000"_s);
        type(&d, u"ip_address"_s, u"10.20.300.4"_s);
        QSignalSpy failed(&d, &EntityEditDialog::saveFailed);
        d.save();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(d.errorText(u"vlan"_s), u"A VLAN is a whole number from 1 to 4094."_s);
        QVERIFY(d.errorText(u"ip_address"_s).startsWith(u"Not an IP address."_s));
        QVERIFY(d.errorText(u"olt_name"_s).isEmpty());
        ops::test::saveScreenshot(d, u"netedit-location-errors"_s);
        QCOMPARE(scalar(u"SELECT coalesce(olt_name, '-') FROM service_locations WHERE id = 1"_s), u"-"_s);

        type(&d, u"vlan"_s, u"120"_s);
        type(&d, u"ip_address"_s, u"10.20.30.4"_s);
        QSignalSpy saved(&d, &EntityEditDialog::saved);
        d.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QCOMPARE(scalar(u"SELECT olt_name || ' ' || olt_port || ' ' || vlan || ' ' || host(ip_address)"
                        " FROM service_locations WHERE id = 1"_s),
            u"OLT-SJR-01 1/1/3 120 10.20.30.4"_s);
        QCOMPARE(scalar(u"SELECT after ->> 'olt_name' FROM audit_log WHERE entity = 'service_location'"
                        " AND entity_id = 1 AND action = 'update' ORDER BY id DESC LIMIT 1"_s),
            u"OLT-SJR-01"_s);
    }

    void equipmentDialogDuplicateGenieAcsId()
    {
        EquipmentEditDialog d(m_service.get(), {{1, u"LOC-00001"_s}, {2, u"LOC-00002"_s}}, 1);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 15000);
        QVERIFY(d.editor(u"ip_address"_s));
        QVERIFY(d.editor(u"genieacs_device_id"_s));
        type(&d, u"genieacs_device_id"_s, u"ALCL-G010GQ-ALCL00000004"_s); // device EQP-00004's
        type(&d, u"ip_address"_s, u"2001:db8::10"_s);
        QSignalSpy failed(&d, &EntityEditDialog::saveFailed);
        d.save();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        const QString message = d.errorText(u"genieacs_device_id"_s);
        QVERIFY2(message.contains(u"EQP-00004"_s) && message.contains(u"ALCL00000004"_s), qPrintable(message));
        ops::test::saveScreenshot(d, u"netedit-equipment-duplicate"_s);
        QCOMPARE(scalar(u"SELECT coalesce(genieacs_device_id, '-') FROM service_equipment WHERE id = 1"_s), u"-"_s);

        type(&d, u"genieacs_device_id"_s, u"ALCL-G010GQ-ALCL00000001"_s);
        QSignalSpy saved(&d, &EntityEditDialog::saved);
        d.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QCOMPARE(scalar(u"SELECT genieacs_device_id || ' ' || host(ip_address) FROM service_equipment WHERE id = 1"_s),
            u"ALCL-G010GQ-ALCL00000001 2001:db8::10"_s);
    }

    void dispatcherEditsOnlyTheNetworkFields()
    {
        CustomerFileWidget file(m_service.get(), 1);
        file.resize(1100, 720);
        file.show();
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        file.setCapabilities(dispatcher());
        CustomerEditActions *actions = file.editActions();
        QVERIFY(actions);
        QVERIFY(!actions->actionButton(u"newLocation"_s)->isEnabled());
        file.showSection(CustomerFileWidget::LocationsTab);
        QPushButton *selected = actions->actionButton(u"editSelected"_s);
        QVERIFY(selected->isEnabled());
        auto *view = file.sections()->widget(CustomerFileWidget::LocationsTab)->findChild<QTableView *>();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 15000);
        view->setCurrentIndex(view->model()->index(0, 0));
        QPointer<LocationEditDialog> d = qobject_cast<LocationEditDialog *>(actions->editSelected());
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(d->isLoaded(), 15000);
        for (const QString &f : {u"olt_name"_s, u"olt_port"_s, u"vlan"_s, u"ip_address"_s}) {
            QVERIFY2(d->editor(f)->isEnabled(), qPrintable(f));
            QVERIFY(!d->isFieldLocked(f));
        }
        for (const QString &f : {u"street"_s, u"city"_s, u"postal_code"_s, u"status"_s}) {
            QVERIFY2(!d->editor(f)->isEnabled(), qPrintable(f));
            QCOMPARE(d->editor(f)->toolTip(),
                u"Your role (dispatcher) does not allow editing service locations or equipment."_s);
        }
        QVERIFY(d->saveButton()->isEnabled());
        ops::test::saveScreenshot(*d, u"netedit-location-dispatcher"_s);
        // The save is network-only (what PostgreSQL lets dispatch write, migration 0032).
        type(d, u"olt_port"_s, u"1/1/7"_s);
        QSignalSpy saved(d, &EntityEditDialog::saved);
        d->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QCOMPARE(scalar(u"SELECT olt_port FROM service_locations WHERE id = 1"_s), u"1/1/7"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!d, 15000); // saved: the dialog closed (deleted on close)
        QCOMPARE(scalar(u"SELECT street FROM service_locations WHERE id = 1"_s), u"rue Labelle"_s);
    }

    void roleWithoutTheRightSeesThemReadOnly()
    {
        EquipmentEditDialog d(m_service.get(), {{1, u"LOC-00001"_s}}, 2);
        d.setAccess(false, false, u"Your role (manager) does not allow editing service locations or equipment."_s);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 15000);
        for (const QString &f : {u"ip_address"_s, u"genieacs_device_id"_s, u"serial"_s, u"make"_s}) {
            QVERIFY2(!d.editor(f)->isEnabled(), qPrintable(f));
            QVERIFY(d.isFieldLocked(f));
        }
        QVERIFY(!d.saveButton()->isEnabled());
        QSignalSpy saved(&d, &EntityEditDialog::saved);
        d.save(); // refused before anything is sent
        QVERIFY(!d.isSaving());
        QCOMPARE(saved.count(), 0);
        ops::test::saveScreenshot(d, u"netedit-equipment-readonly"_s);

        // A manager's file: "Edit" stays disabled on the locations and equipment tabs.
        CustomerFileWidget file(m_service.get(), 1);
        file.show();
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        file.setCapabilities(manager());
        file.showSection(CustomerFileWidget::EquipmentTab);
        QVERIFY(!file.editActions()->actionButton(u"editSelected"_s)->isEnabled());
        QVERIFY(!file.editActions()->editSelected());
    }
};

QTEST_MAIN(TestNetworkEdit)
#include "TestNetworkEdit.moc"
