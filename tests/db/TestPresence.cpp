// Presence on the dispatch board between workstations, on a real database: a workstation announces the job it is on
// (NOTIFY ops_dispatch_presence, ids only; the server adds the staff id of the role), another hears it through its
// listener and shows the name; its own announcements are ignored, "gone" and silence (expiry) remove it; hostile
// payloads are dropped.
#include <QSignalSpy>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"
#include "core/dispatch/Presence.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using ops::dispatch::PresenceTracker;

class TestPresence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void payloads_data();
    void payloads();
    void anotherWorkstationIsSeenByName();

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
};

void TestPresence::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    for (const char *sql : {"CREATE ROLE pres_bruno LOGIN IN ROLE ops_dispatcher",
             "INSERT INTO staff (id, pg_role, display_name, role_group) VALUES (7, 'pres_bruno', 'Bruno Gagnon',"
             " 'dispatcher')"}) {
        auto r = c.value()->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
}

void TestPresence::cleanupTestCase()
{
    m_cluster.reset();
}

void TestPresence::payloads_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("valid");
    QTest::newRow("viewing") << u"12:7:v:abc"_s << true;
    QTest::newRow("editing") << u"12:0:e:abc"_s << true;
    QTest::newRow("gone") << u"12:7:n:abc"_s << true;
    QTest::newRow("unknown mode") << u"12:7:x:abc"_s << false;
    QTest::newRow("negative id") << u"-1:7:v:abc"_s << false;
    QTest::newRow("not a number") << u"12; DROP TABLE staff:7:v:abc"_s << false;
    QTest::newRow("too few parts") << u"12:7:v"_s << false;
    QTest::newRow("too many parts") << u"12:7:v:a:b"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("huge session") << u"12:7:v:"_s + QString(500, u'a') << false;
}

void TestPresence::payloads()
{
    QFETCH(QString, payload);
    QFETCH(bool, valid);
    const auto a = PresenceTracker::parse(payload);
    QCOMPARE(a.has_value(), valid);
    if (valid) {
        QCOMPARE(a->jobId, 12);
        QCOMPARE(a->session, u"abc"_s);
    }
    // A hostile payload on the channel changes nothing.
    PresenceTracker t(nullptr);
    QSignalSpy changed(&t, &PresenceTracker::othersChanged);
    t.onNotification(QString::fromLatin1(PresenceTracker::kChannel), payload, 1);
    QCOMPARE(changed.isEmpty(), !valid); // a valid one (even "gone") tells who is on its job now
}

void TestPresence::anotherWorkstationIsSeenByName()
{
    // Workstation A (listening) and workstation B (Bruno, a dispatcher), each with its own executor.
    DbExecutor dbA(m_conninfo, 1);
    DbExecutor dbB(m_conninfo + u" options='-c role=pres_bruno'"_s, 1);
    PresenceTracker a(&dbA);
    PresenceTracker b(&dbB);
    QVERIFY(a.sessionId() != b.sessionId());
    db::PgListener listener(m_conninfo);
    QObject::connect(&listener, &db::PgListener::notified, &a, &PresenceTracker::onNotification, Qt::QueuedConnection);
    QSignalSpy connected(&listener, &db::PgListener::connected);
    listener.listen(QString::fromLatin1(PresenceTracker::kChannel));
    listener.start();
    QVERIFY(connected.count() > 0 || connected.wait(10000));
    QTest::qWait(300); // LISTEN takes effect just after the connection is up

    // Bruno drags DJ 42: A sees him editing it, by name (read from staff, off the GUI thread).
    b.announce(42, PresenceTracker::Mode::Editing);
    QTRY_COMPARE_WITH_TIMEOUT(a.editing(42), QStringList{u"Bruno Gagnon"_s}, 10000);
    QVERIFY(a.viewing(42).isEmpty());
    // He moves on to DJ 43 (viewing): 42 is released, 43 shows him.
    QSignalSpy changed(&a, &PresenceTracker::othersChanged);
    b.announce(43, PresenceTracker::Mode::Viewing);
    QTRY_COMPARE_WITH_TIMEOUT(a.viewing(43), QStringList{u"Bruno Gagnon"_s}, 10000);
    QVERIFY(a.editing(42).isEmpty());
    bool released = false;
    for (const auto &args : std::as_const(changed)) {
        if (args.at(0).toLongLong() == 42 && args.at(2).toStringList().isEmpty())
            released = true;
    }
    QVERIFY(released);
    // A's own announcements never show as "someone else".
    a.announce(43, PresenceTracker::Mode::Editing);
    QTest::qWait(500);
    QCOMPARE(a.editing(43), QStringList());
    // Silence: after the expiry, Bruno is gone from 43 without a "gone" message (a crashed workstation).
    a.setNow(QDateTime::currentDateTimeUtc().addMSecs(PresenceTracker::kExpiryMs + 1000));
    a.expireNow();
    QVERIFY(a.viewing(43).isEmpty());
    a.setNow({});
    // And "gone" removes at once.
    b.announce(44, PresenceTracker::Mode::Viewing);
    QTRY_COMPARE_WITH_TIMEOUT(a.viewing(44), QStringList{u"Bruno Gagnon"_s}, 10000);
    b.announce(0, PresenceTracker::Mode::None);
    QTRY_VERIFY_WITH_TIMEOUT(a.viewing(44).isEmpty(), 10000);
    listener.stop();
}

QTEST_GUILESS_MAIN(TestPresence)
#include "TestPresence.moc"
