#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include "ui/customers/LocationsModel.h"

using ops::customers::ServiceLocation;

class TestLocationsModel : public QObject
{
    Q_OBJECT

private:
    static QList<ServiceLocation> sample()
    {
        ServiceLocation a;
        a.id = 1;
        a.code = QStringLiteral("LOC-00002");
        a.address = QStringLiteral("12 rue Labelle, Saint-Jérôme");
        a.postalCode = QStringLiteral("J7Z 5L3");
        a.oltName = QStringLiteral("OLT-SJ-01");
        a.oltPort = QStringLiteral("1/1/4");
        a.hasGps = true;
        a.latitude = 45.78;
        a.longitude = -74.0;
        a.status = QStringLiteral("active");
        ServiceLocation b;
        b.id = 2;
        b.code = QStringLiteral("LOC-00001");
        b.address = QStringLiteral("400 boul. des Laurentides, Sainte-Adèle");
        b.postalCode = QStringLiteral("J8B 1A1");
        b.status = QStringLiteral("planned");
        return {a, b};
    }

private slots:
    void modelContract()
    {
        LocationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(LocationsModel::ColumnCount));
        model.setLocations(sample());
        QCOMPARE(model.rowCount(), 2);
        model.setLocations({});
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRoles()
    {
        LocationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocations(sample());
        QCOMPARE(model.index(0, LocationsModel::Code).data().toString(), QStringLiteral("LOC-00002"));
        QCOMPARE(model.index(0, LocationsModel::Olt).data().toString(), QStringLiteral("OLT-SJ-01 / 1/1/4"));
        QVERIFY(model.index(0, LocationsModel::Gps).data().toString().startsWith(QStringLiteral("45.78")));
        QVERIFY(model.index(1, LocationsModel::Gps).data().toString().isEmpty());
        QCOMPARE(model.index(0, LocationsModel::Status).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(1, LocationsModel::Status).data().toString(), QStringLiteral("Planned"));
        QCOMPARE(model.index(1, LocationsModel::Status).data(LocationsModel::StatusKeyRole).toString(),
            QStringLiteral("planned"));
        QCOMPARE(model.index(1, 0).data(LocationsModel::IdRole).toLongLong(), 2);
        QCOMPARE(
            model.headerData(LocationsModel::PostalCode, Qt::Horizontal).toString(), QStringLiteral("Postal code"));
        QCOMPARE(model.location(1).code, QStringLiteral("LOC-00001"));
    }

    void sortsByRawValue()
    {
        LocationsModel model;
        model.setLocations(sample());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(LocationsModel::SortRole);
        proxy.sort(LocationsModel::Code);
        QCOMPARE(proxy.index(0, LocationsModel::Code).data().toString(), QStringLiteral("LOC-00001"));
        proxy.sort(LocationsModel::Status); // raw keys: "active" < "planned"
        QCOMPARE(proxy.index(0, LocationsModel::Code).data().toString(), QStringLiteral("LOC-00002"));
    }
};

QTEST_MAIN(TestLocationsModel)
#include "TestLocationsModel.moc"
