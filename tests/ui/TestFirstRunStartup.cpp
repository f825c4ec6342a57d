// The first run through the real composition root (app/gui/Bootstrap, compiled in): on a fresh settings file the
// shell is painted, the first-run dialog comes over it and no database is opened while it waits; French + Continue
// saves the choice, rebuilds the shell in French and opens the embedded demo database (a real cluster, demo data at a
// tiny scale). The next start with those settings opens the database at once and never shows the dialog.
#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "app/gui/Bootstrap.h"
#include "app/gui/StartupClock.h"
#include "app/gui/Translations.h"
#include "app/version.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/settings/Settings.h"
#include "ui/common/MessageBanner.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/FirstRun.h"
#include "ui/settings/FirstRunDialog.h"

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename W> W *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<W *>(w); t && t->isVisible())
            return t;
    return nullptr;
}

} // namespace

class TestFirstRunStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void testFirstRunThenEmbeddedDemo();
    void testReturningUserNeverSeesIt();

private:
    QTemporaryDir m_home;
    StartupClock m_clock;
};

void TestFirstRunStartup::initTestCase()
{
    QVERIFY(m_home.isValid());
    // As root the embedded server runs as the service account, which must reach the data folder.
    QFile::setPermissions(m_home.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    // Before the first QSettings or QStandardPaths use: everything of this test lives in its own HOME.
    qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + u"/data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_home.path() + u"/cache"_s).toUtf8());
    qputenv("TARGO_DEMO_SCALE", "0.002");
    QApplication::setOrganizationName(QStringLiteral(OPS_ORG_NAME));
    QApplication::setApplicationName(QStringLiteral(OPS_APP_NAME));
    Translations::install(u"en"_s);
    m_clock.start();
}

void TestFirstRunStartup::testFirstRunThenEmbeddedDemo()
{
    {
        ops::Settings fresh;
        QVERIFY(FirstRun::isFirstRun(fresh));
    }
    Bootstrap bootstrap(GuiCommandLine{}, m_clock);
    bootstrap.start();
    MainWindow *first = visibleTopLevel<MainWindow>();
    QVERIFY(first);
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<FirstRunDialog>() != nullptr, 10000);
    FirstRunDialog *dialog = visibleTopLevel<FirstRunDialog>();
    QCOMPARE(dialog->parentWidget(), first); // over the painted shell
    // Nothing opens while the dialog waits.
    QTest::qWait(1500);
    QVERIFY(!first->hasSession());
    QVERIFY(ops::EmbeddedServer::defaultBaseDir().startsWith(m_home.path()));
    QVERIFY(!QFileInfo::exists(ops::EmbeddedServer::defaultBaseDir()));

    // A link from a second instance meanwhile: handled at once (kept), opened once the chosen database is open.
    bootstrap.handleLink(u"targo://customer/CUST-99999998"_s);
    QVERIFY(dialog->isVisible());

    dialog->setLanguage(u"fr"_s);
    QTRY_COMPARE(dialog->windowTitle(), u"Bienvenue dans Targo Ops"_s);
    QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);

    // The shell is rebuilt in French, then the embedded demo database opens in it.
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<MainWindow>() && visibleTopLevel<MainWindow>() != first, 10000);
    MainWindow *window = visibleTopLevel<MainWindow>();
    QStringList menus;
    for (QAction *a : window->menuBar()->actions())
        menus << a->text();
    QVERIFY2(menus.contains(u"&Fichier"_s), qPrintable(menus.join(u", "_s)));
    QTRY_VERIFY_WITH_TIMEOUT(window->hasSession(), 180000);
    QVERIFY(!visibleTopLevel<FirstRunDialog>());
    QVERIFY(QFileInfo::exists(ops::EmbeddedServer::defaultBaseDir()));
    const QString notFound =
        QCoreApplication::translate("Bootstrap", "Customer %1 was not found.").arg(u"CUST-99999998"_s);
    QVERIFY(notFound.startsWith(u"Le client"_s)); // in French
    QTRY_COMPARE_WITH_TIMEOUT(window->banner()->text(), notFound, 20000);

    ops::Settings saved;
    QVERIFY(!FirstRun::isFirstRun(saved));
    QCOMPARE(saved.get<QString>(ops::SettingKey::Language), u"fr"_s);
    QCOMPARE(saved.get<QString>(ops::SettingKey::ActiveProfile), u"embedded"_s);
    QVERIFY(bootstrap.shutdown());
    // The Bootstrap and its SecretStore go at once, keychain reads still pending in libsecret (the outbox drain, the
    // integrations): the jobs outlive the store (SecretStore), and the next Bootstrap in this process starts safely.
}

void TestFirstRunStartup::testReturningUserNeverSeesIt()
{
    Translations::install(u"fr"_s); // what main() does with the saved language
    Bootstrap bootstrap(GuiCommandLine{}, m_clock);
    bootstrap.start();
    MainWindow *window = visibleTopLevel<MainWindow>();
    QVERIFY(window);
    bool dialogSeen = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialogSeen = dialogSeen || visibleTopLevel<FirstRunDialog>()) || window->hasSession(), 180000);
    QVERIFY(!dialogSeen);
    QVERIFY(window->hasSession());
    QCOMPARE(visibleTopLevel<MainWindow>(), window); // not rebuilt
    QVERIFY(bootstrap.shutdown());
    // The Bootstrap and its SecretStore go at once, keychain reads still pending in libsecret (the outbox drain, the
    // integrations): the jobs outlive the store (SecretStore), and the next Bootstrap in this process starts safely.
    Translations::install(u"en"_s);
}

QTEST_MAIN(TestFirstRunStartup)
#include "TestFirstRunStartup.moc"
