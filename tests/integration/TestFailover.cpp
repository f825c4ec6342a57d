// Failover: a primary and a streaming standby, both made and started by the app's launcher (EmbeddedServer:
// initdb, pg_basebackup -R, pg_ctl promote), only on private sockets. The app's Session connects with a multi-host
// conninfo and target_session_attrs=read-write; work is committed, an edit is opened, and in the middle of a burst
// of saves the primary is killed (immediate shutdown) and the standby promoted. The session must find the new
// primary by itself: the health service and the status bar report the loss and the reconnection (to the standby),
// the edit opened before the failover saves on the new primary, and every save that was acknowledged is there.
// Replication is synchronous (synchronous_standby_names), so an acknowledged commit is on the standby.
// The same drill runs twice: on private sockets as the local superuser (peer), and in server mode on 127.0.0.1 with
// TLS (verify-full, a CA made at test time) as a password login in ops_admin, through the app's ConnectionProfile.
#include <algorithm>
#include <atomic>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/customers/CustomerService.h"
#include "core/db/ConnectionProfile.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/session/HealthService.h"
#include "core/session/Session.h"
#include "tests/support/Await.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/TestCluster.h"
#include "ui/main/StatusBarController.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using customers::CustomerEdit;

class TestFailover : public QObject
{
    Q_OBJECT

private:
    // A primary (a TestCluster) and its synchronous streaming standby, both run by the launcher.
    struct Pair
    {
        std::unique_ptr<test::TestCluster> primary;
        std::unique_ptr<EmbeddedServer> standby;
        QString dbName;
        QString primarySocket;
        QString standbySocket;

        QString standbyConninfo() const // the superuser, on the standby's private socket
        {
            return u"host=%1 port=%2 dbname=%3 user=targo"_s.arg(db::quoteConninfoValue(standbySocket))
                .arg(standby->port())
                .arg(db::quoteConninfoValue(dbName));
        }
    };
    Pair m_local; // private sockets only
    Pair m_tls; // server mode: 127.0.0.1, TLS
    QTemporaryDir m_certs;
    test::TestTlsFiles m_tlsFiles;
    static constexpr auto kClerk = "failover_clerk";
    static constexpr auto kClerkPassword = "Relève-Sûre-2026";

    static int freePort()
    {
        QTcpServer s;
        return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
    }

    // QVERIFY inside: the caller checks QTest::currentTestFailed().
    void makePair(Pair &pair, const EmbeddedOptions &primaryOptions, const EmbeddedOptions &standbyOptions,
        const QStringList &setupSql = {})
    {
        pair.primary = std::make_unique<test::TestCluster>(primaryOptions);
        QVERIFY2(pair.primary->ok(), qPrintable(pair.primary->error()));
        auto db = pair.primary->freshDatabase();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        auto c = db::PgConnection::open(db.value());
        QVERIFY(c.ok());
        auto name = c.value()->exec("SELECT current_database()");
        QVERIFY(name.ok());
        pair.dbName = name.value().text(0, 0);
        pair.primarySocket = pair.primary->server()->socketDir();
        for (const QString &sql : setupSql) {
            auto r = c.value()->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        // Replication is allowed on the private socket only, by peer.
        auto rules =
            c.value()->exec("SELECT type, auth_method FROM pg_hba_file_rules WHERE 'replication' = ANY(database)");
        QVERIFY(rules.ok());
        QCOMPARE(rules.value().rows(), 1);
        QCOMPARE(rules.value().text(0, 0), u"local"_s);
        QCOMPARE(rules.value().text(0, 1), u"peer"_s);

        auto standby = pair.primary->startStandby(u"standby"_s, standbyOptions);
        QVERIFY2(standby.ok(),
            qPrintable(standby.ok() ? QString() : standby.error().userMessage + u" | "_s + standby.error().detail));
        pair.standby = std::move(standby).value();
        QVERIFY(pair.standby->status().value().standby);
        pair.standbySocket = pair.standby->socketDir();
        QVERIFY(pair.standbySocket != pair.primarySocket);

        // Synchronous from here on (commits wait for the standby's flush), before any work starts.
        Status sync = pair.primary->server()->setSynchronousStandby(true);
        QVERIFY2(sync.ok(), qPrintable(sync.ok() ? QString() : sync.error().detail));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto r = c.value()->exec("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming' "
                                         "AND sync_state = 'sync'");
                return r.ok() && r.value().int64(0, 0) == 1;
            }(),
            30000);
    }

    static void stopPair(Pair &pair)
    {
        if (pair.standby)
            (void)pair.standby->stop();
        pair.standby.reset();
        pair.primary.reset();
    }

    void failOver(Pair &pair, const SessionInfo &info, const QString &expectedServer);

    static CustomerEdit newCustomer(const QString &last)
    {
        CustomerEdit c;
        c.firstName = u"Élise"_s;
        c.lastName = last;
        c.email = u"elise@example.ca"_s;
        c.phone = u"(450) 555-0101"_s;
        c.billingPostalCode = u"j7z5l3"_s;
        return c;
    }

private slots:
    void initTestCase()
    {
        EmbeddedOptions primary;
        primary.replication = true;
        EmbeddedOptions standby;
        standby.replication = true; // promoted, it is a primary another standby could follow
        makePair(m_local, primary, standby);
        if (QTest::currentTestFailed())
            return;
        auto c = db::PgConnection::open(m_local.primary->adminConninfo());
        QVERIFY(c.ok());
        auto listen = c.value()->exec("SELECT current_setting('listen_addresses')");
        QVERIFY(listen.ok());
        QCOMPARE(listen.value().text(0, 0), QString()); // TCP stays closed by default

        QVERIFY(m_certs.isValid());
        QString error;
        m_tlsFiles = test::TestTlsFiles::generate(m_certs.path(), &error);
        QVERIFY2(!m_tlsFiles.caFile.isEmpty(), qPrintable(error));
        EmbeddedOptions tlsPrimary = primary;
        tlsPrimary.serverMode = true;
        tlsPrimary.port = freePort();
        tlsPrimary.sslCertFile = m_tlsFiles.certFile;
        tlsPrimary.sslKeyFile = m_tlsFiles.keyFile;
        EmbeddedOptions tlsStandby = tlsPrimary;
        tlsStandby.port = freePort();
        QVERIFY(tlsPrimary.port > 0 && tlsStandby.port > 0 && tlsPrimary.port != tlsStandby.port);
        // A staff login (a member of ops_admin, with a password), made on the primary and replicated.
        makePair(m_tls, tlsPrimary, tlsStandby,
            {u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE ops_admin"_s.arg(
                QString::fromLatin1(kClerk), QString::fromUtf8(kClerkPassword))});
    }

    void cleanupTestCase()
    {
        stopPair(m_local);
        stopPair(m_tls);
    }

    void sessionFollowsThePromotedStandby()
    {
        SessionInfo info;
        info.conninfo =
            u"host=%1 port=%2,%3 dbname=%4 user=targo target_session_attrs=read-write application_name=targo-ops"_s
                .arg(db::quoteConninfoValue(m_local.primarySocket + u","_s + m_local.standbySocket))
                .arg(m_local.primary->server()->port())
                .arg(m_local.standby->port())
                .arg(db::quoteConninfoValue(m_local.dbName));
        info.embedded = false;
        info.where = u"primary, standby"_s;
        info.user = u"targo"_s;
        failOver(m_local, info, m_local.standbySocket + u":"_s + QString::number(m_local.standby->port()));
    }

    void serverProfileOverTlsFollowsThePromotedStandby()
    {
        db::ConnectionProfile profile;
        profile.id = u"ha"_s;
        profile.mode = db::ConnectionProfile::Mode::Server;
        profile.hosts = u"127.0.0.1,127.0.0.1"_s;
        profile.ports = u"%1,%2"_s.arg(m_tls.primary->server()->port()).arg(m_tls.standby->port()); // read-write picks
        profile.database = m_tls.dbName;
        profile.user = QString::fromLatin1(kClerk);
        profile.sslRootCert = m_tlsFiles.caFile; // sslmode: verify-full, the default
        profile.connectTimeoutSec = 5;
        QCOMPARE(profile.sslMode, u"verify-full"_s);
        SessionInfo info;
        info.conninfo = profile.serverConninfo(QString::fromUtf8(kClerkPassword));
        info.embedded = false;
        info.where = profile.hosts;
        info.user = profile.user;
        failOver(m_tls, info, u"127.0.0.1:"_s + QString::number(m_tls.standby->port()));
    }
};

void TestFailover::failOver(Pair &pair, const SessionInfo &sessionInfo, const QString &expectedServer)
{
    SessionInfo info = sessionInfo;
    info.dbPoolSize = 2;
    info.cpuThreads = 1;
    Session session(info);
    HealthService &health = session.health();
    QSignalSpy lost(&health, &HealthService::connectionLost);
    QSignalSpy reconnected(&health, &HealthService::reconnectedTo);

    QStatusBar bar;
    StatusBarController status(&bar);
    QStringList statusTexts;
    connect(&status, &StatusBarController::stateChanged, this,
        [&](StatusBarController::State) { statusTexts << status.stateText(); });
    status.attach({&health, false, info.where, info.user});

    QTRY_VERIFY_WITH_TIMEOUT(health.isListening(), 15000); // live updates, from the primary

    // Committed work, on the primary.
    QList<qint64> committed;
    for (int i = 0; i < 5; ++i) {
        auto saved = test::await(session.customers().saveCustomer(newCustomer(u"Avant%1"_s.arg(i))), this);
        QVERIFY(saved.has_value());
        QVERIFY2(saved->ok(), qPrintable(saved->ok() ? QString() : saved->error().detail));
        committed << saved->value().id;
    }
    QCOMPARE(lost.count(), 0);

    // An edit in progress: loaded before the failover, saved after it.
    auto loaded = test::await(session.customers().loadCustomerEdit(committed.first()), this);
    QVERIFY(loaded && loaded->ok());
    CustomerEdit edit = loaded->value();
    const int versionBefore = edit.version;
    edit.email = u"nouvelle.adresse@example.ca"_s;
    edit.phone = u"(514) 555-0199"_s;

    // Work in flight while the primary dies: a burst of saves queued on the session's two DB threads.
    struct Outcome
    {
        qint64 id = 0;
        bool done = false;
        bool ok = false;
        Error::Kind kind = Error::Kind::Internal;
    };
    QList<std::shared_ptr<Outcome>> burst;
    for (int i = 0; i < 200; ++i) {
        auto o = std::make_shared<Outcome>();
        burst << o;
        runThen(session.customers().saveCustomer(newCustomer(u"Pendant%1"_s.arg(i))), this,
            [o](const customers::CustomerWrite &w) {
                o->done = true;
                o->ok = w.ok();
                o->id = w.ok() ? w.value().id : 0;
                if (!w.ok())
                    o->kind = w.error().kind;
            });
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::count_if(burst.begin(), burst.end(), [](const auto &o) { return o->done; }) >= 5, 10000);

    // The failover, off this thread (the event loop keeps running, as the GUI's would): the primary is killed,
    // then the standby promoted.
    // Timings, for the report (not asserted): one clock, read on both threads.
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> killedMs = -1;
    std::atomic<qint64> promotedMs = -1;
    qint64 lostMs = -1;
    qint64 reconnectedMs = -1;
    connect(&health, &HealthService::connectionLost, this, [&] {
        if (lostMs < 0)
            lostMs = clock.elapsed();
    });
    connect(&health, &HealthService::reconnectedTo, this, [&] {
        if (reconnectedMs < 0)
            reconnectedMs = clock.elapsed();
    });
    std::atomic<bool> failedOver = false;
    QString failoverError;
    auto failover = QtConcurrent::run([&] {
        Status k = pair.primary->server()->stopImmediately();
        killedMs = clock.elapsed();
        Status p = k.ok() ? pair.standby->promote() : k;
        promotedMs = clock.elapsed();
        if (!p.ok())
            failoverError = p.error().userMessage + u" | "_s + p.error().detail;
        failedOver = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(failedOver.load(), 120000);
    failover.waitForFinished();
    QVERIFY2(failoverError.isEmpty(), qPrintable(failoverError));
    QVERIFY(killedMs >= 0);

    // The loss is reported, then the reconnection, to the promoted standby.
    QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() >= 1 && !health.isLost(), 10000);
    qInfo("primary killed at %lld ms, loss reported at %lld ms, standby promoted at %lld ms, reconnected at %lld ms: "
          "%lld ms from the kill to the reconnection",
        killedMs.load(), lostMs, promotedMs.load(), reconnectedMs, reconnectedMs - killedMs.load());
    QCOMPARE(reconnected.last().at(0).toString(), expectedServer);
    QCOMPARE(health.server(), expectedServer);

    // The status bar said so, in words.
    QVERIFY2(statusTexts.contains(u"Connection lost — reconnecting…"_s), qPrintable(statusTexts.join(u" / "_s)));
    QTRY_COMPARE_WITH_TIMEOUT(status.state(), StatusBarController::State::Connected, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(status.stateText() == u"Reconnected to server "_s + expectedServer, 10000);

    // The edit saves on the new primary.
    auto saved = test::await(session.customers().saveCustomer(edit), this, 15000);
    QVERIFY(saved.has_value());
    QVERIFY2(saved->ok(), qPrintable(saved->ok() ? QString() : saved->error().userMessage + saved->error().detail));
    QCOMPARE(saved->value().version, versionBefore + 1);

    // Every burst save has an answer; those acknowledged are kept, the others failed as "unavailable" (the
    // connection they ran on died), never as anything else.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(burst.begin(), burst.end(), [](const auto &o) { return o->done; }), 30000);
    int acknowledged = 0;
    for (const auto &o : std::as_const(burst)) {
        if (o->ok) {
            committed << o->id;
            ++acknowledged;
        } else {
            QCOMPARE(o->kind, Error::Kind::Unavailable);
        }
    }
    qInfo("burst: %d of %lld saves acknowledged around the failover", acknowledged, qint64(burst.size()));

    // Straight to the new primary: it is out of recovery, and holds every acknowledged row and the edit.
    auto direct = db::PgConnection::open(pair.standbyConninfo());
    QVERIFY(direct.ok());
    auto recovery = direct.value()->exec("SELECT pg_is_in_recovery()");
    QVERIFY(recovery.ok());
    QCOMPARE(recovery.value().text(0, 0), u"f"_s);
    QStringList ids;
    for (qint64 id : std::as_const(committed))
        ids << QString::number(id);
    auto present = direct.value()->exec("SELECT count(*) FROM customers WHERE id = ANY($1::bigint[])",
        db::SqlParams().add(u"{"_s + ids.join(u","_s) + u"}"_s));
    QVERIFY(present.ok());
    QCOMPARE(present.value().int64(0, 0), qint64(committed.size()));
    auto row = direct.value()->exec(
        "SELECT email, version FROM customers WHERE id = $1", db::SqlParams().add(committed.first()));
    QVERIFY(row.ok() && row.value().rows() == 1);
    QCOMPARE(row.value().text(0, 0), u"nouvelle.adresse@example.ca"_s);
    QCOMPARE(row.value().int64(0, 1), qint64(versionBefore + 1));

    // The RADIUS password key came with the standby (it lives outside the data folder): sealed passwords stay
    // readable on the new primary.
    QFile primaryKey(QFileInfo(pair.primary->server()->dataDir()).absolutePath() + u"/targo-radius.key"_s);
    QVERIFY(primaryKey.open(QIODevice::ReadOnly));
    auto key = direct.value()->exec(
        "SELECT ops_radius_key() = $1", db::SqlParams().add(QString::fromLatin1(primaryKey.readAll().trimmed())));
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().detail));
    QCOMPARE(key.value().text(0, 0), u"t"_s);

    // Live updates come back too: the listener found the new primary by itself.
    QTRY_VERIFY_WITH_TIMEOUT(health.isListening(), 15000);

    // New work goes on there too.
    auto after = test::await(session.customers().saveCustomer(newCustomer(u"Apres"_s)), this);
    QVERIFY(after && after->ok());
    status.detach();
}

QTEST_MAIN(TestFailover)
#include "TestFailover.moc"
