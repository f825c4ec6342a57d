#include "core/dispatch/OptimizerService.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <mutex>

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/concurrency/DbExecutor.h"
#include "core/dispatch/BoardModel.h"
#include "core/dispatch/DispatchRepository.h"
#include "core/dispatch/DispatchRules.h"
#include "core/dispatch/OptimizerRepository.h"
#include "core/dispatch/TravelSource.h"
#include "core/dispatch/scheduling/Solver.h"

namespace ops::dispatch {

namespace {

// The assistant's last few days as models, with their rows as a plan: asked again and again while the dispatcher
// goes through the queue, rebuilt only when the board changes (a digest of everything the model reads).
struct AssistantDay
{
    std::uint64_t key = 0;
    QDate day;
    std::unique_ptr<BoardModel> model;
    sched::Plan current;
};
std::mutex g_assistantMutex;
std::deque<std::unique_ptr<AssistantDay>> g_assistantDays; // most recent first

struct Digest
{
    std::uint64_t h = 1469598103934665603ULL;
    void add(std::uint64_t v)
    {
        h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h *= 1099511628211ULL;
    }
    void add(const QDateTime &t) { add(t.isValid() ? std::uint64_t(t.toMSecsSinceEpoch()) : std::uint64_t(0x5eed)); }
    void add(const QString &s) { add(std::uint64_t(qHash(s))); }
    void add(double d)
    {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        add(bits);
    }
    void add(const std::optional<GeoPoint> &p)
    {
        add(p ? p->lat : 1e9);
        add(p ? p->lon : 1e9);
    }
    void add(const QList<TagLevel> &tags)
    {
        add(std::uint64_t(tags.size()));
        for (const TagLevel &t : tags) {
            add(std::uint64_t(t.tagId));
            add(std::uint64_t(t.level));
        }
    }
};

std::uint64_t boardKey(const Board &b)
{
    Digest d;
    d.add(std::uint64_t(b.travel.roadFactorPct));
    d.add(std::uint64_t(b.travel.averageSpeedKmh));
    d.add(b.loadedAt);
    for (const Technician &t : b.technicians) {
        d.add(std::uint64_t(t.id));
        d.add(t.name);
        d.add(t.home);
        d.add(std::uint64_t(t.shiftStartMin));
        d.add(std::uint64_t(t.shiftEndMin));
        d.add(std::uint64_t(t.workDays));
        d.add(t.tags);
    }
    for (const Job &j : b.jobs) {
        d.add(std::uint64_t(j.id));
        d.add(std::uint64_t(j.version));
        d.add(std::uint64_t(j.status));
        d.add(j.start);
        d.add(std::uint64_t(j.durationMin));
        d.add(std::uint64_t(j.leadTechnicianId));
        d.add(std::uint64_t(j.crew.size()));
        for (qint64 c : j.crew)
            d.add(std::uint64_t(c));
        d.add(j.windowStart);
        d.add(j.windowEnd);
        d.add(j.point);
        d.add(std::uint64_t(j.pinned));
        d.add(std::uint64_t(j.priority));
        d.add(std::uint64_t(j.regionTagId));
        d.add(j.required);
    }
    for (const Absence &a : b.absences) {
        d.add(std::uint64_t(a.technicianId));
        d.add(a.start);
        d.add(a.end);
    }
    return d.h;
}

// Under g_assistantMutex.
AssistantDay &assistantDay(const Board &board, const QDate &day, std::uint64_t key, TravelSource *travel)
{
    constexpr std::size_t kKept = 4;
    for (auto it = g_assistantDays.begin(); it != g_assistantDays.end(); ++it) {
        if ((*it)->key == key && (*it)->day == day) {
            std::unique_ptr<AssistantDay> hit = std::move(*it);
            g_assistantDays.erase(it);
            g_assistantDays.push_front(std::move(hit));
            return *g_assistantDays.front();
        }
    }
    auto d = std::make_unique<AssistantDay>();
    d->key = key;
    d->day = day;
    BoardModelOptions options;
    options.now = board.loadedAt; // windows expire as the board's rules say (checkSlot)
    options.lunchBreak = false;
    options.driveBeforeShift = true;
    options.holdRows = true;
    if (travel)
        options.travel = [travel](const std::vector<sched::GeoPoint> &points) {
            return travel->lookup(points);
        };
    d->model = std::make_unique<BoardModel>(board, day, options);
    d->current = sched::currentPlan(d->model->model());
    g_assistantDays.push_front(std::move(d));
    while (g_assistantDays.size() > kKept)
        g_assistantDays.pop_back();
    return *g_assistantDays.front();
}

} // namespace

OptimizerService::OptimizerService(DbExecutor &db, QThreadPool &cpu, QObject *parent)
    : OptimizerApi(parent)
    , m_db(db)
    , m_cpu(cpu)
{}

QFuture<Result<QList<CandidateSlot>>> OptimizerService::candidates(
    std::shared_ptr<const Board> board, qint64 jobId, int n, const QDateTime &now)
{
    return QtConcurrent::run(
        &m_cpu, [board = std::move(board), jobId, n, now, travel = m_travel]() -> Result<QList<CandidateSlot>> {
            if (!board)
                return Error::internal(QStringLiteral("no board"));
            return rank(*board, jobId, n, now, travel.get());
        });
}

QFuture<Result<DayProposal>> OptimizerService::proposeDay(
    const QDate &day, bool restOfToday, double seconds, std::shared_ptr<std::atomic<bool>> cancel)
{
    auto load = m_db.run([day](db::PgConnection &c) { return DispatchRepository(c).loadBoard(day, day); });
    return load.then(&m_cpu,
        [day, restOfToday, seconds, cancel, travel = m_travel](const Result<Board> &board) -> Result<DayProposal> {
            if (!board.ok())
                return board.error();
            return plan(board.value(), day, restOfToday, seconds, cancel.get(), 1, travel.get());
        });
}

QFuture<ApplyResult> OptimizerService::apply(const DayProposal &proposal)
{
    return m_db.run([proposal](db::PgConnection &c) { return OptimizerRepository(c).apply(proposal); });
}

void OptimizerService::configureTravel(const TravelConfig &config)
{
    setTravel(config.mode == TravelMode::StraightLine ? nullptr : std::make_shared<TravelSource>(config));
}

void OptimizerService::setTravel(std::shared_ptr<TravelSource> travel)
{
    // The previous source's executor is joined off the GUI thread (a request may still be in flight).
    if (m_travel)
        (void)QtConcurrent::run(&m_cpu, [old = std::move(m_travel)]() mutable { old.reset(); });
    m_travel = std::move(travel);
}

Result<QList<CandidateSlot>> OptimizerService::rank(
    const Board &board, qint64 jobId, int n, const QDateTime &now, TravelSource *travel)
{
    const Job *job = board.job(jobId);
    if (!job)
        return Error::make(
            Error::Kind::NotFound, QCoreApplication::translate("ops::dispatch", "This job is no longer on the board."));
    if (n <= 0)
        return QList<CandidateSlot>();
    std::uint64_t key = boardKey(board);
    if (travel) { // another travel source, another model
        Digest d;
        d.add(key);
        d.add(travel->id());
        key = d.h;
    }
    QList<CandidateSlot> all;
    const QDate today = localDay(now);
    for (QDate day = std::max(board.from, today); day.isValid() && day <= board.to; day = day.addDays(1)) {
        QList<CandidateSlot> found;
        {
            std::lock_guard lock(g_assistantMutex);
            AssistantDay &d = assistantDay(board, day, key, travel);
            const int ji = d.model->jobIndex(jobId);
            if (ji < 0)
                continue; // not a job for that day (its window is on another one)
            // Not before now, for this job only (the rows stay as they are).
            sched::Job &sj = d.model->job(ji);
            const double earliest = sj.earliest;
            sj.earliest = std::max(earliest, d.model->minutes(now));
            // A few more than asked: every slot offered must also pass the board's own rules (checkSlot), which
            // the model approximates (e.g. a row the board accepts with a travel warning).
            const auto ranked = sched::rankCandidates(d.model->model(), d.current, ji, n * 3);
            sj.earliest = earliest;
            found = d.model->candidates(ranked);
        }
        const BoardIndex index(board);
        int kept = 0;
        for (const CandidateSlot &slot : std::as_const(found)) {
            if (!checkSlot(board, index, Slot{jobId, slot.technicianId, slot.start, 0, false}).allowed())
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
    const std::atomic<bool> *cancel, std::uint64_t seed, TravelSource *travel)
{
    BoardModelOptions options;
    if (travel)
        options.travel = [travel, cancel](const std::vector<sched::GeoPoint> &points) {
            return travel->lookup(points, cancel);
        };
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
    // Changes only for a plan strictly better than the board as it is (fewer jobs left out, less lateness, less
    // driving): re-optimizing an optimized day proposes nothing rather than a different, worse day.
    const sched::Plan current = sched::currentPlan(model.model());
    DayProposal p =
        plan.cost.better(current.cost, model.model().objective) ? model.proposal(plan) : model.unchanged(plan);
    p.firstPlanMs = stats.firstFeasibleMs;
    p.solveMs = stats.elapsedMs;
    p.cancelled = stats.cancelled;
    p.travelSource = model.travelSource();
    p.travelWarning = model.travelWarning();
    return p;
}

} // namespace ops::dispatch
