// TicketListModel under QAbstractItemModelTester with a fake page source: pages arrive asynchronously, fetchMore
// appends with beginInsertRows (no reset) and keeps the selection, late pages of an old query are dropped, errors are
// reported. Plus the list widget's keyboard paths (Ctrl+F, Enter opens the customer).
#include <memory>
#include <vector>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

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

QTEST_MAIN(TestTicketListModel)
#include "TestTicketListModel.moc"
