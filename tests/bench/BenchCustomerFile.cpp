// Customer file benchmarks on the seeded bench database (fixture bench_db), through the real widgets offscreen:
//  - customer_file: CustomerFileWidget constructed → file loaded (one statement) → models filled → painted, over 20
//    varied customers (the one with the most timeline events, the largest by tickets, invoices, locations and
//    equipment, and a spread of others); median/p95 against 150 ms, round trips per file recorded (≤ 5);
//  - timeline_first_page: the customer with the most events, timeline reload → first page in the model → painted;
//    median/p95 against 100 ms.
// Usage: BenchCustomerFile [--pg DIR] [--runs N] [--grab DIR]   (OPS_BENCH_PG names the embedded cluster folder;
// --grab saves PNGs of the largest customer's overview and timeline).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerService.h"
#include "core/db/Migrator.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "tests/support/BenchStats.h"
#include "ui/common/Theme.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/CustomerTimelineWidget.h"
#include "ui/customers/TimelineModel.h"

using ops::test::percentile;
using ops::test::round2;

namespace {

constexpr double kFileTargetMs = 150;
constexpr double kTimelineTargetMs = 100;
constexpr quint64 kMaxRoundTrips = 5;

// Same entry format as targo-opsctl's writeBenchEntry (scripts/bench_report.py reads both).
bool writeEntry(const QString &file, const QString &name, const std::vector<double> &samples, double target,
    const QJsonObject &extra)
{
    const double p95 = percentile(samples, 0.95);
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("unit"), QStringLiteral("ms")},
        {QStringLiteral("median"), round2(percentile(samples, 0.5))}, {QStringLiteral("p95"), round2(p95)},
        {QStringLiteral("target"), target}, {QStringLiteral("pass"), p95 <= target},
        {QStringLiteral("runs"), static_cast<qint64>(samples.size())}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    const QString dir = qEnvironmentVariable("OPS_BENCH_DIR", QStringLiteral("build/bench"));
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + file);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return p95 <= target;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "BenchCustomerFile: %s\n", qPrintable(what));
    return 1;
}

// Customer ids by a single-column query.
QList<qint64> ids(ops::db::PgConnection &c, const char *sql)
{
    QList<qint64> out;
    auto r = c.exec(sql);
    if (r.ok())
        for (int i = 0; i < r.value().rows(); ++i)
            out << r.value().int64(i, 0);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Theme::apply(app);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    const QStringList args = QCoreApplication::arguments();
    QString pgDir = qEnvironmentVariable("OPS_BENCH_PG");
    QString grabDir;
    int runs = 40;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--pg"))
            pgDir = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(20, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--grab"))
            grabDir = args[i + 1];
    }
    if (pgDir.isEmpty())
        return fail(QStringLiteral("no bench cluster (--pg DIR or OPS_BENCH_PG)"));
    ops::EmbeddedServer server(pgDir);
    auto started = server.start();
    if (!started.ok())
        return fail(started.error().detail);
    const QString conninfo = started.value().conninfo;
    auto opened = ops::db::PgConnection::open(conninfo);
    if (!opened.ok())
        return fail(opened.error().detail);
    ops::db::PgConnection &c = *opened.value();
    auto migrated = ops::db::Migrator(c).migrate();
    if (!migrated.ok())
        return fail(migrated.error().detail);

    // The customer with the most timeline events (every kind the timeline shows), and how many.
    auto mostQuery =
        c.exec("WITH ev AS ("
               " SELECT customer_id AS c, count(*) + count(closed_at) AS n FROM tickets WHERE customer_id IS NOT NULL"
               "  GROUP BY 1"
               " UNION ALL SELECT t.customer_id, count(*) FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id"
               "  WHERE t.customer_id IS NOT NULL GROUP BY 1"
               " UNION ALL SELECT customer_id, count(*) FROM invoices GROUP BY 1"
               " UNION ALL SELECT customer_id, count(*) FROM payments GROUP BY 1"
               " UNION ALL SELECT customer_id, count(*) + count(end_date) FROM subscriptions GROUP BY 1"
               " UNION ALL SELECT customer_id, count(scheduled_start) + count(completed_at) FROM dispatch_jobs"
               "  WHERE customer_id IS NOT NULL GROUP BY 1"
               " UNION ALL SELECT l.customer_id, count(*) FROM service_equipment e"
               "  JOIN service_locations l ON l.id = e.location_id GROUP BY 1)"
               " SELECT c, sum(n)::bigint FROM ev GROUP BY c ORDER BY sum(n) DESC, c LIMIT 1");
    if (!mostQuery.ok() || mostQuery.value().rows() == 0)
        return fail(QStringLiteral("the bench database holds no customer events (seed it first)"));
    const qint64 busiest = mostQuery.value().int64(0, 0);
    const qint64 busiestEvents = mostQuery.value().int64(0, 1);

    // 20 varied customers: the busiest, the largest per section, then an even spread over all customers.
    QList<qint64> customers{busiest};
    auto addUnique = [&customers](const QList<qint64> &more) {
        for (qint64 id : more)
            if (!customers.contains(id) && customers.size() < 20)
                customers << id;
    };
    addUnique(ids(c,
        "SELECT customer_id FROM tickets WHERE customer_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC"
        " LIMIT 1"));
    addUnique(ids(c, "SELECT customer_id FROM invoices GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    addUnique(ids(c, "SELECT customer_id FROM service_locations GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    addUnique(ids(c,
        "SELECT l.customer_id FROM service_equipment e JOIN service_locations l ON l.id = e.location_id"
        " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    addUnique(ids(c,
        "SELECT customer_id FROM dispatch_jobs WHERE customer_id IS NOT NULL GROUP BY 1"
        " ORDER BY count(*) DESC LIMIT 1"));
    addUnique(ids(c, "SELECT id FROM customers WHERE kind = 'business' ORDER BY id LIMIT 2"));
    addUnique(ids(c, "SELECT id FROM customers WHERE status = 'terminated' ORDER BY id LIMIT 1"));
    addUnique(ids(c,
        "SELECT id FROM (SELECT id, ntile(20) OVER (ORDER BY id) AS b FROM customers) x"
        " WHERE (b, id) IN (SELECT b, min(id) FROM (SELECT id, ntile(20) OVER (ORDER BY id) AS b"
        " FROM customers) y GROUP BY b) ORDER BY id"));

    ops::DbExecutor db(conninfo, 2);
    ops::customers::CustomerService service(db);

    // ---- customer_file ----
    std::vector<double> fileMs;
    quint64 maxTrips = 0;
    qint64 maxRows = 0;
    constexpr int kWarmup = 3;
    for (int i = -kWarmup; i < runs; ++i) {
        const qint64 id = customers.at((i + kWarmup) % customers.size());
        QElapsedTimer t;
        t.start();
        CustomerFileWidget file(&service, id);
        QSignalSpy loaded(&file, &CustomerFileWidget::loaded);
        file.resize(1280, 800);
        file.show();
        if (!loaded.wait(10000))
            return fail(QStringLiteral("customer %1 did not load").arg(id));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out with the new texts
        file.repaint(); // and painted, synchronously
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (i < 0)
            continue;
        fileMs.push_back(ms);
        maxTrips = std::max(maxTrips, file.file().roundTrips);
        qint64 rows = 0;
        for (int s = 0; s < int(ops::customers::FileSection::Count); ++s)
            rows += file.file().shown(ops::customers::FileSection(s));
        maxRows = std::max(maxRows, rows);
    }
    // The repository alone (one statement), for reference.
    std::vector<double> repoMs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto f = ops::customers::CustomerRepository(c).loadFile(customers.at(i % customers.size()));
        repoMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!f.ok())
            return fail(f.error().detail);
    }
    QJsonArray sample;
    for (qint64 id : customers)
        sample.append(id);
    const bool fileOk =
        writeEntry(QStringLiteral("customer_file.json"), QStringLiteral("customer_file"), fileMs, kFileTargetMs,
            {{QStringLiteral("round_trips_max"), static_cast<qint64>(maxTrips)},
                {QStringLiteral("round_trips_target"), static_cast<qint64>(kMaxRoundTrips)},
                {QStringLiteral("customers"), static_cast<qint64>(customers.size())},
                {QStringLiteral("customer_ids"), sample}, {QStringLiteral("largest_file_rows"), maxRows},
                {QStringLiteral("repository_median_ms"), round2(percentile(repoMs, 0.5))},
                {QStringLiteral("repository_p95_ms"), round2(percentile(repoMs, 0.95))},
                {QStringLiteral("measured"), QStringLiteral("widget created → loaded → models filled → painted")}});

    // ---- timeline_first_page ----
    std::vector<double> tlMs;
    int firstRows = 0;
    {
        CustomerTimelineWidget timeline(&service, busiest);
        timeline.resize(1100, 700);
        QSignalSpy pages(&timeline, &CustomerTimelineWidget::pageLoaded);
        timeline.show(); // loads the first page once (warm-up)
        if (!pages.wait(10000))
            return fail(QStringLiteral("the timeline did not load"));
        for (int i = -kWarmup; i < runs; ++i) {
            pages.clear();
            QElapsedTimer t;
            t.start();
            timeline.reload();
            if (pages.isEmpty() && !pages.wait(10000))
                return fail(QStringLiteral("a timeline page did not load"));
            timeline.view()->viewport()->repaint();
            const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
            if (i >= 0)
                tlMs.push_back(ms);
            firstRows = timeline.model()->rowCount();
        }
    }
    const bool tlOk = writeEntry(QStringLiteral("timeline_first_page.json"), QStringLiteral("timeline_first_page"),
        tlMs, kTimelineTargetMs,
        {{QStringLiteral("customer_id"), busiest}, {QStringLiteral("customer_events"), busiestEvents},
            {QStringLiteral("page_size"), CustomerTimelineWidget::kPageSize},
            {QStringLiteral("first_page_rows"), firstRows}, {QStringLiteral("round_trips_per_page"), 1},
            {QStringLiteral("measured"), QStringLiteral("reload → first page in the model → painted")}});

    if (!grabDir.isEmpty()) {
        QDir().mkpath(grabDir);
        CustomerFileWidget file(&service, busiest);
        QSignalSpy loaded(&file, &CustomerFileWidget::loaded);
        file.resize(1280, 800);
        file.show();
        loaded.wait(10000);
        QTest::qWait(100); // settled layout
        file.grab().save(grabDir + QStringLiteral("/overview.png"));
        for (int tab : {int(CustomerFileWidget::InvoicesTab), int(CustomerFileWidget::TicketsTab),
                 int(CustomerFileWidget::JobsTab), int(CustomerFileWidget::EquipmentTab)}) {
            file.showSection(CustomerFileWidget::Section(tab));
            QTest::qWait(100);
            file.grab().save(grabDir + QStringLiteral("/section%1.png").arg(tab));
        }
        QSignalSpy pages(file.timeline(), &CustomerTimelineWidget::pageLoaded);
        file.showSection(CustomerFileWidget::TimelineTab);
        pages.wait(10000);
        QTest::qWait(100);
        file.grab().save(grabDir + QStringLiteral("/timeline.png"));
        std::printf("PNGs in %s\n", qPrintable(grabDir));
    }
    return fileOk && tlOk && maxTrips <= kMaxRoundTrips ? 0 : 1;
}
