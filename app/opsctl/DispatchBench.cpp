#include "app/opsctl/DispatchBench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QThread>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/concurrency/Async.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"
#include "core/dispatch/BoardModel.h"
#include "core/dispatch/DispatchRepository.h"
#include "core/dispatch/GreedyBaseline.h"
#include "core/dispatch/OptimizerService.h"
#include "core/dispatch/scheduling/Solver.h"
#include "core/live/ChangeFeed.h"

namespace ops {

namespace {

using dispatch::DispatchRepository;

constexpr double kLoadTargetMs = 100; // the whole board, painted; the SQL part must leave room for the paint
constexpr double kCommitTargetMs = 100;
constexpr double kSeenTargetMs = 250;
constexpr int kWaitMs = 5000;
// Issue 11: the assistant's top 5 (aim 10 ms), the optimizer's first and final plan, travel against a greedy
// nearest-feasible insertion (aim 0.70).
constexpr double kAssistantTargetMs = 50;
constexpr double kFirstPlanTargetMs = 200;
constexpr double kFinalPlanTargetMs = 2000;
constexpr double kSolveSeconds = 1.8; // the deadline given; the final plan (model, solve, diff) must be in by 2 s
constexpr double kGreedyRatioTarget = 0.80;

// The assistant, the optimizer and the greedy baseline on the day's board (no SQL: the board is loaded).
void benchOptimizer(CommandContext &ctx, const dispatch::Board &board, const QDate &day)
{
    const QDateTime now = dispatch::localDayTime(day, 0);
    dispatch::BoardModelOptions options;
    options.now = now;
    options.lunchBreak = false;
    const dispatch::BoardModel dayModel(board, day, options);
    const sched::Model &model = dayModel.model();
    qint64 working = 0;
    for (const auto &t : model.technicians)
        working += t.works ? 1 : 0;
    const QJsonObject dayInfo{{QStringLiteral("date"), day.toString(Qt::ISODate)},
        {QStringLiteral("jobs"), static_cast<qint64>(model.jobs.size())},
        {QStringLiteral("technicians_working"), working}};

    // 1. The assistant: top 5 for queue jobs and movable jobs of the day, in turn.
    QList<qint64> asked;
    for (const auto &j : model.jobs) {
        if (!j.fixed && j.currentTechnicians.empty())
            asked << j.id;
    }
    for (const auto &j : model.jobs) {
        if (!j.fixed && !j.currentTechnicians.empty() && asked.size() < 60)
            asked << j.id;
    }
    std::vector<double> assistant;
    double coldMs = 0;
    qint64 offered = 0;
    for (int i = -1; i < int(asked.size()) && !asked.isEmpty(); ++i) {
        QElapsedTimer t;
        t.start();
        auto r = dispatch::OptimizerService::rank(board, asked.at(qMax(0, i)), 5, now);
        const double ms = benchMsSince(t);
        if (i < 0) {
            coldMs = ms; // the travel matrix of the day is built once, then cached
            continue;
        }
        assistant.push_back(ms);
        offered += r.ok() ? r.value().size() : 0;
    }
    // The same after each change of the board (live updates): the day's model is built again (the travel matrix
    // comes from its cache when the points are the same).
    std::vector<double> assistantChanged;
    for (int i = 0; i < qMin(30, int(asked.size())); ++i) {
        dispatch::Board changed = board;
        changed.jobs.first().version += 1 + i;
        QElapsedTimer t;
        t.start();
        auto r = dispatch::OptimizerService::rank(changed, asked.at(i), 5, now);
        assistantChanged.push_back(benchMsSince(t));
        if (!r.ok())
            break;
    }
    QJsonObject assistantInfo = dayInfo;
    assistantInfo.insert(QStringLiteral("aim_ms"), 10);
    assistantInfo.insert(QStringLiteral("cold_ms"), qRound64(coldMs * 100) / 100.0);
    assistantInfo.insert(QStringLiteral("candidates_offered"), offered);
    assistantInfo.insert(QStringLiteral("measured"),
        QStringLiteral("OptimizerService::rank(board, job, 5) on an unchanged board (the day's model and rows "
                       "cached): the solver's ranked insertions, each re-checked with checkSlot"));
    writeBenchEntry(ctx, QStringLiteral("dispatch_assistant_top5.json"), QStringLiteral("dispatch_assistant_top5"),
        QStringLiteral("ms"), assistant, kAssistantTargetMs, assistantInfo);
    assistantInfo.insert(QStringLiteral("measured"),
        QStringLiteral("OptimizerService::rank(board, job, 5) on a board that changed since the last ask: the day's "
                       "model and its rows rebuilt, then ranked and checked"));
    writeBenchEntry(ctx, QStringLiteral("dispatch_assistant_top5_changed.json"),
        QStringLiteral("dispatch_assistant_top5_changed"), QStringLiteral("ms"), assistantChanged, kAssistantTargetMs,
        assistantInfo);

    // 2. "Optimize day": the first plan and the final one, a few seeds.
    std::vector<double> first, finalMs;
    qint64 changes = 0, unassigned = 0, boardMinutes = 0, plannedMinutes = 0;
    for (int seed = 1; seed <= 3; ++seed) {
        QElapsedTimer t;
        t.start();
        auto p = dispatch::OptimizerService::plan(board, day, false, kSolveSeconds, nullptr, std::uint64_t(seed));
        const double ms = benchMsSince(t);
        if (!p.ok())
            continue;
        first.push_back(p.value().firstPlanMs);
        finalMs.push_back(ms);
        changes = p.value().changes.size();
        unassigned = p.value().unassigned.size();
        boardMinutes = p.value().minutesBefore;
        plannedMinutes = p.value().minutesAfter;
    }
    QJsonObject firstInfo = dayInfo;
    firstInfo.insert(QStringLiteral("measured"),
        QStringLiteral("OptimizerService::plan: the construction's first feasible plan (SolveStats)"));
    writeBenchEntry(ctx, QStringLiteral("dispatch_optimizer_first_plan.json"),
        QStringLiteral("dispatch_optimizer_first_plan"), QStringLiteral("ms"), first, kFirstPlanTargetMs, firstInfo);
    QJsonObject finalInfo = dayInfo;
    finalInfo.insert(QStringLiteral("solve_seconds"), kSolveSeconds);
    finalInfo.insert(QStringLiteral("changes"), changes);
    finalInfo.insert(QStringLiteral("unassigned"), unassigned);
    finalInfo.insert(QStringLiteral("driving_minutes_board"), boardMinutes);
    finalInfo.insert(QStringLiteral("driving_minutes_planned"), plannedMinutes);
    finalInfo.insert(QStringLiteral("measured"),
        QStringLiteral("OptimizerService::plan wall time: board -> model, solve to the deadline, the diff"));
    writeBenchEntry(ctx, QStringLiteral("dispatch_optimizer_final_plan.json"),
        QStringLiteral("dispatch_optimizer_final_plan"), QStringLiteral("ms"), finalMs, kFinalPlanTargetMs, finalInfo);

    // 3. Travel against the greedy nearest-feasible insertion on the same model (no lunch break: the greedy has none).
    sched::Plan greedy = dispatch::greedyBaseline(model);
    std::string error;
    const bool greedyOk = sched::evaluate(model, greedy, &error);
    sched::SolveOptions solveOptions;
    solveOptions.seconds = kSolveSeconds;
    // The same jobs for both: those the greedy placed (and the fixed ones); the optimizer would otherwise be
    // charged for the driving to the jobs it places and the greedy leaves out.
    sched::Model same = model;
    same.jobs.clear();
    {
        std::vector<bool> left(model.jobs.size(), false);
        for (const auto &u : greedy.unassigned)
            left[std::size_t(u.job)] = true;
        for (std::size_t i = 0; i < model.jobs.size(); ++i) {
            if (!left[i])
                same.jobs.push_back(model.jobs[i]);
        }
    }
    const sched::Plan solved = sched::solve(same, solveOptions);
    // Placed = on a row (fixed ones included); per placed job, so that a plan placing fewer jobs is not "cheaper".
    const auto placedOf = [](const sched::Model &m, const sched::Plan &p) {
        return static_cast<qint64>(m.jobs.size() - p.unassigned.size());
    };
    const qint64 greedyPlaced = placedOf(model, greedy);
    const qint64 optimizerPlaced = placedOf(same, solved);
    const double greedyPerJob = greedyPlaced > 0 ? greedy.cost.travel / double(greedyPlaced) : 0;
    const double optimizerPerJob = optimizerPlaced > 0 ? solved.cost.travel / double(optimizerPlaced) : 0;
    const double ratio = greedy.cost.travel > 0 ? solved.cost.travel / greedy.cost.travel : 0;
    QJsonObject ratioInfo = dayInfo;
    ratioInfo.insert(QStringLiteral("aim"), 0.70);
    ratioInfo.insert(QStringLiteral("greedy_feasible"), greedyOk);
    ratioInfo.insert(QStringLiteral("greedy_travel_minutes"), qRound64(greedy.cost.travel));
    ratioInfo.insert(QStringLiteral("greedy_km"), qRound64(greedy.cost.distance));
    ratioInfo.insert(QStringLiteral("greedy_unassigned"), static_cast<qint64>(greedy.unassigned.size()));
    ratioInfo.insert(QStringLiteral("greedy_placed"), greedyPlaced);
    ratioInfo.insert(QStringLiteral("greedy_minutes_per_placed_job"), qRound64(greedyPerJob * 10) / 10.0);
    ratioInfo.insert(QStringLiteral("jobs_in_day"), static_cast<qint64>(model.jobs.size()));
    ratioInfo.insert(QStringLiteral("jobs_compared"), static_cast<qint64>(same.jobs.size()));
    ratioInfo.insert(QStringLiteral("optimizer_travel_minutes"), qRound64(solved.cost.travel));
    ratioInfo.insert(QStringLiteral("optimizer_km"), qRound64(solved.cost.distance));
    ratioInfo.insert(QStringLiteral("optimizer_unassigned"), static_cast<qint64>(solved.unassigned.size()));
    ratioInfo.insert(QStringLiteral("optimizer_placed"), optimizerPlaced);
    ratioInfo.insert(QStringLiteral("optimizer_minutes_per_placed_job"), qRound64(optimizerPerJob * 10) / 10.0);
    ratioInfo.insert(QStringLiteral("ratio_per_placed_job"),
        greedyPerJob > 0 ? qRound64(optimizerPerJob / greedyPerJob * 1000) / 1000.0 : 0.0);
    ratioInfo.insert(QStringLiteral("solve_seconds"), kSolveSeconds);
    ratioInfo.insert(QStringLiteral("measured"),
        QStringLiteral("driving minutes of sched::solve over those of greedyBaseline (cheapest feasible insertion), "
                       "same day and model, on the jobs the greedy placed (the optimizer must place them too: see "
                       "optimizer_placed vs greedy_placed), no lunch break; docs/architecture.md"));
    writeBenchEntry(ctx, QStringLiteral("dispatch_optimizer_vs_greedy.json"),
        QStringLiteral("dispatch_optimizer_vs_greedy"), QStringLiteral("ratio"), {ratio}, kGreedyRatioTarget,
        ratioInfo);
}

} // namespace

int runDispatchBench(QStringList args, CommandContext &ctx)
{
    const int runs = qMax(20, takeOption(args, QStringLiteral("--runs"), QStringLiteral("40")).toInt());
    auto writer = ctx.connect(true);
    if (!writer.ok())
        return fail(ctx, writer.error());
    auto conninfo = ctx.conninfo();
    if (!conninfo.ok())
        return fail(ctx, conninfo.error());
    DispatchRepository repo(*writer.value());

    // The busiest day of the coming week (the demo seed fills the days around its "today").
    const QDate today = dispatch::localDay(QDateTime::currentDateTimeUtc());
    auto busiest = repo.busiestDay(today, today.addDays(7));
    if (!busiest.ok())
        return fail(ctx, busiest.error());
    const QDate day = busiest.value();

    // 1. The board's data for one day (what the GUI loads before painting).
    std::vector<double> load;
    qsizetype jobsOnBoard = 0, technicians = 0;
    dispatch::Board board;
    for (int i = -2; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto b = repo.loadBoard(day, day);
        const double ms = benchMsSince(t);
        if (!b.ok())
            return fail(ctx, b.error());
        if (i >= 0)
            load.push_back(ms);
        jobsOnBoard = b.value().jobs.size();
        technicians = b.value().technicians.size();
        board = std::move(b).value();
    }
    writeBenchEntry(ctx, QStringLiteral("dispatch_board_load_sql.json"), QStringLiteral("dispatch_board_load_sql"),
        QStringLiteral("ms"), load, kLoadTargetMs,
        QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("jobs"), static_cast<qint64>(jobsOnBoard)},
            {QStringLiteral("technicians"), static_cast<qint64>(technicians)},
            {QStringLiteral("measured"), QStringLiteral("DispatchRepository::loadBoard for one day, 5 round trips")}});

    benchOptimizer(ctx, board, day);

    // The jobs to write: scheduled on that day, not pinned, whose own slot passes the rules (a write that would be
    // refused measures nothing).
    QList<dispatch::Job> movable;
    const dispatch::BoardIndex index(board);
    for (const dispatch::Job &j : std::as_const(board.jobs)) {
        if (j.status != dispatch::JobStatus::Scheduled || j.pinned || !j.leadTechnicianId)
            continue;
        const dispatch::Slot slot{j.id, j.leadTechnicianId, j.start, j.durationMin, false};
        if (dispatch::checkSlot(board, index, slot).allowed())
            movable.append(j);
        if (movable.size() >= 40)
            break;
    }
    if (movable.isEmpty())
        return fail(ctx,
            Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("opsctl", "bench dispatch needs scheduled jobs (run demo seed first).")));

    // 2 and 3. A write (the drop) committed, and seen by another board: a listener on its own connection, the GUI
    // feed, and the re-read of the changed job on a DB executor (what a board does on ops_change).
    db::PgListener listener(conninfo.value());
    live::ChangeFeed feed;
    QObject::connect(
        &listener, &db::PgListener::notified, &feed, &live::ChangeFeed::onNotification, Qt::QueuedConnection);
    DbExecutor executor(conninfo.value(), 1);
    QObject context;
    if (auto started = benchStartChangeListener(listener); !started.ok())
        return fail(ctx, started.error());
    QElapsedTimer clock;
    qint64 watched = 0;
    double seenAt = -1;
    QObject::connect(&feed, &live::ChangeFeed::changed, &context, [&](const live::Change &change) {
        if (change.table != QLatin1String("dispatch_jobs") || !change.touches(watched) || seenAt >= 0)
            return;
        runThen(executor.run([id = watched](db::PgConnection &c) { return DispatchRepository(c).jobs({id}); }),
            &context, [&](const Result<QList<dispatch::Job>> &r) {
                if (r.ok())
                    seenAt = benchMsSince(clock);
            });
    });
    std::vector<double> commit, seen;
    Status status = success();
    QHash<qint64, int> versions;
    for (const auto &j : std::as_const(movable))
        versions.insert(j.id, j.version);
    for (int i = -2; i < runs; ++i) {
        const dispatch::Job &j = movable.at((i + 2) % movable.size());
        watched = j.id;
        seenAt = -1;
        clock.start();
        // The same slot, as a resize to the same length: the full write path (lock, version, rules, update).
        auto r =
            repo.assign(dispatch::Slot{j.id, j.leadTechnicianId, j.start, j.durationMin, false}, versions.value(j.id));
        const double committed = benchMsSince(clock);
        if (!r.ok()) {
            status = r.error();
            break;
        }
        versions[j.id] = r.value().version;
        if (!benchSpin([&] { return seenAt >= 0; }, kWaitMs)) {
            status = Error::make(Error::Kind::Unavailable,
                QCoreApplication::translate("opsctl", "run %1: no change notification within %2 ms")
                    .arg(i)
                    .arg(kWaitMs));
            break;
        }
        if (i >= 0) {
            commit.push_back(committed);
            seen.push_back(seenAt);
        }
        QThread::msleep(20);
    }
    listener.stop();
    executor.shutdown();
    if (!status.ok())
        return fail(ctx, status.error());
    writeBenchEntry(ctx, QStringLiteral("dispatch_commit.json"), QStringLiteral("dispatch_commit"),
        QStringLiteral("ms"), commit, kCommitTargetMs,
        QJsonObject{{QStringLiteral("measured"),
            QStringLiteral("DispatchRepository::assign round trip: technician lock, version check, rules re-checked "
                           "from the database, update, job re-read, commit")}});
    writeBenchEntry(ctx, QStringLiteral("dispatch_move_seen.json"), QStringLiteral("dispatch_move_seen"),
        QStringLiteral("ms"), seen, kSeenTargetMs,
        QJsonObject{{QStringLiteral("coalesce_ms"), feed.coalesceMs()},
            {QStringLiteral("measured"),
                QStringLiteral("assign committed on connection A -> ChangeFeed::changed on the listener's connection "
                               "-> the moved job re-read")}});
    return 0;
}

} // namespace ops
