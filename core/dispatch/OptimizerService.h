#pragma once

#include <cstdint>
#include <memory>

#include "core/dispatch/OptimizerApi.h"

class QThreadPool;

namespace ops {
class DbExecutor;
}

namespace ops::dispatch {

class TravelSource;
struct TravelConfig;

// OptimizerApi over PostgreSQL: the day is loaded on the DB executor, the model built and solved on the CPU pool, the
// proposal written on the DB executor (OptimizerRepository). The synchronous pieces are public for the headless
// command and the benchmark.
class OptimizerService : public OptimizerApi
{
    Q_OBJECT
public:
    OptimizerService(DbExecutor &db, QThreadPool &cpu, QObject *parent = nullptr);

    QFuture<Result<QList<CandidateSlot>>> candidates(
        std::shared_ptr<const Board> board, qint64 jobId, int n, const QDateTime &now) override;
    QFuture<Result<DayProposal>> proposeDay(
        const QDate &day, bool restOfToday, double seconds, std::shared_ptr<std::atomic<bool>> cancel) override;
    QFuture<ApplyResult> apply(const DayProposal &proposal) override;

    // Where travel times come from for the next calls (the calls in flight keep theirs). Straight line by default.
    void configureTravel(const TravelConfig &config);
    void setTravel(std::shared_ptr<TravelSource> travel);
    std::shared_ptr<TravelSource> travel() const { return m_travel; }

    // The assistant on the calling thread: the best n slots for the job over the board's days from now on (its
    // rows as they are; every slot passes the board's rules). travel: null for the straight line.
    static Result<QList<CandidateSlot>> rank(
        const Board &board, qint64 jobId, int n, const QDateTime &now, TravelSource *travel = nullptr);
    // The optimizer on the calling thread, on a loaded board (now: the board's loadedAt). travel: null for the
    // straight line; else its matrix for the day's points (fetched or read once per point set; blocks this thread
    // while the routing server answers), the fallback and its warning in the proposal.
    static Result<DayProposal> plan(const Board &board, const QDate &day, bool restOfToday, double seconds,
        const std::atomic<bool> *cancel = nullptr, std::uint64_t seed = 1, TravelSource *travel = nullptr);

private:
    DbExecutor &m_db;
    QThreadPool &m_cpu;
    std::shared_ptr<TravelSource> m_travel;
};

} // namespace ops::dispatch
