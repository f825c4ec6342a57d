// The dispatch board on an in-memory DispatchApi (no PostgreSQL): driven by simulated drags (QTest mouse events on
// the timeline, drag-and-drop events from the queue) and by the keyboard. Checks the drop indicator's verdict before
// anything is sent, the writes the fake receives (slot, version), the optimistic repaint, the rollback on a refusal,
// the "who moved it" message on a stale version, undo, live refresh of only the changed jobs, and the remembered
// pane layout.
#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/live/ChangeFeed.h"
#include "core/settings/Settings.h"
#include "tests/support/FakeDispatchApi.h"
#include "tests/support/Screenshot.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/dispatch/DispatchBoardWidget.h"
#include "ui/dispatch/DispatchQueueModel.h"
#include "ui/map/MapView.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

namespace {

const QDate kDay(2026, 12, 8); // a Tuesday

QDateTime at(int hour, int minute = 0)
{
    return localDayTime(kDay, hour * 60 + minute);
}

Technician tech(qint64 id, const QString &name, const QString &colour, QList<TagLevel> tags)
{
    Technician t;
    t.id = id;
    t.code = u"DT-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
    t.name = name;
    t.colour = colour;
    t.tags = std::move(tags);
    t.shiftStartMin = 8 * 60;
    t.shiftEndMin = 16 * 60 + 30;
    t.workDays = 31;
    t.home = GeoPoint{45.78, -74.00};
    return t;
}

Job job(qint64 id, const QString &type, QList<TagLevel> required, qint64 lead, const QDateTime &start, int minutes)
{
    Job j;
    j.id = id;
    j.code = u"DJ-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
    j.customerName = u"Client %1"_s.arg(id);
    j.city = u"Saint-Jérôme"_s;
    j.address = u"%1 rue Labelle, Saint-Jérôme"_s.arg(id);
    j.point = GeoPoint{45.78 + id * 0.0005, -74.00};
    j.type = type;
    j.status = start.isValid() ? JobStatus::Scheduled : JobStatus::Unscheduled;
    j.start = start;
    j.durationMin = minutes;
    j.leadTechnicianId = lead;
    j.regionTagId = 2;
    j.required = std::move(required);
    j.createdAt = at(8).addDays(-3);
    return j;
}

} // namespace

class TestDispatchBoard : public QObject
{
    Q_OBJECT

private:
    // Fibre (skill 1), Laurentides (region 2), Montréal (region 3). Alice Fibre 3, Benoit Fibre 2, Chloé Fibre 3 but
    // sick all day, Denis Fibre 3 in Montréal. Jobs: 100 (Fibre 3) on Alice 9:00, 101 (Fibre 1) on Alice 13:00,
    // 102 (Fibre 3, window 10:00–16:00) in the queue, 103 pinned on Benoit 10:00.
    static std::unique_ptr<test::FakeDispatchApi> makeApi()
    {
        auto api = std::make_unique<test::FakeDispatchApi>();
        Board &b = api->board;
        b.tags = {{1, u"Fibre"_s, u"skill"_s}, {2, u"Laurentides"_s, u"region"_s}, {3, u"Montréal"_s, u"region"_s}};
        b.technicians = {tech(10, u"Alice Roy"_s, u"#1f77b4"_s, {{1, 3}, {2, 1}}),
            tech(11, u"Benoit Caron"_s, u"#ff7f0e"_s, {{1, 2}, {2, 1}}),
            tech(12, u"Chloé Dubé"_s, u"#2ca02c"_s, {{1, 3}, {2, 1}}),
            tech(13, u"Denis Fortin"_s, u"#9467bd"_s, {{1, 3}, {3, 1}})};
        b.jobs = {job(100, u"installation"_s, {{1, 3}}, 10, at(9), 60), job(101, u"repair"_s, {{1, 1}}, 10, at(13), 60),
            job(102, u"installation"_s, {{1, 3}}, 0, QDateTime(), 60),
            job(103, u"maintenance"_s, {{1, 1}}, 11, at(10), 60)};
        b.jobs[2].windowStart = at(10);
        b.jobs[2].windowEnd = at(16);
        b.jobs[3].pinned = true;
        b.absences = {Absence{7, 12, u"sick"_s, at(0), at(23, 59), QString()}};
        b.reindex();
        return api;
    }

    static std::unique_ptr<DispatchBoardWidget> open(test::FakeDispatchApi &api)
    {
        auto board = std::make_unique<DispatchBoardWidget>();
        board->resize(1700, 800);
        board->setNow(at(11, 20));
        board->setDate(kDay);
        board->timeline()->setPixelsPerHour(60);
        QSignalSpy loaded(board.get(), &DispatchBoardWidget::boardLoaded);
        board->setApi(&api);
        board->show();
        if (!QTest::qWaitForWindowExposed(board.get()))
            return nullptr;
        if (loaded.isEmpty() && !loaded.wait(5000))
            return nullptr;
        board->setGroupByRegion(false);
        return board;
    }

    static QWidget *viewport(DispatchBoardWidget &b) { return b.timeline()->viewport(); }

    // Where to move the mouse so a job grabbed at its bar's centre starts at start on technician's row.
    static QPoint grabTarget(
        DispatchBoardWidget &b, qint64 jobId, qint64 fromTech, qint64 toTech, const QDateTime &start)
    {
        const Job *j = b.board().job(jobId);
        const QRect bar = b.timeline()->jobRect(jobId, fromTech);
        const QPoint offset = bar.center() - b.timeline()->slotPoint(fromTech, j->start);
        return b.timeline()->slotPoint(toTech, start) + QPoint(offset.x(), 0);
    }

    static void pressOn(DispatchBoardWidget &b, qint64 jobId, qint64 techId)
    {
        const QRect bar = b.timeline()->jobRect(jobId, techId);
        QVERIFY(!bar.isEmpty());
        QTest::mousePress(viewport(b), Qt::LeftButton, {}, bar.center());
    }

    static bool waitWrite(DispatchBoardWidget &b)
    {
        return QTest::qWaitFor([&] { return b.pendingWrites() == 0; }, 5000);
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "America/Toronto");
        Theme::apply(*qApp);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    }

    void flagsSlippedEtas()
    {
        // DJ-00101 is en route to Saint-Jérôme with a window ending at 14:00; Alice's last position is in Montréal
        // (about 40 km): at 13:30 she cannot make it, the bar is flagged. DJ-00100, en route without a window or an
        // announced ETA, is not.
        auto api = makeApi();
        Board &board = api->board;
        board.jobs[1].status = JobStatus::EnRoute;
        board.jobs[1].windowStart = at(13);
        board.jobs[1].windowEnd = at(14);
        board.jobs[0].status = JobStatus::EnRoute;
        board.technicians[0].lastPosition = Position{GeoPoint{45.50, -73.57}, at(11, 55), 50};
        board.reindex();
        auto b = open(*api);
        QVERIFY(b);
        b->setNow(at(13, 30));
        QVERIFY2(!b->timeline()->etaFlag(101).isEmpty(), "DJ-00101 should be flagged");
        QVERIFY(b->timeline()->etaFlag(100).isEmpty());
        QVERIFY(test::saveScreenshot(*b, u"dispatch-board-eta-slipped"_s));
        // Earlier in the day the same trip fits the window: no flag.
        b->setNow(at(12, 0));
        QVERIFY(b->timeline()->etaFlag(101).isEmpty());
        // Once the job is on site, no ETA any more.
        b->setNow(at(13, 30));
        QVERIFY(!b->timeline()->etaFlag(101).isEmpty());
        api->board.jobs[1].status = JobStatus::OnSite;
        api->board.jobs[1].version += 1;
        b->reload();
        QTRY_VERIFY(b->timeline()->etaFlag(101).isEmpty());
    }

    void loadsRowsQueueAndMap()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        QCOMPARE(api->loadCalls, 1);
        QCOMPARE(b->timeline()->rows().size(), 4); // no grouping: one row per technician
        QCOMPARE(b->queueModel()->rowCount(), 1); // 102
        QCOMPARE(b->queueModel()->jobId(0), 102);
        QVERIFY(!b->timeline()->jobRect(100, 10).isEmpty());
        QVERIFY(!b->timeline()->jobRect(103, 11).isEmpty());
        QVERIFY(b->timeline()->jobRect(100, 11).isEmpty());
        // Grouped by region: a header row before each region's technicians.
        b->setGroupByRegion(true);
        QCOMPARE(b->timeline()->rows().size(), 6);
        QCOMPARE(b->timeline()->rows().at(0).technicianId, 0);
        QCOMPARE(b->timeline()->rows().at(0).group, u"Laurentides"_s);
        // Selecting Alice's job draws her day route on the map (her home, then her two jobs).
        pressOn(*b, 100, 10);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, b->timeline()->jobRect(100, 10).center());
        QCOMPARE(b->timeline()->selectedJob(), 100);
        QCOMPARE(b->mapView()->selectedMarker(), 100);
        QCOMPARE(b->mapView()->markers().size(), 4);
        QVERIFY(test::saveScreenshot(*b, u"dispatch-board"_s));
    }

    void dragShowsVerdictBeforeDropAndWritesOnlyAllowedSlots()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        pressOn(*b, 100, 10);
        // Over Benoit's row (Fibre 2): refused, with the reason, before anything is sent.
        QTest::mouseMove(viewport(*b), grabTarget(*b, 100, 10, 11, at(11)));
        const auto &drop = b->timeline()->dropState();
        QVERIFY(drop.active);
        QVERIFY(!drop.allowed);
        QVERIFY2(drop.text.contains(u"DJ-00100 requires Fibre 3; Benoit Caron is Fibre 2."_s), qPrintable(drop.text));
        QVERIFY(drop.codes.contains(u"skill"_s));
        // Over Chloé's row: she is sick.
        QTest::mouseMove(viewport(*b), grabTarget(*b, 100, 10, 12, at(11)));
        QVERIFY(!b->timeline()->dropState().allowed);
        QVERIFY(b->timeline()->dropState().codes.contains(u"absence"_s));
        // Over Denis (Montréal): region.
        QTest::mouseMove(viewport(*b), grabTarget(*b, 100, 10, 13, at(11)));
        QVERIFY(b->timeline()->dropState().codes.contains(u"region"_s));
        // Over Alice at 12:30: overlaps her 13:00 job.
        QTest::mouseMove(viewport(*b), grabTarget(*b, 100, 10, 10, at(12, 30)));
        QVERIFY(b->timeline()->dropState().codes.contains(u"overlap"_s));
        QVERIFY(test::saveScreenshot(*b, u"dispatch-board-drag-refused"_s));
        QVERIFY(api->writes.isEmpty());
        // Over Alice at 11:00: allowed.
        const QPoint ok = grabTarget(*b, 100, 10, 10, at(11));
        QTest::mouseMove(viewport(*b), ok);
        QVERIFY2(b->timeline()->dropState().allowed, qPrintable(b->timeline()->dropState().text));
        QVERIFY(b->timeline()->dropState().text.startsWith(u"DJ-00100 to Alice Roy at 11:00–12:00"_s));
        QVERIFY(test::saveScreenshot(*b, u"dispatch-board-drag-allowed"_s));
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, ok);
        // Painted at once (optimistic), before the write comes back.
        QCOMPARE(b->board().job(100)->start, at(11));
        QCOMPARE(b->pendingWrites(), 1);
        QCOMPARE(api->writes.size(), 1);
        QCOMPARE(api->writes[0].op, u"assign"_s);
        QCOMPARE(api->writes[0].slot.technicianId, 10);
        QCOMPARE(api->writes[0].slot.start, at(11));
        QCOMPARE(api->writes[0].expectedVersion, 1);
        QVERIFY(waitWrite(*b));
        QCOMPARE(b->board().job(100)->version, 2);
        QVERIFY(b->canUndo());
    }

    void refusedDropIsNotSent()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        pressOn(*b, 100, 10);
        const QPoint bad = grabTarget(*b, 100, 10, 11, at(11));
        QTest::mouseMove(viewport(*b), bad);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, bad);
        QVERIFY(api->writes.isEmpty());
        QCOMPARE(b->board().job(100)->start, at(9));
        QVERIFY(b->banner()->isVisible());
        QVERIFY2(b->banner()->text().contains(u"requires Fibre 3"_s), qPrintable(b->banner()->text()));
    }

    void pinnedJobDoesNotMove()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        pressOn(*b, 103, 11);
        QTest::mouseMove(viewport(*b), grabTarget(*b, 103, 11, 11, at(12)));
        QVERIFY(!b->timeline()->dropState().allowed);
        QVERIFY(b->timeline()->dropState().text.contains(u"pinned"_s));
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, grabTarget(*b, 103, 11, 11, at(12)));
        QVERIFY(api->writes.isEmpty());
        // P unpins it (a write with its version).
        QTest::keyClick(b->timeline(), Qt::Key_P);
        QCOMPARE(api->writes.size(), 1);
        QCOMPARE(api->writes[0].op, u"pin"_s);
        QCOMPARE(api->writes[0].pinned, false);
        QVERIFY(waitWrite(*b));
        QVERIFY(!b->board().job(103)->pinned);
    }

    void resizeByTheRightEdgeInQuarterHours()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        const QRect bar = b->timeline()->jobRect(100, 10);
        const QPoint edge(bar.right() - 1, bar.center().y());
        QTest::mousePress(viewport(*b), Qt::LeftButton, {}, edge);
        const QPoint to = b->timeline()->slotPoint(10, at(10, 30));
        QTest::mouseMove(viewport(*b), QPoint(to.x(), edge.y()));
        QVERIFY(b->timeline()->dropState().allowed);
        QCOMPARE(b->timeline()->dropState().slot.durationMin, 90);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, QPoint(to.x(), edge.y()));
        QCOMPARE(api->writes.size(), 1);
        QCOMPARE(api->writes[0].slot.durationMin, 90);
        QCOMPARE(api->writes[0].slot.start, at(9));
        QVERIFY(waitWrite(*b));
        QCOMPARE(b->board().job(100)->durationMin, 90);
    }

    void ctrlDropAddsACrewMember()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        pressOn(*b, 101, 10);
        const QPoint target = grabTarget(*b, 101, 10, 11, at(13));
        QMouseEvent move(QEvent::MouseMove, target, viewport(*b)->mapToGlobal(target), Qt::NoButton, Qt::LeftButton,
            Qt::ControlModifier);
        QApplication::sendEvent(viewport(*b), &move);
        QVERIFY(b->timeline()->dropState().allowed);
        QCOMPARE(b->timeline()->dropState().kind, DispatchTimeline::DropKind::Crew);
        QVERIFY(b->timeline()->dropState().text.startsWith(u"Add Benoit Caron to DJ-00101's crew"_s));
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, Qt::ControlModifier, target);
        QCOMPARE(api->writes.size(), 1);
        QVERIFY(api->writes[0].slot.crew);
        QCOMPARE(api->writes[0].slot.technicianId, 11);
        QVERIFY(waitWrite(*b));
        QCOMPARE(b->board().job(101)->leadTechnicianId, 10);
        QCOMPARE(b->board().job(101)->crew, QList<qint64>{11});
        QVERIFY(!b->timeline()->jobRect(101, 11).isEmpty()); // drawn on both rows
        QVERIFY(!b->timeline()->jobRect(101, 10).isEmpty());
        // Undo removes him again.
        b->undo();
        QCOMPARE(api->writes.size(), 2);
        QCOMPARE(api->writes[1].op, u"crew-remove"_s);
        QCOMPARE(api->writes[1].technicianId, 11);
        QCOMPARE(api->writes[1].expectedVersion, 2);
        QVERIFY(waitWrite(*b));
        QVERIFY(b->board().job(101)->crew.isEmpty());
    }

    void dropFromTheQueueIsValidatedThenAssigned()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        std::unique_ptr<QMimeData> mime(b->queueModel()->mimeData({b->queueModel()->index(0, 0)}));
        QWidget *vp = viewport(*b);
        // 08:00 on Alice: outside the customer's window (10:00–16:00).
        const QPoint early = b->timeline()->slotPoint(10, at(8));
        QDragEnterEvent enter(early, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent moveEarly(early, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &moveEarly);
        QVERIFY(!b->timeline()->dropState().allowed);
        QVERIFY2(b->timeline()->dropState().text.contains(u"The customer's window for DJ-00102 is 10:00–16:00."_s),
            qPrintable(b->timeline()->dropState().text));
        // 11:00 on Alice: allowed; dropped → assigned with version 1.
        const QPoint good = b->timeline()->slotPoint(10, at(11));
        QDragMoveEvent moveGood(good, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &moveGood);
        QVERIFY(b->timeline()->dropState().allowed);
        QDropEvent drop(QPointF(good), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &drop);
        QCOMPARE(api->writes.size(), 1);
        QCOMPARE(api->writes[0].slot.jobId, 102);
        QCOMPARE(api->writes[0].slot.start, at(11));
        QCOMPARE(b->queueModel()->rowCount(), 0); // optimistic: out of the queue at once
        QVERIFY(waitWrite(*b));
        QCOMPARE(b->board().job(102)->status, JobStatus::Scheduled);
        QCOMPARE(b->board().job(102)->leadTechnicianId, 10);
    }

    void dragBackToTheQueueUnassigns()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        pressOn(*b, 101, 10);
        QTest::mouseMove(viewport(*b), grabTarget(*b, 101, 10, 10, at(14)));
        QTableView *queue = b->queueView();
        const QPoint overQueue = viewport(*b)->mapFromGlobal(queue->viewport()->mapToGlobal(queue->rect().center()));
        QTest::mouseMove(viewport(*b), overQueue);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, overQueue);
        QCOMPARE(api->writes.size(), 1);
        QCOMPARE(api->writes[0].op, u"unassign"_s);
        QCOMPARE(b->queueModel()->rowCount(), 2);
        QVERIFY(waitWrite(*b));
        QCOMPARE(b->board().job(101)->status, JobStatus::Unscheduled);
        // Undo puts it back where it was.
        b->undo();
        QCOMPARE(api->writes.size(), 2);
        QCOMPARE(api->writes[1].op, u"assign"_s);
        QCOMPARE(api->writes[1].slot.start, at(13));
        QCOMPARE(api->writes[1].slot.technicianId, 10);
        QCOMPARE(api->writes[1].expectedVersion, 2);
        QVERIFY(waitWrite(*b));
        QCOMPARE(b->board().job(101)->start, at(13));
    }

    void serverRefusalRollsBack()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        api->refuseNext =
            QList<Violation>{{Rule::Overlap, true, u"Overlaps DJ-09999 (13:00–14:00) on Alice Roy's row."_s}};
        pressOn(*b, 100, 10);
        const QPoint ok = grabTarget(*b, 100, 10, 10, at(11));
        QTest::mouseMove(viewport(*b), ok);
        QSignalSpy finished(b.get(), &DispatchBoardWidget::writeFinished);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, ok);
        QCOMPARE(b->board().job(100)->start, at(11)); // optimistic
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(b->board().job(100)->start, at(9)); // rolled back
        QCOMPARE(b->board().job(100)->version, 1);
        QVERIFY(b->banner()->text().contains(u"Overlaps DJ-09999"_s));
        QVERIFY(!b->canUndo());
    }

    void keyboardMovesAreValidatedTheSameWay()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        pressOn(*b, 101, 10);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, b->timeline()->jobRect(101, 10).center());
        QCOMPARE(b->timeline()->selectedJob(), 101);
        QTest::keyClick(b->timeline(), Qt::Key_Right);
        QCOMPARE(api->writes.size(), 1);
        QCOMPARE(api->writes[0].slot.start, at(13, 15));
        QVERIFY(waitWrite(*b));
        QTest::keyClick(b->timeline(), Qt::Key_Down); // to Benoit (Fibre 2; the job needs Fibre 1)
        QCOMPARE(api->writes.size(), 2);
        QCOMPARE(api->writes[1].slot.technicianId, 11);
        QCOMPARE(api->writes[1].expectedVersion, 2);
        QVERIFY(waitWrite(*b));
        QCOMPARE(b->timeline()->selectedTechnician(), 11);
        QTest::keyClick(b->timeline(), Qt::Key_Down); // Chloé is sick: refused, nothing sent
        QCOMPARE(api->writes.size(), 2);
        QVERIFY2(b->banner()->text().contains(u"absent"_s), qPrintable(b->banner()->text()));
        QCOMPARE(b->board().job(101)->leadTechnicianId, 11);
        // Enter opens it.
        QSignalSpy activated(b.get(), &DispatchBoardWidget::jobActivated);
        QTest::keyClick(b->timeline(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 101);
        // Ctrl+Z: the last change is undone with the job's new version.
        b->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(b.get()));
        b->timeline()->setFocus();
        QTest::keyClick(b->timeline(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(api->writes.size(), 3);
        QCOMPARE(api->writes[2].slot.technicianId, 10);
        QCOMPARE(api->writes[2].slot.start, at(13, 15));
        QCOMPARE(api->writes[2].expectedVersion, 3);
        QVERIFY(waitWrite(*b));
        QCOMPARE(b->board().job(101)->leadTechnicianId, 10);
    }

    void staleWriteSaysWhoMovedIt()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        api->moveElsewhere(100, at(14, 30), u"Marc Gagnon"_s); // not announced: this board still has version 1
        pressOn(*b, 100, 10);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, b->timeline()->jobRect(100, 10).center());
        QTest::keyClick(b->timeline(), Qt::Key_Right);
        QCOMPARE(api->writes.size(), 1);
        QCOMPARE(api->writes[0].expectedVersion, 1);
        QVERIFY(waitWrite(*b));
        QVERIFY2(b->banner()->text().contains(u"Marc Gagnon moved DJ-00100 to 14:30 a moment ago"_s),
            qPrintable(b->banner()->text()));
        QCOMPARE(b->board().job(100)->start, at(14, 30)); // refreshed, not overwritten
        QCOMPARE(b->board().job(100)->version, 2);
    }

    void liveChangeRereadsOnlyThoseJobs()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        live::ChangeFeed feed;
        b->setChangeFeed(&feed);
        api->moveElsewhere(101, at(15), u"Marc Gagnon"_s, 11);
        feed.onNotification(u"ops_change"_s, uR"({"t":"dispatch_jobs","op":"U","ids":[101]})"_s, 0);
        feed.flush();
        QVERIFY(QTest::qWaitFor([&] { return b->board().job(101)->start == at(15); }, 5000));
        QCOMPARE(api->jobsCalls, 1);
        QCOMPARE(api->lastJobsIds, QList<qint64>{101});
        QCOMPARE(api->loadCalls, 1); // no reload
        QVERIFY(!b->timeline()->jobRect(101, 11).isEmpty());
        QVERIFY(b->timeline()->jobRect(101, 10).isEmpty());
        // An absence change reloads the board.
        feed.onNotification(u"ops_change"_s, uR"({"t":"technician_absences","op":"I","ids":[8]})"_s, 0);
        feed.flush();
        QVERIFY(QTest::qWaitFor([&] { return api->loadCalls == 2; }, 5000));
    }

    void undoNeverOverwritesSomeoneElsesChange()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        live::ChangeFeed feed;
        b->setChangeFeed(&feed);
        pressOn(*b, 101, 10);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, b->timeline()->jobRect(101, 10).center());
        QTest::keyClick(b->timeline(), Qt::Key_Right);
        QVERIFY(waitWrite(*b));
        QCOMPARE(b->board().job(101)->version, 2);
        api->moveElsewhere(101, at(15), u"Marc Gagnon"_s);
        feed.onNotification(u"ops_change"_s, uR"({"t":"dispatch_jobs","op":"U","ids":[101]})"_s, 0);
        feed.flush();
        QVERIFY(QTest::qWaitFor([&] { return b->board().job(101)->version == 3; }, 5000));
        b->undo();
        QCOMPARE(api->writes.size(), 1); // nothing sent
        QVERIFY2(
            b->banner()->text().contains(u"DJ-00101 was changed by someone else"_s), qPrintable(b->banner()->text()));
        QCOMPARE(b->board().job(101)->start, at(15));
    }

    void presence()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        QSignalSpy presence(b.get(), &DispatchBoardWidget::presenceChanged);
        // Others: shown on the bar and in the job pane.
        b->setOthersOnJob(100, {u"Julie Tremblay"_s}, {u"Marc Gagnon"_s});
        QCOMPARE(b->timeline()->presenceBadge(100), u"✎ MG"_s);
        b->setOthersOnJob(101, {u"Julie Tremblay"_s, u"Marc Gagnon"_s}, {});
        QCOMPARE(b->timeline()->presenceBadge(101), u"👁 2"_s);
        // This dispatcher: viewing when selected, editing while dragging (with a warning: Marc is changing it).
        pressOn(*b, 100, 10);
        QCOMPARE(presence.size(), 1);
        QCOMPARE(presence.at(0).at(0).toLongLong(), 100);
        QCOMPARE(presence.at(0).at(1).value<DispatchBoardWidget::PresenceMode>(),
            DispatchBoardWidget::PresenceMode::Viewing);
        QTest::mouseMove(viewport(*b), grabTarget(*b, 100, 10, 10, at(11)));
        QCOMPARE(presence.size(), 2);
        QCOMPARE(presence.at(1).at(1).value<DispatchBoardWidget::PresenceMode>(),
            DispatchBoardWidget::PresenceMode::Editing);
        QVERIFY2(b->banner()->text().contains(u"Marc Gagnon is changing DJ-00100 right now."_s),
            qPrintable(b->banner()->text()));
        QVERIFY(test::saveScreenshot(*b, u"dispatch-board-presence"_s));
        QTest::keyClick(b->timeline(), Qt::Key_Escape);
        QCOMPARE(presence.size(), 3);
        QCOMPARE(presence.at(2).at(1).value<DispatchBoardWidget::PresenceMode>(),
            DispatchBoardWidget::PresenceMode::Viewing);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, grabTarget(*b, 100, 10, 10, at(11)));
        QVERIFY(api->writes.isEmpty()); // Escape cancelled the drag
        // Selecting another job leaves this one.
        pressOn(*b, 101, 10);
        QCOMPARE(presence.size(), 5);
        QCOMPARE(presence.at(3).at(0).toLongLong(), 100);
        QCOMPARE(
            presence.at(3).at(1).value<DispatchBoardWidget::PresenceMode>(), DispatchBoardWidget::PresenceMode::None);
        QCOMPARE(presence.at(4).at(0).toLongLong(), 101);
        QTest::mouseRelease(viewport(*b), Qt::LeftButton, {}, b->timeline()->jobRect(101, 10).center());
    }

    void queueFilters()
    {
        auto api = makeApi();
        Job extra = job(104, u"survey"_s, {}, 0, QDateTime(), 30);
        extra.regionTagId = 3;
        extra.priority = 1;
        extra.createdAt = at(8);
        api->board.jobs << extra;
        api->board.reindex();
        auto b = open(*api);
        QVERIFY(b);
        DispatchQueueFilter *f = b->queueFilter();
        QCOMPARE(f->rowCount(), 2);
        f->setType(u"survey"_s);
        QCOMPARE(f->rowCount(), 1);
        f->setType(QString());
        f->setRegion(2);
        QCOMPARE(f->rowCount(), 1);
        f->setRegion(0);
        f->setMinAgeDays(2);
        QCOMPARE(f->rowCount(), 1); // 102 waits for 3 days, 104 since today
        f->setMinAgeDays(0);
        f->setRequiredTag(1);
        QCOMPARE(f->rowCount(), 1);
        f->setRequiredTag(0);
        f->setMaxPriority(1);
        QCOMPARE(f->rowCount(), 1);
        QCOMPARE(f->index(0, 0).data(DispatchQueueModel::JobIdRole).toLongLong(), 104);
    }

    void weekViewLoadsMondayToSunday()
    {
        auto api = makeApi();
        auto b = open(*api);
        QVERIFY(b);
        QSignalSpy loaded(b.get(), &DispatchBoardWidget::boardLoaded);
        b->setView(DispatchBoardWidget::View::Week);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(b->board().from, QDate(2026, 12, 7));
        QCOMPARE(b->board().to, QDate(2026, 12, 13));
        QCOMPARE(b->timeline()->dayCount(), 7);
        QCOMPARE(b->timeline()->firstDay(), QDate(2026, 12, 7));
        b->setGroupByRegion(true);
        QVERIFY(!b->timeline()->jobRect(100, 10).isEmpty());
        QVERIFY(test::saveScreenshot(*b, u"dispatch-board-week"_s));
        b->setView(DispatchBoardWidget::View::Day);
        QVERIFY(loaded.wait(5000));
    }

    void paneLayoutIsRemembered()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Settings settings(dir.filePath(u"ops.ini"_s));
        auto api = makeApi();
        {
            auto b = open(*api);
            QVERIFY(b);
            b->setSettings(&settings);
            QVERIFY(!b->mapDock()->isFloating());
            b->mapDock()->setFloating(true);
            b->queueDock()->hide();
        }
        auto b = open(*api);
        QVERIFY(b);
        b->setSettings(&settings);
        QVERIFY(b->mapDock()->isFloating());
        QVERIFY(b->queueDock()->isHidden());
    }
};

QTEST_MAIN(TestDispatchBoard)
#include "TestDispatchBoard.moc"
