#include <cmath>

#include <QTest>

#include "core/map/WebMercator.h"

using namespace ops::map::mercator;
using namespace Qt::Literals::StringLiterals;

class TestWebMercator : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("origin") << 0.0 << 0.0;
        QTest::newRow("quebec-city") << 46.8139 << -71.2080;
        QTest::newRow("saint-jerome") << 45.7804 << -74.0036;
        QTest::newRow("mont-tremblant") << 46.1185 << -74.5962;
        QTest::newRow("south-west") << -33.8688 << 151.2093;
        QTest::newRow("near-edge") << 85.0 << 179.9;
    }
    void roundTrips()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        for (int z : {0, 5, 12, 19}) {
            const GeoPoint back = unproject(project({lat, lon}, z), z);
            QVERIFY2(std::abs(back.latitude - lat) < 1e-9, qPrintable(u"z=%1"_s.arg(z)));
            QVERIFY(std::abs(back.longitude - lon) < 1e-9);
        }
    }

    void knownPixels()
    {
        QCOMPARE(worldSize(0), 256.0);
        QCOMPARE(worldSize(2), 1024.0);
        const QPointF c = project({0, 0}, 1);
        QCOMPARE(c, QPointF(256, 256));
        QVERIFY(std::abs(project({kMaxLatitude, -180}, 3).y()) < 1e-6);
        QVERIFY(std::abs(project({-kMaxLatitude, 180}, 3).y() - worldSize(3)) < 1e-6);
    }

    void tilesAtKnownPoints()
    {
        // Values from the OSM slippy-map formula (wiki.openstreetmap.org/wiki/Slippy_map_tilenames).
        QCOMPARE(tileAt({0, 0}, 0), (TileId{0, 0, 0}));
        QCOMPARE(tileAt({46.8139, -71.2080}, 10), (TileId{10, 309, 360})); // Québec
        QCOMPARE(tileAt({45.7804, -74.0036}, 12), (TileId{12, 1206, 1460})); // Saint-Jérôme
        QCOMPARE(tileAt({45.5017, -73.5673}, 15), (TileId{15, 9687, 11722})); // Montréal
        QCOMPARE(tileAt({89, 200}, 2), (TileId{2, 0, 0})); // clamped latitude, wrapped longitude
        QCOMPARE(tileCount(3), 8);
    }

    void scaleAndGrid()
    {
        QVERIFY(std::abs(metersPerPixel(0, 0) - 156543.03392) < 0.01);
        QVERIFY(std::abs(metersPerPixel(46.8139, 15) - 3.27) < 0.01); // Québec, street level
        QCOMPARE(niceDistance(730), 500.0);
        QCOMPARE(niceDistance(1999), 1000.0);
        QCOMPARE(niceDistance(2000), 2000.0);
        QCOMPARE(niceDistance(0.7), 0.5);
        QCOMPARE(niceDistance(0), 0.0);
        QCOMPARE(graticuleStep(0.05), 0.01);
        QCOMPARE(graticuleStep(3), 0.5);
        QCOMPARE(graticuleStep(360), 45.0);
        QCOMPARE(wrapLongitude(190), -170.0);
        QCOMPARE(wrapLongitude(-180), -180.0);
    }

    void zoomToFitQuebec()
    {
        // Saint-Jérôme to Mont-Tremblant (~60 km) in 400 × 300 pixels.
        const int z = zoomToFit(45.7804, -74.5962, 46.1185, -74.0036, 400, 300);
        QCOMPARE(z, 9);
        QCOMPARE(zoomToFit(46.8, -71.2, 46.8, -71.2, 400, 300), kMaxZoom); // one point
    }

    void urlTemplates()
    {
        QCOMPARE(
            tileUrl(u"https://tile.example/{z}/{x}/{y}.png"_s, {7, 37, 45}), u"https://tile.example/7/37/45.png"_s);
        QVERIFY(isValidTemplate(u"https://tile.example/{z}/{x}/{y}.png"_s));
        QVERIFY(!isValidTemplate(QString()));
        QVERIFY(!isValidTemplate(u"file:///tmp/{z}/{x}/{y}.png"_s));
        QVERIFY(!isValidTemplate(u"https://tile.example/{z}/{x}.png"_s));
    }
};

QTEST_APPLESS_MAIN(TestWebMercator)
#include "TestWebMercator.moc"
