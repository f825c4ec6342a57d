// The audit screens without a database (an in-memory AuditApi): the viewer's keyset pages under
// QAbstractItemModelTester, each filter reaching the query, an unknown customer shown as a banner, the before/after
// pane; the customer file's "Who opened this file" tab (only with an audit api) and its Law 25 export.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "core/audit/AuditApi.h"
#include "tests/support/FakeServices.h"
#include "tests/support/Screenshot.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditLogWidget.h"
#include "ui/common/GridTools.h"
#include "ui/common/MessageBanner.h"
#include "ui/customers/CustomerAccessPanel.h"
#include "ui/customers/CustomerFileWidget.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using audit::AuditEntry;

namespace {

class FakeAuditApi : public audit::AuditApi
{
    Q_OBJECT
public:
    using AuditApi::AuditApi;

    QList<AuditEntry> entries; // newest first
    QList<audit::FileAccess> accesses;
    QList<audit::AuditQuery> queries; // every page() asked, in order
    QString exportedPath;
    qint64 exportedCustomer = 0;
    QString csvPath;
    audit::AuditQuery csvQuery;

    QFuture<Result<audit::AuditPage>> page(
        const audit::AuditQuery &q, const audit::AuditCursor &after, int limit) override
    {
        queries << q;
        qint64 customerId = 0;
        if (!q.customer.isEmpty()) {
            for (const AuditEntry &e : std::as_const(entries))
                if (e.customerCode == q.customer || QString::number(e.customerId) == q.customer)
                    customerId = e.customerId;
            if (!customerId)
                return ready<audit::AuditPage>(
                    Error::make(Error::Kind::NotFound, u"No customer has the code or number %1."_s.arg(q.customer)));
        }
        audit::AuditPage p;
        p.customerId = customerId;
        bool started = after.isNull();
        for (const AuditEntry &e : std::as_const(entries)) {
            if (!started) {
                started = e.id == after.id;
                continue;
            }
            if ((q.staffId && e.staffId != q.staffId) || (!q.entity.isEmpty() && e.entity != q.entity)
                || (!q.action.isEmpty() && e.action != q.action) || (customerId && e.customerId != customerId)
                || (q.from.isValid() && e.at.toLocalTime().date() < q.from)
                || (q.to.isValid() && e.at.toLocalTime().date() > q.to))
                continue;
            if (p.rows.size() == limit) {
                p.hasMore = true;
                break;
            }
            p.rows << e;
        }
        if (!p.rows.isEmpty())
            p.next = {p.rows.last().atMicros, p.rows.last().id};
        return ready<audit::AuditPage>(p);
    }
    QFuture<Result<QList<audit::StaffOption>>> staff() override
    {
        return ready<QList<audit::StaffOption>>(QList<audit::StaffOption>{
            {7, u"Émilie Tremblay"_s, u"etremblay"_s, true}, {8, u"Marc Gagnon"_s, u"mgagnon"_s, false}});
    }
    QFuture<Result<QList<audit::FileAccess>>> fileAccesses(qint64 customerId, int) override
    {
        QList<audit::FileAccess> out;
        for (const audit::FileAccess &a : std::as_const(accesses))
            if (a.id % 100 == customerId)
                out << a;
        return ready<QList<audit::FileAccess>>(out);
    }
    QFuture<Result<audit::AuditExportResult>> exportCsv(const QString &path, const audit::AuditQuery &q,
        const csv::CsvOptions &, std::shared_ptr<std::atomic<bool>>,
        std::shared_ptr<std::atomic<qint64>> progress) override
    {
        csvPath = path;
        csvQuery = q;
        *progress = 42;
        return ready<audit::AuditExportResult>(audit::AuditExportResult{path, 42});
    }
    QFuture<Result<audit::PersonalDataExportResult>> exportPersonalData(qint64 customerId, const QString &path) override
    {
        exportedPath = path;
        exportedCustomer = customerId;
        audit::PersonalDataExportResult r;
        r.path = path;
        r.customerId = customerId;
        r.tables = {{u"customer"_s, 1, {}, {}}, {u"invoices"_s, 4, {}, {}}};
        return ready<audit::PersonalDataExportResult>(r);
    }

private:
    template <typename T> static QFuture<Result<T>> ready(Result<T> r)
    {
        return QtFuture::makeReadyFuture<Result<T>>(std::move(r));
    }
};

AuditEntry entry(qint64 id, const QDateTime &at, const QString &action, const QString &entity, qint64 customerId)
{
    AuditEntry e;
    e.id = id;
    e.at = at;
    e.atMicros = at.toMSecsSinceEpoch() * 1000;
    e.action = action;
    e.entity = entity;
    e.entityId = 500 + id;
    e.customerId = customerId;
    e.customerCode = customerId ? u"CUST-%1"_s.arg(customerId, 5, 10, QLatin1Char('0')) : QString();
    e.customerName = customerId ? u"Zoé Lévesque"_s : QString();
    e.staffId = id % 2 ? 7 : 8;
    e.staffName = id % 2 ? u"Émilie Tremblay"_s : u"Marc Gagnon"_s;
    e.dbRole = id % 2 ? u"etremblay"_s : u"mgagnon"_s;
    e.client = u"targo-ops"_s;
    if (action == QLatin1String("update")) {
        e.before = QJsonObject{{u"status"_s, u"active"_s}, {u"phone"_s, u"514 555-0142"_s}};
        e.after = QJsonObject{{u"status"_s, u"suspended"_s}, {u"phone"_s, QJsonValue::Null}};
    }
    return e;
}

// 450 rows, newest first, one a minute: every third an update of a customer, others ticket inserts and file views.
QList<AuditEntry> sampleEntries()
{
    QList<AuditEntry> out;
    const QDateTime newest(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);
    for (int i = 0; i < 450; ++i) {
        const qint64 id = 1000 - i;
        const QDateTime at = newest.addSecs(-60 * i);
        if (i % 3 == 0)
            out << entry(id, at, u"update"_s, u"customer"_s, 3 + i % 2);
        else if (i % 3 == 1)
            out << entry(id, at, u"insert"_s, u"ticket"_s, 3);
        else
            out << entry(id, at, u"view"_s, u"customer"_s, 4);
    }
    return out;
}

customers::CustomerFile fileOf(qint64 id)
{
    customers::CustomerFile f;
    f.customer.id = id;
    f.customer.code = u"CUST-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
    f.customer.displayName = u"Zoé Lévesque"_s;
    f.customer.language = u"fr"_s;
    f.customer.kind = u"residential"_s;
    f.customer.status = u"active"_s;
    f.customer.version = 1;
    return f;
}

} // namespace

class TestAuditViewer : public QObject
{
    Q_OBJECT
private slots:
    void pagesLoadAsTheListScrolls();
    void everyFilterReachesTheQuery();
    void unknownCustomerIsABanner();
    void detailsShowBeforeAndAfter();
    void disconnectEmpties();
    void exportAllMatchingRowsUsesTheQuery();
    void enterOpensTheCustomer();
    void customerFileShowsWhoOpenedIt();
    void personalDataExportFromTheFile();
};

void TestAuditViewer::pagesLoadAsTheListScrolls()
{
    FakeAuditApi api;
    api.entries = sampleEntries();
    AuditLogWidget w;
    QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&w, &AuditLogWidget::pageLoaded);
    w.setAuditApi(&api);
    QVERIFY(pages.wait(5000));
    QCOMPARE(w.model()->rowCount(), AuditLogWidget::kPageRows);
    QVERIFY(w.hasMore());
    QCOMPARE(w.model()->entry(0).id, 1000); // newest first
    w.fetchMore();
    QVERIFY(pages.wait(5000));
    QCOMPARE(w.model()->rowCount(), 2 * AuditLogWidget::kPageRows);
    w.fetchMore();
    QVERIFY(pages.wait(5000));
    QCOMPARE(w.model()->rowCount(), 450);
    QVERIFY(!w.hasMore());
    // No row twice, none missing, in order.
    for (int r = 0; r < 450; ++r)
        QCOMPARE(w.model()->entry(r).id, 1000 - r);
    QCOMPARE(api.queries.size(), 3);
    QVERIFY(w.summary()->text().contains(u"450"_s));
}

void TestAuditViewer::everyFilterReachesTheQuery()
{
    FakeAuditApi api;
    api.entries = sampleEntries();
    AuditLogWidget w;
    QSignalSpy pages(&w, &AuditLogWidget::pageLoaded);
    w.setAuditApi(&api);
    QVERIFY(pages.wait(5000));
    QTRY_COMPARE(w.staffFilter()->count(), 3); // "All staff" + two (the inactive one says so)
    QVERIFY(w.staffFilter()->itemText(2).contains(u"Marc Gagnon"_s));
    QVERIFY(w.staffFilter()->itemText(2) != u"Marc Gagnon"_s);

    w.entityFilter()->setCurrentIndex(w.entityFilter()->findData(u"ticket"_s));
    QVERIFY(pages.wait(5000));
    QCOMPARE(api.queries.last().entity, u"ticket"_s);
    QCOMPARE(w.model()->rowCount(), 150);
    for (int r = 0; r < w.model()->rowCount(); ++r)
        QCOMPARE(w.model()->entry(r).entity, u"ticket"_s);

    w.staffFilter()->setCurrentIndex(w.staffFilter()->findData(qint64(7)));
    QVERIFY(pages.wait(5000));
    QCOMPARE(api.queries.last().staffId, 7);
    for (int r = 0; r < w.model()->rowCount(); ++r)
        QCOMPARE(w.model()->entry(r).staffName, u"Émilie Tremblay"_s);

    w.entityFilter()->setCurrentIndex(0);
    QVERIFY(pages.wait(5000));
    w.actionFilter()->setCurrentIndex(w.actionFilter()->findData(u"view"_s));
    QVERIFY(pages.wait(5000));
    QCOMPARE(api.queries.last().action, u"view"_s);
    QCOMPARE(api.queries.last().staffId, 7);

    // The customer field applies on Enter (by keyboard), by code.
    w.actionFilter()->setCurrentIndex(0);
    QVERIFY(pages.wait(5000));
    w.staffFilter()->setCurrentIndex(0);
    QVERIFY(pages.wait(5000));
    w.customerFilter()->setFocus();
    QTest::keyClicks(w.customerFilter(), u"CUST-00004"_s);
    QTest::keyClick(w.customerFilter(), Qt::Key_Return);
    QVERIFY(pages.wait(5000));
    QCOMPARE(api.queries.last().customer, u"CUST-00004"_s);
    QVERIFY(w.model()->rowCount() > 0);
    for (int r = 0; r < w.model()->rowCount(); ++r)
        QCOMPARE(w.model()->entry(r).customerId, 4);

    // Dates: one local day, both bounds.
    const QDate day = QDateTime(QDate(2026, 12, 6), QTime(14, 0), Qt::UTC).toLocalTime().date();
    audit::AuditQuery q;
    q.from = day;
    q.to = day;
    w.setQuery(q);
    QVERIFY(pages.wait(5000));
    QCOMPARE(api.queries.last().from, day);
    QCOMPARE(api.queries.last().to, day);
    QCOMPARE(w.fromFilter()->date(), day);
    QVERIFY(api.queries.last().customer.isEmpty());
    // The same query again is not run twice (Enter in the unchanged customer field).
    const qsizetype asked = api.queries.size();
    w.customerFilter()->setFocus();
    QTest::keyClick(w.customerFilter(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(api.queries.size(), asked);
}

void TestAuditViewer::unknownCustomerIsABanner()
{
    FakeAuditApi api;
    api.entries = sampleEntries();
    AuditLogWidget w;
    w.show();
    QSignalSpy pages(&w, &AuditLogWidget::pageLoaded);
    w.setAuditApi(&api);
    QVERIFY(pages.wait(5000));
    audit::AuditQuery q;
    q.customer = u"CUST-99999"_s;
    w.setQuery(q);
    QTRY_VERIFY(w.banner()->isVisible());
    QVERIFY(w.banner()->text().contains(u"CUST-99999"_s));
    QCOMPARE(w.model()->rowCount(), 0);
    QVERIFY(!w.isLoading());
}

void TestAuditViewer::detailsShowBeforeAndAfter()
{
    FakeAuditApi api;
    api.entries = sampleEntries();
    AuditLogWidget w;
    w.resize(1200, 760);
    w.show();
    QSignalSpy pages(&w, &AuditLogWidget::pageLoaded);
    w.setAuditApi(&api);
    QVERIFY(pages.wait(5000));
    QCOMPARE(w.model()->entry(0).action, u"update"_s);
    QCOMPARE(w.model()->data(w.model()->index(0, AuditLogModel::Changes)).toString(), u"phone, status"_s);
    w.view()->setFocus();
    w.view()->setCurrentIndex(w.model()->index(0, 0));
    QTreeWidget *d = w.details();
    QCOMPARE(d->topLevelItemCount(), 2);
    QHash<QString, QPair<QString, QString>> shown;
    for (int i = 0; i < d->topLevelItemCount(); ++i)
        shown.insert(d->topLevelItem(i)->text(0), {d->topLevelItem(i)->text(1), d->topLevelItem(i)->text(2)});
    QCOMPARE(shown.value(u"status"_s).first, u"active"_s);
    QCOMPARE(shown.value(u"status"_s).second, u"suspended"_s);
    QCOMPARE(shown.value(u"phone"_s).first, u"514 555-0142"_s);
    QCOMPARE(shown.value(u"phone"_s).second, AuditLogWidget::tr("(empty)"));
    QCOMPARE(w.model()->entry(0).staffName, u"Marc Gagnon"_s);
    QVERIFY(w.detailsTitle()->text().contains(u"Marc Gagnon"_s));
    QVERIFY(ops::test::saveScreenshot(w, u"audit-viewer"_s));
    // Keyboard: Down moves to the next row (a ticket insert), the pane follows.
    QTest::keyClick(w.view(), Qt::Key_Down);
    QCOMPARE(w.view()->currentIndex().row(), 1);
    QCOMPARE(w.model()->entry(1).action, u"insert"_s);
    QCOMPARE(w.details()->topLevelItemCount(), 1); // "no field data"
}

void TestAuditViewer::disconnectEmpties()
{
    FakeAuditApi api;
    api.entries = sampleEntries();
    AuditLogWidget w;
    QSignalSpy pages(&w, &AuditLogWidget::pageLoaded);
    w.setAuditApi(&api);
    QVERIFY(pages.wait(5000));
    QVERIFY(w.model()->rowCount() > 0);
    w.setAuditApi(nullptr);
    QCOMPARE(w.model()->rowCount(), 0);
    QVERIFY(!w.findChild<QWidget *>(u"auditExportButton"_s)->isEnabled());
    QVERIFY(w.summary()->text().contains(AuditLogWidget::tr("Not connected.")));
}

void TestAuditViewer::exportAllMatchingRowsUsesTheQuery()
{
    FakeAuditApi api;
    api.entries = sampleEntries();
    AuditLogWidget w;
    QSignalSpy pages(&w, &AuditLogWidget::pageLoaded);
    w.setAuditApi(&api);
    QVERIFY(pages.wait(5000));
    audit::AuditQuery q;
    q.customer = u"CUST-00003"_s;
    q.action = u"update"_s;
    w.setQuery(q);
    QVERIFY(pages.wait(5000));
    w.grid()->setProgressDialogEnabled(false);
    QSignalSpy finished(w.grid(), &GridTools::exportFinished);
    w.grid()->exportAllRows(u"/tmp/audit-export-test.csv"_s);
    QVERIFY(finished.count() > 0 || finished.wait(5000));
    QCOMPARE(api.csvPath, u"/tmp/audit-export-test.csv"_s);
    QCOMPARE(api.csvQuery, q); // the rows shown, not the filters being typed
    QCOMPARE(finished.first().at(1).toLongLong(), 42);
}

void TestAuditViewer::enterOpensTheCustomer()
{
    FakeAuditApi api;
    api.entries = sampleEntries();
    AuditLogWidget w;
    w.show();
    QSignalSpy pages(&w, &AuditLogWidget::pageLoaded);
    w.setAuditApi(&api);
    QVERIFY(pages.wait(5000));
    QSignalSpy opened(&w, &AuditLogWidget::customerRequested);
    w.view()->setFocus();
    w.view()->setCurrentIndex(w.model()->index(2, 0)); // a file opening of customer 4
    QTest::keyClick(w.view(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toLongLong(), 4);
    QCOMPARE(opened.first().at(1).toString(), u"CUST-00004"_s);
}

void TestAuditViewer::customerFileShowsWhoOpenedIt()
{
    test::FakeCustomerApi customers;
    customers.files.insert(3, fileOf(3));
    FakeAuditApi api;
    for (int i = 0; i < 3; ++i) {
        audit::FileAccess a;
        a.id = 100 * (i + 1) + 3; // customer 3 (see the fake)
        a.at = QDateTime(QDate(2026, 12, 6), QTime(14, i), Qt::UTC);
        a.staffName = i ? u"Émilie Tremblay"_s : u"<b>Marc</b>"_s;
        a.dbRole = u"etremblay"_s;
        a.groupName = u"manager"_s;
        a.client = u"targo-ops"_s;
        api.accesses << a;
    }
    CustomerFileWidget w(&customers, 3);
    QSignalSpy loaded(&w, &CustomerFileWidget::loaded);
    QVERIFY(loaded.wait(5000));
    const int before = w.sections()->count();
    QVERIFY(!w.accessPanel());
    w.setAuditApi(&api);
    QVERIFY(w.accessPanel());
    QCOMPARE(w.sections()->count(), before + 1);
    QCOMPARE(w.sections()->tabText(before), CustomerFileWidget::tr("Who opened this file"));
    w.resize(1100, 700);
    w.show();
    QSignalSpy accesses(w.accessPanel(), &CustomerAccessPanel::loaded);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.sections()->setFocus();
    QTest::keyClick(w.sections(), Qt::Key_0, Qt::AltModifier); // Alt+0: the access log
    QCOMPARE(w.sections()->currentWidget(), w.accessPanel());
    QVERIFY(accesses.count() > 0 || accesses.wait(5000));
    QCOMPARE(w.accessPanel()->list()->topLevelItemCount(), 3);
    QCOMPARE(w.accessPanel()->list()->topLevelItem(0)->text(1), u"<b>Marc</b>"_s); // plain text
    QCOMPARE(w.accessPanel()->list()->topLevelItem(0)->text(2), u"manager"_s);
    QVERIFY(ops::test::saveScreenshot(w, u"customer-file-access-log"_s));
    // Without the audit (another role): gone.
    w.setAuditApi(nullptr);
    QVERIFY(!w.accessPanel());
    QCOMPARE(w.sections()->count(), before);
    QVERIFY(!w.findChild<QAction *>(u"ExportPersonalDataAction"_s));
}

void TestAuditViewer::personalDataExportFromTheFile()
{
    test::FakeCustomerApi customers;
    customers.files.insert(3, fileOf(3));
    FakeAuditApi api;
    CustomerFileWidget w(&customers, 3);
    QSignalSpy loaded(&w, &CustomerFileWidget::loaded);
    QVERIFY(loaded.wait(5000));
    w.setAuditApi(&api);
    QString suggested;
    w.accessPanel()->setFileChooser([&suggested](const QString &s) {
        suggested = s;
        return u"/tmp/chosen"_s;
    });
    QSignalSpy done(w.accessPanel(), &CustomerAccessPanel::exportFinished);
    auto *action = w.findChild<QAction *>(u"ExportPersonalDataAction"_s);
    QVERIFY(action);
    action->trigger();
    QVERIFY(done.wait(5000));
    QVERIFY2(suggested.contains(u"CUST-00003"_s) && suggested.endsWith(u".zip"_s), qPrintable(suggested));
    QCOMPARE(api.exportedPath, u"/tmp/chosen.zip"_s); // the extension is added
    QCOMPARE(api.exportedCustomer, 3);
    QVERIFY(w.accessPanel()->banner()->text().contains(u"/tmp/chosen.zip"_s));
}

QTEST_MAIN(TestAuditViewer)
#include "TestAuditViewer.moc"
