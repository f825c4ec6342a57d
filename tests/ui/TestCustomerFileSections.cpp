// The customer file on a real database: every section tab's row count matches SQL counts, the timeline shows every
// event of the customer, section tabs answer Alt+digit and Ctrl+PgUp/PgDn, and "Show all" lifts a section's limit.
#include <memory>

#include <QAbstractItemModelTester>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerService.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"
#include "core/live/ChangeFeed.h"
#include "tests/support/CustomerFileSeed.h"
#include "tests/support/TestCluster.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/CustomerSectionModels.h"
#include "ui/customers/CustomerTimelineWidget.h"
#include "ui/customers/LocationsModel.h"
#include "ui/customers/SubscriptionsModel.h"
#include "ui/customers/TimelineModel.h"

using namespace Qt::Literals::StringLiterals;

class TestCustomerFileSections : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ops::test::TestCluster> m_cluster;
    std::unique_ptr<ops::db::PgConnection> m_c;
    std::unique_ptr<ops::DbExecutor> m_db;
    std::unique_ptr<ops::customers::CustomerService> m_service;
    std::unique_ptr<ops::live::ChangeFeed> m_feed;
    std::unique_ptr<ops::db::PgListener> m_listener;

    qint64 count(const char *sql)
    {
        auto r = m_c->exec(sql);
        if (!r.ok()) {
            qWarning() << r.error().detail;
            return -1;
        }
        return r.value().int64(0, 0);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        m_cluster = std::make_unique<ops::test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto conninfo = m_cluster->freshDatabase();
        QVERIFY2(conninfo.ok(), qPrintable(conninfo.ok() ? QString() : conninfo.error().detail));
        auto c = ops::db::PgConnection::open(conninfo.value());
        QVERIFY(c.ok());
        m_c = std::move(c.value());
        for (const char *sql : ops::test::kCustomerFileSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        m_db = std::make_unique<ops::DbExecutor>(conninfo.value(), 2);
        m_service = std::make_unique<ops::customers::CustomerService>(*m_db);
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
        m_service.reset();
        m_db.reset();
        m_c.reset();
        m_cluster.reset();
    }

    void sectionsMatchSqlCounts()
    {
        CustomerFileWidget file(m_service.get(), 1);
        QAbstractItemModelTester t1(file.equipmentModel());
        QAbstractItemModelTester t2(file.invoicesModel());
        QAbstractItemModelTester t3(file.paymentsModel());
        QAbstractItemModelTester t4(file.ticketsModel());
        QAbstractItemModelTester t5(file.jobsModel());
        QAbstractItemModelTester t6(file.timeline()->model());
        file.resize(1100, 720);
        file.show();
        QVERIFY(QTest::qWaitForWindowExposed(&file));
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);

        QCOMPARE(
            file.locationsModel()->rowCount(), count("SELECT count(*) FROM service_locations WHERE customer_id = 1"));
        QCOMPARE(
            file.subscriptionsModel()->rowCount(), count("SELECT count(*) FROM subscriptions WHERE customer_id = 1"));
        QCOMPARE(file.equipmentModel()->rowCount(),
            count("SELECT count(*) FROM service_equipment e JOIN service_locations l ON l.id = e.location_id"
                  " WHERE l.customer_id = 1"));
        QCOMPARE(file.invoicesModel()->rowCount(), count("SELECT count(*) FROM invoices WHERE customer_id = 1"));
        QCOMPARE(file.paymentsModel()->rowCount(), count("SELECT count(*) FROM payments WHERE customer_id = 1"));
        QCOMPARE(file.ticketsModel()->rowCount(), count("SELECT count(*) FROM tickets WHERE customer_id = 1"));
        QCOMPARE(file.jobsModel()->rowCount(), count("SELECT count(*) FROM dispatch_jobs WHERE customer_id = 1"));
        QCOMPARE(file.file().roundTrips, quint64(1));

        // Tab titles carry the counts; nothing is truncated.
        QCOMPARE(file.sections()->count(), int(CustomerFileWidget::SectionCount));
        QVERIFY(file.sections()->tabText(CustomerFileWidget::InvoicesTab).contains(u"(3)"_s));
        QVERIFY(file.truncationNote(CustomerFileWidget::InvoicesTab).isEmpty());

        // Sections by keyboard: Alt+digit, Ctrl+PgDn/PgUp.
        QTest::keyClick(&file, Qt::Key_5, Qt::AltModifier);
        QCOMPARE(file.sections()->currentIndex(), int(CustomerFileWidget::InvoicesTab));
        QTest::keyClick(&file, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(file.sections()->currentIndex(), int(CustomerFileWidget::PaymentsTab));
        QTest::keyClick(&file, Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(&file, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(file.sections()->currentIndex(), int(CustomerFileWidget::SubscriptionsTab));

        // The timeline loads when first shown and holds every event of the customer.
        QSignalSpy pages(file.timeline(), &CustomerTimelineWidget::pageLoaded);
        QTest::keyClick(&file, Qt::Key_9, Qt::AltModifier);
        QCOMPARE(file.sections()->currentIndex(), int(CustomerFileWidget::TimelineTab));
        QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(file.timeline()->model()->rowCount(), ops::test::kCustomer1TimelineEvents, 10000);
        QVERIFY(!file.timeline()->model()->hasMore());

        // Kind filter: payments only.
        file.timeline()->setKinds({ops::customers::TimelineKind::PaymentReceived});
        QTRY_COMPARE_WITH_TIMEOUT(file.timeline()->model()->rowCount(),
            int(count("SELECT count(*) FROM payments WHERE customer_id = 1")), 10000);
    }

    void liveUpdatesEverySection()
    {
        CustomerFileWidget file(m_service.get(), 1);
        file.setChangeFeed(m_feed.get());
        QAbstractItemModelTester invoicesTester(file.invoicesModel());
        QAbstractItemModelTester timelineTester(file.timeline()->model());
        file.resize(1100, 720);
        file.show();
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        QSignalSpy pages(file.timeline(), &CustomerTimelineWidget::pageLoaded);
        file.showSection(CustomerFileWidget::TimelineTab);
        QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 1, 10000);
        const int invoices = file.invoicesModel()->rowCount();
        const int events = file.timeline()->model()->rowCount();
        QSignalSpy resets(file.invoicesModel(), &QAbstractItemModel::modelReset);
        QSignalSpy timelineResets(file.timeline()->model(), &QAbstractItemModel::modelReset);

        // Another workstation issues an invoice and closes a ticket.
        auto r =
            m_c->exec("INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date,"
                      " subtotal_cents, gst_cents, qst_cents, total_cents, status) VALUES (50, 'INV-00050', 1,"
                      " '2030-01-01', '2030-01-31', '2030-01-01', '2030-01-22', 1000, 50, 100, 1150, 'issued')");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        r = m_c->exec("UPDATE tickets SET status = 'resolved' WHERE id = 3");
        QVERIFY(r.ok());
        QTRY_COMPARE_WITH_TIMEOUT(file.invoicesModel()->rowCount(), invoices + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(file.timeline()->model()->rowCount(), events + 1, 5000);
        QCOMPARE(file.timeline()->model()->event(0).code, u"INV-00050"_s); // newest, on top
        auto statusOf = [&](qint64 id) {
            for (int i = 0; i < file.ticketsModel()->rowCount(); ++i)
                if (file.ticketsModel()->idAt(i) == id)
                    return file.ticketsModel()
                        ->index(i, CustomerTicketsModel::Status)
                        .data(FileSectionModel::StatusKeyRole)
                        .toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(3), u"resolved"_s, 5000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(timelineResets.count(), 0);
        QVERIFY(file.sections()->tabText(CustomerFileWidget::InvoicesTab).contains(u"(4)"_s));
        // Put things back for the next tests.
        QVERIFY(m_c->exec("DELETE FROM invoices WHERE id = 50").ok());
        QVERIFY(m_c->exec("UPDATE tickets SET status = 'waiting' WHERE id = 3").ok());
    }

    void showAllLiftsTheLimit()
    {
        // 230 invoices: the file shows the 200 newest, says so, and "Show all" reads them all.
        auto r = m_c->exec(
            "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, "
            "subtotal_cents,"
            " gst_cents, qst_cents, total_cents, status)"
            " SELECT 1000 + g, 'INV-1' || lpad(g::text, 5, '0'), 2, d, d + 27, d, d + 21, 1000, 50, 100, 1150, 'paid'"
            " FROM generate_series(1, 230) g, LATERAL (SELECT date '2010-01-01' + g AS d) x");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        CustomerFileWidget file(m_service.get(), 2);
        file.resize(1100, 720);
        file.show();
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        const int total = int(count("SELECT count(*) FROM invoices WHERE customer_id = 2"));
        QCOMPARE(file.invoicesModel()->rowCount(), ops::customers::SectionLimits::kDefault);
        file.showSection(CustomerFileWidget::InvoicesTab);
        const QString note = file.truncationNote(CustomerFileWidget::InvoicesTab);
        QVERIFY2(note.contains(u"200"_s) && note.contains(QString::number(total)), qPrintable(note));
        QPushButton *showAll = nullptr;
        for (auto *b : file.findChildren<QPushButton *>(u"ShowAllButton"_s))
            if (b->isVisible())
                showAll = b;
        QVERIFY(showAll);
        QSignalSpy loaded(&file, &CustomerFileWidget::loaded);
        showAll->click();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
        QCOMPARE(file.invoicesModel()->rowCount(), total);
        QVERIFY(file.truncationNote(CustomerFileWidget::InvoicesTab).isEmpty());
    }

    void timelinePagesByScrollPosition()
    {
        // 250 payments: the first page (100) only, the next ones as the list is scrolled to its end.
        auto r = m_c->exec("INSERT INTO payments (id, code, customer_id, received_at, amount_cents, method)"
                           " SELECT 1000 + g, 'PAY-1' || lpad(g::text, 5, '0'), 2,"
                           " timestamptz '2020-01-01 12:00:00+00' + g * interval '1 day', 100 * g, 'card'"
                           " FROM generate_series(1, 250) g");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        const int total = int(count("SELECT count(*) FROM payments WHERE customer_id = 2"));
        CustomerTimelineWidget timeline(m_service.get(), 2);
        QAbstractItemModelTester tester(timeline.model());
        timeline.setKinds({ops::customers::TimelineKind::PaymentReceived});
        timeline.resize(900, 500);
        QSignalSpy pages(&timeline, &CustomerTimelineWidget::pageLoaded);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 1, 10000);
        QTest::qWait(200); // no second page while the first fills more than the screen
        QCOMPARE(timeline.model()->rowCount(), CustomerTimelineWidget::kPageSize);
        QVERIFY(timeline.model()->hasMore());
        for (int page = 2; timeline.model()->hasMore() && page < 10; ++page) {
            timeline.view()->scrollToBottom();
            QTRY_COMPARE_WITH_TIMEOUT(pages.count(), page, 10000);
        }
        QCOMPARE(timeline.model()->rowCount(), total);
        QCOMPARE(timeline.pagesLoaded(),
            (total + CustomerTimelineWidget::kPageSize - 1) / CustomerTimelineWidget::kPageSize);
        // Newest first, no duplicate.
        QSet<qint64> seen;
        for (int i = 0; i < timeline.model()->rowCount(); ++i) {
            QVERIFY(!seen.contains(timeline.model()->event(i).id));
            seen.insert(timeline.model()->event(i).id);
            if (i > 0)
                QVERIFY(timeline.model()->event(i - 1).atUs >= timeline.model()->event(i).atUs);
        }
    }
};

QTEST_MAIN(TestCustomerFileSections)
#include "TestCustomerFileSections.moc"
