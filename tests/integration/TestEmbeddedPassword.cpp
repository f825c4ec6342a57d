// The TCP + password mode's password in the real credential store (Secret Service on the session bus; Credential
// Manager on Windows through the same SecretStore): made and stored at the first start, the same one afterwards, one
// per cluster folder, and a cluster started with it starts again with what the store gives back.
// Run under dbus-run-session with gnome-keyring-daemon (scripts/dev.sh test); a missing Secret Service is a failure.
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedPassword.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"

using namespace ops;

#define AWAIT(future) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), 20000)

class TestEmbeddedPassword : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysPerFolder();
    void madeOnceThenKept();
    void clusterRestartsWithStoredPassword();
    void lostPasswordIsNotReplaced();
    void cleanupTestCase();

private:
    Result<QString> passwordFor(const QString &dir);
    QTemporaryDir m_dir{QStringLiteral("/tmp/ops-test-XXXXXX")};
    QStringList m_keys;
};

Result<QString> TestEmbeddedPassword::passwordFor(const QString &dir)
{
    SecretStore store;
    m_keys << EmbeddedServer::passwordKey(dir);
    auto f = embeddedPassword(store, dir);
    if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 20000) || f.resultCount() == 0)
        return Error::make(Error::Kind::Unavailable, QStringLiteral("timed out"));
    return f.result();
}

void TestEmbeddedPassword::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "No D-Bus session bus: run under dbus-run-session with gnome-keyring-daemon --components=secrets.");
    QVERIFY(m_dir.isValid());
    // As root the database server runs as an unprivileged account, which must be able to enter the folder.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther | QFile::ReadGroup
            | QFile::ReadOther);
    qputenv("TARGO_PG_FAST", "1");
}

void TestEmbeddedPassword::keysPerFolder()
{
    const QString a = EmbeddedServer::passwordKey(m_dir.filePath(QStringLiteral("a")));
    QVERIFY(a.startsWith(QStringLiteral("embedded/")));
    QVERIFY(a.endsWith(QStringLiteral("/password")));
    QCOMPARE(EmbeddedServer::passwordKey(m_dir.filePath(QStringLiteral("a/../a"))), a);
    QVERIFY(EmbeddedServer::passwordKey(m_dir.filePath(QStringLiteral("b"))) != a);
    QCOMPARE(EmbeddedServer::passwordKey(QString()), EmbeddedServer::passwordKey(EmbeddedServer::defaultBaseDir()));
}

void TestEmbeddedPassword::madeOnceThenKept()
{
    const QString dir = m_dir.filePath(QStringLiteral("kept"));
    auto first = passwordFor(dir);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
    QCOMPARE(first.value().size(), 32);
    // Stored under the folder's key: a plain read finds it.
    SecretStore store;
    auto read = store.read(EmbeddedServer::passwordKey(dir));
    AWAIT(read);
    QVERIFY(read.result().ok());
    QCOMPARE(read.result().value(), first.value());
    // The next start gets the same one; another folder another one.
    auto second = passwordFor(dir);
    QVERIFY(second.ok());
    QCOMPARE(second.value(), first.value());
    auto other = passwordFor(m_dir.filePath(QStringLiteral("other")));
    QVERIFY(other.ok());
    QVERIFY(other.value() != first.value());
}

void TestEmbeddedPassword::clusterRestartsWithStoredPassword()
{
    const QString dir = m_dir.filePath(QStringLiteral("pg"));
    auto password = passwordFor(dir);
    QVERIFY(password.ok());
    EmbeddedOptions options;
    options.tcp = true;
    options.password = password.value();
    {
        EmbeddedServer server(dir, options);
        auto st = server.start();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().userMessage + u" | "_qs + st.error().detail));
        QVERIFY(server.stop().ok());
    }
    auto again = passwordFor(dir); // the app's next run
    QVERIFY(again.ok());
    options.password = again.value();
    EmbeddedServer server(dir, options);
    auto st = server.start();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().userMessage + u" | "_qs + st.error().detail));
    QVERIFY(db::PgConnection::open(st.value().conninfo, 5).ok());
    QVERIFY(server.stop().ok());
}

// The store's entry lost while the cluster exists: no new password replaces it (every start would be refused), a
// clear error says what happened, and the store stays empty.
void TestEmbeddedPassword::lostPasswordIsNotReplaced()
{
    const QString dir = m_dir.filePath(QStringLiteral("pg")); // made by clusterRestartsWithStoredPassword
    QVERIFY(QFileInfo::exists(EmbeddedServer(dir).dataDir() + u"/PG_VERSION"_qs));
    SecretStore store;
    auto removed = store.remove(EmbeddedServer::passwordKey(dir));
    QTRY_VERIFY_WITH_TIMEOUT(removed.isFinished(), 20000);
    auto lost = passwordFor(dir);
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().kind, Error::Kind::NotFound);
    QVERIFY(lost.error().userMessage.contains(dir));
    auto read = store.read(EmbeddedServer::passwordKey(dir));
    QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 20000);
    QCOMPARE(read.result().error().kind, Error::Kind::NotFound);
}

void TestEmbeddedPassword::cleanupTestCase()
{
    SecretStore store;
    QList<QFuture<Status>> pending;
    for (const QString &key : std::as_const(m_keys))
        pending << store.remove(key);
    for (auto &f : pending)
        AWAIT(f);
}

QTEST_GUILESS_MAIN(TestEmbeddedPassword)
#include "TestEmbeddedPassword.moc"
