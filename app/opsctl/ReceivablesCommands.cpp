#include "app/opsctl/ReceivablesCommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/billing/ReceivablesRepository.h"
#include "core/db/PgConnection.h"

using namespace Qt::StringLiterals;

namespace ops {

namespace {

using namespace billing;

QJsonObject cellJson(const AgingCell &c)
{
    return QJsonObject{{u"cents"_s, c.cents}, {u"invoices"_s, c.invoices}, {u"customers"_s, c.customers}};
}

int bucketFromKey(const QString &key)
{
    for (int b = 0; b < kAgingBuckets; ++b)
        if (agingBucketKey(static_cast<AgingBucket>(b)) == key)
            return b;
    return -2;
}

int aging(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate("opsctl",
        "usage: receivables aging --as-of YYYY-MM-DD [--customers N] [--bucket current|1-30|31-60|61-90|over-90] "
        "[--json]");
    const QString asOfText = takeOption(args, u"--as-of"_s);
    const QString customersText = takeOption(args, u"--customers"_s, u"0"_s);
    const QString bucketText = takeOption(args, u"--bucket"_s);
    if (asOfText.isEmpty() || !args.isEmpty())
        return usageError(ctx, usage);
    const QDate asOf = QDate::fromString(asOfText, Qt::ISODate);
    if (!asOf.isValid() || asOfText.size() != 10)
        return usageError(ctx, QCoreApplication::translate("opsctl", "“%1” is not a date (YYYY-MM-DD).").arg(asOfText));
    bool countOk = false;
    const int customerCount = customersText.toInt(&countOk);
    if (!countOk || customerCount < 0 || customerCount > 5000)
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "--customers takes a number from 0 to 5000, not “%1”.")
                .arg(customersText));
    const int bucket = bucketText.isEmpty() ? -1 : bucketFromKey(bucketText);
    if (bucket < -1)
        return usageError(ctx, usage);

    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    ReceivablesRepository repo(*c.value());
    auto report = repo.aging(asOf);
    if (!report.ok())
        return fail(ctx, report.error());
    QList<AgingCustomerRow> customers;
    if (customerCount > 0) {
        auto rows = repo.customers(asOf, bucket, customerCount);
        if (!rows.ok())
            return fail(ctx, rows.error());
        customers = rows.value();
    }

    const AgingReport &r = report.value();
    if (ctx.json) {
        QJsonArray buckets;
        for (int b = 0; b < kAgingBuckets; ++b) {
            QJsonObject o = cellJson(r.buckets[static_cast<size_t>(b)]);
            o.insert(u"bucket"_s, agingBucketKey(static_cast<AgingBucket>(b)));
            buckets.append(o);
        }
        QJsonObject out{
            {u"as_of"_s, asOf.toString(Qt::ISODate)}, {u"buckets"_s, buckets}, {u"total"_s, cellJson(r.total)}};
        if (customerCount > 0) {
            QJsonArray list;
            for (const AgingCustomerRow &row : std::as_const(customers)) {
                QJsonObject cents;
                for (int b = 0; b < kAgingBuckets; ++b)
                    cents.insert(agingBucketKey(static_cast<AgingBucket>(b)), row.cents[static_cast<size_t>(b)]);
                list.append(QJsonObject{{u"customer"_s, row.code}, {u"name"_s, row.name}, {u"buckets"_s, cents},
                    {u"total_cents"_s, row.totalCents}, {u"invoices"_s, row.invoices},
                    {u"oldest_due"_s, row.oldestDue.toString(Qt::ISODate)}});
            }
            out.insert(u"customers"_s, list);
        }
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    QTextStream &o = ctx.out;
    o << QCoreApplication::translate("opsctl", "Receivables as of %1").arg(asOf.toString(Qt::ISODate)) << Qt::endl;
    for (int b = 0; b < kAgingBuckets; ++b) {
        const AgingCell &cell = r.buckets[static_cast<size_t>(b)];
        o << QCoreApplication::translate("opsctl", "  %1: %2 cents, %3 invoices, %4 customers")
                 .arg(agingBucketLabel(static_cast<AgingBucket>(b)))
                 .arg(cell.cents)
                 .arg(cell.invoices)
                 .arg(cell.customers)
          << Qt::endl;
    }
    o << QCoreApplication::translate("opsctl", "  total: %1 cents, %2 invoices, %3 customers")
             .arg(r.total.cents)
             .arg(r.total.invoices)
             .arg(r.total.customers)
      << Qt::endl;
    for (const AgingCustomerRow &row : std::as_const(customers)) {
        o << QCoreApplication::translate("opsctl", "  %1 %2: %3 cents in %4 invoices, oldest due %5")
                 .arg(row.code, row.name)
                 .arg(row.totalCents)
                 .arg(row.invoices)
                 .arg(row.oldestDue.toString(Qt::ISODate))
          << Qt::endl;
    }
    return 0;
}

} // namespace

int runReceivablesCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("aging"))
        return aging(args, ctx);
    return usageError(ctx, QCoreApplication::translate("opsctl", "usage: receivables aging --as-of YYYY-MM-DD ..."));
}

int runReceivablesBench(QStringList args, CommandContext &ctx)
{
    const int runs = qMax(3, takeOption(args, u"--runs"_s, u"20"_s).toInt());
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    ReceivablesRepository repo(*c.value());
    const QDate today = QDate::currentDate();
    std::vector<double> report, drill;
    qint64 invoices = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = repo.aging(today);
        const double ms = benchMsSince(t);
        if (!r.ok())
            return fail(ctx, r.error());
        invoices = r.value().total.invoices;
        t.restart();
        auto rows = repo.customers(today, static_cast<int>(AgingBucket::Over90), 200);
        const double drillMs = benchMsSince(t);
        if (!rows.ok())
            return fail(ctx, rows.error());
        if (i > 0) { // the first run warms the caches
            report.push_back(ms);
            drill.push_back(drillMs);
        }
    }
    if (invoices == 0)
        return fail(ctx,
            Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("opsctl", "bench receivables needs open invoices (run demo seed first).")));
    writeBenchEntry(ctx, u"receivables_aging.json"_s, u"receivables_aging"_s, u"ms"_s, report, 2000,
        {{u"aim"_s, 200}, {u"open_invoices"_s, invoices}});
    writeBenchEntry(ctx, u"receivables_aging_customers.json"_s, u"receivables_aging_customers"_s, u"ms"_s, drill, 2000,
        {{u"bucket"_s, u"over-90"_s}, {u"limit"_s, 200}});
    return 0;
}

} // namespace ops
