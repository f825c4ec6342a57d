// The scheduling assistant in the Dispatch section, on in-memory fakes (FakeDispatchApi for the board, a
// FakeOptimizerApi answering crafted candidates): the list shows the candidates of the job selected in the queue or on
// the timeline; Enter, a double-click or a drag onto the timeline assigns through the board's own write path (checked
// on the board first, then DispatchApi::assign with the job's version, rolled back on a stale version); Ctrl+Space
// goes to the best one; jobs that cannot move say why; a read-only role sees suggestions but cannot apply them.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include "core/session/Capabilities.h"
#include "tests/support/DispatchUiFixture.h"
#include "tests/support/FakeOptimizerApi.h"
#include "tests/support/Screenshot.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/dispatch/AssistantPanel.h"
#include "ui/dispatch/CandidateModel.h"
#include "ui/dispatch/DispatchBoardWidget.h"
#include "ui/dispatch/DispatchQueueModel.h"
#include "ui/dispatch/DispatchSection.h"
#include "ui/dispatch/DispatchTimeline.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;
using namespace ops::test::dispatchui;

namespace {

CandidateSlot candidate(qint64 tech, const QString &name, const QDateTime &start, int before, int after, int added,
    int late, int margin, double cost)
{
    CandidateSlot c;
    c.technicianId = tech;
    c.technicianName = name;
    c.start = start;
    c.travelBeforeMin = before;
    c.travelAfterMin = after;
    c.addedTravelMin = added;
    c.latenessMin = late;
    c.skillMargin = margin;
    c.cost = cost;
    return c;
}

struct Fixture
{
    std::unique_ptr<test::FakeDispatchApi> dispatch = makeDispatchApi();
    std::unique_ptr<test::FakeOptimizerApi> optimizer = std::make_unique<test::FakeOptimizerApi>();
    std::unique_ptr<DispatchSection> section;

    DispatchBoardWidget *board() const { return section->board(); }
    AssistantPanel *assistant() const { return section->assistant(); }

    bool open()
    {
        // Alice 14:30 (best), Alice 10:30 (a little late for nobody, more driving), Benoit 11:00 (the board refuses:
        // Fibre 2 where 3 is required — the fake does not check, the board does).
        optimizer->answer = {candidate(10, u"Alice Roy"_s, at(14, 30), 3, 0, 6, 0, 0, 6),
            candidate(10, u"Alice Roy"_s, at(10, 30), 2, 4, 9, 0, 0, 9),
            candidate(11, u"Benoit Caron"_s, at(11), 45, 45, 88, 25, 2, 140)};
        section = std::make_unique<DispatchSection>(nullptr);
        section->resize(1700, 900);
        board()->setNow(at(11, 20));
        board()->setDate(kDay);
        board()->timeline()->setPixelsPerHour(60);
        QSignalSpy loaded(board(), &DispatchBoardWidget::boardLoaded);
        DispatchSection::Apis apis;
        apis.board = dispatch.get();
        apis.optimizer = optimizer.get();
        section->attach(apis);
        section->show();
        if (!QTest::qWaitForWindowExposed(section.get()))
            return false;
        if (loaded.isEmpty() && !loaded.wait(5000))
            return false;
        board()->setGroupByRegion(false);
        return true;
    }

    // Selects a job in the unscheduled queue, as a dispatcher's click does, and waits for the assistant's answer.
    bool selectInQueue(qint64 jobId)
    {
        QSignalSpy shown(assistant(), &AssistantPanel::candidatesShown);
        const int row = board()->queueModel()->rowOf(jobId);
        if (row < 0)
            return false;
        QTableView *queue = board()->queueView();
        queue->setCurrentIndex(queue->model()->index(row, 0)); // the filter is unsorted here
        return shown.wait(5000) || assistant()->jobId() == jobId;
    }

    bool waitWrite() const
    {
        return QTest::qWaitFor([&] { return board()->pendingWrites() == 0; }, 5000);
    }
};

} // namespace

class TestDispatchAssistant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "America/Toronto");
        Theme::apply(*qApp);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    }

    void listsTheCandidatesOfTheQueuesSelectedJob()
    {
        Fixture f;
        QVERIFY(f.open());
        QAbstractItemModelTester tester(f.assistant()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(f.selectInQueue(102));
        QTRY_COMPARE(f.assistant()->model()->rowCount(), 3);
        // Asked for the top 5 of DJ-00102 on the board as loaded, never before the board's clock.
        QVERIFY(!f.optimizer->candidateCalls.isEmpty());
        const auto &call = f.optimizer->candidateCalls.last();
        QCOMPARE(call.jobId, 102);
        QCOMPARE(call.n, 5);
        QCOMPARE(call.now, at(11, 20));
        QVERIFY(call.board && call.board->job(102) && call.board->technicians.size() == 4);
        // Best first, with what each costs.
        CandidateModel *m = f.assistant()->model();
        const auto text = [m](int row, int column) {
            return m->index(row, column).data().toString();
        };
        QCOMPARE(text(0, CandidateModel::Rank), u"1"_s);
        QCOMPARE(text(0, CandidateModel::Technician), u"Alice Roy"_s);
        QVERIFY2(text(0, CandidateModel::When).endsWith(u"14:30–15:30"_s), qPrintable(text(0, CandidateModel::When)));
        QCOMPARE(text(0, CandidateModel::Travel), u"3 / 0 min"_s);
        QCOMPARE(text(0, CandidateModel::AddedDriving), u"+6 min"_s);
        QCOMPARE(text(0, CandidateModel::Lateness), u"on time"_s);
        QCOMPARE(text(0, CandidateModel::SkillMargin), u"exact"_s);
        QVERIFY2(text(1, CandidateModel::When).endsWith(u"10:30–11:30"_s), qPrintable(text(1, CandidateModel::When)));
        QCOMPARE(text(2, CandidateModel::Technician), u"Benoit Caron"_s);
        QCOMPARE(text(2, CandidateModel::Travel), u"45 / 45 min"_s);
        QCOMPARE(text(2, CandidateModel::AddedDriving), u"+1 h 28"_s);
        QCOMPARE(text(2, CandidateModel::Lateness), u"25 min late"_s);
        QCOMPARE(text(2, CandidateModel::SkillMargin), u"+2"_s);
        QCOMPARE(m->index(2, 0).data(CandidateModel::TechnicianIdRole).toLongLong(), 11);
        QCOMPARE(m->index(2, 0).data(CandidateModel::StartRole).toDateTime(), at(11));
        QVERIFY(m->index(2, 0).data(Qt::ToolTipRole).toString().contains(u"25 min after the customer's window"_s));
        QCOMPARE(f.assistant()->findChild<QLabel *>(u"assistantTitle"_s)->text(), u"Who can take DJ-00102?"_s);
        QCOMPARE(f.assistant()->view()->currentIndex().row(), 0); // the best one is highlighted
        QVERIFY(f.section->assistantDock()->isVisible());
        f.assistant()->view()->setFocus();
        QVERIFY(test::saveScreenshot(*f.section, u"dispatch-assistant"_s));
        QVERIFY(test::saveScreenshot(*f.section->assistantDock(), u"dispatch-assistant-pane"_s));
    }

    void followsTheTimelineSelection()
    {
        Fixture f;
        QVERIFY(f.open());
        QSignalSpy shown(f.assistant(), &AssistantPanel::candidatesShown);
        f.board()->timeline()->setSelection(101, 10);
        QVERIFY(shown.wait(5000));
        QCOMPARE(f.optimizer->candidateCalls.last().jobId, 101);
        QCOMPARE(f.assistant()->model()->rowCount(), 3);
        // Nothing selected: nothing asked, the panel says what to do.
        const qsizetype calls = f.optimizer->candidateCalls.size();
        f.board()->timeline()->setSelection(0, 0);
        QCOMPARE(f.assistant()->model()->rowCount(), 0);
        QCOMPARE(f.optimizer->candidateCalls.size(), calls);
        QVERIFY(f.assistant()->statusText().contains(u"Select a job"_s));
    }

    void aClosedPaneAsksOnlyWhenShownAgain()
    {
        Fixture f;
        QVERIFY(f.open());
        f.section->assistantDock()->close();
        f.board()->timeline()->setSelection(102, 0);
        QCoreApplication::processEvents();
        QVERIFY(f.optimizer->candidateCalls.isEmpty());
        QSignalSpy shown(f.assistant(), &AssistantPanel::candidatesShown);
        f.section->suggestAction()->trigger(); // Ctrl+Space opens the pane again and asks
        QVERIFY(shown.size() >= 1 || shown.wait(5000));
        QVERIFY(f.section->assistantDock()->isVisible());
        QVERIFY(!f.optimizer->candidateCalls.isEmpty());
        QCOMPARE(f.optimizer->candidateCalls.last().jobId, 102);
        QTRY_COMPARE(f.assistant()->model()->rowCount(), 3);
    }

    void enterAssignsTheHighlightedCandidate()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.selectInQueue(102));
        QTRY_COMPARE(f.assistant()->model()->rowCount(), 3);
        QTreeView *view = f.assistant()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down); // the second one: Alice at 10:30
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(f.dispatch->writes.size(), 1);
        const auto &w = f.dispatch->writes.first();
        QCOMPARE(w.op, u"assign"_s);
        QCOMPARE(w.jobId, 102);
        QCOMPARE(w.slot.technicianId, 10);
        QCOMPARE(w.slot.start, at(10, 30));
        QCOMPARE(w.slot.crew, false);
        QCOMPARE(w.expectedVersion, 1);
        // Optimistic, then confirmed: out of the queue, on Alice's row at 10:30.
        QCOMPARE(f.board()->queueModel()->rowOf(102), -1);
        QVERIFY(f.waitWrite());
        QCOMPARE(f.board()->board().job(102)->leadTechnicianId, 10);
        QCOMPARE(f.board()->board().job(102)->start, at(10, 30));
        QVERIFY(f.board()->canUndo()); // the board's own path: undoable like a drop
        // The board changed: the assistant asks again for the job (now on the board).
        const qsizetype calls = f.optimizer->candidateCalls.size();
        QTRY_VERIFY(f.optimizer->candidateCalls.size() > calls);
        QCOMPARE(f.optimizer->candidateCalls.last().board->job(102)->start, at(10, 30));
    }

    void doubleClickAssigns()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.selectInQueue(102));
        QTRY_COMPARE(f.assistant()->model()->rowCount(), 3);
        QTreeView *view = f.assistant()->view();
        const QRect first = view->visualRect(f.assistant()->model()->index(0, CandidateModel::Technician));
        QVERIFY(!first.isEmpty());
        // A real double-click: press, release, then the double-click and its release.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QVERIFY(f.dispatch->writes.isEmpty()); // a single click only highlights
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(f.dispatch->writes.size(), 1);
        QCOMPARE(f.dispatch->writes.first().slot.technicianId, 10);
        QCOMPARE(f.dispatch->writes.first().slot.start, at(14, 30));
        QVERIFY(f.waitWrite());
    }

    void aCandidateTheBoardRefusesIsNotSent()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.selectInQueue(102));
        QTRY_COMPARE(f.assistant()->model()->rowCount(), 3);
        QVERIFY(!f.assistant()->applyCandidate(2)); // Benoit: Fibre 2, the job needs 3
        QVERIFY(f.dispatch->writes.isEmpty());
        QVERIFY(f.board()->banner()->isVisible());
        QVERIFY2(f.board()->banner()->text().startsWith(u"Refused"_s), qPrintable(f.board()->banner()->text()));
        QCOMPARE(f.board()->board().job(102)->status, JobStatus::Unscheduled);
    }

    void aStaleCandidateIsRolledBackWithWhoMovedIt()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.selectInQueue(102));
        QTRY_COMPARE(f.assistant()->model()->rowCount(), 3);
        // Another dispatcher placed it meanwhile (the board has not heard yet).
        f.dispatch->moveElsewhere(102, at(15), u"Marie Gagné"_s, 10);
        QVERIFY(f.assistant()->applyCandidate(0));
        QCOMPARE(f.dispatch->writes.size(), 1);
        QVERIFY(f.waitWrite());
        QVERIFY2(f.board()->banner()->text().contains(u"Marie Gagné moved DJ-00102"_s),
            qPrintable(f.board()->banner()->text()));
        QCOMPARE(f.board()->board().job(102)->start, at(15)); // as it now is, not as we wished
    }

    void ctrlSpaceGoesToTheBestCandidate()
    {
        Fixture f;
        QVERIFY(f.open());
        f.board()->timeline()->setSelection(102, 0);
        QTRY_COMPARE(f.assistant()->model()->rowCount(), 3);
        f.assistant()->view()->setCurrentIndex(f.assistant()->model()->index(2, 0));
        f.section->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.section.get()));
        f.board()->timeline()->setFocus();
        QCOMPARE(f.section->suggestAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Space));
        const qsizetype calls = f.optimizer->candidateCalls.size();
        QTest::keyClick(f.board()->timeline(), Qt::Key_Space, Qt::ControlModifier);
        QCOMPARE(f.optimizer->candidateCalls.size(), calls + 1); // asked again
        QTRY_VERIFY(f.assistant()->view()->hasFocus());
        QTRY_COMPARE(f.assistant()->view()->currentIndex().row(), 0);
        // While the list has the focus, the timeline shows where Enter would put the job, with the board's verdict.
        const DispatchTimeline::DropState &ghost = f.board()->timeline()->preview();
        QVERIFY(ghost.active);
        QCOMPARE(ghost.slot.jobId, 102);
        QCOMPARE(ghost.slot.technicianId, 10);
        QCOMPARE(ghost.slot.start, at(14, 30));
        QVERIFY(ghost.allowed);
        QTest::keyClick(f.assistant()->view(), Qt::Key_Down);
        QTest::keyClick(f.assistant()->view(), Qt::Key_Down); // Benoit: the board would refuse it, and says so
        QCOMPARE(f.board()->timeline()->preview().slot.technicianId, 11);
        QVERIFY(!f.board()->timeline()->preview().allowed);
        QVERIFY2(f.board()->timeline()->preview().text.startsWith(u"Cannot place DJ-00102 with Benoit Caron"_s),
            qPrintable(f.board()->timeline()->preview().text));
        QTest::keyClick(f.assistant()->view(), Qt::Key_Up);
        QCOMPARE(f.board()->timeline()->preview().slot.start, at(10, 30));
        QVERIFY(test::saveScreenshot(*f.section, u"dispatch-assistant-preview"_s));
        QTest::keyClick(f.assistant()->view(), Qt::Key_Up);
        QTest::keyClick(f.assistant()->view(), Qt::Key_Enter);
        QCOMPARE(f.dispatch->writes.size(), 1);
        QCOMPARE(f.dispatch->writes.first().slot.start, at(14, 30));
        // Placed: the keyboard is on the job on the timeline, the ghost is gone.
        QVERIFY(f.board()->timeline()->hasFocus());
        QCOMPARE(f.board()->timeline()->selectedJob(), 102);
        QVERIFY(!f.board()->timeline()->preview().active);
        QVERIFY(f.waitWrite());
    }

    void aCandidateDragsLikeAQueueRow()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.selectInQueue(102));
        QTRY_COMPARE(f.assistant()->model()->rowCount(), 3);
        CandidateModel *m = f.assistant()->model();
        QVERIFY(m->flags(m->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        QCOMPARE(m->mimeTypes(), QStringList{QLatin1String(DispatchTimeline::kJobMime)});
        std::unique_ptr<QMimeData> mime(m->mimeData({m->index(1, 0), m->index(1, 1)}));
        QVERIFY(mime);
        QCOMPARE(mime->data(QLatin1String(DispatchTimeline::kJobMime)), QByteArray("102"));
        // Dropped on Alice at 14:00: the timeline checks it and the board assigns it there.
        QWidget *vp = f.board()->timeline()->viewport();
        const QPoint target = f.board()->timeline()->slotPoint(10, at(14));
        QDragEnterEvent enter(target, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(target, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        QVERIFY(f.board()->timeline()->dropState().allowed);
        QDropEvent drop(QPointF(target), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &drop);
        QCOMPARE(f.dispatch->writes.size(), 1);
        QCOMPARE(f.dispatch->writes.first().op, u"assign"_s);
        QCOMPARE(f.dispatch->writes.first().slot.jobId, 102);
        QCOMPARE(f.dispatch->writes.first().slot.technicianId, 10);
        QCOMPARE(f.dispatch->writes.first().slot.start, at(14));
        QVERIFY(f.waitWrite());
    }

    void jobsThatCannotMoveSayWhy()
    {
        Fixture f;
        QVERIFY(f.open());
        QSignalSpy shown(f.assistant(), &AssistantPanel::candidatesShown);
        f.board()->timeline()->setSelection(103, 11); // pinned on Benoit
        QVERIFY(shown.size() == 1 || shown.wait(5000));
        QCOMPARE(f.assistant()->model()->rowCount(), 0);
        QVERIFY2(
            f.assistant()->statusText().contains(u"DJ-00103 is pinned"_s), qPrintable(f.assistant()->statusText()));
        QVERIFY(f.optimizer->candidateCalls.isEmpty());
    }

    void aFailureOrNobodyIsSaid()
    {
        Fixture f;
        f.optimizer->failCandidates = Error::make(Error::Kind::Unavailable, u"The planner is busy."_s);
        QVERIFY(f.open());
        QVERIFY(f.selectInQueue(102));
        QTRY_VERIFY(f.assistant()->statusText().contains(u"The planner is busy."_s));
        QCOMPARE(f.assistant()->model()->rowCount(), 0);
        f.optimizer->failCandidates.reset();
        f.optimizer->answer.clear();
        QSignalSpy shown(f.assistant(), &AssistantPanel::candidatesShown);
        f.assistant()->suggest();
        QVERIFY(shown.size() == 1 || shown.wait(5000));
        QVERIFY2(f.assistant()->statusText().contains(u"Nobody can take DJ-00102"_s),
            qPrintable(f.assistant()->statusText()));
    }

    void aReadOnlyRoleSeesButCannotApply()
    {
        Fixture f;
        QVERIFY(f.open());
        Capabilities caps;
        caps.known = true;
        caps.role = u"mgr"_s;
        caps.group = u"manager"_s;
        caps.readDispatch = true;
        f.section->setCapabilities(caps);
        QVERIFY(f.selectInQueue(102));
        QTRY_COMPARE(f.assistant()->model()->rowCount(), 3);
        CandidateModel *m = f.assistant()->model();
        QVERIFY(!m->flags(m->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        QTreeView *view = f.assistant()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(f.dispatch->writes.isEmpty());
        QVERIFY2(f.board()->banner()->text().contains(u"does not allow"_s), qPrintable(f.board()->banner()->text()));
    }
};

QTEST_MAIN(TestDispatchAssistant)
#include "TestDispatchAssistant.moc"
