// RateLimiter: token bucket plus sliding window (never more than `rate` starts in any 1 s window, whatever the
// burst), the per-provider concurrency cap, runtime reconfiguration, deadlines and cancellation.
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include <QTest>

#include "core/net/RateLimiter.h"

using namespace ops::net;
using namespace std::chrono_literals;
using Clock = RateLimiter::Clock;

namespace {

// The most starts that fall inside one half-open window [t, t + 1 s), over all t.
int maxStartsInAnyWindow(std::vector<Clock::time_point> starts)
{
    std::sort(starts.begin(), starts.end());
    int worst = 0;
    for (size_t i = 0, j = 0; i < starts.size(); ++i) {
        while (j < starts.size() && starts[j] - starts[i] < 1s)
            ++j;
        worst = std::max(worst, static_cast<int>(j - i));
    }
    return worst;
}

// Drives the limiter on a synthetic clock: each refused try advances time by the wait it asked for.
std::vector<Clock::time_point> simulate(RateLimiter &limiter, Clock::time_point t0, int grants)
{
    std::vector<Clock::time_point> out;
    Clock::time_point now = t0;
    for (int guard = 0; static_cast<int>(out.size()) < grants && guard < 100000; ++guard) {
        const auto wait = limiter.tryAcquireAt(now);
        if (wait == Clock::duration::zero())
            out.push_back(now);
        else
            now += wait;
    }
    return out;
}

qint64 msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count();
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void burstThenSteadyRate();
    void windowCapsALargeBurst();
    void unlimitedNeverWaits();
    void neverMoreThanRateInAnyWindow();
    void concurrencyCapRespected();
    void raisingConcurrencyWakesWaiters();
    void deadlineAndCancellation();
    void weightedStartsCountTheirUnits();
};

void TestRateLimiter::burstThenSteadyRate()
{
    RateLimiter limiter({10.0, 3, 0});
    const auto t0 = Clock::now();
    const auto starts = simulate(limiter, t0, 25);
    QCOMPARE(starts.size(), size_t(25));
    // The burst of 3 goes at once, then one start per 100 ms from the bucket ...
    for (int i = 0; i < 3; ++i)
        QCOMPARE(starts[i], t0);
    for (int i = 3; i < 10; ++i) {
        const qint64 gap = msBetween(starts[i - 1], starts[i]);
        QVERIFY2(gap >= 99 && gap <= 101, qPrintable(QString::number(gap)));
    }
    // ... until 10 starts fill the window: the 11th waits for the first to leave it.
    QVERIFY2(msBetween(t0, starts[10]) >= 1000, qPrintable(QString::number(msBetween(t0, starts[10]))));
    QVERIFY(maxStartsInAnyWindow(starts) <= 10);
}

void TestRateLimiter::windowCapsALargeBurst()
{
    RateLimiter limiter({2.0, 50, 0}); // a burst far above the rate
    const auto t0 = Clock::now();
    QCOMPARE(limiter.tryAcquireAt(t0), Clock::duration::zero());
    QCOMPARE(limiter.tryAcquireAt(t0), Clock::duration::zero());
    const auto wait = limiter.tryAcquireAt(t0);
    QVERIFY(wait >= 1s);
    QVERIFY(limiter.tryAcquireAt(t0 + 500ms) > Clock::duration::zero());
    QCOMPARE(limiter.tryAcquireAt(t0 + wait), Clock::duration::zero());
    const auto starts = simulate(limiter, t0 + wait, 20);
    QVERIFY(maxStartsInAnyWindow(starts) <= 2);

    RateLimiter slow({0.5, 1, 0}); // below one per second: one start per two seconds
    QCOMPARE(slow.tryAcquireAt(t0), Clock::duration::zero());
    const auto slowWait = slow.tryAcquireAt(t0);
    QVERIFY(slowWait >= 1999ms && slowWait <= 2001ms);
}

void TestRateLimiter::unlimitedNeverWaits()
{
    RateLimiter limiter;
    const auto t0 = Clock::now();
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(limiter.tryAcquireAt(t0), Clock::duration::zero());
    limiter.setLimits({5.0, 5, 0}); // limited from now on
    const auto starts = simulate(limiter, t0, 10); // 5 at once, 5 more a window later
    QVERIFY(maxStartsInAnyWindow(starts) <= 5);
    QVERIFY(msBetween(t0, starts.back()) >= 1000);
    QVERIFY(limiter.tryAcquireAt(starts.back()) > Clock::duration::zero()); // that window is full
}

void TestRateLimiter::neverMoreThanRateInAnyWindow()
{
    constexpr int kRate = 10;
    RateLimiter limiter({double(kRate), 25, 0}); // burst above the rate: the window must still hold
    std::mutex mutex;
    std::vector<Clock::time_point> starts;
    const QDeadlineTimer end(3000);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            while (const auto granted = limiter.acquire(end)) {
                std::lock_guard lock(mutex);
                starts.push_back(*granted);
            }
        });
    }
    for (auto &t : threads)
        t.join();
    const int worst = maxStartsInAnyWindow(starts);
    QVERIFY2(worst <= kRate, qPrintable(QStringLiteral("%1 starts in one 1 s window").arg(worst)));
    // Three windows in 3 s: at least two full ones were granted, and never more than three.
    QVERIFY2(starts.size() >= size_t(2 * kRate) && starts.size() <= size_t(3 * kRate),
        qPrintable(QString::number(starts.size())));
}

void TestRateLimiter::concurrencyCapRespected()
{
    RateLimiter limiter({0.0, 1, 2});
    std::atomic<int> current{0};
    std::atomic<int> worst{0};
    std::atomic<int> done{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t) {
        threads.emplace_back([&] {
            auto slot = limiter.acquireSlot(QDeadlineTimer(QDeadlineTimer::Forever));
            if (!slot)
                return;
            const int now = ++current;
            int seen = worst.load();
            while (now > seen && !worst.compare_exchange_weak(seen, now)) {}
            std::this_thread::sleep_for(30ms);
            --current;
            ++done;
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(done.load(), 6);
    QCOMPARE(worst.load(), 2);
    QCOMPARE(limiter.inFlight(), 0);
}

void TestRateLimiter::raisingConcurrencyWakesWaiters()
{
    RateLimiter limiter({0.0, 1, 1});
    auto held = limiter.acquireSlot(QDeadlineTimer(0));
    QVERIFY(held);
    std::atomic<bool> got{false};
    std::thread waiter([&] {
        auto slot = limiter.acquireSlot(QDeadlineTimer(10000));
        got = slot.has_value();
        if (slot) {
            while (limiter.inFlight() > 1) // hold it until the main thread has seen both slots taken
                std::this_thread::sleep_for(5ms);
        }
    });
    QTest::qWait(100);
    QVERIFY(!got); // the cap of 1 is held
    limiter.setLimits({0.0, 1, 2});
    QTRY_VERIFY_WITH_TIMEOUT(got.load(), 5000);
    QCOMPARE(limiter.inFlight(), 2);
    held.reset();
    waiter.join();
    QCOMPARE(limiter.inFlight(), 0);
}

void TestRateLimiter::deadlineAndCancellation()
{
    RateLimiter limiter({1.0, 1, 1});
    QVERIFY(limiter.acquire(QDeadlineTimer(0)));
    // The next permit is ~1 s away: a 100 ms deadline gives up at once instead of sleeping.
    QVERIFY(!limiter.acquire(QDeadlineTimer(100)));

    auto held = limiter.acquireSlot(QDeadlineTimer(0));
    QVERIFY(held);
    QVERIFY(!limiter.acquireSlot(QDeadlineTimer(50))); // deadline passes while the cap is held

    std::atomic<bool> cancel{false};
    std::atomic<bool> finished{false};
    std::atomic<bool> gotSlot{true};
    std::thread waiter([&] {
        auto slot = limiter.acquireSlot(QDeadlineTimer(QDeadlineTimer::Forever), [&] { return cancel.load(); });
        gotSlot = slot.has_value();
        finished = true;
    });
    QTest::qWait(100);
    QVERIFY(!finished);
    cancel = true;
    QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 5000);
    waiter.join();
    QVERIFY(!gotSlot);
    QCOMPARE(limiter.inFlight(), 1);
}

// A Mailjet batch counts its messages (weight): at 100 messages per second, batches of 50 never put more than 100
// messages in any 1 s window, and the long-run rate stays within the window's margin of the limit.
void TestRateLimiter::weightedStartsCountTheirUnits()
{
    RateLimiter limiter({100.0, 100, 0});
    const Clock::time_point t0 = Clock::now();
    std::vector<std::pair<Clock::time_point, int>> starts;
    Clock::time_point now = t0;
    for (int guard = 0; starts.size() < 40 && guard < 100000; ++guard) {
        const auto wait = limiter.tryAcquireAt(now, 50);
        if (wait == Clock::duration::zero())
            starts.emplace_back(now, 50);
        else
            now += wait;
    }
    QCOMPARE(starts.size(), size_t(40));
    int worst = 0;
    for (size_t i = 0; i < starts.size(); ++i) {
        int units = 0;
        for (size_t j = i; j < starts.size() && starts[j].first - starts[i].first < 1s; ++j)
            units += starts[j].second;
        worst = std::max(worst, units);
    }
    QCOMPARE(worst, 100); // two batches per window, never three
    // 2,000 messages: 20 windows of 1.025 s after the first, so about 19.5 s; at least 95 % of the limit.
    const qint64 span = msBetween(starts.front().first, starts.back().first);
    QVERIFY2(span >= 19000 && span <= 20500, qPrintable(QString::number(span)));

    // A start heavier than the whole window goes alone once the window is empty; a light one then waits for it.
    RateLimiter small({10.0, 10, 0});
    QCOMPARE(small.tryAcquireAt(t0, 25), Clock::duration::zero());
    QVERIFY(small.tryAcquireAt(t0 + 100ms, 1) > Clock::duration::zero());
    QCOMPARE(small.tryAcquireAt(t0 + 3000ms, 1), Clock::duration::zero());
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
