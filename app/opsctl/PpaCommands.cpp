#include "app/opsctl/PpaCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/integrations/ProviderSettings.h"
#include "core/stripe/PpaService.h"

using namespace Qt::StringLiterals;

namespace ops {

namespace {

constexpr int kRunAgain = 3; // attempts left 'sending': run again (same keys)

// Stripe's settings from the environment, usable, else a usage-level error naming what to set.
Result<integrations::ProviderSettings> stripeSettings()
{
    integrations::IntegrationSettings all;
    all.applyEnvironment();
    integrations::ProviderSettings p = all.provider(u"stripe"_s);
    const QStringList problems = p.problems();
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("opsctl", "Stripe is not configured: %1 Set %2.")
                .arg(problems.join(QLatin1Char(' ')),
                    integrations::IntegrationSettings::environmentNames(u"stripe"_s).mid(0, 4).join(u", "_s)));
    if (p.ratePerSec <= 0)
        p.ratePerSec = stripe::kStripeDefaultRatePerSec;
    if (p.concurrency <= 0)
        p.concurrency = 8;
    return p;
}

} // namespace

int runPpaRun(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate("opsctl", "usage: payments ppa-run --date YYYY-MM-DD [--json]");
    const QString dateText = takeOption(args, u"--date"_s);
    if (!args.isEmpty() || dateText.isEmpty())
        return usageError(ctx, usage);
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid())
        return usageError(ctx, QCoreApplication::translate("opsctl", "“%1” is not a date (YYYY-MM-DD).").arg(dateText));
    auto provider = stripeSettings();
    if (!provider.ok())
        return usageError(ctx, provider.error().userMessage);
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto r = stripe::runPpa(*c.value(), provider.value(), date);
    if (!r.ok())
        return fail(ctx, r.error());
    const stripe::PpaRunSummary &s = r.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{u"run_id"_s, s.runId}, {u"date"_s, s.runDate.toString(Qt::ISODate)},
                {u"invoices"_s, s.invoices}, {u"resent"_s, s.resent}, {u"requested_cents"_s, s.requestedCents},
                {u"succeeded"_s, s.succeeded}, {u"processing"_s, s.processing}, {u"failed"_s, s.failed},
                {u"skipped"_s, s.skipped}, {u"unsent"_s, s.unsent}, {u"requests"_s, s.requests},
                {u"elapsed_ms"_s, s.elapsedMs}, {u"requests_per_s"_s, qRound(s.requestsPerSec * 100) / 100.0},
                {u"rate_limit_per_s"_s, provider.value().ratePerSec}, {u"stopped_by"_s, s.stoppedBy}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl",
            "PPA run %1 of %2: %3 invoices (%4 resent), %5 cents requested; %6 succeeded, %7 pending at the bank, "
            "%8 failed, %9 skipped (held by another run).")
                       .arg(s.runId)
                       .arg(s.runDate.toString(Qt::ISODate))
                       .arg(s.invoices)
                       .arg(s.resent)
                       .arg(s.requestedCents)
                       .arg(s.succeeded)
                       .arg(s.processing)
                       .arg(s.failed)
                       .arg(s.skipped)
                << Qt::endl;
        ctx.out << QCoreApplication::translate("opsctl", "%1 requests in %2 ms (%3 per second, limit %4).")
                       .arg(s.requests)
                       .arg(s.elapsedMs)
                       .arg(s.requestsPerSec, 0, 'f', 1)
                       .arg(provider.value().ratePerSec)
                << Qt::endl;
    }
    if (!s.stoppedBy.isEmpty())
        ctx.err << QCoreApplication::translate("opsctl", "The run stopped: %1").arg(s.stoppedBy) << Qt::endl;
    if (s.unsent > 0) {
        ctx.err << QCoreApplication::translate("opsctl",
            "%1 attempts could not be completed; run it again: they are sent with the same keys, so nothing is "
            "charged twice.")
                       .arg(s.unsent)
                << Qt::endl;
        return kRunAgain;
    }
    return 0;
}

int runStripeApplyEvents(QStringList args, CommandContext &ctx)
{
    const QString pages = takeOption(args, u"--max-pages"_s, u"10"_s);
    bool pagesOk = false;
    const int maxPages = pages.toInt(&pagesOk);
    if (!args.isEmpty() || !pagesOk || maxPages < 1)
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: stripe apply-events [--max-pages N] [--json]"));
    auto provider = stripeSettings();
    if (!provider.ok())
        return usageError(ctx, provider.error().userMessage);
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto r = stripe::applyStripeEvents(*c.value(), provider.value(), maxPages);
    if (!r.ok())
        return fail(ctx, r.error());
    const stripe::StripeEventsSummary &s = r.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{u"events_read"_s, s.read}, {u"applied"_s, s.applied}, {u"ignored"_s, s.ignored},
                {u"unmatched"_s, s.unmatched}, {u"already_applied"_s, s.alreadyApplied}, {u"failed"_s, s.failed},
                {u"cursor"_s, s.cursor}, {u"more"_s, s.more}, {u"first_read"_s, s.firstRead}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl",
            "%1 events read: %2 applied, %3 ignored, %4 unmatched, %5 already applied, %6 failed. Cursor: %7.")
                       .arg(s.read)
                       .arg(s.applied)
                       .arg(s.ignored)
                       .arg(s.unmatched)
                       .arg(s.alreadyApplied)
                       .arg(s.failed)
                       .arg(s.cursor.isEmpty() ? u"-"_s : s.cursor)
                << Qt::endl;
        if (s.firstRead)
            ctx.err << QCoreApplication::translate(
                "opsctl", "First read: events are followed from now on (earlier events are not replayed).")
                    << Qt::endl;
        if (s.more)
            ctx.err << QCoreApplication::translate("opsctl", "More events remain: run it again.") << Qt::endl;
    }
    return 0;
}

} // namespace ops
