// The slot rules of core/dispatch/DispatchRules one by one, on a fixed model (no database): required tags with their
// minimum level, region, shift hours and work days, absences, overlap with the row, the customer's window, and the
// travel warnings before and after the slot (haversine × road factor at an average speed).
#include <QTest>

#include "core/dispatch/DispatchRules.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;

namespace {

const QDate kTuesday(2026, 12, 8);
const QDate kSaturday(2026, 12, 12);

QDateTime at(int hour, int minute = 0, const QDate &day = kTuesday)
{
    return localDayTime(day, hour * 60 + minute);
}

// Fibre (skill 1), Laurentides (region 2), Montréal (region 3), Bucket truck (skill 4).
// Alice (10): Fibre 3, Laurentides, 08:00–16:30 Mon–Fri. Benoit (11): Fibre 2, Laurentides, sick on Tuesday 12:00–
// 16:30. Jobs on Alice's row: 100 at 09:00–10:00 at (45.0, -74.0). Job 200 (to place): Fibre 3, Laurentides, window
// 10:00–15:00, 60 min, at (45.2, -74.0).
Board model()
{
    Board b;
    b.from = kTuesday;
    b.to = kTuesday;
    b.tags = {{1, u"Fibre"_s, u"skill"_s}, {2, u"Laurentides"_s, u"region"_s}, {3, u"Montréal"_s, u"region"_s},
        {4, u"Bucket truck"_s, u"skill"_s}};
    Technician alice;
    alice.id = 10;
    alice.name = u"Alice Roy"_s;
    alice.tags = {{1, 3}, {2, 1}};
    alice.shiftStartMin = 8 * 60;
    alice.shiftEndMin = 16 * 60 + 30;
    alice.workDays = 0b0011111;
    Technician benoit = alice;
    benoit.id = 11;
    benoit.name = u"Benoit Caron"_s;
    benoit.tags = {{1, 2}, {2, 1}};
    b.technicians = {alice, benoit};

    Job first;
    first.id = 100;
    first.code = u"DJ-00100"_s;
    first.status = JobStatus::Scheduled;
    first.leadTechnicianId = 10;
    first.start = at(9);
    first.durationMin = 60;
    first.point = GeoPoint{45.0, -74.0};
    first.regionTagId = 2;
    Job job;
    job.id = 200;
    job.code = u"DJ-00200"_s;
    job.status = JobStatus::Unscheduled;
    job.durationMin = 60;
    job.required = {{1, 3}};
    job.regionTagId = 2;
    job.windowStart = at(10);
    job.windowEnd = at(15);
    job.point = GeoPoint{45.2, -74.0};
    b.jobs = {first, job};
    b.absences = {Absence{1, 11, u"sick"_s, at(12), at(16, 30), QString()}};
    b.travel = TravelSettings{130, 60};
    b.reindex();
    return b;
}

Verdict check(const Board &b, qint64 tech, const QDateTime &start, int minutes = 0, qint64 jobId = 200)
{
    const BoardIndex index(b);
    return checkSlot(b, index, Slot{jobId, tech, start, minutes, false});
}

} // namespace

class TestDispatchRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void aGoodSlotPasses()
    {
        const Verdict v = check(model(), 10, at(11));
        QVERIFY2(v.violations.isEmpty(), qPrintable(v.summary()));
        QVERIFY(v.allowed());
        QVERIFY(!v.hasWarnings());
    }

    void skillBelowLevelIsRefused()
    {
        const Verdict v = check(model(), 11, at(10));
        QVERIFY(!v.allowed());
        QCOMPARE(v.codes(), QStringList{u"skill"_s});
        QCOMPARE(v.violations[0].message, u"DJ-00200 requires Fibre 3; Benoit Caron is Fibre 2."_s);
    }

    void missingSkillIsRefused()
    {
        Board b = model();
        b.job(200)->required << TagLevel{4, 1};
        b.reindex();
        const Verdict v = check(b, 10, at(11));
        QCOMPARE(v.codes(), QStringList{u"skill"_s});
        QCOMPARE(v.violations[0].message, u"DJ-00200 requires Bucket truck 1; Alice Roy does not have Bucket truck."_s);
    }

    void regionOutsideTheTechniciansIsRefused()
    {
        Board b = model();
        b.job(200)->regionTagId = 3;
        const Verdict v = check(b, 10, at(11));
        QCOMPARE(v.codes(), QStringList{u"region"_s});
        QVERIFY(v.violations[0].hard);
        QVERIFY(v.violations[0].message.contains(u"Montréal"_s));
    }

    void shiftHours()
    {
        Board b = model();
        b.job(200)->windowStart = QDateTime(); // the window rule aside
        b.job(200)->windowEnd = QDateTime();
        QCOMPARE(check(b, 10, at(7, 30)).codes(), QStringList{u"shift"_s}); // starts before 08:00
        QCOMPARE(check(b, 10, at(16)).codes(), QStringList{u"shift"_s}); // ends after 16:30
        QVERIFY(check(b, 10, at(15, 30)).allowed()); // ends exactly at 16:30
        QVERIFY(check(b, 10, at(15, 30)).violations.isEmpty());
        QVERIFY(check(b, 10, at(16), 30).allowed()); // a 30-minute slot fits
    }

    void workDays()
    {
        Board b = model();
        b.job(200)->windowStart = QDateTime();
        b.job(200)->windowEnd = QDateTime();
        const Verdict v = check(b, 10, at(10, 0, kSaturday));
        QCOMPARE(v.codes(), QStringList{u"shift"_s});
        QCOMPARE(v.violations[0].message, u"Alice Roy does not work on Saturday."_s);
    }

    void absence()
    {
        Board b = model();
        b.job(200)->required = {{1, 2}};
        QVERIFY(check(b, 11, at(10)).allowed()); // before the sick leave
        const Verdict v = check(b, 11, at(11, 30)); // overlaps its start
        QCOMPARE(v.codes(), QStringList{u"absence"_s});
        QCOMPARE(v.violations[0].message, u"Benoit Caron is absent (sick) at that time."_s);
    }

    void overlapWithTheRow()
    {
        const Verdict v = check(model(), 10, at(9, 30), 0, 200);
        QVERIFY(v.codes().contains(u"overlap"_s));
        QVERIFY2(
            v.summary().contains(u"Overlaps DJ-00100 (09:00–10:00) on Alice Roy's row."_s), qPrintable(v.summary()));
        // Touching is not overlapping; the job never overlaps itself.
        Board b = model();
        b.job(200)->windowStart = QDateTime();
        b.job(200)->windowEnd = QDateTime();
        b.job(200)->point.reset();
        QVERIFY(!check(b, 10, at(8)).codes().contains(u"overlap"_s));
        QVERIFY(check(b, 10, at(9, 30), 0, 100).allowed()); // 100 moved by half an hour on its own row
    }

    void customersWindow()
    {
        const Verdict before = check(model(), 10, at(9, 30, kTuesday).addSecs(3600)); // 10:30: inside
        QVERIFY(!before.codes().contains(u"window"_s));
        const Verdict late = check(model(), 10, at(14, 30)); // ends 15:30, after 15:00
        QCOMPARE(late.codes(), QStringList{u"window"_s});
        QCOMPARE(late.violations[0].message, u"The customer's window for DJ-00200 is 10:00–15:00."_s);
    }

    void travelFromThePreviousJobWarns()
    {
        // 0.2° of latitude ≈ 22.24 km, × 1.3 road factor = 28.9 km at 60 km/h: 29 min.
        QCOMPARE(travelMinutes({45.0, -74.0}, {45.2, -74.0}, TravelSettings{130, 60}), 29);
        const Verdict tight = check(model(), 10, at(10, 15)); // 100 ends at 10:00, arrival 10:29
        QVERIFY(tight.allowed()); // a warning, not a refusal
        QVERIFY(tight.hasWarnings());
        QCOMPARE(tight.codes(), QStringList{u"travel"_s});
        QVERIFY(!tight.violations[0].hard);
        QCOMPARE(tight.travelBeforeMin, 29);
        QVERIFY2(tight.violations[0].message.contains(u"arrive at 10:29, after 10:15"_s),
            qPrintable(tight.violations[0].message));
        const Verdict loose = check(model(), 10, at(10, 30));
        QVERIFY(loose.violations.isEmpty());
        // Slower roads: the same slot warns.
        Board slow = model();
        slow.travel.averageSpeedKmh = 30; // 58 min
        QCOMPARE(check(slow, 10, at(10, 30)).codes(), QStringList{u"travel"_s});
    }

    void travelToTheNextJobWarns()
    {
        // 200 placed at 08:00–09:00, just before 100 (09:00) 29 minutes away: 100 would start late.
        Board b = model();
        b.job(200)->windowStart = QDateTime();
        b.job(200)->windowEnd = QDateTime();
        const Verdict v = check(b, 10, at(8));
        QVERIFY(v.allowed());
        QCOMPARE(v.codes(), QStringList{u"travel"_s});
        QVERIFY2(v.violations[0].message.contains(u"The next job, DJ-00100 at 09:00, would start late"_s),
            qPrintable(v.summary()));
        QVERIFY(check(b, 10, at(8), 30).violations.isEmpty()); // 08:00–08:30, arrival 08:59
    }

    void crewSlotChecksOnlyThatTechnician()
    {
        Board b = model();
        // 100 (no requirements) gets Benoit as crew: his row and skills count, the time stays 09:00.
        const BoardIndex index(b);
        const Verdict ok = checkSlot(b, index, Slot{100, 11, QDateTime(), 0, true});
        QVERIFY2(ok.violations.isEmpty(), qPrintable(ok.summary()));
        b.job(100)->start = at(12);
        const BoardIndex moved(b);
        QCOMPARE(checkSlot(b, moved, Slot{100, 11, QDateTime(), 0, true}).codes(), QStringList{u"absence"_s});
    }

    void unknownJobOrTechnician()
    {
        const Verdict v = check(model(), 99, at(10));
        QCOMPARE(v.codes(), QStringList{u"version"_s});
        QVERIFY(!v.allowed());
    }

    void everyBrokenRuleIsListed()
    {
        Board b = model();
        b.job(200)->regionTagId = 3;
        // Benoit, Saturday 07:00: skill, region, shift (not a work day), window.
        const Verdict v = check(b, 11, at(7, 0, kSaturday));
        QCOMPARE(v.codes(), (QStringList{u"skill"_s, u"region"_s, u"shift"_s, u"window"_s}));
        QCOMPARE(v.summary().count(QLatin1Char('\n')), 3);
    }

    void stableCodes()
    {
        QCOMPARE(ruleCode(Rule::Skill), u"skill"_s);
        QCOMPARE(ruleCode(Rule::Region), u"region"_s);
        QCOMPARE(ruleCode(Rule::Shift), u"shift"_s);
        QCOMPARE(ruleCode(Rule::Absence), u"absence"_s);
        QCOMPARE(ruleCode(Rule::Overlap), u"overlap"_s);
        QCOMPARE(ruleCode(Rule::Window), u"window"_s);
        QCOMPARE(ruleCode(Rule::Travel), u"travel"_s);
        QCOMPARE(ruleCode(Rule::Version), u"version"_s);
    }
};

QTEST_GUILESS_MAIN(TestDispatchRules)
#include "TestDispatchRules.moc"
