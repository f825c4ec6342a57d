// The keyset list base shared by the invoice and payment lists (KeysetTableModel/KeysetRows) and the widgets' pager
// (KeysetPager), on an in-memory source of 1,000 numbered rows answered when the test says: pages appended with their
// display text (QAbstractItemModelTester), an answer that arrives after a reload dropped, one request at a time, a
// failure that ends the paging with loadFailed, the view's own fetching turned off by the pager, and the pager asking
// for pages until the view is full and then as it scrolls to the end.
#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include "ui/common/KeysetPager.h"
#include "ui/common/KeysetTableModel.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct NumberCursor
{
    int after = 0; // 0: from the start
    bool isNull() const { return after == 0; }
};

struct NumberPage
{
    QList<int> rows;
    NumberCursor next;
};

// Rows 1..1000; each request is kept until answer() (or answers at once with `immediate`).
class NumberModel : public KeysetRows<int, NumberCursor>
{
public:
    struct Request
    {
        quint64 seq;
        int after;
        int size;
    };
    QList<Request> requests;
    bool immediate = false;
    bool source = true;

    void answer(int i, bool fail = false)
    {
        const Request r = requests.at(i);
        if (fail) {
            deliver(r.seq, ops::Result<NumberPage>(ops::Error::make(ops::Error::Kind::Internal, u"down"_s)));
            return;
        }
        NumberPage page;
        for (int n = r.after + 1; n <= qMin(1000, r.after + r.size); ++n)
            page.rows << n;
        if (!page.rows.isEmpty() && page.rows.last() < 1000)
            page.next = {page.rows.last()};
        deliver(r.seq, ops::Result<NumberPage>(page));
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
            return {};
        return textsAt(index.row()).at(0);
    }

protected:
    bool hasSource() const override { return source; }
    void requestPage(quint64 seq) override
    {
        requests.push_back({seq, nextCursor().after, pageSize()});
        if (immediate)
            answer(int(requests.size()) - 1);
    }
    QStringList displayTexts(const int &row) const override { return {u"row %1"_s.arg(row)}; }
};

} // namespace

class TestKeysetPaging : public QObject
{
    Q_OBJECT

private slots:
    void pagesAreAppended()
    {
        NumberModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &KeysetTableModel::pageLoaded);
        model.setPageSize(300);
        model.reload();
        QCOMPARE(model.requests.size(), 1);
        QVERIFY(model.isLoading());
        model.loadMore(); // one request at a time
        QCOMPARE(model.requests.size(), 1);
        model.answer(0);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.index(299, 0).data().toString(), u"row 300"_s);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(model.hasMore());
        QVERIFY(!model.isLoading());
        model.loadMore();
        QCOMPARE(model.requests.at(1).after, 300);
        model.answer(1);
        model.loadMore();
        model.answer(2);
        model.loadMore();
        model.answer(3);
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.hasMore());
        model.loadMore();
        QCOMPARE(model.requests.size(), 4);
    }

    void staleAnswersAreDropped()
    {
        NumberModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.reload(); // the filter changed before the first answer
        QCOMPARE(model.requests.size(), 2);
        model.answer(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isLoading());
        model.answer(1);
        QCOMPARE(model.rowCount(), 200);
    }

    void failureEndsThePaging()
    {
        NumberModel model;
        QSignalSpy failed(&model, &KeysetTableModel::loadFailed);
        model.reload();
        model.answer(0);
        model.loadMore();
        model.answer(1, true);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), u"down"_s);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(!model.hasMore());
        QVERIFY(!model.isLoading());
        model.source = false;
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.requests.size(), 2); // no source: nothing asked
    }

    void fetchFollowsTheSwitch()
    {
        NumberModel model;
        model.reload();
        model.answer(0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.requests.size(), 2);
        model.answer(1);
        model.setFetchEnabled(false);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.requests.size(), 2);
    }

    void pagerFillsTheViewThenFollowsTheScroll()
    {
        NumberModel model;
        model.immediate = true;
        model.setPageSize(10);
        QTreeView view;
        auto *pager = new KeysetPager(&view, &model);
        Q_UNUSED(pager);
        QVERIFY(!model.isFetchEnabled());
        QCOMPARE(view.model(), &model);
        view.resize(300, 400);
        model.reload();
        QCOMPARE(model.rowCount(), 10); // hidden: no more
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Pages until the view is more than full, and no further.
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > view.verticalScrollBar()->pageStep());
        QTest::qWait(50);
        const int filled = model.rowCount();
        QVERIFY(filled > 10);
        QVERIFY(filled < 200);
        view.scrollToBottom();
        QTRY_VERIFY(model.rowCount() > filled);
        QVERIFY(model.rowCount() < 1000);
    }
};

QTEST_MAIN(TestKeysetPaging)
#include "TestKeysetPaging.moc"
