#include "app/opsctl/PaymentCommands.h"

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "app/opsctl/DocumentCommands.h"
#include "app/opsctl/PpaCommands.h"
#include "core/db/PgConnection.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/StripeClient.h"
#include "core/net/NetExecutor.h"
#include "core/payments/PaymentBenchRepository.h"
#include "core/payments/PaymentRepository.h"
#include "core/payments/StripeRefunds.h"

using namespace Qt::StringLiterals;

namespace ops {

namespace {

using namespace payments;

constexpr int kRefused = 3; // the data refuses (a payment already reversed)
constexpr int kDifferences = 4; // billing verify found differences
constexpr double kSaveTargetMs = 50; // issue 13: payment entry save with allocation, p95 ≤ 50 ms

QJsonObject resultJson(const PaymentResult &r)
{
    QJsonArray allocations;
    for (const AllocationLine &a : r.allocations)
        allocations.append(QJsonObject{{u"invoice"_s, a.invoiceCode}, {u"amount_cents"_s, a.amountCents}});
    return QJsonObject{{u"payment"_s, r.code}, {u"payment_id"_s, r.id}, {u"customer"_s, r.customerCode},
        {u"amount_cents"_s, r.amountCents}, {u"method"_s, r.method}, {u"status"_s, r.status},
        {u"allocations"_s, allocations}, {u"allocated_cents"_s, r.allocatedCents}, {u"credit_cents"_s, r.creditCents},
        {u"balance_cents"_s, r.balanceCents}};
}

// The id a code names into *id (-1), or the exit code: 1 when the database failed, 2 when the code names nothing.
int found(CommandContext &ctx, const Result<qint64> &lookup, const QString &missing, qint64 *id)
{
    if (!lookup.ok())
        return fail(ctx, lookup.error());
    if (lookup.value() == 0)
        return usageError(ctx, missing);
    *id = lookup.value();
    return -1;
}

// Bad input: 2; refused by the data's state (reversed, changed meanwhile): 3; anything else: 1.
int refusedOrFailed(CommandContext &ctx, const Error &e)
{
    if (e.kind == Error::Kind::Validation)
        return usageError(ctx, e.userMessage);
    if (e.kind == Error::Kind::Conflict) {
        ctx.err << QCoreApplication::translate("opsctl", "refused: %1").arg(e.userMessage) << Qt::endl;
        return kRefused;
    }
    return fail(ctx, e);
}

void printAllocations(CommandContext &ctx, const PaymentResult &r)
{
    for (const AllocationLine &a : r.allocations)
        ctx.out << QCoreApplication::translate("opsctl", "  %1: %2 cents").arg(a.invoiceCode).arg(a.amountCents)
                << Qt::endl;
    ctx.out << QCoreApplication::translate("opsctl", "  customer's credit: %1 cents; balance: %2 cents")
                   .arg(r.creditCents)
                   .arg(r.balanceCents)
            << Qt::endl;
}

int add(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate("opsctl",
        "usage: payments add CUST-CODE --amount CENTS --method cash|cheque|etransfer [--reference R] "
        "[--date YYYY-MM-DD] [--json]");
    PaymentInput in;
    const QString amount = takeOption(args, u"--amount"_s);
    in.method = takeOption(args, u"--method"_s);
    in.reference = takeOption(args, u"--reference"_s);
    const QString date = takeOption(args, u"--date"_s);
    if (args.size() != 1 || amount.isEmpty() || in.method.isEmpty())
        return usageError(ctx, usage);
    in.customerCode = args.takeFirst();
    bool amountOk = false;
    in.amountCents = amount.toLongLong(&amountOk);
    if (!amountOk)
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "“%1” is not an amount in cents (for example 4999).").arg(amount));
    if (!date.isEmpty()) {
        in.receivedOn = QDate::fromString(date, Qt::ISODate);
        if (!in.receivedOn.isValid())
            return usageError(ctx, QCoreApplication::translate("opsctl", "“%1” is not a date (YYYY-MM-DD).").arg(date));
    }
    Status checked = PaymentRepository::check(in, QDate::currentDate().addDays(1));
    if (!checked.ok())
        return usageError(ctx, checked.error().userMessage);
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto r = PaymentRepository(*c.value()).record(in);
    if (!r.ok()) {
        if (r.error().kind == Error::Kind::Validation)
            return usageError(ctx, r.error().userMessage);
        return fail(ctx, r.error());
    }
    if (ctx.json) {
        ctx.out << QJsonDocument(resultJson(r.value())).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "Payment %1 recorded for %2: %3 cents (%4).")
                       .arg(r.value().code, r.value().customerCode)
                       .arg(r.value().amountCents)
                       .arg(r.value().method)
                << Qt::endl;
        printAllocations(ctx, r.value());
    }
    return 0;
}

int reverse(QStringList args, CommandContext &ctx)
{
    const QString usage =
        QCoreApplication::translate("opsctl", "usage: payments reverse PAY-CODE --reason TEXT [--json]");
    const QString reason = takeOption(args, u"--reason"_s);
    if (args.size() != 1 || reason.trimmed().isEmpty())
        return usageError(ctx, usage);
    const QString code = args.takeFirst();
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    PaymentRepository repo(*c.value());
    qint64 paymentId = 0;
    if (const int rc = found(ctx, repo.idByCode(code),
            QCoreApplication::translate("opsctl", "There is no payment %1.").arg(code), &paymentId);
        rc >= 0)
        return rc;
    auto r = repo.reverse(paymentId, reason);
    if (!r.ok())
        return refusedOrFailed(ctx, r.error());
    if (ctx.json) {
        ctx.out << QJsonDocument(resultJson(r.value())).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "Payment %1 reversed; invoices re-opened:").arg(r.value().code)
                << Qt::endl;
        printAllocations(ctx, r.value());
    }
    return 0;
}

int allocate(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate("opsctl",
        "usage: payments allocate PAY-CODE (--oldest-first | --invoice INV-CODE=CENTS [--invoice ...]) [--json]");
    const bool oldestFirst = takeFlag(args, u"--oldest-first"_s);
    QList<QPair<QString, qint64>> lines;
    for (;;) {
        const QString line = takeOption(args, u"--invoice"_s);
        if (line.isEmpty())
            break;
        const qsizetype eq = line.indexOf(u'=');
        bool centsOk = false;
        const qint64 cents = eq > 0 ? line.mid(eq + 1).toLongLong(&centsOk) : 0;
        if (!centsOk)
            return usageError(ctx,
                QCoreApplication::translate("opsctl", "“%1” is not INV-CODE=CENTS (for example INV-00012=4999).")
                    .arg(line));
        lines.push_back({line.left(eq).trimmed().toUpper(), cents});
    }
    if (args.size() != 1 || oldestFirst == !lines.isEmpty())
        return usageError(ctx, usage);
    const QString code = args.takeFirst();
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    PaymentRepository repo(*c.value());
    qint64 paymentId = 0;
    if (const int rc = found(ctx, repo.idByCode(code),
            QCoreApplication::translate("opsctl", "There is no payment %1.").arg(code), &paymentId);
        rc >= 0)
        return rc;
    auto state = repo.allocationState(paymentId);
    if (!state.ok())
        return fail(ctx, state.error());
    const PaymentAllocationState &st = state.value();
    QList<AllocationInput> allocations;
    if (oldestFirst) {
        allocations = PaymentRepository::proposeAllocation(st.invoices, st.allocatableCents);
    } else {
        for (const auto &[invoiceCode, cents] : lines) {
            auto it = std::find_if(st.invoices.cbegin(), st.invoices.cend(),
                [&invoiceCode](const OpenInvoice &o) { return o.code == invoiceCode; });
            if (it == st.invoices.cend())
                return usageError(ctx,
                    QCoreApplication::translate("opsctl", "%1 is not an open invoice of %2.")
                        .arg(invoiceCode, st.customerCode));
            allocations.push_back({it->id, cents});
        }
    }
    // The state just read is the one replaced: a change in between is a conflict (3), never overwritten.
    auto r = repo.reallocate(st.paymentId, allocations, st.version);
    if (!r.ok())
        return refusedOrFailed(ctx, r.error());
    if (ctx.json) {
        ctx.out << QJsonDocument(resultJson(r.value())).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "Payment %1 now allocated:").arg(r.value().code) << Qt::endl;
        printAllocations(ctx, r.value());
    }
    return 0;
}

int applyCredit(QStringList args, CommandContext &ctx)
{
    if (args.size() != 1)
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: payments apply-credit CUST-CODE [--json]"));
    const QString code = args.takeFirst().trimmed().toUpper();
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    PaymentRepository repo(*c.value());
    qint64 customerId = 0;
    if (const int rc = found(ctx, repo.customerIdByCode(code),
            QCoreApplication::translate("opsctl", "There is no customer %1.").arg(code), &customerId);
        rc >= 0)
        return rc;
    auto moved = repo.applyCredit(customerId);
    if (!moved.ok())
        return fail(ctx, moved.error());
    auto left = repo.creditCents(customerId);
    if (!left.ok())
        return fail(ctx, left.error());
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{u"customer"_s, code}, {u"applied_cents"_s, moved.value()}, {u"credit_cents"_s, left.value()}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "%1: %2 cents of credit applied; %3 cents of credit left.")
                       .arg(code)
                       .arg(moved.value())
                       .arg(left.value())
                << Qt::endl;
    }
    return 0;
}

QJsonObject refundJson(const RefundResult &r)
{
    return QJsonObject{{u"refund_id"_s, r.refundId}, {u"payment"_s, r.paymentCode}, {u"payment_id"_s, r.paymentId},
        {u"customer"_s, r.customerCode}, {u"amount_cents"_s, r.amountCents}, {u"status"_s, r.status},
        {u"stripe_refund_id"_s, r.stripeRefundId}, {u"idempotency_key"_s, r.idempotencyKey},
        {u"payment_refunded_cents"_s, r.paymentRefundedCents}, {u"payment_status"_s, r.paymentStatus},
        {u"balance_cents"_s, r.balanceCents}};
}

// payments refund: a Stripe payment refunded in full or in part (docs/billing.md, "Stripe").
int refund(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate(
        "opsctl", "usage: payments refund PAY-CODE [--amount CENTS] --reason TEXT [--json]");
    const QString amount = takeOption(args, u"--amount"_s);
    const QString reason = takeOption(args, u"--reason"_s);
    if (args.size() != 1 || reason.trimmed().isEmpty())
        return usageError(ctx, usage);
    RefundInput in;
    in.reason = reason;
    if (!amount.isEmpty()) {
        bool ok = false;
        in.amountCents = amount.toLongLong(&ok);
        if (!ok)
            return usageError(ctx,
                QCoreApplication::translate("opsctl", "“%1” is not an amount in cents (for example 4999).")
                    .arg(amount));
        if (*in.amountCents <= 0)
            return usageError(ctx, QCoreApplication::translate("opsctl", "The amount of a refund must be above zero."));
    }
    const QString code = args.takeFirst();
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto id = PaymentRepository(*c.value()).idByCode(code);
    if (!id.ok())
        return fail(ctx, id.error());
    if (id.value() == 0)
        return usageError(ctx, QCoreApplication::translate("opsctl", "There is no payment %1.").arg(code));
    in.paymentId = id.value();
    integrations::IntegrationSettings settings;
    settings.applyEnvironment();
    const integrations::ProviderSettings provider = settings.provider(u"stripe"_s);
    if (!provider.problems().isEmpty())
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "Stripe is not configured: %1 Set %2.")
                .arg(provider.problems().join(QLatin1Char(' ')),
                    integrations::IntegrationSettings::environmentNames(u"stripe"_s).mid(0, 4).join(u", "_s)));
    net::NetExecutor net(1);
    if (Status s = net.setProvider(provider.netConfig()); !s.ok())
        return fail(ctx, s.error());
    integrations::StripeConfig config;
    config.secretKey = provider.secret;
    integrations::StripeClient client(net, config);
    auto r = refundThroughStripe(*c.value(), client, in);
    net.shutdown();
    if (!r.ok()) {
        if (r.error().kind == Error::Kind::Validation || r.error().kind == Error::Kind::NotFound)
            return usageError(ctx, r.error().userMessage);
        if (r.error().kind == Error::Kind::Conflict) {
            ctx.err << QCoreApplication::translate("opsctl", "refused: %1").arg(r.error().userMessage) << Qt::endl;
            return kRefused;
        }
        return fail(ctx, r.error());
    }
    if (ctx.json) {
        ctx.out << QJsonDocument(refundJson(r.value())).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "Refund of %1 cents on payment %2: %3 (%4).")
                       .arg(r.value().amountCents)
                       .arg(r.value().paymentCode, r.value().status, r.value().stripeRefundId)
                << Qt::endl;
        ctx.out << QCoreApplication::translate("opsctl", "  refunded on the payment: %1 cents; balance: %2 cents")
                       .arg(r.value().paymentRefundedCents)
                       .arg(r.value().balanceCents)
                << Qt::endl;
    }
    return 0;
}

} // namespace

int runPaymentsCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("add"))
        return add(args, ctx);
    if (sub == QLatin1String("reverse"))
        return reverse(args, ctx);
    if (sub == QLatin1String("allocate"))
        return allocate(args, ctx);
    if (sub == QLatin1String("apply-credit"))
        return applyCredit(args, ctx);
    if (sub == QLatin1String("ppa-run"))
        return runPpaRun(args, ctx);
    if (sub == QLatin1String("receipt"))
        return runPaymentReceipt(args, ctx);
    if (sub == QLatin1String("refund"))
        return refund(args, ctx);
    return usageError(ctx,
        QCoreApplication::translate(
            "opsctl", "usage: payments add|reverse|allocate|apply-credit|refund|ppa-run|receipt ..."));
}

int runBillingVerify(QStringList args, CommandContext &ctx)
{
    if (!args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: billing verify [--json]"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    QElapsedTimer t;
    t.start();
    auto r = PaymentRepository(*c.value()).verify();
    if (!r.ok())
        return fail(ctx, r.error());
    const VerifyReport &v = r.value();
    const qint64 ms = t.elapsed();
    if (ctx.json) {
        QJsonArray list;
        for (const BalanceDifference &d : v.differences)
            list.append(QJsonObject{{u"customer"_s, d.customerCode}, {u"balance_cents"_s, d.balanceCents},
                {u"expected_cents"_s, d.expectedCents}, {u"difference_cents"_s, d.balanceCents - d.expectedCents}});
        ctx.out << QJsonDocument(QJsonObject{{u"customers"_s, v.customers}, {u"differences"_s, v.differenceCount},
                                     {u"difference_list"_s, list}, {u"paid_mismatches"_s, v.paidMismatches},
                                     {u"over_allocated_invoices"_s, v.overAllocatedInvoices},
                                     {u"over_allocated_payments"_s, v.overAllocatedPayments}, {u"clean"_s, v.clean()},
                                     {u"elapsed_ms"_s, ms}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "%1 customers checked in %2 ms: %3 balance differences.")
                       .arg(v.customers)
                       .arg(ms)
                       .arg(v.differenceCount)
                << Qt::endl;
        for (const BalanceDifference &d : v.differences)
            ctx.out << QCoreApplication::translate("opsctl", "  %1: balance %2 cents, expected %3 cents")
                           .arg(d.customerCode)
                           .arg(d.balanceCents)
                           .arg(d.expectedCents)
                    << Qt::endl;
        ctx.out << QCoreApplication::translate("opsctl",
            "Invoices whose paid amount or status disagrees with their allocations: %1; over-allocated invoices: "
            "%2; over-allocated or not-succeeded payments with allocations: %3.")
                       .arg(v.paidMismatches)
                       .arg(v.overAllocatedInvoices)
                       .arg(v.overAllocatedPayments)
                << Qt::endl;
    }
    return v.clean() ? 0 : kDifferences;
}

int runPaymentsBench(QStringList args, CommandContext &ctx)
{
    const int runs = qBound(5, takeOption(args, u"--runs"_s, u"40"_s).toInt(), 1000);
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    PaymentRepository repo(*c.value());
    PaymentBenchRepository bench(*c.value());
    auto customers = bench.customersWithOpenInvoices(runs + 1);
    if (!customers.ok())
        return fail(ctx, customers.error());
    if (customers.value().size() < 2)
        return fail(ctx,
            Error::make(Error::Kind::Validation,
                QCoreApplication::translate("opsctl", "No customer has open invoices: seed the demo data first.")));
    std::vector<double> samples;
    qint64 allocations = 0;
    // The first one warms the caches and is not counted.
    for (int i = 0; i < customers.value().size(); ++i) {
        const qint64 customerId = customers.value().at(i);
        auto open = repo.openInvoices(customerId);
        if (!open.ok())
            return fail(ctx, open.error());
        qint64 amount = 0;
        for (int k = 0; k < qMin(2, static_cast<int>(open.value().size())); ++k)
            amount += open.value().at(k).openCents;
        PaymentInput in;
        in.customerId = customerId;
        in.amountCents = amount > 1 ? amount - 1 : 1; // the second invoice left partially paid
        in.method = u"cheque"_s;
        in.reference = u"BENCH"_s;
        QElapsedTimer t;
        t.start();
        auto r = repo.record(in);
        const double ms = benchMsSince(t);
        if (!r.ok())
            return fail(ctx, r.error());
        if (i > 0) {
            samples.push_back(ms);
            allocations += r.value().allocations.size();
        }
        Status undone = bench.undoPayment(r.value().id);
        if (!undone.ok())
            return fail(ctx, undone.error());
    }
    writeBenchEntry(ctx, u"payment_entry_save.json"_s, u"payment_entry_save"_s, u"ms"_s, samples, kSaveTargetMs,
        QJsonObject{{u"allocations"_s, allocations},
            {u"measured"_s,
                u"PaymentRepository::record: customer locked, payment, oldest-first allocation over two open "
                "invoices, paid amounts and statuses, balance (one transaction); each taken back out unmeasured"_s}});
    return 0;
}

} // namespace ops
