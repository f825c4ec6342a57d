#include <QAbstractButton>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "core/session/Session.h"
#include "ui/common/MessageBanner.h"
#include "ui/customers/CustomersWorkspace.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationBar.h"
#include "ui/main/StartupPanel.h"
#include "ui/main/StatusBarController.h"
#include "ui/search/GlobalSearch.h"
#include "ui/search/GlobalSearchPopup.h"

// The shell without a database: a Session pointed at a socket folder that does not exist, so every query fails
// fast and the UI must show it (never hang).
class TestMainWindowShell : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ops::Session> m_session;

    void attach(MainWindow &w) { w.attachSession(*m_session); }

private slots:
    void initTestCase()
    {
        ops::SessionInfo info;
        info.conninfo = QStringLiteral("host=/nonexistent/targo-test dbname=nothing connect_timeout=1");
        info.embedded = false;
        info.where = QStringLiteral("db1.example.net");
        info.user = QStringLiteral("dispatcher");
        info.dbPoolSize = 2;
        info.liveUpdates = false;
        m_session = std::make_unique<ops::Session>(info);
    }

    void cleanupTestCase() { m_session.reset(); }

    void showsOnlyBuiltSections()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QList<NavigationBar::Section> sections = w.navigation()->sections();
        QCOMPARE(sections,
            (QList<NavigationBar::Section>{NavigationBar::Section::Customers, NavigationBar::Section::Tickets}));
        QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Dispatch));
        QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Map));
        QVERIFY(w.customers()->isVisible());
        QCOMPARE(w.customers()->openFileCount(), 0);
    }

    void startupProgressAndError()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showStartupProgress(QStringLiteral("Loading demo data"), 40);
        QVERIFY(w.startupPanel()->isVisible());
        QCOMPARE(w.startupPanel()->percent(), 40);
        QCOMPARE(w.statusController()->state(), StatusBarController::State::Connecting);
        QVERIFY(w.statusController()->stateText().contains(QStringLiteral("40")));

        QSignalSpy retry(&w, &MainWindow::retryRequested);
        QSignalSpy settings(&w, &MainWindow::connectionSettingsRequested);
        w.showConnectionError(QStringLiteral("The server is unreachable."));
        QVERIFY(!w.startupPanel()->isVisible());
        QVERIFY(w.banner()->isVisible());
        QCOMPARE(w.banner()->level(), MessageBanner::Level::Error);
        QCOMPARE(w.statusController()->state(), StatusBarController::State::Failed);
        const auto buttons = w.banner()->findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (b->text() == QStringLiteral("Retry"))
                QTest::mouseClick(b, Qt::LeftButton);
            if (b->text() == QStringLiteral("Connection settings…"))
                QTest::mouseClick(b, Qt::LeftButton);
        }
        QCOMPARE(retry.count(), 1);
        QCOMPARE(settings.count(), 1);
    }

    void ctrlKFocusesSearchFromAnywhere()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.customers()->tabs()->setFocus();
        QVERIFY(!w.globalSearch()->field()->hasFocus());
        QTest::keyClick(w.customers()->tabs(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(w.globalSearch()->field()->hasFocus());
        QVERIFY(w.globalSearch()->isPopupVisible());
        // Not connected yet: the drop-down says so.
        QCOMPARE(w.globalSearch()->popup()->state(), GlobalSearchPopup::State::Disconnected);
        QTest::keyClick(w.globalSearch()->field(), Qt::Key_Escape);
        QVERIFY(!w.globalSearch()->isPopupVisible());
    }

    void typingFiresOneSearchPerKeystroke()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        attach(w);
        QCOMPARE(w.statusController()->state(), StatusBarController::State::Connected);
        GlobalSearch *search = w.globalSearch();
        QSignalSpy started(search, &GlobalSearch::searchStarted);
        QSignalSpy shown(search, &GlobalSearch::resultsShown);
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(search->field()->hasFocus());
        QTest::keyClicks(search->field(), QStringLiteral("trem"));
        QCOMPARE(started.count(), 4);
        QCOMPARE(started.last().at(0).toString(), QStringLiteral("trem"));
        // Only the answer to the last keystroke is shown; the database is unreachable, so it is an error banner.
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 15000);
        QCOMPARE(shown.first().at(0).toString(), QStringLiteral("trem"));
        QCOMPARE(search->popup()->state(), GlobalSearchPopup::State::Error);
        QVERIFY(!search->popup()->message().isEmpty());
        // The status bar notices the dead connection too.
        QTRY_COMPARE_WITH_TIMEOUT(w.statusController()->state(), StatusBarController::State::Reconnecting, 15000);

        // Clearing the field shows the hint again and issues no query.
        search->field()->clear();
        QCOMPARE(started.count(), 4);
        QCOMPARE(search->popup()->state(), GlobalSearchPopup::State::Hint);
        w.detachSession();
        QCOMPARE(w.statusController()->state(), StatusBarController::State::Idle);
    }

    void closeAndCycleFileTabs()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        attach(w);
        w.openCustomer(1, QStringLiteral("CUST-00001"));
        w.openCustomer(2, QStringLiteral("CUST-00002"));
        w.openCustomer(1); // already open: switches to it
        CustomersWorkspace *ws = w.customers();
        QCOMPARE(ws->openFileCount(), 2);
        QCOMPARE(ws->tabs()->currentIndex(), 1);
        QTest::keyClick(ws->tabs()->currentWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(ws->tabs()->currentIndex(), 2);
        QTest::keyClick(ws->tabs()->currentWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(ws->tabs()->currentIndex(), 0); // wraps to the start page
        QTest::keyClick(ws->tabs()->currentWidget(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(ws->openFileCount(), 2); // the start page never closes
        ws->tabs()->setCurrentIndex(2);
        QTest::keyClick(ws->tabs()->currentWidget(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(ws->openFileCount(), 1);
        w.detachSession(); // another database: its files close
        QCOMPARE(ws->openFileCount(), 0);
    }
};

QTEST_MAIN(TestMainWindowShell)
#include "TestMainWindowShell.moc"
