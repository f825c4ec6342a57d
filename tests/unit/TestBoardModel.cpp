// BoardModel (core/dispatch): a loaded Board and one local day as the scheduling library's model, and a plan back as
// the diff the dispatcher previews. Shifts and work days, a DST day (the model's minutes agree with the board's rules),
// absences, windows (hard) and expired windows (soft), pinned jobs fixed, "rest of today" (en route, on site and
// completed fixed, technicians leaving from their live position at now, nothing new before now), crews, the lunch
// break, the queue jobs of other days left out, and the diff (changes, per-technician rows, km, reasons).
#include <cmath>

#include <QTest>

#include "core/dispatch/BoardModel.h"
#include "core/dispatch/DispatchRules.h"
#include "core/dispatch/OptimizerService.h"
#include "core/dispatch/scheduling/Solver.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

namespace {

const QDate kTuesday(2030, 3, 5);
const QDate kSpringForward(2030, 3, 10); // a Sunday: 02:00 EST -> 03:00 EDT
const QDate kFallBack(2030, 11, 3); // a Sunday: 02:00 EDT -> 01:00 EST

QDateTime at(int hour, int minute = 0, const QDate &day = kTuesday)
{
    return localDayTime(day, hour * 60 + minute);
}

const GeoPoint kAliceHome{45.77, -74.01};
const GeoPoint kBrunoHome{46.02, -73.45};
const GeoPoint kStJerome{45.78, -74.003};
const GeoPoint kJoliette{46.021, -73.44};
const GeoPoint kMirabel{45.65, -74.08};

// Tags: 1 Fibre (skill), 2 TV (skill), 3 Laurentides (region), 4 Lanaudière (region).
// Alice (1): Fibre 3, TV 1, Laurentides 3; 08:00–16:30 Mon–Fri. Bruno (2): Fibre 2, Lanaudière 3, Laurentides 1;
// 07:00–15:30 Tue–Sat. Job 10 on Alice's row 09:00–10:00 (St-Jérôme); job 11 in the queue (Joliette, Fibre 2, window
// 13:00–17:00, 30 min, priority 2).
Board board(const QDate &day = kTuesday)
{
    Board b;
    b.from = day;
    b.to = day;
    b.tags = {{1, u"Fibre"_s, u"skill"_s}, {2, u"TV"_s, u"skill"_s}, {3, u"Laurentides"_s, u"region"_s},
        {4, u"Lanaudière"_s, u"region"_s}};
    Technician alice;
    alice.id = 1;
    alice.code = u"DT-00001"_s;
    alice.name = u"Alice Tremblay"_s;
    alice.home = kAliceHome;
    alice.tags = {{3, 3}, {1, 3}, {2, 1}};
    alice.shiftStartMin = 8 * 60;
    alice.shiftEndMin = 16 * 60 + 30;
    alice.workDays = 0b0011111;
    Technician bruno;
    bruno.id = 2;
    bruno.code = u"DT-00002"_s;
    bruno.name = u"Bruno Gagnon"_s;
    bruno.home = kBrunoHome;
    bruno.tags = {{1, 2}, {4, 3}, {3, 1}};
    bruno.shiftStartMin = 7 * 60;
    bruno.shiftEndMin = 15 * 60 + 30;
    bruno.workDays = 0b0111110;
    b.technicians = {alice, bruno};

    Job j10;
    j10.id = 10;
    j10.code = u"DJ-00010"_s;
    j10.status = JobStatus::Scheduled;
    j10.leadTechnicianId = 1;
    j10.start = at(9, 0, day);
    j10.durationMin = 60;
    j10.point = kStJerome;
    j10.regionTagId = 3;
    j10.required = {{1, 1}};
    j10.version = 4;
    Job j11;
    j11.id = 11;
    j11.code = u"DJ-00011"_s;
    j11.status = JobStatus::Unscheduled;
    j11.durationMin = 30;
    j11.point = kJoliette;
    j11.regionTagId = 4;
    j11.required = {{2, 1}, {1, 2}};
    j11.priority = 2;
    j11.windowStart = at(13, 0, day);
    j11.windowEnd = at(17, 0, day);
    j11.version = 2;
    b.jobs = {j10, j11};
    b.loadedAt = at(6, 0, day); // early morning: nothing has passed yet
    b.reindex();
    return b;
}

const sched::Job &jobOf(const BoardModel &m, qint64 id)
{
    return m.model().jobs.at(std::size_t(m.jobIndex(id)));
}

const sched::Technician &techOf(const BoardModel &m, qint64 id)
{
    return m.model().technicians.at(std::size_t(m.technicianIndex(id)));
}

double roadKm(const GeoPoint &a, const GeoPoint &b)
{
    return haversineKm(a, b) * 1.3;
}

Job job(qint64 id, JobStatus status, qint64 lead, const QDateTime &start, const GeoPoint &point, int duration = 60)
{
    Job j;
    j.id = id;
    j.code = u"DJ-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
    j.status = status;
    j.leadTechnicianId = lead;
    j.start = start;
    j.durationMin = duration;
    j.point = point;
    j.version = 1;
    return j;
}

} // namespace

class TestBoardModel : public QObject
{
    Q_OBJECT

private slots:
    void techniciansShiftsAndTags()
    {
        const BoardModel m(board(), kTuesday);
        QCOMPARE(m.model().technicians.size(), std::size_t(2));
        const sched::Technician &alice = techOf(m, 1);
        QVERIFY(alice.id == 1);
        QVERIFY(alice.works);
        QCOMPARE(alice.shiftStart, 480.0);
        QCOMPARE(alice.shiftEnd, 990.0);
        QCOMPARE(alice.departEarliest, 480.0);
        QCOMPARE(alice.returnBy, sched::kNever);
        QCOMPARE(alice.startNode, alice.endNode);
        // Tags sorted by tag, levels kept.
        QCOMPARE(alice.tags.size(), std::size_t(3));
        QVERIFY(alice.tags[0].tag == 1);
        QCOMPARE(alice.tags[0].level, 3);
        QVERIFY(alice.tags[2].tag == 3);
        QCOMPARE(alice.level(3), 3);
        // Bruno works Tuesday to Saturday: not on Monday.
        QVERIFY(techOf(m, 2).works);
        const BoardModel monday(board(kTuesday.addDays(-1)), kTuesday.addDays(-1));
        QVERIFY(!techOf(monday, 2).works);
        QVERIFY(techOf(monday, 1).works);

        const sched::Job &queued = jobOf(m, 11);
        QVERIFY(queued.region == 4);
        QCOMPARE(queued.required.size(), std::size_t(2));
        QVERIFY(queued.required[0].tag == 1);
        QCOMPARE(queued.required[0].level, 2);
        QCOMPARE(queued.priority, 2);
        QCOMPARE(queued.duration, 30.0);
        QVERIFY(!queued.fixed);
        QVERIFY(queued.currentTechnicians.empty());
    }

    void travelIsHaversineTimesTheRoadFactor()
    {
        Board b = board();
        b.travel = TravelSettings{150, 50};
        const BoardModel m(b, kTuesday);
        const sched::TravelMatrix &t = m.model().travel;
        const int home = techOf(m, 1).startNode;
        const int site = jobOf(m, 10).node;
        QVERIFY(home != site);
        const double km = haversineKm(kAliceHome, kStJerome) * 1.5;
        QVERIFY2(std::abs(t.distance(home, site) - km) < 0.01, qPrintable(QString::number(t.distance(home, site))));
        QVERIFY(std::abs(t.time(home, site) - km * 60 / 50) < 0.01);
        // Two jobs at the same place share a node; a job without coordinates travels nowhere.
        b.jobs.append(job(12, JobStatus::Unscheduled, 0, {}, kStJerome));
        Job nowhere = job(13, JobStatus::Unscheduled, 0, {}, kStJerome);
        nowhere.point.reset();
        b.jobs.append(nowhere);
        b.reindex();
        const BoardModel m2(b, kTuesday);
        QCOMPARE(jobOf(m2, 12).node, jobOf(m2, 10).node);
        QCOMPARE(m2.model().travel.time(jobOf(m2, 13).node, jobOf(m2, 10).node), 0.0);
        QCOMPARE(m2.model().travel.time(home, jobOf(m2, 13).node), 0.0);
    }

    void windowsAreHardAndExpiredOnesSoft()
    {
        Board b = board();
        const BoardModel m(b, kTuesday);
        const sched::Job &queued = jobOf(m, 11);
        QCOMPARE(queued.earliest, 13 * 60.0);
        QCOMPARE(queued.latest, 17 * 60.0 - 30);
        QCOMPARE(queued.due, sched::kNever);
        const sched::Job &noWindow = jobOf(m, 10);
        QCOMPARE(noWindow.earliest, 0.0);
        QCOMPARE(noWindow.latest, sched::kNever);

        // At 18:00 the window has passed: no longer binding, lateness counts from its end.
        b.loadedAt = at(18);
        const BoardModel late(b, kTuesday);
        const sched::Job &expired = jobOf(late, 11);
        QCOMPARE(expired.earliest, 0.0);
        QCOMPARE(expired.latest, sched::kNever);
        QCOMPARE(expired.due, 17 * 60.0 - 30);
    }

    void queueJobsOfOtherDaysAreLeftOut()
    {
        Board b = board();
        Job tomorrow = job(20, JobStatus::Unscheduled, 0, {}, kMirabel);
        tomorrow.windowStart = at(8, 0, kTuesday.addDays(1));
        tomorrow.windowEnd = at(12, 0, kTuesday.addDays(1));
        Job overdue = job(21, JobStatus::Unscheduled, 0, {}, kMirabel);
        overdue.windowStart = at(8, 0, kTuesday.addDays(-2));
        overdue.windowEnd = at(12, 0, kTuesday.addDays(-2));
        Job anytime = job(22, JobStatus::Unscheduled, 0, {}, kMirabel);
        Job cancelled = job(23, JobStatus::Cancelled, 1, at(11), kMirabel);
        Job otherDay = job(24, JobStatus::Scheduled, 1, at(11, 0, kTuesday.addDays(1)), kMirabel);
        b.jobs << tomorrow << overdue << anytime << cancelled << otherDay;
        b.reindex();
        const BoardModel m(b, kTuesday);
        QCOMPARE(m.jobIndex(20), -1);
        QVERIFY(m.jobIndex(21) >= 0);
        QVERIFY(jobOf(m, 21).due < 0); // two days late already
        QVERIFY(m.jobIndex(22) >= 0);
        QCOMPARE(m.jobIndex(23), -1);
        QCOMPARE(m.jobIndex(24), -1);
        QCOMPARE(m.model().jobs.size(), std::size_t(4));
    }

    void absencesOfTheDay()
    {
        Board b = board();
        b.absences = {Absence{1, 1, u"training"_s, at(10), at(12), {}},
            Absence{2, 1, u"vacation"_s, at(0, 0, kTuesday.addDays(1)), at(0, 0, kTuesday.addDays(2)), {}},
            Absence{3, 2, u"sick"_s, at(0, 0, kTuesday.addDays(-1)), at(9), {}}};
        const BoardModel m(b, kTuesday);
        const auto &alice = techOf(m, 1).unavailable;
        QCOMPARE(alice.size(), std::size_t(1)); // Wednesday's vacation is not on Tuesday
        QCOMPARE(alice[0].start, 600.0);
        QCOMPARE(alice[0].end, 720.0);
        const auto &bruno = techOf(m, 2).unavailable;
        QCOMPARE(bruno.size(), std::size_t(1));
        QCOMPARE(bruno[0].end, 540.0);
        QVERIFY(bruno[0].start < 0);
    }

    void pinnedAndUnderWayJobsAreFixed()
    {
        Board b = board();
        Job pinned = job(30, JobStatus::Scheduled, 2, at(8), kJoliette);
        pinned.pinned = true;
        pinned.crew = {1};
        Job done = job(31, JobStatus::Completed, 2, at(14), kJoliette);
        b.jobs << pinned << done;
        b.reindex();
        const BoardModel m(b, kTuesday);
        const sched::Job &p = jobOf(m, 30);
        QVERIFY(p.fixed);
        QCOMPARE(p.fixedStart, 480.0);
        QCOMPARE(p.fixedTechnicians, (std::vector<std::int64_t>{2, 1})); // lead first
        QCOMPARE(p.crewSize, 2);
        QVERIFY(p.currentTechnicians.empty());
        QVERIFY(jobOf(m, 31).fixed); // a completed job never moves, whatever the mode
        const sched::Job &movable = jobOf(m, 10);
        QVERIFY(!movable.fixed);
        QCOMPARE(movable.currentTechnicians, (std::vector<std::int64_t>{1}));
        QCOMPARE(movable.currentStart, 540.0);
        QCOMPARE(movable.crewSize, 1);
        // Alice must leave home in time to reach the pinned 08:00 job (her shift starts at 08:00).
        const sched::Technician &alice = techOf(m, 1);
        const double drive = m.model().travel.time(alice.startNode, p.node);
        QVERIFY(drive > 1);
        QVERIFY(std::abs(alice.departEarliest - (480 - drive)) < 1e-6);
        QCOMPARE(alice.shiftStart, 480.0);
    }

    void crewJobs()
    {
        Board b = board();
        Job crew = job(40, JobStatus::Scheduled, 1, at(11), kStJerome, 90);
        crew.crew = {2};
        b.jobs << crew;
        b.reindex();
        const BoardModel m(b, kTuesday);
        const sched::Job &c = jobOf(m, 40);
        QCOMPARE(c.crewSize, 2);
        QVERIFY(!c.fixed);
        QCOMPARE(c.currentTechnicians, (std::vector<std::int64_t>{1, 2}));
        QCOMPARE(c.currentStart, 660.0);
    }

    void restOfToday()
    {
        Board b = board();
        const GeoPoint live{45.9, -73.8};
        b.technicians[0].lastPosition = Position{live, at(10, 25), 40};
        // Bruno: an old position (yesterday) is not where he is now.
        b.technicians[1].lastPosition = Position{kMirabel, at(16, 0, kTuesday.addDays(-1)), 0};
        Job done = job(50, JobStatus::Completed, 1, at(8), kMirabel);
        Job onSite = job(51, JobStatus::OnSite, 1, at(10), kStJerome);
        Job enRoute = job(52, JobStatus::EnRoute, 2, at(10, 45), kJoliette);
        Job later = job(53, JobStatus::Scheduled, 2, at(14), kJoliette);
        Job past = job(54, JobStatus::Dispatched, 1, at(7, 30), kMirabel, 30); // not started: may move, after now
        b.jobs = {done, onSite, enRoute, later, past, b.jobs.at(1)};
        b.loadedAt = at(10, 30);
        b.reindex();
        BoardModelOptions options;
        options.restOfToday = true;
        const BoardModel m(b, kTuesday, options);
        QCOMPARE(m.now(), at(10, 30));
        const double now = 10 * 60 + 30;
        for (qint64 id : {50, 51, 52}) {
            QVERIFY2(jobOf(m, id).fixed, qPrintable(QString::number(id)));
            QCOMPARE(jobOf(m, id).fixedStart, m.minutes(b.job(id)->start));
        }
        for (qint64 id : {53, 54, 11}) {
            QVERIFY(!jobOf(m, id).fixed);
            QVERIFY2(jobOf(m, id).earliest >= now, qPrintable(QString::number(id)));
        }
        // Alice leaves from her live position, Bruno (no position today) from home.
        const sched::Technician &alice = techOf(m, 1);
        const sched::Technician &bruno = techOf(m, 2);
        QVERIFY(alice.startNode != alice.endNode);
        const double liveToSite = m.model().travel.distance(alice.startNode, jobOf(m, 51).node);
        QVERIFY2(std::abs(liveToSite - roadKm(live, kStJerome)) < 0.01, qPrintable(QString::number(liveToSite)));
        QCOMPARE(bruno.startNode, bruno.endNode);
        // Bruno has a job under way: he may "leave" early enough to reach it; with none, a technician leaves at now.
        QVERIFY(bruno.departEarliest <= now);
        Board free = b;
        free.jobs = {b.jobs.last()};
        free.reindex();
        const BoardModel f(free, kTuesday, options);
        QCOMPARE(techOf(f, 1).departEarliest, now);
        QCOMPARE(techOf(f, 2).departEarliest, now);

        // The whole day, by contrast: home, at the shift start; only under way or done stays fixed.
        const BoardModel day(b, kTuesday);
        QCOMPARE(techOf(day, 1).startNode, techOf(day, 1).endNode);
        QVERIFY(!jobOf(day, 54).fixed);
        QCOMPARE(jobOf(day, 54).earliest, 0.0);
    }

    void lunchBreakWhenThereIsRoom()
    {
        Board b = board();
        Job pinned = job(60, JobStatus::Scheduled, 2, at(11), kJoliette, 180); // 11:00–14:00: no room for lunch
        pinned.pinned = true;
        b.jobs << pinned;
        b.reindex();
        const BoardModel m(b, kTuesday);
        const auto &alice = techOf(m, 1).breaks;
        QCOMPARE(alice.size(), std::size_t(1));
        QCOMPARE(alice[0].earliest, 690.0);
        QCOMPARE(alice[0].latest, 780.0);
        QCOMPARE(alice[0].duration, 30.0);
        QVERIFY(techOf(m, 2).breaks.empty());
        BoardModelOptions none;
        none.lunchBreak = false;
        QVERIFY(techOf(BoardModel(b, kTuesday, none), 1).breaks.empty());
        // Rest of today after lunchtime: no break left to plan.
        BoardModelOptions afternoon;
        afternoon.restOfToday = true;
        afternoon.now = at(13, 45);
        QVERIFY(techOf(BoardModel(b, kTuesday, afternoon), 1).breaks.empty());
    }

    void dstDaysAgreeWithTheBoardRules_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::newRow("spring forward") << kSpringForward;
        QTest::newRow("fall back") << kFallBack;
    }

    void dstDaysAgreeWithTheBoardRules()
    {
        QFETCH(QDate, day);
        Board b = board(day);
        b.technicians[0].workDays = 0b1111111;
        // The customer's window 09:00–12:00 wall clock on that day.
        Job w = job(70, JobStatus::Unscheduled, 0, {}, kStJerome);
        w.windowStart = QDateTime(day, QTime(9, 0), boardZone()).toUTC();
        w.windowEnd = QDateTime(day, QTime(12, 0), boardZone()).toUTC();
        b.jobs << w;
        b.reindex();
        const BoardModel m(b, day);
        const sched::Job &sj = jobOf(m, 70);
        // Minutes and UTC go back and forth exactly.
        QCOMPARE(m.utc(sj.earliest), w.windowStart);
        QCOMPARE(m.utc(sj.latest + 60), w.windowEnd);
        QCOMPARE(m.minutes(m.utc(sj.earliest)), sj.earliest);
        // Midnight to 09:00 on a DST day is 8 or 10 hours of real time.
        QCOMPARE(sj.earliest, day == kSpringForward ? 480.0 : 600.0);
        // The shift the model gives is the one checkSlot enforces: a slot at its first minute passes, one a minute
        // earlier does not; the last slot that ends at the shift end passes.
        const sched::Technician &alice = techOf(m, 1);
        Job scheduled = job(71, JobStatus::Unscheduled, 0, {}, kStJerome, 60);
        b.jobs << scheduled;
        b.reindex();
        const BoardIndex index2(b);
        const auto rule = [&](double minutes) {
            return checkSlot(b, index2, Slot{71, 1, m.utc(minutes), 60, false}).codes();
        };
        QVERIFY(!rule(alice.shiftStart).contains(u"shift"_s));
        QVERIFY(rule(alice.shiftStart - 1).contains(u"shift"_s));
        QVERIFY(!rule(alice.shiftEnd - 60).contains(u"shift"_s));
        QVERIFY(rule(alice.shiftEnd - 59).contains(u"shift"_s));
    }

    void planBecomesADiff()
    {
        Board b = board();
        Job later = job(80, JobStatus::Scheduled, 1, at(13), kStJerome);
        Job toQueue = job(81, JobStatus::Dispatched, 2, at(8), kJoliette);
        toQueue.version = 7;
        b.jobs << later << toQueue;
        b.reindex();
        const BoardModel m(b, kTuesday);
        const int alice = m.technicianIndex(1), bruno = m.technicianIndex(2);
        // The plan: Alice does 10 at 09:00 (unchanged) then 80 at 11:00 (moved); Bruno takes 11 at 13:10 from the
        // queue; 81 goes back to the queue (left unassigned).
        sched::Plan plan;
        sched::Route ra;
        ra.technician = alice;
        ra.visits = {sched::Visit{m.jobIndex(10), 530, 540}, sched::Visit{m.jobIndex(80), 610, 660}};
        sched::Route rb;
        rb.technician = bruno;
        rb.visits = {sched::Visit{m.jobIndex(11), 780, 790.4}};
        plan.routes = {ra, rb};
        plan.unassigned = {sched::Unassigned{m.jobIndex(81), sched::Reason::NoTimeFits}};
        const DayProposal p = m.proposal(plan);
        QCOMPARE(p.day, kTuesday);
        QVERIFY(!p.restOfToday);
        QCOMPARE(p.changes.size(), 3);
        QHash<qint64, JobChange> byId;
        for (const JobChange &c : p.changes)
            byId.insert(c.jobId, c);
        QVERIFY(!byId.contains(10));
        const JobChange moved = byId.value(80);
        QVERIFY(moved.fromLead == 1);
        QVERIFY(moved.toLead == 1);
        QCOMPARE(moved.fromStart, at(13));
        QCOMPARE(moved.toStart, at(11));
        const JobChange fromQueue = byId.value(11);
        QCOMPARE(fromQueue.code, u"DJ-00011"_s);
        QCOMPARE(fromQueue.expectedVersion, 2);
        QVERIFY(fromQueue.fromLead == 0);
        QVERIFY(!fromQueue.fromStart.isValid());
        QVERIFY(fromQueue.toLead == 2);
        QCOMPARE(fromQueue.toStart, at(13, 11)); // rounded up to the minute
        const JobChange back = byId.value(81);
        QCOMPARE(back.expectedVersion, 7);
        QVERIFY(back.fromLead == 2);
        QVERIFY(back.toLead == 0);
        QVERIFY(!back.toStart.isValid());

        QCOMPARE(p.technicians.size(), 2);
        const TechnicianDiff &da = p.technicians.at(0);
        QVERIFY(da.technicianId == 1);
        QCOMPARE(da.moved, QList<qint64>{80});
        QVERIFY(da.added.isEmpty() && da.removed.isEmpty());
        QCOMPARE(da.jobsBefore, 2);
        QCOMPARE(da.jobsAfter, 2);
        const TechnicianDiff &db = p.technicians.at(1);
        QCOMPARE(db.added, QList<qint64>{11});
        QCOMPARE(db.removed, QList<qint64>{81});
        // Bruno: home -> Joliette -> home both before and after (same place): the same driving.
        QCOMPARE(db.kmBefore, db.kmAfter);
        const double homeJoliette = 2 * roadKm(kBrunoHome, kJoliette);
        QVERIFY2(std::abs(db.kmAfter - homeJoliette) < 0.1, qPrintable(QString::number(db.kmAfter)));
        QCOMPARE(p.jobsPlaced, 3);
        QVERIFY(std::abs(p.kmBefore - (da.kmBefore + db.kmBefore)) < 0.11);

        QCOMPARE(p.unassigned.size(), 1);
        QVERIFY(p.unassigned.at(0).jobId == 81);
        QCOMPARE(p.unassigned.at(0).reasonCode, u"no_time_fits"_s);
        QVERIFY(!p.unassigned.at(0).reason.isEmpty());
    }

    void theAssistantsRowsAreTheBoards()
    {
        // The board's rules check job times only: the assistant's model lets a technician leave home before the
        // shift, and holds every job of the rows exactly where it is (the optimizer's model lets them move).
        BoardModelOptions options;
        options.driveBeforeShift = true;
        options.holdRows = true;
        const BoardModel assistant(board(), kTuesday, options);
        QVERIFY(techOf(assistant, 1).departEarliest < 480 - 60);
        QCOMPARE(techOf(assistant, 1).shiftStart, 480.0);
        QVERIFY(jobOf(assistant, 10).fixed);
        QVERIFY(!jobOf(assistant, 11).fixed);
        const auto startOf10 = [](const BoardModel &m) {
            const sched::Plan p = sched::currentPlan(m.model());
            for (const sched::Route &r : p.routes) {
                for (const sched::Visit &v : r.visits) {
                    if (m.model().jobs[std::size_t(v.job)].id == 10)
                        return v.start;
                }
            }
            return -1.0;
        };
        QCOMPARE(startOf10(assistant), 540.0); // 09:00, as on the board
        const double optimizer = startOf10(BoardModel(board(), kTuesday));
        QVERIFY2(optimizer >= 480 && optimizer < 540, qPrintable(QString::number(optimizer)));
    }

    void assistantFollowsTheBoard()
    {
        // DJ-00011 (Joliette, Fibre 2, TV 1, Lanaudière, 13:00–17:00, 30 min): only Bruno qualifies... but he has no
        // TV. Give him TV: his slots come from 13:00 on, never before now, each passing the board's rules.
        Board b = board();
        b.technicians[1].tags.append(TagLevel{2, 1});
        b.reindex();
        auto r = OptimizerService::rank(b, 11, 5, at(6));
        QVERIFY(r.ok());
        QVERIFY(!r.value().isEmpty() && r.value().size() <= 5);
        const BoardIndex index(b);
        for (const CandidateSlot &s : r.value()) {
            QVERIFY(s.technicianId == 2);
            QCOMPARE(s.technicianName, u"Bruno Gagnon"_s);
            QVERIFY(s.start >= at(13) && s.start <= at(14, 30));
            QVERIFY(checkSlot(b, index, Slot{11, 2, s.start, 0, false}).allowed());
        }
        QCOMPARE(r.value().first().start, at(13)); // nothing else on his row: the window's start, least lateness
        // Bruno's afternoon fills up (13:00–15:30): the next ask sees it (the cached model follows the board).
        Job busy = job(90, JobStatus::Scheduled, 2, at(12, 55), kJoliette, 155);
        b.jobs << busy;
        b.reindex();
        auto again = OptimizerService::rank(b, 11, 5, at(6));
        QVERIFY(again.ok());
        QVERIFY2(again.value().isEmpty(), qPrintable(again.value().value(0).start.toString(Qt::ISODate)));
        // Not before now.
        b.jobs.removeLast();
        b.reindex();
        auto late = OptimizerService::rank(b, 11, 5, at(14, 10));
        QVERIFY(late.ok());
        QVERIFY(!late.value().isEmpty());
        for (const CandidateSlot &s : late.value())
            QVERIFY(s.start >= at(14, 10));
        // Unknown job.
        QVERIFY(!OptimizerService::rank(b, 999, 5, at(6)).ok());
    }

    void minutesRoundUpWithoutOverlap()
    {
        // Alice: 10 at 09:00 (60 min) and 85 at 10:00 (30 min) on the board. The plan starts 10 at 08:59.6 (ends
        // 09:59.6) and 85 at 10:00.4: 10 keeps 09:00 (the next whole minute), 85 moves to 10:01 (keeping 10:00 would
        // start before the planned time); a start half a minute late in the plan never becomes an earlier one.
        Board b = board();
        Job next = job(85, JobStatus::Scheduled, 1, at(10), kStJerome, 30);
        b.jobs << next;
        b.reindex();
        const BoardModel m(b, kTuesday);
        sched::Plan plan;
        sched::Route r;
        r.technician = m.technicianIndex(1);
        r.visits = {sched::Visit{m.jobIndex(10), 530, 539.6}, sched::Visit{m.jobIndex(85), 599.6, 600.4}};
        plan.routes = {r};
        plan.unassigned = {sched::Unassigned{m.jobIndex(11)}};
        const DayProposal p = m.proposal(plan);
        QCOMPARE(p.changes.size(), 1);
        QVERIFY(p.changes.at(0).jobId == 85);
        QCOMPARE(p.changes.at(0).toStart, at(10, 1));
        QCOMPARE(p.technicians.at(0).moved, QList<qint64>{85});
    }

    void nothingBetterThanTheBoardProposesNothing()
    {
        // Alice's only job; nobody can take DJ-00011 (Alice has the skills but not Lanaudière, Bruno has no TV): the
        // board is already the best plan. The solver would start DJ-00010 as early as it can (08:01); the proposal
        // keeps the board instead.
        const Board b = board();
        auto p = OptimizerService::plan(b, kTuesday, false, 0.1);
        QVERIFY(p.ok());
        QVERIFY(p.value().changes.isEmpty());
        QCOMPARE(p.value().unassigned.size(), 1);
        QVERIFY(p.value().unassigned.at(0).jobId == 11);
        QCOMPARE(p.value().unassigned.at(0).reasonCode, u"outside_regions"_s);
        QCOMPARE(p.value().kmAfter, p.value().kmBefore);
        QCOMPARE(p.value().jobsPlaced, 1);
        // With TV, Bruno takes it: a better plan, proposed.
        Board withTv = b;
        withTv.technicians[1].tags.append(TagLevel{2, 1});
        withTv.reindex();
        auto better = OptimizerService::plan(withTv, kTuesday, false, 0.1);
        QVERIFY(better.ok());
        QVERIFY(better.value().unassigned.isEmpty());
        bool placed = false;
        for (const JobChange &c : better.value().changes)
            placed = placed || (c.jobId == 11 && c.toLead == 2);
        QVERIFY(placed);
    }

    void fixedJobsNeverAppearAsChanges()
    {
        Board b = board();
        Job pinned = job(90, JobStatus::Scheduled, 2, at(8), kJoliette);
        pinned.pinned = true;
        b.jobs << pinned;
        b.reindex();
        const BoardModel m(b, kTuesday);
        // A plan that (wrongly) leaves the pinned job out and the rest as it is: the pinned job stays on Bruno's row.
        sched::Plan plan;
        sched::Route ra;
        ra.technician = m.technicianIndex(1);
        ra.visits = {sched::Visit{m.jobIndex(10), 530, 540}};
        plan.routes = {ra};
        plan.unassigned = {
            sched::Unassigned{m.jobIndex(90), sched::Reason::NoTimeFits}, sched::Unassigned{m.jobIndex(11)}};
        const DayProposal p = m.proposal(plan);
        QVERIFY(p.changes.isEmpty());
        QCOMPARE(p.unassigned.size(), 1);
        QVERIFY(p.unassigned.at(0).jobId == 11);
        QCOMPARE(p.technicians.at(1).jobsAfter, 1);
        QVERIFY(p.technicians.at(1).removed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBoardModel)
#include "TestBoardModel.moc"
