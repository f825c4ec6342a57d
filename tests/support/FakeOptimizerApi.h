#pragma once

// An in-memory OptimizerApi for the dispatch screens' UI tests: it answers candidates() at once with what the test
// put in `answer`, keeps proposeDay() pending until the test calls finishPropose() (so a test can look at the
// progress and press Cancel), answers apply() with `applyAnswers` in turn, and records every call with its arguments.
// Header-only (no Q_OBJECT of its own).
#include <atomic>
#include <memory>
#include <optional>

#include <QList>
#include <QPromise>

#include "core/dispatch/DispatchTypes.h"
#include "core/dispatch/OptimizerApi.h"

namespace ops::test {

class FakeOptimizerApi : public dispatch::OptimizerApi
{
public:
    using OptimizerApi::OptimizerApi;

    struct CandidatesCall
    {
        qint64 jobId = 0;
        int n = 0;
        QDateTime now;
        std::shared_ptr<const dispatch::Board> board;
    };
    struct ProposeCall
    {
        QDate day;
        bool restOfToday = false;
        double seconds = 0;
        std::shared_ptr<std::atomic<bool>> cancel;
    };

    QList<dispatch::CandidateSlot> answer; // the answer to every candidates() (at most n of them)
    std::optional<Error> failCandidates; // when set: every candidates() fails with it
    QList<CandidatesCall> candidateCalls;
    QList<ProposeCall> proposeCalls;
    QList<dispatch::DayProposal> applyCalls;
    QList<dispatch::ApplyResult> applyAnswers; // taken in turn; empty: ok with the number of changes

    QFuture<Result<QList<dispatch::CandidateSlot>>> candidates(
        std::shared_ptr<const dispatch::Board> board, qint64 jobId, int n, const QDateTime &now) override
    {
        candidateCalls << CandidatesCall{jobId, n, now, std::move(board)};
        if (failCandidates)
            return QtFuture::makeReadyFuture(Result<QList<dispatch::CandidateSlot>>(*failCandidates));
        return QtFuture::makeReadyFuture(Result<QList<dispatch::CandidateSlot>>(answer.mid(0, n)));
    }

    QFuture<Result<dispatch::DayProposal>> proposeDay(
        const QDate &day, bool restOfToday, double seconds, std::shared_ptr<std::atomic<bool>> cancel) override
    {
        proposeCalls << ProposeCall{day, restOfToday, seconds, std::move(cancel)};
        m_pending = std::make_shared<QPromise<Result<dispatch::DayProposal>>>();
        m_pending->start();
        return m_pending->future();
    }

    QFuture<dispatch::ApplyResult> apply(const dispatch::DayProposal &proposal) override
    {
        applyCalls << proposal;
        if (!applyAnswers.isEmpty())
            return QtFuture::makeReadyFuture(applyAnswers.takeFirst());
        return QtFuture::makeReadyFuture(dispatch::ApplyResult(int(proposal.changes.size())));
    }

    // The last proposeDay() answers (through the event loop, like a real one).
    bool proposing() const { return m_pending != nullptr; }
    void finishPropose(Result<dispatch::DayProposal> proposal)
    {
        if (!m_pending)
            return;
        m_pending->addResult(std::move(proposal));
        m_pending->finish();
        m_pending.reset();
    }

private:
    std::shared_ptr<QPromise<Result<dispatch::DayProposal>>> m_pending;
};

} // namespace ops::test
