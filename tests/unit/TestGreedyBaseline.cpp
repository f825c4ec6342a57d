// The greedy nearest-feasible insertion baseline (the yardstick of the "travel vs greedy" benchmark) on small hand-made
// models: each job goes to its cheapest feasible position in any row (before later visits too, not only at the end),
// urgent jobs first; it honours the hard rules (checked by the solver's own evaluate()), plans around fixed visits,
// and leaves out what nobody can do, with the reason.
#include <QTest>

#include "core/dispatch/GreedyBaseline.h"

using namespace ops;
using namespace ops::sched;

namespace {

// Points on a line, 1 unit of time and distance apart: depot 0, then 1..n.
Model line(int n)
{
    Model m;
    m.travel = TravelMatrix(n + 1);
    for (int a = 0; a <= n; ++a) {
        for (int b = 0; b <= n; ++b)
            m.travel.set(a, b, std::abs(a - b) * 10.0, std::abs(a - b) * 1.0);
    }
    Technician t;
    t.id = 1;
    t.shiftStart = 0;
    t.shiftEnd = 600;
    t.tags = {TagLevel{7, 3}};
    m.technicians.push_back(t);
    for (int i = 1; i <= n; ++i) {
        Job j;
        j.id = 100 + i;
        j.node = i;
        j.duration = 10;
        m.jobs.push_back(j);
    }
    return m;
}

std::vector<std::int64_t> order(const Model &m, const Route &r)
{
    std::vector<std::int64_t> out;
    for (const Visit &v : r.visits)
        out.push_back(m.jobs[std::size_t(v.job)].id);
    return out;
}

} // namespace

class TestGreedyBaseline : public QObject
{
    Q_OBJECT

private slots:
    void cheapestInsertionOnALine()
    {
        Model m = line(4);
        std::swap(m.jobs[0], m.jobs[3]); // the order of the list does not matter
        Plan p = ops::dispatch::greedyBaseline(m);
        QCOMPARE(p.routes.size(), std::size_t(1));
        // Every job on the one row, for no more driving than out to the farthest and back (several orders do that).
        QCOMPARE(p.routes[0].visits.size(), std::size_t(4));
        QVERIFY(p.unassigned.empty());
        QCOMPARE(p.cost.distance, 8.0); // out to 4 and back
        QCOMPARE(p.cost.travel, 80.0);
        std::string error;
        QVERIFY2(evaluate(m, p, &error), error.c_str());
        QCOMPARE(p.cost.travel, 80.0);
    }

    void hardRules()
    {
        Model m = line(4);
        m.jobs[1].required = {TagLevel{7, 4}}; // 102: nobody is level 4
        m.jobs[2].earliest = 0;
        m.jobs[2].latest = 5; // 103: cannot be reached by minute 5
        m.technicians[0].unavailable = {Interval{0, 45}}; // no driving or work before 45
        Plan p = ops::dispatch::greedyBaseline(m);
        QCOMPARE(order(m, p.routes[0]), (std::vector<std::int64_t>{101, 104}));
        QCOMPARE(p.unassigned.size(), std::size_t(2));
        QVERIFY(p.routes[0].visits[0].start >= 55); // leaves at 45, 10 minutes of driving
        std::string error;
        QVERIFY2(evaluate(m, p, &error), error.c_str());
    }

    void aroundFixedVisits()
    {
        Model m = line(4);
        // 104 is fixed at minute 100: only what fits before it (with the drive to it) goes first.
        m.jobs[3].fixed = true;
        m.jobs[3].fixedTechnicians = {1};
        m.jobs[3].fixedStart = 100;
        Plan p = ops::dispatch::greedyBaseline(m);
        const auto o = order(m, p.routes[0]);
        QCOMPARE(o.size(), std::size_t(4));
        for (const Visit &v : p.routes[0].visits) {
            if (m.jobs[std::size_t(v.job)].id == 104)
                QCOMPARE(v.start, 100.0);
        }
        std::string error;
        QVERIFY2(evaluate(m, p, &error), error.c_str());
    }

    // A job whose window closes early goes before a visit already placed later in the day: appending at the end only
    // (the old baseline) left it out.
    void insertsBeforeLaterVisits()
    {
        Model m = line(2);
        m.jobs[0].earliest = 400; // 101 (10 min away): late in the day
        m.jobs[0].latest = 400;
        m.jobs[1].latest = 100; // 102 (20 min away): early
        Plan p = ops::dispatch::greedyBaseline(m);
        QVERIFY(p.unassigned.empty());
        QCOMPARE(order(m, p.routes[0]), (std::vector<std::int64_t>{102, 101}));
        QVERIFY(p.routes[0].visits[0].start <= 100);
        QCOMPARE(p.routes[0].visits[1].start, 400.0);
        std::string error;
        QVERIFY2(evaluate(m, p, &error), error.c_str());
    }

    // Between two rows, the job goes where it adds the least driving, not to the row that is nearest at its end.
    void cheapestRowWins()
    {
        Model m = line(6);
        Technician second = m.technicians[0];
        second.id = 2;
        second.startNode = 6;
        second.endNode = 6;
        m.technicians.push_back(second);
        // Model order: 101 (node 1, next to the first home) then 105 (node 5, next to the second's).
        m.jobs = {m.jobs[0], m.jobs[4]};
        Plan p = ops::dispatch::greedyBaseline(m);
        QVERIFY(p.unassigned.empty());
        QCOMPARE(order(m, p.routes[0]), (std::vector<std::int64_t>{101}));
        QCOMPARE(order(m, p.routes[1]), (std::vector<std::int64_t>{105}));
        QCOMPARE(p.cost.travel, 40.0); // 0 -> 1 -> 0 and 6 -> 5 -> 6
    }

    // When only one of two jobs fits, the urgent one gets the slot whatever the list's order.
    void urgentFirst()
    {
        Model m = line(1);
        m.technicians[0].shiftEnd = 60;
        Job other = m.jobs[0];
        other.id = 102;
        m.jobs[0].duration = 30;
        m.jobs[0].priority = 5;
        other.duration = 30;
        other.priority = 1;
        m.jobs.push_back(other);
        Plan p = ops::dispatch::greedyBaseline(m);
        QCOMPARE(order(m, p.routes[0]), (std::vector<std::int64_t>{102}));
        QCOMPARE(p.unassigned.size(), std::size_t(1));
        QCOMPARE(m.jobs[std::size_t(p.unassigned[0].job)].id, std::int64_t(101));
        QCOMPARE(p.unassigned[0].reason, Reason::NoTimeFits);
        QCOMPARE(p.cost.unassigned, m.objective.unassignedWeight[4]);
    }

    // Nobody qualified: left out with that reason, never forced onto a row.
    void reasonOfTheLeftOut()
    {
        Model m = line(2);
        m.jobs[1].required = {TagLevel{9, 1}};
        Plan p = ops::dispatch::greedyBaseline(m);
        QCOMPARE(p.unassigned.size(), std::size_t(1));
        QCOMPARE(p.unassigned[0].reason, Reason::NoQualifiedTechnician);
    }
};

QTEST_GUILESS_MAIN(TestGreedyBaseline)
#include "TestGreedyBaseline.moc"
