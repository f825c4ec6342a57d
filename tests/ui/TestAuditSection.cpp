// The audit screens follow the role, end to end on a real database: a session whose role reads audit_log (the
// bootstrap superuser, as on the embedded database) gets the Audit section, its menu entry and, in customer files,
// "Who opened this file" (which lists that very opening); a dispatcher's session gets none of them, and switching
// back and forth adds and removes them.
#include <QAction>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include "core/db/PgConnection.h"
#include "core/session/Session.h"
#include "tests/support/RoleSession.h"
#include "tests/support/TestCluster.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditLogWidget.h"
#include "ui/customers/CustomerAccessPanel.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/CustomersWorkspace.h"
#include "ui/main/MainWindow.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

class TestAuditSection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void managerSeesTheAudit();
    void dispatcherDoesNot();

private:
    std::unique_ptr<Session> session(const QString &role = {});
    QAction *auditAction(MainWindow &w);
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
};

std::unique_ptr<Session> TestAuditSection::session(const QString &role)
{
    return test::roleSession(m_conninfo, role);
}

QAction *TestAuditSection::auditAction(MainWindow &w)
{
    return w.findChild<QAction *>(u"auditLogAction"_s);
}

void TestAuditSection::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    for (const char *sql : {"INSERT INTO customers (id, code, display_name) VALUES (1, 'CUST-00001', 'Élise Tremblay')",
             "UPDATE customers SET phone = '(450) 555-0101' WHERE id = 1",
             "CREATE ROLE sec_dispatcher LOGIN IN ROLE ops_dispatcher"}) {
        auto r = c.value()->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
}

void TestAuditSection::cleanupTestCase()
{
    m_cluster.reset();
}

void TestAuditSection::managerSeesTheAudit()
{
    auto s = session();
    MainWindow w;
    w.show();
    QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Audit));
    QVERIFY(!auditAction(w)->isVisible());
    w.attachSession(*s);
    QTRY_VERIFY(w.hasAuditAccess());
    QVERIFY(w.navigation()->hasSection(NavigationBar::Section::Audit));
    QVERIFY(auditAction(w)->isVisible());
    // Ctrl+4 (the menu entry) shows the viewer, which reads the trigger-written rows.
    auditAction(w)->trigger();
    AuditLogWidget *viewer = w.auditLog();
    QVERIFY(viewer && viewer->isVisible());
    QTRY_VERIFY(viewer->model()->rowCount() >= 2);
    QCOMPARE(viewer->model()->entry(0).action, u"update"_s);
    QCOMPARE(viewer->model()->entry(0).customerCode, u"CUST-00001"_s);

    // The customer file has "Who opened this file", which shows this opening.
    w.openCustomer(1, u"CUST-00001"_s); // back to the Customers section, the file opens
    CustomerFileWidget *file = w.customers()->fileFor(1);
    QVERIFY(file);
    QTRY_VERIFY(file->isLoaded());
    QVERIFY(file->accessPanel());
    QSignalSpy loaded(file->accessPanel(), &CustomerAccessPanel::loaded);
    file->sections()->setCurrentWidget(file->accessPanel());
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    QCOMPARE(file->accessPanel()->list()->topLevelItemCount(), 1);

    w.detachSession();
    QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Audit));
    QVERIFY(!auditAction(w)->isVisible());
}

void TestAuditSection::dispatcherDoesNot()
{
    auto s = session(u"sec_dispatcher"_s);
    MainWindow w;
    w.show();
    QSignalSpy resolved(&w, &MainWindow::auditAccessChanged);
    w.attachSession(*s);
    QVERIFY(resolved.count() > 0 || resolved.wait(10000)); // the role's answer (capabilities, or the database)
    QCOMPARE(resolved.last().at(0).toBool(), false);
    QVERIFY(!w.hasAuditAccess());
    QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Audit));
    QVERIFY(!auditAction(w)->isVisible());
    CustomerFileWidget *file = w.customers()->openCustomer(1, u"CUST-00001"_s);
    QTRY_VERIFY(file->isLoaded()); // a dispatcher reads customers, without the audit tab
    QVERIFY(!file->accessPanel());
    QVERIFY(!file->findChild<QAction *>(u"ExportPersonalDataAction"_s));

    // A manager's session in the same window adds them; the dispatcher's again removes them.
    auto manager = session();
    w.attachSession(*manager);
    QTRY_VERIFY(w.hasAuditAccess());
    QVERIFY(w.navigation()->hasSection(NavigationBar::Section::Audit));
    file = w.customers()->openCustomer(1, u"CUST-00001"_s);
    QTRY_VERIFY(file->isLoaded());
    QVERIFY(file->accessPanel());
    resolved.clear();
    w.attachSession(*s);
    QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Audit)); // gone at once, with the old session
    QVERIFY(resolved.count() > 0 || resolved.wait(10000));
    QCOMPARE(resolved.last().at(0).toBool(), false);
    QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Audit));
    w.detachSession();
}

QTEST_MAIN(TestAuditSection)
#include "TestAuditSection.moc"
