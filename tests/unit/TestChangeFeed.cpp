// ChangeFeed: ops_change payload parsing (valid, null ids, malformed, huge) and per-table coalescing of bursts.
#include <QSignalSpy>
#include <QTest>

#include "core/live/ChangeFeed.h"

using namespace ops::live;
using namespace Qt::Literals::StringLiterals;

class TestChangeFeed : public QObject
{
    Q_OBJECT
private slots:
    void parsesIds()
    {
        const auto c = ChangeFeed::parse(uR"({"t": "customers", "op": "U", "ids": [42, 7]})"_s);
        QVERIFY(c.has_value());
        QCOMPARE(c->table, u"customers"_s);
        QCOMPARE(c->op, QChar(u'U'));
        QCOMPARE(c->ids, (QList<qint64>{42, 7}));
        QVERIFY(!c->many());
        QVERIFY(c->touches(7));
        QVERIFY(!c->touches(8));
        QVERIFY(c->touchesAny({1, 42}));
        QVERIFY(!c->touchesAny({1, 2}));
    }

    void parsesBigIds()
    {
        const auto c = ChangeFeed::parse(uR"({"t":"tickets","op":"I","ids":[9007199254740991]})"_s);
        QVERIFY(c.has_value());
        QCOMPARE(c->ids.value(0), Q_INT64_C(9007199254740991));
    }

    void nullIdsMeanMany()
    {
        const auto c = ChangeFeed::parse(uR"({"t":"tickets","op":"D","ids":null})"_s);
        QVERIFY(c.has_value());
        QVERIFY(c->many());
        QVERIFY(c->touches(123));
        QVERIFY(c->touchesAny({5}));
        const auto missing = ChangeFeed::parse(uR"({"t":"tickets","op":"U"})"_s);
        QVERIFY(missing.has_value());
        QVERIFY(missing->many());
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("empty") << QString();
        QTest::newRow("not json") << u"customers:U:1"_s;
        QTest::newRow("array") << u"[1,2]"_s;
        QTest::newRow("truncated") << uR"({"t":"customers","op":"U","ids":[1,)"_s;
        QTest::newRow("no table") << uR"({"op":"U","ids":[1]})"_s;
        QTest::newRow("empty table") << uR"({"t":"","op":"U","ids":[1]})"_s;
        QTest::newRow("table not a string") << uR"({"t":5,"op":"U","ids":[1]})"_s;
        QTest::newRow("bad op") << uR"({"t":"customers","op":"X","ids":[1]})"_s;
        QTest::newRow("long op") << uR"({"t":"customers","op":"UPDATE","ids":[1]})"_s;
        QTest::newRow("ids not an array") << uR"({"t":"customers","op":"U","ids":"1,2"})"_s;
        QTest::newRow("id a string") << uR"({"t":"customers","op":"U","ids":["1"]})"_s;
        QTest::newRow("id fractional") << uR"({"t":"customers","op":"U","ids":[1.5]})"_s;
        QTest::newRow("id negative") << uR"({"t":"customers","op":"U","ids":[-3]})"_s;
        QTest::newRow("id null") << uR"({"t":"customers","op":"U","ids":[null]})"_s;
        QString huge = uR"({"t":"customers","op":"U","ids":[)"_s;
        for (int i = 1; i < 20000; ++i)
            huge += QString::number(i) + u',';
        huge += u"1]}"_s;
        QTest::newRow("huge") << huge;
    }

    void rejectsMalformed()
    {
        QFETCH(QString, payload);
        QVERIFY(!ChangeFeed::parse(payload).has_value());
    }

    void malformedIsDroppedAndCounted()
    {
        ChangeFeed feed;
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        feed.onNotification(u"ops_change"_s, u"{oops"_s, 1);
        feed.onNotification(u"other_channel"_s, uR"({"t":"customers","op":"U","ids":[1]})"_s, 1);
        feed.flush();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(feed.malformedCount(), quint64(1));
    }

    void coalescesPerTable()
    {
        ChangeFeed feed;
        feed.setCoalesceMs(30);
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        for (int i = 1; i <= 50; ++i)
            feed.onNotification(u"ops_change"_s, uR"({"t":"customers","op":"U","ids":[%1]})"_s.arg(i % 10 + 1), 1);
        feed.onNotification(u"ops_change"_s, uR"({"t":"service_locations","op":"I","ids":[900]})"_s, 1);
        feed.onNotification(u"ops_change"_s, uR"({"t":"customers","op":"I","ids":[77]})"_s, 1);
        QCOMPARE(spy.count(), 0); // nothing before the window closes
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 2000);
        QList<Change> changes;
        for (const auto &args : spy)
            changes << args.at(0).value<Change>();
        const Change customers = changes.at(0).table == u"customers"_s ? changes.at(0) : changes.at(1);
        const Change locations = changes.at(0).table == u"customers"_s ? changes.at(1) : changes.at(0);
        QCOMPARE(customers.op, QChar(u'I')); // an insert in the burst wins over updates
        QCOMPARE(customers.ids.size(), 11); // ten distinct updated ids plus the inserted one, no duplicates
        QVERIFY(customers.touches(77));
        QCOMPARE(locations.ids, (QList<qint64>{900}));

        // A later notification starts a new window.
        feed.onNotification(u"ops_change"_s, uR"({"t":"customers","op":"U","ids":[5]})"_s, 1);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 2000);
        QCOMPARE(spy.at(2).at(0).value<Change>().ids, (QList<qint64>{5}));
    }

    void coalescingManyWins()
    {
        ChangeFeed feed;
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        feed.onNotification(u"ops_change"_s, uR"({"t":"tickets","op":"U","ids":[1,2]})"_s, 1);
        feed.onNotification(u"ops_change"_s, uR"({"t":"tickets","op":"U","ids":null})"_s, 1);
        feed.onNotification(u"ops_change"_s, uR"({"t":"tickets","op":"D","ids":[3]})"_s, 1);
        feed.flush();
        QCOMPARE(spy.count(), 1);
        const Change c = spy.at(0).at(0).value<Change>();
        QVERIFY(c.many());
        QCOMPARE(c.op, QChar(u'D'));
    }

    void tooManyIdsBecomeMany()
    {
        ChangeFeed feed;
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        for (int batch = 0; batch < 3; ++batch) {
            QStringList ids;
            for (int i = 0; i < 200; ++i)
                ids << QString::number(batch * 1000 + i + 1);
            feed.onNotification(u"ops_change"_s, uR"({"t":"tickets","op":"U","ids":[%1]})"_s.arg(ids.join(u',')), 1);
        }
        feed.flush();
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<Change>().many());
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "TestChangeFeed.moc"
