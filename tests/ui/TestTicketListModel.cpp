// TicketListModel under QAbstractItemModelTester with a fake page source: pages arrive asynchronously, fetchMore
// appends with beginInsertRows (no reset) and keeps the selection, late pages of an old query are dropped, errors are
// reported. Plus the list widget's keyboard paths (Ctrl+F, Enter opens the customer), the parent/child tree (children
// loaded on expand, Right/Left and +/-), and saved filters (save, apply, rename, delete, default on open).
#include <memory>
#include <vector>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPromise>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "core/settings/Settings.h"
#include "tests/support/Screenshot.h"
#include "ui/tickets/TicketListModel.h"
#include "ui/tickets/TicketListWidget.h"

using namespace ops;
using namespace ops::tickets;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Request
{
    TicketFilter filter;
    TicketSort sort;
    TicketCursor cursor;
    int limit = 0;
    std::shared_ptr<QPromise<Result<TicketPage>>> promise;
};

// Hands out futures that the test completes when it wants.
struct FakeSource
{
    std::vector<Request> requests;

    TicketListModel::PageFetcher fetcher()
    {
        return [this](const TicketFilter &f, TicketSort s, const TicketCursor &c, int limit) {
            Request r{f, s, c, limit, std::make_shared<QPromise<Result<TicketPage>>>()};
            r.promise->start();
            QFuture<Result<TicketPage>> future = r.promise->future();
            requests.push_back(std::move(r));
            return future;
        };
    }

    void deliver(size_t i, const Result<TicketPage> &page)
    {
        requests.at(i).promise->addResult(page);
        requests.at(i).promise->finish();
    }
};

// Children futures completed by the test.
struct FakeChildren
{
    std::vector<std::pair<qint64, std::shared_ptr<QPromise<Result<QList<TicketRow>>>>>> requests;

    TicketListModel::ChildFetcher fetcher()
    {
        return [this](qint64 parentId) {
            auto promise = std::make_shared<QPromise<Result<QList<TicketRow>>>>();
            promise->start();
            requests.emplace_back(parentId, promise);
            return promise->future();
        };
    }
    void deliver(size_t i, const Result<QList<TicketRow>> &rows)
    {
        requests.at(i).second->addResult(rows);
        requests.at(i).second->finish();
    }
};

TicketRow row(qint64 id, qint64 customerId = 7)
{
    TicketRow r;
    r.id = id;
    r.code = u"TCK-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
    r.subject = u"Sujet %1"_s.arg(id);
    r.customerId = customerId;
    if (customerId) {
        r.customerName = u"Hélène Côté"_s;
        r.customerCode = u"CUST-00007"_s;
    }
    r.issueType = u"wifi"_s;
    r.status = id % 2 ? u"open"_s : u"closed"_s;
    r.important = id % 3 == 0;
    r.assignedStaffName = u"Alice Roy"_s;
    r.createdAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(-id * 60);
    r.updatedAt = r.createdAt.addSecs(30);
    r.sortKeyMicros = r.createdAt.toMSecsSinceEpoch() * 1000;
    return r;
}

TicketPage page(qint64 firstId, int n, bool more)
{
    TicketPage p;
    for (int i = 0; i < n; ++i)
        p.rows << row(firstId + i);
    p.hasMore = more;
    if (more)
        p.nextCursor = {p.rows.last().sortKeyMicros, p.rows.last().id};
    p.roundTrips = 1;
    return p;
}

} // namespace

class TestTicketListModel : public QObject
{
    Q_OBJECT
private slots:
    void firstPageArrivesAsynchronously();
    void fetchMoreAppendsAndKeepsSelection();
    void lateResultsOfAnOldQueryAreDropped();
    void errorsAreReported();
    void displayStringsAndRoles();
    void widgetKeyboard();
    void hiddenListPullsNoPages();
    void treeLoadsChildrenOnExpand();
    void treeKeyboard();
    void savedFilters();
};

void TestTicketListModel::firstPageArrivesAsynchronously()
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FakeSource source;
    model.setFetcher(source.fetcher());
    QCOMPARE(source.requests.size(), size_t(1));
    QVERIFY(source.requests[0].cursor.isNull());
    QCOMPARE(source.requests[0].limit, model.pageSize());
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({})); // one request at a time
    source.deliver(0, page(1, 3, true));
    QCOMPARE(model.rowCount(), 0); // delivered through the event loop, never synchronously
    QTRY_COMPARE(model.rowCount(), 3);
    // The tester, like a view, asks for more as soon as rows arrive: the next page starts after the last row.
    if (source.requests.size() == 1) {
        QVERIFY(!model.isLoading());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
    }
    QCOMPARE(source.requests.size(), size_t(2));
    QCOMPARE(source.requests[1].cursor, (TicketCursor{row(3).sortKeyMicros, 3}));
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({}));
}

void TestTicketListModel::fetchMoreAppendsAndKeepsSelection()
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FakeSource source;
    model.setFetcher(source.fetcher());
    source.deliver(0, page(1, 3, true));
    QTRY_COMPARE(model.rowCount(), 3);

    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(
        model.index(1, TicketListModel::Subject), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex selected = selection.currentIndex();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.fetchMore({});
    QCOMPARE(source.requests.size(), size_t(2));
    const TicketCursor expected{row(3).sortKeyMicros, 3};
    QCOMPARE(source.requests[1].cursor, expected);
    source.deliver(1, page(4, 3, false));
    QTRY_COMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    QCOMPARE(reset.size(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(selection.currentIndex().row(), 1);
    QVERIFY(selection.isRowSelected(1, {}));
    QCOMPARE(model.data(model.index(5, TicketListModel::Code)).toString(), u"TCK-00006"_s);
    QVERIFY(!model.canFetchMore({}));
}

void TestTicketListModel::lateResultsOfAnOldQueryAreDropped()
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FakeSource source;
    model.setFetcher(source.fetcher());
    TicketFilter important;
    important.importantOnly = true;
    model.setQuery(important, TicketSort::UpdatedDesc);
    QCOMPARE(source.requests.size(), size_t(2));
    QVERIFY(source.requests[1].filter.importantOnly);
    QCOMPARE(source.requests[1].sort, TicketSort::UpdatedDesc);
    source.deliver(1, page(100, 2, false));
    source.deliver(0, page(1, 5, true)); // the old query answers last
    QTRY_COMPARE(model.rowCount(), 2);
    QTest::qWait(20);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.ticket(0).id, qint64(100));
}

void TestTicketListModel::errorsAreReported()
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &TicketListModel::loadFailed);
    FakeSource source;
    model.setFetcher(source.fetcher());
    source.deliver(0, Error::make(Error::Kind::Unavailable, u"La base de données ne répond pas."_s));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"La base de données ne répond pas."_s);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    model.reload(); // retry
    QCOMPARE(source.requests.size(), size_t(2));
}

void TestTicketListModel::displayStringsAndRoles()
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FakeSource source;
    model.setFetcher(source.fetcher());
    TicketPage p = page(3, 1, false);
    p.rows << row(4, 0);
    p.rows[0].childCount = 12;
    p.rows[0].parentCode = u"TCK-00001"_s;
    source.deliver(0, p);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(TicketListModel::ColumnCount));
    const auto at = [&model](int r, int c, int role = Qt::DisplayRole) {
        return model.index(r, c).data(role);
    };
    QCOMPARE(at(0, TicketListModel::Customer).toString(), u"Hélène Côté (CUST-00007)"_s);
    QCOMPARE(at(0, TicketListModel::Status).toString(), u"Open"_s);
    QCOMPARE(at(0, TicketListModel::Status, TicketListModel::StatusKeyRole).toString(), u"open"_s);
    QCOMPARE(at(0, TicketListModel::Type).toString(), u"Wi-Fi"_s);
    QCOMPARE(at(0, TicketListModel::Children).toString(), u"12"_s);
    QCOMPARE(at(0, TicketListModel::Parent).toString(), u"TCK-00001"_s);
    QVERIFY(at(0, TicketListModel::Important, Qt::DecorationRole).isValid()); // 3 is important
    QVERIFY(!at(1, TicketListModel::Important, Qt::DecorationRole).isValid());
    QCOMPARE(at(0, TicketListModel::Created, TicketListModel::SortRole).toDateTime(), row(3).createdAt);
    QCOMPARE(at(1, TicketListModel::Customer).toString(), QString());
    QCOMPARE(at(1, TicketListModel::Code, TicketListModel::CustomerIdRole).toLongLong(), qint64(0));
    QCOMPARE(TicketListModel::statusLabel(u"unknown_key"_s), u"unknown_key"_s);
}

void TestTicketListModel::hiddenListPullsNoPages()
{
    // A list that is not on screen must not load the table page after page (a hidden view always "sees" its last
    // row); the first page still comes, so the list is ready when shown.
    TicketListModel model;
    model.setFetchEnabled(false);
    FakeSource source;
    model.setFetcher(source.fetcher());
    QCOMPARE(source.requests.size(), size_t(1));
    source.deliver(0, page(1, 3, true));
    QTRY_COMPARE(model.rowCount(), 3);
    QVERIFY(!model.canFetchMore({}));
    QTest::qWait(50);
    QCOMPARE(source.requests.size(), size_t(1));
    model.setFetchEnabled(true);
    QVERIFY(model.canFetchMore({}));
}

void TestTicketListModel::widgetKeyboard()
{
    TicketListWidget w;
    FakeSource source;
    w.model()->setFetcher(source.fetcher());
    TicketPage p = page(1, 2, false);
    p.rows << row(3, 0) << row(4, 0);
    p.rows[2].childCount = 2; // an outage parent
    source.deliver(0, p);
    w.resize(900, 500);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_COMPARE(w.model()->rowCount(), 4);
    QVERIFY(w.view()->uniformRowHeights());

    QTest::keyClick(w.view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w.textFilter()->hasFocus());

    QSignalSpy opened(&w, &TicketListWidget::customerRequested);
    w.view()->setFocus();
    w.view()->setCurrentIndex(w.model()->index(1, TicketListModel::Subject));
    QTest::keyClick(w.view(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), qint64(7));
    QCOMPARE(opened.at(0).at(1).toString(), u"CUST-00007"_s);
    w.view()->setCurrentIndex(w.model()->index(3, TicketListModel::Subject)); // no customer: nothing to open
    QTest::keyClick(w.view(), Qt::Key_Enter);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(w.currentFilter().parentId, qint64(0));

    // Enter on an outage parent lists its children.
    const size_t before = source.requests.size();
    w.view()->setCurrentIndex(w.model()->index(2, TicketListModel::Subject));
    QTest::keyClick(w.view(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(w.currentFilter().parentId, qint64(3));
    QCOMPARE(source.requests.size(), before + 1);
    QCOMPARE(source.requests.back().filter.parentId, qint64(3));
}

namespace {
QList<TicketRow> childrenOf(qint64 parentId, qint64 firstId, int n)
{
    QList<TicketRow> rows;
    for (int i = 0; i < n; ++i) {
        TicketRow r = row(firstId + i);
        r.parentId = parentId;
        r.parentCode = u"TCK-%1"_s.arg(parentId, 5, 10, QLatin1Char('0'));
        rows << r;
    }
    return rows;
}
} // namespace

void TestTicketListModel::treeLoadsChildrenOnExpand()
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FakeSource source;
    FakeChildren children;
    model.setChildFetcher(children.fetcher());
    model.setFetcher(source.fetcher());
    QVERIFY(model.isTree());
    TicketPage p = page(1, 3, true);
    p.rows[1].childCount = 2; // TCK-00002: an outage parent
    p.rows[1].customerId = 0;
    source.deliver(0, p);
    QTRY_COMPARE(model.rowCount(), 3);
    const QModelIndex parent = model.index(1, 0);
    QVERIFY(model.hasChildren(parent));
    QVERIFY(!model.hasChildren(model.index(0, 0)));
    QCOMPARE(model.rowCount(parent), 0);
    // The tester fetches every parent it checks, as a view does on expand; otherwise ask like QTreeView::expand.
    if (children.requests.empty()) {
        QVERIFY(model.canFetchMore(parent));
        model.fetchMore(parent);
    }
    QCOMPARE(children.requests.size(), size_t(1));
    QCOMPARE(children.requests[0].first, qint64(2));
    QVERIFY(!model.canFetchMore(parent)); // one round trip at a time
    children.deliver(0, childrenOf(2, 50, 2));
    QCOMPARE(model.rowCount(parent), 0); // asynchronous
    QTRY_COMPARE(model.rowCount(parent), 2);
    QVERIFY(!model.canFetchMore(parent)); // loaded once, not paged
    const QModelIndex child = model.index(1, TicketListModel::Code, parent);
    QCOMPARE(child.parent(), parent);
    QCOMPARE(child.data().toString(), u"TCK-00051"_s);
    QVERIFY(child.data(TicketListModel::IsChildRole).toBool());
    QCOMPARE(child.data(TicketListModel::ParentIdRole).toLongLong(), qint64(2));
    QCOMPARE(model.index(1, TicketListModel::Parent, parent).data().toString(), u"TCK-00002"_s);
    QVERIFY(child.data(Qt::ToolTipRole).toString().contains(u"TCK-00002"_s));
    QVERIFY(!parent.data(TicketListModel::IsChildRole).toBool());
    QCOMPARE(model.ticket(child).id, qint64(51));
    QVERIFY(!model.hasChildren(child));

    // The next top-level page is keyset-paged as before (the children do not move the cursor) and keeps the tree.
    const QPersistentModelIndex kept(child);
    model.fetchMore({});
    QCOMPARE(source.requests.back().cursor, (TicketCursor{row(3).sortKeyMicros, 3}));
    source.deliver(source.requests.size() - 1, page(4, 2, false));
    QTRY_COMPARE(model.rowCount(), 5);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(TicketListModel::IdRole).toLongLong(), qint64(51));
    QCOMPARE(model.rowCount(model.index(1, 0)), 2);

    // A failed children read is reported and not retried in a loop.
    QSignalSpy failed(&model, &TicketListModel::loadFailed);
    TicketPage again = page(1, 3, false);
    again.rows[2].childCount = 1;
    model.reload();
    source.deliver(source.requests.size() - 1, again);
    QTRY_COMPARE(model.rowCount(), 3);
    const QModelIndex third = model.index(2, 0);
    if (children.requests.size() == 1)
        model.fetchMore(third);
    QCOMPARE(children.requests.size(), size_t(2));
    children.deliver(1, Error::make(Error::Kind::Unavailable, u"Pas de connexion"_s));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!model.canFetchMore(third));
}

void TestTicketListModel::treeKeyboard()
{
    TicketListWidget w;
    FakeSource source;
    FakeChildren children;
    w.model()->setChildFetcher(children.fetcher());
    w.model()->setFetcher(source.fetcher());
    TicketPage p = page(1, 3, false);
    p.rows[0].childCount = 3;
    p.rows[0].customerId = 0;
    p.rows[0].issueType = u"outage"_s;
    p.rows[0].subject = u"Panne OLT Saint-Jérôme port 3"_s;
    source.deliver(0, p);
    w.resize(1000, 400);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_COMPARE(w.model()->rowCount(), 3);
    QTreeView *view = w.view();
    view->setFocus();
    const QModelIndex parent = w.model()->index(0, 0);
    view->setCurrentIndex(w.model()->index(0, TicketListModel::Subject));
    QVERIFY(!view->isExpanded(parent));

    QTest::keyClick(view, Qt::Key_Right); // expands and asks for the children (once)
    QVERIFY(view->isExpanded(parent));
    QCOMPARE(children.requests.size(), size_t(1));
    QCOMPARE(children.requests[0].first, qint64(1));
    children.deliver(0, childrenOf(1, 40, 3));
    QTRY_COMPARE(w.model()->rowCount(parent), 3);
    QTest::qWait(50);
    QVERIFY(view->visualRect(w.model()->index(0, TicketListModel::Code, parent)).isValid());
    // Children are indented under their parent (the tree column is the ticket code).
    QVERIFY(view->visualRect(w.model()->index(0, TicketListModel::Code, parent)).left()
        > view->visualRect(w.model()->index(1, TicketListModel::Code)).left());
    QVERIFY(test::saveScreenshot(w, u"ticket-list-tree"_s));

    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(!view->isExpanded(parent));
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->isExpanded(parent));
    QCOMPARE(children.requests.size(), size_t(1)); // already loaded: no second round trip
    QTest::keyClick(view, Qt::Key_Down); // the first child
    QCOMPARE(view->currentIndex().parent(), parent);
    QTest::keyClick(view, Qt::Key_Left); // to its parent
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(!view->currentIndex().parent().isValid());
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(!view->isExpanded(parent));
    // - on a child collapses its parent and goes back to it.
    QTest::keyClick(view, Qt::Key_Plus);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().parent(), parent);
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(!view->isExpanded(parent));
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(!view->currentIndex().parent().isValid());
    // The only row with an arrow is the parent.
    QVERIFY(!w.model()->hasChildren(w.model()->index(1, 0)));
}

void TestTicketListModel::savedFilters()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(u"ops.ini"_s));
    {
        TicketListWidget w(&settings);
        FakeSource source;
        w.model()->setFetcher(source.fetcher());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.savedFilters().filters().isEmpty());
        QVERIFY(!w.saveCurrentFilterAs(u"   "_s)); // a name is required

        SavedTicketFilter urgent;
        urgent.statuses = {u"open"_s, u"in_progress"_s, u"waiting"_s};
        urgent.importantOnly = true;
        urgent.text = u"fibre"_s;
        urgent.sort = TicketSort::UpdatedDesc;
        urgent.createdFrom = QDate(2026, 11, 1);
        urgent.createdTo = QDate(2026, 11, 15);
        w.setCriteria(urgent);
        QCOMPARE(source.requests.back().filter.text, u"fibre"_s);
        QVERIFY(source.requests.back().filter.importantOnly);
        QCOMPARE(source.requests.back().sort, TicketSort::UpdatedDesc);
        QVERIFY(w.saveCurrentFilterAs(u"  Urgent  fibre "_s));
        QVERIFY(w.savedFilters().find(u"Urgent fibre"_s));
        QVERIFY(w.savedFilters().find(u"Urgent fibre"_s)->sameCriteria(urgent));

        // Back to everything, then the saved filter from its menu (keyboard: Alt+S opens it).
        w.setCriteria({});
        QVERIFY(!source.requests.back().filter.importantOnly);
        QMenu *menu = w.savedFiltersButton()->menu();
        emit menu->aboutToShow();
        QAction *entry = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == u"Urgent fibre"_s)
                entry = a;
        QVERIFY(entry);
        entry->trigger();
        QVERIFY(w.currentCriteria().sameCriteria(urgent));
        QCOMPARE(source.requests.back().filter.createdFrom, QDate(2026, 11, 1).startOfDay().toUTC());
        QCOMPARE(source.requests.back().filter.createdTo, QDate(2026, 11, 16).startOfDay().toUTC());

        QVERIFY(w.renameSavedFilter(u"Urgent fibre"_s, u"Urgences"_s));
        QVERIFY(w.setDefaultSavedFilter(u"Urgences"_s));
        SavedTicketFilter mine;
        mine.assignedStaffId = 4;
        w.setCriteria(mine);
        QVERIFY(w.saveCurrentFilterAs(u"Les miens"_s));
        QVERIFY(!w.renameSavedFilter(u"Les miens"_s, u"Urgences"_s)); // taken
        emit menu->aboutToShow();
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << a->text();
        QVERIFY2(texts.contains(u"Urgences (default)"_s), qPrintable(texts.join(u'|')));
        QVERIFY(test::saveScreenshot(w, u"ticket-list-saved-filters"_s));
    }
    // Persisted per user; the default is applied when the list opens (before any page is asked for).
    {
        const auto saved = SavedTicketFilters::fromJson(
            settings.uiState(QString::fromLatin1(TicketListWidget::kSavedFiltersKey)).toByteArray());
        QCOMPARE(saved.filters().size(), 2);
        QCOMPARE(saved.defaultName(), u"Urgences"_s);
        TicketListWidget w(&settings);
        FakeSource source;
        w.model()->setFetcher(source.fetcher());
        QCOMPARE(source.requests.size(), size_t(1));
        QCOMPARE(source.requests[0].filter.text, u"fibre"_s);
        QVERIFY(source.requests[0].filter.importantOnly);
        QCOMPARE(source.requests[0].sort, TicketSort::UpdatedDesc);
        QCOMPARE(w.textFilter()->text(), u"fibre"_s);
        QVERIFY(w.deleteSavedFilter(u"Urgences"_s));
        QVERIFY(w.savedFilters().defaultName().isEmpty());
        QVERIFY(!w.savedFilters().find(u"Urgences"_s));
        QVERIFY(w.savedFilters().find(u"Les miens"_s));
    }
}

QTEST_MAIN(TestTicketListModel)
#include "TestTicketListModel.moc"
