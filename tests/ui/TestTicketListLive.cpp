// The ticket list on a throwaway cluster with a real listener: live tickets inserted from another connection while the
// user is scrolled down do not move the rows on screen (the "N new tickets ↑" pill appears; at the very top new rows
// simply appear), and the parent/child tree: an outage parent expands with the keyboard, its children come from
// TicketService::children (one round trip), a new child inserted elsewhere appears under it. The model runs under
// QAbstractItemModelTester throughout. Screenshots with OPS_SCREENSHOT_DIR.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"
#include "core/live/ChangeFeed.h"
#include "core/tickets/TicketService.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/tickets/TicketListModel.h"
#include "ui/tickets/TicketListWidget.h"

using namespace ops;
using namespace ops::tickets;
using namespace Qt::Literals::StringLiterals;

class TestTicketListLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void liveInsertKeepsVisibleRows();
    void liveInsertAtTheTopAppears();
    void treeExpandsWithKeyboard();

private:
    void other(const char *sql)
    {
        auto r = m_other->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    std::unique_ptr<TicketListWidget> openList();

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_other;
    std::unique_ptr<DbExecutor> m_db;
    QThreadPool m_cpu; // exports format here (the Session's CPU pool in the app)
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<live::ChangeFeed> m_feed;
    std::unique_ptr<db::PgListener> m_listener;
};

void TestTicketListLive::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto conninfo = m_cluster->freshDatabase();
    QVERIFY(conninfo.ok());
    auto opened = db::PgConnection::open(conninfo.value());
    QVERIFY(opened.ok());
    m_other = std::move(opened.value());
    other("INSERT INTO customers (id, code, display_name) VALUES (1, 'CUST-00041', 'Élise Tremblay')");
    // 300 tickets, one a minute, ten minutes ago and older; an outage parent (5 min ago) with three children.
    other("INSERT INTO tickets (customer_id, subject, issue_type, status, created_at, updated_at)"
          " SELECT 1, 'Billet ' || n, 'wifi', 'open', now() - make_interval(mins => 10 + n),"
          " now() - make_interval(mins => 10 + n) FROM generate_series(1, 300) n");
    other("INSERT INTO tickets (id, subject, issue_type, status, created_at) VALUES"
          " (1000, 'Panne OLT Saint-Jérôme port 3', 'outage', 'open', now() - interval '5 minutes')");
    other("INSERT INTO tickets (parent_id, customer_id, subject, issue_type, created_at)"
          " SELECT 1000, 1, 'Client touché ' || n, 'no_internet', now() - make_interval(mins => 5 - n)"
          " FROM generate_series(1, 3) n");

    m_db = std::make_unique<DbExecutor>(conninfo.value(), 2);
    m_tickets = std::make_unique<TicketService>(*m_db, m_cpu);
    m_feed = std::make_unique<live::ChangeFeed>();
    m_listener = std::make_unique<db::PgListener>(conninfo.value());
    connect(m_listener.get(), &db::PgListener::notified, m_feed.get(), &live::ChangeFeed::onNotification,
        Qt::QueuedConnection);
    m_listener->listen(u"ops_change"_s);
    m_listener->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_listener->isConnected(), 15000);
}

void TestTicketListLive::cleanupTestCase()
{
    if (m_listener)
        m_listener->stop();
    m_listener.reset();
    m_feed.reset();
    m_tickets.reset();
    m_db.reset();
    m_other.reset();
    m_cluster.reset();
}

std::unique_ptr<TicketListWidget> TestTicketListLive::openList()
{
    auto w = std::make_unique<TicketListWidget>();
    w->resize(1200, 600);
    w->setTicketService(m_tickets.get());
    w->model()->setChangeFeed(m_feed.get());
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return {};
    QElapsedTimer t;
    t.start();
    while ((w->model()->rowCount() < 100 || w->model()->isLoading()) && t.elapsed() < 10000)
        QTest::qWait(20);
    return w;
}

void TestTicketListLive::liveInsertKeepsVisibleRows()
{
    auto w = openList();
    QVERIFY(w);
    QAbstractItemModelTester tester(w->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeView *view = w->view();
    QScrollBar *bar = view->verticalScrollBar();
    QVERIFY(bar->maximum() > 20);
    bar->setValue(bar->maximum() / 3); // somewhere in the middle, away from both ends (no page is pulled)
    QTest::qWait(50);
    QTRY_VERIFY(!w->model()->isLoading());
    const int rowsBefore = w->model()->rowCount();
    const qint64 firstVisible = w->firstVisibleTicketId();
    QVERIFY(firstVisible > 0);
    const QModelIndex anchor = view->indexAt(QPoint(1, 1));
    const int topBefore = view->visualRect(anchor).top();
    const int valueBefore = bar->value();
    QVERIFY(w->newTicketsPill()->isHidden());

    QSignalSpy live(w->model(), &TicketListModel::liveUpdated);
    other("INSERT INTO tickets (customer_id, subject, issue_type) VALUES (1, 'Nouveau A', 'wifi'),"
          " (1, 'Nouveau B', 'tv'), (1, 'Nouveau C', 'phone')");
    QTRY_COMPARE_WITH_TIMEOUT(w->model()->rowCount(), rowsBefore + 3, 10000);
    QTest::qWait(50);
    QCOMPARE(w->model()->ticket(0).subject.left(7), u"Nouveau"_s);
    // The rows being read did not move: same first visible ticket, same place, the view scrolled by the new rows.
    QCOMPARE(w->firstVisibleTicketId(), firstVisible);
    QCOMPARE(view->visualRect(view->indexAt(QPoint(1, 1))).top(), topBefore);
    QVERIFY(bar->value() > valueBefore);
    QCOMPARE(w->pendingNewAbove(), 3);
    QVERIFY(w->newTicketsPill()->isVisible());
    QVERIFY(w->newTicketsPill()->text().contains(u'3'));
    QVERIFY(test::saveScreenshot(*w, u"ticket-list-new-pill"_s));

    // The pill scrolls to the new rows and goes away.
    QTest::mouseClick(w->newTicketsPill(), Qt::LeftButton);
    QCOMPARE(bar->value(), bar->minimum());
    QVERIFY(w->newTicketsPill()->isHidden());
    QCOMPARE(w->pendingNewAbove(), 0);
    QCOMPARE(w->firstVisibleTicketId(), w->model()->ticket(0).id);
}

void TestTicketListLive::liveInsertAtTheTopAppears()
{
    auto w = openList();
    QVERIFY(w);
    QScrollBar *bar = w->view()->verticalScrollBar();
    QCOMPARE(bar->value(), bar->minimum());
    const int rowsBefore = w->model()->rowCount();
    other("INSERT INTO tickets (customer_id, subject, issue_type) VALUES (1, 'Tout en haut', 'wifi')");
    QTRY_COMPARE_WITH_TIMEOUT(w->model()->rowCount(), rowsBefore + 1, 10000);
    QTest::qWait(50);
    QCOMPARE(bar->value(), bar->minimum());
    QCOMPARE(w->model()->ticket(0).subject, u"Tout en haut"_s);
    QCOMPARE(w->firstVisibleTicketId(), w->model()->ticket(0).id);
    QVERIFY(w->newTicketsPill()->isHidden());
}

void TestTicketListLive::treeExpandsWithKeyboard()
{
    auto w = openList();
    QVERIFY(w);
    TicketListModel *model = w->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->isTree());
    int parentRow = -1;
    for (int r = 0; r < model->rowCount() && parentRow < 0; ++r)
        if (model->ticket(r).id == 1000)
            parentRow = r;
    QVERIFY(parentRow >= 0);
    const QPersistentModelIndex parent = model->index(parentRow, 0);
    QCOMPARE(model->ticket(parentRow).childCount, 3);
    QVERIFY(model->hasChildren(parent));
    QTreeView *view = w->view();
    view->setFocus();
    view->setCurrentIndex(model->index(parentRow, TicketListModel::Subject));
    QSignalSpy arrived(model, &TicketListModel::childrenArrived);
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->isExpanded(parent));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(parent), 3, 10000);
    QCOMPARE(arrived.size(), 1);
    const QModelIndex child = model->index(0, TicketListModel::Subject, parent);
    QCOMPARE(child.data().toString(), u"Client touché 1"_s); // oldest first
    QVERIFY(child.data(TicketListModel::IsChildRole).toBool());
    QCOMPARE(model->index(0, TicketListModel::Parent, parent).data().toString(), model->ticket(parentRow).code);
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(*w, u"ticket-list-tree-live"_s));

    // A new child recorded elsewhere appears under the expanded parent.
    other("INSERT INTO tickets (parent_id, customer_id, subject, issue_type) VALUES"
          " (1000, 1, 'Client touché 4', 'no_internet')");
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(parent), 4, 10000);
    QCOMPARE(model->index(3, TicketListModel::Subject, parent).data().toString(), u"Client touché 4"_s);
    QCOMPARE(model->index(parent.row(), TicketListModel::Children).data().toString(), u"4"_s);

    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(!view->isExpanded(parent));
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->isExpanded(parent));
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(!view->isExpanded(parent));
    QCOMPARE(arrived.size(), 2); // the first expand and the live re-read: no round trip per expand
}

QTEST_MAIN(TestTicketListLive)
#include "TestTicketListLive.moc"
