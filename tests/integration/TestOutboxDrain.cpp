// The GUI process drains the outbox (the same controller `targo-opsctl worker` runs): with Twilio pointed at a local
// fake (settings file + secret in the real Secret Service), an enqueued row becomes 'sent' with no action; nothing runs
// when no service is configured; stop() and restart() never block. Runs inside the D-Bus session with GNOME Keyring
// that `scripts/dev.sh test` starts.
#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "core/concurrency/Async.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/integrations/ProviderSettings.h"
#include "core/outbox/OutboxDrainController.h"
#include "core/outbox/OutboxRepository.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/Await.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

class TestOutboxDrain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    QTemporaryDir m_dir;

    qint64 enqueueSms(const QString &body)
    {
        outbox::OutboxRequest r;
        r.provider = u"twilio"_s;
        r.operation = u"sms.send"_s;
        r.path = u"/2010-04-01/Accounts/ACdrain/Messages.json"_s;
        r.form << std::pair{u"To"_s, u"+15145550100"_s} << std::pair{u"From"_s, u"+15145550199"_s}
               << std::pair{u"Body"_s, body};
        db::Transaction tx(*m_c);
        auto item = outbox::OutboxRepository(*m_c).enqueue(r);
        if (!item.ok() || !tx.commit().ok())
            return -1;
        return item.value().id;
    }

    QString statusOf(qint64 id)
    {
        auto r = m_c->exec("SELECT status FROM outbox WHERE id = $1", db::SqlParams().add(id));
        return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : QString();
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
        m_c = std::move(c.value());
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
    }

    void drainsWithoutAction()
    {
        test::FakeHttpServer fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        fake.setFallback("/2010-04-01/Accounts/ACdrain/Messages.json",
            test::FakeBehaviour::json(201, R"({"sid":"SMdrain0001","status":"queued"})"));

        Settings settings(m_dir.filePath(u"ops.ini"_s));
        SecretStore secrets(u"ops-client-test-drain-%1"_s.arg(QCoreApplication::applicationPid()), nullptr);
        QThreadPool pool;
        outbox::OutboxDrainController drain(&settings, &secrets, pool);
        drain.setEnvironment(QProcessEnvironment()); // no TARGO_* from the developer's shell
        QSignalSpy state(&drain, &outbox::OutboxDrainController::stateChanged);

        // Nothing configured: no worker, the row stays pending.
        drain.start(m_conninfo);
        QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty(), 10000);
        QVERIFY(!state.last().at(0).toBool());
        QVERIFY(!drain.isRunning());
        const qint64 early = enqueueSms(u"Avant la configuration"_s);
        QVERIFY(early > 0);
        QTest::qWait(300);
        QCOMPARE(statusOf(early), u"pending"_s);

        // Twilio configured: settings file + keychain, then the "settings saved" restart.
        integrations::ProviderSettings p = integrations::ProviderSettings::defaults(u"twilio"_s);
        p.baseUrl = fake.url();
        p.account = u"ACdrain"_s;
        p.sender = u"+15145550199"_s;
        QVERIFY(integrations::IntegrationSettings::save(settings, p).ok());
        auto written =
            test::await(secrets.write(integrations::ProviderSettings::secretKey(u"twilio"_s), u"tok-drain"_s), this);
        QVERIFY(written.has_value());
        QVERIFY2(written->ok(), written->ok() ? "" : qPrintable(written->error().userMessage));
        state.clear();
        drain.restart();
        QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty() && state.last().at(0).toBool(), 10000);
        QCOMPARE(drain.providers(), QStringList{u"twilio"_s});

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(early), u"sent"_s, 15000);
        const qint64 later = enqueueSms(u"Votre technicien arrive."_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(later), u"sent"_s, 15000);
        auto ref = m_c->exec("SELECT provider_ref FROM outbox WHERE id = $1", db::SqlParams().add(later));
        QVERIFY(ref.ok());
        QCOMPARE(ref.value().text(0, 0), u"SMdrain0001"_s);
        const auto requests = fake.requests("/2010-04-01/Accounts/ACdrain/Messages.json");
        QVERIFY(requests.size() >= 2);
        QVERIFY(requests.last().header("Authorization").startsWith("Basic "));

        // The session closes: stop() returns at once, the worker is joined on the pool.
        QElapsedTimer t;
        t.start();
        drain.stop();
        QVERIFY(t.elapsed() < 200);
        QVERIFY(!drain.isRunning());
        QVERIFY(pool.waitForDone(10000));
        const qint64 after = enqueueSms(u"Après l'arrêt"_s);
        QTest::qWait(500);
        QCOMPARE(statusOf(after), u"pending"_s);

        (void)test::await(secrets.remove(integrations::ProviderSettings::secretKey(u"twilio"_s)), this);
    }
};

QTEST_MAIN(TestOutboxDrain)
#include "TestOutboxDrain.moc"
