#include "app/opsctl/DunningCommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/billing/ReceivablesRepository.h"
#include "core/db/PgConnection.h"
#include "core/dunning/DunningRepository.h"
#include "core/integrations/ProviderSettings.h"

using namespace Qt::StringLiterals;

namespace ops {

namespace {

using namespace dunning;

QDate parseDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return text.size() == 10 ? d : QDate();
}

QJsonObject reportJson(const DunningRunReport &r)
{
    QJsonArray actions;
    QJsonArray skipped;
    for (const DunningAction &a : r.actions) {
        QJsonObject o{{u"customer"_s, a.customerCode}, {u"invoice"_s, a.invoiceCode}, {u"stage"_s, a.stagePosition},
            {u"action"_s, a.action}, {u"amount_cents"_s, a.amountCents}, {u"days_late"_s, a.daysLate},
            {u"channel"_s, a.channel}, {u"status"_s, a.status}};
        if (!a.skipReason.isEmpty())
            o.insert(u"reason"_s, a.skipReason);
        if (a.outboxId > 0)
            o.insert(u"outbox_id"_s, a.outboxId);
        actions.append(o);
        if (a.status == u"skipped")
            skipped.append(QJsonObject{{u"customer"_s, a.customerCode}, {u"invoice"_s, a.invoiceCode},
                {u"action"_s, a.action}, {u"reason"_s, a.skipReason}});
    }
    return QJsonObject{{u"date"_s, r.date.toString(Qt::ISODate)}, {u"preview"_s, r.preview}, {u"actions"_s, actions},
        {u"counts"_s,
            QJsonObject{{u"email"_s, r.emails}, {u"sms"_s, r.sms}, {u"notice"_s, r.notices},
                {u"suspend"_s, r.suspendedCustomers}, {u"skipped"_s, r.skipped},
                {u"actions"_s, static_cast<int>(r.actions.size())}}},
        {u"suspended_customers"_s, QJsonArray::fromStringList(r.suspendedCodes)},
        {u"suspended_subscriptions"_s, r.suspendedSubscriptions}, {u"skipped"_s, skipped},
        {u"elapsed_ms"_s, r.elapsedMs}};
}

} // namespace

int runBillingDunning(QStringList args, CommandContext &ctx)
{
    const QString usage =
        QCoreApplication::translate("opsctl", "usage: billing dunning --date YYYY-MM-DD [--preview] [--json]");
    const QString dateText = takeOption(args, u"--date"_s);
    const bool preview = takeFlag(args, u"--preview"_s);
    if (dateText.isEmpty() || !args.isEmpty())
        return usageError(ctx, usage);
    const QDate date = parseDate(dateText);
    if (!date.isValid())
        return usageError(ctx, QCoreApplication::translate("opsctl", "“%1” is not a date (YYYY-MM-DD).").arg(dateText));

    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    DunningRepository repo(*c.value());
    Result<DunningRunReport> report = Error::internal(u"not run"_s);
    if (preview) {
        report = repo.preview(date);
    } else {
        integrations::IntegrationSettings settings;
        settings.applyEnvironment();
        DunningSenders senders;
        senders.mailFrom = settings.provider(u"mailjet"_s).sender;
        senders.smsAccountSid = settings.provider(u"twilio"_s).account;
        senders.smsFrom = settings.provider(u"twilio"_s).sender;
        report = repo.run(date, senders);
    }
    if (!report.ok()) {
        if (report.error().kind == Error::Kind::Validation)
            return usageError(ctx, report.error().userMessage);
        return fail(ctx, report.error());
    }
    const DunningRunReport &r = report.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(reportJson(r)).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    QTextStream &o = ctx.out;
    o << (r.preview ? QCoreApplication::translate("opsctl", "Dunning of %1 — preview, nothing written")
                    : QCoreApplication::translate("opsctl", "Dunning of %1 — recorded"))
             .arg(date.toString(Qt::ISODate))
      << Qt::endl;
    for (const DunningAction &a : r.actions) {
        o << QCoreApplication::translate("opsctl", "  %1 %2 %3: %4 cents, %5 days late, %6")
                 .arg(a.customerCode, a.invoiceCode, a.action)
                 .arg(a.amountCents)
                 .arg(a.daysLate)
                 .arg(a.skipReason.isEmpty() ? a.status : a.status + u" ("_s + a.skipReason + u")"_s)
          << Qt::endl;
    }
    o << QCoreApplication::translate(
        "opsctl", "%1 e-mails, %2 SMS, %3 suspension notices, %4 customers suspended, %5 actions skipped (%6 ms)")
             .arg(r.emails)
             .arg(r.sms)
             .arg(r.notices)
             .arg(r.suspendedCustomers)
             .arg(r.skipped)
             .arg(r.elapsedMs)
      << Qt::endl;
    return 0;
}

int runBillingHold(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate(
        "opsctl", "usage: billing hold CUST-CODE --until YYYY-MM-DD --reason TEXT [--json]");
    const QString untilText = takeOption(args, u"--until"_s);
    const QString reason = takeOption(args, u"--reason"_s);
    if (args.size() != 1 || untilText.isEmpty())
        return usageError(ctx, usage);
    const QString code = args.takeFirst();
    const QDate until = parseDate(untilText);
    if (!until.isValid())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "“%1” is not a date (YYYY-MM-DD).").arg(untilText));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    DunningRepository repo(*c.value());
    auto customer = repo.customerIdByCode(code);
    if (!customer.ok())
        return fail(ctx, customer.error());
    if (customer.value() == 0)
        return usageError(ctx, QCoreApplication::translate("opsctl", "No customer %1.").arg(code));
    auto hold = repo.addHold(customer.value(), until, reason);
    if (!hold.ok()) {
        if (hold.error().kind == Error::Kind::Validation)
            return usageError(ctx, hold.error().userMessage);
        return fail(ctx, hold.error());
    }
    if (ctx.json)
        ctx.out << QJsonDocument(QJsonObject{{u"hold_id"_s, hold.value()}, {u"customer"_s, code.toUpper()},
                                     {u"until"_s, until.toString(Qt::ISODate)}, {u"reason"_s, reason.trimmed()}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        ctx.out << QCoreApplication::translate("opsctl", "Hold %1: %2 is skipped by dunning until %3.")
                       .arg(hold.value())
                       .arg(code.toUpper(), until.toString(Qt::ISODate))
                << Qt::endl;
    return 0;
}

int runDunningBench(QStringList args, CommandContext &ctx)
{
    const int runs = qMax(3, takeOption(args, u"--runs"_s, u"20"_s).toInt());
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    DunningRepository repo(*c.value());
    const QDate today = QDate::currentDate();
    std::vector<double> preview, tomorrow;
    qsizetype actions = 0;
    qsizetype candidates = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = repo.preview(today);
        const double ms = benchMsSince(t);
        if (!r.ok())
            return fail(ctx, r.error());
        actions = r.value().actions.size();
        t.restart();
        auto s = repo.suspensionPreview(today);
        const double sMs = benchMsSince(t);
        if (!s.ok())
            return fail(ctx, s.error());
        candidates = s.value().size();
        if (i > 0) { // the first run warms the caches
            preview.push_back(ms);
            tomorrow.push_back(sMs);
        }
    }
    // The preview reads the whole base whether or not an earlier run already recorded everything: it needs late
    // invoices, not new actions.
    auto aging = billing::ReceivablesRepository(*c.value()).aging(today);
    if (!aging.ok())
        return fail(ctx, aging.error());
    int late = 0;
    for (int b = 1; b < billing::kAgingBuckets; ++b)
        late += aging.value().buckets[static_cast<size_t>(b)].invoices;
    if (late == 0)
        return fail(ctx,
            Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("opsctl", "bench dunning needs late invoices (run demo seed first).")));
    writeBenchEntry(ctx, u"dunning_preview.json"_s, u"dunning_preview"_s, u"ms"_s, preview, 2000,
        {{u"aim"_s, 300}, {u"actions"_s, static_cast<qint64>(actions)}, {u"late_invoices"_s, late}});
    writeBenchEntry(ctx, u"dunning_suspended_tomorrow.json"_s, u"dunning_suspended_tomorrow"_s, u"ms"_s, tomorrow, 2000,
        {{u"customers"_s, static_cast<qint64>(candidates)}});
    return 0;
}

} // namespace ops
