// The day optimizer and the assistant against a real cluster (DispatchSeed's board): OptimizerService plans the day
// (loaded on the DB executor, solved on the CPU pool) and ranks candidates; OptimizerRepository::apply writes a whole
// proposal in one transaction — all of it, or nothing when a job changed since the plan (stale, with the jobs) or when
// the server's rule check refuses; crews and jobs sent back to the queue; and `targo-opsctl dispatch optimize`
// (runDispatchOptimize, built into this test with the command-line helpers) with --json and --apply.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "app/opsctl/CommandLine.h"
#include "app/opsctl/DispatchOptimizeCommand.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/dispatch/DispatchRepository.h"
#include "core/dispatch/DispatchRules.h"
#include "core/dispatch/OptimizerRepository.h"
#include "core/dispatch/OptimizerService.h"
#include "core/dispatch/TravelSource.h"
#include "tests/support/DispatchSeed.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

const JobChange *changeOf(const DayProposal &p, qint64 jobId)
{
    for (const JobChange &c : p.changes) {
        if (c.jobId == jobId)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestOptimizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }

    void init()
    {
        m_c.reset();
        m_other.reset();
        auto db = m_cluster->freshDatabase(true);
        QVERIFY(db.ok());
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_c = std::move(c).value();
        auto o = db::PgConnection::open(m_conninfo);
        QVERIFY(o.ok());
        m_other = std::move(o).value();
        for (const char *sql : test::kDispatchSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_other.reset();
        m_cluster.reset();
    }

    void proposesTheDayAndAppliesItInOneGo()
    {
        const DayProposal p = propose();
        QVERIFY2(p.unassigned.isEmpty(), qPrintable(p.unassigned.value(0).reason));
        QCOMPARE(p.day, day());
        QVERIFY(!p.restOfToday);
        QVERIFY(p.solveMs >= p.firstPlanMs);
        // DJ-00001 (Fibre 3, Laurentides, 08:00–12:00) only Alice can do; DJ-00003 (Lanaudière) only Bruno.
        const JobChange *one = changeOf(p, 1);
        const JobChange *three = changeOf(p, 3);
        QVERIFY(one && three);
        QVERIFY(one->toLead == 1 && one->fromLead == 0 && !one->fromStart.isValid());
        QVERIFY(one->toStart >= at("08:00") && one->toStart <= at("11:00"));
        QVERIFY(three->toLead == 2);
        QCOMPARE(one->expectedVersion, 1);
        QCOMPARE(p.jobsPlaced, 4);
        int added = 0;
        for (const TechnicianDiff &d : p.technicians)
            added += int(d.added.size());
        QCOMPARE(added, 2);
        // Bruno drives to Joliette and back now.
        QVERIFY(p.kmAfter > p.kmBefore);

        const ApplyResult r = OptimizerRepository(*m_c).apply(p);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
        QCOMPARE(r.value(), int(p.changes.size()));
        for (const JobChange &c : p.changes) {
            const Job j = job(c.jobId);
            QCOMPARE(j.status, JobStatus::Scheduled);
            QCOMPARE(j.start, c.toStart);
            QCOMPARE(j.leadTechnicianId, c.toLead);
            QVERIFY(j.version > c.expectedVersion);
        }
        // Every placement passes the board's rules as it now is.
        auto board = DispatchRepository(*m_c).loadBoard(day(), day());
        QVERIFY(board.ok());
        const BoardIndex index(board.value());
        for (const Job &j : board.value().jobs) {
            QVERIFY(j.scheduled());
            const Verdict v = checkSlot(board.value(), index, Slot{j.id, j.leadTechnicianId, j.start, 0, false});
            QVERIFY2(v.allowed(), qPrintable(j.code + u": "_s + v.summary()));
        }

        // The same proposal again: every job changed since (by the first apply): stale, nothing written.
        const QString before = scalar("SELECT string_agg(id || ':' || version, ',' ORDER BY id) FROM dispatch_jobs");
        const ApplyResult again = OptimizerRepository(*m_c).apply(p);
        QVERIFY(!again.ok());
        QVERIFY(again.stale);
        QCOMPARE(again.staleJobs.size(), p.changes.size());
        QCOMPARE(scalar("SELECT string_agg(id || ':' || version, ',' ORDER BY id) FROM dispatch_jobs"), before);
    }

    void aStaleJobWritesNothing()
    {
        const DayProposal p = propose();
        QVERIFY(changeOf(p, 1) && changeOf(p, 3));
        // Another workstation edits DJ-00003 (its version moves) after the plan was made.
        auto r = m_other->exec("UPDATE dispatch_jobs SET notes = 'Sonner deux fois' WHERE id = 3");
        QVERIFY(r.ok());
        const ApplyResult a = OptimizerRepository(*m_c).apply(p);
        QVERIFY(!a.ok());
        QVERIFY(a.stale);
        QCOMPARE(a.staleJobs, QList<qint64>{3});
        QCOMPARE(a.error().kind, Error::Kind::Conflict);
        QVERIFY2(a.error().userMessage.contains(u"DJ-00003"_s), qPrintable(a.error().userMessage));
        // DJ-00001 comes first and was not stale: still not written.
        QCOMPARE(job(1).status, JobStatus::Unscheduled);
        QCOMPARE(job(1).version, 1);
        QVERIFY(!job(3).scheduled());
    }

    void aServerSideRefusalWritesNothing()
    {
        const DayProposal p = propose();
        QVERIFY(changeOf(p, 1) && changeOf(p, 3));
        // Alice falls sick after the plan: no job version moves, but the rule check inside the write refuses.
        auto r = m_other->exec("INSERT INTO technician_absences (technician_id, kind, starts_at, ends_at)"
                               " VALUES (1, 'sick', '2030-03-05 00:00-05', '2030-03-06 00:00-05')");
        QVERIFY(r.ok());
        const QString before = scalar("SELECT string_agg(id || ':' || version, ',' ORDER BY id) FROM dispatch_jobs");
        const ApplyResult a = OptimizerRepository(*m_c).apply(p);
        QVERIFY(!a.ok());
        QVERIFY(!a.stale);
        QCOMPARE(a.error().kind, Error::Kind::Validation);
        QVERIFY2(a.error().userMessage.contains(u"absent"_s), qPrintable(a.error().userMessage));
        // Bruno's DJ-00003 was written before the check ran: rolled back with the rest.
        QCOMPARE(scalar("SELECT string_agg(id || ':' || version, ',' ORDER BY id) FROM dispatch_jobs"), before);
        QVERIFY(!job(3).scheduled());
        QCOMPARE(scalar("SELECT count(*) FROM job_technicians WHERE job_id IN (1, 3)"), u"0"_s);
    }

    void restOfTodayKeepsWhatIsUnderWay()
    {
        // 10:30 on the seed day: Alice is on site at DJ-00002 (09:00–10:00, running late), her tracker says where.
        auto r = m_other->exec("UPDATE dispatch_jobs SET status = 'on_site' WHERE id = 2");
        QVERIFY(r.ok());
        r = m_other->exec("INSERT INTO gps_positions (traccar_position_id, device_id, technician_id, latitude,"
                          " longitude, fix_time) VALUES (1, 501, 1, 45.781, -74.004, '2030-03-05 10:25-05')");
        QVERIFY(r.ok());
        auto b = DispatchRepository(*m_c).loadBoard(day(), day());
        QVERIFY(b.ok());
        Board board = b.value();
        board.loadedAt = at("10:30");
        auto planned = OptimizerService::plan(board, day(), true, 0.3);
        QVERIFY2(planned.ok(), qPrintable(planned.ok() ? QString() : planned.error().userMessage));
        const DayProposal &p = planned.value();
        QVERIFY(p.restOfToday);
        QVERIFY(!changeOf(p, 2)); // on site: kept
        for (const JobChange &c : p.changes) {
            if (c.toLead)
                QVERIFY2(c.toStart >= at("10:30"), qPrintable(c.code + u" "_s + c.toStart.toString(Qt::ISODate)));
        }
        // DJ-00001's window closes at 12:00: Alice, from 10:30 to 11:00.
        const JobChange *one = changeOf(p, 1);
        QVERIFY(one && one->toLead == 1);
        QVERIFY(one->toStart >= at("10:30") && one->toStart <= at("11:00"));
        const ApplyResult a = OptimizerRepository(*m_c).apply(p);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().userMessage));
        QCOMPARE(job(2).status, JobStatus::OnSite);
        QCOMPARE(job(2).start, at("09:00"));
    }

    void handMadeProposals()
    {
        // An overlap the client did not see: refused by the server.
        DayProposal overlap;
        overlap.day = day();
        overlap.changes = {change(1, 1, {}, at("09:00"), 1)};
        const ApplyResult refused = OptimizerRepository(*m_c).apply(overlap);
        QVERIFY(!refused.ok() && !refused.stale);
        QVERIFY2(refused.error().userMessage.contains(u"DJ-00002"_s), qPrintable(refused.error().userMessage));
        QCOMPARE(job(1).status, JobStatus::Unscheduled);

        // A crew, a move to the queue, a placement: all three at once.
        DayProposal p;
        p.day = day();
        p.changes = {change(4, 1, {2}, at("13:00"), 1), change(2, 0, {}, {}, 1), change(1, 1, {}, at("08:30"), 1)};
        p.changes[1].fromLead = 1;
        p.changes[1].fromStart = at("09:00");
        const ApplyResult ok = OptimizerRepository(*m_c).apply(p);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().userMessage));
        QCOMPARE(ok.value(), 3);
        const Job crew = job(4);
        QCOMPARE(crew.leadTechnicianId, 1);
        QCOMPARE(crew.crew, QList<qint64>{2});
        QCOMPARE(crew.start, at("13:00"));
        const Job queued = job(2);
        QCOMPARE(queued.status, JobStatus::Unscheduled);
        QVERIFY(!queued.scheduled());
        QCOMPARE(queued.leadTechnicianId, 0);
        QCOMPARE(job(1).start, at("08:30"));
        QCOMPARE(job(1).status, JobStatus::Scheduled);

        // Nothing to change: nothing written.
        DayProposal empty;
        const ApplyResult none = OptimizerRepository(*m_c).apply(empty);
        QVERIFY(none.ok());
        QCOMPARE(none.value(), 0);
    }

    void assistantRanksFeasibleSlots()
    {
        auto b = DispatchRepository(*m_c).loadBoard(day(), day());
        QVERIFY(b.ok());
        auto board = std::make_shared<const Board>(b.value());
        DbExecutor executor(m_conninfo, 1);
        QThreadPool cpu;
        OptimizerService service(executor, cpu);
        auto f = service.candidates(board, 1, 5, at("06:00"));
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 30000);
        const auto r = f.result();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
        const QList<CandidateSlot> &ranked = r.value();
        QVERIFY(!ranked.isEmpty() && ranked.size() <= 5);
        const BoardIndex index(*board);
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            const CandidateSlot &s = ranked.at(i);
            QVERIFY(s.technicianId == 1); // the only one with Fibre 3 in the Laurentides
            QCOMPARE(s.technicianName, u"Alice Tremblay"_s);
            QVERIFY(checkSlot(*board, index, Slot{1, s.technicianId, s.start, 0, false}).allowed());
            if (i > 0)
                QVERIFY(ranked.at(i - 1).cost <= s.cost);
        }
        // Not before now: at 10:30 only the end of the window is left (10:30–11:00 starts).
        auto later = service.candidates(board, 1, 5, at("10:30"));
        QTRY_VERIFY_WITH_TIMEOUT(later.isFinished(), 30000);
        QVERIFY(later.result().ok());
        QVERIFY(!later.result().value().isEmpty());
        const QList<CandidateSlot> laterSlots = later.result().value(); // a copy: result() is a temporary
        for (const CandidateSlot &s : laterSlots)
            QVERIFY2(s.start >= at("10:30") && s.start <= at("11:00"), qPrintable(s.start.toString(Qt::ISODate)));
        // DJ-00003 is in Lanaudière: Bruno's.
        auto bruno = service.candidates(board, 3, 5, at("06:00"));
        QTRY_VERIFY_WITH_TIMEOUT(bruno.isFinished(), 30000);
        QVERIFY(bruno.result().ok());
        QVERIFY(!bruno.result().value().isEmpty());
        const QList<CandidateSlot> brunoSlots = bruno.result().value();
        for (const CandidateSlot &s : brunoSlots)
            QVERIFY(s.technicianId == 2);
        auto missing = service.candidates(board, 999, 5, at("06:00"));
        QTRY_VERIFY_WITH_TIMEOUT(missing.isFinished(), 30000);
        QVERIFY(!missing.result().ok());
        executor.shutdown();
    }

    void serviceProposesAndCancels()
    {
        DbExecutor executor(m_conninfo, 1);
        QThreadPool cpu;
        OptimizerService service(executor, cpu);
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        auto f = service.proposeDay(day(), false, 0.3, cancel);
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 30000);
        QVERIFY(f.result().ok());
        QVERIFY(changeOf(f.result().value(), 1));
        QVERIFY(!f.result().value().cancelled);
        QCOMPARE(f.result().value().travelSource, u"haversine"_s); // the straight line by default, nothing to say
        QVERIFY(f.result().value().travelWarning.isEmpty());
        {
            // A configured travel source reaches the solve: a matrix file that is not there falls back, and says so.
            QTemporaryDir dir;
            TravelConfig travel;
            travel.mode = TravelMode::MatrixFile;
            travel.matrixFile = dir.filePath(u"missing.matrix"_s);
            service.configureTravel(travel);
            QVERIFY(service.travel());
            auto t = service.proposeDay(day(), false, 0.2, std::make_shared<std::atomic<bool>>(false));
            QTRY_VERIFY_WITH_TIMEOUT(t.isFinished(), 30000);
            QVERIFY(t.result().ok());
            QCOMPARE(t.result().value().travelSource, u"haversine"_s);
            QVERIFY2(t.result().value().travelWarning.contains(u"could not be used"_s),
                qPrintable(t.result().value().travelWarning));
            QVERIFY(changeOf(t.result().value(), 1)); // planned all the same
            service.configureTravel(TravelConfig{});
            QVERIFY(!service.travel());
        }
        // Cancelled before it starts: a two-minute solve comes back at once with the plan so far.
        cancel->store(true);
        auto c = service.proposeDay(day(), false, 120, cancel);
        QTRY_VERIFY_WITH_TIMEOUT(c.isFinished(), 60000);
        QVERIFY(c.result().ok());
        QVERIFY(c.result().value().cancelled);
        // Rest of today is for today only.
        auto r = service.proposeDay(day(), true, 0.3, std::make_shared<std::atomic<bool>>(false));
        QTRY_VERIFY_WITH_TIMEOUT(r.isFinished(), 30000);
        QVERIFY(!r.result().ok());
        // The write goes through the service too.
        auto a = service.apply(f.result().value());
        QTRY_VERIFY_WITH_TIMEOUT(a.isFinished(), 30000);
        QVERIFY(a.result().ok());
        QCOMPARE(job(1).status, JobStatus::Scheduled);
        executor.shutdown();
    }

    void theCommand()
    {
        const QString date = QString::fromLatin1(test::kDispatchDay);
        // Usage errors: 2.
        QCOMPARE(run({}, false).code, 2);
        QCOMPARE(run({u"--date"_s, date, u"--seconds"_s, u"0"_s}, false).code, 2);
        QCOMPARE(run({u"--date"_s, u"2030-02-30"_s}, false).code, 2);

        // The proposal as JSON; nothing written without --apply.
        const Run plan = run({u"--date"_s, date, u"--seconds"_s, u"0.3"_s}, true);
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
        const QJsonObject o = plan.json();
        QCOMPARE(o.value(u"date").toString(), date);
        QCOMPARE(o.value(u"applied").toBool(true), false);
        QVERIFY(o.value(u"unassigned").toArray().isEmpty());
        QCOMPARE(o.value(u"jobs_placed").toInt(), 4);
        QVERIFY(o.contains(u"first_plan_ms"_s) && o.contains(u"solve_ms"_s) && o.contains(u"km_before"_s));
        QCOMPARE(o.value(u"technicians").toArray().size(), 2);
        bool sawOne = false;
        for (const QJsonValue &v : o.value(u"changes").toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"job").toString() != u"DJ-00001"_s)
                continue;
            sawOne = true;
            QVERIFY(c.value(u"from").toObject().value(u"technician").isNull());
            QCOMPARE(c.value(u"to").toObject().value(u"technician").toString(), u"DT-00001"_s);
            QCOMPARE(c.value(u"version").toInt(), 1);
        }
        QVERIFY(sawOne);
        QCOMPARE(job(1).status, JobStatus::Unscheduled);
        QCOMPARE(o.value(u"travel_source").toString(), u"haversine"_s);
        QVERIFY(o.value(u"travel_warning").isNull());

        // --travel FILE: a matrix file that is not there plans in a straight line all the same, and says why.
        QTemporaryDir dir;
        const Run noFile =
            run({u"--date"_s, date, u"--seconds"_s, u"0.2"_s, u"--travel"_s, dir.filePath(u"none.matrix"_s)}, true);
        QVERIFY2(noFile.code == 0, qPrintable(noFile.err));
        QCOMPARE(noFile.json().value(u"travel_source").toString(), u"haversine"_s);
        QVERIFY2(noFile.json().value(u"travel_warning").toString().contains(u"matrix file could not be used"_s),
            qPrintable(noFile.out));
        QCOMPARE(run({u"--date"_s, date, u"--travel"_s, u"straight"_s}, true).json().value(u"travel_source").toString(),
            u"haversine"_s);

        // Plain text names the jobs and technicians.
        const Run text = run({u"--date"_s, date, u"--seconds"_s, u"0.2"_s}, false);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"DJ-00001"_s) && text.out.contains(u"DT-00002"_s), qPrintable(text.out));

        // --apply: written in one go.
        const Run applied = run({u"--date"_s, date, u"--seconds"_s, u"0.3"_s, u"--apply"_s}, true);
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        QCOMPARE(applied.json().value(u"applied").toBool(), true);
        QCOMPARE(applied.json().value(u"written").toInt(), applied.json().value(u"changes").toArray().size());
        QCOMPARE(job(1).status, JobStatus::Scheduled);
        QCOMPARE(job(3).leadTechnicianId, 2);
    }

private:
    static QDate day() { return QDate::fromString(QLatin1String(test::kDispatchDay), Qt::ISODate); }

    static QDateTime at(const char *localTime)
    {
        const QTime t = QTime::fromString(QLatin1String(localTime), u"HH:mm"_s);
        return localDayTime(day(), t.hour() * 60 + t.minute());
    }

    static JobChange change(qint64 jobId, qint64 lead, QList<qint64> crew, const QDateTime &start, int version)
    {
        JobChange c;
        c.jobId = jobId;
        c.code = u"DJ-%1"_s.arg(jobId, 5, 10, QLatin1Char('0'));
        c.expectedVersion = version;
        c.toLead = lead;
        c.toCrew = std::move(crew);
        c.toStart = start;
        return c;
    }

    DayProposal propose()
    {
        auto board = DispatchRepository(*m_c).loadBoard(day(), day());
        if (!board.ok())
            return {};
        auto p = OptimizerService::plan(board.value(), day(), false, 0.3);
        return p.ok() ? p.value() : DayProposal{};
    }

    Job job(qint64 id)
    {
        auto r = DispatchRepository(*m_c).jobs({id});
        return r.ok() && !r.value().isEmpty() ? r.value().constFirst() : Job{};
    }

    QString scalar(const char *sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() && r.value().rows() ? r.value().text(0, 0) : u"<error>"_s;
    }

    Run run(const QStringList &args, bool json)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        const QString conninfo = m_conninfo;
        CommandContext ctx{json, conninfo, QString(), out, err,
            [conninfo](bool) { return db::PgConnection::open(conninfo); },
            [conninfo] {
                return Result<QString>(conninfo);
            }};
        r.code = runDispatchOptimize(args, ctx);
        out.flush();
        err.flush();
        return r;
    }

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    std::unique_ptr<db::PgConnection> m_other;
};

QTEST_GUILESS_MAIN(TestOptimizer)
#include "TestOptimizer.moc"
