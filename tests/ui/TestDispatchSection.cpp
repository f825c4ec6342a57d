// The Dispatch section follows the role, end to end on a real database: a dispatcher gets the board (Ctrl+5) with the
// day's jobs and can write; a manager sees it read-only (a drag does nothing, the board says why); billing does not
// see it at all. Selecting a job fills the Job pane (detail and "on my way") and the Suggestions pane (the session's
// optimizer); "Optimize day" plans the day and Apply writes it.
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/dispatch/Presence.h"
#include "core/session/Session.h"
#include "tests/support/DispatchSeed.h"
#include "tests/support/RoleSession.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/dispatch/AssistantPanel.h"
#include "ui/dispatch/CandidateModel.h"
#include "ui/dispatch/DispatchBoardWidget.h"
#include "ui/dispatch/DispatchSection.h"
#include "ui/dispatch/DispatchTimeline.h"
#include "ui/dispatch/JobDetailWidget.h"
#include "ui/dispatch/OptimizerDialog.h"
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
    return test::roleSession(m_conninfo, role);
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
    QCOMPARE(test::execAll(*c.value(), test::kDispatchSeed), QString());
    QCOMPARE(test::execAll(*c.value(),
                 {"CREATE ROLE ds_dispatcher LOGIN IN ROLE ops_dispatcher",
                     "CREATE ROLE ds_manager LOGIN IN ROLE ops_manager",
                     "CREATE ROLE ds_billing LOGIN IN ROLE ops_billing"}),
        QString());
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
    // The session's optimizer is wired: the toolbar offers it, and the assistant ranks who can take DJ-00001 (Fibre 3
    // in Saint-Jérôme, 08:00–12:00): Alice, the only Fibre 3, on the Tuesday.
    QVERIFY(section->optimizeDayAction()->isVisible());
    emit board->jobSelected(1);
    QTRY_VERIFY_WITH_TIMEOUT(section->assistant()->model()->rowCount() > 0, 15000);
    QCOMPARE(section->assistant()->model()->candidate(0).technicianId, 1);
    // Optimize the day: the queue's DJ-00001 goes to Alice and DJ-00003 (Joliette, Lanaudière) to Bruno; Apply writes
    // them and the board shows them.
    OptimizerDialog *optimizer = section->optimize(false);
    QVERIFY(optimizer);
    QTRY_COMPARE_WITH_TIMEOUT(optimizer->state(), OptimizerDialog::State::Preview, 30000);
    QCOMPARE(optimizer->proposal().day, board->date());
    QList<qint64> placed;
    for (const ops::dispatch::JobChange &c : optimizer->proposal().changes)
        if (!c.fromLead && c.toLead)
            placed << c.jobId;
    QVERIFY2(placed.contains(1) && placed.contains(3), qPrintable(optimizer->summaryLabel()->text()));
    QVERIFY(optimizer->applyButton()->isEnabled());
    QVERIFY(test::saveScreenshot(*optimizer, u"dispatch-optimizer-live"_s));
    QTest::mouseClick(optimizer->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(board->board().job(1) && board->board().job(1)->leadTechnicianId == 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(board->board().job(3) && board->board().job(3)->leadTechnicianId == 2, 15000);
    QVERIFY(!section->optimizerDialog());
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
    // The optimizer writes: not offered.
    QVERIFY(!section->optimizeDayAction()->isVisible());
    QVERIFY(!section->optimizeRestAction()->isVisible());
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
