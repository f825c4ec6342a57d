#include "app/opsctl/AuditBench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/customers/CustomerWriteRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"

namespace ops {

namespace {

constexpr double kMaxOverhead = 1.15;
constexpr int kBlock = 5;

} // namespace

int runAuditBench(QStringList args, CommandContext &ctx)
{
    const int runs = qMax(20, takeOption(args, QStringLiteral("--runs"), QStringLiteral("60")).toInt());
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    db::PgConnection &conn = *c.value();
    // A spread of customers, each saved with a changed note (the save path of the customer editor).
    auto ids = conn.exec("SELECT id FROM customers ORDER BY id LIMIT 200");
    if (!ids.ok())
        return fail(ctx, ids.error());
    if (ids.value().rows() == 0)
        return fail(ctx,
            Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("opsctl", "bench audit needs customers (run demo seed first).")));
    customers::CustomerWriteRepository repo(conn);
    const auto setTrigger = [&](bool on) {
        return conn.exec(on ? "ALTER TABLE customers ENABLE TRIGGER customers_audit"
                            : "ALTER TABLE customers DISABLE TRIGGER customers_audit");
    };

    std::vector<double> audited, plain;
    int n = 0;
    for (int block = 0; static_cast<int>(audited.size()) < runs; ++block) {
        const bool on = block % 2 == 1;
        if (auto s = setTrigger(on); !s.ok())
            return fail(ctx, s.error());
        for (int i = 0; i < kBlock; ++i, ++n) {
            auto row = repo.customer(ids.value().int64(n % ids.value().rows(), 0));
            if (!row.ok()) {
                (void)setTrigger(true);
                return fail(ctx, row.error());
            }
            customers::CustomerEdit edit = row.value();
            edit.notes = QStringLiteral("bench audit %1").arg(n);
            QElapsedTimer t;
            t.start();
            auto saved = repo.saveCustomer(edit);
            const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
            if (!saved.ok()) {
                (void)setTrigger(true);
                return fail(ctx, saved.error());
            }
            if (block >= 2) // the first two blocks warm the caches
                (on ? audited : plain).push_back(ms);
        }
    }
    if (auto s = setTrigger(true); !s.ok())
        return fail(ctx, s.error());

    const double plainMedian = benchPercentile(plain, 0.5);
    const double plainP95 = benchPercentile(plain, 0.95);
    const double auditedMedian = benchPercentile(audited, 0.5);
    const double auditedP95 = benchPercentile(audited, 0.95);
    const auto pct = [](double a, double b) {
        return b > 0 ? qRound64((a / b - 1) * 1000) / 10.0 : 0.0;
    };
    writeBenchEntry(ctx, QStringLiteral("customer_save_audited.json"), QStringLiteral("customer_save_audited"),
        QStringLiteral("ms"), audited, kMaxOverhead * plainP95,
        QJsonObject{{QStringLiteral("median_without_audit"), qRound64(plainMedian * 100) / 100.0},
            {QStringLiteral("p95_without_audit"), qRound64(plainP95 * 100) / 100.0},
            {QStringLiteral("overhead_median_pct"), pct(auditedMedian, plainMedian)},
            {QStringLiteral("overhead_p95_pct"), pct(auditedP95, plainP95)},
            {QStringLiteral("target_rule"), QStringLiteral("p95 with audit <= 1.15 x p95 without")}});
    return 0;
}

} // namespace ops
