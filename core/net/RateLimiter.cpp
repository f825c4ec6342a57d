#include "core/net/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace ops::net {

using namespace std::chrono_literals;

namespace {

constexpr auto kPollSlice = 50ms; // cancellation is noticed within this delay

int windowCapacity(double ratePerSec)
{
    return std::max(1, static_cast<int>(std::floor(ratePerSec + 1e-9)));
}

double bucketCapacity(const RateLimiter::Limits &limits)
{
    return static_cast<double>(std::max(1, limits.burst));
}

} // namespace

RateLimiter::Slot::Slot(RateLimiter *owner)
    : m_owner(owner)
{}

RateLimiter::Slot::Slot(Slot &&other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr))
{}

RateLimiter::Slot &RateLimiter::Slot::operator=(Slot &&other) noexcept
{
    if (this != &other) {
        if (m_owner)
            m_owner->releaseSlot();
        m_owner = std::exchange(other.m_owner, nullptr);
    }
    return *this;
}

RateLimiter::Slot::~Slot()
{
    if (m_owner)
        m_owner->releaseSlot();
}

RateLimiter::RateLimiter()
    : RateLimiter(Limits{})
{}

RateLimiter::RateLimiter(Limits limits)
    : m_limits(limits)
    , m_tokens(bucketCapacity(limits))
{}

void RateLimiter::setLimits(const Limits &limits)
{
    {
        std::lock_guard lock(m_mutex);
        const bool wasUnlimited = m_limits.ratePerSec <= 0.0;
        m_limits = limits;
        if (wasUnlimited)
            m_tokens = bucketCapacity(limits);
        m_tokens = std::min(m_tokens, bucketCapacity(limits));
    }
    m_changed.notify_all();
}

RateLimiter::Limits RateLimiter::limits() const
{
    std::lock_guard lock(m_mutex);
    return m_limits;
}

int RateLimiter::inFlight() const
{
    std::lock_guard lock(m_mutex);
    return m_inFlight;
}

void RateLimiter::refillLocked(Clock::time_point now)
{
    if (m_lastRefill && now > *m_lastRefill) {
        const double seconds = std::chrono::duration<double>(now - *m_lastRefill).count();
        m_tokens = std::min(bucketCapacity(m_limits), m_tokens + seconds * m_limits.ratePerSec);
    }
    if (!m_lastRefill || now > *m_lastRefill)
        m_lastRefill = now;
}

RateLimiter::Clock::duration RateLimiter::tryAcquireLocked(Clock::time_point now, int weight)
{
    if (m_limits.ratePerSec <= 0.0)
        return Clock::duration::zero();
    weight = std::max(1, weight);
    refillLocked(now);
    while (!m_starts.empty() && now - m_starts.front().first >= kWindow) {
        m_windowUnits -= m_starts.front().second;
        m_starts.pop_front();
    }

    Clock::duration wait = Clock::duration::zero();
    const qint64 capacity = windowCapacity(m_limits.ratePerSec);
    // Room for weight units in the window (a start heavier than the whole window waits for an empty one): wait until
    // enough of the oldest starts have left it.
    const qint64 need = std::min<qint64>(weight, capacity);
    if (m_windowUnits + need > capacity) {
        qint64 freed = 0;
        for (const auto &[at, units] : m_starts) {
            freed += units;
            if (m_windowUnits - freed + need <= capacity) {
                wait = at + kWindow - now;
                break;
            }
        }
    }
    const double bucketNeed = std::min(static_cast<double>(weight), bucketCapacity(m_limits));
    if (m_tokens < bucketNeed) {
        const double seconds = (bucketNeed - m_tokens) / m_limits.ratePerSec;
        const auto bucketWait = std::chrono::ceil<Clock::duration>(std::chrono::duration<double>(seconds));
        wait = std::max(wait, bucketWait);
    }
    if (wait > Clock::duration::zero())
        return wait;
    m_tokens -= static_cast<double>(weight);
    m_starts.emplace_back(now, weight);
    m_windowUnits += weight;
    return Clock::duration::zero();
}

RateLimiter::Clock::duration RateLimiter::tryAcquireAt(Clock::time_point now, int weight)
{
    std::lock_guard lock(m_mutex);
    return tryAcquireLocked(now, weight);
}

std::optional<RateLimiter::Clock::time_point> RateLimiter::acquire(
    QDeadlineTimer deadline, const std::function<bool()> &cancelled, int weight)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        const auto now = Clock::now();
        const auto wait = tryAcquireLocked(now, weight);
        if (wait == Clock::duration::zero())
            return now;
        if (cancelled && cancelled())
            return std::nullopt;
        const auto remaining = std::chrono::milliseconds(deadline.remainingTime());
        if (!deadline.isForever() && remaining < wait)
            return std::nullopt; // the permit would come after the deadline: fail now rather than later
        m_changed.wait_for(lock, std::min<Clock::duration>(wait, kPollSlice));
    }
}

std::optional<RateLimiter::Slot> RateLimiter::acquireSlot(
    QDeadlineTimer deadline, const std::function<bool()> &cancelled)
{
    std::unique_lock lock(m_mutex);
    while (m_limits.concurrency > 0 && m_inFlight >= m_limits.concurrency) {
        if ((cancelled && cancelled()) || deadline.hasExpired())
            return std::nullopt;
        auto slice = std::chrono::duration_cast<Clock::duration>(kPollSlice);
        if (!deadline.isForever())
            slice = std::min<Clock::duration>(slice, std::chrono::milliseconds(deadline.remainingTime()));
        m_changed.wait_for(lock, slice);
    }
    ++m_inFlight;
    return Slot(this);
}

void RateLimiter::releaseSlot()
{
    {
        std::lock_guard lock(m_mutex);
        --m_inFlight;
    }
    m_changed.notify_all();
}

} // namespace ops::net
