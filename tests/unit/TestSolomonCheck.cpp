// dispatch::checkSolomonPlan, the check bench vrptw prints as `feasible`: a solved C101 passes with its vehicles and
// distance; the same plan with a customer served twice, a customer dropped, a route reversed (late), a smaller
// capacity, or an earlier depot closing time fails, each with its own problem.
#include <algorithm>
#include <cmath>

#include <QTest>

#include "core/dispatch/SolomonCheck.h"
#include "core/dispatch/scheduling/Solomon.h"
#include "core/dispatch/scheduling/Solver.h"

using namespace ops;

namespace {

bool mentions(const dispatch::SolomonCheck &c, const char *text)
{
    return std::any_of(c.problems.begin(), c.problems.end(),
        [text](const std::string &p) { return p.find(text) != std::string::npos; });
}

} // namespace

class TestSolomonCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void solvedPlanPasses();
    void brokenPlansFail();

private:
    sched::SolomonInstance m_instance;
    sched::Plan m_plan;
};

void TestSolomonCheck::initTestCase()
{
    std::string error;
    const QString path = qEnvironmentVariable("OPS_SOURCE_DIR") + QStringLiteral("/tests/data/solomon/C101.txt");
    QVERIFY2(sched::readSolomon(path.toStdString(), m_instance, error), error.c_str());
    m_instance.model.objective.minimizeVehicles = true;
    sched::SolveOptions o;
    o.seconds = 0.1;
    m_plan = sched::solve(m_instance.model, o);
}

void TestSolomonCheck::solvedPlanPasses()
{
    const dispatch::SolomonCheck c = dispatch::checkSolomonPlan(m_instance, m_plan);
    QVERIFY2(c.feasible, c.problems.empty() ? "" : c.problems.front().c_str());
    QCOMPARE(c.vehicles, m_plan.cost.vehicles);
    QVERIFY(std::fabs(c.distance - m_plan.cost.distance) < 1e-6);
    QCOMPARE(static_cast<int>(c.routes.size()), c.vehicles);
    std::size_t customers = 0;
    for (const auto &r : c.routes)
        customers += r.size();
    QCOMPARE(customers, std::size_t(100));
}

void TestSolomonCheck::brokenPlansFail()
{
    std::vector<std::size_t> used;
    for (std::size_t r = 0; r < m_plan.routes.size(); ++r)
        if (m_plan.routes[r].visits.size() >= 3)
            used.push_back(r);
    QVERIFY(used.size() >= 2);

    sched::Plan twice = m_plan;
    twice.routes[used[1]].visits.push_back(twice.routes[used[0]].visits.front());
    QVERIFY(mentions(dispatch::checkSolomonPlan(m_instance, twice), "served 2 times"));

    sched::Plan dropped = m_plan;
    dropped.routes[used[0]].visits.pop_back();
    const dispatch::SolomonCheck d = dispatch::checkSolomonPlan(m_instance, dropped);
    QVERIFY(!d.feasible);
    QVERIFY(mentions(d, "served 0 times"));

    sched::Plan reversed = m_plan;
    std::reverse(reversed.routes[used[0]].visits.begin(), reversed.routes[used[0]].visits.end());
    QVERIFY(mentions(dispatch::checkSolomonPlan(m_instance, reversed), "after its due date"));

    sched::SolomonInstance small = m_instance;
    small.capacity = 10;
    QVERIFY(mentions(dispatch::checkSolomonPlan(small, m_plan), "over the capacity"));

    sched::SolomonInstance early = m_instance;
    for (sched::Technician &t : early.model.technicians)
        t.returnBy = 300;
    QVERIFY(mentions(dispatch::checkSolomonPlan(early, m_plan), "back at the depot"));
}

QTEST_GUILESS_MAIN(TestSolomonCheck)
#include "TestSolomonCheck.moc"
