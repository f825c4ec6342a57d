// CursorRepository: a feed position is stored once, moves only from the value a reader read (a second reader that
// read the same position is refused, so two readers never both process the same events), and survives reconnects.
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/integrations/CursorRepository.h"
#include "core/integrations/StripeEventFeed.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::integrations;
using namespace Qt::Literals::StringLiterals;

class TestIntegrationCursors : public QObject
{
    Q_OBJECT

private slots:
    void cursorMovesOnlyFromWhatWasRead();
};

void TestIntegrationCursors::cursorMovesOnlyFromWhatWasRead()
{
    test::TestCluster cluster;
    QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
    auto db = cluster.freshDatabase(true);
    QVERIFY(db.ok());
    auto a = db::PgConnection::open(db.value());
    auto b = db::PgConnection::open(db.value());
    QVERIFY(a.ok() && b.ok());
    CursorRepository readerA(*a.value());
    CursorRepository readerB(*b.value());

    QCOMPARE(readerA.get(kStripeEventsCursor).value(), QString()); // nothing stored yet
    QVERIFY(readerA.advance(kStripeEventsCursor, {}, u"evt_1"_s).ok());
    QCOMPARE(readerB.advance(kStripeEventsCursor, {}, u"evt_9"_s).error().kind, Error::Kind::Conflict);
    QCOMPARE(readerB.get(kStripeEventsCursor).value(), u"evt_1"_s);

    // Both read evt_1 and process the same batch: the first to store wins, the second is told to read again.
    QVERIFY(readerA.advance(kStripeEventsCursor, u"evt_1"_s, u"evt_4"_s).ok());
    QCOMPARE(readerB.advance(kStripeEventsCursor, u"evt_1"_s, u"evt_4"_s).error().kind, Error::Kind::Conflict);
    QCOMPARE(readerB.get(kStripeEventsCursor).value(), u"evt_4"_s);
    // Hostile names and values are plain data.
    QVERIFY(readerA.advance(u"x'; DROP TABLE integration_cursors; --"_s, {}, u"v"_s).ok());
    QCOMPARE(readerB.get(u"x'; DROP TABLE integration_cursors; --"_s).value(), u"v"_s);
}

QTEST_GUILESS_MAIN(TestIntegrationCursors)
#include "TestIntegrationCursors.moc"
