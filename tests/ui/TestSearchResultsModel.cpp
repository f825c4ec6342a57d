#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include "ui/search/SearchResultsModel.h"

using ops::search::HitKind;
using ops::search::SearchHit;
using ops::search::SearchResults;

class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private:
    static SearchResults sample()
    {
        SearchResults r;
        r.query = QStringLiteral("tremblay");
        r.elapsedUs = 4200;
        SearchHit c;
        c.kind = HitKind::Customer;
        c.entityId = 42;
        c.customerId = 42;
        c.code = QStringLiteral("CUST-00042");
        c.title = QStringLiteral("Élise Tremblay");
        c.subtitle = QStringLiteral("Saint-Jérôme · (450) 555-0142");
        c.status = QStringLiteral("active");
        c.rank = 2;
        SearchHit l;
        l.kind = HitKind::Location;
        l.entityId = 7;
        l.customerId = 42;
        l.code = QStringLiteral("LOC-00007");
        l.title = QStringLiteral("123 rue Principale, Saint-Jérôme");
        l.status = QStringLiteral("planned");
        SearchHit e;
        e.kind = HitKind::Equipment;
        e.entityId = 9;
        e.customerId = 0;
        e.code = QStringLiteral("EQP-00009");
        e.title = QStringLiteral("Nokia G-010G-Q · ALCL12345678");
        e.status = QStringLiteral("in_stock");
        r.hits = {c, l, e};
        return r;
    }

private slots:
    void emptyModel()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.query().isEmpty());
    }

    void rolesArePrecomputed()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResults(sample());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.query(), QStringLiteral("tremblay"));
        QCOMPARE(model.elapsedUs(), 4200);

        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("Élise Tremblay"));
        QCOMPARE(first.data(SearchResultsModel::CodeRole).toString(), QStringLiteral("CUST-00042"));
        QCOMPARE(first.data(SearchResultsModel::KindRole).toInt(), int(HitKind::Customer));
        QCOMPARE(first.data(SearchResultsModel::KindLabelRole).toString(), QStringLiteral("Customer"));
        QCOMPARE(first.data(SearchResultsModel::StatusKeyRole).toString(), QStringLiteral("active"));
        QCOMPARE(first.data(SearchResultsModel::StatusLabelRole).toString(), QStringLiteral("Active"));
        QCOMPARE(first.data(SearchResultsModel::CustomerIdRole).toLongLong(), 42);
        QCOMPARE(first.data(SearchResultsModel::RankRole).toInt(), 2);
        QVERIFY(first.data(SearchResultsModel::DetailRole).toString().contains(QStringLiteral("CUST-00042")));
        QVERIFY(first.data(SearchResultsModel::DetailRole).toString().contains(QStringLiteral("Saint-Jérôme")));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("(450) 555-0142")));
        QVERIFY(!qvariant_cast<QIcon>(first.data(Qt::DecorationRole)).isNull());

        const QModelIndex equipment = model.index(2, 0);
        QCOMPARE(equipment.data(SearchResultsModel::KindLabelRole).toString(), QStringLiteral("Equipment"));
        QCOMPARE(equipment.data(SearchResultsModel::CustomerIdRole).toLongLong(), 0);
        QCOMPARE(equipment.data(SearchResultsModel::StatusLabelRole).toString(), QStringLiteral("In stock"));
        QCOMPARE(model.hit(1).code, QStringLiteral("LOC-00007"));

        QVERIFY(!model.index(3, 0).isValid());
        QVERIFY(model.roleNames().contains(SearchResultsModel::CodeRole));
    }

    void unknownStatusShownAsIs()
    {
        SearchResultsModel model;
        SearchResults r = sample();
        r.hits[0].status = QStringLiteral("mystery");
        model.setResults(r);
        QCOMPARE(model.index(0, 0).data(SearchResultsModel::StatusLabelRole).toString(), QStringLiteral("mystery"));
    }

    void newQueryReplacesAndClearEmpties()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(sample());
        SearchResults one;
        one.query = QStringLiteral("x");
        one.hits = {sample().hits.first()};
        model.setResults(one);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.query().isEmpty());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear(); // already empty: no needless reset
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(TestSearchResultsModel)
#include "TestSearchResultsModel.moc"
