// MapView: the offline base (no tile server), tiles from a fake tile server fetched off the GUI thread, and a tile
// server that is down (the offline base still drawn).
#include <algorithm>
#include <memory>

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/map/TileSource.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/Screenshot.h"
#include "ui/map/MapView.h"

using namespace Qt::Literals::StringLiterals;
using ops::test::FakeBehaviour;
using ops::test::FakeHttpServer;

namespace {

QByteArray pngTile(QColor color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool isNeutral(const QColor &c)
{
    return c.red() > 195 && c.green() > 195 && c.blue() > 195 && std::abs(c.red() - c.blue()) < 24;
}

QImage render(MapView &view)
{
    return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void offlineBaseDrawsMarkerAtExpectedPixel()
    {
        MapView view;
        view.resize(400, 300);
        view.setMarkers({{1, 45.7804, -74.0036, u"LOC-00001"_s, QColor(Qt::red)}});
        view.setZoom(15);
        view.setCenter(45.7804, -74.0036);
        view.setSelectedMarker(1);
        QVERIFY(!view.hasTileSource());
        // The marker's tip is the centre; the pin's body is drawn just above it in the marker colour.
        const QPointF at = view.widgetPosition(45.7804, -74.0036);
        QCOMPARE(at, QPointF(200, 150));
        const QImage image = render(view);
        const QColor body = image.pixelColor(200, 150 - 9);
        QVERIFY2(body.red() > 150 && body.green() < 80, qPrintable(body.name()));
        // Background elsewhere: the neutral base.
        QVERIFY(isNeutral(image.pixelColor(380, 60)));
        QCOMPARE(view.tilesDrawn(), 0);
        QVERIFY(ops::test::saveScreenshot(view, u"map-offline"_s));

        // Keyboard: + zooms in, arrows pan.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(view.zoom(), 16);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(view.zoom(), 14);
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.center().longitude > -74.0036);
        view.fitToMarkers();
        QVERIFY(std::abs(view.center().longitude + 74.0036) < 1e-6);
    }

    void placeholderWithoutGps()
    {
        MapView view;
        view.resize(300, 200);
        view.setPlaceholder(u"LOC-00002 has no GPS position"_s);
        const QImage image = render(view);
        QVERIFY(isNeutral(image.pixelColor(20, 180)));
        QVERIFY(ops::test::saveScreenshot(view, u"map-no-gps"_s));
    }

    void tilesFromServerOffTheGuiThread()
    {
        FakeHttpServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QByteArray png = pngTile(QColor(0x33, 0x99, 0x33));
        // Every tile path answers the same green PNG.
        for (int x = 0; x < 8; ++x)
            for (int y = 0; y < 8; ++y)
                server.setFallback(u"/3/%1/%2.png"_s.arg(x).arg(y).toUtf8(),
                    FakeBehaviour::fromBody(200, png, QByteArrayLiteral("image/png")));
        QTemporaryDir cache;
        auto source =
            std::make_shared<ops::map::TileSource>(server.url().toString() + u"/{z}/{x}/{y}.png"_s, cache.path());
        QVERIFY(source->isValid());
        // fetch() returns at once: the disk and network work runs on the source's own threads.
        auto pending = source->fetch({3, 2, 2});
        pending.waitForFinished();
        QVERIFY(pending.result().ok());

        MapView view;
        view.resize(300, 200);
        view.setZoom(3);
        view.setCenter(46.8, -71.2);
        view.setTileSource(source);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.repaint();
        QTRY_VERIFY_WITH_TIMEOUT(view.pendingTiles() == 0 && source->networkRequests() > 0, 10000);
        view.repaint();
        QTRY_VERIFY(view.tilesDrawn() > 0);
        const QImage image = render(view);
        QCOMPARE(image.pixelColor(250, 120), QColor(0x33, 0x99, 0x33));
        QVERIFY(server.requestCount() > 0);
        QVERIFY(ops::test::saveScreenshot(view, u"map-tiles"_s));

        // A second source over the same cache reads the disk, not the server.
        const int before = server.requestCount();
        ops::map::TileSource again(source->urlTemplate(), cache.path());
        auto f = again.fetch(ops::map::mercator::tileAt({46.8, -71.2}, 3));
        f.waitForFinished();
        QVERIFY(f.result().ok());
        QCOMPARE(again.diskHits(), 1);
        QCOMPARE(server.requestCount(), before);
    }

    // The disk cache has a size limit (256 MiB unless set) and evicts the oldest tiles, and expired ones, to keep it.
    void diskCacheIsLimitedAndEvicts()
    {
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        FakeHttpServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QByteArray png = pngTile(QColor(0x33, 0x66, 0x99));
        server.setFallback("/4/1/1.png", FakeBehaviour::fromBody(200, png, QByteArrayLiteral("image/png")));
        const QString tmpl = server.url().toString() + u"/{z}/{x}/{y}.png"_s;
        auto shared = ops::map::TileSource::shared(tmpl, cache.path());
        QCOMPARE(shared->maxDiskBytes(), 256LL * 1024 * 1024);
        shared.reset();

        // Ten 10 KiB tiles, written an hour apart (tile 0 the oldest), and one written 8 days ago.
        const QDateTime now = QDateTime::currentDateTime();
        auto put = [&](const QString &rel, const QDateTime &when) {
            const QString path = cache.path() + u'/' + rel;
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(10 * 1024, 'x')) != 10 * 1024 || !f.flush())
                return false;
            return f.setFileTime(when, QFileDevice::FileModificationTime);
        };
        for (int i = 0; i < 10; ++i)
            QVERIFY(put(u"5/%1/0.tile"_s.arg(i), now.addSecs(-3600 * (10 - i))));
        QVERIFY(put(u"5/99/0.tile"_s, now.addDays(-8)));

        ops::map::TileSource source(tmpl, cache.path());
        source.setMaxDiskBytes(1024 * 1024);
        // Under the limit: only the expired tile goes.
        QCOMPARE(source.expireDiskCache(), qint64(100 * 1024));
        QVERIFY(!QFile::exists(cache.path() + u"/5/99/0.tile"_s));

        // A fetched tile pushes the cache over 60 KiB: the oldest go, down to 90 % of the limit; the newest stay.
        source.setMaxDiskBytes(60 * 1024);
        auto f = source.fetch({4, 1, 1});
        f.waitForFinished();
        QVERIFY(f.result().ok());
        QVERIFY(QFile::exists(cache.path() + u"/4/1/1.tile"_s));
        qint64 total = 0;
        QDirIterator it(cache.path(), {u"*.tile"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            total += QFileInfo(it.next()).size();
        QVERIFY2(total <= 54 * 1024, qPrintable(QString::number(total)));
        QVERIFY(!QFile::exists(cache.path() + u"/5/0/0.tile"_s));
        QVERIFY(!QFile::exists(cache.path() + u"/5/4/0.tile"_s));
        QVERIFY(QFile::exists(cache.path() + u"/5/9/0.tile"_s));
    }

    void tileServerDownStillDrawsTheBase()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        const QString tmpl = server.url().toString() + u"/{z}/{x}/{y}.png"_s;
        server.stop(); // nobody listens any more
        auto source = std::make_shared<ops::map::TileSource>(tmpl, QString());
        MapView view;
        view.resize(300, 200);
        view.setMarkers({{7, 46.8139, -71.2080, u"Québec"_s, QColor(Qt::red)}});
        view.setZoom(12);
        view.setCenter(46.8139, -71.2080);
        view.setTileSource(source);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.repaint();
        QTRY_VERIFY_WITH_TIMEOUT(view.pendingTiles() == 0, 15000);
        const QImage image = render(view);
        QCOMPARE(view.tilesDrawn(), 0);
        QVERIFY(isNeutral(image.pixelColor(280, 60)));
        const QColor body = image.pixelColor(150, 100 - 8);
        QVERIFY2(body.red() > 150 && body.green() < 80, qPrintable(body.name()));
    }

    // 17,000 locations: drawn as clusters, whose members cannot be hit one by one; a marker kept out of clustering
    // (a technician) is drawn on its own and still clickable; panning keeps the clusters; zooming in splits them.
    void clustersManyMarkers()
    {
        QList<MapView::Marker> markers;
        for (int i = 0; i < 17000; ++i)
            markers << MapView::Marker{i + 1, 45.5 + (i % 130) * 0.005, -74.3 + (i / 130) * 0.005, QString(), {}};
        MapView::Marker tech{-1, 45.80, -74.00, u"Alice"_s, QColor(Qt::blue)};
        tech.shape = MapView::Marker::Shape::Dot;
        tech.clusterable = false;
        markers << tech;
        MapView view;
        view.resize(600, 400);
        view.setMarkers(markers);
        view.setZoom(9);
        view.setCenter(45.8, -74.0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.repaint();
        QCOMPARE(view.clustersDrawn(), 0); // no clustering asked for: every marker in view is drawn
        QVERIFY(view.markersDrawn() > 1000);
        view.setClusterRadius(44);
        view.repaint();
        const int clusters = view.clustersDrawn();
        QVERIFY(clusters > 0);
        QVERIFY2(clusters < 200, qPrintable(QString::number(clusters)));
        QCOMPARE(view.markersDrawn(), 1); // only the technician
        // The technician's dot is clicked at its centre.
        QSignalSpy activated(&view, &MapView::markerActivated);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.widgetPosition(45.80, -74.00).toPoint());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), -1);
        // Panning keeps the same clusters (anchored on the world, not the view).
        view.panBy({3, 0});
        view.repaint();
        view.panBy({-3, 0});
        view.repaint();
        QCOMPARE(view.clustersDrawn(), clusters);
        // Zoomed in far enough, the markers stand alone again.
        view.setZoom(16);
        view.repaint();
        QCOMPARE(view.clustersDrawn(), 0);
        QVERIFY(view.markersDrawn() > 1);
        view.setZoom(10);
        view.repaint();
        QVERIFY(ops::test::saveScreenshot(view, u"map-clusters"_s));
    }

    // Issue 15: at every zoom level, each clusterable marker is in exactly one cluster, a cluster never mixes groups
    // (layers), its members lie in one cell of the cluster radius, and the clusters split as the map zooms in.
    void everyMarkerInExactlyOneClusterAtEveryZoom()
    {
        QList<MapView::Marker> markers;
        QSet<qint64> clusterable;
        QHash<qint64, quint8> groupOf;
        for (int i = 0; i < 3000; ++i) {
            MapView::Marker m{i + 1, 45.6 + (i * 7919 % 1000) * 0.0006, -74.4 + (i * 104729 % 1000) * 0.0007, {}, {}};
            m.group = quint8(1 + i % 3);
            m.shape = MapView::Marker::Shape::Small;
            markers << m;
            clusterable << m.id;
            groupOf.insert(m.id, m.group);
        }
        for (int i = 0; i < 10; ++i) {
            MapView::Marker fixed{100000 + i, 45.7, -74.1 + i * 0.01, {}, {}};
            fixed.clusterable = false;
            markers << fixed;
        }
        MapView view;
        view.resize(800, 600);
        view.setClusterRadius(40);
        view.setMarkers(markers);
        view.setCenter(45.9, -74.05);
        int previous = 0;
        for (int zoom = 3; zoom <= 18; ++zoom) {
            view.setZoom(zoom);
            const auto clusters = view.clusterMembers();
            QSet<qint64> seen;
            for (const auto &[group, ids] : clusters) {
                QVERIFY(!ids.isEmpty());
                QPointF first = view.widgetPosition(45.9, -74.05);
                for (qsizetype k = 0; k < ids.size(); ++k) {
                    const qint64 id = ids.at(k);
                    QVERIFY2(!seen.contains(id), qPrintable(u"marker %1 twice at zoom %2"_s.arg(id).arg(zoom)));
                    seen << id;
                    QCOMPARE(groupOf.value(id), group);
                    const MapView::Marker &m = markers.at(id - 1);
                    const QPointF at = view.widgetPosition(m.latitude, m.longitude);
                    if (k == 0)
                        first = at;
                    // Same 40 px cell: no two members further apart than the cell's diagonal.
                    QVERIFY(QLineF(first, at).length() <= 40 * 1.4143);
                }
            }
            QCOMPARE(seen, clusterable); // every clusterable marker, none of the fixed ones
            QVERIFY2(clusters.size() >= previous, qPrintable(u"zoom %1"_s.arg(zoom)));
            previous = int(clusters.size());
        }
        QVERIFY(previous > 2900); // zoomed in at 18, almost every marker stands alone
    }

    // Live markers (technicians) are drawn over the clustered ones without touching their clusters, win the hit
    // test, and a click on a cluster zooms in around it.
    void liveMarkersAndClusterClicks()
    {
        QList<MapView::Marker> markers;
        for (int i = 0; i < 400; ++i)
            markers << MapView::Marker{i + 1, 45.78 + (i % 20) * 0.0004, -74.0 + (i / 20) * 0.0004, {}, {}};
        MapView view;
        view.resize(600, 400);
        view.setClusterRadius(50);
        view.setMarkers(markers);
        view.setCenter(45.784, -73.996);
        view.setZoom(12);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto before = view.clusterMembers();
        MapView::Marker tech{-7, 45.80, -73.99, u"Alice"_s, QColor(Qt::blue)};
        tech.shape = MapView::Marker::Shape::Dot;
        view.setLiveMarkers({tech});
        QCOMPARE(view.clusterMembers(), before);
        QCOMPARE(view.hitTest(view.widgetPosition(45.80, -73.99)).marker, qint64(-7));
        // The biggest cluster, clicked at its centre (the mean of its members).
        const auto biggest = std::max_element(before.cbegin(), before.cend(),
            [](const auto &a, const auto &b) { return a.second.size() < b.second.size(); });
        QVERIFY(biggest->second.size() > 1);
        QPointF sum;
        for (qint64 id : biggest->second)
            sum += view.widgetPosition(markers.at(id - 1).latitude, markers.at(id - 1).longitude);
        const QPointF centre = sum / double(biggest->second.size());
        const MapView::Hit hit = view.hitTest(centre);
        QCOMPARE(hit.marker, qint64(0));
        QCOMPARE(hit.clusterCount, int(biggest->second.size()));
        QSignalSpy clusterSpy(&view, &MapView::clusterActivated);
        QTest::mouseClick(&view, Qt::LeftButton, {}, centre.toPoint());
        QCOMPARE(clusterSpy.size(), 1);
        QCOMPARE(view.zoom(), 14);
        view.repaint();
        QVERIFY(ops::test::saveScreenshot(view, u"map-live"_s));
    }

    void routeIsDrawnUnderTheMarkers()
    {
        MapView view;
        view.resize(300, 200);
        view.setZoom(12);
        view.setCenter(45.80, -74.00);
        view.setMarkers({});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF a = view.widgetPosition(45.80, -74.05);
        const QPointF b = view.widgetPosition(45.80, -73.95);
        const QPointF mid = (a + b) / 2 + QPointF(17, 0); // on the line, away from the graticule
        QImage before = render(view);
        view.setRoute({{45.80, -74.05}, {45.80, -73.95}}, QColor(Qt::red));
        QImage after = render(view);
        QVERIFY(before.pixelColor(mid.toPoint()) != after.pixelColor(mid.toPoint()));
        QVERIFY2(after.pixelColor(mid.toPoint()).red() > 200 && after.pixelColor(mid.toPoint()).green() < 80,
            qPrintable(after.pixelColor(mid.toPoint()).name()));
    }
};

QTEST_MAIN(TestMapView)
#include "TestMapView.moc"
