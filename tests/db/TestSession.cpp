// The Session is the one composition of an open database: its services answer through the executor, its listener
// feeds its ChangeFeed, its health pings, and retiring it (the profile switch) runs off the calling thread and closes
// every connection it opened; a blocking shutdown does the same at quit.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "core/concurrency/Async.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/dispatch/JobDetailService.h"
#include "core/export/ExportService.h"
#include "core/live/ChangeFeed.h"
#include "core/search/SearchService.h"
#include "core/session/HealthService.h"
#include "core/session/Session.h"
#include "tests/support/Await.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

class TestSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_admin; // counts the session's backends

    int sessionBackends()
    {
        auto r = m_admin->exec("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                               "AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
        return r.ok() ? int(r.value().int64(0, 0)) : -1;
    }

    SessionInfo info() const
    {
        SessionInfo i;
        i.conninfo = m_conninfo;
        i.where = m_cluster->baseDir();
        i.user = u"targo"_s;
        i.dbPoolSize = 2;
        i.cpuThreads = 1;
        return i;
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase();
        QVERIFY(db.ok());
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_admin = std::move(c.value());
        auto seeded = m_admin->exec(
            "INSERT INTO customers (code, kind, first_name, last_name, display_name, language, status) VALUES "
            "('CUST-00001', 'residential', 'Zoé', 'Lévesque', 'Zoé Lévesque', 'fr', 'active')");
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().detail));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_cluster.reset();
    }

    void servicesHealthAndLiveUpdates()
    {
        Session session(info());
        QCOMPARE(session.info().user, u"targo"_s);
        auto found = test::await(session.search().search(u"levesque"_s, 5), this);
        QVERIFY(found && found->ok());
        QVERIFY(!found->value().hits.isEmpty());
        auto job = test::await(session.jobDetail().load(999999), this);
        QVERIFY(job && !job->ok());
        QCOMPARE(job->error().kind, Error::Kind::NotFound);
        auto ping = test::await(session.health().ping(), this);
        QVERIFY(ping && ping->ok() && ping->value().ok);
        QTRY_VERIFY_WITH_TIMEOUT(session.health().isListening(), 15000);

        // A change committed elsewhere reaches this session's ChangeFeed.
        QSignalSpy changed(&session.changes(), &live::ChangeFeed::changed);
        QVERIFY(m_admin->exec("UPDATE customers SET phone = '4505550101' WHERE code = 'CUST-00001'").ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.first().at(0).value<live::Change>().table, u"customers"_s);

        // The CPU pool is the session's own: an export runs there.
        auto table = std::make_shared<csv::CsvTable>();
        table->header = {u"a"_s};
        table->cells = {u"1"_s, u"2"_s};
        table->numeric = {true, true};
        QTemporaryDir dir;
        auto written =
            test::await(session.exports().writeCsv(dir.filePath(u"x.csv"_s), table, {}, nullptr, nullptr), this);
        QVERIFY(written && written->ok());
        QCOMPARE(written->value(), qint64(2));
        QVERIFY(session.shutdown(5000));
        QTRY_COMPARE_WITH_TIMEOUT(sessionBackends(), 0, 10000);
    }

    void retireRunsOffThreadAndClosesConnections()
    {
        auto session = std::make_unique<Session>(info());
        QTRY_VERIFY_WITH_TIMEOUT(session->health().isListening(), 15000);
        auto ping = test::await(session->health().ping(), this);
        QVERIFY(ping && ping->ok());
        QVERIFY(sessionBackends() >= 2); // the listener and at least one pooled connection

        QThreadPool pool;
        bool retired = false;
        Session::retire(std::move(session), pool, this, [&retired] { retired = true; });
        QVERIFY(!session);
        QVERIFY(!retired); // the joining happens on the pool; the callback comes back through the event loop
        QTRY_VERIFY_WITH_TIMEOUT(retired, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sessionBackends(), 0, 10000);
    }
};

QTEST_MAIN(TestSession)
#include "TestSession.moc"
