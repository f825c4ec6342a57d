// Live updates end to end on a throwaway cluster: a PgListener + ChangeFeed on one connection, plain SQL committed on
// a second connection, and the open customer file / ticket list update in place with their selection kept.
#include <memory>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerService.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"
#include "core/live/ChangeFeed.h"
#include "core/tickets/TicketService.h"
#include "tests/support/TestCluster.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/LocationsModel.h"
#include "ui/customers/SubscriptionsModel.h"
#include "ui/tickets/TicketListModel.h"

using namespace Qt::Literals::StringLiterals;

class TestLiveCustomerFile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ops::test::TestCluster> m_cluster;
    std::unique_ptr<ops::DbExecutor> m_db;
    std::unique_ptr<ops::customers::CustomerService> m_customers;
    QThreadPool m_cpu; // exports format here (the Session's CPU pool in the app)
    std::unique_ptr<ops::tickets::TicketService> m_tickets;
    std::unique_ptr<ops::db::PgListener> m_listener;
    std::unique_ptr<ops::live::ChangeFeed> m_feed;
    std::unique_ptr<ops::db::PgConnection> m_other; // "another workstation"

    static constexpr int kLiveTimeoutMs = 5000;

    void other(const char *sql)
    {
        auto r = m_other->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }

    static qint64 selectedId(QTableView *view, int idRole)
    {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data(idRole).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        m_cluster = std::make_unique<ops::test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto conninfo = m_cluster->freshDatabase();
        QVERIFY2(conninfo.ok(), qPrintable(conninfo.ok() ? QString() : conninfo.error().detail));
        auto opened = ops::db::PgConnection::open(conninfo.value());
        QVERIFY(opened.ok());
        m_other = std::move(opened.value());
        other("INSERT INTO customers (id, code, first_name, last_name, display_name, language, status) VALUES "
              "(1, 'CUST-00041', 'Élise', 'Tremblay', 'Élise Tremblay', 'fr', 'active'), "
              "(2, 'CUST-00042', 'Marc', 'Gagnon', 'Marc Gagnon', 'fr', 'active')");
        other("INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, status) "
              "VALUES (1, 'LOC-00101', 1, '12', 'rue Labelle', 'Saint-Jérôme', 'J7Z 5L3', 'active'), "
              "(2, 'LOC-00102', 1, '15', 'rue Principale', 'Saint-Jérôme', 'J7Z 2B2', 'planned'), "
              "(3, 'LOC-00103', 2, '3', 'chemin du Lac', 'Mont-Tremblant', 'J8E 1T1', 'active')");
        other("INSERT INTO tickets (id, code, customer_id, subject, issue_type, status, created_at, updated_at) "
              "SELECT g, 'TCK-' || lpad(g::text, 5, '0'), 1, 'Sujet ' || g, 'wifi', 'open', "
              "timestamptz '2024-01-01 00:00:00+00' + g * interval '1 hour', "
              "timestamptz '2024-01-01 00:00:00+00' + g * interval '1 hour' FROM generate_series(1, 30) g");

        m_db = std::make_unique<ops::DbExecutor>(conninfo.value(), 2);
        m_customers = std::make_unique<ops::customers::CustomerService>(*m_db);
        m_tickets = std::make_unique<ops::tickets::TicketService>(*m_db, m_cpu);
        m_feed = std::make_unique<ops::live::ChangeFeed>();
        m_listener = std::make_unique<ops::db::PgListener>(conninfo.value());
        connect(m_listener.get(), &ops::db::PgListener::notified, m_feed.get(), &ops::live::ChangeFeed::onNotification,
            Qt::QueuedConnection);
        m_listener->listen(u"ops_change"_s);
        m_listener->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_listener->isConnected(), 15000); // connected() follows the LISTEN
    }

    void cleanupTestCase()
    {
        if (m_listener)
            m_listener->stop();
        m_listener.reset();
        m_feed.reset();
        m_tickets.reset();
        m_customers.reset();
        m_db.reset();
        m_other.reset();
        m_cluster.reset();
    }

    void setRowsDiffsById()
    {
        auto loc = [](qint64 id, const QString &status) {
            ops::customers::ServiceLocation l;
            l.id = id;
            l.code = u"LOC-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
            l.address = u"%1 rue Principale, Saint-Jérôme"_s.arg(id);
            l.status = status;
            return l;
        };
        LocationsModel model;
        QAbstractItemModelTester tester(&model);
        model.setLocations({loc(1, u"active"_s), loc(2, u"planned"_s), loc(3, u"active"_s)});
        QPersistentModelIndex selected = model.index(2, 0); // id 3
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows({loc(3, u"active"_s), loc(2, u"active"_s), loc(4, u"planned"_s)}); // 1 gone, 2 changed, 4 new
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1); // only the row that changed
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(LocationsModel::IdRole).toLongLong(), qint64(3));

        auto sub = [](qint64 id, qint64 cents) {
            ops::customers::Subscription x;
            x.id = id;
            x.code = u"SUB-%1"_s.arg(id);
            x.price = ops::Money::fromCents(cents);
            x.status = u"active"_s;
            return x;
        };
        SubscriptionsModel subs;
        QAbstractItemModelTester subsTester(&subs);
        subs.setSubscriptions({sub(1, 1000), sub(2, 2000)});
        QSignalSpy subsResets(&subs, &QAbstractItemModel::modelReset);
        QSignalSpy subsChanged(&subs, &QAbstractItemModel::dataChanged);
        subs.setRows({sub(1, 1000), sub(2, 2500)});
        QCOMPARE(subsResets.count(), 0);
        QCOMPARE(subsChanged.count(), 1);
        QCOMPARE(subs.subscription(1).price.cents(), qint64(2500));
        subs.setRows({});
        QCOMPARE(subs.rowCount(), 0);
        QCOMPARE(subsResets.count(), 0);
    }

    void customerFileUpdatesInPlace()
    {
        CustomerFileWidget file(m_customers.get(), 1);
        file.setChangeFeed(m_feed.get());
        QAbstractItemModelTester locationsTester(file.locationsModel());
        QAbstractItemModelTester subscriptionsTester(file.subscriptionsModel());
        file.resize(1000, 700);
        file.show();
        QVERIFY(QTest::qWaitForWindowExposed(&file));
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        QCOMPARE(file.locationsModel()->rowCount(), 2);

        // Select the second location (LOC-00102) in the view.
        QTableView *view = file.locationsView();
        QModelIndex target;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 0).data(LocationsModel::IdRole).toLongLong() == 2)
                target = view->model()->index(r, 0);
        QVERIFY(target.isValid());
        view->selectionModel()->select(
            target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows | QItemSelectionModel::Current);
        QCOMPARE(selectedId(view, LocationsModel::IdRole), qint64(2));

        QSignalSpy resets(file.locationsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&file, &CustomerFileWidget::loaded);
        auto *name = file.findChild<QLabel *>(u"CustomerName"_s);
        QVERIFY(name);
        QCOMPARE(name->text(), u"Élise Tremblay"_s);

        // Another workstation renames the customer, adds a location and changes the selected one.
        other("UPDATE customers SET display_name = 'Élise Tremblay-Roy' WHERE id = 1");
        other("INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, status) "
              "VALUES (4, 'LOC-00104', 1, '99', 'rue Saint-Georges', 'Saint-Jérôme', 'J7Z 4X4', 'planned')");
        other("UPDATE service_locations SET status = 'active' WHERE id = 2");

        QTRY_COMPARE_WITH_TIMEOUT(name->text(), u"Élise Tremblay-Roy"_s, kLiveTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(file.locationsModel()->rowCount(), 3, kLiveTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(file.liveRefreshCount() >= 1, kLiveTimeoutMs);
        auto statusOf = [&](qint64 id) {
            for (int r = 0; r < file.locationsModel()->rowCount(); ++r)
                if (file.locationsModel()->location(r).id == id)
                    return file.locationsModel()->location(r).status;
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(2), u"active"_s, kLiveTimeoutMs);
        QCOMPARE(file.customer().displayName, u"Élise Tremblay-Roy"_s);
        QCOMPARE(selectedId(view, LocationsModel::IdRole), qint64(2)); // selection kept
        QCOMPARE(resets.count(), 0); // no reset: precise inserts and dataChanged
        QCOMPARE(loaded.count(), 0); // no full reload (no busy overlay)

        // A change to another customer's location does not touch this file. First let re-reads merged from the
        // changes above finish, so the count is settled before the unrelated change.
        quint64 refreshes = file.liveRefreshCount();
        for (int settled = 0; settled < 3;) {
            QTest::qWait(150);
            settled = file.liveRefreshCount() == refreshes ? settled + 1 : 0;
            refreshes = file.liveRefreshCount();
        }
        other("UPDATE service_locations SET status = 'inactive' WHERE id = 3");
        QTest::qWait(300);
        QCOMPARE(file.liveRefreshCount(), refreshes);

        // A deleted location disappears.
        other("DELETE FROM service_locations WHERE id = 4");
        QTRY_COMPARE_WITH_TIMEOUT(file.locationsModel()->rowCount(), 2, kLiveTimeoutMs);
        QCOMPARE(selectedId(view, LocationsModel::IdRole), qint64(2));
    }

    void ticketListUpdatesInPlace()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model);
        model.setPageSize(10);
        model.setService(m_tickets.get());
        // Load every page (the tester may fetch some by itself): several keyset pages end up in the model.
        QTRY_VERIFY_WITH_TIMEOUT(
            model.canFetchMore({}) ? (model.fetchMore({}), false) : (!model.isLoading() && !model.hasMore()), 15000);
        QCOMPARE(model.rowCount(), 30);
        model.setChangeFeed(m_feed.get());

        QTableView view;
        view.setModel(&model);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Newest first: row 2 is ticket 28.
        QCOMPARE(model.ticket(2).id, qint64(28));
        view.selectionModel()->select(model.index(2, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows | QItemSelectionModel::Current);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // Status of the selected ticket changed elsewhere: the row changes in place.
        other("UPDATE tickets SET status = 'resolved' WHERE id = 28");
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(2, 0).data(TicketListModel::StatusKeyRole).toString(), u"resolved"_s, kLiveTimeoutMs);
        QCOMPARE(selectedId(&view, TicketListModel::IdRole), qint64(28));
        QCOMPARE(model.rowCount(), 30); // loaded pages kept

        // A new ticket goes on top; the selection follows its row.
        other("INSERT INTO tickets (id, code, customer_id, subject, issue_type, status, created_at) VALUES "
              "(31, 'TCK-00031', 1, 'Nouveau', 'wifi', 'open', timestamptz '2024-01-03 00:00:00+00')");
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 31, kLiveTimeoutMs);
        QCOMPARE(model.ticket(0).id, qint64(31));
        QCOMPARE(selectedId(&view, TicketListModel::IdRole), qint64(28));

        // With a filter on open tickets, a ticket that is closed elsewhere leaves the list.
        model.setQuery(
            [] {
                ops::tickets::TicketFilter f;
                f.statuses = QStringList{u"open"_s};
                return f;
            }(),
            ops::tickets::TicketSort::CreatedDesc);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 10 && !model.isLoading(), 15000);
        const int before = model.rowCount();
        QCOMPARE(model.ticket(1).id, qint64(30));
        view.selectionModel()->select(model.index(3, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows | QItemSelectionModel::Current);
        const qint64 selected = model.ticket(3).id;
        resets.clear();
        other("UPDATE tickets SET status = 'closed' WHERE id = 30");
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before - 1, kLiveTimeoutMs);
        QCOMPARE(model.ticket(1).id, qint64(29));
        QCOMPARE(selectedId(&view, TicketListModel::IdRole), selected);
        QCOMPARE(resets.count(), 0);
    }

    // Law 25: opening the file writes one 'view' audit row; its live refreshes write none (open + 3 refreshes: 1).
    void viewIsAuditedOnceNotAtEveryRefresh()
    {
        const auto views = [this] {
            auto r = m_other->exec(
                "SELECT count(*) FROM audit_log WHERE action = 'view' AND entity = 'customer' AND entity_id = 2");
            return r.ok() ? r.value().int64(0, 0) : -1;
        };
        const qint64 before = views();
        CustomerFileWidget file(m_customers.get(), 2);
        file.setChangeFeed(m_feed.get());
        file.show();
        QVERIFY(QTest::qWaitForWindowExposed(&file));
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        QCOMPARE(views(), before + 1);
        for (int i = 0; i < 3; ++i) {
            const quint64 refreshes = file.liveRefreshCount();
            other(i % 2 == 0 ? "UPDATE customers SET display_name = 'Marc Gagnon-Roy' WHERE id = 2"
                             : "UPDATE customers SET display_name = 'Marc Gagnon' WHERE id = 2");
            QTRY_VERIFY_WITH_TIMEOUT(file.liveRefreshCount() > refreshes, kLiveTimeoutMs);
        }
        QCOMPARE(views(), before + 1);
    }
};

QTEST_MAIN(TestLiveCustomerFile)
#include "TestLiveCustomerFile.moc"
