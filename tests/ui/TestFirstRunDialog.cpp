// The first-run dialog (issue 17 item 6) and its rule: shown only on a settings file with no profile and no active
// profile; never for --smoke-test, --benchmark-startup or --embedded (the real targo-ops runs --smoke-test on
// a fresh HOME here and must finish). Embedded choice and Esc save the demo; a server is tested on a real TestCluster
// (success) and on a dead 127.0.0.1 port (clear message, nothing saved), its password goes to the real Secret Service;
// the language switch goes through the application's translators (app/gui/Translations) and retranslates the dialog.
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "app/gui/Translations.h"
#include "core/concurrency/Async.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/PasswordRole.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/settings/FirstRun.h"
#include "ui/settings/FirstRunDialog.h"
#include "ui/settings/ServerProfileForm.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void testRule();
    void testEmbeddedChoiceSaves();
    void testEscapeChoosesTheDemo();
    void testDeadPortSavesNothing();
    void testServerTestedAndSaved();
    void testLanguageSwitchRetranslates();
    void testSmokeTestNeverShowsIt();

private:
    QString freshIni();
    void fillServer(FirstRunDialog &d, const QString &host, const QString &port, const QString &password);
    static QString readFile(const QString &path);

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_socketDir;
    QString m_dbName;
    QTemporaryDir m_dir;
    int m_ini = 0;
    SecretStore *m_secrets = nullptr;
    QThreadPool m_pool;
};

void TestFirstRunDialog::initTestCase()
{
    Translations::install(u"en"_s);
    m_secrets = new SecretStore(u"ops-client-test-firstrun-%1"_s.arg(QCoreApplication::applicationPid()), this);
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_dbName = db.value().section(u"dbname='"_s, 1).section(QLatin1Char('\''), 0, 0);
    QVERIFY(!m_dbName.isEmpty());
    m_socketDir = m_cluster->server()->socketDir();
    const QString role = test::addPasswordRole(*m_cluster, db.value(), m_dbName, u"firstrun_clerk"_s, u"right-one"_s);
    QVERIFY2(role.isEmpty(), qPrintable(role));
}

void TestFirstRunDialog::cleanupTestCase()
{
    m_pool.waitForDone(15000);
    m_cluster.reset();
}

void TestFirstRunDialog::init()
{
    Translations::install(u"en"_s);
}

QString TestFirstRunDialog::freshIni()
{
    return m_dir.path() + u"/ops-%1.ini"_s.arg(++m_ini);
}

QString TestFirstRunDialog::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestFirstRunDialog::fillServer(
    FirstRunDialog &d, const QString &host, const QString &port, const QString &password)
{
    d.chooseServer(true);
    QVERIFY(d.serverForm()->isVisible());
    db::ConnectionProfile p = d.serverForm()->profile();
    p.name = u"Siège social"_s;
    p.hosts = host;
    p.ports = port;
    p.database = m_dbName;
    p.user = u"firstrun_clerk"_s;
    p.sslMode = u"disable"_s;
    p.connectTimeoutSec = 3;
    d.serverForm()->setProfile(p);
    QLineEdit *field = nullptr;
    for (auto *e : d.serverForm()->findChildren<QLineEdit *>())
        if (e->echoMode() == QLineEdit::Password)
            field = e;
    QVERIFY(field);
    QTest::keyClicks(field, password);
    QVERIFY(d.serverForm()->passwordEdited());
}

void TestFirstRunDialog::testRule()
{
    const FirstRun::Startup interactive;
    {
        Settings s(freshIni());
        s.migrate(); // what Bootstrap does first: the version key alone is still a first run
        QVERIFY(FirstRun::isFirstRun(s));
        QVERIFY(FirstRun::shouldAsk(s, interactive));
        s.setUiState(u"MainWindow/geometry"_s, QByteArray("x")); // a --smoke-test run's window: still a first run
        QVERIFY(FirstRun::isFirstRun(s));
        FirstRun::Startup smoke;
        smoke.smokeTest = true;
        QVERIFY(!FirstRun::shouldAsk(s, smoke));
        FirstRun::Startup bench;
        bench.benchmark = true;
        QVERIFY(!FirstRun::shouldAsk(s, bench));
        FirstRun::Startup embedded;
        embedded.embeddedDir = true;
        QVERIFY(!FirstRun::shouldAsk(s, embedded));
    }
    { // a stored profile: a returning user
        Settings s(freshIni());
        db::ConnectionProfile p;
        p.id = u"office"_s;
        p.mode = db::ConnectionProfile::Mode::Server;
        p.hosts = u"db.example.net"_s;
        QVERIFY(s.saveProfile(p).ok());
        QVERIFY(!FirstRun::isFirstRun(s));
        QVERIFY(!FirstRun::shouldAsk(s, interactive));
    }
    { // an active profile chosen: a returning user; a language alone (switched in the dialog, then quit) is not
        Settings s(freshIni());
        QVERIFY(s.set(SettingKey::Language, u"fr"_s).ok());
        QVERIFY(FirstRun::isFirstRun(s));
        QVERIFY(s.set(SettingKey::ActiveProfile, u"embedded"_s).ok());
        QVERIFY(!FirstRun::isFirstRun(s));
    }
    { // bad input writes nothing
        Settings s(freshIni());
        QVERIFY(!FirstRun::complete(s, u"de"_s, Settings::defaultEmbeddedProfile()).ok());
        QVERIFY(FirstRun::isFirstRun(s));
    }
}

void TestFirstRunDialog::testEmbeddedChoiceSaves()
{
    const QString ini = freshIni();
    Settings settings(ini);
    QVERIFY(FirstRun::isFirstRun(settings));
    FirstRunDialog dialog(settings, *m_secrets, m_pool);
    QSignalSpy chosen(&dialog, &FirstRunDialog::chosen);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.serverChosen()); // the safe default
    QVERIFY(!dialog.serverForm()->isVisible());
    QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    const auto profile = chosen.at(0).at(0).value<db::ConnectionProfile>();
    QVERIFY(profile.isEmbedded());
    QVERIFY(!dialog.isVisible());
    // Saved: a new reader of the file (the next start) sees a returning user with the embedded profile.
    Settings next(ini);
    QVERIFY(!FirstRun::isFirstRun(next));
    QCOMPARE(next.get<QString>(SettingKey::ActiveProfile), u"embedded"_s);
    QCOMPARE(next.get<QString>(SettingKey::Language), u"en"_s);
    QVERIFY(next.activeProfile().isEmbedded());
}

void TestFirstRunDialog::testEscapeChoosesTheDemo()
{
    const QString ini = freshIni();
    Settings settings(ini);
    FirstRunDialog dialog(settings, *m_secrets, m_pool);
    QSignalSpy chosen(&dialog, &FirstRunDialog::chosen);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.chooseServer(true); // even with the server picked, Esc is the demo
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(chosen.count(), 1);
    QVERIFY(chosen.at(0).at(0).value<db::ConnectionProfile>().isEmbedded());
    Settings next(ini);
    QVERIFY(!FirstRun::isFirstRun(next));
    QVERIFY(next.profiles().isEmpty());
    dialog.close(); // already done: no second choice
    QCOMPARE(chosen.count(), 1);
}

void TestFirstRunDialog::testDeadPortSavesNothing()
{
    QTcpServer probe; // a port nobody listens on once closed
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString port = QString::number(probe.serverPort());
    probe.close();

    const QString ini = freshIni();
    Settings settings(ini);
    FirstRunDialog dialog(settings, *m_secrets, m_pool);
    QSignalSpy chosen(&dialog, &FirstRunDialog::chosen);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillServer(dialog, u"127.0.0.1"_s, port, u"whatever"_s);
    dialog.testConnection();
    QVERIFY(dialog.isTesting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 20000);
    QCOMPARE(dialog.banner()->level(), MessageBanner::Level::Error);
    QCOMPARE(dialog.banner()->text(), QCoreApplication::translate("ops::db", "The database server cannot be reached."));
    QVERIFY(!dialog.banner()->text().contains(u"whatever"_s));
    // Testing writes nothing, and the dialog is still waiting for a choice.
    QCOMPARE(chosen.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(settings.sync().ok());
    QVERIFY(FirstRun::isFirstRun(Settings(ini)));
    QVERIFY(!readFile(ini).contains(u"127.0.0.1"_s));

    // Invalid input on Continue: a clear message, nothing written.
    db::ConnectionProfile p = dialog.serverForm()->profile();
    p.hosts.clear();
    dialog.serverForm()->setProfile(p);
    dialog.confirm();
    QCOMPARE(dialog.banner()->level(), MessageBanner::Level::Warning);
    QCOMPARE(dialog.banner()->text(), QCoreApplication::translate("ServerProfileForm", "Enter at least one host."));
    QCOMPARE(chosen.count(), 0);
    QVERIFY(FirstRun::isFirstRun(Settings(ini)));
}

void TestFirstRunDialog::testServerTestedAndSaved()
{
    const QString ini = freshIni();
    Settings settings(ini);
    FirstRunDialog dialog(settings, *m_secrets, m_pool);
    QSignalSpy chosen(&dialog, &FirstRunDialog::chosen);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillServer(dialog, m_socketDir, u"5432"_s, u"right-one"_s);
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 20000);
    QVERIFY2(dialog.banner()->level() == MessageBanner::Level::Success, qPrintable(dialog.banner()->text()));
    QVERIFY2(dialog.banner()->text().contains(u"firstrun_clerk"_s), qPrintable(dialog.banner()->text()));
    QVERIFY(ops::test::saveScreenshot(dialog, u"first-run-server-en"_s));

    QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(chosen.count(), 1, 15000);
    const auto profile = chosen.at(0).at(0).value<db::ConnectionProfile>();
    QVERIFY(!profile.isEmbedded());
    QCOMPARE(profile.user, u"firstrun_clerk"_s);
    QCOMPARE(profile.hosts, m_socketDir);

    // The profile and the choice in the file, the password only in the keychain.
    Settings next(ini);
    QVERIFY(!FirstRun::isFirstRun(next));
    QCOMPARE(next.get<QString>(SettingKey::ActiveProfile), profile.id);
    QCOMPARE(next.activeProfile().user, u"firstrun_clerk"_s);
    QCOMPARE(next.activeProfile().name, u"Siège social"_s);
    QVERIFY(!readFile(ini).contains(u"right-one"_s));
    std::optional<Result<QString>> stored;
    runThen(m_secrets->read(profile.keychainKey()), this, [&](Result<QString> r) { stored = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
    QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().userMessage));
    QCOMPARE(stored->value(), u"right-one"_s);
    std::optional<Status> removed;
    runThen(m_secrets->remove(profile.keychainKey()), this, [&](Status s) { removed = std::move(s); });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
}

void TestFirstRunDialog::testLanguageSwitchRetranslates()
{
    const QString ini = freshIni();
    Settings settings(ini);
    FirstRunDialog dialog(settings, *m_secrets, m_pool);
    connect(&dialog, &FirstRunDialog::languageChosen, this, [](const QString &code) { Translations::install(code); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.language(), u"en"_s);
    QCOMPARE(dialog.windowTitle(), u"Welcome to Targo Ops"_s);
    dialog.chooseServer(true);
    fillServer(dialog, u"db.example.net"_s, u"5432"_s, u"typed-before"_s);
    QVERIFY(ops::test::saveScreenshot(dialog, u"first-run-en"_s));

    // Picked in the list like a user would: saved at once, the dialog in French.
    auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->itemText(0), u"Français"_s);
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QTRY_COMPARE(dialog.windowTitle(), u"Bienvenue dans Targo Ops"_s);
    QCOMPARE(dialog.continueButton()->text(), u"C&ontinuer"_s);
    QCOMPARE(Settings(ini).get<QString>(SettingKey::Language), u"fr"_s);
    // The server form is in French too, and what was typed is kept (the password as well).
    bool frenchLabel = false;
    for (auto *l : dialog.serverForm()->findChildren<QLabel *>())
        frenchLabel = frenchLabel || l->text() == QCoreApplication::translate("ServerProfileForm", "&Hosts:");
    QVERIFY(frenchLabel);
    QVERIFY(QCoreApplication::translate("ServerProfileForm", "&Hosts:") != u"&Hosts:"_s);
    QCOMPARE(dialog.serverForm()->profile().hosts, u"db.example.net"_s);
    QCOMPARE(dialog.serverForm()->password(), u"typed-before"_s);
    QVERIFY(dialog.serverForm()->passwordEdited());
    QVERIFY(ops::test::saveScreenshot(dialog, u"first-run-fr"_s));

    // And back.
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QTRY_COMPARE(dialog.windowTitle(), u"Welcome to Targo Ops"_s);
    QCOMPARE(Settings(ini).get<QString>(SettingKey::Language), u"en"_s);
    dialog.chooseServer(false);
    dialog.confirm();
    QCOMPARE(Settings(ini).get<QString>(SettingKey::Language), u"en"_s);
}

void TestFirstRunDialog::testSmokeTestNeverShowsIt()
{
    const QString exe = qEnvironmentVariable("TARGO_OPS_BIN");
    if (exe.isEmpty() || !QFile::exists(exe))
        QSKIP("TARGO_OPS_BIN not set (ctest sets it)");
    // A fresh HOME, like the package smoke test: a first run, which --smoke-test must not stop at.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home.path() + u"/cache"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"TARGO_DEMO_SCALE"_s, u"0.002"_s);
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(exe, {u"--smoke-test"_s});
    QVERIFY(app.waitForStarted(10000));
    const bool finished = app.waitForFinished(240000);
    const QByteArray out = app.readAll();
    if (!finished) {
        app.kill();
        app.waitForFinished(5000);
    }
    QVERIFY2(finished, out.constData());
    QVERIFY2(app.exitCode() == 0, out.constData());
    QVERIFY2(out.contains("smoke-test: ok"), out.constData());
    qInfo("%s", out.mid(out.indexOf("smoke-test:")).trimmed().constData());
    // The first run is still there for the person who starts it next.
    QDir config(home.path() + u"/config"_s);
    const QStringList inis = [&] {
        QStringList found;
        QDirIterator it(config.path(), {u"*.ini"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        return found;
    }();
    QVERIFY2(!inis.isEmpty(), "no settings file written");
    QVERIFY(FirstRun::isFirstRun(Settings(inis.first())));
}

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
