#include "core/dispatch/OptimizerService.h"

#include <algorithm>

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/concurrency/DbExecutor.h"
#include "core/dispatch/BoardModel.h"
#include "core/dispatch/DispatchRepository.h"
#include "core/dispatch/DispatchRules.h"
#include "core/dispatch/OptimizerRepository.h"
#include "core/dispatch/scheduling/Solver.h"

namespace ops::dispatch {

OptimizerService::OptimizerService(DbExecutor &db, QThreadPool &cpu, QObject *parent)
    : OptimizerApi(parent)
    , m_db(db)
    , m_cpu(cpu)
{}

QFuture<Result<QList<CandidateSlot>>> OptimizerService::candidates(
    std::shared_ptr<const Board> board, qint64 jobId, int n, const QDateTime &now)
{
    return QtConcurrent::run(&m_cpu, [board = std::move(board), jobId, n, now]() -> Result<QList<CandidateSlot>> {
        if (!board)
            return Error::internal(QStringLiteral("no board"));
        return rank(*board, jobId, n, now);
    });
}

QFuture<Result<DayProposal>> OptimizerService::proposeDay(
    const QDate &day, bool restOfToday, double seconds, std::shared_ptr<std::atomic<bool>> cancel)
{
    auto load = m_db.run([day](db::PgConnection &c) { return DispatchRepository(c).loadBoard(day, day); });
    return load.then(&m_cpu, [day, restOfToday, seconds, cancel](const Result<Board> &board) -> Result<DayProposal> {
        if (!board.ok())
            return board.error();
        return plan(board.value(), day, restOfToday, seconds, cancel.get());
    });
}

QFuture<ApplyResult> OptimizerService::apply(const DayProposal &proposal)
{
    return m_db.run([proposal](db::PgConnection &c) { return OptimizerRepository(c).apply(proposal); });
}

Result<QList<CandidateSlot>> OptimizerService::rank(const Board &board, qint64 jobId, int n, const QDateTime &now)
{
    const Job *job = board.job(jobId);
    if (!job)
        return Error::make(
            Error::Kind::NotFound, QCoreApplication::translate("ops::dispatch", "This job is no longer on the board."));
    if (n <= 0)
        return QList<CandidateSlot>();
    const BoardIndex index(board);
    QList<CandidateSlot> all;
    const QDate today = localDay(now);
    for (QDate day = std::max(board.from, today); day.isValid() && day <= board.to; day = day.addDays(1)) {
        BoardModelOptions options;
        options.now = now;
        options.lunchBreak = false;
        options.freeJob = jobId;
        const BoardModel model(board, day, options);
        const int ji = model.jobIndex(jobId);
        if (ji < 0)
            continue;
        const sched::Plan current = sched::currentPlan(model.model());
        // A few more than asked: a row the board accepts with a travel warning may be tighter in the model, and the
        // other way round; every slot offered must pass the board's own rules.
        const auto ranked = sched::rankCandidates(model.model(), current, ji, n * 3);
        int kept = 0;
        for (const CandidateSlot &slot : model.candidates(ranked)) {
            const Verdict v = checkSlot(board, index, Slot{jobId, slot.technicianId, slot.start, 0, false});
            if (!v.allowed())
                continue;
            all.append(slot);
            if (++kept == n)
                break;
        }
    }
    std::stable_sort(
        all.begin(), all.end(), [](const CandidateSlot &a, const CandidateSlot &b) { return a.cost < b.cost; });
    if (all.size() > n)
        all.resize(n);
    return all;
}

Result<DayProposal> OptimizerService::plan(const Board &board, const QDate &day, bool restOfToday, double seconds,
    const std::atomic<bool> *cancel, std::uint64_t seed)
{
    BoardModelOptions options;
    options.restOfToday = restOfToday;
    options.now = board.loadedAt;
    if (restOfToday && localDay(options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()) != day)
        return Error::make(
            Error::Kind::Validation, QCoreApplication::translate("ops::dispatch", "“Rest of today” plans today only."));
    const BoardModel model(board, day, options);
    sched::SolveOptions solve;
    solve.seconds = std::max(0.05, seconds);
    solve.seed = seed;
    solve.cancel = cancel;
    sched::SolveStats stats;
    const sched::Plan plan = sched::solve(model.model(), solve, &stats);
    DayProposal p = model.proposal(plan);
    p.firstPlanMs = stats.firstFeasibleMs;
    p.solveMs = stats.elapsedMs;
    p.cancelled = stats.cancelled;
    return p;
}

} // namespace ops::dispatch
