#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include "core/secrets/SecretStore.h"

// Real round trip against the Secret Service on the session bus. scripts/dev.sh test provides one:
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets; ctest ...'
// A missing Secret Service is a failure, never a skip.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void keysAreIndependent();
    void emptyKeyIsRejected();
    void callerIsNotBlocked();
    void storeDeletedWhileAJobRuns();
    void cleanupTestCase();

private:
    QString newKey(const QString &leaf) const { return QStringLiteral("test/") + m_run + QLatin1Char('/') + leaf; }

    const QString m_run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList m_used;
};

// Waits with the event loop running (QTRY_* spins it), so the keychain job's finished signal is delivered.
#define AWAIT(future) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), 20000)
#define CHECK_OK(result)                                                                                               \
    QVERIFY2((result).ok(),                                                                                            \
        qPrintable((result).ok() ? QString() : (result).error().userMessage + u" | "_s + (result).error().detail))

using namespace Qt::Literals::StringLiterals;

void TestSecretStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "No D-Bus session bus: run under dbus-run-session with gnome-keyring-daemon --components=secrets "
        "(scripts/dev.sh test does this). A missing Secret Service is a failure.");
    ops::SecretStore store;
    QCOMPARE(store.service(), u"ops-client"_s);
}

void TestSecretStore::roundTrip()
{
    ops::SecretStore store;
    const QString key = newKey(u"password"_s);
    m_used << key;
    const QString first = u"p@ss wörd ✓ 'quoted' \"double\""_s;

    auto written = store.write(key, first);
    AWAIT(written);
    QVERIFY(!written.isCanceled());
    CHECK_OK(written.result());

    auto read = store.read(key);
    AWAIT(read);
    CHECK_OK(read.result());
    QCOMPARE(read.result().value(), first);

    auto overwritten = store.write(key, u"second"_s);
    AWAIT(overwritten);
    CHECK_OK(overwritten.result());
    auto reread = store.read(key);
    AWAIT(reread);
    CHECK_OK(reread.result());
    QCOMPARE(reread.result().value(), u"second"_s);

    auto removed = store.remove(key);
    AWAIT(removed);
    CHECK_OK(removed.result());

    auto missing = store.read(key);
    AWAIT(missing);
    QVERIFY(!missing.result().ok());
    QCOMPARE(missing.result().error().kind, ops::Error::Kind::NotFound);
    QVERIFY(!missing.result().error().userMessage.isEmpty());

    // Removing what is already gone succeeds.
    auto removedAgain = store.remove(key);
    AWAIT(removedAgain);
    CHECK_OK(removedAgain.result());
}

void TestSecretStore::keysAreIndependent()
{
    ops::SecretStore store;
    const QString a = newKey(u"db/a/password"_s);
    const QString b = newKey(u"db/b/password"_s);
    m_used << a << b;

    // Several jobs in flight at once (QtKeychain queues them); each future gets its own result.
    auto wa = store.write(a, u"alpha"_s);
    auto wb = store.write(b, u"beta"_s);
    AWAIT(wa);
    AWAIT(wb);
    CHECK_OK(wa.result());
    CHECK_OK(wb.result());

    auto ra = store.read(a);
    auto rb = store.read(b);
    AWAIT(ra);
    AWAIT(rb);
    CHECK_OK(ra.result());
    CHECK_OK(rb.result());
    QCOMPARE(ra.result().value(), u"alpha"_s);
    QCOMPARE(rb.result().value(), u"beta"_s);

    // Another service name does not see our entries.
    ops::SecretStore other(u"ops-client-test-other"_s, nullptr);
    auto ro = other.read(a);
    AWAIT(ro);
    QVERIFY(!ro.result().ok());
    QCOMPARE(ro.result().error().kind, ops::Error::Kind::NotFound);

    auto da = store.remove(a);
    auto db = store.remove(b);
    AWAIT(da);
    AWAIT(db);
    CHECK_OK(da.result());
    CHECK_OK(db.result());
}

void TestSecretStore::emptyKeyIsRejected()
{
    ops::SecretStore store;
    auto r = store.read(QString());
    QVERIFY(r.isFinished());
    QVERIFY(!r.result().ok());
    QCOMPARE(r.result().error().kind, ops::Error::Kind::Validation);
    auto w = store.write(QString(), u"x"_s);
    QVERIFY(w.isFinished());
    QCOMPARE(w.result().error().kind, ops::Error::Kind::Validation);
}

void TestSecretStore::callerIsNotBlocked()
{
    // The calls return at once; the answer arrives through the event loop, which keeps turning meanwhile.
    ops::SecretStore store;
    const QString key = newKey(u"token"_s);
    m_used << key;
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(1);

    QElapsedTimer t;
    t.start();
    auto w = store.write(key, u"tok"_s);
    auto r = store.read(key);
    auto d = store.remove(key);
    QVERIFY2(t.elapsed() < 1000, "SecretStore calls must return immediately");
    AWAIT(d);
    QVERIFY(w.isFinished());
    QVERIFY(r.isFinished());
    CHECK_OK(w.result());
    CHECK_OK(r.result());
    QCOMPARE(r.result().value(), u"tok"_s);
    CHECK_OK(d.result());
    QVERIFY(ticks > 0);
}

void TestSecretStore::storeDeletedWhileAJobRuns()
{
    // A window closed (its store deleted) while the keychain answers: the answer is dropped, the futures end
    // cancelled, and the backend's late callback finds its job alive (it used to be deleted with the store: a crash).
    const QString key = newKey(u"late"_s);
    m_used << key;
    QFuture<ops::Status> w;
    QFuture<ops::Result<QString>> r;
    {
        ops::SecretStore store;
        w = store.write(key, u"late"_s);
        r = store.read(key);
    }
    AWAIT(w);
    AWAIT(r);
    QVERIFY(w.isCanceled());
    QVERIFY(r.isCanceled());
    // The jobs still ran to their end: the process is alive and a new store sees the value written.
    ops::SecretStore again;
    QTest::qWait(500); // the orphaned jobs' callbacks arrive meanwhile
    auto read = again.read(key);
    AWAIT(read);
    CHECK_OK(read.result());
    QCOMPARE(read.result().value(), u"late"_s);
}

void TestSecretStore::cleanupTestCase()
{
    // Leave nothing behind, even after a failure half-way.
    ops::SecretStore store;
    QList<QFuture<ops::Status>> pending;
    for (const QString &key : std::as_const(m_used))
        pending << store.remove(key);
    for (auto &f : pending)
        AWAIT(f);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
