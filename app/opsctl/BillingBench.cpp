#include "app/opsctl/BillingBench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/billing/BillingBenchRepository.h"
#include "core/billing/BillingRepository.h"
#include "core/billing/BillingRule.h"
#include "core/db/PgConnection.h"

namespace ops {

namespace {

constexpr double kCommitTargetMs = 10000; // issue 12: ≤ 10 s, aim ≤ 3 s
constexpr double kCommitAimMs = 3000;
constexpr double kPreviewTargetMs = 3000; // ≤ 3 s, aim ≤ 1 s
constexpr double kPreviewAimMs = 1000;

} // namespace

int runBillingBench(QStringList args, CommandContext &ctx)
{
    const int runs = qMax(3, takeOption(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    billing::BillingRepository repo(*c.value());
    billing::BillingBenchRepository undo(*c.value());
    // Next month: the demo seed invoices up to the current month, so the whole period is still to bill.
    const QDate today = QDate::currentDate();
    const QDate period = QDate(today.year(), today.month(), 1).addMonths(1);

    std::vector<double> preview;
    billing::BillingSummary planned;
    for (int i = -1; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto p = repo.preview(period);
        const double ms = benchMsSince(t);
        if (!p.ok())
            return fail(ctx, p.error());
        if (i >= 0)
            preview.push_back(ms);
        planned = p.value();
        Status st = undo.deleteRun(planned.runId);
        if (!st.ok())
            return fail(ctx, st.error());
    }
    if (planned.invoices == 0)
        return fail(ctx,
            Error::make(Error::Kind::Validation,
                QCoreApplication::translate(
                    "opsctl", "The period %1 has nothing left to bill: seed the demo data first.")
                    .arg(billing::periodKey(period))));

    std::vector<double> commit;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = repo.commit(period);
        const double ms = benchMsSince(t);
        if (!r.ok())
            return fail(ctx, r.error());
        if (r.value().invoices != planned.invoices || r.value().totalCents != planned.totalCents)
            return fail(ctx,
                Error::internal(QStringLiteral("the commit created %1 invoices (%2 cents), the preview said %3 (%4)")
                                    .arg(r.value().invoices)
                                    .arg(r.value().totalCents)
                                    .arg(planned.invoices)
                                    .arg(planned.totalCents)));
        commit.push_back(ms);
        Status st = undo.undoRun(r.value().runId);
        if (!st.ok())
            return fail(ctx, st.error());
    }

    const QJsonObject extra{{QStringLiteral("period"), billing::periodKey(period)},
        {QStringLiteral("invoices"), planned.invoices}, {QStringLiteral("lines"), planned.lines},
        {QStringLiteral("subscription_lines"), planned.subscriptionLines},
        {QStringLiteral("total_cents"), planned.totalCents}};
    QJsonObject p = extra;
    p.insert(QStringLiteral("aim"), kPreviewAimMs);
    p.insert(QStringLiteral("measured"),
        QStringLiteral("BillingRepository::preview: totals, per-plan breakdown, anomalies (one transaction)"));
    writeBenchEntry(ctx, QStringLiteral("billing_run_preview.json"), QStringLiteral("billing_run_preview"),
        QStringLiteral("ms"), preview, kPreviewTargetMs, p);
    QJsonObject m = extra;
    m.insert(QStringLiteral("aim"), kCommitAimMs);
    m.insert(QStringLiteral("measured"),
        QStringLiteral("BillingRepository::commit: invoices, lines, taxes, charges, balances, run row, committed"));
    writeBenchEntry(ctx, QStringLiteral("billing_run_commit.json"), QStringLiteral("billing_run_commit"),
        QStringLiteral("ms"), commit, kCommitTargetMs, m);
    return 0;
}

} // namespace ops
