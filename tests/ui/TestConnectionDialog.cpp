// The connection dialog against a real server profile: "Test connection" with a typed password (right and wrong),
// Save puts the password in the real Secret Service and never in the settings file, a later test reads it back from
// the keychain, and "Use this profile" hands the profile over. Runs inside the D-Bus session with GNOME Keyring that
// `scripts/dev.sh test` starts.
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "core/concurrency/Async.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/PasswordRole.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/settings/ConnectionDialog.h"
#include "ui/settings/ServerProfileForm.h"

using namespace ops;

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void testSaveAndUseServerProfile();

private:
    QPushButton *button(ConnectionDialog &d, const QString &text);
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_socketDir;
    QString m_dbName;
    QTemporaryDir m_dir;
};

void TestConnectionDialog::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_dbName = db.value().section(QStringLiteral("dbname='"), 1).section(QLatin1Char('\''), 0, 0);
    QVERIFY(!m_dbName.isEmpty());
    m_socketDir = m_cluster->server()->socketDir();
    const QString role =
        test::addPasswordRole(*m_cluster, db.value(), m_dbName, QStringLiteral("clerk"), QStringLiteral("right-one"));
    QVERIFY2(role.isEmpty(), qPrintable(role));
}

void TestConnectionDialog::cleanupTestCase()
{
    m_cluster.reset();
}

QPushButton *TestConnectionDialog::button(ConnectionDialog &d, const QString &text)
{
    for (auto *b : d.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

void TestConnectionDialog::testSaveAndUseServerProfile()
{
    const QString ini = m_dir.path() + QStringLiteral("/ops.ini");
    Settings settings(ini);
    SecretStore secrets(QStringLiteral("ops-client-test-%1").arg(QCoreApplication::applicationPid()), nullptr);
    QThreadPool pool;
    db::ConnectionProfile embedded;
    ConnectionDialog dialog(settings, secrets, pool, embedded);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    dialog.addServerProfile();
    ServerProfileForm *form = dialog.serverForm();
    db::ConnectionProfile p = form->profile();
    p.name = QStringLiteral("Bureau de Saint-Jérôme");
    p.hosts = m_socketDir;
    p.ports = QStringLiteral("5432");
    p.database = m_dbName;
    p.user = QStringLiteral("clerk");
    p.sslMode = QStringLiteral("disable");
    form->setProfile(p);
    QLineEdit *password = nullptr;
    for (auto *e : form->findChildren<QLineEdit *>()) {
        if (e->echoMode() == QLineEdit::Password)
            password = e;
    }
    QVERIFY(password);

    // Wrong password: a clear, translated error, no raw libpq text.
    QTest::keyClicks(password, QStringLiteral("wrong-one"));
    QVERIFY(form->passwordEdited());
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 15000);
    QCOMPARE(dialog.banner()->level(), MessageBanner::Level::Error);
    QVERIFY2(dialog.banner()->text().contains(QLatin1String("password")), qPrintable(dialog.banner()->text()));
    QVERIFY(!dialog.banner()->text().contains(QLatin1String("wrong-one")));

    // Right password.
    password->clear();
    QTest::keyClicks(password, QStringLiteral("right-one"));
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 15000);
    QVERIFY2(dialog.banner()->level() == MessageBanner::Level::Success, qPrintable(dialog.banner()->text()));
    QVERIFY2(dialog.banner()->text().contains(QLatin1String("clerk")), qPrintable(dialog.banner()->text()));

    // Save: the profile goes to the settings file, the password to the keychain only.
    QPushButton *save = button(dialog, QCoreApplication::translate("ConnectionDialog", "&Save"));
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.banner()->text().contains(QLatin1String("keychain")), 10000);
    QCOMPARE(dialog.banner()->level(), MessageBanner::Level::Success);
    QVERIFY(settings.sync().ok());
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("clerk"));
    QVERIFY(!content.contains("right-one"));
    const auto saved = settings.profiles();
    auto it =
        std::find_if(saved.cbegin(), saved.cend(), [](const db::ConnectionProfile &x) { return !x.isEmbedded(); });
    QVERIFY(it != saved.cend());
    std::optional<Result<QString>> stored;
    runThen(secrets.read(it->keychainKey()), this, [&](Result<QString> r) { stored = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
    QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().userMessage));
    QCOMPARE(stored->value(), QStringLiteral("right-one"));

    // A later test with an empty password field reads the password from the keychain.
    QVERIFY(!form->passwordEdited());
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 15000);
    QCOMPARE(dialog.banner()->level(), MessageBanner::Level::Success);

    // "Use this profile" hands the saved profile to whoever switches the session.
    QSignalSpy activated(&dialog, &ConnectionDialog::profileActivated);
    QPushButton *use = button(dialog, QCoreApplication::translate("ConnectionDialog", "&Use this profile"));
    QVERIFY(use);
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(activated.count(), 1);
    const auto chosen = activated.at(0).at(0).value<db::ConnectionProfile>();
    QCOMPARE(chosen.user, QStringLiteral("clerk"));
    QCOMPARE(chosen.hosts, m_socketDir);
    std::optional<Status> removed;
    runThen(secrets.remove(it->keychainKey()), this, [&](Status s) { removed = std::move(s); });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    pool.waitForDone(10000);
}

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
