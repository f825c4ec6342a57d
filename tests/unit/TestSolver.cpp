// The scheduling library's solver (issue 11) on small crafted models: every hard rule, the unassigned reasons, fixed
// and crew jobs, determinism for a seed, cancel, currentPlan, rankCandidates; and a Solomon instance read and solved.
#include <atomic>

#include <QTest>

#include "core/dispatch/scheduling/Solomon.h"
#include "core/dispatch/scheduling/Solver.h"

using namespace ops::sched;

namespace {

// Nodes on a line, 10 minutes apart: node i at x = 10 i.
TravelMatrix line(int nodes)
{
    std::vector<XY> points;
    for (int i = 0; i < nodes; ++i) {
        points.push_back({10.0 * i, 0});
    }
    return TravelMatrix::euclidean(points);
}

Technician tech(std::int64_t id, std::vector<TagLevel> tags = {})
{
    Technician t;
    t.id = id;
    t.startNode = 0;
    t.endNode = 0;
    t.departEarliest = 480;
    t.shiftStart = 480;
    t.shiftEnd = 1020;
    t.tags = std::move(tags);
    return t;
}

Job job(std::int64_t id, int node, double duration = 30)
{
    Job j;
    j.id = id;
    j.node = node;
    j.duration = duration;
    return j;
}

const Route *routeOf(const Plan &plan, int technician)
{
    for (const Route &r : plan.routes) {
        if (r.technician == technician) {
            return &r;
        }
    }
    return nullptr;
}

const Visit *visitOf(const Plan &plan, int jobIndex, int *technician = nullptr)
{
    for (const Route &r : plan.routes) {
        for (const Visit &v : r.visits) {
            if (v.job == jobIndex) {
                if (technician) {
                    *technician = r.technician;
                }
                return &v;
            }
        }
    }
    return nullptr;
}

Reason reasonOf(const Plan &plan, int jobIndex)
{
    for (const Unassigned &u : plan.unassigned) {
        if (u.job == jobIndex) {
            return u.reason;
        }
    }
    return Reason(255);
}

SolveOptions quick(std::uint64_t seed = 1)
{
    SolveOptions o;
    o.seconds = 30; // bounded by the iterations
    o.seed = seed;
    o.maxIterations = 300;
    return o;
}

QString routesText(const Plan &plan)
{
    QString s;
    for (const Route &r : plan.routes) {
        s += QString::number(r.technician) + u':';
        for (const Visit &v : r.visits) {
            s += u' ' + QString::number(v.job) + u'@' + QString::number(v.start, 'f', 3);
        }
        s += u'\n';
    }
    return s;
}

} // namespace

class TestSolver : public QObject
{
    Q_OBJECT

private slots:
    void reasonCodesAreStable()
    {
        QCOMPARE(std::string(reasonCode(Reason::NoQualifiedTechnician)), std::string("no_qualified_technician"));
        QCOMPARE(std::string(reasonCode(Reason::OutsideRegions)), std::string("outside_regions"));
        QCOMPARE(std::string(reasonCode(Reason::NoTechnicianWorking)), std::string("no_technician_working"));
        QCOMPARE(std::string(reasonCode(Reason::NoTimeFits)), std::string("no_time_fits"));
        QCOMPARE(std::string(reasonCode(Reason::CrewUnavailable)), std::string("crew_unavailable"));
        QCOMPARE(std::string(reasonCode(Reason::Capacity)), std::string("capacity"));
    }

    void skillsRegionsAndWorkDaysDecideWhoGetsTheJob()
    {
        Model m;
        m.travel = line(6);
        m.technicians = {tech(10, {{1, 2}}), tech(11, {{1, 4}, {7, 1}}), tech(12, {{1, 5}, {7, 1}})};
        m.technicians[2].works = false;
        m.jobs = {job(100, 1), job(101, 2), job(102, 3)};
        m.jobs[0].required = {{1, 3}}; // level 3: only 11 (12 does not work)
        m.jobs[1].region = 7; // region 7: 11 (12 does not work)
        m.jobs[2].required = {{1, 2}}; // anyone working
        const Plan plan = solve(m, quick());
        QVERIFY(plan.unassigned.empty());
        int t = -1;
        QVERIFY(visitOf(plan, 0, &t));
        QCOMPARE(t, 1);
        QVERIFY(visitOf(plan, 1, &t));
        QCOMPARE(t, 1);
        QVERIFY(!routeOf(plan, 2)); // no route for a technician who does not work
        Plan copy = plan;
        std::string error;
        QVERIFY2(evaluate(m, copy, &error), error.c_str());
    }

    void unassignedReasonsSayWhy()
    {
        Model m;
        m.travel = line(6);
        m.technicians = {tech(10, {{1, 3}, {7, 1}}), tech(11, {{2, 1}})};
        m.technicians[1].works = false;
        m.technicians[0].capacity = 10;
        m.jobs = {job(100, 1), job(101, 1), job(102, 1), job(103, 5), job(104, 1), job(105, 1)};
        m.jobs[0].required = {{9, 1}}; // nobody has tag 9
        m.jobs[1].required = {{1, 1}};
        m.jobs[1].region = 8; // the qualified one is not in region 8
        m.jobs[2].required = {{2, 1}}; // only 11, who does not work
        m.jobs[3].latest = 485; // cannot be reached by 485 (50 minutes away)
        m.jobs[4].crewSize = 2; // one technician works
        m.jobs[5].demand = 20; // over the capacity of 10
        const Plan plan = solve(m, quick());
        QCOMPARE(int(plan.unassigned.size()), 6);
        QCOMPARE(reasonOf(plan, 0), Reason::NoQualifiedTechnician);
        QCOMPARE(reasonOf(plan, 1), Reason::OutsideRegions);
        QCOMPARE(reasonOf(plan, 2), Reason::NoTechnicianWorking);
        QCOMPARE(reasonOf(plan, 3), Reason::NoTimeFits);
        QCOMPARE(reasonOf(plan, 4), Reason::CrewUnavailable);
        QCOMPARE(reasonOf(plan, 5), Reason::Capacity);
    }

    void windowsShiftAbsencesAndBreaksAreHonoured()
    {
        Model m;
        m.travel = line(6);
        Technician t = tech(10);
        t.unavailable = {{600, 660}}; // 10:00-11:00
        t.breaks = {{690, 780, 30}}; // lunch 30 min starting 11:30-13:00
        t.returnBy = 1020;
        m.technicians = {t};
        for (int i = 0; i < 8; ++i) {
            Job j = job(100 + i, 1 + i % 5, 45);
            j.earliest = 480 + 30 * i;
            j.latest = 480 + 30 * i + 200;
            m.jobs.push_back(j);
        }
        const Plan plan = solve(m, quick());
        const Route *r = routeOf(plan, 0);
        QVERIFY(r);
        QVERIFY(!r->visits.empty());
        double prevEnd = t.departEarliest;
        int prevNode = t.startNode;
        for (const Visit &v : r->visits) {
            const Job &j = m.jobs[std::size_t(v.job)];
            const double tau = m.travel.time(prevNode, j.node);
            QVERIFY(v.start >= j.earliest - 1e-9);
            QVERIFY(v.start <= j.latest + 1e-9);
            QVERIFY(v.start >= prevEnd + tau - 1e-9);
            QVERIFY(v.start + j.duration <= t.shiftEnd + 1e-9);
            // The visit and the travel into it miss the absence.
            QVERIFY(v.start + j.duration <= 600 + 1e-9 || v.start - tau >= 660 - 1e-9);
            prevEnd = v.start + j.duration;
            prevNode = j.node;
        }
        QVERIFY(r->end <= t.returnBy + 1e-9);
        QCOMPARE(int(r->breakStarts.size()), 1);
        const double bs = r->breakStarts[0];
        QVERIFY(bs >= 690 - 1e-9 && bs <= 780 + 1e-9);
        for (const Visit &v : r->visits) { // the lunch overlaps no visit
            const double e = v.start + m.jobs[std::size_t(v.job)].duration;
            QVERIFY(bs + 30 <= v.start + 1e-9 || bs >= e - 1e-9);
        }
        Plan copy = plan;
        std::string error;
        QVERIFY2(evaluate(m, copy, &error), error.c_str());
    }

    void capacityIsHonoured()
    {
        Model m;
        m.travel = line(6);
        m.technicians = {tech(10), tech(11)};
        m.technicians[0].capacity = 50;
        m.technicians[1].capacity = 50;
        for (int i = 0; i < 6; ++i) {
            Job j = job(100 + i, 1 + i % 5, 10);
            j.demand = 20;
            m.jobs.push_back(j);
        }
        const Plan plan = solve(m, quick());
        QCOMPARE(int(plan.unassigned.size()), 2); // 2 × 50 carries 4 of the 6
        for (const Route &r : plan.routes) {
            QVERIFY(r.load <= 50 + 1e-9);
        }
    }

    void fixedJobsNeverMoveAndCrewsShareAStart()
    {
        Model m;
        m.travel = line(6);
        m.technicians = {tech(10), tech(11), tech(12)};
        Job fixedJob = job(100, 3, 60);
        fixedJob.fixed = true;
        fixedJob.fixedTechnicians = {11};
        fixedJob.fixedStart = 600;
        Job crew = job(101, 2, 60);
        crew.crewSize = 2;
        crew.earliest = 540;
        crew.latest = 700;
        m.jobs = {fixedJob, crew, job(102, 1), job(103, 4), job(104, 5)};
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            const Plan plan = solve(m, quick(seed));
            int t = -1;
            const Visit *v = visitOf(plan, 0, &t);
            QVERIFY(v);
            QCOMPARE(t, 1);
            QCOMPARE(v->start, 600.0);
            std::vector<double> starts;
            for (const Route &r : plan.routes) {
                for (const Visit &w : r.visits) {
                    if (w.job == 1) {
                        starts.push_back(w.start);
                    }
                }
            }
            QCOMPARE(int(starts.size()), 2);
            QCOMPARE(starts[0], starts[1]);
            QVERIFY(plan.unassigned.empty());
            Plan copy = plan;
            std::string error;
            QVERIFY2(evaluate(m, copy, &error), error.c_str());
        }
    }

    void aFixedJobThatBreaksARuleIsKeptButNothingIsAddedBeforeIt()
    {
        Model m;
        m.travel = line(6);
        m.technicians = {tech(10)};
        Job fixedJob = job(100, 5, 60);
        fixedJob.fixed = true;
        fixedJob.fixedTechnicians = {10};
        fixedJob.fixedStart = 470; // before the shift and unreachable from the start (50 minutes away)
        m.jobs = {fixedJob, job(101, 1, 10)};
        m.jobs[1].latest = 500; // would only fit before the fixed job
        const Plan plan = solve(m, quick());
        QVERIFY(visitOf(plan, 0));
        QCOMPARE(visitOf(plan, 0)->start, 470.0);
        QVERIFY(!visitOf(plan, 1));
        QCOMPARE(reasonOf(plan, 1), Reason::NoTimeFits);
    }

    void deterministicForASeed()
    {
        SolomonInstance inst;
        std::string error;
        const std::string dir = qEnvironmentVariable("OPS_SOURCE_DIR").toStdString() + "/tests/data/solomon/";
        QVERIFY2(readSolomon(dir + "R101.txt", inst, error), error.c_str());
        SolveOptions o = quick(42);
        o.maxIterations = 500;
        const Plan a = solve(inst.model, o);
        const Plan b = solve(inst.model, o);
        QCOMPARE(routesText(a), routesText(b));
        o.seed = 43;
        const Plan c = solve(inst.model, o);
        QVERIFY(c.unassigned.empty());
    }

    void solomonInstanceReadAndSolved()
    {
        SolomonInstance inst;
        std::string error;
        const std::string dir = qEnvironmentVariable("OPS_SOURCE_DIR").toStdString() + "/tests/data/solomon/";
        QVERIFY2(readSolomon(dir + "C101.txt", inst, error), error.c_str());
        QCOMPARE(inst.name, std::string("C101"));
        QCOMPARE(inst.vehicles, 25);
        QCOMPARE(inst.capacity, 200.0);
        QCOMPARE(int(inst.model.jobs.size()), 100);
        QCOMPARE(int(inst.model.technicians.size()), 25);
        QCOMPARE(inst.model.jobs[0].id, std::int64_t(1));
        QCOMPARE(inst.model.jobs[0].earliest, 912.0);
        QCOMPARE(inst.model.jobs[0].latest, 967.0);
        QCOMPARE(inst.model.jobs[0].duration, 90.0);
        QCOMPARE(inst.model.technicians[0].returnBy, 1236.0);
        QVERIFY(inst.model.objective.minimizeVehicles);
        SolveOptions o = quick(3);
        o.maxIterations = 3000;
        const Plan plan = solve(inst.model, o);
        QVERIFY(plan.unassigned.empty());
        QVERIFY(plan.cost.vehicles <= 11); // best known: 10
        QVERIFY(plan.cost.distance < 828.94 * 1.10);
        Plan copy = plan;
        QVERIFY2(evaluate(inst.model, copy, &error), error.c_str());
        QCOMPARE(copy.cost.distance, plan.cost.distance);

        QVERIFY(!readSolomon(dir + "missing.txt", inst, error));
    }

    void cancelReturnsAFeasiblePlan()
    {
        SolomonInstance inst;
        std::string error;
        const std::string dir = qEnvironmentVariable("OPS_SOURCE_DIR").toStdString() + "/tests/data/solomon/";
        QVERIFY(readSolomon(dir + "R201.txt", inst, error));
        std::atomic<bool> cancel{true};
        SolveOptions o;
        o.seconds = 60;
        o.cancel = &cancel;
        SolveStats stats;
        const Plan plan = solve(inst.model, o, &stats);
        QVERIFY(stats.cancelled);
        QVERIFY(stats.iterations <= 1);
        Plan copy = plan;
        QVERIFY2(evaluate(inst.model, copy, &error), error.c_str());
    }

    void evaluateRejectsABrokenPlan()
    {
        Model m;
        m.travel = line(6);
        m.technicians = {tech(10, {{1, 1}}), tech(11)};
        m.jobs = {job(100, 1), job(101, 2)};
        m.jobs[0].required = {{1, 2}};
        Plan plan = solve(m, quick());
        std::string error;
        QVERIFY(evaluate(m, plan, &error));
        // Job 0 on technician 1 (not qualified).
        Plan bad;
        bad.routes = {Route{}, Route{}};
        bad.routes[0].technician = 0;
        bad.routes[1].technician = 1;
        bad.routes[1].visits = {{0, 0, 0}};
        QVERIFY(!evaluate(m, bad, &error));
        // A window missed.
        Plan late;
        late.routes = {Route{}};
        m.jobs[1].latest = 481;
        late.routes[0].technician = 1;
        late.routes[0].visits = {{1, 0, 0}};
        QVERIFY(!evaluate(m, late, &error));
    }

    void currentPlanKeepsValidPlacementsOnly()
    {
        Model m;
        m.travel = line(6);
        m.technicians = {tech(10, {{1, 1}}), tech(11)};
        Job fixedJob = job(100, 3, 60);
        fixedJob.fixed = true;
        fixedJob.fixedTechnicians = {11};
        fixedJob.fixedStart = 600;
        Job ok = job(101, 1, 30);
        ok.currentTechnicians = {10};
        ok.currentStart = 700;
        Job wrongTech = job(102, 2, 30);
        wrongTech.required = {{1, 1}};
        wrongTech.currentTechnicians = {11};
        wrongTech.currentStart = 500;
        Job queued = job(103, 4, 30);
        m.jobs = {fixedJob, ok, wrongTech, queued};
        const Plan plan = currentPlan(m);
        int t = -1;
        QVERIFY(visitOf(plan, 0, &t));
        QCOMPARE(t, 1);
        QCOMPARE(visitOf(plan, 0)->start, 600.0);
        QVERIFY(visitOf(plan, 1, &t));
        QCOMPARE(t, 0);
        QVERIFY(!visitOf(plan, 2));
        QVERIFY(!visitOf(plan, 3));
        QCOMPARE(int(plan.unassigned.size()), 2);
    }

    void warmStartNeverPlacesFewerThanTheBoard()
    {
        // An overloaded day: the optimized plan becomes the board's current placements; a short solve from them
        // must not leave more unassigned (by weight) than the board has.
        Model m;
        std::vector<XY> points;
        for (int i = 0; i < 41; ++i) {
            points.push_back({double((i * 37) % 61), double((i * 53) % 47)});
        }
        m.travel = TravelMatrix::euclidean(points);
        m.technicians = {tech(10), tech(11)};
        m.technicians[0].shiftEnd = 760;
        m.technicians[1].shiftEnd = 760;
        for (int i = 1; i < 41; ++i) {
            Job j = job(100 + i, i, 25);
            j.earliest = 480 + (i * 29) % 200;
            j.latest = j.earliest + 60;
            j.priority = 1 + i % 5;
            m.jobs.push_back(j);
        }
        SolveOptions o = quick(5);
        o.maxIterations = 20000;
        const Plan board = solve(m, o);
        QVERIFY(!board.unassigned.empty()); // overloaded
        for (const Route &r : board.routes) {
            for (const Visit &v : r.visits) {
                m.jobs[std::size_t(v.job)].currentTechnicians = {m.technicians[std::size_t(r.technician)].id};
                m.jobs[std::size_t(v.job)].currentStart = v.start;
            }
        }
        const Plan current = currentPlan(m);
        QCOMPARE(current.cost.unassigned, board.cost.unassigned);
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            SolveOptions once = quick(seed);
            once.maxIterations = 1;
            const Plan plan = solve(m, once);
            QVERIFY2(plan.cost.unassigned <= current.cost.unassigned + 1e-9,
                (std::to_string(plan.cost.unassigned) + " > " + std::to_string(current.cost.unassigned)).c_str());
        }
    }

    void badNodesAndEmptyModelsAreHandled()
    {
        Model m;
        m.travel = line(4);
        m.technicians = {tech(10), tech(11)};
        m.technicians[1].startNode = 9; // outside the matrix: gets no route
        m.jobs = {job(100, 1), job(101, 7)}; // job 101's node is outside the matrix
        SolveOptions o = quick();
        SolveStats stats;
        const Plan plan = solve(m, o, &stats);
        QVERIFY(routeOf(plan, 0));
        QVERIFY(!routeOf(plan, 1));
        QVERIFY(visitOf(plan, 0));
        QVERIFY(!visitOf(plan, 1));
        QCOMPARE(int(plan.unassigned.size()), 1);
        QVERIFY(rankCandidates(m, plan, 1, 5).empty());
        const Plan current = currentPlan(m);
        QCOMPARE(int(current.routes.size()), 1);

        // Nothing to place: no search, returned at once even with a long budget.
        Model empty;
        empty.travel = line(2);
        empty.technicians = {tech(10)};
        SolveOptions longRun;
        longRun.seconds = 30;
        const Plan none = solve(empty, longRun, &stats);
        QCOMPARE(int(none.routes.size()), 1);
        QCOMPARE(stats.iterations, 0L);
    }

    void candidatesAreFeasibleAndSorted()
    {
        Model m;
        m.travel = line(8);
        m.technicians = {tech(10, {{1, 3}}), tech(11, {{1, 1}}), tech(12, {{1, 5}})};
        m.technicians[2].breaks = {{690, 750, 30}};
        for (int i = 0; i < 9; ++i) {
            m.jobs.push_back(job(100 + i, 1 + i % 7, 40));
        }
        Job target = job(200, 4, 30);
        target.required = {{1, 2}};
        m.jobs.push_back(target);
        const int targetIndex = int(m.jobs.size()) - 1;
        m.jobs[std::size_t(targetIndex)].fixed = false;
        // Plan everything but the target: drop it from a solved plan.
        Model without = m;
        without.jobs[std::size_t(targetIndex)].required = {{99, 1}}; // nobody: stays unassigned
        const Plan plan = solve(without, quick());
        const std::vector<Candidate> cands = rankCandidates(m, plan, targetIndex, 5);
        QVERIFY(!cands.empty());
        QVERIFY(int(cands.size()) <= 5);
        for (std::size_t i = 0; i < cands.size(); ++i) {
            const Candidate &c = cands[i];
            QVERIFY(c.technician != 1); // level 1 < 2
            if (i > 0) {
                QVERIFY(cands[i - 1].cost <= c.cost);
            }
            QCOMPARE(c.skillMargin, c.technician == 0 ? 1 : 3);
            // Inserting it there keeps the plan valid, with no other visit moved.
            Plan with = plan;
            for (Route &r : with.routes) {
                if (r.technician == c.technician) {
                    r.visits.insert(r.visits.begin() + c.position, Visit{targetIndex, c.start, c.start});
                }
            }
            std::erase_if(with.unassigned, [&](const Unassigned &u) { return u.job == targetIndex; });
            std::string error;
            Plan check = with;
            QVERIFY2(evaluate(m, check, &error), error.c_str());
            for (std::size_t r = 0; r < plan.routes.size(); ++r) {
                for (const Visit &v : plan.routes[r].visits) {
                    const Visit *after = visitOf(check, v.job);
                    QVERIFY(after);
                    QCOMPARE(after->start, v.start);
                }
            }
            QCOMPARE(visitOf(check, targetIndex)->start, c.start);
        }
    }
};

QTEST_GUILESS_MAIN(TestSolver)
#include "TestSolver.moc"
