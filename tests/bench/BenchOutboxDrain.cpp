// Benchmark (issue 3 §6): `targo-opsctl worker` drains outbox rows to a fake Twilio that answers after 50 ms, with
// the provider's limit set to 100 messages/s (TARGO_TWILIO_RATE_PER_SEC). From the fake's own receive timestamps:
// the average rate over the drain (target ≥ 95 % of the limit), the most requests in any sliding 1 s window (never
// above 100), and the worker process's peak RSS after 1,000 and after 10,000 rows (flat memory).
// Writes $OPS_BENCH_DIR/outbox_drain.json (three entries). Rows: OPS_BENCH_DRAIN_ROWS (default 10000).
#include <algorithm>
#include <cstdio>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <signal.h>

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/outbox/OutboxRepository.h"
#include "tests/support/BenchStats.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

using ops::test::percentile;

namespace {

constexpr double kLimit = 100.0;
constexpr int kLatencyMs = 50;
const QByteArray kPath = "/2010-04-01/Accounts/ACbench/Messages.json";

// A /proc/<pid>/status field in MB (VmHWM: peak resident set; VmRSS: now); -1 when unreadable.
double statusMb(qint64 pid, const QByteArray &field)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(QByteArray(field).append(':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace

class BenchOutboxDrain : public QObject
{
    Q_OBJECT

private slots:
    void drain();

private:
    bool enqueue(db::PgConnection &c, int n, int first);
};

bool BenchOutboxDrain::enqueue(db::PgConnection &c, int n, int first)
{
    db::Transaction tx(c);
    outbox::OutboxRepository repo(c);
    for (int i = 0; i < n; ++i) {
        outbox::OutboxRequest r;
        r.provider = u"twilio"_s;
        r.operation = u"sms.send"_s;
        r.path = QString::fromLatin1(kPath);
        r.form = {{u"To"_s, u"+14505550123"_s}, {u"From"_s, u"+15145550199"_s},
            {u"Body"_s, u"Votre technicien arrive bientôt (message %1)"_s.arg(first + i)}};
        if (!repo.enqueue(r).ok())
            return false;
    }
    return tx.commit().ok();
}

void BenchOutboxDrain::drain()
{
    const int rows = qEnvironmentVariableIntValue("OPS_BENCH_DRAIN_ROWS") > 0
        ? qEnvironmentVariableIntValue("OPS_BENCH_DRAIN_ROWS")
        : 10000;
    test::TestCluster cluster;
    QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
    auto db = cluster.freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    auto count = [&c](const char *sql) {
        auto r = c.value()->exec(sql);
        return r.ok() ? r.value().int64(0, 0, -1) : -1;
    };

    test::FakeHttpServer twilio;
    QVERIFY2(twilio.start(), qPrintable(twilio.error()));
    twilio.setFallback(kPath, test::FakeBehaviour::json(201, R"({"sid": "SMbench", "status": "queued"})", kLatencyMs));

    QProcess worker;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys())
        if (k.startsWith(u"TARGO_"))
            env.remove(k);
    env.insert(u"TARGO_TWILIO_BASE_URL"_s, twilio.url().toString());
    env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, u"ACbench"_s);
    env.insert(u"TARGO_TWILIO_AUTH_TOKEN"_s, u"token"_s);
    env.insert(u"TARGO_TWILIO_RATE_PER_SEC"_s, QString::number(kLimit));
    env.insert(u"TARGO_TWILIO_CONCURRENCY"_s, u"16"_s);
    worker.setProcessEnvironment(env);
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // OPS_BENCH_WORKER_WRAPPER (e.g. heaptrack) runs the worker under a profiler.
    QStringList command{qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s, u"--db"_s, db.value(),
        u"worker"_s, u"--batch"_s, u"32"_s};
    const QString wrapper = qEnvironmentVariable("OPS_BENCH_WORKER_WRAPPER");
    if (!wrapper.isEmpty())
        command.prepend(wrapper);
    worker.start(command.takeFirst(), command);
    QVERIFY(worker.waitForStarted());

    // Warm-up and the 1k point.
    QVERIFY(enqueue(*c.value(), 1000, 0));
    QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(*) FROM outbox WHERE status = 'sent'"), 1000, 60000);
    const double rss1k = statusMb(worker.processId(), "VmHWM");
    const double current1k = statusMb(worker.processId(), "VmRSS");

    // The measured drain: rows queued at once, drained at the provider's limit.
    twilio.clearRecords();
    QVERIFY(enqueue(*c.value(), rows, 1000));
    QTRY_COMPARE_WITH_TIMEOUT(
        count("SELECT count(*) FROM outbox WHERE status = 'sent'"), 1000 + rows, qMax(120000, rows * 30));
    const double rssEnd = statusMb(worker.processId(), "VmHWM");
    const double currentEnd = statusMb(worker.processId(), "VmRSS");
    ::kill(static_cast<pid_t>(worker.processId()), SIGTERM);
    QVERIFY(worker.waitForFinished(30000));
    QCOMPARE(worker.exitCode(), 0);
    QCOMPARE(count("SELECT count(*) FROM outbox WHERE status <> 'sent'"), 0);

    const auto received = twilio.requests(kPath);
    QCOMPARE(received.size(), rows); // each row once
    std::vector<qint64> t;
    t.reserve(received.size());
    for (const auto &r : received)
        t.push_back(r.receivedMs);
    std::sort(t.begin(), t.end());
    const double spanS = double(t.back() - t.front()) / 1000.0;
    const double average = spanS > 0 ? double(rows - 1) / spanS : 0;
    // Most requests in any sliding 1 s window [t_i, t_i + 1000).
    int maxWindow = 0;
    for (size_t i = 0, j = 0; i < t.size(); ++i) {
        while (j < t.size() && t[j] < t[i] + 1000)
            ++j;
        maxWindow = std::max(maxWindow, int(j - i));
    }
    // Rate per whole second of the drain (the slow tail shows in the low percentile).
    std::vector<double> perSecond;
    for (qint64 s = t.front(); s + 1000 <= t.back(); s += 1000)
        perSecond.push_back(
            double(std::upper_bound(t.begin(), t.end(), s + 999) - std::lower_bound(t.begin(), t.end(), s)));

    const bool ratePass = average >= 0.95 * kLimit;
    const bool windowPass = maxWindow <= int(kLimit);
    const bool memoryPass = rssEnd > 0 && rss1k > 0 && rssEnd <= rss1k * 1.25 + 8.0;
    const QJsonArray entries{
        QJsonObject{{u"name"_s, u"outbox_drain_rate"_s}, {u"unit"_s, u"msg/s"_s},
            {u"median"_s, percentile(perSecond, 0.5)}, {u"p95"_s, percentile(perSecond, 0.05)},
            {u"target"_s, 0.95 * kLimit}, {u"better"_s, u"higher"_s}, {u"pass"_s, ratePass}, {u"runs"_s, rows},
            {u"average"_s, average}, {u"limit"_s, kLimit}, {u"latency_ms"_s, kLatencyMs},
            {u"note"_s, u"median: per-second rate; p95 column: the 5th percentile (slowest seconds); pass: average"_s}},
        QJsonObject{{u"name"_s, u"outbox_drain_max_1s_window"_s}, {u"unit"_s, u"requests"_s},
            {u"median"_s, percentile(perSecond, 0.5)}, {u"p95"_s, double(maxWindow)}, {u"target"_s, kLimit},
            {u"pass"_s, windowPass}, {u"runs"_s, rows},
            {u"note"_s, u"p95 column: the most requests the fake received in any sliding 1 s window"_s}},
        QJsonObject{{u"name"_s, u"outbox_drain_peak_rss"_s}, {u"unit"_s, u"MB"_s}, {u"median"_s, rss1k},
            {u"p95"_s, rssEnd}, {u"target"_s, rss1k * 1.25 + 8.0}, {u"pass"_s, memoryPass}, {u"runs"_s, 2},
            {u"rss_now_after_1k_mb"_s, current1k}, {u"rss_now_at_end_mb"_s, currentEnd},
            {u"note"_s,
                u"worker VmHWM: median column after 1,000 rows, p95 column after 1,000 + %1 rows"_s.arg(rows)}}};
    QString dir = qEnvironmentVariable("OPS_BENCH_DIR");
    if (dir.isEmpty())
        dir = u"build/bench"_s;
    QDir().mkpath(dir);
    QFile out(dir + u"/outbox_drain.json"_s);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(entries).toJson(QJsonDocument::Indented));
    std::printf("outbox drain of %d rows: average %.1f msg/s (limit %.0f), max %d in any 1 s window, peak RSS %.1f MB "
                "after 1k, %.1f MB after %d more (RSS now %.1f / %.1f MB)\n",
        rows, average, kLimit, maxWindow, rss1k, rssEnd, rows, current1k, currentEnd);
    QVERIFY2(ratePass, "average rate below 95 % of the limit");
    QVERIFY2(windowPass, "more requests than the limit in a 1 s window");
    QVERIFY2(memoryPass, "worker memory grew with the number of rows");
}

QTEST_GUILESS_MAIN(BenchOutboxDrain)
#include "BenchOutboxDrain.moc"
