// "Optimize day" / "Optimize rest of today" in the Dispatch section, on in-memory fakes (FakeDispatchApi for the
// board, FakeOptimizerApi holding proposeDay() until the test answers with a crafted proposal): the actions follow
// the role and the day shown; the dialog shows progress with Cancel (which sets the solver's cancel flag), then the
// diff (per technician jobs added, removed and moved with codes and times, jobs, km and driving before → after, the
// jobs left in the queue with their reasons, totals); Apply sends the proposal and the board reloads; a stale
// answer says so and plans again; a refusal keeps the preview.
#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "core/session/Capabilities.h"
#include "tests/support/DispatchUiFixture.h"
#include "tests/support/FakeOptimizerApi.h"
#include "tests/support/Screenshot.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/dispatch/DispatchBoardWidget.h"
#include "ui/dispatch/DispatchSection.h"
#include "ui/dispatch/OptimizerDialog.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;
using namespace ops::test::dispatchui;

namespace {

JobChange change(qint64 id, int version, qint64 fromLead, const QDateTime &from, qint64 toLead, const QDateTime &to)
{
    JobChange c;
    c.jobId = id;
    c.code = u"DJ-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
    c.expectedVersion = version;
    c.fromLead = fromLead;
    c.fromStart = from;
    c.toLead = toLead;
    c.toStart = to;
    return c;
}

TechnicianDiff diff(qint64 id, const QString &name, QList<qint64> added, QList<qint64> removed, QList<qint64> moved,
    int jobsBefore, int jobsAfter, double kmBefore, double kmAfter, int minBefore, int minAfter)
{
    TechnicianDiff d;
    d.technicianId = id;
    d.name = name;
    d.added = std::move(added);
    d.removed = std::move(removed);
    d.moved = std::move(moved);
    d.jobsBefore = jobsBefore;
    d.jobsAfter = jobsAfter;
    d.kmBefore = kmBefore;
    d.kmAfter = kmAfter;
    d.minutesBefore = minBefore;
    d.minutesAfter = minAfter;
    return d;
}

// DJ-00102 from the queue to Alice at 14:30, DJ-00101 moved on Alice from 13:00 to 11:00, DJ-00100 from Alice 9:00 to
// Denis 9:30; Benoit unchanged; DJ-00104 left in the queue.
DayProposal proposal(bool cancelled = false)
{
    DayProposal p;
    p.day = kDay;
    p.plannedAt = at(11, 21);
    p.solveMs = 1840;
    p.changes = {change(102, 1, 0, {}, 10, at(14, 30)), change(101, 1, 10, at(13), 10, at(11)),
        change(100, 1, 10, at(9), 13, at(9, 30))};
    p.technicians = {diff(11, u"Benoit Caron"_s, {}, {}, {}, 1, 1, 8.0, 8.0, 10, 10),
        diff(10, u"Alice Roy"_s, {102}, {100}, {101}, 2, 2, 20.5, 12.25, 30, 18),
        diff(13, u"Denis Fortin"_s, {100}, {}, {}, 0, 1, 11.5, 9.75, 10, 10)};
    LeftOut l;
    l.jobId = 104;
    l.code = u"DJ-00104"_s;
    l.reasonCode = u"no_qualified_technician"_s;
    l.reason = u"No technician has Fibre 3 in Montréal."_s;
    p.unassigned = {l};
    p.kmBefore = 40.0;
    p.kmAfter = 30.0;
    p.minutesBefore = 50;
    p.minutesAfter = 38;
    p.jobsPlaced = 4;
    p.cancelled = cancelled;
    return p;
}

Capabilities caps(bool write)
{
    Capabilities c;
    c.known = true;
    c.role = write ? u"disp"_s : u"mgr"_s;
    c.group = write ? u"dispatcher"_s : u"manager"_s;
    c.readDispatch = true;
    c.writeDispatch = write;
    return c;
}

struct Fixture
{
    std::unique_ptr<test::FakeDispatchApi> dispatch = makeDispatchApi();
    std::unique_ptr<test::FakeOptimizerApi> optimizer = std::make_unique<test::FakeOptimizerApi>();
    std::unique_ptr<DispatchSection> section;

    DispatchBoardWidget *board() const { return section->board(); }

    bool open(bool withOptimizer = true)
    {
        section = std::make_unique<DispatchSection>(nullptr);
        section->resize(1500, 800);
        board()->setNow(at(11, 20)); // the board shows today
        board()->setDate(kDay);
        QSignalSpy loaded(board(), &DispatchBoardWidget::boardLoaded);
        DispatchSection::Apis apis;
        apis.board = dispatch.get();
        apis.optimizer = withOptimizer ? optimizer.get() : nullptr;
        section->setCapabilities(caps(true));
        section->attach(apis);
        section->show();
        if (!QTest::qWaitForWindowExposed(section.get()))
            return false;
        return !loaded.isEmpty() || loaded.wait(5000);
    }

    // Opens the dialog for the day and answers with p.
    OptimizerDialog *planned(const DayProposal &p)
    {
        section->optimizeDayAction()->trigger();
        OptimizerDialog *d = section->optimizerDialog();
        if (!d || !optimizer->proposing())
            return nullptr;
        optimizer->finishPropose(p);
        return QTest::qWaitFor([d] { return d->state() == OptimizerDialog::State::Preview; }, 5000) ? d : nullptr;
    }
};

QStringList childTexts(QTreeWidgetItem *item)
{
    QStringList out;
    for (int i = 0; i < item->childCount(); ++i)
        out << item->child(i)->text(OptimizerDialog::What);
    return out;
}

} // namespace

class TestDispatchOptimizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "America/Toronto");
        Theme::apply(*qApp);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    }

    void actionsFollowTheRoleAndTheDay()
    {
        Fixture f;
        QVERIFY(f.open());
        QAction *day = f.section->optimizeDayAction();
        QAction *rest = f.section->optimizeRestAction();
        QVERIFY(day->isVisible());
        QVERIFY(rest->isVisible()); // today
        // Tomorrow: the whole day only.
        f.board()->setDate(kDay.addDays(1));
        QVERIFY(day->isVisible());
        QVERIFY(!rest->isVisible());
        QVERIFY(!f.section->optimize(true)); // not even by code
        QVERIFY(f.optimizer->proposeCalls.isEmpty());
        // Yesterday: nothing left to plan.
        f.board()->setDate(kDay.addDays(-1));
        QVERIFY(!day->isEnabled());
        QVERIFY(!rest->isVisible());
        QVERIFY(!f.section->optimize(false));
        QVERIFY(f.optimizer->proposeCalls.isEmpty());
        f.board()->setDate(kDay);
        QVERIFY(rest->isVisible());
        QVERIFY(day->isEnabled());
        // A role that cannot write dispatch sees neither, and cannot open it.
        f.section->setCapabilities(caps(false));
        QVERIFY(!day->isVisible());
        QVERIFY(!rest->isVisible());
        QVERIFY(!f.section->optimize(false));
        QVERIFY(f.optimizer->proposeCalls.isEmpty());
        f.section->setCapabilities(caps(true));
        QVERIFY(day->isVisible());
        // No optimizer in the session: hidden.
        f.section->attach({});
        QVERIFY(!day->isVisible());
        QVERIFY(!rest->isVisible());
    }

    void plansWithProgressThenShowsTheDiff()
    {
        Fixture f;
        QVERIFY(f.open());
        f.section->optimizeDayAction()->trigger();
        OptimizerDialog *d = f.section->optimizerDialog();
        QVERIFY(d);
        QVERIFY(d->isVisible());
        QVERIFY(!d->isModal());
        QCOMPARE(d->state(), OptimizerDialog::State::Planning);
        QCOMPARE(f.optimizer->proposeCalls.size(), 1);
        const auto &call = f.optimizer->proposeCalls.first();
        QCOMPARE(call.day, kDay);
        QCOMPARE(call.restOfToday, false);
        QCOMPARE(call.seconds, OptimizerDialog::kDefaultSeconds);
        QVERIFY(call.cancel && !call.cancel->load());
        QVERIFY(d->progressBar()->isVisible());
        QVERIFY(d->cancelButton()->isVisible() && d->cancelButton()->isEnabled());
        QVERIFY(!d->applyButton()->isVisible());
        QVERIFY(test::saveScreenshot(*d, u"dispatch-optimizer-planning"_s));

        f.optimizer->finishPropose(proposal());
        QTRY_COMPARE(d->state(), OptimizerDialog::State::Preview);
        QVERIFY(d->applyButton()->isVisible() && d->applyButton()->isEnabled());
        QVERIFY(!d->progressBar()->isVisible());
        QTreeWidget *tree = d->diffTree();
        // Changed technicians first (in the proposal's order), the unchanged after, then the queue, then the totals.
        QCOMPARE(tree->topLevelItemCount(), 5);
        QTreeWidgetItem *alice = tree->topLevelItem(0);
        QCOMPARE(alice->text(OptimizerDialog::What), u"Alice Roy"_s);
        QCOMPARE(alice->data(OptimizerDialog::What, Qt::UserRole).toLongLong(), 10);
        QCOMPARE(alice->text(OptimizerDialog::Jobs), u"2 → 2"_s);
        QCOMPARE(alice->text(OptimizerDialog::Km), u"20.5 km → 12.3 km"_s);
        QCOMPARE(alice->text(OptimizerDialog::Driving), u"30 min → 18 min"_s);
        QCOMPARE(alice->text(OptimizerDialog::Change), u"−12 min"_s);
        QVERIFY(alice->isExpanded());
        QCOMPARE(childTexts(alice),
            (QStringList{u"+ DJ-00102 at 14:30, from the queue"_s,
                u"− DJ-00100 (was 09:00), to Denis Fortin at 09:30"_s, u"↔ DJ-00101 13:00 → 11:00"_s}));
        QCOMPARE(alice->child(0)->data(OptimizerDialog::What, Qt::UserRole + 1).toString(), u"added"_s);
        QCOMPARE(alice->child(1)->data(OptimizerDialog::What, Qt::UserRole + 1).toString(), u"removed"_s);
        QCOMPARE(alice->child(2)->data(OptimizerDialog::What, Qt::UserRole + 1).toString(), u"moved"_s);
        QTreeWidgetItem *denis = tree->topLevelItem(1);
        QCOMPARE(denis->text(OptimizerDialog::What), u"Denis Fortin"_s);
        QCOMPARE(denis->text(OptimizerDialog::Jobs), u"0 → 1"_s);
        QCOMPARE(childTexts(denis), QStringList{u"+ DJ-00100 at 09:30, from Alice Roy at 09:00"_s});
        QTreeWidgetItem *benoit = tree->topLevelItem(2);
        QCOMPARE(benoit->text(OptimizerDialog::What), u"Benoit Caron"_s);
        QCOMPARE(benoit->childCount(), 0);
        QCOMPARE(benoit->text(OptimizerDialog::Change), u"±0 min"_s);
        QVERIFY(!benoit->isExpanded());
        QTreeWidgetItem *left = tree->topLevelItem(3);
        QCOMPARE(left->text(OptimizerDialog::What), u"Left in the queue (1)"_s);
        QCOMPARE(childTexts(left), QStringList{u"DJ-00104 — No technician has Fibre 3 in Montréal."_s});
        QCOMPARE(
            left->child(0)->data(OptimizerDialog::What, Qt::UserRole + 1).toString(), u"no_qualified_technician"_s);
        QTreeWidgetItem *total = tree->topLevelItem(4);
        QCOMPARE(total->text(OptimizerDialog::What), u"Total"_s);
        QCOMPARE(total->text(OptimizerDialog::Jobs), u"3 → 4"_s);
        QCOMPARE(total->text(OptimizerDialog::Km), u"40.0 km → 30.0 km"_s);
        QCOMPARE(total->text(OptimizerDialog::Driving), u"50 min → 38 min"_s);
        QCOMPARE(total->text(OptimizerDialog::Change), u"−12 min"_s);
        QCOMPARE(d->headlineLabel()->text(), u"10.0 km less driving (25 %), 12 min less at the wheel"_s);
        QVERIFY2(d->summaryLabel()->text().contains(u"planned in 1.8 s"_s), qPrintable(d->summaryLabel()->text()));
        QVERIFY(!d->summaryLabel()->text().contains(u"Stopped early"_s));
        QVERIFY(d->applyButton()->text().startsWith(u"Apply 3"_s));
        QVERIFY(f.optimizer->applyCalls.isEmpty()); // nothing written before Apply
        QVERIFY(test::saveScreenshot(*d, u"dispatch-optimizer-diff"_s));
    }

    void theHeadlineSaysWhatThePlanBuys()
    {
        Fixture f;
        QVERIFY(f.open());
        // More driving to place one more job.
        DayProposal more = proposal();
        more.kmAfter = 42.5;
        QPointer<OptimizerDialog> d = f.planned(more);
        QVERIFY(d);
        QCOMPARE(d->headlineLabel()->text(), u"1 more job(s) placed, for 2.5 km more driving"_s);
        d->discard();
        QTRY_VERIFY(!d);
        // Nothing to change: said, and nothing to apply.
        DayProposal none;
        none.day = kDay;
        none.technicians = {diff(10, u"Alice Roy"_s, {}, {}, {}, 2, 2, 20.5, 20.5, 30, 30)};
        none.kmBefore = none.kmAfter = 20.5;
        d = f.planned(none);
        QVERIFY(d);
        QCOMPARE(d->headlineLabel()->text(), u"Nothing to change"_s);
        QVERIFY(!d->applyButton()->isEnabled());
        d->applyProposal();
        QVERIFY(f.optimizer->applyCalls.isEmpty());
    }

    // The routing server failed: the plan is shown on straight-line travel, and the banner says so; a plan on the
    // routing server's times says nothing.
    void aTravelFallbackIsSaid()
    {
        Fixture f;
        QVERIFY(f.open());
        DayProposal fallback = proposal();
        fallback.travelSource = u"haversine"_s;
        fallback.travelWarning = u"The routing server did not answer (Cannot reach the routing service); travel times "
                                 u"are straight-line estimates."_s;
        QPointer<OptimizerDialog> d = f.planned(fallback);
        QVERIFY(d);
        QVERIFY(d->banner()->isVisible());
        QCOMPARE(d->banner()->level(), MessageBanner::Level::Warning);
        QCOMPARE(d->banner()->text(), fallback.travelWarning);
        QVERIFY(d->applyButton()->isEnabled()); // the plan stands
        d->discard();
        QTRY_VERIFY(!d);

        DayProposal routed = proposal();
        routed.travelSource = u"osrm"_s;
        d = f.planned(routed);
        QVERIFY(d);
        QVERIFY(!d->banner()->isVisible());
    }

    void cancelSetsTheFlagAndCloses()
    {
        Fixture f;
        QVERIFY(f.open());
        f.section->optimizeDayAction()->trigger();
        QPointer<OptimizerDialog> d = f.section->optimizerDialog();
        QVERIFY(d);
        const auto flag = f.optimizer->proposeCalls.first().cancel;
        QVERIFY(!flag->load());
        QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        QVERIFY(flag->load());
        QTRY_VERIFY(!d); // closed and gone
        // The solver's late answer lands nowhere.
        f.optimizer->finishPropose(proposal(true));
        QCoreApplication::processEvents();
        QVERIFY(f.optimizer->applyCalls.isEmpty());
    }

    void escapeWhilePlanningCancelsToo()
    {
        Fixture f;
        QVERIFY(f.open());
        f.section->optimizeDayAction()->trigger();
        QPointer<OptimizerDialog> d = f.section->optimizerDialog();
        QVERIFY(d);
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY(f.optimizer->proposeCalls.first().cancel->load());
        QTRY_VERIFY(!d);
    }

    void stopEarlyShowsTheBestPlanSoFar()
    {
        Fixture f;
        QVERIFY(f.open());
        f.section->optimizeDayAction()->trigger();
        OptimizerDialog *d = f.section->optimizerDialog();
        QVERIFY(d);
        QTest::mouseClick(d->stopButton(), Qt::LeftButton);
        QVERIFY(f.optimizer->proposeCalls.first().cancel->load());
        QCOMPARE(d->state(), OptimizerDialog::State::Planning); // waits for the best plan so far
        f.optimizer->finishPropose(proposal(true));
        QTRY_COMPARE(d->state(), OptimizerDialog::State::Preview);
        QVERIFY(d->summaryLabel()->text().contains(u"Stopped early: this is the best plan found so far."_s));
        QVERIFY(d->applyButton()->isEnabled());
    }

    void applySendsTheProposalAndTheBoardReloads()
    {
        Fixture f;
        QVERIFY(f.open());
        QPointer<OptimizerDialog> d = f.planned(proposal());
        QVERIFY(d);
        const int loads = f.dispatch->loadCalls;
        QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        QCOMPARE(f.optimizer->applyCalls.size(), 1);
        const DayProposal &sent = f.optimizer->applyCalls.first();
        QCOMPARE(sent.changes.size(), 3);
        QCOMPARE(sent.changes.at(0).jobId, 102);
        QCOMPARE(sent.changes.at(0).toLead, 10);
        QCOMPARE(sent.changes.at(0).toStart, at(14, 30));
        QCOMPARE(sent.changes.at(0).expectedVersion, 1);
        QTRY_VERIFY(!d);
        QTRY_VERIFY(f.dispatch->loadCalls > loads);
        QVERIFY2(f.board()->banner()->text().contains(u"The optimizer's plan is on the board"_s),
            qPrintable(f.board()->banner()->text()));
    }

    void aStaleBoardIsSaidAndPlannedAgain()
    {
        Fixture f;
        QVERIFY(f.open());
        ApplyResult stale(Error::make(Error::Kind::Conflict, u"DJ-00101 was changed by Marie Gagné."_s));
        stale.stale = true;
        stale.staleJobs = {101};
        f.optimizer->applyAnswers = {stale};
        QPointer<OptimizerDialog> d = f.planned(proposal());
        QVERIFY(d);
        QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(f.optimizer->proposeCalls.size(), 2); // planned again
        QCOMPARE(d->state(), OptimizerDialog::State::Planning);
        QCOMPARE(f.optimizer->proposeCalls.at(1).day, kDay);
        QVERIFY(f.optimizer->proposeCalls.at(0).cancel != f.optimizer->proposeCalls.at(1).cancel);
        QVERIFY(d->banner()->isVisible());
        QCOMPARE(d->banner()->level(), MessageBanner::Level::Warning);
        QVERIFY2(d->banner()->text().contains(u"The board changed since this plan was made (DJ-00101)"_s),
            qPrintable(d->banner()->text()));
        QVERIFY(d->banner()->text().contains(u"nothing was written"_s));
        QVERIFY(test::saveScreenshot(*d, u"dispatch-optimizer-stale"_s));
        // The new plan is shown and can be applied.
        f.optimizer->finishPropose(proposal());
        QTRY_COMPARE(d->state(), OptimizerDialog::State::Preview);
        QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        QCOMPARE(f.optimizer->applyCalls.size(), 2);
        QTRY_VERIFY(!d);
    }

    void aRefusalKeepsThePreview()
    {
        Fixture f;
        QVERIFY(f.open());
        f.optimizer->applyAnswers = {
            ApplyResult(Error::make(Error::Kind::Validation, u"Benoit Caron does not have Fibre 3 for DJ-00100."_s))};
        QPointer<OptimizerDialog> d = f.planned(proposal());
        QVERIFY(d);
        QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(d->state(), OptimizerDialog::State::Preview);
        QCOMPARE(f.optimizer->proposeCalls.size(), 1);
        QCOMPARE(d->banner()->level(), MessageBanner::Level::Error);
        QVERIFY(d->banner()->text().contains(u"Benoit Caron does not have Fibre 3 for DJ-00100."_s));
        QVERIFY(d->applyButton()->isEnabled());
        QTest::mouseClick(d->discardButton(), Qt::LeftButton);
        QTRY_VERIFY(!d);
        QCOMPARE(f.optimizer->applyCalls.size(), 1);
    }

    void restOfTodayAsksForTheRestOfToday()
    {
        Fixture f;
        QVERIFY(f.open());
        f.section->optimizeRestAction()->trigger();
        OptimizerDialog *d = f.section->optimizerDialog();
        QVERIFY(d);
        QVERIFY(d->restOfToday());
        QCOMPARE(f.optimizer->proposeCalls.size(), 1);
        QCOMPARE(f.optimizer->proposeCalls.first().restOfToday, true);
        QCOMPARE(f.optimizer->proposeCalls.first().day, kDay);
        QCOMPARE(d->windowTitle(), u"Optimize the rest of today"_s);
        // Asking again raises the same dialog; nothing new is planned.
        f.section->optimizeRestAction()->trigger();
        QCOMPARE(f.section->optimizerDialog(), d);
        QCOMPARE(f.optimizer->proposeCalls.size(), 1);
    }

    void aPlanningFailureIsSaid()
    {
        Fixture f;
        QVERIFY(f.open());
        f.section->optimizeDayAction()->trigger();
        OptimizerDialog *d = f.section->optimizerDialog();
        QVERIFY(d);
        f.optimizer->finishPropose(Error::make(Error::Kind::Database, u"The database is not reachable."_s));
        QTRY_COMPARE(d->state(), OptimizerDialog::State::Failed);
        QVERIFY(d->banner()->text().contains(u"The day could not be planned: The database is not reachable."_s));
        QVERIFY(!d->applyButton()->isEnabled());
        QVERIFY(f.optimizer->applyCalls.isEmpty());
    }
};

QTEST_MAIN(TestDispatchOptimizer)
#include "TestDispatchOptimizer.moc"
