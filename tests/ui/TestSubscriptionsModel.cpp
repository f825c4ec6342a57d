#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

#include "ui/customers/SubscriptionsModel.h"

using ops::Money;
using ops::customers::Subscription;

class TestSubscriptionsModel : public QObject
{
    Q_OBJECT

private:
    static QList<Subscription> sample()
    {
        Subscription a;
        a.id = 10;
        a.code = QStringLiteral("SUB-00010");
        a.locationCode = QStringLiteral("LOC-00002");
        a.planNameFr = QStringLiteral("Fibre 1 Gbit/s");
        a.planNameEn = QStringLiteral("Fiber 1 Gbit/s");
        a.price = Money::fromCents(10995);
        a.startDate = QDate(2023, 4, 1);
        a.status = QStringLiteral("active");
        a.downloadMbps = 1000;
        a.uploadMbps = 1000;
        Subscription b;
        b.id = 11;
        b.code = QStringLiteral("SUB-00011");
        b.planName = QStringLiteral("TV Basic");
        b.price = Money::fromCents(2500);
        b.startDate = QDate(2021, 1, 15);
        b.endDate = QDate(2022, 1, 14);
        b.status = QStringLiteral("cancelled");
        return {a, b};
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void modelContract()
    {
        SubscriptionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(SubscriptionsModel::ColumnCount));
        model.setSubscriptions(sample());
        QCOMPARE(model.rowCount(), 2);
        model.setSubscriptions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRoles()
    {
        SubscriptionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubscriptions(sample());
        // planName empty: the plan name in the UI language.
        QCOMPARE(model.index(0, SubscriptionsModel::Plan).data().toString(), QStringLiteral("Fiber 1 Gbit/s"));
        QCOMPARE(model.index(1, SubscriptionsModel::Plan).data().toString(), QStringLiteral("TV Basic"));
        QCOMPARE(
            model.index(0, SubscriptionsModel::Price).data().toString(), Money::fromCents(10995).format(QLocale()));
        QCOMPARE(
            model.index(0, SubscriptionsModel::Price).data(SubscriptionsModel::PriceCentsRole).toLongLong(), 10995);
        QVERIFY(model.index(0, SubscriptionsModel::Speed).data().toString().contains(QStringLiteral("1,000")));
        QCOMPARE(model.index(0, SubscriptionsModel::End).data().toString(), QString());
        QVERIFY(!model.index(1, SubscriptionsModel::End).data().toString().isEmpty());
        QCOMPARE(model.index(1, SubscriptionsModel::Status).data().toString(), QStringLiteral("Cancelled"));
        QCOMPARE(model.index(1, SubscriptionsModel::Status).data(SubscriptionsModel::StatusKeyRole).toString(),
            QStringLiteral("cancelled"));
        QCOMPARE(model.index(0, SubscriptionsModel::Price).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.subscription(1).id, 11);
    }

    void sortsByRawValue()
    {
        SubscriptionsModel model;
        model.setSubscriptions(sample());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(SubscriptionsModel::SortRole);
        proxy.sort(SubscriptionsModel::Price); // cents, not "$109.95" vs "$25.00" as text
        QCOMPARE(proxy.index(0, SubscriptionsModel::Code).data().toString(), QStringLiteral("SUB-00011"));
        proxy.sort(SubscriptionsModel::Start, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, SubscriptionsModel::Code).data().toString(), QStringLiteral("SUB-00010"));
    }
};

QTEST_MAIN(TestSubscriptionsModel)
#include "TestSubscriptionsModel.moc"
