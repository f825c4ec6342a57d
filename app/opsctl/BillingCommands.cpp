#include "app/opsctl/BillingCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/CommandLine.h"
#include "app/opsctl/DunningCommands.h"
#include "app/opsctl/PaymentCommands.h"
#include "core/billing/BillingRepository.h"
#include "core/billing/BillingRule.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/db/PgConnection.h"

#if __has_include("app/opsctl/InvoiceCommands.h")
#include "app/opsctl/DocumentCommands.h"
#include "app/opsctl/InvoiceCommands.h"
#define OPS_HAS_INVOICE_COMMANDS 1
#endif

using namespace Qt::StringLiterals;

namespace ops {

namespace {

using namespace billing;

constexpr int kRefused = 3; // the data refuses the run (see BillingCommands.h)

QJsonObject summaryJson(const BillingSummary &s, bool preview)
{
    QJsonArray plans;
    for (const PlanTotal &p : s.plans)
        plans.append(QJsonObject{{u"sku"_s, p.sku}, {u"name_fr"_s, p.nameFr}, {u"name_en"_s, p.nameEn},
            {u"lines"_s, p.lines}, {u"amount_cents"_s, p.amountCents}});
    QJsonObject counts;
    for (auto it = s.anomalyCounts.cbegin(); it != s.anomalyCounts.cend(); ++it)
        counts.insert(anomalyKey(it.key()), it.value());
    QJsonArray list;
    for (const Anomaly &a : s.anomalies)
        list.append(QJsonObject{{u"kind"_s, anomalyKey(a.kind)}, {u"customer"_s, a.customerCode},
            {u"subscription"_s, a.subscriptionCode}, {u"amount_cents"_s, a.amountCents}});
    return QJsonObject{{u"period"_s, periodKey(s.periodStart)}, {u"preview"_s, preview}, {u"run_id"_s, s.runId},
        {u"invoices"_s, s.invoices}, {u"lines"_s, s.lines}, {u"subscription_lines"_s, s.subscriptionLines},
        {u"charge_lines"_s, s.chargeLines}, {u"skipped_customers"_s, s.skippedCustomers},
        {u"subtotal_cents"_s, s.subtotalCents}, {u"gst_cents"_s, s.gstCents}, {u"qst_cents"_s, s.qstCents},
        {u"total_cents"_s, s.totalCents},
        {u"first_invoice"_s, s.firstInvoiceCode.isEmpty() ? QJsonValue() : QJsonValue(s.firstInvoiceCode)},
        {u"last_invoice"_s, s.lastInvoiceCode.isEmpty() ? QJsonValue() : QJsonValue(s.lastInvoiceCode)},
        {u"plans"_s, plans}, {u"anomalies"_s, counts}, {u"anomaly_list"_s, list}};
}

void printSummary(CommandContext &ctx, const BillingSummary &s, bool preview)
{
    QTextStream &o = ctx.out;
    o << (preview ? QCoreApplication::translate("opsctl", "Period %1 — preview, nothing written")
                        .arg(periodKey(s.periodStart))
                  : QCoreApplication::translate("opsctl", "Period %1 — committed (run %2)")
                        .arg(periodKey(s.periodStart))
                        .arg(s.runId))
      << Qt::endl;
    o << QCoreApplication::translate("opsctl", "  invoices: %1").arg(s.invoices) << Qt::endl;
    o << QCoreApplication::translate("opsctl", "  lines: %1 (subscriptions %2, one-time charges %3)")
             .arg(s.lines)
             .arg(s.subscriptionLines)
             .arg(s.chargeLines)
      << Qt::endl;
    o << QCoreApplication::translate("opsctl", "  customers already invoiced for the period (skipped): %1")
             .arg(s.skippedCustomers)
      << Qt::endl;
    o << QCoreApplication::translate("opsctl", "  subtotal: %1 cents").arg(s.subtotalCents) << Qt::endl;
    o << QCoreApplication::translate("opsctl", "  GST: %1 cents").arg(s.gstCents) << Qt::endl;
    o << QCoreApplication::translate("opsctl", "  QST: %1 cents").arg(s.qstCents) << Qt::endl;
    o << QCoreApplication::translate("opsctl", "  total: %1 cents").arg(s.totalCents) << Qt::endl;
    if (!s.firstInvoiceCode.isEmpty())
        o << QCoreApplication::translate("opsctl", "  invoices %1 to %2").arg(s.firstInvoiceCode, s.lastInvoiceCode)
          << Qt::endl;
    if (!s.plans.isEmpty()) {
        o << QCoreApplication::translate("opsctl", "By plan:") << Qt::endl;
        for (const PlanTotal &p : s.plans) {
            const QString name = p.sku.isEmpty() ? QCoreApplication::translate("opsctl", "one-time charges") : p.sku;
            o << QCoreApplication::translate("opsctl", "  %1: %2 lines, %3 cents")
                     .arg(name)
                     .arg(p.lines)
                     .arg(p.amountCents)
              << Qt::endl;
        }
    }
    if (!s.anomalyCounts.isEmpty()) {
        o << QCoreApplication::translate("opsctl", "Anomalies:") << Qt::endl;
        for (auto it = s.anomalyCounts.cbegin(); it != s.anomalyCounts.cend(); ++it) {
            QStringList examples;
            for (const Anomaly &a : s.anomalies) {
                if (a.kind == it.key() && examples.size() < 5)
                    examples << (a.subscriptionCode.isEmpty() ? a.customerCode : a.subscriptionCode);
            }
            o << QCoreApplication::translate("opsctl", "  %1: %2 (%3)")
                     .arg(anomalyLabel(it.key()))
                     .arg(it.value())
                     .arg(examples.join(u", "_s))
              << Qt::endl;
        }
    }
}

int run(QStringList args, CommandContext &ctx)
{
    const QString periodText = takeOption(args, u"--period"_s);
    const bool preview = takeFlag(args, u"--preview"_s);
    if (periodText.isEmpty() || !args.isEmpty())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: billing run --period YYYY-MM [--preview] [--json]"));
    auto period = parsePeriod(periodText, QDate::currentDate());
    if (!period.ok())
        return usageError(ctx, period.error().userMessage);
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    BillingRepository repo(*c.value());
    Result<BillingSummary> r =
        preview ? repo.preview(period.value()) : repo.commit(period.value(), nullptr, [&ctx](int done, int total) {
            if (!ctx.json)
                ctx.err << QCoreApplication::translate("opsctl", "billing run: step %1 of %2").arg(done).arg(total)
                        << Qt::endl;
        });
    if (!r.ok()) {
        if (r.error().kind == Error::Kind::Validation) {
            ctx.err << QCoreApplication::translate("opsctl", "refused: %1").arg(r.error().userMessage) << Qt::endl;
            return kRefused;
        }
        return fail(ctx, r.error());
    }
    if (ctx.json)
        ctx.out << QJsonDocument(summaryJson(r.value(), preview)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printSummary(ctx, r.value(), preview);
    return 0;
}

int charge(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate("opsctl",
        "usage: billing charge CUST-CODE --amount CENTS --description TEXT [--quantity N] [--tax-exempt] [--json]");
    ChargeInput in;
    const QString amount = takeOption(args, u"--amount"_s);
    in.description = takeOption(args, u"--description"_s);
    const QString quantity = takeOption(args, u"--quantity"_s, u"1"_s);
    in.taxable = !takeFlag(args, u"--tax-exempt"_s);
    if (args.size() != 1 || amount.isEmpty())
        return usageError(ctx, usage);
    in.customerCode = args.takeFirst();
    bool amountOk = false, quantityOk = false;
    in.amountCents = amount.toLongLong(&amountOk);
    in.quantity = quantity.toInt(&quantityOk);
    if (!amountOk)
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "“%1” is not an amount in cents (for example 4999 or -1500).")
                .arg(amount));
    if (!quantityOk)
        return usageError(ctx, QCoreApplication::translate("opsctl", "“%1” is not a quantity.").arg(quantity));
    Status checked = checkCharge(in);
    if (!checked.ok())
        return usageError(ctx, checked.error().userMessage);
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto id = BillingRepository(*c.value()).addCharge(in);
    if (!id.ok())
        return fail(ctx, id.error());
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{u"charge_id"_s, id.value()}, {u"customer"_s, in.customerCode.trimmed().toUpper()},
                {u"amount_cents"_s, in.amountCents}, {u"quantity"_s, in.quantity}, {u"taxable"_s, in.taxable},
                {u"description"_s, in.description.trimmed()}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate(
            "opsctl", "Charge %1 recorded for %2: %3 × %4 cents, billed on the next run.")
                       .arg(id.value())
                       .arg(in.customerCode.trimmed().toUpper())
                       .arg(in.quantity)
                       .arg(in.amountCents)
                << Qt::endl;
    }
    return 0;
}

// The catalogue (migration 0019): every item with its current price and a change scheduled for a later month.
int items(QStringList args, CommandContext &ctx)
{
    if (!args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: billing items [--json]"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto list = catalogue::CatalogueRepository(*c.value()).list();
    if (!list.ok())
        return fail(ctx, list.error());
    QJsonArray rows;
    for (const catalogue::CatalogueItem &i : list.value()) {
        if (ctx.json) {
            QJsonObject o{{u"id"_s, i.id}, {u"sku"_s, i.sku}, {u"kind"_s, i.kind}, {u"name_fr"_s, i.nameFr},
                {u"name_en"_s, i.nameEn}, {u"price_cents"_s, i.priceCents}, {u"taxable"_s, i.taxable},
                {u"active"_s, i.active}, {u"subscriptions"_s, i.subscriptions},
                {u"following_subscriptions"_s, i.followingSubscriptions}};
            o.insert(u"next_price_cents"_s, i.pendingPriceCents ? QJsonValue(*i.pendingPriceCents) : QJsonValue());
            o.insert(u"next_price_from"_s,
                i.pendingPriceCents ? QJsonValue(i.pendingFrom.toString(Qt::ISODate)) : QJsonValue());
            rows.append(o);
            continue;
        }
        QString line = u"%1  %2  %3  %4 cents"_s.arg(i.sku, -12).arg(i.kind, -9).arg(i.nameFr, -32).arg(i.priceCents);
        if (i.pendingPriceCents)
            line += QCoreApplication::translate("opsctl", "  then %1 cents from %2")
                        .arg(*i.pendingPriceCents)
                        .arg(i.pendingFrom.toString(Qt::ISODate));
        if (!i.active)
            line += QCoreApplication::translate("opsctl", "  (inactive)");
        ctx.out << line << Qt::endl;
    }
    if (ctx.json)
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace

int runBillingCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("run"))
        return run(args, ctx);
    if (sub == QLatin1String("charge"))
        return charge(args, ctx);
    if (sub == QLatin1String("items"))
        return items(args, ctx);
    if (sub == QLatin1String("verify"))
        return runBillingVerify(args, ctx);
    if (sub == QLatin1String("dunning"))
        return runBillingDunning(args, ctx);
    if (sub == QLatin1String("hold"))
        return runBillingHold(args, ctx);
#ifdef OPS_HAS_INVOICE_COMMANDS
    if (sub == QLatin1String("invoice"))
        return runInvoiceCommand(args, ctx);
    if (sub == QLatin1String("send"))
        return runBillingSend(args, ctx);
    if (sub == QLatin1String("statement"))
        return runBillingStatement(args, ctx);
#endif
    return usageError(ctx, QCoreApplication::translate("opsctl", "usage: billing run|charge|items ..."));
}

} // namespace ops
