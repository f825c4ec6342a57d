#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

#include <QDeadlineTimer>

namespace ops::net {

// Per-provider admission control, thread-safe, reconfigurable at runtime:
// - a token bucket (ratePerSec, burst) combined with a sliding window, so that never more than
//   max(1, floor(ratePerSec)) units fall in any 1 s window, whatever the burst. A start counts `weight` units (a
//   Mailjet batch of 50 messages counts 50); a start heavier than the window's capacity goes alone in its window;
//   a start heavier than the bucket waits for a full bucket and leaves it in debt;
// - a concurrency cap (a counting semaphore): at most `concurrency` slots held at once.
// acquire()/acquireSlot() block the calling worker thread (never call them on the GUI thread).
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    struct Limits
    {
        double ratePerSec = 0.0; // <= 0: unlimited
        int burst = 1;
        int concurrency = 0; // <= 0: unlimited
    };

    // The sliding window: 25 ms above 1 s, so that a request delayed on its way (a busy machine, a slow connect)
    // still falls in a separate window at the receiver, which counts what arrives in any 1 s. Costs 2.4 % of the
    // rate (at most ratePerSec / 1.025 starts per second in the long run).
    static constexpr std::chrono::milliseconds kWindow{1025};

    // A held concurrency slot; released on destruction. The limiter must outlive it.
    class Slot
    {
    public:
        Slot(Slot &&other) noexcept;
        Slot &operator=(Slot &&other) noexcept;
        Slot(const Slot &) = delete;
        Slot &operator=(const Slot &) = delete;
        ~Slot();

    private:
        friend class RateLimiter;
        explicit Slot(RateLimiter *owner);
        RateLimiter *m_owner = nullptr;
    };

    RateLimiter(); // unlimited
    explicit RateLimiter(Limits limits);
    RateLimiter(const RateLimiter &) = delete;
    RateLimiter &operator=(const RateLimiter &) = delete;

    void setLimits(const Limits &limits); // wakes waiters
    Limits limits() const;

    // Takes a start permit if one is free at `now` (returns zero), else takes nothing and returns how long to wait.
    // Non-blocking, deterministic (tests feed synthetic times). Times must not go backwards by much.
    Clock::duration tryAcquireAt(Clock::time_point now, int weight = 1);
    // Blocks until a start is allowed; returns the granted start time. nullopt when the deadline would pass first or
    // cancelled() turned true (checked at least every 50 ms).
    std::optional<Clock::time_point> acquire(
        QDeadlineTimer deadline, const std::function<bool()> &cancelled = {}, int weight = 1);
    // Blocks until a concurrency slot is free. nullopt on deadline or cancellation.
    std::optional<Slot> acquireSlot(QDeadlineTimer deadline, const std::function<bool()> &cancelled = {});
    int inFlight() const;

private:
    void releaseSlot();
    Clock::duration tryAcquireLocked(Clock::time_point now, int weight);
    void refillLocked(Clock::time_point now);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    Limits m_limits;
    double m_tokens = 0.0;
    std::optional<Clock::time_point> m_lastRefill;
    std::deque<std::pair<Clock::time_point, int>> m_starts; // starts (and weights) in the window, oldest first
    qint64 m_windowUnits = 0; // sum of the weights in m_starts
    int m_inFlight = 0;
};

} // namespace ops::net
