// DispatchRepository against a real cluster: the board's load, every write with its version check and server-side
// rule check, two workstations changing the same job, two writes racing for the same technician's time, the status
// flow with its history.
#include <QTest>
#include <QtConcurrent>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/dispatch/DispatchRepository.h"
#include "tests/support/DispatchSeed.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

class TestDispatchRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void loadsTheBoard();
    void regionsComeFromTheRules();
    void assignsFromTheQueue();
    void refusesEveryBrokenRuleAndWritesNothing_data();
    void refusesEveryBrokenRuleAndWritesNothing();
    void travelIsAWarningNotARefusal();
    void staleWriteNamesWhoMovedIt();
    void twoWritesForTheSameTimeOneWins();
    void unassignsBackToTheQueue();
    void crewMembers();
    void pinnedJobsDoNotMove();
    void statusFlowAndHistory();
    void badInput();

private:
    QString scalar(const QString &sql);
    Job job(qint64 id);
    QDateTime at(const char *localTime, int dayOffset = 0) const;

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_db;
    std::unique_ptr<db::PgConnection> m_c;
    std::unique_ptr<db::PgConnection> m_other; // "another workstation"
};

QString TestDispatchRepository::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return {};
    }
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

Job TestDispatchRepository::job(qint64 id)
{
    auto r = DispatchRepository(*m_c).jobs({id});
    if (!r.ok() || r.value().isEmpty())
        return {};
    return r.value().constFirst();
}

QDateTime TestDispatchRepository::at(const char *localTime, int dayOffset) const
{
    const QTime t = QTime::fromString(QLatin1String(localTime), u"HH:mm"_s);
    return localDayTime(QDate::fromString(QLatin1String(test::kDispatchDay), Qt::ISODate).addDays(dayOffset),
        t.hour() * 60 + t.minute());
}

void TestDispatchRepository::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestDispatchRepository::cleanupTestCase()
{
    m_c.reset();
    m_other.reset();
    m_cluster.reset();
}

void TestDispatchRepository::init()
{
    // A fresh board for every test.
    m_c.reset();
    m_other.reset();
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_db = db.value();
    auto c = db::PgConnection::open(m_db);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    auto o = db::PgConnection::open(m_db);
    QVERIFY(o.ok());
    m_other = std::move(o).value();
    for (const char *sql : test::kDispatchSeed) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
}

void TestDispatchRepository::loadsTheBoard()
{
    const QDate day = QDate::fromString(QLatin1String(test::kDispatchDay), Qt::ISODate);
    auto b = DispatchRepository(*m_c).loadBoard(day, day);
    QVERIFY(b.ok());
    const Board &board = b.value();
    QCOMPARE(board.technicians.size(), 2);
    QCOMPARE(board.technicians.at(0).code, u"DT-00001"_s); // by name: Alice before Bruno
    QCOMPARE(board.technicians.at(0).shiftStartMin, 8 * 60);
    QCOMPARE(board.technicians.at(0).shiftEndMin, 16 * 60 + 30);
    QCOMPARE(board.technicians.at(0).level(1), 3);
    QVERIFY(board.technicians.at(0).home.has_value());
    QCOMPARE(board.jobs.size(), 4); // two scheduled that day, two in the queue
    const Job *j2 = board.job(2);
    QVERIFY(j2);
    QCOMPARE(j2->status, JobStatus::Scheduled);
    QCOMPARE(j2->leadTechnicianId, 1);
    QCOMPARE(j2->start, at("09:00"));
    QCOMPARE(j2->customerName, u"Élise Tremblay"_s);
    QCOMPARE(j2->address, u"12 rue Labelle, Saint-Jérôme"_s);
    QVERIFY(j2->point.has_value());
    const Job *j1 = board.job(1);
    QVERIFY(j1);
    QVERIFY(!j1->scheduled());
    QCOMPARE(j1->required.size(), 1);
    QCOMPARE(j1->required.at(0).level, 3);
    QCOMPARE(j1->windowStart, at("08:00"));
    QCOMPARE(board.tags.size(), 4);
    QCOMPARE(board.travel.roadFactorPct, 130);
    // The absence is on D+1: not in a one-day board of D, in a two-day one.
    QCOMPARE(board.absences.size(), 0);
    auto two = DispatchRepository(*m_c).loadBoard(day, day.addDays(1));
    QVERIFY(two.ok());
    QCOMPARE(two.value().absences.size(), 1);
    QCOMPARE(two.value().absences.at(0).kind, u"vacation"_s);
    // The next day's board has no scheduled job but the same queue.
    auto next = DispatchRepository(*m_c).loadBoard(day.addDays(1), day.addDays(1));
    QVERIFY(next.ok());
    QCOMPARE(next.value().jobs.size(), 2);
}

void TestDispatchRepository::regionsComeFromTheRules()
{
    QCOMPARE(job(1).regionTagId, 3); // Saint-Jérôme by city
    QCOMPARE(job(3).regionTagId, 4); // Joliette by postal prefix J6E
    // A rule change and the reassignment: Saint-Jérôme moves to Lanaudière.
    QVERIFY(m_c->exec("UPDATE region_rules SET region_tag_id = 4 WHERE city = 'Saint-Jérôme'").ok());
    QCOMPARE(scalar(u"SELECT ops_region_reassign()"_s), u"1"_s);
    QCOMPARE(job(1).regionTagId, 4);
    // A location that moves takes the region of its new address.
    QVERIFY(m_c->exec("UPDATE service_locations SET city = 'Joliette', postal_code = 'J6E 1A1' WHERE id = 1").ok());
    QCOMPARE(scalar(u"SELECT region_tag_id FROM service_locations WHERE id = 1"_s), u"4"_s);
}

void TestDispatchRepository::assignsFromTheQueue()
{
    auto r = DispatchRepository(*m_c).assign(Slot{1, 1, at("10:30"), 0, false}, 1);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QCOMPARE(r.value().status, JobStatus::Scheduled);
    QCOMPARE(r.value().leadTechnicianId, 1);
    QCOMPARE(r.value().start, at("10:30"));
    QCOMPARE(r.value().version, 2);
    QCOMPARE(scalar(u"SELECT string_agg(coalesce(from_status, '-') || '>' || to_status, ',' ORDER BY id)"
                    " FROM job_status_history WHERE job_id = 1"_s),
        u"->unscheduled,unscheduled>scheduled"_s);
    // A resize (same slot, longer) and a move on the same row.
    auto resized = DispatchRepository(*m_c).assign(Slot{1, 1, at("10:30"), 90, false}, 2);
    QVERIFY(resized.ok());
    QCOMPARE(resized.value().durationMin, 90);
    QCOMPARE(resized.value().version, 3);
    // The move to Bruno is refused (Fibre 2 < 3): the lead stays.
    auto toBruno = DispatchRepository(*m_c).assign(Slot{1, 2, at("10:30"), 0, false}, 3);
    QVERIFY(toBruno.isRefused());
    QCOMPARE(job(1).leadTechnicianId, 1);
    // Bruno gets Fibre 3: now allowed, and he replaces Alice as the lead.
    QVERIFY(m_c->exec("UPDATE technician_tags SET level = 3 WHERE technician_id = 2 AND tag_id = 1").ok());
    auto moved = DispatchRepository(*m_c).assign(Slot{1, 2, at("10:30"), 0, false}, 3);
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().userMessage));
    QCOMPARE(moved.value().leadTechnicianId, 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM job_technicians WHERE job_id = 1"_s), u"1"_s);
}

void TestDispatchRepository::refusesEveryBrokenRuleAndWritesNothing_data()
{
    QTest::addColumn<qint64>("jobId");
    QTest::addColumn<qint64>("tech");
    QTest::addColumn<QString>("time");
    QTest::addColumn<int>("dayOffset");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("skill level") << qint64(1) << qint64(2) << u"10:00"_s << 0 << QStringList{u"skill"_s};
    QTest::newRow("region") << qint64(3) << qint64(1) << u"14:30"_s << 0 << QStringList{u"region"_s};
    QTest::newRow("overlap") << qint64(1) << qint64(1) << u"09:30"_s << 0 << QStringList{u"overlap"_s};
    QTest::newRow("window") << qint64(1) << qint64(1) << u"14:30"_s << 0 << QStringList{u"window"_s};
    QTest::newRow("shift hours") << qint64(3) << qint64(2) << u"15:15"_s << 0 << QStringList{u"shift"_s};
    QTest::newRow("day off") << qint64(3) << qint64(2) << u"10:00"_s << -1 << QStringList{u"shift"_s};
    QTest::newRow("absence") << qint64(1) << qint64(1) << u"10:00"_s << 1 << QStringList{u"absence"_s, u"window"_s};
}

void TestDispatchRepository::refusesEveryBrokenRuleAndWritesNothing()
{
    QFETCH(qint64, jobId);
    QFETCH(qint64, tech);
    QFETCH(QString, time);
    QFETCH(int, dayOffset);
    QFETCH(QStringList, codes);
    const Job before = job(jobId);
    auto r = DispatchRepository(*m_c).assign(
        Slot{jobId, tech, at(time.toLatin1().constData(), dayOffset), 0, false}, before.version);
    QVERIFY(!r.ok());
    QVERIFY(r.isRefused());
    QStringList got;
    for (const Violation &v : r.violations) {
        if (v.hard)
            got << ruleCode(v.rule);
        QVERIFY(!v.message.isEmpty());
    }
    for (const QString &code : codes)
        QVERIFY2(got.contains(code), qPrintable(got.join(u',')));
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    const Job after = job(jobId);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.start, before.start);
    QCOMPARE(after.leadTechnicianId, before.leadTechnicianId);
    // The headless check says the same.
    auto v = DispatchRepository(*m_c).check(Slot{jobId, tech, at(time.toLatin1().constData(), dayOffset), 0, false});
    QVERIFY(v.ok());
    QVERIFY(!v.value().allowed());
    for (const QString &code : codes)
        QVERIFY(v.value().codes().contains(code));
}

void TestDispatchRepository::travelIsAWarningNotARefusal()
{
    // Bruno (Fibre 2, Laurentides 1) takes DJ-00003 in Joliette at 10:00, then DJ-00001 in Saint-Jérôme (Fibre 3
    // once he has it) right after: about 45 km apart, so the second one warns about travel but is written.
    QVERIFY(m_c->exec("UPDATE technician_tags SET level = 3 WHERE technician_id = 2 AND tag_id = 1").ok());
    auto first = DispatchRepository(*m_c).assign(Slot{3, 2, at("10:00"), 0, false}, 1);
    QVERIFY(first.ok());
    auto verdict = DispatchRepository(*m_c).check(Slot{1, 2, at("10:35"), 0, false});
    QVERIFY(verdict.ok());
    QVERIFY(verdict.value().allowed());
    QVERIFY(verdict.value().hasWarnings());
    QCOMPARE(verdict.value().codes(), QStringList{u"travel"_s});
    QVERIFY(verdict.value().travelBeforeMin > 30);
    auto second = DispatchRepository(*m_c).assign(Slot{1, 2, at("10:35"), 0, false}, 1);
    QVERIFY(second.ok());
}

void TestDispatchRepository::staleWriteNamesWhoMovedIt()
{
    // Both workstations read version 1; the other one moves DJ-00002 to 11:00 first.
    auto theirs = DispatchRepository(*m_other).assign(Slot{2, 1, at("11:00"), 0, false}, 1);
    QVERIFY(theirs.ok());
    // This workstation is a dispatcher: it may not read the audit log, yet the refusal names who moved the job.
    QVERIFY(m_c->exec("SET ROLE ops_dispatcher").ok());
    auto mine = DispatchRepository(*m_c).assign(Slot{2, 1, at("14:30"), 0, false}, 1);
    QVERIFY(!mine.ok());
    QVERIFY(mine.isStale());
    QCOMPARE(mine.error().kind, Error::Kind::Conflict);
    QCOMPARE(mine.error().userMessage, u"Dominique Roy moved DJ-00002 to 11:00 (Alice Tremblay) a moment ago."_s);
    QVERIFY(mine.current.has_value());
    QCOMPARE(mine.current->version, 2);
    QCOMPARE(mine.current->start, at("11:00"));
    QCOMPARE(job(2).start, at("11:00")); // theirs kept, never silently overwritten
    // Every kind of write checks the version.
    QVERIFY(DispatchRepository(*m_c).unassign(2, 1).isStale());
    QVERIFY(DispatchRepository(*m_c).setPinned(2, true, 1).isStale());
    QVERIFY(DispatchRepository(*m_c).setStatus(2, JobStatus::Dispatched, {}, 1).isStale());
    QVERIFY(DispatchRepository(*m_c).assign(Slot{2, 2, {}, 0, true}, 1).isStale());
    QCOMPARE(job(2).version, 2);
    QVERIFY(m_c->exec("RESET ROLE").ok());
}

void TestDispatchRepository::twoWritesForTheSameTimeOneWins()
{
    // Two workstations place two different jobs on Alice's row at the same time, at once. The technician's row lock
    // serialises them: exactly one is written, the other sees the first and is refused with "overlap".
    QVERIFY(m_c->exec("UPDATE dispatch_jobs SET window_start = NULL, window_end = NULL WHERE id = 1").ok());
    QVERIFY(m_c->exec("UPDATE technician_tags SET level = 3 WHERE technician_id = 1 AND tag_id = 1").ok());
    QVERIFY(m_c->exec("INSERT INTO job_required_tags (job_id, tag_id, min_level) VALUES (3, 3, 1)"
                      " ON CONFLICT DO NOTHING")
                .ok());
    QVERIFY(m_c->exec("UPDATE dispatch_jobs SET location_id = 1 WHERE id = 3").ok()); // Laurentides, Alice's region
    for (int round = 0; round < 3; ++round) {
        const int v1 = job(1).version;
        const int v3 = job(3).version;
        auto a = QtConcurrent::run([&] {
            return DispatchRepository(*m_c).assign(Slot{1, 1, at("14:30"), 0, false}, v1);
        });
        auto b = QtConcurrent::run([&] {
            return DispatchRepository(*m_other).assign(Slot{3, 1, at("14:45"), 0, false}, v3);
        });
        const DispatchWriteResult ra = a.result();
        const DispatchWriteResult rb = b.result();
        QCOMPARE(int(ra.ok()) + int(rb.ok()), 1);
        const DispatchWriteResult &loser = ra.ok() ? rb : ra;
        QVERIFY(loser.isRefused());
        QStringList codes;
        for (const Violation &x : loser.violations)
            codes << ruleCode(x.rule);
        QVERIFY2(codes.contains(u"overlap"_s), qPrintable(codes.join(u',')));
        QCOMPARE(
            scalar(u"SELECT count(*) FROM job_technicians WHERE technician_id = 1 AND job_id IN (1, 3)"_s), u"1"_s);
        // Put the winner back in the queue for the next round.
        const qint64 winner = ra.ok() ? 1 : 3;
        QVERIFY(DispatchRepository(*m_c).unassign(winner, job(winner).version).ok());
    }
}

void TestDispatchRepository::unassignsBackToTheQueue()
{
    auto r = DispatchRepository(*m_c).unassign(2, 1);
    QVERIFY(r.ok());
    QCOMPARE(r.value().status, JobStatus::Unscheduled);
    QVERIFY(!r.value().scheduled());
    QCOMPARE(r.value().leadTechnicianId, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM job_technicians WHERE job_id = 2"_s), u"0"_s);
    auto again = DispatchRepository(*m_c).unassign(2, 2);
    QVERIFY(!again.ok());
    QVERIFY(again.error().userMessage.contains(u"already in the queue"_s));
}

void TestDispatchRepository::crewMembers()
{
    // Bruno joins DJ-00002 (Saint-Jérôme: Laurentides 1 is enough, Fibre 1 required).
    auto r = DispatchRepository(*m_c).assign(Slot{2, 2, {}, 0, true}, 1);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QCOMPARE(r.value().crew, QList<qint64>{2});
    QCOMPARE(r.value().leadTechnicianId, 1);
    QCOMPARE(r.value().start, at("09:00")); // a crew member does not move the job
    // Twice: refused.
    auto twice = DispatchRepository(*m_c).assign(Slot{2, 2, {}, 0, true}, r.value().version);
    QVERIFY(!twice.ok());
    // The crew member's row now has the job: a job of his own at the same time overlaps.
    auto overlap = DispatchRepository(*m_c).check(Slot{3, 2, at("09:15"), 0, false});
    QVERIFY(overlap.ok());
    QVERIFY(overlap.value().codes().contains(u"overlap"_s));
    auto removed = DispatchRepository(*m_c).removeCrewMember(2, 2, r.value().version);
    QVERIFY(removed.ok());
    QVERIFY(removed.value().crew.isEmpty());
    QCOMPARE(removed.value().leadTechnicianId, 1);
}

void TestDispatchRepository::pinnedJobsDoNotMove()
{
    auto pinned = DispatchRepository(*m_c).setPinned(2, true, 1);
    QVERIFY(pinned.ok());
    QVERIFY(pinned.value().pinned);
    auto move = DispatchRepository(*m_c).assign(Slot{2, 1, at("11:00"), 0, false}, 2);
    QVERIFY(!move.ok());
    QVERIFY(move.error().userMessage.contains(u"pinned"_s));
    QVERIFY(!DispatchRepository(*m_c).unassign(2, 2).ok());
    // Resizing in place is allowed on a pinned job.
    QVERIFY(DispatchRepository(*m_c).assign(Slot{2, 1, at("09:00"), 45, false}, 2).ok());
    auto unpinned = DispatchRepository(*m_c).setPinned(2, false, 3);
    QVERIFY(unpinned.ok());
    QVERIFY(DispatchRepository(*m_c).assign(Slot{2, 1, at("11:00"), 0, false}, 4).ok());
    // A job in the queue cannot be pinned.
    QVERIFY(!DispatchRepository(*m_c).setPinned(1, true, 1).ok());
}

void TestDispatchRepository::statusFlowAndHistory()
{
    DispatchRepository repo(*m_c);
    int v = 1;
    for (JobStatus s : {JobStatus::Dispatched, JobStatus::EnRoute, JobStatus::OnSite, JobStatus::Completed}) {
        auto r = repo.setStatus(2, s, {}, v);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
        QCOMPARE(r.value().status, s);
        v = r.value().version;
    }
    QVERIFY(!scalar(u"SELECT completed_at FROM dispatch_jobs WHERE id = 2"_s).isEmpty());
    // Completed is final: no cancel, no move.
    auto cancel = repo.setStatus(2, JobStatus::Cancelled, u"Client absent"_s, v);
    QVERIFY(!cancel.ok());
    QVERIFY(!repo.assign(Slot{2, 1, at("11:00"), 0, false}, v).ok());
    // Cancelling needs a reason; the reason goes to the history with who did it.
    auto noReason = repo.setStatus(4, JobStatus::Cancelled, u"   "_s, 1);
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().kind, Error::Kind::Validation);
    auto cancelled = repo.setStatus(4, JobStatus::Cancelled, u"Client absent au rendez-vous"_s, 1);
    QVERIFY(cancelled.ok());
    auto h = repo.history(4);
    QVERIFY(h.ok());
    QCOMPARE(h.value().size(), 2); // created (the seed), cancelled
    QCOMPARE(h.value().last().fromStatus, u"scheduled"_s);
    QCOMPARE(h.value().last().toStatus, u"cancelled"_s);
    QCOMPARE(h.value().last().reason, u"Client absent au rendez-vous"_s);
    QCOMPARE(h.value().last().who, u"Dominique Roy"_s);
    auto h2 = repo.history(2);
    QVERIFY(h2.ok());
    QStringList path;
    for (const StatusChange &c : h2.value())
        path << c.toStatus;
    QCOMPARE(path, (QStringList{u"scheduled"_s, u"dispatched"_s, u"en_route"_s, u"on_site"_s, u"completed"_s}));
    // Unscheduled -> en route by hand is not a transition.
    QVERIFY(!repo.setStatus(1, JobStatus::EnRoute, {}, 1).ok());
}

void TestDispatchRepository::badInput()
{
    DispatchRepository repo(*m_c);
    QCOMPARE(repo.assign(Slot{999, 1, at("10:00"), 0, false}, 1).error().kind, Error::Kind::NotFound);
    QCOMPARE(repo.assign(Slot{1, 999, at("10:00"), 0, false}, 1).error().kind, Error::Kind::NotFound);
    QCOMPARE(repo.assign(Slot{1, 1, QDateTime(), 0, false}, 1).error().kind, Error::Kind::Validation);
    QCOMPARE(repo.assign(Slot{1, 1, at("10:00"), 2000, false}, 1).error().kind, Error::Kind::Validation);
    QCOMPARE(repo.setStatus(4, JobStatus::Cancelled, QString(600, u'x'), 1).error().kind, Error::Kind::Validation);
    const QDate day = QDate::fromString(QLatin1String(test::kDispatchDay), Qt::ISODate);
    QVERIFY(!repo.loadBoard(day, day.addDays(-1)).ok());
    QVERIFY(!repo.loadBoard(day, day.addDays(60)).ok());
    auto id = repo.jobIdByCode(u"dj-00003"_s);
    QVERIFY(id.ok());
    QCOMPARE(id.value(), 3);
    QCOMPARE(repo.jobIdByCode(u"'; DROP TABLE dispatch_jobs; --"_s).value(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM dispatch_jobs"_s), u"4"_s);
}

QTEST_GUILESS_MAIN(TestDispatchRepository)
#include "TestDispatchRepository.moc"
