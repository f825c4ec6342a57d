// Customer files beyond the tabs: the Locations mini-map, a detached window (live updates keep working, attach back,
// close), the printable summary (PDF file, escaped HTML) and the grid tools on every section grid.
#include <memory>

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerService.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"
#include "core/live/ChangeFeed.h"
#include "core/settings/Settings.h"
#include "tests/support/CustomerFileSeed.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/common/GridTools.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/CustomerFileWindow.h"
#include "ui/customers/CustomerSummary.h"
#include "ui/customers/CustomersWorkspace.h"
#include "ui/customers/LocationMapPanel.h"
#include "ui/map/MapView.h"

using namespace Qt::Literals::StringLiterals;

class TestCustomerFileWindows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ops::test::TestCluster> m_cluster;
    std::unique_ptr<ops::db::PgConnection> m_c;
    std::unique_ptr<ops::DbExecutor> m_db;
    std::unique_ptr<ops::customers::CustomerService> m_customers;
    std::unique_ptr<ops::db::PgListener> m_listener;
    std::unique_ptr<ops::live::ChangeFeed> m_feed;
    QTemporaryDir m_dir;
    std::unique_ptr<ops::Settings> m_settings;

    void sql(const char *text)
    {
        auto r = m_c->exec(text);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }

    static void saveDocumentImage(const QTextDocument &doc, const QString &name)
    {
        const QString dir = qEnvironmentVariable("OPS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTextDocument copy;
        copy.setHtml(doc.toHtml());
        copy.setTextWidth(780);
        QImage image(820, int(copy.size().height()) + 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.translate(20, 20);
        copy.drawContents(&p);
        p.end();
        image.save(dir + u'/' + name + u".png"_s);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        m_settings = std::make_unique<ops::Settings>(m_dir.filePath(u"settings.ini"_s));
        m_cluster = std::make_unique<ops::test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto conninfo = m_cluster->freshDatabase();
        QVERIFY(conninfo.ok());
        auto opened = ops::db::PgConnection::open(conninfo.value());
        QVERIFY(opened.ok());
        m_c = std::move(opened.value());
        for (const char *text : ops::test::kCustomerFileSeed)
            sql(text);
        sql("UPDATE service_locations SET latitude = 45.7804, longitude = -74.0036 WHERE id = 1");
        m_db = std::make_unique<ops::DbExecutor>(conninfo.value(), 2);
        m_customers = std::make_unique<ops::customers::CustomerService>(*m_db);
        m_feed = std::make_unique<ops::live::ChangeFeed>();
        m_listener = std::make_unique<ops::db::PgListener>(conninfo.value());
        connect(m_listener.get(), &ops::db::PgListener::notified, m_feed.get(), &ops::live::ChangeFeed::onNotification,
            Qt::QueuedConnection);
        m_listener->listen(u"ops_change"_s);
        m_listener->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_listener->isConnected(), 15000);
    }

    void cleanupTestCase()
    {
        if (m_listener)
            m_listener->stop();
        m_listener.reset();
        m_feed.reset();
        m_customers.reset();
        m_db.reset();
        m_c.reset();
        m_cluster.reset();
    }

    void locationsTabMapAndGridTools()
    {
        CustomerFileWidget file(m_customers.get(), 1);
        file.setSettings(m_settings.get());
        file.resize(1200, 760);
        file.show();
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 10000);
        file.showSection(CustomerFileWidget::LocationsTab);
        LocationMapPanel *panel = file.locationMap();
        QVERIFY(panel);
        QCOMPARE(panel->map()->markers().size(), 1);
        QVERIFY(!panel->map()->hasTileSource()); // no tile server configured: the offline base
        // Select the location with GPS: the map centres on it.
        QTableView *view = file.locationsView();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == "LOC-00001"_L1)
                view->selectRow(r);
        }
        QVERIFY(std::abs(panel->map()->center().latitude - 45.7804) < 1e-6);
        QCOMPARE(panel->map()->selectedMarker(), 1);
        QVERIFY(panel->caption().contains(u"LOC-00001"_s));
        QVERIFY(ops::test::saveScreenshot(file, u"customer-locations-map"_s));
        // The one without GPS says so.
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == "LOC-00002"_L1)
                view->selectRow(r);
        }
        QVERIFY(panel->map()->placeholder().contains(u"LOC-00002"_s));
        QVERIFY(ops::test::saveScreenshot(file, u"customer-locations-no-gps"_s));

        // Every section grid has its tools (column chooser, state, export).
        for (auto s : {CustomerFileWidget::LocationsTab, CustomerFileWidget::EquipmentTab,
                 CustomerFileWidget::SubscriptionsTab, CustomerFileWidget::InvoicesTab, CustomerFileWidget::PaymentsTab,
                 CustomerFileWidget::TicketsTab, CustomerFileWidget::JobsTab}) {
            QTableView *grid = file.sectionView(s);
            QVERIFY(grid);
            QVERIFY2(grid->findChild<GridTools *>(), qPrintable(QString::number(s)));
        }
        file.sectionView(CustomerFileWidget::InvoicesTab)->findChild<GridTools *>()->setColumnVisible(1, false);
        file.sectionView(CustomerFileWidget::InvoicesTab)->findChild<GridTools *>()->saveState();
        QVERIFY(m_settings->uiState(u"CustomerFile/invoices"_s).isValid());
    }

    void detachLiveAttachClose()
    {
        CustomersWorkspace workspace;
        workspace.setSettings(m_settings.get());
        workspace.setCustomerService(m_customers.get());
        workspace.setChangeFeed(m_feed.get());
        workspace.resize(1100, 700);
        workspace.show();
        CustomerFileWidget *file = workspace.openCustomer(1, u"CUST-00001"_s);
        QTRY_VERIFY_WITH_TIMEOUT(file->isLoaded(), 10000);
        QCOMPARE(workspace.tabs()->count(), 2);

        CustomerFileWindow *window = workspace.detachFile(file);
        QVERIFY(window);
        QCOMPARE(window->file(), file);
        QCOMPARE(workspace.tabs()->count(), 1);
        QCOMPARE(workspace.openFileCount(), 1);
        QVERIFY(window->isWindow());
        QVERIFY(window->windowTitle().contains(u"CUST-00001"_s));
        QVERIFY(window->windowTitle().contains(u"Élise Tremblay"_s));
        // Opening it again raises the window rather than making a tab.
        QCOMPARE(workspace.openCustomer(1), file);
        QCOMPARE(workspace.tabs()->count(), 1);

        // Live updates still reach the detached file.
        const quint64 before = file->liveRefreshCount();
        sql("UPDATE customers SET display_name = 'Élise Tremblay-Roy' WHERE id = 1");
        QTRY_VERIFY_WITH_TIMEOUT(file->liveRefreshCount() > before, 5000);
        QCOMPARE(file->customer().displayName, u"Élise Tremblay-Roy"_s);
        QTRY_VERIFY(window->windowTitle().contains(u"Tremblay-Roy"_s));
        QVERIFY(ops::test::saveScreenshot(*window, u"customer-detached-window"_s));

        // Attach back.
        QPointer<CustomerFileWindow> gone = window;
        workspace.attachFile(window);
        QTRY_VERIFY(gone.isNull());
        QCOMPARE(workspace.tabs()->count(), 2);
        QCOMPARE(workspace.currentFile(), file);
        QVERIFY(m_settings->uiState(u"CustomerFileWindow/geometry"_s).isValid());

        // Detach again, then close the window: the file closes.
        QPointer<CustomerFileWidget> watched = file;
        window = workspace.detachFile(file);
        QVERIFY(window);
        window->close();
        QTRY_VERIFY(watched.isNull());
        QCOMPARE(workspace.openFileCount(), 0);
        sql("UPDATE customers SET display_name = 'Élise Tremblay' WHERE id = 1");
    }

    void summaryPdfAndEscaping()
    {
        CustomerFileWidget file(m_customers.get(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 10000);
        const QString path = m_dir.filePath(u"summary.pdf"_s);
        QString error;
        QVERIFY2(CustomerSummary::exportPdf(file.file(), path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF"));
        const auto doc = CustomerSummary::document(file.file());
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(file.customer().displayName));
        QVERIFY(text.contains(u"LOC-00001"_s));
        QVERIFY(text.contains(u"SUB-00001"_s));
        QVERIFY(text.contains(u"Service locations"_s));
        saveDocumentImage(*doc, u"customer-summary"_s);

        // Hostile values are escaped, never interpreted.
        ops::customers::CustomerFile hostile = file.file();
        hostile.customer.displayName = u"<script>alert('x')</script> & <b>Bold</b>"_s;
        hostile.locations.first().address = u"<img src=x onerror=alert(1)>"_s;
        const QString html = CustomerSummary::html(hostile);
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(html.contains(u"&amp; &lt;b&gt;Bold"_s));
        const auto hostileDoc = CustomerSummary::document(hostile);
        QVERIFY(hostileDoc->toPlainText().contains(u"<script>alert('x')</script> & <b>Bold</b>"_s));
    }
};

QTEST_MAIN(TestCustomerFileWindows)
#include "TestCustomerFileWindows.moc"
