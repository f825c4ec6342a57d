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
#include "core/dispatch/DispatchRepository.h"
#include "core/live/ChangeFeed.h"

namespace ops {

namespace {

using dispatch::DispatchRepository;

constexpr double kLoadTargetMs = 100; // the whole board, painted; the SQL part must leave room for the paint
constexpr double kCommitTargetMs = 100;
constexpr double kSeenTargetMs = 250;
constexpr int kWaitMs = 5000;

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
