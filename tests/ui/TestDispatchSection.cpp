// The Dispatch section follows the role, end to end on a real database: a dispatcher gets the board (Ctrl+5) with the
// day's jobs and can write; a manager sees it read-only (a drag does nothing, the board says why); billing does not
// see it at all. Selecting a job fills the Job pane (detail and "on my way").
#include <QAction>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/dispatch/Presence.h"
#include "core/session/Session.h"
#include "tests/support/DispatchSeed.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/dispatch/DispatchBoardWidget.h"
#include "ui/dispatch/DispatchSection.h"
#include "ui/dispatch/DispatchTimeline.h"
#include "ui/dispatch/JobDetailWidget.h"
#include "ui/main/MainWindow.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

class TestDispatchSection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void dispatcherGetsTheBoard();
    void managerReadsOnly();
    void billingDoesNotSeeIt();

private:
    std::unique_ptr<Session> session(const QString &role);
    static QAction *dispatchAction(MainWindow &w) { return w.findChild<QAction *>(u"dispatchViewAction"_s); }
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
};

std::unique_ptr<Session> TestDispatchSection::session(const QString &role)
{
    SessionInfo info;
    info.conninfo = m_conninfo + u" options='-c role="_s + role + u"'"_s;
    info.embedded = false;
    info.where = u"test"_s;
    info.user = role;
    info.dbPoolSize = 2;
    info.liveUpdates = false;
    return std::make_unique<Session>(info);
}

void TestDispatchSection::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    for (const char *sql : test::kDispatchSeed) {
        auto r = c.value()->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    for (const char *sql : {"CREATE ROLE ds_dispatcher LOGIN IN ROLE ops_dispatcher",
             "CREATE ROLE ds_manager LOGIN IN ROLE ops_manager", "CREATE ROLE ds_billing LOGIN IN ROLE ops_billing"}) {
        auto r = c.value()->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
}

void TestDispatchSection::cleanupTestCase()
{
    m_cluster.reset();
}

void TestDispatchSection::dispatcherGetsTheBoard()
{
    auto s = session(u"ds_dispatcher"_s);
    MainWindow w;
    w.show();
    QVERIFY(!w.navigation()->isSectionVisible(NavigationBar::Section::Dispatch));
    w.attachSession(*s);
    QTRY_VERIFY_WITH_TIMEOUT(w.navigation()->isSectionVisible(NavigationBar::Section::Dispatch), 15000);
    QVERIFY(dispatchAction(w)->isVisible());
    dispatchAction(w)->trigger(); // Ctrl+5
    auto *section = w.findChild<DispatchSection *>();
    QVERIFY(section && section->isVisible());
    DispatchBoardWidget *board = section->board();
    QVERIFY(!board->isReadOnly());
    board->setDate(QDate::fromString(QLatin1String(test::kDispatchDay), Qt::ISODate));
    QTRY_VERIFY_WITH_TIMEOUT(!board->loading() && board->board().jobs.size() == 4, 15000);
    QCOMPARE(board->board().technicians.size(), 2);
    // Presence: what the session's tracker hears reaches the board; selecting a job announces it.
    emit s->presence().othersChanged(2, {}, QStringList{u"Bruno Gagnon"_s});
    QCOMPARE(board->othersEditing(2), QStringList{u"Bruno Gagnon"_s});
    // Selecting a job opens it in the Job pane.
    emit board->jobSelected(2);
    QTRY_COMPARE_WITH_TIMEOUT(section->detail()->jobId(), qint64(2), 15000);
    w.detachSession();
}

void TestDispatchSection::managerReadsOnly()
{
    auto s = session(u"ds_manager"_s);
    MainWindow w;
    w.show();
    w.attachSession(*s);
    QTRY_VERIFY_WITH_TIMEOUT(w.navigation()->isSectionVisible(NavigationBar::Section::Dispatch), 15000);
    dispatchAction(w)->trigger();
    auto *section = w.findChild<DispatchSection *>();
    QVERIFY(section && section->isVisible());
    DispatchBoardWidget *board = section->board();
    QVERIFY(board->isReadOnly());
    board->setDate(QDate::fromString(QLatin1String(test::kDispatchDay), Qt::ISODate));
    QTRY_VERIFY_WITH_TIMEOUT(!board->loading() && board->board().jobs.size() == 4, 15000);
    // Undo, pin or unassign: nothing is sent, the board says why.
    board->undo();
    QVERIFY(board->banner()->isVisible());
    QVERIFY2(board->banner()->text().contains(u"does not allow placing or moving dispatch jobs"_s),
        qPrintable(board->banner()->text()));
    QCOMPARE(board->pendingWrites(), 0);
    w.detachSession();
}

void TestDispatchSection::billingDoesNotSeeIt()
{
    auto s = session(u"ds_billing"_s);
    MainWindow w;
    w.show();
    w.attachSession(*s);
    QTRY_VERIFY_WITH_TIMEOUT(s->capabilities().known, 15000);
    QCoreApplication::processEvents();
    QVERIFY(!w.navigation()->isSectionVisible(NavigationBar::Section::Dispatch));
    QVERIFY(!dispatchAction(w)->isVisible());
    auto *section = w.findChild<DispatchSection *>();
    QVERIFY(section);
    QVERIFY(!section->isVisible());
    QVERIFY(section->board()->board().technicians.isEmpty()); // never loaded
    w.detachSession();
}

QTEST_MAIN(TestDispatchSection)
#include "TestDispatchSection.moc"
